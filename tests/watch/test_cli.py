"""``vuer serve`` (watching by default) and ``vuer watch DIR`` as a person runs them: real
processes, a real websocket client, files edited on disk."""

from __future__ import annotations

import asyncio
import os
import re
import signal
import sys
import time
from pathlib import Path

import pytest

from vuer_cli.runner import SceneRunner, ServeOptions

from ..conftest import INIT_VALUE, WSClient
from .conftest import save

ROOT = Path(__file__).resolve().parents[2]
URL = re.compile(r"http://127\.0\.0\.1:(\d+)\?ws=\S+")


class Process:
    """``python -m vuer_cli.main ARGS`` in ``cwd``, its stderr read line by line."""

    def __init__(self, proc: asyncio.subprocess.Process):
        self.proc = proc
        self.lines: list[str] = []

    @classmethod
    async def start(cls, *args: str, cwd: Path) -> "Process":
        env = {k: v for k, v in os.environ.items() if not k.startswith("VUER_")}
        env.update(PYTHONUNBUFFERED="1", COLUMNS="250", PYTHONPATH=str(ROOT))
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "vuer_cli.main", *args, cwd=cwd, env=env,
            stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE,
        )
        return cls(proc)

    async def line(self, pattern: str, timeout: float = 20.0) -> re.Match:
        """The next stderr line that matches (earlier ones are kept in ``lines``)."""
        regex = re.compile(pattern)
        async with asyncio.timeout(timeout):
            while True:
                line = (await self.proc.stderr.readline()).decode()
                if not line:
                    raise AssertionError(f"the process ended before printing /{pattern}/:\n" + "".join(self.lines))
                self.lines.append(line)
                match = regex.search(line)
                if match:
                    return match

    async def stop(self) -> int:
        self.proc.send_signal(signal.SIGINT)
        async with asyncio.timeout(10):
            return await self.proc.wait()

    def kill(self):
        if self.proc.returncode is None:
            self.proc.kill()


async def ws(http, port: int, query: str = "") -> WSClient:
    client = WSClient(await http.ws_connect(f"ws://127.0.0.1:{port}/{query}", max_msg_size=0))
    await client.send({"etype": "INIT", "ts": time.time(), "value": INIT_VALUE})
    return client


async def test_serve_reloads_on_save_and_prints_one_line_per_reload(folder, http):
    save(folder / "s.yaml", "scene:\n  - Box: {key: box, material: {color: red}}\n")
    p = await Process.start("serve", "s.yaml", "--port", "0", cwd=folder)
    try:
        port = int((await p.line(URL.pattern)).group(1))
        client = await ws(http, port)
        await client.recv("SET")
        save(folder / "s.yaml", "scene:\n  - Box: {key: box, material: {color: blue}}\n")
        frame = await client.recv()
        assert frame["etype"] == "UPDATE" and frame["data"]["nodes"] == [{"key": "box", "tag": "Box", "material": {"color": "blue"}}]
        await p.line(r"INFO\s+reloaded s\.yaml: 1 updated, 0 added, 0 removed in \d+ ms")

        save(folder / "s.yaml", "scene:\n  - Box: {key: box, material: {color: blue}\n")
        error = await client.recv("ERROR")
        assert error["data"]["message"].startswith("s.yaml:3:1: YAML syntax error")
        await p.line(r"ERROR\s+s\.yaml:3:1: YAML syntax error")
        assert await p.stop() == 0
        await client.close()
    finally:
        p.kill()


async def test_watch_serves_a_folder_and_picks_up_new_files(folder, http):
    save(folder / "a.yaml", "scene:\n  - Box: {key: a}\n")
    save(folder / "b.yaml", "scene:\n  - Sphere: {key: b}\n")
    p = await Process.start("watch", ".", "--port", "0", cwd=folder)
    try:
        port = int((await p.line(URL.pattern)).group(1))
        await p.line(rf"a: http://127\.0\.0\.1:{port}\?ws=ws://127\.0\.0\.1:{port}&scene=a")
        assert "vuer watch . — 2 scenes" in "".join(p.lines)
        async with http.get(f"http://127.0.0.1:{port}/scenes.json") as r:
            assert [s["name"] for s in (await r.json())["scenes"]] == ["a", "b"]
        save(folder / "c.yaml", "scene:\n  - Cone: {key: c}\n")
        await p.line(r"serving c\.yaml at /\?scene=c")
        c = await ws(http, port, "?scene=c")
        assert [n["key"] for n in (await c.recv("SET"))["data"]["children"]] == ["c"]
        assert await p.stop() == 0
        await c.close()
    finally:
        p.kill()


async def test_watch_of_something_that_is_not_a_folder_exits_2(tmp_path):
    p = await Process.start("watch", "nope", cwd=tmp_path)
    await p.line(r"error:.*nope: not a folder")
    async with asyncio.timeout(10):
        assert await p.proc.wait() == 2


@pytest.mark.parametrize("watch", [True, False])
async def test_no_watch_runs_no_watcher(folder, watch):
    runner = SceneRunner(save(folder / "s.yaml", "scene:\n  - Box: {key: a}\n"), ServeOptions(port=0, watch=watch))
    seen = asyncio.get_running_loop().create_future()
    task = asyncio.get_running_loop().create_task(runner.run(on_ready=lambda r: seen.set_result(r.watcher)))
    watcher = await asyncio.wait_for(seen, 10)
    runner.stop()
    await asyncio.wait_for(task, 10)
    assert (watcher is not None and watcher.ready.is_set()) if watch else watcher is None
