"""``vuer sessions``: the live sessions of a running server."""

from __future__ import annotations

import json
import time
from typing import Annotated

import typer
from rich.table import Table

from .common import DEFAULT_URL, RemoteError, TokenOption, UrlOption, fail, remote
from .logging_setup import console


def sessions(
    url: UrlOption = DEFAULT_URL,
    token: TokenOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the sessions as JSON.")] = False,
) -> None:
    """List the live sessions of a running server: id, client and version, since when, which scene.

    With several servers sharing a scene (`vuer serve --broker`), any one of them lists every
    server's sessions, each with the instance (URL) that holds it."""
    try:
        found = remote(url, token).sessions()
    except RemoteError as exc:
        raise fail(str(exc)) from None
    if as_json:
        typer.echo(json.dumps(found, indent=2))
        return
    table = Table(title=f"{len(found)} session(s) at {url}")
    several = any("instanceUrl" in s for s in found)
    for column in ("id", "client", "version", "connected", "scene", *(("instance",) if several else ())):
        table.add_column(column)
    now = time.time()
    for s in found:
        version = " ".join(str(x) for x in (s.get("pkg"), s.get("pkgVersion")) if x)
        since = time.strftime("%H:%M:%S", time.localtime(s["connectedAt"])) + f" ({now - s['connectedAt']:.0f} s ago)"
        where = (str(s.get("instanceUrl") or s.get("instance") or "?"),) if several else ()
        table.add_row(s["id"], str(s.get("client") or "?"), version, since, s.get("scene") or "-", *where)
    console.print(table)


def register(app: typer.Typer) -> None:
    app.command()(sessions)
