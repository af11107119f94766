"""Vuer: the server. Upstream's API (``shared/reference/vuer-server-api.txt``), done right.

    app = Vuer()

    @app.spawn(start=True)
    async def main(session: VuerSession):
        session.set @ Scene(Box(key="box", material={"color": "red"}))
        await session.forever()

Routes: ``/`` (the page, and the websocket upgrade on the same path, as upstream),
``/assets/…`` (the client bundle), ``/workspace/…`` and ``/static/…`` (``workspace`` and
``static_root``), ``POST /relay``, ``GET /sessions``, ``GET /render`` (a picture from a live
client), plus ``add_route`` extras.

Where we differ from upstream, on purpose (each is upstream broken or unsafe):

* One writer task per session awaits a bounded queue; upstream polls its queue in a busy loop.
* Returning from a spawned function leaves the socket open (upstream closes it, and the
  client then reconnects and re-runs the function); ``session.spawn_task`` tasks are
  cancelled when the client disconnects.
* ``host`` defaults to ``127.0.0.1``; ``domain`` defaults to this server, whose own client
  works offline; ``cors`` is a loopback allow-list; ``free_port`` picks a free port instead
  of killing the process holding it; ``run()`` is not deprecated.
* Handlers fire even when a custom generator is bound with ``bind``.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import inspect
import ipaddress
import logging
import os
import signal
import ssl
import traceback
import uuid
from collections import defaultdict
from collections.abc import AsyncIterator, Callable
from fnmatch import fnmatch
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from aiohttp import WebSocketError, WSCloseCode, WSMsgType, web
from aiohttp.abc import AbstractAccessLogger
from aiohttp.hdrs import UPGRADE

from ..events import NOOP, NULL, ClientEvent, Frame, ServerEvent, ServerRPC
from .broker import Broker, make_broker
from .files import file_response, static_handler
from .relay import relay_handler
from .render_route import render_handler
from .session import STOP_TIMEOUT, VuerSession, _cancel_bounded
from .shared import SharedScene
from .wire import WireError, client_fields, decode, encode

__all__ = ["Vuer"]

logger = logging.getLogger(__name__)

DEFAULT_CLIENT_ROOT = Path(__file__).resolve().parent.parent / "client_build"
DEFAULT_CORS = "http://localhost,http://localhost:*,http://127.0.0.1,http://127.0.0.1:*,https://localhost:*,https://127.0.0.1:*"


def _truthy(value: str) -> bool:
    return value.strip().lower() in ("1", "true", "yes", "on")


class Vuer:
    """The Vuer server. Every attribute below is settable by keyword and by environment."""

    domain: str | None = None
    """Where the page is served from in ``get_url`` (default: this server). ``VUER_DOMAIN``."""
    host: str = "127.0.0.1"
    """Address to bind; ``0.0.0.0`` serves the LAN (use a token). ``VUER_HOST``."""
    port: int = 8012
    """Port to bind; 0 picks a free one (read ``app.port`` once serving). ``VUER_PORT``."""
    free_port: bool = False
    """When the port is taken, bind a free one instead of failing. ``VUER_FREE_PORT``."""
    static_root: str | Path | list | None = None
    """Extra folder(s) served under ``/workspace`` and ``/static``. ``VUER_STATIC_ROOT``."""
    workspace: str | Path | list = "."
    """Folder(s) served under ``/workspace`` and ``/static``. ``VUER_WORKSPACE``."""
    queue_len: int = 100
    """Bound of each session's outbound queue (and downlink history). ``VUER_QUEUE_LEN``."""
    max_pending_handlers: int = 1000
    """Async handler calls a session may have running at once; past it, new events are not
    handed to async handlers (logged), so a handler that hangs cannot hoard memory."""
    cors: str = DEFAULT_CORS
    """Comma-separated allowed origins (fnmatch patterns; ``*`` allows all). ``VUER_CORS``."""
    allowed_hosts: str = ""
    """While listening on loopback only, requests must name this machine in their Host header
    (localhost, 127.0.0.1, ::1): a rebound DNS name is refused. Extra names (fnmatch; e.g. a
    reverse proxy's), comma-separated; ``*`` turns the check off. ``VUER_ALLOWED_HOSTS``."""
    queries: dict | None = None
    """Extra query parameters ``get_url`` appends for the client."""
    cert: str | None = None
    """TLS certificate (PEM); with ``key``, serve https/wss. ``VUER_SSL_CERT``."""
    key: str | None = None
    """TLS private key (PEM). ``VUER_SSL_KEY``."""
    ca_cert: str | None = None
    """CA bundle: when set, clients must present a certificate it signed. ``VUER_SSL_CA_CERT``."""
    client_root: Path = DEFAULT_CLIENT_ROOT
    """The built browser client served at ``/`` and ``/assets``. ``VUER_CLIENT_ROOT``."""
    verbose: bool = False
    """Log the settings at start. ``VUER_VERBOSE``."""
    token: str | None = None
    """When set, every route but the page (``/``) and the client bundle (``/assets``) requires
    it; a page opened with it gets a cookie that lets it fetch files. ``VUER_TOKEN``."""
    broker: Any = None
    """Share the scenes with other server processes: ``redis://HOST:PORT/DB`` (or a ``Broker``).
    None: the scene lives in this process. ``VUER_BROKER``. See docs/scale-out.md."""
    REQUEST_MAX_SIZE: int = 2**28
    """Largest HTTP request body (relay). ``REQUEST_MAX_SIZE`` / ``VUER_REQUEST_MAX_SIZE``."""
    WEBSOCKET_MAX_SIZE: int = 2**28
    """Largest incoming websocket frame; larger ones close that socket with 1009."""

    _ENV = {
        "domain": ("VUER_DOMAIN",),
        "host": ("VUER_HOST",),
        "port": ("VUER_PORT",),
        "free_port": ("VUER_FREE_PORT",),
        "static_root": ("VUER_STATIC_ROOT",),
        "workspace": ("VUER_WORKSPACE",),
        "queue_len": ("VUER_QUEUE_LEN",),
        "cors": ("VUER_CORS",),
        "allowed_hosts": ("VUER_ALLOWED_HOSTS",),
        "cert": ("VUER_SSL_CERT",),
        "key": ("VUER_SSL_KEY",),
        "ca_cert": ("VUER_SSL_CA_CERT",),
        "client_root": ("VUER_CLIENT_ROOT",),
        "verbose": ("VUER_VERBOSE",),
        "token": ("VUER_TOKEN",),
        "broker": ("VUER_BROKER",),
        "REQUEST_MAX_SIZE": ("VUER_REQUEST_MAX_SIZE", "REQUEST_MAX_SIZE"),
        "WEBSOCKET_MAX_SIZE": ("VUER_WEBSOCKET_MAX_SIZE", "WEBSOCKET_MAX_SIZE"),
    }
    _TYPES = {"port": int, "queue_len": int, "REQUEST_MAX_SIZE": int, "WEBSOCKET_MAX_SIZE": int, "free_port": _truthy, "verbose": _truthy, "client_root": Path}

    def __init__(self, **kwargs):
        for name, env_names in self._ENV.items():
            for env in env_names:
                if env in os.environ:
                    setattr(self, name, self._TYPES.get(name, str)(os.environ[env]))
                    break
        for name, value in kwargs.items():
            if name.startswith("_") or not hasattr(type(self), name) or callable(getattr(type(self), name)):
                raise TypeError(f"Vuer() got an unknown setting {name!r}")
            setattr(self, name, value)
        self.port = int(self.port)
        self.client_root = Path(self.client_root)
        self.queries = dict(self.queries or {})
        self.app = web.Application(client_max_size=self.REQUEST_MAX_SIZE, middlewares=[self._host_middleware, self._cors_middleware, self._token_middleware])
        self.app.on_shutdown.append(self._on_shutdown)
        self.handlers: dict[str, dict[Any, Callable]] = defaultdict(dict)
        self.spawn_handlers: list[dict] = []
        self.sessions: dict[str, VuerSession] = {}
        self.ws: dict[str, web.WebSocketResponse] = {}
        self.scene = SharedScene("")
        self.scenes: dict[str, SharedScene] = {"": self.scene}
        self.scene_broker: Broker | None = None  # the running broker, while serving with one
        self.page_hook: Callable | None = None
        """``async fn(request)`` asked first for the page at ``/`` (never the websocket): a
        response it returns replaces the client's page; None serves the page (``vuer watch``
        answers ``/`` without ``?scene=`` with its index of scenes)."""
        self._routes: list[tuple[str, str, Callable]] = []
        self._runner: web.AppRunner | None = None
        self._orphans: set[asyncio.Task] = set()
        self._loopback_only = False  # set at start: every bound address is loopback
        self._stopping: asyncio.Event | None = None
        if self.verbose:
            for name in self._ENV:
                logger.info("%20s : %s", name, getattr(self, name))

    # ---- binding user code ---------------------------------------------------------------

    def spawn(self, fn: Callable | None = None, start: bool = False, **filters):
        """Run ``fn(session)`` for each client whose INIT value matches ``filters`` (fnmatch).

        Forms: ``@app.spawn``, ``@app.spawn()``, ``@app.spawn(start=True)``,
        ``@app.spawn(client="browser")``, ``app.spawn(fn)``. The first matching function runs.
        """

        def register(handler):
            self.spawn_handlers.append({"fn": handler, "filters": filters})
            if start:
                self.start()
            return handler

        if fn is None:
            return register
        return register(fn)

    def bind(self, fn: Callable | None = None, start: bool = False):
        """Bind a generator ``fn(session)`` that yields server events and receives client events."""

        def register(gen_fn):
            self.bound_fn = gen_fn
            if start:
                self.start()
            return gen_fn

        if fn is None:
            return register
        return register(fn)

    async def bound_fn(self, session_proxy: VuerSession):
        """The default socket generator: records client events, sends nothing (NOOP)."""
        while True:
            client_event = yield NOOP
            session_proxy.downlink_queue.append(client_event)

    def add_handler(self, event_type: str, fn: Callable | None = None, once: bool = False):
        """Call ``fn(event, session)`` (sync or async) for each client event of that type.

        Returns the function that removes the handler; as a decorator, registers ``fn``.
        ``once`` removes it after its first call.

        A plain function runs on the event loop, inside the read of that client's frame: it
        must be quick. ``time.sleep``, blocking I/O or heavy compute there stall *every*
        client; do slow work in an ``async def`` handler (``await asyncio.sleep``,
        ``await asyncio.to_thread(...)``). An async handler runs as a task of its session:
        it may wait as long as it likes, is cancelled when that client disconnects, and a
        session runs at most ``max_pending_handlers`` of them at once. Exceptions from either
        are logged and shown in that client's overlay; the server goes on.
        """
        if fn is None:

            def decorator(f):
                self.add_handler(event_type, f, once=once)
                return f

            return decorator
        handler_id = uuid.uuid4()

        def cleanup():
            self.handlers[event_type].pop(handler_id, None)
            if not self.handlers[event_type]:
                self.handlers.pop(event_type, None)

        if once:

            def fn_once(event, session):
                cleanup()
                return fn(event, session)

            self.handlers[event_type][handler_id] = fn_once
        else:
            self.handlers[event_type][handler_id] = fn
        return cleanup

    def add_route(self, path: str, fn: Callable, method: str = "GET", content_type: str = "text/html"):
        """An extra HTTP route. ``fn()`` (or ``fn(request)``; sync or async) returns the body:
        str, bytes, a dict/list (sent as JSON) or an aiohttp Response."""

        takes_request = len(inspect.signature(fn).parameters) >= 1

        async def handler(request: web.Request) -> web.StreamResponse:
            try:
                out = fn(request) if takes_request else fn()
                if inspect.isawaitable(out):
                    out = await out
            except Exception as exc:
                logger.exception("route %s %s raised", method, path)
                return web.Response(status=500, text=f"{type(exc).__name__}: {exc}")
            if isinstance(out, web.StreamResponse):
                return out
            if isinstance(out, (dict, list)):
                return web.json_response(out)
            if isinstance(out, bytes):
                return web.Response(body=out, content_type=content_type)
            return web.Response(text="" if out is None else str(out), content_type=content_type)

        self._routes.append((method, path, handler))
        if self._runner is not None:
            raise RuntimeError("add_route must be called before the server starts")

    # ---- sending -------------------------------------------------------------------------

    async def send(self, ws_id: str, event: ServerEvent | None = None, event_bytes: bytes | None = None):
        """Queue one event (or pre-encoded msgpack bytes) for a session."""
        session = self._session(ws_id)
        if (event is None) == (event_bytes is None):
            raise ValueError("pass exactly one of event and event_bytes")
        session.send(event if event is not None else decode(event_bytes))

    async def rpc(self, ws_id: str, event: ServerRPC, ttl: float = 2.0) -> ClientEvent:
        """Send a request to one session; its answer, or ``asyncio.TimeoutError`` after ``ttl``."""
        return await self._session(ws_id).rpc(event, ttl=ttl)

    async def rpc_stream(self, ws_id: str, event: ServerRPC | None = None, event_bytes: bytes | None = None, ttl: float = 2.0) -> AsyncIterator[ClientEvent]:
        """Send a request; yield every answer until one carries ``done`` or ``ttl`` passes silent."""
        request = event if event is not None else decode(event_bytes)
        async for response in self._session(ws_id).rpc_stream(request, ttl=ttl):
            yield response

    def _session(self, ws_id) -> VuerSession:
        try:
            return self.sessions[str(ws_id)]
        except KeyError:
            raise KeyError(f"no session {ws_id!r}") from None

    # ---- the websocket -------------------------------------------------------------------

    async def downlink(self, request: web.Request, ws: web.WebSocketResponse) -> None:
        """Read one client's frames until it goes: decode, dispatch, never crash the server."""
        sid = str(uuid.uuid4())
        scene = self.scenes.get(request.query.get("scene", ""), self.scene)
        session = VuerSession(self, sid, queue_len=self.queue_len, scene=scene)
        session.ws = ws
        session.transport = request.transport
        self.sessions[sid] = session
        self.ws[sid] = ws
        writer = asyncio.get_running_loop().create_task(self.uplink(session), name=f"uplink-{sid}")
        inbox = self._start_bound(session) if "bound_fn" in self.__dict__ else None
        logger.debug("websocket %s opened from %s", sid, request.remote)
        try:
            async for msg in ws:
                if msg.type == WSMsgType.BINARY:
                    raw = msg.data
                elif msg.type == WSMsgType.TEXT:
                    raw = msg.data.encode()
                    raw = _json_to_msgpack(raw)
                elif msg.type == WSMsgType.ERROR:
                    if isinstance(msg.data, WebSocketError) and msg.data.code == WSCloseCode.MESSAGE_TOO_BIG:
                        logger.warning("session %s: frame over WEBSOCKET_MAX_SIZE (%d bytes), closed with 1009: %s", sid, self.WEBSOCKET_MAX_SIZE, msg.data)
                    else:
                        logger.warning("session %s: websocket error, closing: %s", sid, msg.data)
                    break
                else:
                    continue
                try:
                    fields = client_fields(decode(raw))
                except WireError as exc:
                    logger.warning("session %s: bad frame (%d bytes), closing with 1007: %s", sid, len(raw), exc)
                    await ws.close(code=WSCloseCode.INVALID_TEXT, message=f"bad frame: {exc}"[:120].encode())
                    break
                if fields is None:
                    logger.debug("session %s: frame ignored: 'key' is not a string", sid)
                    continue
                event = ClientEvent._deserialize(**fields)
                try:
                    self._on_client_event(session, event)
                except Exception:  # our bug, not the client's: that client goes, the server stays
                    logger.exception("session %s: server error handling %s; closing with 1011", sid, event.etype)
                    await ws.close(code=WSCloseCode.INTERNAL_ERROR, message=b"server error")
                    break
                if inbox is not None:
                    _put_latest(inbox, event)
        finally:
            await self._end_session(session)
            writer.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await writer
            logger.info("session %s disconnected", sid)

    async def uplink(self, proxy: VuerSession) -> None:
        """The session's writer: await its queue, send each frame; a slow socket slows only itself."""
        ws = proxy.ws
        while True:
            data = await proxy.outbound.get()
            if data is None:
                return
            try:
                await ws.send_bytes(data)
            except (ConnectionError, RuntimeError) as exc:
                logger.debug("session %s: send failed (%s); closing", proxy.id, exc)
                await ws.close()
                return

    def _on_client_event(self, session: VuerSession, event: ClientEvent) -> None:
        if event.etype == "INIT" and session.init_event is None:
            session.init_event = event
            session.info = event.value if isinstance(event.value, dict) else {}
            session.shared.join(session)
            who = session.summary()  # the client's own words, cut to short strings
            logger.info("session %s connected: %s %s %s", session.id, who["client"] or "?", who["pkg"] or "", who["pkgVersion"] or "")
            self._spawn_for(session)
        session._deliver_rpc(event)
        for fn in list(self.handlers.get(event.etype, {}).values()):
            self._call_handler(fn, event, session)
        session.downlink_queue.append(event)

    def _call_handler(self, fn, event, session) -> None:
        what = getattr(fn, "__name__", "handler")
        try:
            out = fn(event, session)
        except Exception as exc:
            self._report(session, f"handler {what} for {event.etype}", exc)
            return
        if inspect.isawaitable(out):
            if len(session._handler_tasks) >= self.max_pending_handlers:
                if inspect.iscoroutine(out):
                    out.close()  # never started: nothing to cancel, no "never awaited" warning
                session.shed_handler_calls += 1
                if session.shed_handler_calls in (1, 10, 100) or session.shed_handler_calls % 1000 == 0:
                    logger.warning(
                        "session %s: %d async handler calls still pending (max_pending_handlers); %s for %s not called (%d so far)",
                        session.id, len(session._handler_tasks), what, event.etype, session.shed_handler_calls,
                    )
                return
            session._handler_tasks.add(session.spawn_task(out, name=f"{what}:{event.etype}"))

    def _spawn_for(self, session: VuerSession) -> None:
        matching = [h for h in self.spawn_handlers if _match_filters(session.info, h["filters"])]
        if not matching:
            return
        if len(matching) > 1:
            names = [h["fn"].__name__ for h in matching]
            logger.warning("several spawn functions match %s: %s; only %s runs", session.id, names, names[0])
        fn = matching[0]["fn"]
        name = getattr(fn, "__name__", "spawn")
        try:
            out = fn(session)  # a plain function runs here: its error must not end the downlink
        except Exception as exc:
            self._report(session, f"spawn function {name}", exc)
            return
        if inspect.isawaitable(out):
            session.spawn_task(out, name=name)

    async def _guard(self, coro, session: VuerSession | None, what: str):
        """The error boundary around user code: log it, tell that client, keep serving."""
        try:
            return await coro
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            self._report(session, what, exc)

    def _report(self, session: VuerSession | None, what: str, exc: BaseException) -> None:
        sid = session.id if session is not None else "-"
        logger.error("%s raised in session %s", what, sid, exc_info=exc)
        if session is not None and not session.closed:
            detail = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__, limit=-8))
            session.show_error(f"error:{what}", f"{what} raised {type(exc).__name__}: {exc}", detail)

    def _start_bound(self, session: VuerSession) -> asyncio.Queue:
        inbox: asyncio.Queue = asyncio.Queue(maxsize=self.queue_len)
        session.spawn_task(self._drive_bound(session, inbox), name="bound_fn")
        return inbox

    async def _drive_bound(self, session: VuerSession, inbox: asyncio.Queue) -> None:
        gen = self.bound_fn(session)
        is_async = hasattr(gen, "__anext__")

        async def step(value=None, first=False):
            if is_async:
                return await (gen.__anext__() if first else gen.asend(value))
            return next(gen) if first else gen.send(value)

        try:
            out = await step(first=True)
            while True:
                while isinstance(out, Frame):
                    session.send(out.data)
                    await asyncio.sleep(1 / out.frame_rate)
                    out = await step(NULL)
                if isinstance(out, ServerEvent) and out != "NOOP":
                    session.send(out)
                out = await step(await inbox.get())
        except (StopIteration, StopAsyncIteration):
            return

    async def _end_session(self, session: VuerSession) -> None:
        self.sessions.pop(session.id, None)
        self.ws.pop(session.id, None)
        session.shared.leave(session)
        await session._close()

    # ---- HTTP ----------------------------------------------------------------------------

    def _roots(self) -> list[Path]:
        roots = []
        for value in (self.workspace, self.static_root):
            if value is None:
                continue
            for item in value if isinstance(value, (list, tuple)) else [value]:
                roots.append(Path(item))
        return roots

    async def socket_index(self, request: web.Request) -> web.StreamResponse:
        """``/``: the websocket when it is an upgrade, else the client's page."""
        if _is_upgrade(request):
            # No permessage-deflate: browsers offer it, and zlib on every bulk frame cut a 100k-point
            # stream from ~2,400 to ~37 frames/s (bench/run.py, row 2b); loopback and LAN need none.
            ws = web.WebSocketResponse(max_msg_size=self.WEBSOCKET_MAX_SIZE, heartbeat=30.0, compress=False)
            await ws.prepare(request)
            await self.downlink(request, ws)
            return ws
        if self.page_hook is not None:
            page = await self.page_hook(request)
            if page is not None:
                return page
        index = self.client_root / "index.html"
        if not index.is_file():
            raise web.HTTPNotFound(text=f"no client build at {self.client_root}")
        return file_response(index, no_cache=True)

    async def sessions_handler(self, request: web.Request) -> web.Response:
        """``GET /sessions``: the live sessions, as JSON (with a broker: every instance's)."""
        if self.scene_broker is not None:
            return web.json_response(await self.scene_broker.sessions())
        return web.json_response({"sessions": [s.summary() for s in self.sessions.values()]})

    def _build_routes(self) -> None:
        router = self.app.router
        router.add_get("/", self.socket_index)
        router.add_get("/assets/{filename:.*}", static_handler(lambda: [self.client_root / "assets"]))
        for prefix in ("/workspace", "/static"):
            router.add_get(prefix + "/{filename:.*}", static_handler(self._roots))
        router.add_post("/relay", relay_handler(self))
        router.add_get("/sessions", self.sessions_handler)
        router.add_get("/render", render_handler(self))
        for method, path, handler in self._routes:
            router.add_route(method, path, handler)

    GUARDED_PATHS = ("/relay", "/sessions", "/render")
    """Routes that act on sessions: only the token opens them (and the websocket), and a
    browser page from an origin outside ``cors`` may not call them."""

    def _guarded(self, request: web.Request) -> bool:
        return request.path in self.GUARDED_PATHS or (request.path == "/" and _is_upgrade(request))

    @staticmethod
    def _public(request: web.Request) -> bool:
        """The page (it must load to read ``?token=`` from its URL) and the client bundle."""
        return request.path == "/" or request.path.startswith("/assets/")

    @web.middleware
    async def _token_middleware(self, request: web.Request, handler):
        """With a token: the guarded routes take only the token; files and other routes the
        token or the page's cookie; the page and the bundle are open."""
        if not self.token:
            return await handler(request)
        guarded = self._guarded(request)
        if not (self._token_ok(request) or (not guarded and (self._public(request) or self._cookie_ok(request)))):
            logger.warning("refused %s %s from %s: missing or wrong token", request.method, request.path, request.remote)
            return web.json_response({"error": "missing or wrong token"}, status=401)
        response = await handler(request)
        if request.path == "/" and not guarded and self._token_ok(request) and isinstance(response, web.StreamResponse) and not response.prepared:
            # The page's meshes and textures are fetched by plain URL: the cookie lets them
            # through. It holds a digest of the token, not the token, which opens no socket.
            name, value = self._file_cookie()
            response.set_cookie(name, value, httponly=True, samesite="Strict", path="/", secure=self.cert is not None)
        return response

    def _token_ok(self, request: web.Request) -> bool:
        given = request.query.get("token") or request.headers.get("X-Vuer-Token") or ""
        auth = request.headers.get("Authorization", "")
        if auth.lower().startswith("bearer "):
            given = auth[7:].strip()
        return hmac.compare_digest(given.encode(), str(self.token).encode())

    def _file_cookie(self) -> tuple[str, str]:
        """(name, value): named after the token too, so servers on other ports of this host
        (cookies ignore ports) each keep their own."""
        digest = hmac.new(str(self.token).encode(), b"vuer-cli file access", hashlib.sha256).hexdigest()
        return f"vuer_files_{digest[:12]}", digest[12:]

    def _cookie_ok(self, request: web.Request) -> bool:
        name, value = self._file_cookie()
        return hmac.compare_digest(request.cookies.get(name, "").encode(), value.encode())

    @web.middleware
    async def _host_middleware(self, request: web.Request, handler):
        # DNS rebinding: a page at http://evil.example:8012 whose name now resolves to
        # 127.0.0.1 is same-origin with us, so CORS and the Origin check pass it; it could
        # read /workspace files and open the websocket. Its Host header still says evil.
        host = request.headers.get("Host")
        if self._loopback_only and host is not None and not self._host_ok(host):
            logger.warning("refused %s %s: Host %r is not this machine (DNS rebinding?); add it to allowed_hosts", request.method, request.path, host)
            return web.json_response({"error": f"Host {host!r} is not served here; add it to allowed_hosts / VUER_ALLOWED_HOSTS"}, status=403)
        return await handler(request)

    def _host_ok(self, host: str) -> bool:
        name = host.strip().lower()
        if name.startswith("["):  # [::1]:8012
            name = name[1 : name.find("]")] if "]" in name else name
        elif name.count(":") == 1:
            name = name.rsplit(":", 1)[0]
        if name == "localhost" or name.endswith(".localhost"):
            return True
        try:
            if ipaddress.ip_address(name).is_loopback:
                return True
        except ValueError:
            pass
        return any(fnmatch(name, p.strip().lower()) for p in str(self.allowed_hosts).split(",") if p.strip())

    @web.middleware
    async def _cors_middleware(self, request: web.Request, handler):
        origin = request.headers.get("Origin")
        allowed = origin is not None and any(fnmatch(origin, p.strip()) for p in str(self.cors).split(",") if p.strip())
        if request.method == "OPTIONS" and origin is not None:
            if not allowed:
                return web.Response(status=403)
            response = web.Response(status=204)
        elif origin is not None and not allowed and not _same_origin(origin, request) and self._guarded(request):
            # A browser sends a simple POST, and any websocket, without asking first: leaving
            # out the CORS header would come too late (the relay would already have applied).
            logger.warning("refused %s %s from origin %s: not in cors (%s)", request.method, request.path, origin, self.cors)
            return web.json_response({"error": f"origin {origin} is not allowed; add it to cors / VUER_CORS"}, status=403)
        else:
            response = await handler(request)
        if allowed and not response.prepared:
            response.headers["Access-Control-Allow-Origin"] = origin
            response.headers["Vary"] = "Origin"
            response.headers["Access-Control-Allow-Headers"] = request.headers.get("Access-Control-Request-Headers", "*")
            response.headers["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS"
        return response

    # ---- running -------------------------------------------------------------------------

    @property
    def ssl(self) -> str:
        """``"s"`` when serving TLS, for building ``http{ssl}://`` URLs."""
        return "s" if self.cert else ""

    @property
    def url(self) -> str:
        """The page's URL on this machine."""
        host = "localhost" if self.host in ("0.0.0.0", "::", "") else self.host
        return f"http{self.ssl}://{host}:{self.port}"

    def get_url(self, host: str = "localhost") -> str:
        """The URL to open: the page with ``?ws=`` pointing at this server (plus ``queries``)."""
        base = self.domain or f"http{self.ssl}://{host}:{self.port}"
        url = f"{base}?ws=ws{self.ssl}://{host}:{self.port}"
        if self.token:
            url += f"&token={self.token}"
        for k, v in self.queries.items():
            url += f"&{k}={v}"
        return url

    def _ssl_context(self) -> ssl.SSLContext | None:
        if not self.cert:
            return None
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(certfile=self.cert, keyfile=self.key)
        if self.ca_cert:
            context.load_verify_locations(self.ca_cert)
            context.verify_mode = ssl.CERT_REQUIRED
        return context

    async def _start_site(self) -> None:
        self._stopping = asyncio.Event()
        # The Application was built in __init__; REQUEST_MAX_SIZE may have been set since
        # (``start(REQUEST_MAX_SIZE=...)``, or an attribute): the value at start is the one.
        self.app._client_max_size = int(self.REQUEST_MAX_SIZE)
        self._build_routes()
        self._runner = web.AppRunner(self.app, handle_signals=False, shutdown_timeout=1.0, access_log_class=_AccessLogger)
        await self._runner.setup()
        context = self._ssl_context()
        try:
            site = web.TCPSite(self._runner, self.host, self.port, ssl_context=context)
            await site.start()
        except OSError as exc:
            if not self.free_port or self.port == 0:
                await self._runner.cleanup()
                raise
            logger.warning("port %d is taken (%s); binding a free port", self.port, exc)
            site = web.TCPSite(self._runner, self.host, 0, ssl_context=context)
            await site.start()
        sockets = site._server.sockets if site._server else []
        if sockets:
            self.port = sockets[0].getsockname()[1]
        logger.info("serving on %s — visit %s", self.url, self.get_url())
        self._loopback_only = all(ipaddress.ip_address(s.getsockname()[0]).is_loopback for s in sockets)
        if not self.token and not all(ipaddress.ip_address(s.getsockname()[0]).is_loopback for s in sockets):
            logger.warning(
                "listening on %s beyond loopback with no token: anyone who can reach port %d can open the websocket, "
                "POST /relay and read /sessions. Set token= or VUER_TOKEN (see docs/security.md).",
                self.host,
                self.port,
            )

    async def _on_shutdown(self, _app) -> None:
        # All at once, each bounded: close() waits for the socket's buffer to drain, which
        # a client that stopped reading never lets happen; one such client held up every
        # other client's 1001 and the exit itself. Past STOP_TIMEOUT its connection is cut.
        async def close(sid: str, ws: web.WebSocketResponse) -> None:
            try:
                await asyncio.wait_for(ws.close(code=WSCloseCode.GOING_AWAY, message=b"server shutdown"), STOP_TIMEOUT)
            except asyncio.TimeoutError:
                logger.info("session %s: not reading; connection cut at shutdown", sid)
                session = self.sessions.get(sid)
                transport = session.transport if session is not None else None
                if transport is not None:
                    transport.abort()
            except Exception:  # noqa: BLE001 - already broken: nothing left to close
                pass

        await asyncio.gather(*(close(sid, ws) for sid, ws in list(self.ws.items())))

    async def _stop(self) -> None:
        if self.scene_broker is not None:
            await self.scene_broker.stop()
            self.scene_broker = None
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
        for session in list(self.sessions.values()):
            await self._end_session(session)
        await _cancel_bounded([t for t in self._orphans if t is not asyncio.current_task()], "the server")

    @contextlib.asynccontextmanager
    async def serving(self):
        """Serve in the running event loop for the duration of the block (tests, embedding)."""
        broker = make_broker(self.broker) if self.broker else None  # a bad URL fails before binding
        await self._start_site()
        try:
            if broker is not None:
                self.scene_broker = broker
                await broker.start(self)
            yield self
        finally:
            await self._stop()

    async def serve_forever(self) -> None:
        """Serve until ``stop()``, Ctrl-C or SIGTERM; sockets close with 1001."""
        async with self.serving():
            with stop_on_signals(self.stop):
                await self._stopping.wait()

    def stop(self) -> None:
        """Ask ``serve_forever`` / ``start`` to shut down."""
        if self._stopping is not None:
            self._stopping.set()

    def start(self, free_port: bool | None = None, **kwargs) -> None:
        """Serve (blocking) until Ctrl-C. Inside a running loop (Jupyter), schedule it instead."""
        if free_port is not None:
            self.free_port = free_port
        for name, value in kwargs.items():
            setattr(self, name, value)
        if not logging.getLogger().handlers:
            # `app.start()` is a program's entry point (as upstream's): with no logging set
            # up, INFO lines (the URL to open, who connects) would be dropped.
            logging.basicConfig(level=logging.INFO, format="%(message)s")
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            loop = None
        if loop is not None:
            task = loop.create_task(self.serve_forever(), name="vuer-server")
            self._orphans.add(task)
            task.add_done_callback(self._orphans.discard)
            return
        _run_until_done(self.serve_forever())

    def run(self, free_port: bool | None = None, **kwargs) -> None:
        """Same as ``start``."""
        self.start(free_port=free_port, **kwargs)

    def spawn_task(self, task, name: str | None = None) -> asyncio.Task:
        """A background task not tied to a session (cancelled when the server stops)."""
        if inspect.iscoroutinefunction(task):
            task = task()
        t = asyncio.get_running_loop().create_task(self._guard(task, None, name or "task"), name=name)
        self._orphans.add(t)
        t.add_done_callback(self._orphans.discard)
        return t


def _run_until_done(main) -> None:
    """``asyncio.run(main)`` for ``start()``, but the tasks left at the end get a bounded
    time to finish: ``asyncio.run`` waits for them forever, so one user task that swallows
    CancelledError made Ctrl-C and SIGTERM unable to stop the program."""
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    try:
        loop.run_until_complete(main)
    finally:
        try:
            leftovers = [t for t in asyncio.all_tasks(loop) if not t.done()]
            loop.run_until_complete(_cancel_bounded(leftovers, "exit"))
            for t in leftovers:
                if t.done() and not t.cancelled() and t.exception() is not None:
                    logger.error("task %s raised while stopping", t.get_name(), exc_info=t.exception())
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            asyncio.set_event_loop(None)
            loop.close()


@contextlib.contextmanager
def stop_on_signals(stop: Callable[[], None]):
    """Within the block, Ctrl-C and SIGTERM call ``stop`` (a graceful shutdown) instead of
    interrupting whatever the event loop runs."""
    loop = asyncio.get_running_loop()
    signals = (signal.SIGINT, signal.SIGTERM)
    for sig in signals:
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop)
    try:
        yield
    finally:
        for sig in signals:
            with contextlib.suppress(NotImplementedError, RuntimeError):
                loop.remove_signal_handler(sig)


