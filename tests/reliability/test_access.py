"""Who gets in: the token matrix, CORS from allowed and refused origins, the LAN warning."""

from __future__ import annotations

import asyncio
import logging

import aiohttp
import msgpack
import pytest

from ..conftest import running, wait_until

TOKEN = "s3cret-token"
BOX = {"etype": "UPSERT", "data": {"nodes": [{"tag": "Box", "key": "relayed"}], "to": None}}
INIT = msgpack.packb({"etype": "INIT", "ts": 1.0, "value": {"client": "python"}})

# how a client presents the token: (query string, headers)
PRESENTED = {
    "right-query": (f"?token={TOKEN}", {}),
    "right-bearer": ("", {"Authorization": f"Bearer {TOKEN}"}),
    "right-x-vuer-token": ("", {"X-Vuer-Token": TOKEN}),
    "wrong-query": ("?token=guess", {}),
    "wrong-bearer": ("", {"Authorization": "Bearer guess"}),
    "wrong-x-vuer-token": ("", {"X-Vuer-Token": "guess"}),
    "wrong-prefix": (f"?token={TOKEN[:-1]}", {}),
    "wrong-longer": (f"?token={TOKEN}x", {}),
    "wrong-basic-auth": ("", {"Authorization": f"Basic {TOKEN}"}),
    "wrong-empty": ("?token=", {}),
    "missing": ("", {}),
}


async def _ws_status(http, app, query, headers) -> int:
    try:
        ws = await http.ws_connect(f"ws://127.0.0.1:{app.port}/{query}", headers=headers)
    except aiohttp.WSServerHandshakeError as exc:
        return exc.status
    await ws.send_bytes(INIT)
    msg = await ws.receive(timeout=5)  # the scene: proof the socket is really served
    assert msg.type == aiohttp.WSMsgType.BINARY and msgpack.unpackb(msg.data)["etype"] == "SET"
    await ws.close()
    return 101


async def _relay_status(http, app, query, headers) -> int:
    sep = "&" if query else "?"
    async with http.post(f"{app.url}/relay{query}{sep}sid=*", data=msgpack.packb(BOX), headers=headers) as r:
        return r.status


async def _sessions_status(http, app, query, headers) -> int:
    async with http.get(f"{app.url}/sessions{query}", headers=headers) as r:
        if r.status == 200:
            assert "sessions" in await r.json()
        return r.status


async def _render_status(http, app, query, headers) -> int:
    async with http.get(f"{app.url}/render{query}", headers=headers) as r:
        return r.status  # 404 (no browser connected) once past the token


ROUTES = {"websocket": (_ws_status, 101), "relay": (_relay_status, 200), "sessions": (_sessions_status, 200), "render": (_render_status, 404)}


@pytest.mark.parametrize("presented", list(PRESENTED))
@pytest.mark.parametrize("route", list(ROUTES))
async def test_token_matrix(route, presented, http, errlog):
    check, ok = ROUTES[route]
    query, headers = PRESENTED[presented]
    async with running(token=TOKEN) as app:
        app.scene.upsert @ {"tag": "Box", "key": "b"}
        status = await check(http, app, query, headers)
        if presented.startswith("right"):
            assert status == ok
        else:
            assert status == 401
            assert any("missing or wrong token" in m for m in errlog.messages())
        if route == "relay":
            assert ("relayed" in app.scene.store) == presented.startswith("right")
        if route == "websocket" and not presented.startswith("right"):
            assert not app.sessions


async def test_without_a_token_everything_is_open_on_loopback(http):
    async with running() as app:
        app.scene.upsert @ {"tag": "Box", "key": "b"}
        for route, (check, ok) in ROUTES.items():
            assert await check(http, app, "", {}) == ok, route


async def test_token_from_the_environment(http, monkeypatch):
    monkeypatch.setenv("VUER_TOKEN", TOKEN)
    async with running() as app:
        assert await _sessions_status(http, app, "", {}) == 401
        assert await _sessions_status(http, app, f"?token={TOKEN}", {}) == 200


async def _status(http, url, **kw) -> tuple[int, aiohttp.ClientResponse]:
    async with http.get(url, **kw) as r:
        await r.read()
        return r.status, r


