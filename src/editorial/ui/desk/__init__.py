"""The desk view: the stories the desk works on, grouped by where they stand."""
