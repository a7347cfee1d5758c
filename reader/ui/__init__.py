"""The Qt desktop app (PySide6). Widgets only: they call `reader.services` and hold no business logic."""
