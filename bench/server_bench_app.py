"""The server that ``bench/server_bench.py`` measures, run in a process of its own.

    VUER_PORT=8012 python bench/server_bench_app.py

* Every client gets a static shared scene (a few boxes) at INIT: the idle-CPU case.
* A client whose INIT value says ``"client": "bench-stream"`` gets a PointCloud stream from
  a spawned session loop: ``session.upsert @ PointCloud(...)`` of ``points`` points (float16
  vertices + uint8 colours, upstream's encoding) at ``fps`` frames/s (0: as fast as the loop
  allows) for ``seconds`` s, then one last frame. Each frame carries
  ``userData = {"frame": i, "sent_ns": time.time_ns(), "last": bool}`` (integers: floats
  would go out as float32), stamped just before the upsert.

Arrays are encoded once up front (a few variants, cycled) so the figures are the server's
(store, encode, queue, send), not numpy's. Ctrl-C / SIGTERM stop it.
"""

from __future__ import annotations

import asyncio
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent / "peers"))

from vuer_cli import Vuer, VuerSession  # noqa: E402
from vuer_cli.schema import Box, PointCloud, Scene  # noqa: E402
from vuer_cli.schema.bulk import encode_colors, encode_floats  # noqa: E402

from _common import VARIANTS, stream_props  # noqa: E402

MAX_SECONDS = 120.0  # a stream never runs longer than this, whatever the client asks

app = Vuer()
app.scene.set @ Scene(
    Box(key="red", args=[1, 1, 1], position=[-1.5, 0, 0], material={"color": "red"}),
    Box(key="green", args=[1, 1, 1], position=[0, 0, 0], material={"color": "green"}),
    Box(key="blue", args=[1, 1, 1], position=[1.5, 0, 0], material={"color": "blue"}),
)


def clouds(points: int) -> tuple[list[bytes], bytes]:
    """A few float16 vertex buffers (a sphere, jittered) and one uint8 colour buffer."""
    rng = np.random.default_rng(0)
    base = rng.normal(size=(points, 3)).astype(np.float32)
    base /= np.linalg.norm(base, axis=1, keepdims=True)
    variants = [encode_floats(base * (1 + 0.05 * rng.standard_normal((points, 1), dtype=np.float32))) for _ in range(VARIANTS)]
    colors = encode_colors((base + 1) / 2)
    return variants, colors


@app.spawn(client="bench-stream")
async def stream(session: VuerSession):
    spec = session.info
    points = int(spec.get("points", 100_000))
    fps = float(spec.get("fps", 30))
    seconds = min(float(spec.get("seconds", 5)), MAX_SECONDS)
    variants, colors = clouds(points)
    period = 1 / fps if fps > 0 else 0.0

    def frame(i: int, last: bool = False) -> PointCloud:
        return PointCloud(**stream_props(variants, colors, i, last))

    start = time.monotonic()
    i = 0
    while time.monotonic() - start < seconds:
        session.upsert @ frame(i)
        i += 1
        if period:
            await asyncio.sleep(max(0.0, start + i * period - time.monotonic()))
        else:
            await asyncio.sleep(0)  # let the writer and the socket run
    session.upsert @ frame(i, last=True)
    await session.forever()


if __name__ == "__main__":
    app.run()
