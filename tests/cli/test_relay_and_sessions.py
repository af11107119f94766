"""`vuer relay` and `vuer sessions` as real subprocesses against a real server."""

from __future__ import annotations

import asyncio
import json
import sys

import pytest

from ..conftest import running, wait_until

BOX_YAML = """\
etype: UPSERT
data:
  nodes:
    - Box: {key: relayed, args: [1, 1, 1], material: {color: lime}}
  to: null
"""


async def vuer(*args, stdin: bytes | None = None) -> tuple[int, str]:
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "vuer_cli.main", *args,
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
        env={"COLUMNS": "200", "PATH": "/usr/bin:/bin", "NO_COLOR": "1"},
    )
    out, _ = await asyncio.wait_for(proc.communicate(stdin), 60)
    return proc.returncode, out.decode()


@pytest.fixture
def box_file(tmp_path):
    f = tmp_path / "box.yaml"
    f.write_text(BOX_YAML)
    return f


async def test_relay_to_one_session(connect, box_file):
    async with running() as app:
        a = await connect(app)
        b = await connect(app)
        await wait_until(lambda: len(app.scene.sessions) == 2, what="two sessions")
        sid = next(iter(app.sessions))
        code, out = await vuer("relay", "--sid", sid, "--url", app.url, str(box_file))
        assert code == 0, out
        assert "received by 1 session" in out
        got = [[f for f in await c.nothing_for(0.3) if f["etype"] == "UPSERT"] for c in (a, b)]
        assert sorted(len(g) for g in got) == [0, 1]
        node = next(g for g in got if g)[0]["data"]["nodes"][0]
        assert node == {"key": "relayed", "tag": "Box", "args": [1, 1, 1], "material": {"color": "lime"}}


async def test_relay_to_all_from_stdin_reaches_late_joiners(connect):
    async with running() as app:
        a = await connect(app)
        await wait_until(lambda: app.scene.sessions, what="a session")
        code, out = await vuer("relay", "--sid", "*", "--url", app.url, "-", stdin=BOX_YAML.encode())
        assert code == 0, out
        assert (await a.recv("UPSERT"))["data"]["nodes"][0]["key"] == "relayed"
        late = await connect(app)
        assert (await late.recv("SET"))["data"]["children"][0]["key"] == "relayed"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("etype: UPSERTT\ndata: {nodes: []}\n", "box.yaml:1:8: event: unknown etype 'UPSERTT' (did you mean 'UPSERT'?)"),
        ("etype: UPSERT\ndata:\n  nodes:\n    - Boxx: {key: b}\n", "box.yaml:4:7: event.data.nodes[0]: unknown tag 'Boxx' (did you mean 'Box'?)"),
        ("etype: ADD\ndata:\n  nodes:\n    - Box: {key: b, position: up}\n", "box.yaml:4:31: event.data.nodes[0] (Box \"b\"): prop 'position' must be a list of 3 numbers, got 'up'"),
        ("- etype: REMOVE\n  data: {keys: 5}\n", "box.yaml:2:9: events[0].data: REMOVE needs data.keys"),
        ("etype: ADD\ndata: {nodes: [\n", "box.yaml:3:1"),
    ],
)
async def test_bad_event_files_are_refused_before_sending(tmp_path, text, expected):
    f = tmp_path / "box.yaml"
    f.write_text(text)
    code, out = await vuer("relay", "--url", "http://127.0.0.1:9", str(f))  # nothing listens there
    assert code == 2, out
    assert expected in " ".join(out.replace(str(tmp_path) + "/", "").split())


async def test_unknown_sid_bad_token_and_server_down_exit_nonzero(box_file):
    async with running(token="s3cret") as app:
        code, out = await vuer("relay", "--sid", "nobody", "--url", app.url, "--token", "s3cret", str(box_file))
        assert code == 1 and "no session 'nobody'" in out
        code, out = await vuer("relay", "--url", app.url, "--token", "wrong", str(box_file))
        assert code == 1 and "refused the token" in out
        code, out = await vuer("sessions", "--url", app.url)
        assert code == 1 and "refused the token" in out
    code, out = await vuer("relay", "--url", "http://127.0.0.1:9", str(box_file))
    assert code == 1 and "cannot reach" in out


async def test_sessions_lists_two_clients(connect):
    async with running() as app:
        await connect(app, client="browser", pkg="alpha", pkgVersion="1.2")
        await connect(app, client="python", pkg="beta")
        await wait_until(lambda: len(app.scene.sessions) == 2, what="two sessions")
        code, out = await vuer("sessions", "--url", app.url, "--json")
        assert code == 0, out
        listed = json.loads(out)
        assert sorted((s["client"], s["pkg"]) for s in listed) == [("browser", "alpha"), ("python", "beta")]
        assert set(s["id"] for s in listed) == set(app.sessions)
        code, out = await vuer("sessions", "--url", app.url)
        assert code == 0 and "2 session(s)" in out and "alpha 1.2" in out
