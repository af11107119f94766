"""Scale-out fixtures: real ``redis-server`` processes and real ``vuer serve`` processes on
loopback, and websocket clients that mirror the scene they are shown.

Each Redis runs in a tmp dir on a free port with persistence off, so "restart" (kill, start
again on the same port) comes back empty, as a restarted cache would. Waiting is on lines a
process prints and on frames a client receives, always with a bound.
"""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import os
import re
import shutil
import signal
import socket
import sys
import time
from pathlib import Path

import aiohttp
import msgpack
import pytest

from vuer_cli.server.store import SceneStore

from ..conftest import INIT_VALUE

needs_redis = pytest.mark.skipif(shutil.which("redis-server") is None, reason="needs redis-server (apt-get install redis-server)")
"""Each module's ``pytestmark``: .ci/run installs redis-server; a developer may not have it."""

SCENE_YAML = """\
scene:
  children:
    - Box: {key: base, args: [1, 1, 1], material: {color: red}}
"""


_LIVE: set[int] = set()
"""Children still running: killed when pytest exits however a test ended (timeout, ^C)."""


@atexit.register
def _kill_leftovers() -> None:
    for pid in _LIVE:
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Process:
    """A child process whose output is read line by line in the background (and kept in a log)."""

    def __init__(self, name: str, log: Path):
        self.name = name
        self.log = log
        self.proc: asyncio.subprocess.Process | None = None
        self.lines: list[str] = []
        self._changed = asyncio.Condition()
        self._reader: asyncio.Task | None = None

    async def spawn(self, *argv: str, env: dict | None = None) -> None:
        self.lines = []
        self.proc = await asyncio.create_subprocess_exec(
            *argv, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT, env=env
        )
        _LIVE.add(self.proc.pid)
        self._reader = asyncio.get_running_loop().create_task(self._read(self.proc))

    async def _read(self, proc) -> None:
        with self.log.open("a") as log:
            log.write(f"---- {self.name} pid {proc.pid}\n")
            while line := await proc.stdout.readline():
                text = line.decode(errors="replace").rstrip()
                log.write(text + "\n")
                log.flush()
                async with self._changed:
                    self.lines.append(text)
                    self._changed.notify_all()
        await proc.wait()
        _LIVE.discard(proc.pid)
        async with self._changed:
            self._changed.notify_all()

    async def wait_line(self, pattern: str, timeout: float = 15.0, since: int = 0) -> re.Match:
        """The first line (from index ``since``) matching ``pattern``; fails on timeout or exit."""
        regex = re.compile(pattern)
        async with asyncio.timeout(timeout):
            async with self._changed:
                while True:
                    for line in self.lines[since:]:
                        if m := regex.search(line):
                            return m
                    if self._reader is not None and self._reader.done():
                        raise AssertionError(f"{self.name} exited ({self.proc.returncode}) before printing {pattern!r}:\n" + "\n".join(self.lines[-30:]))
                    await self._changed.wait()

    def kill(self) -> None:
        """SIGKILL: no clean-up of any kind, as when a machine dies."""
        if self.proc is not None and self.proc.returncode is None:
            self.proc.send_signal(signal.SIGKILL)

    async def stop(self) -> None:
        if self.proc is None:
            return
        if self.proc.returncode is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                await asyncio.wait_for(self.proc.wait(), 10)
            except TimeoutError:
                self.proc.kill()
                await self.proc.wait()
        if self._reader is not None:
            await self._reader


class RedisServer(Process):
    def __init__(self, tmp: Path, log: Path):
        super().__init__("redis-server", log)
        self.tmp = tmp
        self.port = free_port()

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    async def start(self) -> "RedisServer":
        # Persistence off: a restart comes back empty, and the instances must refill it.
        await self.spawn(
            "redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
            "--dir", str(self.tmp), "--daemonize", "no", "--protected-mode", "no",
        )
        await self.wait_line(r"Ready to accept connections")
        return self

    async def restart(self) -> None:
        self.kill()
        await self.proc.wait()
        await self._reader
        await self.start()


class Instance(Process):
    """``vuer serve SCENE --broker URL`` on a free port."""

    def __init__(self, name: str, scene: Path, broker: str, log: Path, watch: bool = False):
        super().__init__(name, log)
        self.scene = scene
        self.broker = broker
        self.watch = watch
        self.port = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def start(self) -> "Instance":
        env = {**os.environ, "COLUMNS": "250", "NO_COLOR": "1", "PYTHONUNBUFFERED": "1"}
        env.pop("VUER_BROKER", None)
        await self.spawn(sys.executable, "-m", "vuer_cli.main", "serve", str(self.scene), "--port", "0", "--watch" if self.watch else "--no-watch", "--broker", self.broker, env=env)
        self.port = int((await self.wait_line(r"➜ http://127\.0\.0\.1:(\d+)")).group(1))
        await self.wait_line(r"scene shared through .*\(connected\)")
        return self


