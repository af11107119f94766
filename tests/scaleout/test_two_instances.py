"""Two `vuer serve --broker redis://…` processes on one Redis behave as one server."""

from __future__ import annotations

import asyncio
import json
import os
import sys

import msgpack

from .conftest import needs_redis, relay, until_true, upsert

pytestmark = needs_redis


async def test_an_op_through_a_reaches_a_client_of_b_and_late_joiners(cluster, view, http):
    await cluster.redis()
    a = await cluster.instance("A")
    b = await cluster.instance("B")
    on_b = await view(b)
    on_a = await view(a)
    assert on_b.keys == on_a.keys == {"base"}  # B took the scene A wrote into Redis first

    status, body = await relay(http, a, upsert("through-a", position=[1, 2, 3]))
    assert status == 200, body
    await on_b.until(lambda v: "through-a" in v.keys, "the op made through A")
    await on_a.until(lambda v: "through-a" in v.keys, "the op on A itself")

    steps = [
        upsert("g"),
        {"etype": "ADD", "data": {"nodes": [{"tag": "Sphere", "key": "child"}], "to": "g"}},
        {"etype": "UPDATE", "data": {"nodes": [{"key": "base", "material": {"color": "blue"}}]}},
        {"etype": "REMOVE", "data": {"keys": ["through-a"]}},
    ]
    status, body = await relay(http, a, steps)  # one batch: the ADD needs the UPSERT before it
    assert status == 200, body
    await on_b.until(lambda v: "child" in v.keys and "through-a" not in v.keys, "the batch")

    late = await view(b)
    assert late.store.snapshot() == on_b.store.snapshot() == on_a.store.snapshot()
    assert late.store.get("base")["material"] == {"color": "blue"}
    assert late.store.parent["child"] == "g"


async def test_relay_by_sid_and_sessions_across_instances(cluster, view, http):
    await cluster.redis()
    a = await cluster.instance("A")
    b = await cluster.instance("B")
    on_a = await view(a)
    on_b = await view(b)

    async def listing():
        async with http.get(f"{a.url}/sessions") as r:
            listed = await r.json()
        by_instance = {}
        for s in listed["sessions"]:
            by_instance.setdefault(s["instanceUrl"], []).append(s["id"])
        return listed, by_instance

    # B writes its registry just after its client's INIT: a few ms, on B's event loop
    listed, by_instance = await until_true(listing, lambda got: len(got[1]) == 2, "B's session in A's /sessions")
    assert sorted(by_instance) == sorted([a.url, b.url]), listed
    assert len(listed["instances"]) == 2
    sid_b = by_instance[b.url][0]

    status, body = await relay(http, a, upsert("only-b"), sid=sid_b)
    assert status == 200 and body["delivered"] == 1, body
    await on_b.until(lambda v: "only-b" in v.keys, "the relay by sid through A")
    assert "only-b" not in on_a.keys  # one session's view, on the other instance

    status, body = await relay(http, a, {"etype": "ADD", "data": {"nodes": [{"tag": "Box", "key": "k"}], "to": "ghost"}}, sid=sid_b)
    assert status == 400 and "ghost" in body["error"], body  # checked by B against that session's scene
    status, body = await relay(http, a, upsert("x"), sid="nobody")
    assert status == 404, body

    # `vuer sessions` against A shows B's session, with its instance
    rows = json.loads(await vuer("sessions", "--url", a.url, "--json"))
    assert {r["id"]: r["instanceUrl"] for r in rows}[sid_b] == b.url
    table = await vuer("sessions", "--url", a.url)
    assert "instance" in table and b.url in table and sid_b in table


async def test_render_by_sid_through_another_instance(cluster, view, http, tmp_path):
    """`vuer render --url A --sid S` for a session of B: A asks B through Redis, B asks its
    client, and the picture comes back the same way."""
    import io

    from PIL import Image

    await cluster.redis()
    a = await cluster.instance("A")
    b = await cluster.instance("B")
    on_b = await view(b)  # the client that answers GRAB_RENDER, as a browser does
    async with http.get(f"{b.url}/sessions") as r:
        (sid_b,) = [s["id"] for s in (await r.json())["sessions"] if s["instanceUrl"] == b.url]
    png = io.BytesIO()
    Image.new("RGB", (4, 2), (255, 0, 0)).save(png, format="PNG")

    out = tmp_path / "b.png"
    cli = asyncio.create_task(vuer("render", "--url", a.url, "--sid", sid_b, "-o", str(out), "--timeout", "10"))
    await on_b.until(lambda v: any(f.get("etype") == "GRAB_RENDER" for f in v.frames), "the render request, on B")
    request = next(f for f in on_b.frames if f.get("etype") == "GRAB_RENDER")
    answer = {"etype": request["rtype"], "ts": 1.0, "key": request["key"], "value": {"frame": png.getvalue(), "width": 4, "height": 2}}
    await on_b.ws.send_bytes(msgpack.packb(answer, use_bin_type=True))
    printed = await cli
    assert f"from session {sid_b}" in printed
    with Image.open(out) as img:
        assert img.size == (4, 2) and img.convert("RGB").getpixel((1, 1)) == (255, 0, 0)

    async with http.get(f"{a.url}/render", params={"sid": "nobody"}) as r:
        assert r.status == 404, await r.text()  # no instance has it
    async with http.get(f"{a.url}/render", params={"sid": sid_b, "ttl": "0.5"}) as r:
        assert r.status == 504 and r.headers["X-Instance"], await r.text()  # B's client is silent now


