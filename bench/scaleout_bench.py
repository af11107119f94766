"""Scale-out benchmark: ops across two `vuer serve --broker redis://…` processes, beside one
plain `vuer serve` process, in the same run on this machine.

    python bench/scaleout_bench.py            # 300 ops a row, 60 broadcasts to 100 clients
    python bench/scaleout_bench.py --quick    # 60 ops a row, 20 broadcasts

Starts its own redis-server (loopback, free port, persistence off), two servers A and B
sharing one scene through it, and one server S without a broker (each `vuer serve` in its
own process); the websocket clients run in this process. Every op is a POST /relay?sid=*
of a one-box UPSERT with a new key, sent when the previous one has arrived everywhere.

* latency: POST sent → the client has the frame (decoded), p50/p95:
  S → a client of S; A → a client of A; A → a client of B (the cross-instance figure).
* broadcast: POST sent → the last of 100 clients has it, p50/p95: 100 clients on S, or 50
  on A and 50 on B (the op sent to A).
Figures only; nothing is asserted.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import shutil
import socket
import statistics
import sys
import tempfile
import time
from pathlib import Path

import aiohttp
import msgpack

ROOT = Path(__file__).resolve().parent.parent
SCENE = "scene:\n  children:\n    - Box: {key: base, args: [1, 1, 1], material: {color: red}}\n"


def pct(values, q):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q / 100 * (len(values) - 1))))]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def spawn(argv: list[str], ready: str, env: dict | None = None) -> tuple[asyncio.subprocess.Process, re.Match]:
    """Start a process; return once a line of its output matches ``ready`` (then keep draining)."""
    proc = await asyncio.create_subprocess_exec(*argv, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT, env=env)
    pattern = re.compile(ready)
    seen = []
    async with asyncio.timeout(30):
        while True:
            line = await proc.stdout.readline()
            if not line:
                raise RuntimeError(f"{argv[0]} exited:\n" + "".join(seen[-20:]))
            seen.append(line.decode(errors="replace"))
            if m := pattern.search(seen[-1]):
                break

    async def drain():
        while await proc.stdout.readline():
            pass

    asyncio.get_running_loop().create_task(drain())
    return proc, m


async def serve(scene: Path, broker: str | None) -> tuple[asyncio.subprocess.Process, str]:
    env = {**os.environ, "COLUMNS": "250", "NO_COLOR": "1", "PYTHONUNBUFFERED": "1"}
    env.pop("VUER_BROKER", None)
    argv = [sys.executable, "-m", "vuer_cli.main", "serve", str(scene), "--port", "0", "--no-watch"]
    if broker:
        argv += ["--broker", broker]
    proc, m = await spawn(argv, r"➜ (http://127\.0\.0\.1:\d+)", env)
    return proc, m.group(1)


class Clients:
    """Websocket clients that note when each op's key reaches them."""

    def __init__(self, http: aiohttp.ClientSession):
        self.http = http
        self.sockets: list[aiohttp.ClientWebSocketResponse] = []
        self.tasks: list[asyncio.Task] = []
        self.waiting: dict[str, list] = {}  # key → [clients still to get it, event, arrival times]

    async def connect(self, url: str, n: int) -> None:
        ws_url = url.replace("http://", "ws://") + "/"
        for _ in range(n):
            ws = await self.http.ws_connect(ws_url, max_msg_size=0)
            await ws.send_bytes(msgpack.packb({"etype": "INIT", "ts": time.time(), "value": {"client": "bench"}}))
            first = await ws.receive()  # the scene (SET): this client has joined
            assert first.type == aiohttp.WSMsgType.BINARY
            self.sockets.append(ws)
            self.tasks.append(asyncio.get_running_loop().create_task(self._read(ws)))

    async def _read(self, ws) -> None:
        async for msg in ws:
            if msg.type != aiohttp.WSMsgType.BINARY:
                continue
            frame = msgpack.unpackb(msg.data, raw=False)
            if frame.get("etype") != "UPSERT":
                continue
            now = time.perf_counter()
            for node in frame["data"]["nodes"]:
                entry = self.waiting.get(node.get("key"))
                if entry is not None:
                    entry[0] -= 1
                    entry[2].append(now)
                    if entry[0] == 0:
                        entry[1].set()

    async def close(self) -> None:
        for t in self.tasks:
            t.cancel()
        for ws in self.sockets:
            await ws.close()


