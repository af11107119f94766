"""Our server, as ``bench/run.py`` measures it: run with the project's Python.

    python bench/peers/serve_ours.py --port PORT [--elements N]

* The static scene (``N`` boxes, default 3) is ``app.scene``: every client gets it at INIT.
* A client whose INIT says ``"client": "bench"`` is registered by a spawned function that
  keeps its session open (``await session.forever()``).
* stdin ``stream P S``: a task on the connected session loops
  ``session.upsert @ PointCloud(...)`` as fast as it goes (one ``await asyncio.sleep(0)`` per
  frame) for S seconds, then sends the last frame. ``userData`` carries the stamp.
* stdin ``bcast SEQ``: ``app.scene.upsert @ Box(key="bcast", userData=stamp)``: one op,
  encoded once, to every client.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
# VUER_BENCH_OURS_ROOT (``run.py --ours-root``): measure another checkout's vuer_cli, e.g. a
# proposed fix, without touching this one.
sys.path.insert(0, os.environ.get("VUER_BENCH_OURS_ROOT") or str(HERE.parent.parent))

from _common import MAX_STREAM_SECONDS, boxes, cloud, read_commands, stream_props

from vuer_cli import Vuer, VuerSession
from vuer_cli.schema import Box, PointCloud, Scene

parser = argparse.ArgumentParser()
parser.add_argument("--port", type=int, required=True)
parser.add_argument("--elements", type=int, default=3)
args = parser.parse_args()

app = Vuer(host="127.0.0.1", port=args.port)
app.scene.set @ Scene(
    *[
        Box(
            key=b["key"],
            args=b["args"],
            position=b["position"],
            material={"color": b["color"]},
        )
        for b in boxes(args.elements)
    ]
)
sessions: dict[str, VuerSession] = {}


@app.spawn(client="bench")
async def register(session: VuerSession):
    sessions[session.id] = session
    try:
        await session.forever()
    finally:
        sessions.pop(session.id, None)


async def stream(points: int, seconds: float) -> None:
    session = next(reversed(sessions.values()))  # the stream client is the only one
    variants, colors = cloud(points)

    def frame(i: int, last: bool = False) -> PointCloud:
        return PointCloud(**stream_props(variants, colors, i, last))

    start = time.monotonic()
    i = 0
    while (
        time.monotonic() - start < min(seconds, MAX_STREAM_SECONDS)
        and not session.closed
    ):
        session.upsert @ frame(i)
        i += 1
        await asyncio.sleep(0)
    session.upsert @ frame(i, last=True)


def broadcast(seq: int) -> None:
    app.scene.upsert @ Box(
        key="bcast",
        args=[0.2, 0.2, 0.2],
        position=[0, 1, 0],
        material={"color": "white"},
        userData={"seq": seq, "sent_ns": time.time_ns()},
    )


tasks: set[asyncio.Task] = set()


def handle(name: str, argv: list[str]) -> None:
    if name == "stream":
        task = asyncio.get_running_loop().create_task(
            stream(int(argv[0]), float(argv[1]))
        )
        tasks.add(task)
        task.add_done_callback(tasks.discard)
    elif name == "bcast":
        broadcast(int(argv[0]))
    elif name == "quit":
        app.stop()


async def start_control(_app) -> None:
    loop = asyncio.get_running_loop()
    read_commands(lambda name, argv: loop.call_soon_threadsafe(handle, name, argv))
    print(
        "READY", file=sys.stderr, flush=True
    )  # the scene is built; run.py then waits for the port


app.app.on_startup.append(start_control)

if __name__ == "__main__":
    app.run()
