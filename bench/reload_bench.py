"""Hot reload figures: save-to-client latency, and what a one-prop edit costs on the wire.

Run:  python bench/reload_bench.py                  # 60 saves with a browser, then 10k elements
      python bench/reload_bench.py --saves 200 --no-browser --step 10 --debounce 50

(a) latency: a small scene file is served by ``SceneRunner`` with hot reload on; the bench
    writes it N times (a new box colour each time, 0–20 ms of random wait after the previous
    save has landed everywhere, so saves fall anywhere in watchfiles' step) and times, from
    just before the write:
      * "to websocket": the UPDATE frame arriving at a websocket client (aiohttp, in this process);
      * "to browser frame": the headless Chromium page's SCENE_READY, which the client sends
        once it applied the UPDATE and drew the next frame;
    and splits the websocket figure into "seen" (write → the reload starts: watchfiles' step
    and debounce) and "reload" (load + diff + broadcast, ``Reload.seconds``).
(b) size: a 10,000-element scene (100 groups of 100 boxes); one box's colour is edited; the
    UPDATE frame's bytes are compared with the SET a client gets for the whole scene, and the
    reload time at that size is reported.

Prints figures, asserts nothing. Needs chromium on PATH and playwright for the browser column.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import aiohttp
import msgpack

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from vuer_cli import Vuer  # noqa: E402
from vuer_cli.runner import SceneRunner, ServeOptions  # noqa: E402
from vuer_cli.runner.watch import DEBOUNCE_MS, STEP_MS  # noqa: E402

ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--use-angle=swiftshader", "--enable-unsafe-swiftshader",
        "--disable-background-networking", "--no-first-run"]
INIT = {"etype": "INIT", "ts": 0, "value": {"client": "bench", "pkg": "reload_bench", "pkgVersion": "0"}}

SMALL = """\
scene:
  bgChildren:
    - OrbitControls: {{key: orb, makeDefault: true}}
    - AmbientLight: {{key: amb, intensity: 0.6}}
    - DirectionalLight: {{key: sun, position: [1, 2, 5]}}
  children:
    - Box: {{key: box, args: [1, 1, 1], material: {{color: "{color}"}}}}
    - Sphere: {{key: ball, args: [0.4, 32, 16], position: [1.5, 0, 0], material: {{color: green}}}}
    - Cone: {{key: cone, args: [0.4, 1], position: [-1.5, 0, 0]}}
    - Grid: {{key: grid}}
