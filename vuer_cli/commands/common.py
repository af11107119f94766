"""Options and helpers shared by the commands that talk to a running server."""

from __future__ import annotations

from typing import Annotated

import typer

from ..remote import DEFAULT_URL, Remote, RemoteError
from .logging_setup import console

__all__ = ["UrlOption", "TokenOption", "HostOption", "PortOption", "ServeTokenOption", "remote", "fail", "EXIT_FAILED"]

EXIT_FAILED = 1
"""Exit code for failures at run time (a bad scene or event file is 2)."""

UrlOption = Annotated[str, typer.Option("--url", envvar="VUER_URL", help="The running server's URL.")]
TokenOption = Annotated[str | None, typer.Option("--token", envvar="VUER_TOKEN", help="The server's token, when it has one.")]


# Options of the commands that serve (serve, watch).
HostOption = Annotated[str | None, typer.Option(help="Address to bind (default 127.0.0.1).", envvar="VUER_HOST", show_default=False)]
PortOption = Annotated[int | None, typer.Option(help="Port to bind; 0 picks a free one (default 8012).", envvar="VUER_PORT", show_default=False)]
ServeTokenOption = Annotated[str | None, typer.Option(help="Token every route but the page requires (the websocket, relay, sessions, files).", envvar="VUER_TOKEN", show_default=False)]


def remote(url: str = DEFAULT_URL, token: str | None = None) -> Remote:
    return Remote(url=url, token=token or None)


def fail(message: str, code: int = EXIT_FAILED) -> typer.Exit:
    """Print an error for a person and return the Exit to raise."""
    console.print(f"[bold red]error:[/] {message}", highlight=False, markup=True, soft_wrap=True)
    return typer.Exit(code)


__all__ += ["RemoteError", "DEFAULT_URL"]
