"""POST /relay: push server events into live sessions from any process.

Upstream's relay never delivers (PROTOCOL.md, "POST /relay: broken upstream"); ours does
what it meant. The body is one msgpack-encoded server event, or a list of them
(``application/json`` bodies are read as JSON). ``?sid=<id>`` sends to one session,
``?sid=*`` to the shared scene and so to every session (and to late joiners). Every event
is checked before any is applied: a bad body changes nothing.

Answers: 200 ``{"delivered": n}``; 400 ``{"error": reason}`` for a bad body; 404 for an
unknown sid.
"""

from __future__ import annotations

import json
import logging
import math
import time
from typing import TYPE_CHECKING

import msgpack
from aiohttp import web

from .store import SceneError, SceneStore, name_keyless
from .wire import MAX_DEPTH, UnsendableError, check_sendable

if TYPE_CHECKING:  # pragma: no cover
    from .app import Vuer

__all__ = ["relay_handler", "parse_events", "check_values", "RelayError", "SERVER_ETYPES", "MAX_DEPTH"]

logger = logging.getLogger(__name__)

SERVER_ETYPES = frozenset(
    {"SET", "ADD", "UPSERT", "UPDATE", "REMOVE", "TERMINATE", "NOOP", "ERROR", "ERROR_CLEAR", "TIMEOUT", "HAPTIC_ACTUATOR_PULSE"}
)
"""The server events a relay may carry (RPC requests need an answer path, so not these)."""


class RelayError(ValueError):
    """A relay body that cannot be delivered; the message is the reason sent back."""


def parse_events(body: bytes, content_type: str) -> list[dict]:
    """Decode and check a relay body; returns the events with ``ts`` filled in."""
    if not body:
        raise RelayError("empty body: send one msgpack-encoded server event")
    try:
        if content_type == "application/json":
            obj = json.loads(body)
        else:
            obj = msgpack.unpackb(body, raw=False, strict_map_key=False)
    except Exception as exc:
        kind = "JSON" if content_type == "application/json" else "msgpack"
        raise RelayError(f"body is not valid {kind}: {exc}") from None
    events = obj if isinstance(obj, list) else [obj]
    if not events:
        raise RelayError("empty list of events")
    for i, event in enumerate(events):
        where = f"event {i}" if isinstance(obj, list) else "event"
        check_event(event, where)
        check_values(event, where)
        ts = event.get("ts")
        if not (isinstance(ts, (int, float)) and not isinstance(ts, bool) and math.isfinite(ts)):
            event["ts"] = int(time.time() * 1000)  # clients read ts as a number of ms
    return events


def check_event(event, where: str = "event") -> None:
    if not isinstance(event, dict):
        raise RelayError(f"{where} is not a map but {type(event).__name__}")
    etype = event.get("etype")
    if not isinstance(etype, str):
        raise RelayError(f"{where} has no string 'etype'")
    if etype not in SERVER_ETYPES:
        known = ", ".join(sorted(SERVER_ETYPES))
        raise RelayError(f"{where}: unknown etype {etype!r} (known: {known})")


def check_values(event: dict, where: str = "event") -> None:
    """Everything in the event can be sent (``wire.check_sendable``: nesting within
    ``MAX_DEPTH``, ints within 64 bits, UTF-8 strings). Checked before anything applies; the
    dry run's copy and the tree builder recurse, so a deeper body would be a RecursionError
    (a 500) instead of a clear 400."""
    try:
        check_sendable(event)
    except UnsendableError as exc:
        raise RelayError(f"{where}: {exc}") from None


def dry_run(store: SceneStore, events: list[dict]) -> None:
    """Apply the events' scene ops to a copy of ``store``; raises RelayError on the first bad one.
    Keyless elements get their keys first (``name_keyless``): the dry run and the real apply
    then see the same events, and the store changes none of them."""
    scratch = store.copy()
    for i, event in enumerate(events):
        name_keyless(event)
        try:
            scratch.apply(event)
        except SceneError as exc:
            raise RelayError(f"event {i} ({event['etype']}): {exc}") from None


def relay_to_session(app: "Vuer", sid: str, events: list[dict]) -> tuple[int, dict]:
    """Deliver parsed events to one session of this process: (HTTP status, JSON body).

    With a broker, the process holding ``sid`` runs this for a relay that came in elsewhere.
    """
    session = app.sessions.get(sid)
    if session is None:
        return 404, {"error": f"no session {sid!r}"}
    try:
        dry_run(session.store, events)
    except RelayError as exc:
        return 400, {"error": str(exc)}
    delivered = 0
    for event in events:
        if session.send(event):
            delivered = 1
    logger.info("relay: %d event(s) to %s, %d session(s)", len(events), sid, delivered)
    return 200, {"delivered": delivered, "events": len(events)}


def relay_handler(app: "Vuer"):
    async def relay(request: web.Request) -> web.Response:
        sid = request.query.get("sid")
        if not sid:
            return web.json_response({"error": "missing ?sid=<session id> or ?sid=*"}, status=400)
        body = await request.read()
        try:
            events = parse_events(body, request.content_type)
            if sid == "*":
                dry_run(app.scene.store, events)
        except RelayError as exc:
            logger.info("relay refused (%s): %s", request.remote, exc)
            return web.json_response({"error": str(exc)}, status=400)
        if sid != "*":
            broker = app.scene_broker
            if sid not in app.sessions and broker is not None:
                answer = await broker.relay(sid, events)  # another process may hold it
                if answer is not None:
                    return web.json_response(answer[1], status=answer[0])
            status, answer = relay_to_session(app, sid, events)
            if status == 400:
                logger.info("relay refused (%s): %s", request.remote, answer["error"])
            return web.json_response(answer, status=status)
        delivered = 0
        for i, event in enumerate(events):
            try:
                delivered = app.scene.broadcast(event)
            except SceneError as exc:  # with a broker: refused after this process's ops in flight
                return web.json_response({"error": f"event {i} ({event['etype']}): {exc}", "applied": i}, status=409)
        answer = {"delivered": delivered, "events": len(events)}
        if app.scene_broker is not None and not await app.scene_broker.synced():
            answer["buffered"] = True  # accepted here; published when the broker is back
        logger.info("relay: %d event(s) to %s, %d session(s)", len(events), sid, delivered)
        return web.json_response(answer)

    return relay
