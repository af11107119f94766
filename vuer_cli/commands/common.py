"""Options and helpers shared by the commands that talk to a running server."""

from __future__ import annotations

from typing import Annotated

import typer

from ..remote import DEFAULT_URL, Remote, RemoteError
from .logging_setup import console

__all__ = ["UrlOption", "TokenOption", "remote", "fail", "EXIT_FAILED"]

EXIT_FAILED = 1
"""Exit code for failures at run time (a bad scene or event file is 2)."""

UrlOption = Annotated[str, typer.Option("--url", envvar="VUER_URL", help="The running server's URL.")]
TokenOption = Annotated[str | None, typer.Option("--token", envvar="VUER_TOKEN", help="The server's token, when it has one.")]


def remote(url: str = DEFAULT_URL, token: str | None = None) -> Remote:
    return Remote(url=url, token=token or None)


def fail(message: str, code: int = EXIT_FAILED) -> typer.Exit:
    """Print an error for a person and return the Exit to raise."""
    console.print(f"[bold red]error:[/] {message}", highlight=False, markup=True, soft_wrap=True)
    return typer.Exit(code)


__all__ += ["RemoteError", "DEFAULT_URL"]
