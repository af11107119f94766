"""The component catalog: upstream Vuer's ``vuer.schemas``, typed and grouped by family.

``from vuer.schemas import X`` becomes ``from vuer_cli.schema import X``.
"""

from .base import *  # noqa: F401,F403
from .base import registry
from .scene import *  # noqa: F401,F403
from .types import Prop, prop  # noqa: F401

# Family modules (each re-exported whole, as upstream's package does).
from .catalog import *  # noqa: F401,F403

__all__ = sorted(name for name, obj in globals().items() if isinstance(obj, type) and name[0] != "_") + ["registry", "prop"]
