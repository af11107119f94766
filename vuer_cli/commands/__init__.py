"""The CLI's commands, one module each; ``register`` mounts them on the Typer app."""

from __future__ import annotations

import typer

__all__ = ["register"]


def register(app: typer.Typer) -> None:
    """Mount every command module's commands on ``app``."""
    # Each command module exposes ``register(app)``; imported here so `vuer --help` lists them.
    for name in _COMMAND_MODULES:
        module = __import__(f"{__name__}.{name}", fromlist=["register"])
        module.register(app)


_COMMAND_MODULES: list[str] = ["serve", "watch", "check", "schema", "render", "relay", "sessions"]
"""Names of the modules in this package that define commands (``serve``, ``relay``, ...)."""
