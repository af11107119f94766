"""Benchmarks of the command line: `vuer render` cold wall time, and relay latency.

    python bench/cli_bench.py            # 5 renders, 200 relays
    python bench/cli_bench.py --quick    # 2 renders, 50 relays

Prints, in one run on this machine:
* `vuer render scenes/hello.yaml` cold wall time (a new process each time: Python start,
  scene load, server start, Chromium start, scene load in the page, grab, PNG write),
  beside the bare Chromium start-up time (headless, to a blank page, until it exits);
* relay latency: POST /relay (msgpack UPSERT of one box) → the websocket client has it, p50/p95.
Figures only; nothing is asserted.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import aiohttp
import msgpack

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from vuer_cli import Vuer  # noqa: E402
from vuer_cli.render import find_browser  # noqa: E402


def pct(values, q):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q / 100 * (len(values) - 1))))]


def render_times(n: int, scene: Path) -> list[float]:
    times = []
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(n):
            t = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "vuer_cli.main", "render", str(scene), "--out", f"{tmp}/r{i}.png"],
                check=True,
                capture_output=True,
            )
            times.append(time.perf_counter() - t)
    return times


async def chromium_times(n: int) -> list[float]:
    """Bare headless Chromium: start on about:blank with the same flags, until it is gone again."""
    exe = find_browser()
    times = []
    for _ in range(n):
        with tempfile.TemporaryDirectory() as profile:
            t = time.perf_counter()
            proc = await asyncio.create_subprocess_exec(
                exe, "--headless=new", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                *(["--no-sandbox"] if os.geteuid() == 0 else []), f"--user-data-dir={profile}", "--dump-dom", "about:blank",
                stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.DEVNULL,
            )
            await proc.communicate()
            times.append(time.perf_counter() - t)
    return times


async def relay_latency(n: int) -> list[float]:
    app = Vuer(host="127.0.0.1", port=0)
    latencies = []
    async with app.serving(), aiohttp.ClientSession() as http:
        ws = await http.ws_connect(f"ws://127.0.0.1:{app.port}/")
        await ws.send_bytes(msgpack.packb({"etype": "INIT", "ts": time.time(), "value": {"client": "bench"}}))
        while not app.scene.sessions:
            await asyncio.sleep(0.01)
        for i in range(n):
            body = msgpack.packb({"etype": "UPSERT", "data": {"nodes": [{"tag": "Box", "key": "b", "position": [i, 0, 0]}], "to": None}})
            t = time.perf_counter()
            async with http.post(f"{app.url}/relay?sid=*", data=body) as r:
                assert r.status == 200
            while True:
                msg = await asyncio.wait_for(ws.receive(), 5)
                frame = msgpack.unpackb(msg.data)
                if frame["etype"] == "UPSERT" and frame["data"]["nodes"][0]["position"][0] == i:
                    break
            latencies.append(time.perf_counter() - t)
        await ws.close()
    return latencies


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--scene", type=Path, default=ROOT / "scenes" / "hello.yaml")
    args = parser.parse_args()
    n_render, n_relay = (2, 50) if args.quick else (5, 200)
    if shutil.which("chromium") is None and shutil.which("google-chrome") is None:
        sys.exit("needs chromium (apt-get install chromium)")

    chromium = asyncio.run(chromium_times(n_render))
    renders = render_times(n_render, args.scene)
    relays = asyncio.run(relay_latency(n_relay))

    print(f"\nvuer-cli CLI benchmarks — {time.strftime('%Y-%m-%d')}, {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    print(f"{'measure':52} {'median':>9} {'min':>9} {'max':>9}")
    rows = [
        (f"vuer render {args.scene.relative_to(ROOT) if args.scene.is_relative_to(ROOT) else args.scene} (cold, s), n={n_render}", renders),
        (f"bare headless Chromium start→exit (s), n={n_render}", chromium),
    ]
    for name, values in rows:
        print(f"{name:52} {statistics.median(values):9.3f} {min(values):9.3f} {max(values):9.3f}")
    print(f"{'relay POST → client received (ms), n=' + str(n_relay):52} p50 {pct(relays, 50) * 1e3:6.2f}   p95 {pct(relays, 95) * 1e3:6.2f}")
    print("\nrerun: python bench/cli_bench.py" + (" --quick" if args.quick else ""))


if __name__ == "__main__":
    main()
