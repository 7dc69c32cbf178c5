"""The settings dialog's pages and the widgets its options are edited with."""
