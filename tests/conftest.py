"""Shared fixtures: a real server on 127.0.0.1 port 0 and real websocket clients."""

from __future__ import annotations

import asyncio
import time
from contextlib import asynccontextmanager

import aiohttp
import msgpack
import pytest

from vuer_cli import Vuer

INIT_VALUE = {
    "client": "browser",
    "pkg": "test-client",
    "pkgVersion": "0.0.0",
    "userAgent": "pytest",
    "screenWidth": 960,
    "screenHeight": 720,
    "devicePixelRatio": 1,
    "timezone": "UTC",
    "timezoneOffset": 0,
}


class WSClient:
    """A websocket client that decodes every frame it receives, in the background."""

    def __init__(self, ws: aiohttp.ClientWebSocketResponse):
        self.ws = ws
        self.frames: asyncio.Queue = asyncio.Queue()
        self.received: list[dict] = []
        self._reader = asyncio.get_running_loop().create_task(self._read())

    async def _read(self):
        async for msg in self.ws:
            if msg.type == aiohttp.WSMsgType.BINARY:
                frame = msgpack.unpackb(msg.data, raw=False)
                self.received.append(frame)
                await self.frames.put(frame)
        await self.frames.put(None)

    async def send(self, obj: dict) -> None:
        await self.ws.send_bytes(msgpack.packb(obj, use_bin_type=True))

    async def init(self, **value) -> None:
        await self.send({"etype": "INIT", "ts": time.time(), "value": {**INIT_VALUE, **value}})

    async def recv(self, etype: str | None = None, timeout: float = 5.0) -> dict:
        """The next frame (of that etype, skipping others); fails on timeout or close."""
        async with asyncio.timeout(timeout):
            while True:
                frame = await self.frames.get()
                if frame is None:
                    raise ConnectionError(f"socket closed (code {self.ws.close_code}) while waiting for {etype}")
                if etype is None or frame.get("etype") == etype:
                    return frame

    async def nothing_for(self, seconds: float) -> list[dict]:
        """Frames that arrive within ``seconds`` (for asserting that nothing is sent)."""
        got = []
        try:
            async with asyncio.timeout(seconds):
                while True:
                    frame = await self.frames.get()
                    if frame is None:
                        break
                    got.append(frame)
        except TimeoutError:
            pass
        return got

    async def close(self) -> None:
        await self.ws.close()
        self._reader.cancel()


@pytest.fixture
async def http():
    async with aiohttp.ClientSession() as session:
        yield session


@asynccontextmanager
async def running(**settings):
    settings.setdefault("host", "127.0.0.1")
    settings.setdefault("port", 0)
    app = Vuer(**settings)
    async with app.serving():
        yield app


@pytest.fixture
async def server(tmp_path):
    async with running(workspace=str(tmp_path)) as app:
        yield app


@pytest.fixture
def connect(http):
    """``await connect(app)`` → an initialised WSClient (sends INIT unless init=False)."""
    clients = []

    async def _connect(app, init: bool = True, query: str = "", **init_value) -> WSClient:
        ws = await http.ws_connect(f"ws://127.0.0.1:{app.port}/{query}", max_msg_size=0)
        client = WSClient(ws)
        clients.append(client)
        if init:
            await client.init(**init_value)
        return client

    yield _connect
    for c in clients:
        c._reader.cancel()


async def wait_until(predicate, timeout: float = 5.0, what: str = "condition"):
    """Wait on a condition the server reaches through the event loop (bounded)."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.01)
