"""Fuzz the websocket: >= 10,000 random and mutated client frames against a live server.

Hypothesis draws *recipes* (which valid frame to start from, which mutations, where) in
batches; a small interpreter turns each recipe into bytes. Drawing one Hypothesis example
per frame costs ~3 ms of its own bookkeeping on a small machine, so a batch of 25 frames per
example keeps 10,000 frames well under a minute. The seed is fixed (printed; set
``VUER_FUZZ_SEED`` to try others): the same frames every run. A failure prints the recipe
batch, and ``_frame(recipe)`` rebuilds each frame.

A second client watches the whole time. The test fails on any ERROR logged by the server's
own code (vuer_cli, aiohttp, asyncio), on a 1011 close, if the watcher stops receiving, if
the shared scene changes, if a handler sees an odd field, or if an RPC outlives its client.
"""

from __future__ import annotations

import asyncio
import copy
import math
import os
import random
import time

import aiohttp
import msgpack
from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st

from vuer_cli import RPCError
from vuer_cli.schema import Box, Scene

from ..conftest import INIT_VALUE, WSClient, running, wait_until

FRAMES_WANTED = 10_000
FUZZ_SEED = int(os.environ.get("VUER_FUZZ_SEED", "20261126"))
BATCH = 25
EXAMPLES = FRAMES_WANTED // BATCH + 10

PENDING = "@PENDING-RPC"  # replaced by the rtype of the RPC the server is waiting on


class UserBug(Exception):
    """Raised on purpose by a handler: the user's bug, which the server must only report."""


BASES = [
    {"etype": "INIT", "ts": 1795669918.46, "value": dict(INIT_VALUE)},
    {
        "etype": "CAMERA_MOVE",
        "key": "defaultCamera",
        "value": {
            "camera": {
                "position": [-0.522, -0.131, 4.971],
                "rotation": [0.0263, -0.1047, 0.0028],
                "quaternion": [0.0131, -0.0523, 0.0007, 0.9985],
                "matrix": [1.0, 0, 0, 0, 0, 1.0, 0, 0, 0, 0, 1.0, 0, -0.5, -0.1, 4.9, 1.0],
                "near": 0.1, "far": 1000, "zoom": 1, "width": 960, "height": 720, "ctype": "perspective",
                "fov": 75, "aspect": 1.3333333333333333,
            }
        },
    },
    {"etype": "ON_CLICK", "ts": 1795669926.212, "value": {"key": "box"}},
    {"etype": "ON_CLICK", "ts": 1795669926.5, "value": {"key": "boom"}},  # the handler raises UserBug
    {"etype": PENDING, "ts": 1795669930.88, "key": "DEFAULT", "value": {"dpr": 1, "delta": 9191, "width": 960, "height": 720, "frame": b"\xff\xd8\xff\xe0JFIF"}},
    {"etype": "GRAB_RENDER_RESPONSE@3b0c1f0e-0000-4000-8000-000000000000", "ts": 1.0, "key": "DEFAULT", "value": {"frame": b"\xff\xd8"}},
    {"etype": "CLICK", "key": "btn", "value": {"key": "btn"}},
]

WEIRD = [
    None, True, False, 0, -1, 2**63 - 1, -(2**63), 2**64 - 1, 1.5, -0.0,
    float("nan"), float("inf"), float("-inf"), 1e308, 5e-324,
    "", "x" * 10_000, "\x00", "é😀\u202e", "INIT", "DEFAULT", "defaultCamera",
    b"", b"\xff" * 16, b"x" * 5000, b"\x00\x01",
    [], {}, [None] * 64, {"a": {"b": {"c": [{}]}}}, {"key": 5}, {"key": b"box"},
    {"frame": "not-bytes"}, {"error": [1]}, {"error": "client said no"}, {"done": "yes"},
    {1: 2}, {b"bin-key": 1}, {None: None}, {"camera": None}, {"camera": {"matrix": "x"}},
    msgpack.ExtType(5, b"ext"), msgpack.ExtType(127, b"\x00" * 4), msgpack.Timestamp(1, 0),
]
FIELDS = ["etype", "ts", "key", "value", "uuid", "_serialize", "__class__", "done", "rtype", "data", "x" * 300, ""]
ETYPES = ["INIT", "CAMERA_MOVE", "ON_CLICK", "CLICK", PENDING, "GRAB_RENDER_RESPONSE@nobody", "", "x" * 5000, "SET", "UPSERT", "ERROR", "NULL", "\x00", "ON_CLICK "]

