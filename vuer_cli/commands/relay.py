"""``vuer relay``: push server events from a file into live sessions."""

from __future__ import annotations

from typing import Annotated

import typer

from ..event_file import load_events
from ..loader.errors import SceneFileError
from ..loader.scene_file import EXIT_BAD_SCENE
from .common import DEFAULT_URL, RemoteError, TokenOption, UrlOption, fail, remote
from .logging_setup import console


def relay(
    events: Annotated[str, typer.Argument(help="A JSON or YAML file with one server event or a list of them; - reads stdin.")],
    sid: Annotated[str, typer.Option("--sid", help="The session to send to; '*' sends to every session (and to the shared scene).")] = "*",
    url: UrlOption = DEFAULT_URL,
    token: TokenOption = None,
) -> None:
    """Check server events from a file, then relay them into a running server's sessions.

    Elements are checked against the catalog as in scene files; a bad file is reported with
    file:line:column and nothing is sent (exit 2). Server failures exit 1 with its reason.
    """
    try:
        loaded = load_events(events)
    except SceneFileError as exc:
        raise fail(str(exc), EXIT_BAD_SCENE) from None
    try:
        answer = remote(url, token).relay(loaded, sid)
    except RemoteError as exc:
        raise fail(str(exc)) from None
    n = answer.get("delivered", 0)
    console.print(f"relayed {len(loaded)} event(s) to {'every session' if sid == '*' else sid}: received by {n} session(s)")


def register(app: typer.Typer) -> None:
    app.command()(relay)
