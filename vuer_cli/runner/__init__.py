"""Running scene files: load → serve → (re)load; handler routing. ``vuer serve`` is a thin shell over this."""

from .serve import SceneRunner, ServeOptions, is_loopback, vuer_settings

__all__ = ["SceneRunner", "ServeOptions", "is_loopback", "vuer_settings"]
