"""A server in its own process, for the soak and slow-reader tests: its memory and tasks are
measured alone, not mixed with the test's clients.

``python stats_server.py [queue_len]`` prints ``PORT <n>`` when serving. GET /debug/stats
(``?gc=1`` collects first) answers its task count, RSS, peak RSS, sessions and each session's
outbound queue. Logs (WARNING and up) go to stderr.
"""

import asyncio
import gc
import logging
import re
import sys

from vuer_cli import Vuer

logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
app = Vuer(host="127.0.0.1", port=0, queue_len=int(sys.argv[1]) if len(sys.argv) > 1 else 100)


def _status_mb(field: str) -> float:
    with open("/proc/self/status") as f:
        return int(re.search(rf"{field}:\s+(\d+) kB", f.read()).group(1)) / 1024


def stats(request):
    if request.query.get("gc"):
        gc.collect()
    tasks = [t for t in asyncio.all_tasks() if not t.done()]
    return {
        "tasks": len(tasks),
        "task_names": sorted(t.get_name() for t in tasks),
        "rss_mb": _status_mb("VmRSS"),
        "peak_rss_mb": _status_mb("VmHWM"),
        "sessions": len(app.sessions),
        "ws": len(app.ws),
        "scene_sessions": len(app.scene.sessions),
        "scene_nodes": len(app.scene.store),
        "handlers": sum(len(v) for v in app.handlers.values()),
        "queues": {
            s.info.get("client") or s.id: {
                "items": len(s.outbound),
                "bytes": sum(len(item.data) for item in s.outbound._items),
                "coalesced": s.outbound.coalesced,
                "resyncs": s.outbound.resyncs,
            }
            for s in app.sessions.values()
        },
    }


app.add_route("/debug/stats", stats)
_start_site = app._start_site


async def start_site():
    await _start_site()
    print(f"PORT {app.port}", flush=True)


app._start_site = start_site
app.start()
