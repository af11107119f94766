"""The server-side cost of one streamed frame, ours against upstream vuer, without a socket.

    python bench/producer_bench.py                 # 10k points (the stream row where it matters)
    python bench/producer_bench.py --points 100000 --frames 5000

One frame is what ``session.upsert @ PointCloud(...)`` costs the server's loop before the
socket: build the element from float16 vertices and uint8 colours, serialize the event, and
for ours name keyless nodes, make the outbound frame (checked; encoded when taken), apply it
to the session's scene and queue it (coalescing); for upstream pack it with msgpack and append
it to its deque. Every other frame is taken off the queue (and so encoded), as a writer that
keeps up half the time would. Best of 5 loops over ``--frames`` frames each.

Upstream runs in ``bench/.venv-peers`` (made by ``bench/run.py``): this script re-runs its
upstream half there, so each library is timed by its own interpreter on the same input.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "peers"))


def time_ours(points: int, frames: int) -> float:
    sys.path.insert(0, str(HERE.parent))
    from _common import VARIANTS, cloud

    from vuer_cli.events import Upsert
    from vuer_cli.schema import PointCloud
    from vuer_cli.server.outbound import Item, Outbound, coalesce_signature
    from vuer_cli.server.store import SceneStore, name_keyless
    from vuer_cli.server.wire import outgoing

    variants, colors = cloud(points)
    store = SceneStore()
    store.set({"tag": "Scene", "key": "scene"})
    queue = Outbound(100, lambda: b"")

    def one(i: int) -> None:
        pc = PointCloud(key="s", vertices=variants[i % VARIANTS], colors=colors, size=0.01, userData={"frame": i, "last": False})
        obj = Upsert(pc)._serialize()
        name_keyless(obj)
        data = outgoing(obj, True)
        store.apply(obj)
        signature, props = coalesce_signature(obj)
        queue.push(Item(data, True, signature, props))
        if i % 2:
            bytes(queue._items.popleft().data)

    return _best(one, frames)


def time_upstream(points: int, frames: int) -> float:
    from collections import deque

    from _common import VARIANTS, cloud
    from msgpack import packb
    from vuer.events import Upsert
    from vuer.schemas import PointCloud

    variants, colors = cloud(points)
    queue: deque = deque(maxlen=100)

    def one(i: int) -> None:
        pc = PointCloud(key="s", vertices=variants[i % VARIANTS], colors=colors, size=0.01, userData={"frame": i, "last": False})
        obj = Upsert(pc)._serialize()
        if isinstance(obj.get("ts"), float):
            obj["ts"] = int(obj["ts"] * 1000)  # as upstream's VuerSession.send does
        queue.append(packb(obj, use_single_float=True, use_bin_type=True))
        if i % 2:
            queue.popleft()

    return _best(one, frames)


def _best(one, frames: int) -> float:
    best = float("inf")
    for _ in range(5):
        start = time.perf_counter()
        for i in range(frames):
            one(i)
        best = min(best, (time.perf_counter() - start) / frames)
    return best * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--points", type=int, default=10_000)
    parser.add_argument("--frames", type=int, default=30_000)
    parser.add_argument("--upstream-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.upstream_only:
        print(f"{time_upstream(args.points, args.frames):.2f}")
        return
    peers = HERE / ".venv-peers" / "bin" / "python"
    ours = time_ours(args.points, args.frames)
    print(f"ours:     {ours:7.2f} µs per frame ({args.points:,} points, best of 5 x {args.frames:,} frames)")
    if peers.exists():
        out = subprocess.run([str(peers), __file__, "--upstream-only", "--points", str(args.points), "--frames", str(args.frames)], capture_output=True, text=True, check=True)
        upstream = float(out.stdout.strip())
        print(f"upstream: {upstream:7.2f} µs per frame (vuer 0.1.6 in bench/.venv-peers)")
        print(f"ours / upstream: {ours / upstream:.2f}x")
    else:
        print("upstream: not measured (run `python bench/run.py --quick` once to create bench/.venv-peers)")
    print(f"command: python bench/producer_bench.py --points {args.points} --frames {args.frames}")


if __name__ == "__main__":
    main()
