"""The main window's parts (ui/main_window.py holds them together): its steps and
screens, the refresh rule, the menus and their actions, the status line."""