# a recipe: (base index, [(op, a, b), (op, a, b)])
_mutation = st.tuples(st.integers(0, 15), st.integers(0, 2**20), st.integers(0, 2**16))
_recipe = st.tuples(st.integers(0, len(BASES) - 1), st.lists(_mutation, min_size=0, max_size=2))


def _slots(obj):
    """Every (container, key) in obj, depth first: where a structural mutation can land."""
    out, stack = [], [obj]
    while stack:
        item = stack.pop()
        pairs = item.items() if isinstance(item, dict) else enumerate(item) if isinstance(item, list) else ()
        for k, v in pairs:
            out.append((item, k))
            if isinstance(v, (dict, list)):
                stack.append(v)
    return out


def _swap_type(v):
    if isinstance(v, str):
        return v.encode("utf-8", "surrogatepass")
    if isinstance(v, bytes):
        return v.decode("latin-1")
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, (int, float)):
        return str(v)
    if isinstance(v, dict):
        return list(v.items())
    if isinstance(v, list):
        return {str(i): x for i, x in enumerate(v)}
    return 0


def _nest(v, levels: int):
    for i in range(levels):
        v = [v] if i % 2 else {"n": v}
    return v


def _frame(recipe, rtype: str | None = None) -> bytes:
    """The bytes a recipe stands for (deterministic)."""
    base, mutations = recipe
    obj = copy.deepcopy(BASES[base])
    byte_ops = []
    for op, a, b in mutations:
        slots = _slots(obj) if isinstance(obj, (dict, list)) else []
        if op == 0:
            continue
        elif op == 1 and slots:  # replace a value with a weird one
            c, k = slots[a % len(slots)]
            c[k] = copy.deepcopy(WEIRD[b % len(WEIRD)])
        elif op == 2 and slots:  # drop a field
            c, k = slots[a % len(slots)]
            del c[k]
        elif op == 3 and isinstance(obj, dict):  # add a field
            obj[FIELDS[b % len(FIELDS)]] = copy.deepcopy(WEIRD[a % len(WEIRD)])
        elif op == 4 and slots:  # swap a value's type (str <-> bin, number -> str, map <-> list)
            c, k = slots[a % len(slots)]
            c[k] = _swap_type(c[k])
        elif op == 5 and slots:  # deep nesting, around the decoder's limit of 64 and beyond
            c, k = slots[a % len(slots)]
            c[k] = _nest(c[k], b % 200)
        elif op == 6 and isinstance(obj, dict):  # another etype
            obj["etype"] = ETYPES[b % len(ETYPES)]
        elif op == 7:  # not a map at all
            obj = copy.deepcopy(WEIRD[b % len(WEIRD)])
        else:
            byte_ops.append((op, a, b))
    if isinstance(obj, dict) and obj.get("etype") == PENDING:
        obj["etype"] = rtype or "GRAB_RENDER_RESPONSE@none-pending"
    data = bytearray(msgpack.packb(obj, use_bin_type=True))
    for op, a, b in byte_ops:
        if op == 8:  # bit flips
            for i in range(1 + b % 3):
                data[(a + 7919 * i) % len(data)] ^= 1 << ((b >> (2 * i)) % 8)
        elif op == 9:  # truncation
            data = data[: a % len(data)]
        elif op == 10:  # insert a byte
            data.insert(a % (len(data) + 1), b % 256)
        elif op == 11:  # trailing garbage
            data += bytes((b + i) % 256 for i in range(1 + a % 32))
        elif op == 12:  # random bytes
            data = bytearray(random.Random(a * 65536 + b).randbytes(a % 300))
        elif op == 13:  # a hand-made deep nest the packer would refuse
            data = bytearray(b"\x82\xa5etype\xa8ON_CLICK\xa5value" + b"\x91" * (a % 100_000) + b"\xc0")
        elif op == 14:  # a length header that lies (claims ~4G items)
            data = bytearray(b"\xdd\xff\xff\xff\xf0") + data
        elif op == 15:  # a duplicated slice
            i = a % max(1, len(data))
            data[i:i] = data[i : i + 1 + b % 64]
        if not data:
            data = bytearray(b"\xc0")
    return bytes(data)


