"""What the three bench servers share: the data they send and the stdin control channel.

Imported by ``serve_ours.py`` (the project's Python) and ``serve_vuer.py`` /
``serve_viser.py`` (the peers' venv), so it needs nothing but the standard library and numpy.

Control: ``bench/run.py`` writes one command per line to the server's stdin:

* ``stream POINTS SECONDS``: run the PointCloud producer (as fast as it goes) for SECONDS,
  then send one last frame;
* ``bcast SEQ``: one small upsert to every connected client;
* ``quit``: exit.

The producer stamps every frame itself (``time.time_ns()`` just before the library call), so
the path the command took does not count.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable

import numpy as np

VARIANTS = 4
"""Distinct vertex arrays cycled by the producer (a frame is never byte-identical to the last)."""

MAX_STREAM_SECONDS = 60.0
"""A stream never runs longer than this, whatever the command says."""


def boxes(n: int) -> list[dict]:
    """The static scene: ``n`` boxes on a grid, each with its own key, position and colour."""
    side = max(1, int(np.ceil(np.sqrt(n))))
    out = []
    for i in range(n):
        x, z = i % side, i // side
        out.append(
            {
                "key": f"box{i}",
                "args": [0.1, 0.1, 0.1],
                "position": [0.2 * x, 0.05, 0.2 * z],
                "color": "#%06x" % ((i * 2654435761) & 0xFFFFFF),
            }
        )
    return out


def cloud(points: int) -> tuple[list[np.ndarray], np.ndarray]:
    """``VARIANTS`` float16 (points, 3) arrays (a jittered sphere) and one uint8 colour array.

    float16 is the wire precision of all three, so no library has to cast: a float32 → float16
    cast costs ~10 ms at 1M points on this CPU, the same for each, and would hide the
    differences between the servers. Each library still copies and serializes the arrays on
    every frame, as a user's call makes it.
    """
    rng = np.random.default_rng(0)
    base = rng.normal(size=(points, 3)).astype(np.float32)
    base /= np.linalg.norm(base, axis=1, keepdims=True)
    variants = [
        (base * (1 + 0.05 * rng.standard_normal((points, 1), dtype=np.float32))).astype(
            np.float16
        )
        for _ in range(VARIANTS)
    ]
    colors = ((base + 1) * 127.5).astype(np.uint8)
    return variants, colors


def stream_props(variants: list, colors, i: int, last: bool = False) -> dict:
    """The props of frame ``i`` of the PointCloud stream, stamped now (``userData.sent_ns``):
    build the element from them at once, so the stamp is taken just before the library call."""
    return {
        "key": "stream",
        "vertices": variants[i % VARIANTS],
        "colors": colors,
        "size": 0.01,
        "userData": {"frame": i, "sent_ns": time.time_ns(), "last": last},
    }


def read_commands(dispatch: Callable[[str, list[str]], None]) -> threading.Thread:
    """Read stdin lines in a daemon thread and hand each command to ``dispatch(name, args)``
    (called in that thread: the caller moves it into its event loop). EOF means quit."""

    def run():
        for line in sys.stdin:
            parts = line.split()
            if not parts:
                continue
            dispatch(parts[0], parts[1:])
            if parts[0] == "quit":
                return
        dispatch("quit", [])

    thread = threading.Thread(target=run, name="bench-control", daemon=True)
    thread.start()
    return thread
