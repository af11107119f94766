"""GET /render: a picture from a live client, for ``vuer render --url``.

``?sid=`` picks the session (default: the browser that connected most recently);
``quality``, ``downsample``, ``format`` (``jpeg``/``png``) and ``ttl`` pass through to
``grab_render``. Upstream's client answers only when its scene holds a ``GrabRender``
element with the request's key, so for it one is added first (and the request retried while
the element mounts). Answers the image bytes (``X-Width``/``X-Height``: the canvas size,
``X-Session``), 404 for an unknown session, 504 when the client does not answer. With a
broker, a ``sid`` held by another process is rendered there (``Broker.render``; the answer
says which in ``X-Instance``).
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from aiohttp import web

from ..events import Add
from .session import RPCError, VuerSession

if TYPE_CHECKING:  # pragma: no cover
    from .app import Vuer

__all__ = ["render_handler", "render_here", "render_wait", "Picture", "pick_session", "grab", "MAX_TTL"]

logger = logging.getLogger(__name__)

UPSTREAM_PKG = "@vuer-ai/vuer"
MAX_TTL = 600.0
"""Longest a GET /render waits for the client (s)."""


def pick_session(app: "Vuer", sid: str | None) -> VuerSession | None:
    if sid:
        return app.sessions.get(sid)
    browsers = [s for s in app.sessions.values() if s.init_event is not None and s.info.get("client") == "browser"]
    return max(browsers, key=lambda s: s.connected_at, default=None)


def _has_grab_render(session: VuerSession, key: str) -> bool:
    node = session.store.nodes.get(key)
    return node is not None and node.get("tag") == "GrabRender"


async def grab(session: VuerSession, *, ttl: float = 5.0, **kwargs):
    """grab_render that also works with upstream's client (it needs a GrabRender element)."""
    key = kwargs.setdefault("key", "DEFAULT")
    if session.info.get("pkg") != UPSTREAM_PKG:
        return await session.grab_render(ttl=ttl, **kwargs)
    if not _has_grab_render(session, key):
        session.send(Add({"tag": "GrabRender", "key": key}, to=None))
    loop = asyncio.get_running_loop()
    deadline = loop.time() + ttl
    while True:  # the element must mount before the client answers; each try is bounded
        try:
            return await session.grab_render(ttl=min(1.0, max(0.1, deadline - loop.time())), **kwargs)
        except asyncio.TimeoutError:
            if loop.time() >= deadline:
                raise


@dataclass
class Picture:
    """The answer to a render request: the image, or a JSON error, as HTTP status and body."""

    status: int
    body: bytes
    content_type: str = "application/json"
    headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def error(cls, status: int, message: str) -> "Picture":
        return cls(status, json.dumps({"error": message}).encode())

    def response(self) -> web.Response:
        return web.Response(status=self.status, body=self.body, content_type=self.content_type, headers=self.headers)


def render_wait(query: Mapping[str, str]) -> float:
    """How long a render of ``query`` may take (its ``ttl`` when valid), for whoever relays it."""
    try:
        ttl = float(query.get("ttl", 5.0))
    except ValueError:
        return 5.0
    return ttl if 0 < ttl <= MAX_TTL else 5.0


async def render_here(app: "Vuer", query: Mapping[str, str]) -> Picture:
    """Render one of this process's sessions (``query`` as GET /render takes it)."""
    q = query
    session = pick_session(app, q.get("sid"))
    if session is None:
        what = f"no session {q['sid']!r}" if q.get("sid") else "no browser client is connected"
        return Picture.error(404, what)
    try:
        kwargs = {"quality": float(q.get("quality", 0.95)), "ttl": float(q.get("ttl", 5.0))}
        if "downsample" in q:
            kwargs["downsample"] = int(q["downsample"])
        # ttl=nan or 1e9 held the request (and its RPC) open for good
        if not 0 < kwargs["ttl"] <= MAX_TTL:
            raise ValueError(f"ttl must be above 0 and at most {MAX_TTL:g} s, got {q.get('ttl')}")
        if not 0 <= kwargs["quality"] <= 1:
            raise ValueError(f"quality must be within 0..1, got {q.get('quality')}")
        if not 1 <= kwargs.get("downsample", 1) <= 64:
            raise ValueError(f"downsample must be within 1..64, got {q.get('downsample')}")
    except ValueError as exc:
        return Picture.error(400, f"bad parameter: {exc}")
    if q.get("format") == "png":
        kwargs["format"] = "png"
    try:
        response = await grab(session, **kwargs)
    except asyncio.TimeoutError:
        return Picture.error(504, f"session {session.id} did not answer GRAB_RENDER in time")
    except RPCError as exc:
        return Picture.error(502, str(exc))
    value = response.value if isinstance(response.value, dict) else {}
    frame = value.get("frame")
    if not isinstance(frame, (bytes, bytearray)):
        return Picture.error(502, "the client's answer holds no image bytes")
    content_type = "image/png" if bytes(frame[:4]) == b"\x89PNG" else "image/jpeg"
    headers = {"X-Width": str(value.get("width", "")), "X-Height": str(value.get("height", "")), "X-Session": session.id}
    return Picture(200, bytes(frame), content_type, headers)


def render_handler(app: "Vuer"):
    async def render(request: web.Request) -> web.Response:
        sid = request.query.get("sid")
        broker = app.scene_broker
        picture = None
        if sid and sid not in app.sessions and broker is not None:
            picture = await broker.render(sid, dict(request.query))  # another process may hold it
        if picture is None:
            picture = await render_here(app, request.query)
        return picture.response()

    return render
