"""``vuer schema``: print the JSON Schema of scene files (derived from the catalog)."""

from __future__ import annotations

import typer

__all__ = ["register", "schema"]


def schema() -> None:
    """Print the JSON Schema of scene files, for editors: vuer schema > vuer-scene.schema.json"""
    from ..scene_schema import schema_text

    typer.echo(schema_text(), nl=False)


def register(app: typer.Typer) -> None:
    app.command("schema")(schema)
