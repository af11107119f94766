"""SharedScene: a scene held by the server and shown to every client of it.

``app.scene.upsert @ Box(...)`` applies the op to the shared store, encodes it once, and
queues the same bytes for every connected session of that scene; a client that connects
later gets ``store.snapshot()`` as one SET. Hot reload, relay ``*`` and handlers go through
here. A server has one default shared scene (``app.scene``); ``vuer watch`` has one per file.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from ..events import ClearError, ServerEvent, ShowError
from .session import SCENE_OPS, SceneOps
from .store import SceneError, SceneStore
from .wire import encode

if TYPE_CHECKING:  # pragma: no cover
    from .session import VuerSession

__all__ = ["SharedScene"]

logger = logging.getLogger(__name__)


class SharedScene(SceneOps):
    """A server-held scene and the sessions that watch it."""

    def __init__(self, name: str = ""):
        self.name = name
        self.store = SceneStore()
        self.sessions: dict[str, "VuerSession"] = {}
        self.errors: dict[str, dict] = {}  # overlay entries late joiners must see too

    def __repr__(self):
        return f"SharedScene({self.name!r}, {len(self.store)} nodes, {len(self.sessions)} sessions)"

    def __matmul__(self, event: ServerEvent):
        self.broadcast(event)

    def broadcast(self, event: ServerEvent | dict) -> int:
        """Apply (when it is a scene op) and send to every session; returns how many got it.

        A scene op the store refuses raises ``SceneError``: nothing is applied or sent.
        """
        obj = event._serialize() if isinstance(event, ServerEvent) else event
        scene_op = obj.get("etype") in SCENE_OPS
        if scene_op:
            self.store.apply(obj)
        data = encode(obj)
        for session in list(self.sessions.values()):
            if scene_op and session._store is not None:
                try:
                    session._store.apply(obj)
                except SceneError as exc:  # its own view diverged (per-session ops)
                    logger.debug("session %s: shared op not applied to its view: %s", session.id, exc)
            session.push(obj, data, scene_op)
        return len(self.sessions)

    def show_error(self, id: str, message: str, detail: str | None = None) -> None:
        """Show an error in every client's overlay, now and for clients that join later."""
        event = ShowError(id, message, detail)
        self.errors[id] = event._serialize()
        self.broadcast(event)

    def clear_error(self, id: str = "*") -> None:
        if id == "*":
            self.errors.clear()
        else:
            self.errors.pop(id, None)
        self.broadcast(ClearError(id))

    def join(self, session: "VuerSession") -> None:
        """Start sending to a session (after its INIT): the current scene first, then errors."""
        self.sessions[session.id] = session
        if not self.store.empty:
            session.push({"etype": "SET"}, session._snapshot_frame(), scene_op=True)
        for err in self.errors.values():
            session.push(err, encode(err), scene_op=False)

    def leave(self, session: "VuerSession") -> None:
        self.sessions.pop(session.id, None)