class Fuzzer:
    """One fuzzing socket at a time; reconnects whenever the server closes it."""

    def __init__(self, app, http):
        self.app, self.http = app, http
        self.ws: aiohttp.ClientWebSocketResponse | None = None
        self.session = None
        self.rpc: asyncio.Task | None = None
        self.rtype: str | None = None
        self.frames = 0
        self.outcomes: dict[str, int] = {}
        self.rpc_results: dict[str, int] = {}
        self.slow_rpc_failures: list[float] = []
        self._ping = 0

    async def connect(self):
        before = set(self.app.sessions)
        self.ws = await self.http.ws_connect(f"ws://127.0.0.1:{self.app.port}/", autoping=False, max_msg_size=0)
        await wait_until(lambda: set(self.app.sessions) - before, what="fuzz session")
        (sid,) = set(self.app.sessions) - before
        self.session = self.app.sessions[sid]
        self.rtype = None
        self.rpc = asyncio.ensure_future(self.session.grab_render(ttl=120))  # an RPC the fuzz frames may answer

    async def send(self, recipe) -> None:
        if self.ws is None or self.ws.closed:
            await self.connect()
        await self.ws.send_bytes(_frame(recipe, self.rtype))
        self._ping += 1
        await self.ws.ping(str(self._ping).encode())
        self.frames += 1
        async with asyncio.timeout(10):
            while True:
                msg = await self.ws.receive()
                if msg.type == aiohttp.WSMsgType.PONG and msg.data == str(self._ping).encode():
                    self._count("read")  # the server read the frame and went on
                    break
                if msg.type == aiohttp.WSMsgType.PING:
                    await self.ws.pong(msg.data)
                elif msg.type == aiohttp.WSMsgType.BINARY:
                    event = msgpack.unpackb(msg.data, raw=False, strict_map_key=False)
                    if event.get("etype") == "GRAB_RENDER":
                        self.rtype = event["rtype"]
                elif msg.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSING, aiohttp.WSMsgType.CLOSED):
                    self._count(f"closed {self.ws.close_code}")
                    await self._ended()
                    break
        if self.rpc is not None and self.rpc.done():
            self._rpc_result()
            self.rpc = asyncio.ensure_future(self.session.grab_render(ttl=120))

    async def _ended(self):
        """The server closed the socket: the pending RPC must fail at once, not at its ttl."""
        await self.ws.close()
        t0 = time.monotonic()
        try:
            await asyncio.wait_for(asyncio.shield(self.rpc), 5)
        except (RPCError, asyncio.TimeoutError, Exception):
            pass
        if not self.rpc.done():
            self.slow_rpc_failures.append(time.monotonic() - t0)
            self.rpc.cancel()
        else:
            self._rpc_result()
        self.rpc = None

    def _rpc_result(self):
        try:
            answer = self.rpc.result()
            kind = "answered" if isinstance(answer.value, dict) else f"answered with a {type(answer.value).__name__} value"
        except RPCError as exc:
            kind = "RPCError: closed" if "closed" in str(exc) else "RPCError: malformed/error answer"
        except asyncio.CancelledError:
            kind = "cancelled"
        except BaseException as exc:  # noqa: BLE001 - counted, then asserted against
            kind = f"unexpected {type(exc).__name__}"
        self.rpc_results[kind] = self.rpc_results.get(kind, 0) + 1

    def _count(self, what):
        self.outcomes[what] = self.outcomes.get(what, 0) + 1


