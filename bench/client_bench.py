"""Browser client figures: bundle size, and time from navigation to the first rendered frame.

Run:  python bench/client_bench.py [--runs 3]

Prints figures, asserts nothing. Needs Debian's chromium on PATH (headless, SwiftShader: no
GPU), playwright's python package and the built client (cd client && npm run build).
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import shutil
import statistics
import time
from pathlib import Path

import numpy as np
from playwright.async_api import async_playwright

from vuer_cli import Vuer
from vuer_cli.schema import Box, PointCloud, Scene

BUILD = Path(__file__).resolve().parent.parent / "vuer_cli" / "client_build"
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--use-angle=swiftshader", "--enable-unsafe-swiftshader",
        "--disable-background-networking", "--no-first-run"]


def bundle_sizes() -> None:
    print(f"bundle: {BUILD}")
    total = total_gz = 0
    for path in sorted(p for p in BUILD.rglob("*") if p.is_file()):
        data = path.read_bytes()
        gz = len(gzip.compress(data, 9, mtime=0))
        total += len(data)
        total_gz += gz
        print(f"  {str(path.relative_to(BUILD)):44s} {len(data):>10,d} B  {gz:>10,d} B gzip")
    print(f"  {'total':44s} {total:>10,d} B  {total_gz:>10,d} B gzip")


def scenes() -> dict:
    rng = np.random.default_rng(0)
    n = 1_000_000
    pts = rng.uniform(-1, 1, (n, 3)).astype(np.float32)
    cols = rng.integers(0, 255, (n, 3), dtype=np.uint8)
    return {
        "1 box": Scene(Box(key="box", args=[1, 1, 1], material={"color": "red"})),
        "1M-point cloud (float16 + uint8 colours, 9 MB)": Scene(PointCloud(key="pc", vertices=pts, colors=cols, size=0.005)),
    }


async def one_run(browser, scene) -> tuple[float, float]:
    app = Vuer(host="127.0.0.1", port=0, workspace=str(BUILD))
    async with app.serving():
        ready = asyncio.get_running_loop().create_future()
        app.add_handler("SCENE_READY", lambda e, s: ready.done() or ready.set_result(e))
        app.scene.set @ scene
        context = await browser.new_context(viewport={"width": 960, "height": 720})
        page = await context.new_page()
        t0 = time.perf_counter()
        await page.goto(app.url + "/")
        await asyncio.wait_for(ready, 120)
        wall = (time.perf_counter() - t0) * 1000
        first_frame = await page.evaluate("window.__vuerFirstFrame")  # ms since navigation start
        await context.close()
    return first_frame, wall


async def timings(runs: int) -> None:
    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=shutil.which("chromium"), args=ARGS)
        try:
            for name, scene in scenes().items():
                got = [await one_run(browser, scene) for _ in range(runs)]
                ff = statistics.median(g[0] for g in got)
                wall = statistics.median(g[1] for g in got)
                print(f"  {name:48s} first frame {ff:8.0f} ms   SCENE_READY at the server {wall:8.0f} ms   (median of {runs})")
        finally:
            await browser.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    bundle_sizes()
    print("navigation → first rendered frame (headless chromium, SwiftShader, 960×720):")
    asyncio.run(timings(args.runs))
    print("rerun: python bench/client_bench.py --runs 3")


if __name__ == "__main__":
    main()
