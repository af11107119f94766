"""Scene files (YAML or JSON) → the schema's Element tree, with errors that say where.

    loaded = load_scene("scenes/hello.yaml")
    app.scene.set @ loaded.scene

``load_scene`` checks everything before it returns (tags, prop types, keys, files, handlers):
a bad file raises one ``SceneFileError`` (``file:line:col: path: message``) and nothing is
half-loaded. It can be called again on the same file (hot reload); ``LoadedScene.files`` is
the set of files whose change should trigger that.
"""

from .assets import DEFAULT_PREFIX, AssetRoots
from .errors import SceneFileError
from .handlers import HandlerRef
from .scene_file import EXIT_BAD_SCENE, SERVER_SETTINGS, TOP_LEVEL_KEYS, LoadedScene, load_scene

__all__ = [
    "load_scene",
    "LoadedScene",
    "SceneFileError",
    "HandlerRef",
    "AssetRoots",
    "DEFAULT_PREFIX",
    "EXIT_BAD_SCENE",
    "SERVER_SETTINGS",
    "TOP_LEVEL_KEYS",
]
