"""Upstream ``vuer`` 0.1.6, as ``bench/run.py`` measures it: run with the peers' venv Python.

    bench/.venv-peers/bin/python bench/peers/serve_vuer.py --port PORT [--elements N]

The same user code as ``serve_ours.py``, written the way upstream's API allows:

* upstream has no server-held scene, so the static scene (``N`` boxes, built once here) is
  sent by the spawned function of each client: ``session.set @ scene``, then
  ``await session.forever()`` (returning would close the socket);
* stdin ``stream P S``: a task loops ``session.upsert @ PointCloud(...)`` on the connected
  session as fast as it goes (one ``await asyncio.sleep(0)`` per frame) for S seconds, then
  the last frame;
* stdin ``bcast SEQ``: upstream has no broadcast, so ``session.upsert @ box`` for each
  session (each one serializes and packs it again).

``Vuer.local_ip`` is replaced by ``127.0.0.1``: upstream otherwise opens a UDP socket towards a
public address at start to print a LAN URL, and the bench stays on loopback.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time

from _common import MAX_STREAM_SECONDS, boxes, cloud, read_commands, stream_props
from vuer import Vuer, VuerSession
from vuer.schemas import Box, PointCloud, Scene

parser = argparse.ArgumentParser()
parser.add_argument("--port", type=int, required=True)
parser.add_argument("--elements", type=int, default=3)
args = parser.parse_args()

# params_proto wraps Vuer: a class attribute set on the wrapper does not reach instances.
type.__getattribute__(Vuer, "__proto_original_class__").local_ip = property(
    lambda self: "127.0.0.1"
)

app = Vuer(host="127.0.0.1", port=args.port)
scene = Scene(
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
sessions: dict = {}


@app.spawn(client="bench")
async def register(session: VuerSession):
    session.set @ scene
    sessions[session.CURRENT_WS_ID] = session
    try:
        await session.forever()
    finally:
        sessions.pop(session.CURRENT_WS_ID, None)


async def stream(points: int, seconds: float) -> None:
    session = next(reversed(sessions.values()))
    variants, colors = cloud(points)

    def frame(i: int, last: bool = False) -> PointCloud:
        return PointCloud(**stream_props(variants, colors, i, last))

    start = time.monotonic()
    i = 0
    while (
        time.monotonic() - start < min(seconds, MAX_STREAM_SECONDS)
        and session.CURRENT_WS_ID in app.ws
    ):
        session.upsert @ frame(i)
        i += 1
        await asyncio.sleep(0)
    session.upsert @ frame(i, last=True)


def broadcast(seq: int) -> None:
    box = Box(
        key="bcast",
        args=[0.2, 0.2, 0.2],
        position=[0, 1, 0],
        material={"color": "white"},
        userData={"seq": seq, "sent_ns": time.time_ns()},
    )
    for session in list(sessions.values()):
        session.upsert @ box


tasks: set = set()


def handle(name: str, argv: list) -> None:
    loop = asyncio.get_running_loop()
    if name == "stream":
        task = loop.create_task(stream(int(argv[0]), float(argv[1])))
        tasks.add(task)
        task.add_done_callback(tasks.discard)
    elif name == "bcast":
        broadcast(int(argv[0]))
    elif name == "quit":
        loop.stop()  # upstream's start() then cleans up and returns


async def start_control(_app) -> None:
    loop = asyncio.get_running_loop()
    read_commands(lambda name, argv: loop.call_soon_threadsafe(handle, name, argv))
    print(
        "READY", file=sys.stderr, flush=True
    )  # the scene is built; run.py then waits for the port


app.app.on_startup.append(start_control)

if __name__ == "__main__":
    app.start()
