"""vuer-cli: a CLI-first, declarative 3D scene runner that speaks the Vuer protocol.

``from vuer import Vuer, VuerSession`` becomes ``from vuer_cli import Vuer, VuerSession``.
The component catalog is re-exported here too, as upstream does.
"""

__version__ = "0.1.0"

from .schema import *  # noqa: F401,F403  (upstream's `from vuer import ...` reaches schemas too)
from .server import RPCError, SceneError, SceneStore, SharedScene, UnsendableError, Vuer, VuerSession  # noqa: F401
