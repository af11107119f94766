"""SharedScene: a scene held by the server and shown to every client of it.

``app.scene.upsert @ Box(...)`` applies the op to the shared store, encodes it once, and
queues the same bytes for every connected session of that scene; a client that connects
later gets ``store.snapshot()`` as one SET. Hot reload, relay ``*`` and handlers go through
here. A server has one default shared scene (``app.scene``); ``vuer watch`` has one per file.

With a broker (``Vuer(broker=...)``, see ``broker``) several processes serve one scene: an op
is checked here (a bad one still raises ``SceneError`` to the caller), published once, and
applied by every process — this one included — when it comes back from the shared stream
(``deliver``), so every process applies the same ops in the same order. While the broker is
unreachable, ops apply here at once and the broker keeps them until it is back.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from ..events import ClearError, ServerEvent, ShowError
from .diff import diff_scenes
from .outbound import coalesce_signature
from .session import SCENE_OPS, SceneOps
from .store import SceneError, SceneStore, name_keyless
from .wire import Pending, UnsendableError, encode, outgoing

if TYPE_CHECKING:  # pragma: no cover
    from .broker import Broker
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
        self.notices: dict[str, dict] = {}  # overlay entries of this process only (broker down)
        self.broker: "Broker | None" = None  # set by a broker while it carries this scene
        self._ahead: SceneStore | None = None  # store + this process's ops still in flight

    def __repr__(self):
        return f"SharedScene({self.name!r}, {len(self.store)} nodes, {len(self.sessions)} sessions)"

    def __matmul__(self, event: ServerEvent):
        self.broadcast(event)

    def broadcast(self, event: ServerEvent | dict) -> int:
        """Apply (when it is a scene op) and send to every session; returns how many get it.

        A scene op the store refuses raises ``SceneError``, a value the wire cannot carry
        ``UnsendableError``: nothing is applied or sent. With a broker the op is published
        and applied when it comes back (``deliver``); the count is then every process's
        sessions of this scene, as last heard.
        """
        fresh = isinstance(event, ServerEvent)
        obj = event._serialize() if fresh else event
        if obj.get("etype") in SCENE_OPS:
            name_keyless(obj)  # here: every process stores the key this one sends
        data = outgoing(obj, fresh)
        broker = self.broker
        if broker is None:
            self.apply_local(obj, data)
            return len(self.sessions)
        if not broker.live:  # keep this process's clients current; the broker sends it later
            self.apply_local(obj, data)
            broker.publish(self, obj, applied=True)
            return broker.audience(self)
        if obj.get("etype") in SCENE_OPS:
            # Checked where it will land: after this process's ops still in flight.
            if self._ahead is None:
                self._ahead = self.store.copy()
            self._ahead.apply(obj)
        broker.publish(self, obj, applied=False)
        return broker.audience(self)

    async def synced(self, timeout: float = 5.0) -> bool:
        """Wait until this process's ops so far are in the shared stream and applied here, so
        ``store`` shows them. True at once without a broker; False while it is unreachable."""
        return True if self.broker is None else await self.broker.synced(timeout)

    def apply_local(self, obj: dict, data: "bytes | Pending | None" = None) -> None:
        """Apply one serialized event to this process's scene and send it to its sessions,
        one frame for all (``data``: made already). Raises ``SceneError`` (nothing applied
        or sent) for a bad scene op."""
        etype = obj.get("etype")
        scene_op = etype in SCENE_OPS
        if data is None:
            if scene_op:
                name_keyless(obj)
            data = outgoing(obj, fresh=False)
        if scene_op:
            self.store.apply(obj)
        elif etype in ("ERROR", "ERROR_CLEAR"):
            _track_error(self.errors, obj)
        self._send_all(obj, scene_op, data)

    def deliver(self, obj: dict, mine: bool = False) -> None:
        """The broker's reader: one event of the shared stream, in stream order (``mine``: this
        process published it). A scene op that does not apply is skipped, the same way in
        every process, since all apply the same ops in the same order."""
        try:
            self.apply_local(obj, outgoing(obj, fresh=True))  # decoded from the stream: ours alone
        except (SceneError, UnsendableError) as exc:
            logger.warning("scene %r: %s from the shared stream not applied: %s", self.name, obj.get("etype"), exc)
        if self._ahead is not None and not mine and obj.get("etype") in SCENE_OPS:
            try:
                self._ahead.apply(obj)
            except SceneError:
                pass

    def settle(self) -> None:
        """The broker: none of this process's ops to this scene is in flight any more."""
        self._ahead = None

    def replace(self, store: SceneStore, errors: dict[str, dict]) -> None:
        """Take the state a broker holds (on start, or back after an outage); this process's
        clients get only what differs (a diff by key, so they keep their camera)."""
        if not (store.empty and self.store.empty):
            for event in diff_scenes(self.store, store):
                self._send_all(event, scene_op=True)
        self.store = store
        self._ahead = None
        for id in self.errors.keys() - errors.keys():
            self._send_all(ClearError(id)._serialize(), scene_op=False)
        for id, event in errors.items():
            if self.errors.get(id) != event:
                self._send_all(event, scene_op=False)
        self.errors = dict(errors)

    def _send_all(self, obj: dict, scene_op: bool, data: "bytes | Pending | None" = None) -> None:
        if not self.sessions:
            return
        if data is None:
            data = encode(obj)
        coalesce = coalesce_signature(obj) if scene_op else (None, ())  # once, not per session
        for session in list(self.sessions.values()):
            if scene_op and session._store is not None:
                try:
                    session._store.apply(obj)
                except SceneError as exc:  # its own view diverged (per-session ops)
                    logger.debug("session %s: shared op not applied to its view: %s", session.id, exc)
            session.push(obj, data, scene_op, coalesce)

    def show_error(self, id: str, message: str, detail: str | None = None) -> None:
        """Show an error in every client's overlay, now and for clients that join later."""
        self.broadcast(ShowError(id, message, detail))

    def clear_error(self, id: str = "*") -> None:
        self.broadcast(ClearError(id))

    def show_notice(self, id: str, message: str, detail: str | None = None) -> None:
        """Like ``show_error``, for this process's clients only (never published)."""
        event = ShowError(id, message, detail)._serialize()
        self.notices[id] = event
        self._send_all(event, scene_op=False)

    def clear_notice(self, id: str) -> None:
        if self.notices.pop(id, None) is not None:
            self._send_all(ClearError(id)._serialize(), scene_op=False)

    def join(self, session: "VuerSession") -> None:
        """Start sending to a session (after its INIT): the current scene first, then errors."""
        self.sessions[session.id] = session
        if not self.store.empty:
            session.push({"etype": "SET"}, session._snapshot_frame(), scene_op=True)
        for err in (*self.errors.values(), *self.notices.values()):
            session.push(err, encode(err), scene_op=False)
        if self.broker is not None:
            self.broker.sessions_changed()

    def leave(self, session: "VuerSession") -> None:
        if self.sessions.pop(session.id, None) is not None and self.broker is not None:
            self.broker.sessions_changed()


def _track_error(errors: dict[str, dict], obj: dict) -> None:
    """Keep the overlay entries that late joiners must get: ERROR adds, ERROR_CLEAR removes."""
    data = obj.get("data")
    id = data.get("id") if isinstance(data, dict) else None
    if not isinstance(id, str):
        return
    if obj.get("etype") == "ERROR":
        errors[id] = obj
    elif id == "*":
        errors.clear()
    else:
        errors.pop(id, None)
