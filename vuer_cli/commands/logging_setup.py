"""Logging for the CLI: library modules log; the CLI shows it through rich."""

from __future__ import annotations

import logging

from rich.console import Console
from rich.logging import RichHandler

console = Console(stderr=True)
"""Where the CLI writes for people (stderr, so stdout stays clean for piped output)."""


def setup_logging(verbose: bool = False) -> None:
    level = logging.DEBUG if verbose else logging.INFO
    logging.basicConfig(
        level=level,
        format="%(message)s",
        datefmt="[%X]",
        handlers=[RichHandler(console=console, show_path=verbose, rich_tracebacks=True, markup=False)],
        force=True,
    )
    logging.getLogger("aiohttp.access").setLevel(logging.WARNING)
