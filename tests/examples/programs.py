"""Run an example program as a user does, and talk to it as the browser does.

``run_example(name)`` starts ``python examples/<name>`` with ``VUER_PORT`` = a free port and
``VUER_HOST=127.0.0.1`` and waits until it listens; ``browser(program)`` connects a websocket
client that says INIT as upstream's browser client does.
"""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import sys
import time
from contextlib import asynccontextmanager
from pathlib import Path

import aiohttp
import msgpack

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples"

BROWSER_INIT = {
    "client": "browser",
    "pkg": "@vuer-ai/vuer",
    "pkgVersion": "0.0.102",
    "userAgent": "Mozilla/5.0 (X11; Linux x86_64) HeadlessChrome/156.0.0.0",
    "screenWidth": 960,
    "screenHeight": 720,
    "devicePixelRatio": 1,
    "timezone": "UTC",
    "timezoneOffset": 0,
}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Program:
    """An example running in its own process; its stdout lines are collected as they come."""

    def __init__(self, proc: asyncio.subprocess.Process, port: int):
        self.proc = proc
        self.port = port
        self.stdout: list[str] = []
        self.stderr = b""
        self._lines: asyncio.Queue[str | None] = asyncio.Queue()
        self._out = asyncio.get_running_loop().create_task(self._read_stdout())
        self._err = asyncio.get_running_loop().create_task(proc.stderr.read())

    async def _read_stdout(self):
        async for raw in self.proc.stdout:
            line = raw.decode(errors="replace").rstrip("\n")
            self.stdout.append(line)
            await self._lines.put(line)
        await self._lines.put(None)

    async def line_containing(self, text: str, timeout: float = 10.0) -> str:
        async with asyncio.timeout(timeout):
            while True:
                line = await self._lines.get()
                if line is None:
                    raise AssertionError(f"the program's stdout ended without {text!r}: {self.stdout}")
                if text in line:
                    return line

    async def wait_listening(self, timeout: float = 20.0) -> None:
        deadline = time.monotonic() + timeout
        while True:
            if self.proc.returncode is not None:
                await self._err
                raise AssertionError(f"the program exited with {self.proc.returncode}: {self._err.result().decode()}")
            try:
                _, writer = await asyncio.open_connection("127.0.0.1", self.port)
                writer.close()
                await writer.wait_closed()
                return
            except OSError:
                if time.monotonic() > deadline:
                    raise AssertionError(f"nothing listens on port {self.port} after {timeout} s") from None
                await asyncio.sleep(0.05)

    async def interrupt(self, timeout: float = 15.0) -> int:
        """Ctrl-C, as in a terminal; returns the exit code."""
        self.proc.send_signal(signal.SIGINT)
        try:
            code = await asyncio.wait_for(self.proc.wait(), timeout)
        except TimeoutError:
            self.proc.kill()
            await self.proc.wait()
            raise AssertionError(f"the program did not exit within {timeout} s of SIGINT") from None
        await self._out
        self.stderr = await self._err
        return code


@asynccontextmanager
async def run_example(name: str):
    port = free_port()
    env = {**os.environ, "VUER_PORT": str(port), "VUER_HOST": "127.0.0.1", "PYTHONUNBUFFERED": "1"}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        str(EXAMPLES / name),
        cwd=str(REPO),
        env=env,
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    program = Program(proc, port)
    try:
        await program.wait_listening()
        yield program
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()
        for task in (program._out, program._err):
            if not task.done():
                task.cancel()
            await asyncio.gather(task, return_exceptions=True)


class Browserish:
    """A websocket client that speaks like the browser: INIT first, msgpack frames both ways."""

    def __init__(self, ws: aiohttp.ClientWebSocketResponse):
        self.ws = ws

    async def send(self, obj: dict) -> None:
        await self.ws.send_bytes(msgpack.packb(obj, use_bin_type=True))

    async def recv(self, etype: str | None = None, timeout: float = 10.0) -> dict:
        async with asyncio.timeout(timeout):
            while True:
                msg = await self.ws.receive()
                if msg.type != aiohttp.WSMsgType.BINARY:
                    raise AssertionError(f"expected a binary frame ({etype}), got {msg.type}: {msg.data!r}")
                frame = msgpack.unpackb(msg.data, raw=False)
                if etype is None or frame.get("etype") == etype:
                    return frame

    async def closed_by_server(self, timeout: float = 15.0) -> int | None:
        """Read until the server closes the socket; its close code."""
        async with asyncio.timeout(timeout):
            while True:
                msg = await self.ws.receive()
                if msg.type == aiohttp.WSMsgType.CLOSE:
                    return msg.data  # the code in the server's close frame
                if msg.type in (aiohttp.WSMsgType.CLOSED, aiohttp.WSMsgType.CLOSING, aiohttp.WSMsgType.ERROR):
                    return self.ws.close_code


@asynccontextmanager
async def browser(program: Program):
    async with aiohttp.ClientSession() as http:
        async with http.ws_connect(f"ws://127.0.0.1:{program.port}/", max_msg_size=0) as ws:
            client = Browserish(ws)
            await client.send({"etype": "INIT", "ts": time.time(), "value": BROWSER_INIT})
            yield client


async def stop_cleanly(program: Program, client: Browserish | None = None) -> None:
    """Ctrl-C with a client still connected: it is told (1001), the program exits 0, no traceback."""
    code = await program.interrupt()
    err = program.stderr.decode(errors="replace")
    if client is not None:
        assert client.ws.closed or await client.closed_by_server() == 1001
    assert "Traceback" not in err, err
    assert code == 0, f"exit code {code} on Ctrl-C; stderr:\n{err}"
