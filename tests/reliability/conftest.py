"""Reliability fixtures: what the server logged at ERROR, its tasks and its memory."""

from __future__ import annotations

import asyncio
import logging
import re

import pytest

WATCHED = ("vuer_cli", "aiohttp", "asyncio")
"""Loggers whose ERROR records mean the server itself failed (aiohttp logs a handler crash as
'Error handling request'; asyncio logs 'Task exception was never retrieved')."""


class ErrorLog(logging.Handler):
    """Collects records at WARNING and above from the server's loggers."""

    def __init__(self):
        super().__init__(level=logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def errors(self, allow=()) -> list[str]:
        """ERROR records, minus those caused by an exception type in ``allow`` (a user's bug)."""
        out = []
        for r in self.records:
            if r.levelno < logging.ERROR:
                continue
            exc = r.exc_info[1] if r.exc_info else None
            if exc is not None and isinstance(exc, tuple(allow)):
                continue
            out.append(f"{r.name}: {r.getMessage()}" + (f" [{type(exc).__name__}: {exc}]" if exc else ""))
        return out

    def messages(self, level=logging.WARNING, name: str = "vuer_cli") -> list[str]:
        return [r.getMessage() for r in self.records if r.levelno >= level and r.name.startswith(name)]


@pytest.fixture
def errlog():
    """Every record of the server's loggers during the test (levels lowered to DEBUG, also
    on child loggers that something else set, e.g. the CLI quieting aiohttp.access)."""
    handler = ErrorLog()
    saved = []
    children = [name for name in logging.root.manager.loggerDict if name.startswith(tuple(w + "." for w in WATCHED))]
    for name in (*WATCHED, *children, "aiohttp.access"):
        log = logging.getLogger(name)
        saved.append((log, log.level, log.propagate))
        log.setLevel(logging.DEBUG)
        log.propagate = True
    for name in WATCHED:
        logging.getLogger(name).addHandler(handler)
    try:
        yield handler
    finally:
        for name in WATCHED:
            logging.getLogger(name).removeHandler(handler)
        for log, level, propagate in saved:
            log.setLevel(level)
            log.propagate = propagate


def rss_mb() -> float:
    """This process's resident memory, in MB (Linux /proc)."""
    with open("/proc/self/status") as f:
        match = re.search(r"VmRSS:\s+(\d+) kB", f.read())
    return int(match.group(1)) / 1024 if match else float("nan")


def task_count() -> int:
    return len([t for t in asyncio.all_tasks() if not t.done()])


class ServerProcess:
    """programs/stats_server.py in a subprocess: its port, its stats, its stderr."""

    def __init__(self, *args: str):
        import subprocess
        import sys
        from pathlib import Path

        program = Path(__file__).parent / "programs" / "stats_server.py"
        self.proc = subprocess.Popen([sys.executable, str(program), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        line = self.proc.stdout.readline()
        if not line.startswith("PORT "):
            self.proc.kill()
            raise AssertionError(f"server did not start: {line}{self.proc.communicate()[1]}")
        self.port = int(line.split()[1])
        self.url = f"http://127.0.0.1:{self.port}"
        self.stderr = ""

    async def stats(self, http, gc: bool = False) -> dict:
        async with http.get(f"{self.url}/debug/stats" + ("?gc=1" if gc else "")) as r:
            assert r.status == 200
            return await r.json()

    def stop(self) -> int:
        """SIGTERM, then the exit code (stderr is kept in ``self.stderr``)."""
        import signal
        import subprocess

        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        try:
            _, self.stderr = self.proc.communicate(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            _, self.stderr = self.proc.communicate()
        return self.proc.returncode


@pytest.fixture
async def server_process():
    """Start with ``server_process(*args)``; stopped (SIGTERM) at the end of the test."""
    started = []

    def start(*args: str) -> ServerProcess:
        started.append(ServerProcess(*args))
        return started[-1]

    yield start
    for p in started:
        await asyncio.to_thread(p.stop)