"""


def big_scene(color: str, groups: int = 100, per: int = 100) -> str:
    lines = ["scene:", "  children:"]
    for g in range(groups):
        lines += ["    - VuerGroup:", f"        key: g{g}", f"        position: [{g % 10}, 0, {g // 10}]", "        children:"]
        for i in range(per):
            c = color if (g, i) == (0, 0) else "gray"
            lines.append(f"          - Box: {{key: b{g}-{i}, args: [0.05, 0.05, 0.05], position: [{i % 10 / 10}, {i // 10 / 10}, 0], material: {{color: \"{c}\"}}}}")
    return "\n".join(lines) + "\n"


class Wire:
    """A websocket client that stamps each frame's arrival and keeps its size."""

    def __init__(self, ws):
        self.ws = ws
        self.frames: asyncio.Queue = asyncio.Queue()
        self.task = asyncio.get_running_loop().create_task(self._read())

    async def _read(self):
        async for msg in self.ws:
            if msg.type == aiohttp.WSMsgType.BINARY:
                now = time.perf_counter()
                self.frames.put_nowait((now, len(msg.data), msgpack.unpackb(msg.data, raw=False)))

    async def next(self, etype: str, timeout: float = 10.0):
        async with asyncio.timeout(timeout):
            while True:
                at, size, frame = await self.frames.get()
                if frame.get("etype") == etype:
                    return at, size, frame


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    k = (len(values) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (k - lo)


def row(name: str, ms: list[float]) -> str:
    return f"  {name:28s} {pct(ms, 50):8.1f} {pct(ms, 95):8.1f} {min(ms):8.1f} {max(ms):8.1f}   (n={len(ms)})"


async def latency(folder: Path, saves: int, options: ServeOptions, use_browser: bool) -> dict[str, list[float]]:
    path = folder / "latency.yaml"
    path.write_text(SMALL.format(color="#000000"))
    runner = SceneRunner(path, options, app=Vuer(host="127.0.0.1", port=0))
    reloads: asyncio.Queue = asyncio.Queue()
    runner.live.on_reload.append(lambda r: reloads.put_nowait((time.perf_counter(), r)))
    ready: asyncio.Queue = asyncio.Queue()
    runner.app.add_handler("SCENE_READY", lambda e, s: ready.put_nowait(time.perf_counter()))
    out: dict[str, list[float]] = {"to websocket": [], "seen (watchfiles)": [], "reload (load+diff+send)": [], "to browser frame": []}
    async with runner.app.serving(), runner.watching(), aiohttp.ClientSession() as http:
        wire = Wire(await http.ws_connect(f"ws://127.0.0.1:{runner.app.port}/", max_msg_size=0))
        await wire.ws.send_bytes(msgpack.packb(INIT))
        await wire.next("SET")
        pw = browser = None
        if use_browser:
            from playwright.async_api import async_playwright

            pw = await async_playwright().start()
            browser = await pw.chromium.launch(executable_path=shutil.which("chromium"), headless=True, args=ARGS)
            page = await (await browser.new_context(viewport={"width": 960, "height": 720})).new_page()
            await page.goto(f"{runner.app.url}/?hideUI=true&gizmo=false")
            await asyncio.wait_for(ready.get(), 30)
        try:
            for i in range(saves):
                await asyncio.sleep(random.uniform(0, 0.02))
                color = f"#{(i * 7919 + 1) % 0xFFFFFF:06x}"
                t0 = time.perf_counter()
                path.write_text(SMALL.format(color=color))
                at, _, frame = await wire.next("UPDATE")
                assert frame["data"]["nodes"][0]["material"]["color"] == color, frame
                done, report = await asyncio.wait_for(reloads.get(), 10)
                out["to websocket"].append((at - t0) * 1e3)
                out["reload (load+diff+send)"].append(report.seconds * 1e3)
                out["seen (watchfiles)"].append((done - report.seconds - t0) * 1e3)
                if use_browser:
                    out["to browser frame"].append((await asyncio.wait_for(ready.get(), 10) - t0) * 1e3)
        finally:
            if browser is not None:
                await browser.close()
                await pw.stop()
            await wire.ws.close()
    runner.live.close()
    return {k: v for k, v in out.items() if v}


async def size(folder: Path, options: ServeOptions, edits: int = 10) -> dict:
    path = folder / "big.yaml"
    path.write_text(big_scene("red"))
    t = time.perf_counter()
    runner = SceneRunner(path, options, app=Vuer(host="127.0.0.1", port=0))
    first_load = time.perf_counter() - t
    reloads: asyncio.Queue = asyncio.Queue()
    runner.live.on_reload.append(reloads.put_nowait)
    result = {"elements": len(runner.app.scene.store), "first load s": first_load, "update bytes": [], "reload ms": [], "latency ms": []}
    async with runner.app.serving(), runner.watching(), aiohttp.ClientSession() as http:
        wire = Wire(await http.ws_connect(f"ws://127.0.0.1:{runner.app.port}/", max_msg_size=0))
        await wire.ws.send_bytes(msgpack.packb(INIT))
        _, result["set bytes"], _ = await wire.next("SET")
        for i in range(edits):
            color = f"#{i + 1:06x}"
            t0 = time.perf_counter()
            path.write_text(big_scene(color))
            at, n, frame = await wire.next("UPDATE", timeout=30)
            report = await asyncio.wait_for(reloads.get(), 30)
            assert frame["data"]["nodes"] == [{"key": "b0-0", "tag": "Box", "material": {"color": color}}], frame
            result["update bytes"].append(n)
            result["reload ms"].append(report.seconds * 1e3)
            result["latency ms"].append((at - t0) * 1e3)
        await wire.ws.close()
    runner.live.close()
    return result


async def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--saves", type=int, default=60, help="saves for the latency figures (default 60)")
    ap.add_argument("--step", type=int, default=STEP_MS, help=f"watchfiles step, ms (default {STEP_MS})")
    ap.add_argument("--debounce", type=int, default=DEBOUNCE_MS, help=f"watchfiles debounce, ms (default {DEBOUNCE_MS})")
    ap.add_argument("--no-browser", action="store_true", help="skip the browser column")
    ap.add_argument("--big-edits", type=int, default=10, help="edits of the 10k-element scene (default 10; 0 skips it)")
    args = ap.parse_args()
    options = ServeOptions(step_ms=args.step, debounce_ms=args.debounce)
    use_browser = not args.no_browser and shutil.which("chromium") is not None
    random.seed(0)

    print(f"python {sys.version.split()[0]}, watchfiles step {args.step} ms, debounce {args.debounce} ms")
    with tempfile.TemporaryDirectory() as tmp:
        lat = await latency(Path(tmp), args.saves, options, use_browser)
        print(f"\n(a) save → client, {args.saves} saves of a 7-element scene (one box colour each)")
        print(f"  {'ms':28s} {'p50':>8s} {'p95':>8s} {'min':>8s} {'max':>8s}")
        for name, values in lat.items():
            print(row(name, values))
        big = await size(Path(tmp), options, args.big_edits) if args.big_edits > 0 else None
    if big is None:
        print("\nrerun: python bench/reload_bench.py " + " ".join(sys.argv[1:]))
        return
    print(f"\n(b) a {big['elements']:,}-element scene (100 groups x 100 boxes), one box's colour edited {len(big['update bytes'])} times")
    print(f"  first load (parse, check, build)   {big['first load s'] * 1e3:10.0f} ms")
    print(f"  SET of the whole scene             {big['set bytes']:10,d} B")
    ub = statistics.median(big["update bytes"])
    print(f"  UPDATE of the edited box           {ub:10,.0f} B   ({big['set bytes'] / ub:,.0f}x smaller)")
    print(f"  reload (load + diff + send) p50    {statistics.median(big['reload ms']):10.0f} ms")
    print(f"  save → websocket p50               {statistics.median(big['latency ms']):10.0f} ms")
    print("\nrerun: python bench/reload_bench.py " + " ".join(sys.argv[1:]))


if __name__ == "__main__":
    asyncio.run(main())
