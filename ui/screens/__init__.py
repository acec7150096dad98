"""One screen per step of the secretary's day, each a page of the main window."""