def _match_filters(info: dict, filters: dict) -> bool:
    for key, pattern in filters.items():
        value = info.get(key)
        if value is None or not fnmatch(str(value), str(pattern)):
            return False
    return True


class _AccessLogger(AbstractAccessLogger):
    """aiohttp's access line (logger ``aiohttp.access``, INFO), with ``?token=`` shown as
    ``***``: browsers put the token in the websocket URL, and logs get pasted into issues."""

    def log(self, request: web.BaseRequest, response: web.StreamResponse, time: float) -> None:
        url = request.rel_url
        if "token" in url.query:
            url = url.update_query(token="***")
        version = "%d.%d" % tuple(request.version)
        self.logger.info('%s "%s %s HTTP/%s" %s %s %.3fs', request.remote, request.method, url, version, response.status, response.body_length, time)


def _is_upgrade(request: web.Request) -> bool:
    return request.headers.get(UPGRADE, "").lower().strip() == "websocket"


def _same_origin(origin: str, request: web.Request) -> bool:
    """The page came from this server (e.g. a headset opening http://LAN-IP:PORT/)."""
    return urlsplit(origin).netloc.lower() == (request.host or "").lower()


def _put_latest(queue: asyncio.Queue, item) -> None:
    if queue.full():
        queue.get_nowait()
    queue.put_nowait(item)


def _json_to_msgpack(raw: bytes) -> bytes:
    """Text frames are not what clients send, but JSON ones are accepted for scripting."""
    import json

    try:
        return encode(json.loads(raw))
    except Exception:
        return raw  # let decode() report it
