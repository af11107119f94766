"""``vuer watch DIR``: serve every scene file in a folder, each at /?scene=NAME (a thin shell
over ``runner.FolderRunner``)."""

from __future__ import annotations

import asyncio
import webbrowser
from pathlib import Path
from typing import Annotated, Optional

import typer

from ..loader import EXIT_BAD_SCENE
from ..runner import FolderRunner, ServeOptions, is_loopback
from .common import HostOption, PortOption, ServeTokenOption
from .logging_setup import console

__all__ = ["register", "watch"]


def watch(
    folder: Annotated[Path, typer.Argument(help="The folder of scene files (*.yaml, *.yml, *.json).", show_default=False)],
    host: HostOption = None,
    port: PortOption = None,
    open_: Annotated[Optional[bool], typer.Option("--open/--no-open", help="Open the index page in the default browser.", show_default=False)] = None,
    token: ServeTokenOption = None,
) -> None:
    """Serve every scene file in FOLDER, each at /?scene=NAME, with an index at /.

    NAME is the file's stem. Files reload on save; new files appear, deleted ones are reported
    to their clients. Exit codes: 0 after Ctrl-C, 2 when FOLDER is not a folder, 1 otherwise.
    """
    options = ServeOptions(host=host, port=port, token=token, open=open_)
    try:
        runner = FolderRunner(folder, options)
    except NotADirectoryError as exc:
        console.print(f"[bold red]error:[/] {exc}", markup=True, highlight=False, soft_wrap=True)
        raise typer.Exit(EXIT_BAD_SCENE) from None
    try:
        asyncio.run(runner.run(on_ready=_announce))
    except OSError as exc:
        console.print(f"[bold red]error:[/] cannot serve: {exc}", highlight=False, soft_wrap=True)
        raise typer.Exit(1) from None


def _announce(runner: FolderRunner) -> None:
    scenes = runner.live()
    skipped = len(runner.skipped)
    console.print(
        f"[bold]vuer watch[/] {runner.shown} — {len(scenes)} scene{'s' if len(scenes) != 1 else ''}"
        + (f", {skipped} file{'s' if skipped != 1 else ''} not loaded" if skipped else ""),
        highlight=False,
        soft_wrap=True,
    )
    host = runner.app.host if is_loopback(runner.app.host) else "localhost"
    host = f"[{host}]" if ":" in host else host
    console.print(f"  [green]➜[/] {runner.app.get_url(host)}", highlight=False, soft_wrap=True)
    for name in sorted(scenes):
        console.print(f"    {name}: {runner.url(name, host)}", highlight=False, soft_wrap=True)
    console.print("  Press Ctrl-C to stop.", style="dim")
    if runner.options.open:
        webbrowser.open(runner.app.get_url(host))


def register(app: typer.Typer) -> None:
    app.command("watch")(watch)