def test_fuzz_frames_never_crash_the_server(errlog):
    loop = asyncio.new_event_loop()
    violations: list[str] = []
    handled = {"boom": 0}

    def check(event, session):
        """What every handler may rely on, whatever the client sent."""
        if not isinstance(event.etype, str):
            violations.append(f"etype {event.etype!r}")
        ts = event.ts
        if not (isinstance(ts, (int, float)) and not isinstance(ts, bool) and math.isfinite(ts)):
            violations.append(f"ts {ts!r}")
        if event.key is not None and not isinstance(event.key, str):
            violations.append(f"key {event.key!r}")
        if not callable(getattr(event, "_serialize", None)):
            violations.append("_serialize shadowed")

    def boom(event, session):
        if isinstance(event.value, dict) and event.value.get("key") == "boom":
            handled["boom"] += 1
            raise UserBug("a handler's own bug")

    def spawned(session):
        """A plain-def spawn function with a bug for odd INITs: reported, never fatal."""
        if not isinstance(session.info.get("screenWidth"), int):
            handled["boom"] += 1
            raise UserBug("a spawn function's own bug")

    async def slow(event, session):
        await asyncio.sleep(0)  # async handlers run as tasks, ended with their session
        if isinstance(event.value, dict) and "camera" in event.value:
            await asyncio.sleep(0.001)

    async def setup():
        ctx = running()
        app = await ctx.__aenter__()
        for etype in set(ETYPES) | {"INIT", "CAMERA_MOVE", "ON_CLICK", "CLICK"}:
            app.add_handler(etype, check)
        app.add_handler("ON_CLICK", boom)
        app.add_handler("CAMERA_MOVE", slow)
        app.spawn(spawned)
        app.scene.set @ Scene(Box(key="anchor", material={"color": "red"}), key="shared")
        http = aiohttp.ClientSession()
        ws = await http.ws_connect(f"ws://127.0.0.1:{app.port}/", max_msg_size=0)
        watcher = WSClient(ws)
        await watcher.init(client="watcher")
        assert (await watcher.recv("SET"))["data"]["children"][0]["key"] == "anchor"
        await wait_until(lambda: any(s.info.get("client") == "watcher" for s in app.sessions.values()), what="watcher")
        wsession = next(s for s in app.sessions.values() if s.info.get("client") == "watcher")
        return ctx, app, http, watcher, wsession

    ctx, app, http, watcher, wsession = loop.run_until_complete(setup())
    scene_before = copy.deepcopy(app.scene.store.snapshot())
    fuzzer = Fuzzer(app, http)
    ticks = {"sent": 0, "seen": 0, "worst": 0.0}

    async def batch(recipes):
        for recipe in recipes:
            await fuzzer.send(recipe)
            if fuzzer.frames % 100 == 0:  # the watcher keeps getting what it is sent
                ticks["sent"] += 1
                key = f"tick-{ticks['sent']}"
                t0 = time.monotonic()
                wsession.upsert @ Box(key=key)
                frame = await watcher.recv("UPSERT", timeout=5)
                assert frame["data"]["nodes"][0]["key"] == key
                ticks["seen"] += 1
                ticks["worst"] = max(ticks["worst"], time.monotonic() - t0)
        errors = errlog.errors(allow=(UserBug,))
        assert not errors, errors  # fail at the batch that caused it (Hypothesis prints it)

    @settings(
        max_examples=EXAMPLES,
        database=None,
        deadline=None,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
        print_blob=True,
    )
    @seed(FUZZ_SEED)
    @given(recipes=st.lists(_recipe, min_size=BATCH, max_size=BATCH))
    def fuzz(recipes):
        loop.run_until_complete(batch(recipes))

    t0 = time.monotonic()
    try:
        fuzz()
        elapsed = time.monotonic() - t0

        async def finish():
            if fuzzer.ws is not None and not fuzzer.ws.closed:
                await fuzzer.ws.close()
                await fuzzer._ended()
            await wait_until(lambda: len(app.sessions) == 1, what="only the watcher left")
            wsession.upsert @ Box(key="last")
            assert (await watcher.recv("UPSERT"))["data"]["nodes"][0]["key"] == "last"
            assert not watcher.ws.closed

        loop.run_until_complete(finish())
    finally:

        async def teardown():
            await watcher.close()
            await http.close()
            await ctx.__aexit__(None, None, None)

        loop.run_until_complete(teardown())
        loop.close()

    print(
        f"\nfuzz: {fuzzer.frames} frames in {elapsed:.1f} s (hypothesis seed {FUZZ_SEED}, {EXAMPLES} batches of {BATCH}); "
        f"outcomes {dict(sorted(fuzzer.outcomes.items()))}; pending RPCs {fuzzer.rpc_results}; "
        f"user-handler bugs reported {handled['boom']}; watcher ticks {ticks['seen']}/{ticks['sent']} "
        f"(slowest {ticks['worst'] * 1000:.0f} ms)"
    )
    assert fuzzer.frames >= FRAMES_WANTED
    assert errlog.errors(allow=(UserBug,)) == []
    assert not any(k.startswith("closed 1011") for k in fuzzer.outcomes), fuzzer.outcomes  # no server bug
    assert set(k for k in fuzzer.outcomes if k.startswith("closed")) <= {"closed 1007"}, fuzzer.outcomes
    assert fuzzer.outcomes.get("read", 0) > 1000 and fuzzer.outcomes.get("closed 1007", 0) > 1000  # both paths exercised
    assert violations == []
    assert fuzzer.slow_rpc_failures == []  # each RPC ended within 5 s of its client going
    assert set(fuzzer.rpc_results) <= {"answered", "RPCError: closed", "RPCError: malformed/error answer"}, fuzzer.rpc_results
    assert fuzzer.rpc_results.get("RPCError: closed", 0) > 100
    assert ticks["seen"] == ticks["sent"] >= 100
    assert handled["boom"] > 0 and any(r.exc_info and isinstance(r.exc_info[1], UserBug) for r in errlog.records)
    assert app.scene.store.snapshot() == scene_before  # the shared scene is untouched
