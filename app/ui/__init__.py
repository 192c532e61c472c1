"""The PySide6 user interface: windows, pages, dialogs, item models and undo commands."""
