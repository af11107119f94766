"""Server benchmark: idle CPU with clients connected, and a PointCloud stream's rate and latency.

    python bench/server_bench.py            # 10 s CPU windows, 5 s streams
    python bench/server_bench.py --quick    # 3 s CPU windows, 2 s streams

The server runs in its own process (``bench/server_bench_app.py``, ``VUER_PORT`` = a free
port on 127.0.0.1) so that its CPU time is its own; the clients run here.

(a) Idle CPU of the server process (psutil when installed, else /proc/<pid>/stat
    utime+stime) over a window, with 0, 1 and 5 websocket clients connected to a static
    scene. Goal: ≤ 1 % of one core (upstream's uplink busy-waits at ~95 % per client).
(b) A PointCloud upsert stream to one client, at 100k and 1M points, paced (30 frames/s)
    and unpaced (as fast as the server loop goes): frames/s delivered, latency p50/p90
    (the producer's ``time.time_ns()`` stamp → this process has decoded the frame), frames
    lost (a slow reader gets the latest frame, not every frame: they coalesce), whether the
    final frame arrived, and the server's CPU meanwhile.

Loopback only; every loop is bounded in time; figures only, nothing is asserted.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import platform
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp
import msgpack
import numpy as np

HERE = Path(__file__).resolve().parent
APP = HERE / "server_bench_app.py"
CLK_TCK = os.sysconf("SC_CLK_TCK")


# ---- the server process ------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far."""
    try:
        import psutil

        t = psutil.Process(pid).cpu_times()
        return t.user + t.system
    except ImportError:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / CLK_TCK  # utime, stime (fields 14, 15)


@contextlib.asynccontextmanager
async def server_process():
    port = free_port()
    env = {**os.environ, "VUER_PORT": str(port), "VUER_HOST": "127.0.0.1"}
    proc = subprocess.Popen(
        [sys.executable, str(APP)], env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"the server exited ({proc.returncode}): {proc.stderr.read().decode()}")
            try:
                _, writer = await asyncio.open_connection("127.0.0.1", port)
                writer.close()
                await writer.wait_closed()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise RuntimeError(f"the server did not listen on {port} within 30 s") from None
                await asyncio.sleep(0.05)
        yield proc, port
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGINT)
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        proc.stderr.close()


async def connect(http: aiohttp.ClientSession, port: int, **init) -> aiohttp.ClientWebSocketResponse:
    ws = await http.ws_connect(f"ws://127.0.0.1:{port}/", max_msg_size=0)
    value = {"client": "browser", "pkg": "server_bench", "pkgVersion": "0", **init}
    await ws.send_bytes(msgpack.packb({"etype": "INIT", "ts": time.time(), "value": value}, use_bin_type=True))
    return ws


# ---- (a) idle CPU ------------------------------------------------------------------------


async def idle_cpu(port: int, pid: int, clients: int, window: float) -> dict:
    async with aiohttp.ClientSession() as http:
        sockets = [await connect(http, port) for _ in range(clients)]
        for ws in sockets:  # each has its SET: the scene is on screen, nothing else to do
            msg = await ws.receive(timeout=10)
            assert msgpack.unpackb(msg.data)["etype"] == "SET"
        await asyncio.sleep(1.0)  # settle: handshakes and SETs are not idle time
        c0, t0 = cpu_seconds(pid), time.monotonic()
        readers = [asyncio.create_task(_drain(ws)) for ws in sockets]
        await asyncio.sleep(window)
        c1, t1 = cpu_seconds(pid), time.monotonic()
        received = 0
        for r in readers:
            r.cancel()
        for r in readers:
            with contextlib.suppress(asyncio.CancelledError):
                received += await r or 0
        for ws in sockets:
            await ws.close()
    return {"clients": clients, "cpu": 100 * (c1 - c0) / (t1 - t0), "window": t1 - t0, "frames": received}


async def _drain(ws) -> int:
    n = 0
    async for msg in ws:
        if msg.type == aiohttp.WSMsgType.BINARY:
            n += 1
    return n


# ---- (b) a PointCloud stream -------------------------------------------------------------


@dataclass
class StreamResult:
    points: int
    fps: float
    seconds: float
    latencies_ms: list[float] = field(default_factory=list)
    received_ids: set[int] = field(default_factory=set)
    last_id: int | None = None
    first_rx: float | None = None
    last_rx: float | None = None
    bad_frames: int = 0
    resyncs: int = 0
    cpu: float = 0.0
    client_cpu: float = 0.0

    @property
    def sent(self) -> int | None:
        return None if self.last_id is None else self.last_id + 1

    @property
    def delivered_fps(self) -> float:
        if self.first_rx is None or self.last_rx is None or self.last_rx <= self.first_rx:
            return float("nan")
        return (len(self.received_ids) - 1) / (self.last_rx - self.first_rx)


def _cloud_node(frame: dict) -> dict | None:
    etype = frame.get("etype")
    if etype == "UPSERT":
        for node in frame["data"]["nodes"]:
            if node.get("key") == "stream":
                return node
    elif etype == "SET":  # a resync snapshot (the queue overflowed) holds the latest cloud
        for node in frame["data"].get("children") or ():
            if node.get("key") == "stream":
                return node
    return None


