"""The transport and scene-keeping layer: server, sessions, wire codec, scene store.

It knows nothing of scene files or the command line.
"""

from .app import Vuer
from .session import At, RPCError, SceneOps, VuerSession
from .shared import SharedScene
from .store import SceneError, SceneStore
from .wire import UnsendableError

__all__ = ["Vuer", "VuerSession", "At", "SceneOps", "SharedScene", "SceneStore", "SceneError", "RPCError", "UnsendableError"]
