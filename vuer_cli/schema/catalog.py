"""Re-exports every component family of the catalog (upstream's ``vuer.schemas``, by family)."""

from .animation import *  # noqa: F401,F403
from .bulk import *  # noqa: F401,F403
from .cameras import *  # noqa: F401,F403
from .geometry import *  # noqa: F401,F403
from .html import *  # noqa: F401,F403
from .lights import *  # noqa: F401,F403
from .markers import *  # noqa: F401,F403
from .materials import *  # noqa: F401,F403
from .media import *  # noqa: F401,F403
from .misc import *  # noqa: F401,F403
from .models import *  # noqa: F401,F403
from .physics import *  # noqa: F401,F403
from .scene import *  # noqa: F401,F403
from .xr import *  # noqa: F401,F403