async def run_ops(http, target: str, clients: Clients, count: int, expect: int, tag: str) -> list[float]:
    """Send ``count`` ops to ``target``; the time until the last of ``expect`` clients has each (ms)."""
    out = []
    for i in range(count):
        key = f"{tag}-{i}"
        done = asyncio.Event()
        clients.waiting[key] = [expect, done, []]
        body = msgpack.packb({"etype": "UPSERT", "data": {"nodes": [{"tag": "Box", "key": key, "position": [i, 0, 0]}], "to": None}})
        t = time.perf_counter()
        async with http.post(f"{target}/relay", params={"sid": "*"}, data=body) as r:
            assert r.status == 200, await r.text()
        await asyncio.wait_for(done.wait(), 10)
        arrivals = clients.waiting.pop(key)[2]
        out.append((max(arrivals) - t) * 1e3)
    return out


async def main(quick: bool) -> None:
    ops = 60 if quick else 300
    broadcasts = 20 if quick else 60
    if not shutil.which("redis-server"):
        sys.exit("needs redis-server (apt-get install redis-server)")
    procs = []
    with tempfile.TemporaryDirectory() as tmp:
        scene = Path(tmp) / "scene.yaml"
        scene.write_text(SCENE)
        port = free_port()
        redis, _ = await spawn(
            ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", tmp],
            r"Ready to accept connections",
        )
        procs.append(redis)
        broker = f"redis://127.0.0.1:{port}/0"
        try:
            s_proc, s_url = await serve(scene, None)
            a_proc, a_url = await serve(scene, broker)
            b_proc, b_url = await serve(scene, broker)
            procs += [s_proc, a_proc, b_proc]
            rows = []
            async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as http:  # 100 sockets + the POSTs
                for title, target, where, n in (
                    ("relay to S → a client of S (one process, no broker)", s_url, s_url, ops),
                    ("relay to A → a client of A (broker)", a_url, a_url, ops),
                    ("relay to A → a client of B (broker, cross-instance)", a_url, b_url, ops),
                ):
                    clients = Clients(http)
                    await clients.connect(where, 1)
                    await run_ops(http, target, clients, 20, 1, "warm")
                    rows.append((title, await run_ops(http, target, clients, n, 1, "op")))
                    await clients.close()
                for title, target, spread, n in (
                    ("broadcast to 100 clients of S (one process)", s_url, [(s_url, 100)], broadcasts),
                    ("broadcast to 100 clients, 50 on A + 50 on B (op to A)", a_url, [(a_url, 50), (b_url, 50)], broadcasts),
                ):
                    clients = Clients(http)
                    for url, count in spread:
                        await clients.connect(url, count)
                    await run_ops(http, target, clients, 5, 100, "warm")
                    rows.append((title, await run_ops(http, target, clients, n, 100, "bc")))
                    await clients.close()
        finally:
            for p in procs:
                if p.returncode is None:
                    p.terminate()
            for p in procs:
                try:
                    await asyncio.wait_for(p.wait(), 10)
                except TimeoutError:
                    p.kill()

    print(f"\ncommand: python bench/scaleout_bench.py{' --quick' if quick else ''}")
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}, redis-server {redis_version()}, load average {os.getloadavg()[0]:.1f}")
    width = max(len(t) for t, _ in rows)
    print(f"\n{'':{width}}  {'n':>4}  {'p50 ms':>7}  {'p95 ms':>7}  {'mean ms':>7}")
    for title, values in rows:
        print(f"{title:{width}}  {len(values):>4}  {pct(values, 50):7.2f}  {pct(values, 95):7.2f}  {statistics.fmean(values):7.2f}")


def redis_version() -> str:
    import subprocess

    out = subprocess.run(["redis-server", "--version"], capture_output=True, text=True).stdout
    m = re.search(r"v=(\S+)", out)
    return m.group(1) if m else "?"


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer ops (about 15 s)")
    asyncio.run(main(parser.parse_args().quick))
