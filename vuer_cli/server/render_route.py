"""GET /render: a picture from a live client, for ``vuer render --url``.

``?sid=`` picks the session (default: the browser that connected most recently);
``quality``, ``downsample``, ``format`` (``jpeg``/``png``) and ``ttl`` pass through to
``grab_render``. Upstream's client answers only when its scene holds a ``GrabRender``
element with the request's key, so for it one is added first (and the request retried while
the element mounts). Answers the image bytes (``X-Width``/``X-Height``: the canvas size),
404 for an unknown session, 504 when the client does not answer.
"""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING

from aiohttp import web

from ..events import Add
from .session import RPCError, VuerSession

if TYPE_CHECKING:  # pragma: no cover
    from .app import Vuer

__all__ = ["render_handler", "pick_session", "grab"]

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


def render_handler(app: "Vuer"):
    async def render(request: web.Request) -> web.Response:
        q = request.query
        session = pick_session(app, q.get("sid"))
        if session is None:
            what = f"no session {q['sid']!r}" if q.get("sid") else "no browser client is connected"
            return web.json_response({"error": what}, status=404)
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
            return web.json_response({"error": f"bad parameter: {exc}"}, status=400)
        if q.get("format") == "png":
            kwargs["format"] = "png"
        try:
            response = await grab(session, **kwargs)
        except asyncio.TimeoutError:
            return web.json_response({"error": f"session {session.id} did not answer GRAB_RENDER in time"}, status=504)
        except RPCError as exc:
            return web.json_response({"error": str(exc)}, status=502)
        value = response.value if isinstance(response.value, dict) else {}
        frame = value.get("frame")
        if not isinstance(frame, (bytes, bytearray)):
            return web.json_response({"error": "the client's answer holds no image bytes"}, status=502)
        content_type = "image/png" if bytes(frame[:4]) == b"\x89PNG" else "image/jpeg"
        headers = {"X-Width": str(value.get("width", "")), "X-Height": str(value.get("height", "")), "X-Session": session.id}
        return web.Response(body=bytes(frame), content_type=content_type, headers=headers)

    return render