async def stream(port: int, pid: int, points: int, fps: float, seconds: float) -> StreamResult:
    result = StreamResult(points, fps, seconds)
    grace = 30.0 + seconds * 4
    async with aiohttp.ClientSession() as http:
        ws = await connect(http, port, client="bench-stream", points=points, fps=fps, seconds=seconds)
        c0, t0, me0 = cpu_seconds(pid), time.monotonic(), time.process_time()
        deadline = time.monotonic() + seconds + grace
        while time.monotonic() < deadline:
            try:
                msg = await ws.receive(timeout=max(0.1, deadline - time.monotonic()))
            except TimeoutError:
                break
            if msg.type != aiohttp.WSMsgType.BINARY:
                break
            frame = msgpack.unpackb(msg.data, raw=False)
            node = _cloud_node(frame)
            if node is None:
                continue
            vertices = np.frombuffer(node["vertices"], dtype="<f2")  # decode as a client must
            colors = np.frombuffer(node["colors"], dtype=np.uint8)
            now_ns = time.time_ns()
            if vertices.size != points * 3 or colors.size != points * 3:
                result.bad_frames += 1
                continue
            meta = node["userData"]
            if frame["etype"] == "SET":
                result.resyncs += 1
            result.received_ids.add(meta["frame"])
            result.latencies_ms.append((now_ns - meta["sent_ns"]) / 1e6)
            result.first_rx = result.first_rx or time.monotonic()
            result.last_rx = time.monotonic()
            if meta["last"]:
                result.last_id = meta["frame"]
                break
        elapsed = time.monotonic() - t0
        result.cpu = 100 * (cpu_seconds(pid) - c0) / elapsed
        result.client_cpu = 100 * (time.process_time() - me0) / elapsed
        await ws.close()
    return result


# ---- report ------------------------------------------------------------------------------


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    return float(np.percentile(values, q))


def machine() -> str:
    cpu = platform.processor() or ""
    with contextlib.suppress(OSError):
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    return f"{os.cpu_count()} cores (nproc {len(os.sched_getaffinity(0))}), {cpu}, Python {platform.python_version()}"


def load() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "?"


async def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="3 s CPU windows, 2 s streams")
    parser.add_argument("--window", type=float, help="idle CPU window in seconds (default 10, quick 3)")
    parser.add_argument("--seconds", type=float, help="stream duration in seconds (default 5, quick 2)")
    args = parser.parse_args(argv)
    window = args.window or (3.0 if args.quick else 10.0)
    seconds = args.seconds or (2.0 if args.quick else 5.0)
    cmd = "python bench/server_bench.py" + (" --quick" if args.quick else "")

    print(f"vuer-cli server bench  {time.strftime('%Y-%m-%d %H:%M')}  {machine()}")
    print(f"load average at start: {load()} (other work on the machine skews (b) most)")
    print(f"rerun: {cmd}\n")

    async with server_process() as (proc, port):
        print(f"(a) idle CPU of the server process over {window:g} s, static scene (goal <= 1 % of one core)")
        print(f"    {'clients':>7}  {'CPU % of one core':>17}  {'frames sent':>11}")
        for clients in (0, 1, 5):
            r = await idle_cpu(port, proc.pid, clients, window)
            print(f"    {r['clients']:>7}  {r['cpu']:>17.2f}  {r['frames']:>11}")

        print(f"\n(b) PointCloud upsert stream to one client, {seconds:g} s each (float16 vertices + uint8 colours)")
        head = (
            f"    {'points':>9}  {'offered':>8}  {'sent':>5}  {'recv':>5}  {'lost':>5}  {'fps recv':>8}  "
            f"{'p50 ms':>7}  {'p90 ms':>7}  {'final':>5}  {'MB/s':>6}  {'srv CPU %':>9}  {'client CPU %':>12}"
        )
        print(head)
        for points in (100_000, 1_000_000):
            for fps in (30.0, 0.0):
                r = await stream(port, proc.pid, points, fps, seconds)
                sent = r.sent
                recv = len(r.received_ids)
                lost = "?" if sent is None else str(sent - recv)
                mbps = r.delivered_fps * points * 9 / 1e6
                offered = f"{fps:g}/s" if fps else "max"
                final = "yes" if r.last_id is not None else "NO"
                print(
                    f"    {points:>9,}  {offered:>8}  {sent if sent is not None else '?':>5}  {recv:>5}  {lost:>5}  "
                    f"{r.delivered_fps:>8.1f}  {pct(r.latencies_ms, 50):>7.1f}  {pct(r.latencies_ms, 90):>7.1f}  "
                    f"{final:>5}  {mbps:>6.0f}  {r.cpu:>9.1f}  {r.client_cpu:>12.1f}"
                    + (f"  ({r.bad_frames} bad frames)" if r.bad_frames else "")
                    + (f"  ({r.resyncs} via resync SET)" if r.resyncs else "")
                )
        code = proc.poll()
    print("\nlost = sent - received: a frame replaced by a newer one while still queued (latest wins).")
    print("offered max = the producer yields to the loop once per frame and sends again.")
    print("latency = producer's stamp just before session.upsert -> this process has the frame decoded.")
    print(f"load average at end: {load()}")
    print(f"rerun: {cmd}")
    return 0 if code is None else 1


if __name__ == "__main__":
    try:
        sys.exit(asyncio.run(main()))
    except KeyboardInterrupt:
        sys.exit(130)