async def vuer(*args: str) -> str:
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "vuer_cli.main", *args, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
        env={**os.environ, "COLUMNS": "300", "NO_COLOR": "1"},
    )
    out, _ = await asyncio.wait_for(proc.communicate(), 30)
    assert proc.returncode == 0, out.decode()
    return out.decode()


async def test_a_killed_instance_loses_nothing_accepted_and_rejoins(cluster, view, http):
    await cluster.redis()
    a = await cluster.instance("A")
    b = await cluster.instance("B")
    on_b = await view(b)

    accepted: list[str] = []
    killed = asyncio.Event()

    async def stream():
        for i in range(200):
            try:
                status, _ = await relay(http, a, upsert(f"s{i}", position=[i, 0, 0]))
            except Exception:  # A is gone mid-request
                return
            if status == 200:
                accepted.append(f"s{i}")
            if len(accepted) == 25 and not killed.is_set():
                asyncio.get_running_loop().call_soon(a.kill)  # mid-stream: requests still flying
                killed.set()

    senders = [asyncio.create_task(stream())]
    await asyncio.wait_for(asyncio.gather(*senders), 30)
    assert killed.is_set() and len(accepted) >= 25
    await on_b.until(lambda v: set(accepted) <= v.keys, f"all {len(accepted)} accepted ops")

    late = await view(b)
    assert set(accepted) <= late.keys and "base" in late.keys

    a2 = await cluster.instance("A2")  # a restarted A: serves the current scene, not its file's
    on_a2 = await view(a2)
    await on_a2.until(lambda v: v.store.snapshot() == on_b.store.snapshot(), "the current scene on the restarted A")
    status, body = await relay(http, a2, upsert("after-restart"))
    assert status == 200, body
    await on_b.until(lambda v: "after-restart" in v.keys, "an op through the restarted A")


async def test_redis_restart_both_recover_and_ops_flow_again(cluster, view, http):
    redis = await cluster.redis()
    a = await cluster.instance("A")
    b = await cluster.instance("B")
    on_a = await view(a)
    on_b = await view(b)
    assert (await relay(http, a, upsert("before")))[0] == 200
    await on_b.until(lambda v: "before" in v.keys, "an op before the outage")

    redis.kill()
    await on_a.until(lambda v: "broker" in v.overlay, "the outage notice on A")
    await on_b.until(lambda v: "broker" in v.overlay, "the outage notice on B")
    assert "unreachable" in on_a.overlay["broker"]["message"]

    status, body = await relay(http, a, upsert("during-outage"))  # accepted locally, kept
    assert status == 200 and body.get("buffered") is True, body
    await on_a.until(lambda v: "during-outage" in v.keys, "A's own clients see it at once")
    assert "before" in on_a.keys and "before" in on_b.keys  # both keep the last scene

    await redis.restart()  # empty: persistence is off
    await on_a.until(lambda v: "broker" not in v.overlay, "the notice cleared on A", timeout=15)
    await on_b.until(lambda v: "broker" not in v.overlay, "the notice cleared on B", timeout=15)
    await on_b.until(lambda v: "during-outage" in v.keys, "the op kept through the outage reaches B")

    status, body = await relay(http, b, upsert("after"))
    assert status == 200 and "buffered" not in body, body
    await on_a.until(lambda v: "after" in v.keys, "an op after the restart")
    late = await view(a)
    assert {"base", "before", "during-outage", "after"} <= late.keys
    assert late.store.snapshot() == on_b.store.snapshot()


async def test_a_hot_reload_on_one_instance_reaches_the_clients_of_the_other(cluster, view, scene_file):
    await cluster.redis()
    await cluster.instance("A", watch=True)  # watches the scene file; B has no watcher
    b = await cluster.instance("B")
    on_b = await view(b)
    scene_file.write_text(scene_file.read_text().replace("color: red", "color: blue") + "    - Sphere: {key: added}\n")
    await on_b.until(lambda v: "added" in v.keys and v.store.get("base")["material"] == {"color": "blue"}, "the edit saved on A's machine")
