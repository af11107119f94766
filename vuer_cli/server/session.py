"""VuerSession: one connected client, with upstream's per-session API.

``session.set/add/upsert/update/remove`` work in both forms, ``@`` and call::

    session.upsert @ Box(key="b")
    session.upsert(Box(key="b"), Sphere(key="s"), to="group", strict=True)

Ops apply to the session's view of the scene first, then go out through its bounded
outbound queue (see ``outbound``); nothing is awaited, as upstream.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import time
from collections import deque
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

from ..events import (
    Add,
    ClientEvent,
    Frame,
    GrabRender,
    Remove,
    ServerEvent,
    ServerRPC,
    Set,
    ShowError,
    ClearError,
    Update,
    Upsert,
)
from .outbound import Item, Outbound, coalesce_signature
from .store import SceneError, SceneStore, name_keyless
from .wire import Pending, encode, outgoing, set_frame

if TYPE_CHECKING:  # pragma: no cover
    from aiohttp.web import WebSocketResponse

    from .app import Vuer
    from .shared import SharedScene

__all__ = ["At", "SceneOps", "VuerSession", "RPCError", "SCENE_OPS"]

logger = logging.getLogger(__name__)

SCENE_OPS = frozenset({"SET", "ADD", "UPSERT", "UPDATE", "REMOVE"})


STOP_TIMEOUT = 1.0
"""Seconds cancelled tasks get to end (a session's, the server's, the program's leftovers)."""


async def _cancel_bounded(tasks, owner: str) -> None:
    """Cancel ``tasks`` and wait for them, at most STOP_TIMEOUT: a task that swallows
    CancelledError (a bare ``except:`` in a loop) must not hang a disconnect or a shutdown."""
    tasks = [t for t in tasks if not t.done()]
    for t in tasks:
        t.cancel()
    if not tasks:
        return
    _, pending = await asyncio.wait(tasks, timeout=STOP_TIMEOUT)
    for t in pending:
        logger.warning("%s: task %s did not stop when cancelled (does it catch CancelledError?); left running", owner, t.get_name())


class RPCError(RuntimeError):
    """The client answered an RPC with an error, or went away before answering."""


class At:
    """Lets an op be used as ``op @ x`` or ``op(x, ..., to=...)``."""

    def __init__(self, fn):
        self.fn = fn

    def __matmul__(self, arg):
        return self.fn(arg)

    def __call__(self, *args, **kwargs):
        return self.fn(*args, **kwargs)


def _flatten(items) -> list:
    out = []
    for item in items:
        if isinstance(item, (list, tuple)):
            out.extend(item)
        else:
            out.append(item)
    return out


class SceneOps:
    """``set / update / add / upsert / remove`` for anything that can take an event with ``@``."""

    def __matmul__(self, event: ServerEvent):  # pragma: no cover - subclasses implement
        raise NotImplementedError

    @property
    def set(self) -> At:
        """Replace the scene: ``x.set @ Scene(...)``."""
        return At(lambda scene: self @ Set(scene))

    @property
    def update(self) -> At:
        """Merge props into existing elements; missing keys do nothing."""
        return At(lambda *elements, strict=False: self @ Update(*_flatten(elements), strict=strict))

    @property
    def add(self) -> At:
        """Insert elements under ``to`` (default: the Scene root)."""
        return At(lambda *elements, to=None: self @ Add(*_flatten(elements), to=to))

    @property
    def upsert(self) -> At:
        """Update elements whose key exists, insert the others under ``to``."""
        return At(lambda *elements, to=None, strict=False: self @ Upsert(*_flatten(elements), to=to, strict=strict))

    @property
    def remove(self) -> At:
        """Remove elements (and their children) by key: ``x.remove @ "k"`` or ``@ ["a", "b"]``."""
        return At(lambda *keys: self @ Remove(*_flatten(keys)))


class VuerSession(SceneOps):
    """One websocket client. Created by the server; handed to spawned functions and handlers."""

    def __init__(self, vuer: "Vuer", ws_id: str, queue_len: int = 100, scene: "SharedScene | None" = None):
        self.vuer = vuer
        self.CURRENT_WS_ID = ws_id
        self.shared = scene if scene is not None else vuer.scene
        self.ws: WebSocketResponse | None = None
        self.transport: asyncio.Transport | None = None  # the connection under ws (to cut it)
        self.info: dict = {}
        self.init_event: ClientEvent | None = None
        self.connected_at = time.time()
        self.downlink_queue: deque[ClientEvent] = deque(maxlen=queue_len)
        self.outbound = Outbound(queue_len, self._snapshot_frame)
        self._store: SceneStore | None = None  # None: this session sees the shared scene
        self._tasks: set[asyncio.Task] = set()
        self._handler_tasks: set[asyncio.Task] = set()  # async handler calls still running
        self.shed_handler_calls = 0  # events not handed to async handlers (max_pending_handlers)
        self._rpcs: dict[str, asyncio.Queue] = {}
        self._closed = asyncio.Event()

    # ---- identity ------------------------------------------------------------------------

    @property
    def id(self) -> str:
        """The session id (a string everywhere: logs, relay, API)."""
        return self.CURRENT_WS_ID

    @property
    def socket(self) -> "WebSocketResponse | None":
        """The websocket; ``await session.socket.close()`` ends the session from the server."""
        return self.ws

    @property
    def closed(self) -> bool:
        return self._closed.is_set()

    def __repr__(self):
        return f"VuerSession({self.id})"

    # ---- the scene this client sees -----------------------------------------------------

    @property
    def store(self) -> SceneStore:
        """This client's scene: the shared one until the session sends ops of its own."""
        return self._store if self._store is not None else self.shared.store

    def _own_store(self) -> SceneStore:
        if self._store is None:
            self._store = self.shared.store.copy()
        return self._store

    def _snapshot_frame(self) -> bytes:
        """One SET of this client's scene (joining, or after its queue overflowed); the
        scene's encoding is shared until it changes, each frame has its own ``ts``."""
        return set_frame(self.store.encoded_snapshot(encode), int(time.time() * 1000))

    # ---- sending -------------------------------------------------------------------------

    def __matmul__(self, event: ServerEvent):
        """Send an event: ``session @ Set(scene)``. Not awaited, as upstream."""
        if not isinstance(event, ServerEvent):
            raise TypeError(f"session @ ... takes a ServerEvent, got {type(event).__name__}")
        if isinstance(event, Frame):
            raise TypeError("Frame events are only for bound generators (app.bind)")
        self.send(event)

    def send(self, event: ServerEvent | dict) -> bool:
        """Queue one event for this client; returns False when it was refused (logged).

        Raises ``UnsendableError`` (nothing applied or queued) for a value the wire cannot
        carry, e.g. an int beyond 64 bits.
        """
        fresh = isinstance(event, ServerEvent)
        obj = event._serialize() if fresh else event
        etype = obj.get("etype")
        scene_op = etype in SCENE_OPS
        if scene_op:
            name_keyless(obj)
        data = outgoing(obj, fresh)
        if scene_op:
            try:
                self._own_store().apply(obj)
            except SceneError as exc:
                logger.warning("session %s: %s refused: %s", self.id, etype, exc)
                return False
        self.push(obj, data, scene_op)
        return True

    def push(self, obj: dict, data: "bytes | Pending", scene_op: bool, coalesce: tuple | None = None) -> None:
        """Queue a frame (bytes, or ``Pending`` to encode when the writer takes it).
        Broadcasts make one frame for every session and work out ``coalesce_signature``
        once too: they pass it as ``coalesce``."""
        if coalesce is None:
            coalesce = coalesce_signature(obj) if scene_op else (None, ())
        signature, props = coalesce
        self.outbound.push(Item(data, scene_op, signature, props))

    def show_error(self, id: str, message: str, detail: str | None = None) -> None:
        """Show an error in this client's overlay (ours; upstream's client ignores it)."""
        self.send(ShowError(id, message, detail))

    def clear_error(self, id: str = "*") -> None:
        self.send(ClearError(id))

    # ---- RPC -----------------------------------------------------------------------------

    async def rpc(self, event: ServerRPC, ttl: float = 2.0) -> ClientEvent:
        """Send a request; return the client's one answer. ``asyncio.TimeoutError`` after ``ttl``."""
        async for response in self.rpc_stream(event, ttl=ttl, limit=1):
            return response
        raise asyncio.TimeoutError(f"no answer to {event.etype} within {ttl} s")  # pragma: no cover

    async def rpc_stream(self, event: ServerRPC | dict, ttl: float = 2.0, limit: int | None = None) -> AsyncIterator[ClientEvent]:
        """Send a request; yield each answer until one says ``done`` or ``ttl`` passes with none.

        For a single answer (``limit=1``) a silent client is an ``asyncio.TimeoutError``.
        """
        obj = event._serialize() if isinstance(event, ServerEvent) else event
        rtype, etype = obj.get("rtype"), obj.get("etype")
        if not isinstance(rtype, str):
            raise ValueError("an RPC request needs an 'rtype' to be answered with")
        inbox: asyncio.Queue = asyncio.Queue(maxsize=256)
        self._rpcs[rtype] = inbox
        try:
            if self.closed:
                raise RPCError(f"session {self.id} is closed")
            self.send(obj)
            count = 0
            while limit is None or count < limit:
                try:
                    response = await asyncio.wait_for(inbox.get(), ttl)
                except asyncio.TimeoutError:
                    if limit == 1:
                        raise
                    return  # a stream ends quietly when the client stops answering
                if isinstance(response, Exception):
                    raise response
                value = response.value
                if not isinstance(value, dict):  # both clients answer with a map; anything else is broken
                    raise RPCError(f"{etype}: malformed answer from the client: 'value' is {type(value).__name__}, not a map")
                if value.get("error"):
                    raise RPCError(f"{etype} failed in the client: {value['error']}")
                count += 1
                yield response
                if getattr(response, "done", False) or value.get("done"):
                    return
        finally:
            self._rpcs.pop(rtype, None)

    def _deliver_rpc(self, event: ClientEvent) -> bool:
        inbox = self._rpcs.get(event.etype)
        if inbox is None:
            return False
        try:
            inbox.put_nowait(event)
        except asyncio.QueueFull:
            logger.warning("session %s: RPC answers for %s arrive faster than read; one dropped", self.id, event.etype)
        return True

    async def grab_render(self, ttl: float = 2.0, **kwargs) -> ClientEvent:
        """A picture from the client: ``value["frame"]`` is JPEG (or PNG) bytes.

        kwargs: ``quality`` (0..1), ``downsample`` (int), ``key`` (default "DEFAULT"), ours:
        ``format="png"``. Our client answers with or without a ``GrabRender`` element in the
        scene; upstream's client needs one whose key matches.
        """
        return await self.rpc(GrabRender(**kwargs), ttl=ttl)

    # ---- waiting on the client -------------------------------------------------------------

    async def till(self, event: str, timeout: float | None = None) -> ClientEvent:
        """Wait for the next event of that type. ``till("INIT")`` returns the INIT already received."""
        if event == "INIT" and self.init_event is not None:
            return self.init_event
        got: asyncio.Future = asyncio.get_running_loop().create_future()

        def handler(client_event, session):
            if session is self and not got.done():
                got.set_result(client_event)

        cleanup = self.vuer.add_handler(event, handler)
        try:
            return await asyncio.wait_for(got, timeout)
        finally:
            cleanup()

    async def forever(self) -> None:
        """Keep a spawned function alive until this client disconnects."""
        await self._closed.wait()

    # ---- tasks ---------------------------------------------------------------------------

    def spawn_task(self, task, name: str | None = None) -> asyncio.Task:
        """Run a coroutine (or coroutine function) in the background; cancelled when the session ends."""
        if inspect.iscoroutinefunction(task):
            task = task()
        t = asyncio.get_running_loop().create_task(self.vuer._guard(task, self, what=name or "task"), name=name)
        self._tasks.add(t)
        t.add_done_callback(self._tasks.discard)
        t.add_done_callback(self._handler_tasks.discard)
        return t

    # upstream's downlink queue helpers
    def popleft(self):
        return self.downlink_queue.popleft() if self.downlink_queue else None

    def pop(self):
        return self.downlink_queue.pop() if self.downlink_queue else None

    def clear(self):
        self.downlink_queue.clear()

    def stream(self):
        yield from self.downlink_queue

    async def _close(self) -> None:
        """End the session: fail pending RPCs, cancel its tasks, stop its writer."""
        if self._closed.is_set():
            return
        self._closed.set()
        self.outbound.close()
        for inbox in self._rpcs.values():
            if inbox.full():  # the failure must get in, or the caller waits out its ttl
                inbox.get_nowait()
            inbox.put_nowait(RPCError(f"session {self.id} closed before answering"))
        await _cancel_bounded([t for t in self._tasks if t is not asyncio.current_task()], f"session {self.id}")

    def summary(self) -> dict[str, Any]:
        """What ``/sessions`` lists. The INIT fields come from the client: only strings pass."""
        return {
            "id": self.id,
            "client": _text(self.info.get("client")),
            "pkg": _text(self.info.get("pkg")),
            "pkgVersion": _text(self.info.get("pkgVersion")),
            "userAgent": _text(self.info.get("userAgent")),
            "connectedAt": self.connected_at,
            "scene": self.shared.name,
            "queued": len(self.outbound),
        }


def _text(value, limit: int = 200) -> str | None:
    """A client-sent INIT field as JSON-safe text: bin, NaN or a nested map must not break
    ``/sessions`` for everyone (json.dumps refused bytes: a 500)."""
    if value is None or isinstance(value, str):
        return value if value is None or len(value) <= limit else value[:limit] + "…"
    return None