async def test_files_take_the_token_or_the_page_cookie(tmp_path):
    """The page must load to read ?token= from its URL, and the client bundle with it; the
    files need the token, or the cookie the page got, which opens nothing else."""
    (tmp_path / "a.txt").write_text("secret file")
    (tmp_path / ".env").write_text("KEY=1")
    async with (
        running(token=TOKEN, workspace=str(tmp_path)) as app,
        running(token="another", workspace=str(tmp_path)) as other,
        aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as http,  # cookies for an IP host, as browsers
    ):
        assert app.get_url().endswith(f"&token={TOKEN}")
        file = f"{app.url}/workspace/a.txt"
        assert (await _status(http, file))[0] == 401
        assert (await _status(http, file + f"?token={TOKEN}"))[0] == 200
        assert (await _status(http, file, headers={"Authorization": f"Bearer {TOKEN}"}))[0] == 200
        status, page = await _status(http, f"{app.url}/")
        assert status == 200 and not page.cookies and not http.cookie_jar.filter_cookies(app.url)
        bundle = next(p.name for p in (app.client_root / "assets").iterdir() if p.suffix == ".js")
        assert (await _status(http, f"{app.url}/assets/{bundle}"))[0] == 200

        status, page = await _status(http, f"{app.url}/?token={TOKEN}")
        assert status == 200
        (name, morsel), = page.cookies.items()
        assert morsel["httponly"] and morsel["samesite"] == "Strict" and morsel["path"] == "/"
        assert TOKEN not in morsel.value and TOKEN not in name
        assert (await _status(http, file))[0] == 200  # the session sends the cookie now
        assert (await _status(http, f"{app.url}/workspace/.env"))[0] == 404  # dotfiles: never
        assert await _sessions_status(http, app, "", {}) == 401  # the cookie opens files only
        assert await _relay_status(http, app, "", {}) == 401
        assert await _ws_status(http, app, "", {}) == 401
        assert "relayed" not in app.scene.store
        # another server on this host (cookies ignore ports) is not opened by that cookie
        assert (await _status(http, f"{other.url}/workspace/a.txt"))[0] == 401


# ---- CORS ----------------------------------------------------------------------------------

ALLOWED = ["http://localhost:5173", "http://127.0.0.1:8080", "http://localhost", "https://127.0.0.1:9000"]
REFUSED = ["http://evil.example", "http://localhost.evil.example", "http://127.0.0.1.evil.example:80", "null", "http://192.168.1.7:8012"]


