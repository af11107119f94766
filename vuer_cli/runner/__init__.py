"""Running scene files: load → serve → watch → reload (a diff by key); handler routing.
``vuer serve`` and ``vuer watch`` are thin shells over this."""

from .folder import FolderRunner
from .live import SCENE_ERROR_ID, LiveScene, Reload
from .serve import SceneRunner, ServeOptions, is_loopback, vuer_settings
from .watch import ChangeFilter, Watcher, is_editor_droppings

__all__ = [
    "SceneRunner",
    "FolderRunner",
    "ServeOptions",
    "LiveScene",
    "Reload",
    "Watcher",
    "ChangeFilter",
    "is_editor_droppings",
    "is_loopback",
    "vuer_settings",
    "SCENE_ERROR_ID",
]
