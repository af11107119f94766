"""``vuer serve``, ``vuer check`` and ``vuer schema`` as a person runs them: real processes."""

from __future__ import annotations

import asyncio
import os
import re
import signal
import sys
import time
from pathlib import Path

import aiohttp
import pytest
from typer.testing import CliRunner

from vuer_cli.main import app as cli
from vuer_cli.scene_schema import schema_text

from ..conftest import INIT_VALUE, WSClient

ROOT = Path(__file__).resolve().parents[2]
SCENES = ROOT / "scenes"
URL = re.compile(r"http://127\.0\.0\.1:(\d+)\?ws=\S+")


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("VUER_")}
    env["PYTHONUNBUFFERED"] = "1"
    return env


async def _start(*args: str, cwd: Path = ROOT) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "vuer_cli.main", *args, cwd=cwd, env=_env(),
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )


async def _read_until(stream: asyncio.StreamReader, pattern: re.Pattern, seen: list[str], timeout: float = 20.0) -> re.Match:
    async with asyncio.timeout(timeout):
        while True:
            line = (await stream.readline()).decode()
            if not line:
                raise AssertionError("the process ended before printing a URL:\n" + "".join(seen))
            seen.append(line)
            match = pattern.search(line)
            if match:
                return match


async def test_serve_prints_the_url_serves_the_scene_and_exits_0_on_ctrl_c():
    proc = await _start("serve", "scenes/hello.yaml", "--port", "0", "--no-watch")
    seen: list[str] = []
    try:
        match = await _read_until(proc.stderr, URL, seen)
        port = int(match.group(1))
        assert match.group(0) == f"http://127.0.0.1:{port}?ws=ws://127.0.0.1:{port}"
        assert "vuer serve scenes/hello.yaml — 8 elements, 0 handlers" in "".join(seen)
        async with aiohttp.ClientSession() as http:
            async with http.get(f"http://127.0.0.1:{port}/") as page:
                assert page.status == 200 and "text/html" in page.headers["Content-Type"]
            ws = await http.ws_connect(f"ws://127.0.0.1:{port}/", max_msg_size=0)
            client = WSClient(ws)
            await client.send({"etype": "INIT", "ts": time.time(), "value": INIT_VALUE})
            frame = await client.recv("SET")
            assert "box" in [c["key"] for c in frame["data"]["children"]]
            proc.send_signal(signal.SIGINT)
            async with asyncio.timeout(10):
                assert await proc.wait() == 0
            # The client was told the server is going away.
            async with asyncio.timeout(5):
                while not ws.closed:
                    await asyncio.sleep(0.01)
            assert ws.close_code == 1001
            await client.close()
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()
    err = "".join(seen) + (await proc.stderr.read()).decode()
    assert "Traceback" not in err
    assert "shutting down" in err


async def test_a_bad_scene_exits_2_with_the_message_and_starts_nothing(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("scene:\n  children:\n    - Box: {key: b}\n    - Box: {key: c, position: up}\n")
    proc = await _start("serve", str(bad), "--port", "0")
    async with asyncio.timeout(20):
        out, err = await proc.communicate()
    assert proc.returncode == 2
    text = err.decode()
    assert f"error: {bad}:4:31: scene.children[1] (Box \"c\"): prop 'position' must be a list of 3 numbers, got 'up'" in text
    assert "http://" not in text and "serving" not in text
    assert out == b""


def test_serve_refuses_a_port_in_use(tmp_path):
    import socket

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen()
    try:
        result = CliRunner().invoke(cli, ["serve", str(SCENES / "hello.yaml"), "--port", str(sock.getsockname()[1])])
    finally:
        sock.close()
    assert result.exit_code == 1
    assert "cannot serve" in result.output


def test_schema_prints_the_committed_schema():
    result = CliRunner().invoke(cli, ["schema"])
    assert result.exit_code == 0
    assert result.stdout == schema_text() == (ROOT / "vuer-scene.schema.json").read_text()


def test_check_says_ok_or_exits_2(tmp_path):
    good = CliRunner().invoke(cli, ["check", *sorted(str(p) for p in SCENES.glob("*.yaml"))])
    assert good.exit_code == 0, good.output
    assert good.output.count("ok ") == len(list(SCENES.glob("*.yaml")))
    (tmp_path / "bad.yaml").write_text("scnee: {}\n")
    bad = CliRunner().invoke(cli, ["check", str(SCENES / "hello.yaml"), str(tmp_path / "bad.yaml")])
    assert bad.exit_code == 2
    assert f"{tmp_path / 'bad.yaml'}:1:1: unknown top-level key 'scnee' (did you mean 'scene'?)" in bad.output


@pytest.mark.parametrize("flag", ["--help"])
def test_serve_help_lists_the_options(flag):
    result = CliRunner().invoke(cli, ["serve", flag])
    assert result.exit_code == 0
    for option in ("--host", "--port", "--open", "--no-watch", "--token"):
        assert option in result.output
