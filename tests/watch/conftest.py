"""Hot reload fixtures: scene files in a temporary folder, served with watching on, real
websocket clients, and ways to wait for a reload (and for exactly its frames) without sleeps."""

from __future__ import annotations

import asyncio
import os
import textwrap
from contextlib import asynccontextmanager
from pathlib import Path

import pytest

from vuer_cli import Vuer
from vuer_cli.runner import FolderRunner, LiveScene, SceneRunner

FENCE = {"etype": "FENCE"}
"""A frame the test broadcasts after a reload: every frame before it belongs to that reload."""


def save(path: Path, text: str) -> Path:
    """Write a file as an editor does: the whole new text at once (dedented)."""
    path.write_text(textwrap.dedent(text))
    return path


def save_by_rename(path: Path, text: str) -> Path:
    """Write a file as many editors do: a temporary file, then renamed over the old one."""
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(textwrap.dedent(text))
    os.replace(tmp, path)
    return path


class Reloads:
    """The reloads of one LiveScene, as they happen (``Reload``, or None for a bad file)."""

    def __init__(self, live: LiveScene):
        self.queue: asyncio.Queue = asyncio.Queue()
        self.count = 0
        live.on_reload.append(self._got)

    def _got(self, report) -> None:
        self.count += 1
        self.queue.put_nowait(report)

    async def next(self, timeout: float = 5.0):
        async with asyncio.timeout(timeout):
            return await self.queue.get()


async def frames_until_fence(client, shared, timeout: float = 5.0) -> list[dict]:
    """Every frame the client got since the last read, up to a fence broadcast now (``ts`` dropped)."""
    shared.broadcast(dict(FENCE))
    out = []
    while True:
        frame = await client.recv(timeout=timeout)
        if frame.get("etype") == "FENCE":
            return out
        out.append({k: v for k, v in frame.items() if k != "ts"})


@asynccontextmanager
async def watched(path: Path, **settings):
    """A SceneRunner on 127.0.0.1:0 for ``path``, serving and watching."""
    runner = SceneRunner(path, app=Vuer(host="127.0.0.1", port=0, **settings))
    async with runner.app.serving(), runner.watching():
        yield runner
    runner.live.close()


@asynccontextmanager
async def watched_folder(folder: Path, **settings):
    """A FolderRunner on 127.0.0.1:0 for ``folder``, serving and watching."""
    runner = FolderRunner(folder, app=Vuer(host="127.0.0.1", port=0, **settings))
    async with runner.app.serving(), runner.watching():
        yield runner
    runner.close()


@pytest.fixture
def folder(tmp_path) -> Path:
    d = tmp_path / "scenes"
    d.mkdir()
    return d
