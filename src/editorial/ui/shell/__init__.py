"""The window's frame: the composition root (app), the main window, the step that builds
the controllers once the desk is open, the change bus, the task lanes, actions and
menus, window state, banner, notices and status bar."""
