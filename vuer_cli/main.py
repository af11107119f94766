"""The ``vuer`` command line: a thin Typer app; each command lives in ``vuer_cli.commands``."""

from __future__ import annotations

import typer

from . import __version__
from .commands import register
from .commands.logging_setup import setup_logging

app = typer.Typer(
    name="vuer",
    help="Serve, watch, relay into and render Vuer 3D scenes written in YAML or JSON.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def main(
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Log debug details too."),
) -> None:
    """Serve, watch, relay into and render Vuer 3D scenes written in YAML or JSON."""
    setup_logging(verbose)


@app.command()
def version() -> None:
    """Print the version of vuer-cli."""
    typer.echo(__version__)


register(app)

if __name__ == "__main__":  # pragma: no cover
    app()
