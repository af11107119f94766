"""``vuer check SCENE...``: load scene files without serving them; report the first error of each."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..loader import EXIT_BAD_SCENE, SceneFileError, load_scene
from .logging_setup import console

__all__ = ["register", "check"]


def check(scenes: Annotated[list[Path], typer.Argument(help="Scene files to check.", show_default=False)]) -> None:
    """Check scene files (tags, prop types, keys, files, handlers) without serving them. Exit 2 if any is bad."""
    bad = 0
    for scene in scenes:
        try:
            loaded = load_scene(scene)
        except SceneFileError as exc:
            bad += 1
            console.print(f"[bold red]error:[/] {exc}", highlight=False, soft_wrap=True)
            continue
        nodes = len(loaded.serialized().get("children", []))
        console.print(f"[green]ok[/] {scene} ({nodes} top-level elements, {len(loaded.files)} files, {loaded.load_seconds * 1e3:.0f} ms)", highlight=False)
    if bad:
        raise typer.Exit(EXIT_BAD_SCENE)


def register(app: typer.Typer) -> None:
    app.command("check")(check)
