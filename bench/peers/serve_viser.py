"""viser, as ``bench/run.py`` measures it: run with the peers' venv Python.

    bench/.venv-peers/bin/python bench/peers/serve_viser.py --port PORT [--elements N]

viser's websocket server runs in a thread of its own; user code calls its scene API from
the main thread, which here reads the stdin commands:

* the static scene: ``server.scene.add_box`` for each of the ``N`` boxes (viser keeps them in
  its persistent broadcast buffer, which is what a late joiner receives);
* ``stream P S``: ``server.scene.add_point_cloud("/stream", ...)`` in a loop as fast as it
  goes (one ``time.sleep(0)`` per frame, the thread's way of yielding) for S seconds, then the
  last frame. The stamp rides in the node's ``scale`` (frame, send time in s, last): a field
  of the same message, sent as float64;
* ``bcast SEQ``: ``handle.position = (SEQ, send time, 0)`` on a box: one SetPositionMessage
  to every client, viser's way of changing a node in place.
"""

from __future__ import annotations

import argparse
import queue
import sys
import time

import viser
from _common import MAX_STREAM_SECONDS, VARIANTS, boxes, cloud, read_commands

parser = argparse.ArgumentParser()
parser.add_argument("--port", type=int, required=True)
parser.add_argument("--elements", type=int, default=3)
args = parser.parse_args()

server = viser.ViserServer(host="127.0.0.1", port=args.port, verbose=False)
for b in boxes(args.elements):
    rgb = tuple(int(b["color"][i : i + 2], 16) for i in (1, 3, 5))
    server.scene.add_box(
        "/" + b["key"],
        color=rgb,
        dimensions=tuple(b["args"]),
        position=tuple(b["position"]),
    )
bcast = server.scene.add_box(
    "/bcast",
    color=(255, 255, 255),
    dimensions=(0.2, 0.2, 0.2),
    position=(0.0, 1.0, 0.0),
)


def stream(points: int, seconds: float) -> None:
    variants, colors = cloud(points)

    def frame(i: int, last: bool = False) -> None:
        server.scene.add_point_cloud(
            "/stream",
            points=variants[i % VARIANTS],
            colors=colors,
            point_size=0.01,
            scale=(float(i), time.time(), 1.0 if last else 0.0),
        )

    start = time.monotonic()
    i = 0
    while time.monotonic() - start < min(seconds, MAX_STREAM_SECONDS):
        frame(i)
        i += 1
        time.sleep(0)
    frame(i, last=True)


commands: queue.Queue = queue.Queue()
read_commands(lambda name, argv: commands.put((name, argv)))
print(
    "READY", file=sys.stderr, flush=True
)  # viser listens from the start: ready once the scene is in
while True:
    name, argv = commands.get()
    if name == "stream":
        stream(int(argv[0]), float(argv[1]))
    elif name == "bcast":
        bcast.position = (float(argv[0]), time.time(), 0.0)
    elif name == "quit":
        break
server.stop()
sys.exit(0)
