"""The desktop window (PySide6): thin model/view over the read models."""