@pytest.mark.parametrize("origin", ALLOWED)
async def test_preflight_from_an_allowed_origin(origin, http):
    async with running() as app:
        headers = {"Origin": origin, "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "authorization, content-type"}
        async with http.options(f"{app.url}/relay?sid=*", headers=headers) as r:
            assert r.status == 204
            assert r.headers["Access-Control-Allow-Origin"] == origin
            assert "POST" in r.headers["Access-Control-Allow-Methods"]
            assert "authorization" in r.headers["Access-Control-Allow-Headers"].lower()
            assert r.headers.get("Vary") == "Origin"


@pytest.mark.parametrize("origin", REFUSED)
async def test_preflight_from_a_refused_origin(origin, http):
    async with running() as app:
        headers = {"Origin": origin, "Access-Control-Request-Method": "POST"}
        async with http.options(f"{app.url}/relay?sid=*", headers=headers) as r:
            assert r.status == 403
            assert "Access-Control-Allow-Origin" not in r.headers


@pytest.mark.parametrize("origin", ALLOWED)
async def test_simple_requests_from_an_allowed_origin(origin, http):
    async with running() as app:
        async with http.get(f"{app.url}/sessions", headers={"Origin": origin}) as r:
            assert r.status == 200 and r.headers["Access-Control-Allow-Origin"] == origin
        # a simple (unpreflighted) POST, as a page's fetch() with a text/plain body sends it
        async with http.post(f"{app.url}/relay?sid=*", data=msgpack.packb(BOX), headers={"Origin": origin, "Content-Type": "text/plain"}) as r:
            assert r.status == 200 and r.headers["Access-Control-Allow-Origin"] == origin
        assert "relayed" in app.scene.store


@pytest.mark.parametrize("origin", REFUSED)
async def test_simple_requests_from_a_refused_origin_change_nothing(origin, http, errlog):
    """Browsers send simple requests without asking first: the server must refuse them, not
    just leave out the CORS header (the relay would already have changed the scene)."""
    async with running() as app:
        async with http.post(f"{app.url}/relay?sid=*", data=msgpack.packb(BOX), headers={"Origin": origin, "Content-Type": "text/plain"}) as r:
            assert r.status == 403
            assert "Access-Control-Allow-Origin" not in r.headers
        assert "relayed" not in app.scene.store
        async with http.get(f"{app.url}/sessions", headers={"Origin": origin}) as r:
            assert r.status == 403 and "Access-Control-Allow-Origin" not in r.headers
        assert any("origin" in m and "refused" in m for m in errlog.messages())


@pytest.mark.parametrize("origin", REFUSED)
async def test_websocket_from_a_refused_origin_is_refused(origin, http):
    """Browsers apply no CORS to websockets: without this check any web page the user
    visits could open the socket to 127.0.0.1 and read the scene (cross-site hijacking)."""
    async with running() as app:
        with pytest.raises(aiohttp.WSServerHandshakeError) as info:
            await http.ws_connect(f"ws://127.0.0.1:{app.port}/", headers={"Origin": origin})
        assert info.value.status == 403
        assert not app.sessions


async def test_websocket_from_an_allowed_or_the_same_origin(http):
    async with running() as app:
        for origin in ("http://localhost:5173", f"http://127.0.0.1:{app.port}"):
            ws = await http.ws_connect(f"ws://127.0.0.1:{app.port}/", headers={"Origin": origin})
            await ws.send_bytes(INIT)
            await wait_until(lambda: app.sessions, what="session")
            await ws.close()
            await wait_until(lambda: not app.sessions, what="session gone")


async def test_same_origin_is_always_allowed(http):
    """A headset loading http://LAN-IP:PORT/ talks to the same host: no cors entry needed."""
    async with running(cors="http://only.example") as app:
        same = f"http://127.0.0.1:{app.port}"
        async with http.post(f"{app.url}/relay?sid=*", data=msgpack.packb(BOX), headers={"Origin": same}) as r:
            assert r.status == 200
        async with http.post(f"{app.url}/relay?sid=*", data=msgpack.packb(BOX), headers={"Origin": "http://localhost:5173"}) as r:
            assert r.status == 403  # loopback is the default list, replaced here


@pytest.mark.parametrize("setting", ["kwarg", "env"])
async def test_cors_is_configurable(setting, http, monkeypatch):
    value = "https://lab.example, http://10.0.0.*:8012"
    if setting == "env":
        monkeypatch.setenv("VUER_CORS", value)
        ctx = running()
    else:
        ctx = running(cors=value)
    async with ctx as app:
        for origin, status in (("https://lab.example", 200), ("http://10.0.0.9:8012", 200), ("http://localhost:5173", 403), ("https://lab.example.evil", 403)):
            async with http.get(f"{app.url}/sessions", headers={"Origin": origin}) as r:
                assert r.status == status, origin
                assert (r.headers.get("Access-Control-Allow-Origin") == origin) == (status == 200)


async def test_cors_star_allows_every_origin(http):
    async with running(cors="*") as app:
        async with http.get(f"{app.url}/sessions", headers={"Origin": "http://anything.example"}) as r:
            assert r.status == 200 and r.headers["Access-Control-Allow-Origin"] == "http://anything.example"


# ---- binding beyond loopback -----------------------------------------------------------------


@pytest.mark.parametrize(
    "host, token, warned",
    [
        ("0.0.0.0", None, True),
        ("0.0.0.0", TOKEN, False),
        ("127.0.0.1", None, False),
        ("localhost", None, False),
        ("::1", None, False),
    ],
)
async def test_warning_when_serving_beyond_loopback_without_a_token(host, token, warned, errlog):
    try:
        async with running(host=host, token=token):
            pass
    except OSError as exc:  # e.g. no IPv6 on this machine
        pytest.skip(f"cannot bind {host}: {exc}")
    warnings = [r.getMessage() for r in errlog.records if r.levelno == logging.WARNING and "no token" in r.getMessage()]
    assert bool(warnings) == warned, warnings
    if warned:
        assert host in warnings[0] and "VUER_TOKEN" in warnings[0]


async def test_the_token_never_reaches_the_access_log(http, errlog):
    async with running(token=TOKEN) as app:
        app.scene.upsert @ {"tag": "Box", "key": "b"}
        for route in ROUTES.values():
            await route[0](http, app, f"?token={TOKEN}", {})
        await _sessions_status(http, app, f"?token={TOKEN}x", {})  # a wrong one is not logged either
    access = [r.getMessage() for r in errlog.records if r.name == "aiohttp.access"]
    assert len(access) >= 5 and any("token=***" in line for line in access)
    leaked = [f"{r.name}: {r.getMessage()}" for r in errlog.records if TOKEN in r.getMessage() and r.name.startswith("aiohttp")]
    assert leaked == []


# ---- DNS rebinding --------------------------------------------------------------------------


async def _raw(port: int, target: str, host: str, extra: str = "") -> int:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        writer.write(f"GET {target} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n{extra}\r\n".encode())
        await writer.drain()
        head = await asyncio.wait_for(reader.readuntil(b"\r\n"), 5)
    finally:
        writer.close()
    return int(head.split()[1])


UPGRADE = "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"


@pytest.mark.parametrize("host", ["evil.example:{port}", "evil.example", "192.168.1.7:{port}", "localhost.evil.example:{port}", "127.0.0.1.nip.io:{port}"])
async def test_a_rebound_dns_name_is_refused_while_on_loopback(host, tmp_path, errlog):
    """A web page whose own name is re-pointed at 127.0.0.1 (DNS rebinding) is same-origin
    with the server: CORS and the Origin check cannot tell. The Host header can."""
    (tmp_path / "secret.txt").write_text("secret")
    async with running(workspace=str(tmp_path)) as app:
        h = host.format(port=app.port)
        origin = f"Origin: http://{h}\r\n"
        assert await _raw(app.port, "/workspace/secret.txt", h) == 403
        assert await _raw(app.port, "/sessions", h, origin) == 403
        assert await _raw(app.port, "/", h, origin + UPGRADE) == 403
        assert not app.sessions
        assert any("DNS rebinding" in m for m in errlog.messages())


@pytest.mark.parametrize("host", ["localhost:{port}", "127.0.0.1:{port}", "127.0.0.1", "LOCALHOST:{port}", "app.localhost:{port}"])
async def test_loopback_names_are_served(host, tmp_path):
    (tmp_path / "a.txt").write_text("a")
    async with running(workspace=str(tmp_path)) as app:
        h = host.format(port=app.port)
        assert await _raw(app.port, "/workspace/a.txt", h) == 200
        assert await _raw(app.port, "/", h, UPGRADE) == 101


async def test_allowed_hosts_for_a_reverse_proxy(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text("a")
    monkeypatch.setenv("VUER_ALLOWED_HOSTS", "vuer.lab.example, *.tunnel.example")
    async with running(workspace=str(tmp_path)) as app:
        assert await _raw(app.port, "/workspace/a.txt", "vuer.lab.example") == 200
        assert await _raw(app.port, "/workspace/a.txt", "x.tunnel.example:443") == 200
        assert await _raw(app.port, "/workspace/a.txt", "evil.example") == 403


async def test_no_host_check_when_listening_beyond_loopback(tmp_path):
    (tmp_path / "a.txt").write_text("a")
    async with running(host="0.0.0.0", workspace=str(tmp_path), token=TOKEN) as app:
        assert await _raw(app.port, f"/workspace/a.txt?token={TOKEN}", "192.168.1.7:8012") == 200


@pytest.mark.parametrize("query", ["ttl=nan", "ttl=inf", "ttl=1e9", "ttl=-1", "ttl=0", "quality=nan", "quality=2", "downsample=0", "downsample=abc"])
async def test_render_parameters_are_checked(query, connect, http):
    """ttl=nan (or 1e9) used to hold the request and its RPC open for good."""
    async with running() as app:
        await connect(app)  # a browser to render from
        await wait_until(lambda: app.sessions and next(iter(app.sessions.values())).init_event, what="session")
        async with http.get(f"{app.url}/render?{query}", timeout=aiohttp.ClientTimeout(total=5)) as r:
            assert r.status == 400 and "bad parameter" in (await r.json())["error"]
        assert all(not s._rpcs for s in app.sessions.values())
