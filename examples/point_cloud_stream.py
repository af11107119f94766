"""A point cloud that moves: a rippling surface of 10 000 points, streamed at 30 frames/s.

    python examples/point_cloud_stream.py

then open http://localhost:8012 (``VUER_PORT=9000`` serves on another port).
Each frame replaces the cloud with ``session.upsert``: the vertices travel as float16 bytes
and the colours as uint8 RGB, which is what upstream's browser client reads. Written as for
upstream Vuer; only the imports differ (``vuer`` → ``vuer_cli``).
"""

from asyncio import sleep

import numpy as np

from vuer_cli import Vuer, VuerSession
from vuer_cli.schema import PointCloud, Scene

app = Vuer()

N = 100  # N × N points
FPS = 30

xs, zs = np.meshgrid(np.linspace(-1, 1, N), np.linspace(-1, 1, N))
xs, zs = xs.ravel(), zs.ravel()


def ripple(t: float):
    """The surface at time t: vertices (N², 3) and colours (N², 3) in 0..1, by height."""
    r = np.sqrt(xs**2 + zs**2)
    ys = 0.15 * np.sin(8 * r - 3 * t) * np.exp(-r)
    vertices = np.stack([xs, ys, zs], axis=-1)
    h = (ys - ys.min()) / (np.ptp(ys) + 1e-9)
    colors = np.stack([h, 0.3 + 0.4 * (1 - h), 1 - h], axis=-1)
    return vertices, colors


@app.spawn(start=True)
async def main(session: VuerSession):
    session.set @ Scene()

    frame = 0
    while True:
        vertices, colors = ripple(frame / FPS)
        session.upsert @ PointCloud(
            key="ripple",
            vertices=vertices,
            colors=colors,
            size=0.03,
            position=[0, -0.3, 0],
            rotation=[0.6, 0, 0],  # tilted towards the default camera, which looks along -z
        )
        frame += 1
        await sleep(1 / FPS)
