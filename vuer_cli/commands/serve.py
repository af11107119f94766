"""``vuer serve SCENE``: serve one scene file (a thin shell over ``runner.SceneRunner``)."""

from __future__ import annotations

import asyncio
import webbrowser
from pathlib import Path
from typing import Annotated, Optional

import typer

from ..loader import EXIT_BAD_SCENE, SceneFileError
from ..runner import SceneRunner, ServeOptions
from ..server.broker import BrokerError, redact
from .common import HostOption, PortOption, ServeTokenOption
from .logging_setup import console

__all__ = ["register", "serve"]


def serve(
    scene: Annotated[Path, typer.Argument(help="The scene file (YAML or JSON).", show_default=False)],
    host: HostOption = None,
    port: PortOption = None,
    open_: Annotated[Optional[bool], typer.Option("--open/--no-open", help="Open the page in the default browser.", show_default=False)] = None,
    watch: Annotated[bool, typer.Option("--watch/--no-watch", help="Reload when the scene or its files change.")] = True,
    token: ServeTokenOption = None,
    broker: Annotated[
        Optional[str],
        typer.Option(help="Share the scene with other `vuer serve` processes through Redis: redis://HOST:PORT/DB (see docs/scale-out.md).", envvar="VUER_BROKER", show_default=False),
    ] = None,
) -> None:
    """Serve a scene file to every browser that connects.

    Flags (and VUER_HOST, VUER_PORT, VUER_TOKEN, VUER_BROKER) override the file's `server:` defaults.
    Exit codes: 0 after Ctrl-C, 2 for a bad scene file (nothing is started), 1 otherwise.
    """
    options = ServeOptions(host=host, port=port, token=token, open=open_, watch=watch, broker=broker)
    try:
        runner = SceneRunner(scene, options)
    except SceneFileError as exc:
        console.print(f"[bold red]error:[/] {exc}", markup=True, highlight=False, soft_wrap=True)
        raise typer.Exit(EXIT_BAD_SCENE) from None
    try:
        asyncio.run(runner.run(on_ready=_announce))
    except (OSError, BrokerError) as exc:
        console.print(f"[bold red]error:[/] cannot serve: {exc}", highlight=False, soft_wrap=True)
        raise typer.Exit(1) from None


def _announce(runner: SceneRunner) -> None:
    loaded = runner.loaded
    handlers = sum(len(v) for v in loaded.handlers.values())
    console.print(
        f"[bold]vuer serve[/] {loaded.file} — {len(runner.app.scene.store)} elements, "
        f"{handlers} handler{'s' if handlers != 1 else ''}, loaded in {loaded.load_seconds * 1e3:.0f} ms",
        highlight=False,
        soft_wrap=True,
    )
    for url in runner.urls():
        console.print(f"  [green]➜[/] {url}", highlight=False, soft_wrap=True)
    broker = runner.app.scene_broker
    if broker is not None:
        state = "connected" if broker.live else "unreachable, retrying"
        console.print(f"  scene shared through {redact(str(runner.app.broker))} ({state})", highlight=False, soft_wrap=True)
    if runner.watcher is not None:
        n = len(runner.live.files)
        console.print(f"  hot reload: watching {n} file{'s' if n != 1 else ''} (--no-watch to turn off)", style="dim", highlight=False)
    console.print("  Press Ctrl-C to stop.", style="dim")
    if runner.open_browser:
        webbrowser.open(runner.urls()[0])


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