class SceneView:
    """A websocket client that keeps the scene it is shown (a SceneStore fed every frame it
    gets) and its overlay, so a test waits for what a person would see."""

    def __init__(self, ws: aiohttp.ClientWebSocketResponse, where: str):
        self.ws = ws
        self.where = where
        self.store = SceneStore()
        self.overlay: dict[str, dict] = {}
        self.frames: list[dict] = []
        self._changed = asyncio.Condition()
        self._reader = asyncio.get_running_loop().create_task(self._read())

    async def _read(self) -> None:
        async for msg in self.ws:
            if msg.type != aiohttp.WSMsgType.BINARY:
                continue
            frame = msgpack.unpackb(msg.data, raw=False)
            etype = frame.get("etype")
            if etype in ("SET", "ADD", "UPSERT", "UPDATE", "REMOVE"):
                self.store.apply(frame)
            elif etype == "ERROR":
                self.overlay[frame["data"]["id"]] = frame["data"]
            elif etype == "ERROR_CLEAR":
                if frame["data"]["id"] == "*":
                    self.overlay.clear()
                else:
                    self.overlay.pop(frame["data"]["id"], None)
            async with self._changed:
                self.frames.append(frame)
                self._changed.notify_all()
        async with self._changed:
            self._changed.notify_all()

    @property
    def keys(self) -> set[str]:
        return set(self.store.nodes)

    async def until(self, predicate, what: str, timeout: float = 10.0) -> None:
        """Wait (bounded) until ``predicate(self)`` holds, re-checking on every frame."""
        try:
            async with asyncio.timeout(timeout):
                async with self._changed:
                    while not predicate(self):
                        if self._reader.done():
                            raise AssertionError(f"client of {self.where}: socket closed waiting for {what}")
                        await self._changed.wait()
        except TimeoutError:
            raise AssertionError(f"client of {self.where}: timed out waiting for {what}; it has {sorted(self.keys)}, overlay {list(self.overlay)}") from None

    async def close(self) -> None:
        await self.ws.close()
        self._reader.cancel()


@pytest.fixture
async def http():
    async with aiohttp.ClientSession() as session:
        yield session


@pytest.fixture
async def view(http):
    """``await view(instance)`` → a SceneView that has sent INIT and holds the scene."""
    views: list[SceneView] = []

    async def _view(instance, wait_scene: bool = True) -> SceneView:
        ws = await http.ws_connect(f"ws://127.0.0.1:{instance.port}/", max_msg_size=0)
        v = SceneView(ws, getattr(instance, "name", "?"))
        views.append(v)
        await ws.send_bytes(msgpack.packb({"etype": "INIT", "ts": time.time(), "value": INIT_VALUE}))
        if wait_scene:
            await v.until(lambda v: not v.store.empty, "the scene (SET)")
        return v

    yield _view
    for v in views:
        with contextlib.suppress(Exception):
            await v.close()


@pytest.fixture
def scene_file(tmp_path) -> Path:
    path = tmp_path / "scene.yaml"
    path.write_text(SCENE_YAML)
    return path


@pytest.fixture
async def cluster(tmp_path, scene_file, request):
    """``await cluster.redis()``, ``await cluster.instance("A")``: started, stopped at the end."""

    class Cluster:
        def __init__(self):
            self.procs: list[Process] = []
            self.log = tmp_path / "processes.log"
            self.redis_server: RedisServer | None = None

        async def redis(self) -> RedisServer:
            self.redis_server = await RedisServer(tmp_path, self.log).start()
            self.procs.append(self.redis_server)
            return self.redis_server

        async def instance(self, name: str, watch: bool = False) -> Instance:
            inst = await Instance(name, scene_file, self.redis_server.url, self.log, watch=watch).start()
            self.procs.append(inst)
            return inst

    c = Cluster()
    try:
        yield c
    finally:
        for p in reversed(c.procs):
            with contextlib.suppress(Exception):
                await p.stop()
        if request.node.rep_call.failed if hasattr(request.node, "rep_call") else False:
            sys.stderr.write(c.log.read_text() if c.log.exists() else "")


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.when == "call":
        item.rep_call = report
    return report


async def relay(http: aiohttp.ClientSession, instance: Instance, events, sid: str = "*") -> tuple[int, dict]:
    async with http.post(f"{instance.url}/relay", params={"sid": sid}, json=events) as r:
        return r.status, await r.json()


def upsert(key: str, **props) -> dict:
    return {"etype": "UPSERT", "data": {"nodes": [{"tag": "Box", "key": key, **props}], "to": None}}


async def until_true(fetch, predicate, what: str, timeout: float = 10.0):
    """Call ``fetch()`` until ``predicate`` holds on its result (state kept in another process,
    which no event here announces); bounded."""
    deadline = time.monotonic() + timeout
    while True:
        got = await fetch()
        if predicate(got):
            return got
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}: last {got!r}")
        await asyncio.sleep(0.02)
