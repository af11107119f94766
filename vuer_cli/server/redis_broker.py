"""RedisBroker: several ``vuer serve`` processes share their scenes through one Redis.

Keys (``vuer:`` prefix; one deployment per Redis database, ``redis://host:port/DB``)::

    scene:<name>:ops         stream of ops: n (1, 2, 3 … per scene), from (instance), seq, op
    scene:<name>:seq         the counter behind n; that it exists means Redis holds the scene
    scene:<name>:snap        hash: id, n, state = msgpack {scene, errors} after op n
    scene:<name>:pub         hash: instance → its last seq in the stream (a retry is not doubled)
    instances                set of instance ids
    inst:<id>                that instance's info (url, pid, sessions per scene); expires
    inst:<id>:sessions       hash: sid → the session's /sessions entry; expires
    inst:<id>:inbox          stream of relays and renders for that instance's sessions
    reply:<uuid>             list: the owner's answer to one relay or render

One task per process publishes (``EVAL`` of ``_PUBLISH``: dedupe, count, ``XADD``), one reads
every scene stream and its inbox with one ``XREAD BLOCK`` (no polling), one keeps the session
registry alive (a TTL refreshed by a heartbeat; gone with the process). A snapshot is written
on each SET and every ``snapshot_every`` ops by the process that published that op; the stream
is trimmed to the previous snapshot, so a (re)starting process loads the snapshot and reads
the rest. An op missing from the sequence (trimmed under a slow reader, Redis restarted)
makes the reader load the snapshot again rather than go on with a gap.

When Redis is unreachable the process logs it, shows it in its clients' overlay, keeps
serving the last scene, applies ops accepted meanwhile at once and keeps them (up to
``outbox_limit`` ops / ``outbox_bytes``) to publish when Redis is back. Past the bound it
drops them and instead publishes one SET of its whole scene when Redis is back (that SET
wins over changes other processes made meanwhile). If Redis came back empty (restarted
without persistence), the first process back writes its scene into it; the others take it.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import random
import socket
import time
import uuid
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import redis.asyncio as aioredis
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff
from redis.exceptions import RedisError

from .broker import Broker, pack, redact, unpack
from .relay import relay_to_session
from .render_route import Picture, render_here, render_wait
from .shared import SharedScene
from .store import SceneError

if TYPE_CHECKING:  # pragma: no cover
    from .app import Vuer

__all__ = ["RedisBroker"]

logger = logging.getLogger(__name__)

NOTICE_ID = "broker"
"""Overlay id of the "scene broker unreachable" notice."""

# KEYS: ops, seq, pub. ARGV: instance, seq, op, mode ("if_empty": only when Redis has no scene).
_PUBLISH = """
if ARGV[4] == 'if_empty' and redis.call('EXISTS', KEYS[2]) == 1 then return false end
local last = tonumber(redis.call('HGET', KEYS[3], ARGV[1]) or '0')
if tonumber(ARGV[2]) <= last then return false end
redis.call('HSET', KEYS[3], ARGV[1], ARGV[2])
local n = redis.call('INCR', KEYS[2])
return redis.call('XADD', KEYS[1], '*', 'n', n, 'from', ARGV[1], 'seq', ARGV[2], 'op', ARGV[3])
"""

# KEYS: snap, ops. ARGV: id, n, state. Only forward; trims the stream to the previous one.
_SNAPSHOT = """
local cur = tonumber(redis.call('HGET', KEYS[1], 'n') or '0')
if tonumber(ARGV[2]) <= cur then return 0 end
local prev = redis.call('HGET', KEYS[1], 'id')
redis.call('HSET', KEYS[1], 'id', ARGV[1], 'n', ARGV[2], 'state', ARGV[3])
if prev then redis.call('XTRIM', KEYS[2], 'MINID', '~', prev) end
return 1
"""


@dataclass(eq=False)
class _Carried:
    """One scene as this process carries it through Redis."""

    scene: SharedScene
    prefix: str
    last_id: bytes = b"0-0"
    last_n: int = 0
    dirty: bool = False  # the outbox overflowed: publish one SET of the local scene instead
    pending: int = 0  # this process's ops of this scene not yet delivered back

    @property
    def keys(self) -> tuple[str, str, str]:
        return (self.prefix + ":ops", self.prefix + ":seq", self.prefix + ":pub")


@dataclass(eq=False)
class _Pending:
    seq: int
    carried: _Carried
    payload: bytes
    obj: dict
    applied: bool  # already applied to this process's scene (accepted while not live)


@dataclass
class _Waiter:
    upto: int
    future: asyncio.Future = field(repr=False)


class RedisBroker(Broker):
    """See the module docstring. ``url`` as redis-py's ``from_url`` reads it."""

    def __init__(
        self,
        url: str,
        *,
        snapshot_every: int = 100,
        outbox_limit: int = 10_000,
        outbox_bytes: int = 256 * 2**20,
        ttl: float = 10.0,
        connect_timeout: float = 3.0,
        max_backoff: float = 1.0,
        prefix: str = "vuer:",
    ):
        self.url = url
        self.snapshot_every = max(1, snapshot_every)
        self.outbox_limit = outbox_limit
        self.outbox_bytes = outbox_bytes
        self.ttl = ttl
        self.connect_timeout = connect_timeout
        self.max_backoff = max_backoff
        self.prefix = prefix
        self.instance = uuid.uuid4().hex[:12]
        self.live = False
        self.app: Vuer | None = None
        self.redis: aioredis.Redis | None = None
        self._carried: dict[str, _Carried] = {}
        self._outbox: OrderedDict[int, _Pending] = OrderedDict()
        self._outbox_size = 0
        self._seq = 0
        self._sent = 0  # highest seq sent on this connection
        self._unsent = asyncio.Event()
        self._registry_dirty = asyncio.Event()
        self._waiters: list[_Waiter] = []
        self._inbox_id = b"0-0"
        self._others: dict[str, dict] = {}  # other instances' info, as of the last heartbeat
        self._task: asyncio.Task | None = None
        self._attempted = asyncio.Event()  # the first connection attempt ended, either way
        self._down_since: float | None = None
        self._overflowed = False
        self._stopping = False
        self._bg: set[asyncio.Task] = set()
        self._epoch = 0  # one per connection: its loops end when it changes

    def __repr__(self):
        return f"RedisBroker({redact(self.url)!r}, instance={self.instance}, live={self.live})"

    # ---- Broker: lifecycle -----------------------------------------------------------------

    async def start(self, app: "Vuer") -> None:
        self.app = app
        self.redis = aioredis.Redis.from_url(
            self.url,
            decode_responses=False,
            socket_connect_timeout=2.0,
            socket_timeout=15.0,  # above every BLOCK / BLPOP timeout used here
            retry=Retry(NoBackoff(), 0),  # reconnecting is ours: with backoff, and said out loud
        )
        for scene in list(app.scenes.values()):
            self._attach(scene)
        self._task = asyncio.get_running_loop().create_task(self._run(), name="vuer-broker")
        waiter = asyncio.ensure_future(self._attempted.wait())
        await asyncio.wait({waiter, self._task}, timeout=self.connect_timeout, return_when=asyncio.FIRST_COMPLETED)
        waiter.cancel()
        if self._task.done():
            self._task.result()  # a bug of ours: let it show

    async def stop(self) -> None:
        self._stopping = True
        if self.live and self._outbox:
            await self.synced(timeout=2.0)
        self._registry_dirty.set()  # wake the loops: they end on _stopping
        self._unsent.set()
        if self._task is not None:
            await _cancel([self._task])
        for task in list(self._bg):
            task.cancel()
        await asyncio.gather(*self._bg, return_exceptions=True)
        if self.redis is not None:
            if self.live:
                try:
                    async with asyncio.timeout(1.0):
                        await self.redis.delete(self._k("inst", self.instance), self._k("inst", self.instance, "sessions"), self._k("inst", self.instance, "inbox"))
                        await self.redis.srem(self._k("instances"), self.instance)
                except (RedisError, OSError, TimeoutError) as exc:
                    logger.debug("broker: could not leave the registry: %s", exc)
            await self.redis.aclose()
        self.live = False
        for carried in self._carried.values():
            carried.scene.broker = None
            carried.scene.clear_notice(NOTICE_ID)
        self._resolve_waiters(False)

    # ---- Broker: ops -----------------------------------------------------------------------

    def publish(self, scene: SharedScene, event: dict, applied: bool) -> None:
        carried = self._carried[scene.name]
        if carried.dirty:  # the SET of the whole scene that goes out later carries it
            if not applied:
                scene.apply_local(event)
            return
        self._seq += 1
        payload = pack(event)
        self._outbox[self._seq] = _Pending(self._seq, carried, payload, event, applied)
        self._outbox_size += len(payload)
        carried.pending += 1
        if len(self._outbox) > self.outbox_limit or self._outbox_size > self.outbox_bytes:
            self._overflow()
        self._unsent.set()

    async def synced(self, timeout: float = 5.0) -> bool:
        if not self.live:
            return False
        upto = self._seq
        if not self._outbox or next(iter(self._outbox)) > upto:
            return True
        waiter = _Waiter(upto, asyncio.get_running_loop().create_future())
        self._waiters.append(waiter)
        try:
            async with asyncio.timeout(timeout):
                return await asyncio.shield(waiter.future)
        except TimeoutError:
            return False
        finally:
            if waiter in self._waiters:
                self._waiters.remove(waiter)

    def audience(self, scene: SharedScene) -> int:
        others = sum(int(info.get("scenes", {}).get(scene.name, 0)) for info in self._others.values())
        return len(scene.sessions) + others

    def sessions_changed(self) -> None:
        self._registry_dirty.set()

    # ---- Broker: sessions and relay ----------------------------------------------------------

    def _local_sessions(self) -> list[dict]:
        assert self.app is not None
        return [{**s.summary(), "instance": self.instance, "instanceUrl": self.app.url} for s in self.app.sessions.values()]

    async def sessions(self) -> dict:
        assert self.app is not None and self.redis is not None
        me = {"id": self.instance, "url": self.app.url, "sessions": len(self.app.sessions), "self": True}
        local = self._local_sessions()
        if not self.live:
            return {"sessions": local, "instances": [me], "error": f"scene broker {redact(self.url)} unreachable: only this instance's sessions"}
        try:
            others = [i for i in await self.redis.smembers(self._k("instances")) if i.decode() != self.instance]
            pipe = self.redis.pipeline(transaction=False)
            for inst in others:
                pipe.get(self._k("inst", inst.decode()))
                pipe.hgetall(self._k("inst", inst.decode(), "sessions"))
            replies = await pipe.execute()
        except (RedisError, OSError) as exc:
            return {"sessions": local, "instances": [me], "error": f"scene broker {redact(self.url)}: {exc}"}
        instances, found = [me], list(local)
        for inst, info, entries in zip(others, replies[::2], replies[1::2]):
            if info is None:  # its registry expired: that process is gone
                self._spawn(self.redis.srem(self._k("instances"), inst))
                continue
            info = json.loads(info)
            instances.append({"id": info["id"], "url": info.get("url"), "sessions": len(entries)})
            for raw in entries.values():
                found.append({**json.loads(raw), "instance": info["id"], "instanceUrl": info.get("url")})
        return {"sessions": found, "instances": instances}

    async def relay(self, sid: str, events: list[dict]) -> tuple[int, dict] | None:
        unreachable = 503, {"error": f"no session {sid!r} here, and the scene broker {redact(self.url)} is unreachable to ask the others"}
        if not self.live:
            return unreachable
        try:
            return await self._relay(sid, events)
        except (RedisError, OSError) as exc:
            logger.warning("relay to %s through the broker failed: %s", sid, exc)
            return unreachable

    async def _relay(self, sid: str, events: list[dict]) -> tuple[int, dict] | None:
        owner = await self._owner_of(sid)
        if owner is None:
            return None
        answer = await self._ask(owner, "relay", {"sid": sid, "events": events}, timeout=5.0)
        if answer is None:
            return 504, {"error": f"instance {owner} holds session {sid!r} but did not answer within 5 s"}
        status, payload = json.loads(answer)
        return status, {**payload, "instance": owner}

    async def render(self, sid: str, query: dict[str, str]) -> Picture | None:
        if not self.live:
            return Picture.error(503, f"no session {sid!r} here, and the scene broker {redact(self.url)} is unreachable to ask the others")
        try:
            owner = await self._owner_of(sid)
            if owner is None:
                return None
            timeout = render_wait(query) + 5.0  # the owner's own deadline, and the hop
            answer = await self._ask(owner, "render", {"sid": sid, "query": query}, timeout=timeout)
        except (RedisError, OSError) as exc:
            logger.warning("render of %s through the broker failed: %s", sid, exc)
            return Picture.error(503, f"no session {sid!r} here, and the scene broker {redact(self.url)} failed: {exc}")
        if answer is None:
            return Picture.error(504, f"instance {owner} holds session {sid!r} but did not answer within {timeout:g} s")
        status, body, content_type, headers = unpack(answer)
        return Picture(status, body, content_type, {**headers, "X-Instance": owner})

    async def _owner_of(self, sid: str) -> str | None:
        """The other instance whose registry lists ``sid``, if any."""
        assert self.redis is not None
        others = [i for i in await self.redis.smembers(self._k("instances")) if i.decode() != self.instance]
        pipe = self.redis.pipeline(transaction=False)
        for inst in others:
            pipe.hexists(self._k("inst", inst.decode(), "sessions"), sid)
        return next((inst.decode() for inst, has in zip(others, await pipe.execute()) if has), None)

    async def _ask(self, owner: str, kind: str, body: dict, timeout: float) -> bytes | None:
        """Put a request in ``owner``'s inbox and wait (bounded) for its answer."""
        assert self.redis is not None
        reply = self._k("reply", uuid.uuid4().hex)
        payload = pack({**body, "reply": reply})
        await self.redis.xadd(self._k("inst", owner, "inbox"), {"kind": kind, "body": payload}, maxlen=1000, approximate=True)
        answer = await self.redis.blpop([reply], timeout=timeout)
        return None if answer is None else answer[1]

    # ---- the connection --------------------------------------------------------------------

    def _k(self, *parts) -> str:
        return self.prefix + ":".join(p.decode() if isinstance(p, bytes) else str(p) for p in parts)

    def _attach(self, scene: SharedScene) -> _Carried:
        carried = _Carried(scene, self._k("scene", scene.name))
        self._carried[scene.name] = carried
        scene.broker = self
        return carried

    async def _run(self) -> None:
        delay = 0.05
        while not self._stopping:
            loops: list[asyncio.Task] = []
            try:
                await self._connect()
                delay = 0.05
                loop = asyncio.get_running_loop()
                epoch = self._epoch
                loops = [
                    loop.create_task(self._reader(epoch), name="vuer-broker-reader"),
                    loop.create_task(self._writer(epoch), name="vuer-broker-writer"),
                    loop.create_task(self._heartbeat(epoch), name="vuer-broker-heartbeat"),
                ]
                for task in loops:
                    task.add_done_callback(_retrieve)
                done, _ = await asyncio.wait(loops, return_when=asyncio.FIRST_COMPLETED)
                for task in done:
                    if not task.cancelled() and task.exception() is not None:
                        raise task.exception()
            except (RedisError, OSError, TimeoutError) as exc:
                self._down(exc)
            except Exception as exc:  # our bug: say so, then behave as for an outage
                logger.error("scene broker: internal error; reconnecting", exc_info=exc)
                self._down(exc)
            finally:
                self._epoch += 1  # the loops of this connection end at their next turn
                await _cancel(loops)
            await asyncio.sleep(delay * random.uniform(0.5, 1.0))
            delay = min(delay * 2, self.max_backoff)

    async def _connect(self) -> None:
        """Connect, give Redis what this process holds, take what Redis holds; then live."""
        assert self.redis is not None
        # Pooled connections to a Redis that went away fail on first use ("closed by
        # server"): start each attempt on fresh ones.
        await self.redis.connection_pool.disconnect()
        await self.redis.ping()
        self._sent = 0  # unconfirmed ops go again; _PUBLISH drops those Redis already has
        for carried in list(self._carried.values()):
            await self._seed(carried)
        while self._unsent_batch():
            await self._send_batch()
        for carried in list(self._carried.values()):
            await self._resync(carried)
        await self._write_registry()
        self.live = True
        self._attempted.set()
        if self._down_since is not None:
            logger.warning("scene broker %s is back after %.1f s; caught up", redact(self.url), time.monotonic() - self._down_since)
            for carried in self._carried.values():
                carried.scene.clear_notice(NOTICE_ID)
        else:
            logger.info("scene broker %s: instance %s joined, %d scene(s)", redact(self.url), self.instance, len(self._carried))
        self._down_since = None
        self._overflowed = False

    def _down(self, exc: BaseException) -> None:
        """Redis went away: keep serving what this process has, and say so."""
        was_live, self.live = self.live, False
        self._attempted.set()
        self._resolve_waiters(False)
        for pending in self._outbox.values():  # accepted but not seen back: show them here now
            if not pending.applied:
                pending.applied = True
                try:
                    pending.carried.scene.apply_local(pending.obj)
                except SceneError as err:
                    logger.warning("scene %r: an op waiting for the broker no longer applies: %s", pending.carried.scene.name, err)
        for carried in self._carried.values():
            carried.scene.settle()
        if self._stopping:
            return
        if was_live or self._down_since is None:
            self._down_since = time.monotonic()
            what = "lost" if was_live else "cannot reach"
            logger.error(
                "scene broker %s: %s it (%s: %s). Serving the last scene; changes made here are kept "
                "(up to %d ops) and sent when it is back. Retrying.",
                redact(self.url), what, type(exc).__name__, exc, self.outbox_limit,
            )
            message = f"Scene broker {redact(self.url)} unreachable: showing the last scene; changes made on this server are kept and sent when it is back."
            for carried in self._carried.values():
                carried.scene.show_notice(NOTICE_ID, message, f"{type(exc).__name__}: {exc}")
        else:
            logger.debug("scene broker %s: still unreachable: %s", redact(self.url), exc)

    # ---- publishing ------------------------------------------------------------------------

    def _overflow(self) -> None:
        """Past the bound: collapse every scene's waiting ops into one SET of the local scene."""
        if not self._overflowed:
            logger.warning(
                "scene broker: %d ops (%.1f MiB) wait to be published; past the bound: each scene will be "
                "published as one SET of this instance's scene instead (it wins over changes made elsewhere meanwhile)",
                len(self._outbox), self._outbox_size / 2**20,
            )
            self._overflowed = True
        for seq, pending in list(self._outbox.items()):
            if not pending.applied:
                try:
                    pending.carried.scene.apply_local(pending.obj)
                except SceneError:
                    pass
            pending.carried.dirty = True
            self._drop(seq)

    def _drop(self, seq: int) -> None:
        pending = self._outbox.pop(seq, None)
        if pending is None:
            return
        self._outbox_size -= len(pending.payload)
        carried = pending.carried
        carried.pending -= 1
        if carried.pending == 0:
            carried.scene.settle()
        if self._waiters:
            first = next(iter(self._outbox), None)
            for waiter in list(self._waiters):
                if first is None or first > waiter.upto:
                    self._waiters.remove(waiter)
                    if not waiter.future.done():
                        waiter.future.set_result(True)

    def _resolve_waiters(self, value: bool) -> None:
        for waiter in self._waiters:
            if not waiter.future.done():
                waiter.future.set_result(value)
        self._waiters.clear()

    def _unsent_batch(self, limit: int = 256) -> list[_Pending]:
        batch = []
        for seq, pending in self._outbox.items():
            if seq > self._sent:
                batch.append(pending)
                if len(batch) >= limit:
                    break
        return batch

    async def _send_batch(self) -> None:
        assert self.redis is not None
        batch = self._unsent_batch()
        dirty = [c for c in self._carried.values() if c.dirty]
        if not batch and not dirty:
            return
        for carried in dirty:
            await self._publish_scene(carried, mode="any")
        if batch:
            pipe = self.redis.pipeline(transaction=False)
            for pending in batch:
                pipe.eval(_PUBLISH, 3, *pending.carried.keys, self.instance, pending.seq, pending.payload, "any")
            await pipe.execute()
            self._sent = max(self._sent, batch[-1].seq)

    async def _publish_scene(self, carried: _Carried, mode: str) -> bool:
        """Publish one SET of this process's scene (``if_empty``: only into an empty Redis).
        Returns whether it went in; then this scene's waiting ops are dropped (it holds them)."""
        assert self.redis is not None
        store = carried.scene.store
        self._seq += 1
        event = {"etype": "SET", "data": store.snapshot(), "ts": int(time.time() * 1000)}
        added = await self.redis.eval(_PUBLISH, 3, *carried.keys, self.instance, self._seq, pack(event), mode)
        if added is None:
            return False
        for seq, pending in list(self._outbox.items()):
            if pending.carried is carried:
                self._drop(seq)
        carried.dirty = False
        return True

    async def _seed(self, carried: _Carried) -> None:
        """Give an empty Redis this process's scene (first start, or Redis restarted empty)."""
        if carried.dirty:
            await self._publish_scene(carried, mode="any")
        elif not carried.scene.store.empty and await self._publish_scene(carried, mode="if_empty"):
            logger.info("scene %r: Redis had no copy; wrote this instance's (%d elements)", carried.scene.name, len(carried.scene.store))

    async def _writer(self, epoch: int) -> None:
        while not self._stopping and epoch == self._epoch:
            await self._unsent.wait()
            if not self._unsent_batch() and not any(c.dirty for c in self._carried.values()):
                self._unsent.clear()
                continue
            await self._send_batch()

    # ---- reading -----------------------------------------------------------------------------

    async def _resync(self, carried: _Carried) -> None:
        """Load the snapshot and the ops after it; the scene's clients get what differs."""
        assert self.redis is not None
        snap = await self.redis.hgetall(carried.prefix + ":snap")
        acked = int(await self.redis.hget(carried.keys[2], self.instance) or 0)
        rebuilt = SharedScene(carried.scene.name)
        last_id, last_n, snap_n = b"0-0", 0, 0
        if snap:
            state = unpack(snap[b"state"])
            if state.get("scene") is not None:
                rebuilt.store.set(state["scene"])
            rebuilt.errors = dict(state.get("errors") or {})
            last_id, last_n = snap[b"id"], int(snap[b"n"])
            snap_n = last_n
        entries = await self.redis.xrange(carried.keys[0], min=b"(" + last_id if snap else "-", max="+")
        saw_set = False
        for entry_id, fields in entries:
            n = int(fields[b"n"])
            if n <= last_n:
                continue
            if n != last_n + 1:
                logger.error("scene %r: ops %d..%d are missing from Redis; going on from op %d", carried.scene.name, last_n + 1, n - 1, n)
            event = unpack(fields[b"op"])
            saw_set = saw_set or event.get("etype") == "SET"
            rebuilt.deliver(event)
            last_id, last_n = entry_id, n
        for seq, pending in list(self._outbox.items()):  # what Redis already has from this process
            if pending.carried is carried and seq <= acked:
                self._drop(seq)
        carried.last_id, carried.last_n = last_id, last_n
        carried.scene.replace(rebuilt.store, rebuilt.errors)
        if last_n > snap_n and (saw_set or last_n - snap_n >= self.snapshot_every):
            await self._write_snapshot(carried, last_id, last_n, self._state(carried))

    async def _reader(self, epoch: int) -> None:
        assert self.redis is not None
        inbox = self._k("inst", self.instance, "inbox")
        while not self._stopping and epoch == self._epoch:
            for scene in list(self.app.scenes.values()):  # scenes added since (vuer watch)
                if scene.name not in self._carried:
                    carried = self._attach(scene)
                    await self._seed(carried)
                    await self._resync(carried)
            by_key = {c.keys[0]: c for c in self._carried.values()}
            streams = {key: c.last_id for key, c in by_key.items()}
            streams[inbox] = self._inbox_id
            replies = await self.redis.xread(streams, count=512, block=1000)
            for key, entries in replies or ():
                key = key.decode()
                if key == inbox:
                    for entry_id, fields in entries:
                        self._inbox_id = entry_id
                        await self._on_inbox(fields)
                    continue
                carried = by_key[key]
                for entry_id, fields in entries:
                    if not self._on_entry(carried, entry_id, fields):
                        await self._resync(carried)
                        break

    def _on_entry(self, carried: _Carried, entry_id: bytes, fields: dict) -> bool:
        """Deliver one op; False when ops are missing before it (then: resync)."""
        n = int(fields[b"n"])
        if n <= carried.last_n:
            return True
        if n != carried.last_n + 1:
            logger.warning("scene %r: ops %d..%d missed (trimmed or Redis restarted); reloading the snapshot", carried.scene.name, carried.last_n + 1, n - 1)
            return False
        event = unpack(fields[b"op"])
        mine = fields[b"from"].decode() == self.instance
        carried.last_id, carried.last_n = entry_id, n
        carried.scene.deliver(event, mine=mine)
        if mine:
            self._drop(int(fields[b"seq"]))
            if event.get("etype") == "SET" or n % self.snapshot_every == 0:
                # The state after op n, packed now: by the time the write runs, more may apply.
                self._spawn(self._write_snapshot(carried, entry_id, n, self._state(carried)))
        return True

    @staticmethod
    def _state(carried: _Carried) -> bytes:
        scene = carried.scene
        return pack({"scene": None if scene.store.empty else scene.store.snapshot(), "errors": scene.errors})

    async def _write_snapshot(self, carried: _Carried, entry_id: bytes, n: int, state: bytes) -> None:
        assert self.redis is not None
        await self.redis.eval(_SNAPSHOT, 2, carried.prefix + ":snap", carried.keys[0], entry_id, n, state)

    async def _on_inbox(self, fields: dict) -> None:
        assert self.redis is not None and self.app is not None
        kind = fields.get(b"kind")
        if kind == b"relay":
            body = unpack(fields[b"body"])
            status, answer = relay_to_session(self.app, body["sid"], body["events"])
            await self._answer(body["reply"], json.dumps([status, answer]))
        elif kind == b"render":  # waits for the client: not on the reader's path
            self._spawn(self._render_for(unpack(fields[b"body"])))

    async def _render_for(self, body: dict) -> None:
        picture = await render_here(self.app, {**body["query"], "sid": body["sid"]})
        await self._answer(body["reply"], pack([picture.status, picture.body, picture.content_type, picture.headers]))

    async def _answer(self, reply: str, payload) -> None:
        assert self.redis is not None
        pipe = self.redis.pipeline(transaction=True)
        pipe.rpush(reply, payload)
        pipe.expire(reply, 30)
        await pipe.execute()

    # ---- the session registry ------------------------------------------------------------------

    async def _heartbeat(self, epoch: int) -> None:
        while not self._stopping and epoch == self._epoch:
            # asyncio.timeout, not wait_for: 3.11's wait_for can swallow a cancellation that
            # arrives as the event fires, and stop() would wait for this task for ever.
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(self.ttl / 3):
                    await self._registry_dirty.wait()
            self._registry_dirty.clear()
            if not self._stopping and epoch == self._epoch:
                await self._write_registry()

    async def _write_registry(self) -> None:
        assert self.redis is not None and self.app is not None
        ttl_ms = int(self.ttl * 1000)
        info = {
            "id": self.instance,
            "url": self.app.url,
            "host": socket.gethostname(),
            "pid": os.getpid(),
            "scenes": {c.scene.name: len(c.scene.sessions) for c in self._carried.values()},
        }
        entries = {sid: json.dumps(s.summary()) for sid, s in self.app.sessions.items()}
        sessions_key = self._k("inst", self.instance, "sessions")
        pipe = self.redis.pipeline(transaction=True)
        pipe.set(self._k("inst", self.instance), json.dumps(info), px=ttl_ms)
        pipe.sadd(self._k("instances"), self.instance)
        pipe.delete(sessions_key)
        if entries:
            pipe.hset(sessions_key, mapping=entries)
            pipe.pexpire(sessions_key, ttl_ms)
        await pipe.execute()
        others = [i.decode() for i in await self.redis.smembers(self._k("instances")) if i.decode() != self.instance]
        infos = await self.redis.mget([self._k("inst", i) for i in others]) if others else []
        self._others = {i: json.loads(raw) for i, raw in zip(others, infos) if raw is not None}

    def _spawn(self, coro) -> None:
        task = asyncio.get_running_loop().create_task(self._quietly(coro))
        self._bg.add(task)
        task.add_done_callback(self._bg.discard)

    @staticmethod
    async def _quietly(coro) -> None:
        try:
            await coro
        except (RedisError, OSError, TimeoutError) as exc:  # the reader notices an outage itself
            logger.debug("scene broker: background write failed: %s", exc)


async def _cancel(tasks: list[asyncio.Task], rounds: int = 10) -> None:
    """Cancel and wait; cancel again when a cancellation was swallowed on its way down
    (redis-py 8 does so inside pipelines: seen in 139 of 300 tries), so that stopping and
    reconnecting always end."""
    pending = {t for t in tasks if not t.done()}
    for _ in range(rounds):
        if not pending:
            return
        for task in pending:
            task.cancel()
        _, pending = await asyncio.wait(pending, timeout=0.5)
    if pending:
        logger.warning("scene broker: %d task(s) ignore cancellation; left to end on their own", len(pending))


def _retrieve(task: asyncio.Task) -> None:
    """A loop that fails after its connection was given up is not news: mark it seen."""
    if not task.cancelled():
        task.exception()
