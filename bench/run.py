"""Comparative benchmark: our server against upstream ``vuer`` 0.1.6 and ``viser``, same scenarios.

    python bench/run.py --quick      # 2 repetitions, short windows: under 3 minutes
    python bench/run.py              # 5 repetitions, 3 s CPU windows: about 12-15 minutes
    python bench/run.py --only stream,connect --impls ours,vuer --reps 3

The peers never touch the project's environment: the first run creates ``bench/.venv-peers``
(git-ignored) with ``vuer==0.1.6`` and ``viser`` from PyPI, and later runs reuse it while its
stamp (Python version + requirements) matches. No code of theirs is copied here: each is
driven through its public API by a small script in ``bench/peers/``.

Processes (all on 127.0.0.1, each server on a free port):

* the servers: ``peers/serve_ours.py`` with the project's Python; ``peers/serve_vuer.py`` and
  ``peers/serve_viser.py`` with the venv's; commands (``stream``, ``bcast``, ``quit``) reach
  them on stdin, and every measured message is stamped inside the server;
* the clients (``peers/clients.py``) all run in this driver process, which re-runs itself
  under the venv's Python (it has zstandard, which viser's frames need), so every
  implementation is measured by the same client code on the same interpreter.

Repetitions are interleaved: for each scenario, rep 1 runs ours, vuer, viser, then rep 2, …,
each on a fresh server process. The table shows the median over repetitions and the min–max.
Every wait has a deadline; a scenario that overruns is recorded as an error, not a hang.

Scenarios (see ``bench/README.md`` for what each figure means):
 1 idle      server CPU with 0, 1, 5, 50 connected clients and a static scene (3 boxes)
 2 stream    PointCloud upserts to one client, 10k / 100k / 1M points, as fast as it goes
 2b deflate  the 100k stream with the client offering permessage-deflate (as Chromium does)
 3 bcast     one small upsert to 1, 10, 50 clients: time until the last client has it
 4 connect   connect -> full scene received and decoded, 1,000 and 10,000 boxes
 5 relay     POST /relay -> the client has the event (upstream's relay: shown failing)
 6 loopback  bytes/s of one bare aiohttp websocket (server -> client): the ceiling
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PEERS = HERE / "peers"
VENV = HERE / ".venv-peers"
RESULTS = HERE / "results"
REQUIREMENTS = ["vuer==0.1.6", "viser==1.1.1"]
"""The peers. viser is pinned because ``peers/clients.py`` speaks its wire format."""

OURS_PYTHON_ENV = "VUER_BENCH_OURS_PYTHON"
OURS_VERSIONS_ENV = "VUER_BENCH_OURS_VERSIONS"


# ==== stage 0: the project's Python makes (or reuses) the venv, then hands over ==========


def venv_python() -> Path:
    return VENV / "bin" / "python"


def venv_stamp() -> dict:
    return {
        "python": sys.version,
        "executable": sys.executable,
        "requirements": REQUIREMENTS,
    }


def ensure_venv() -> Path:
    """Create ``bench/.venv-peers`` with the peers unless one with the same stamp is there."""
    py = venv_python()
    stamp_file = VENV / "bench-stamp.json"
    want = venv_stamp()
    if py.exists() and stamp_file.exists():
        try:
            same = json.loads(stamp_file.read_text()) == want
        except ValueError:
            same = False
        if same:
            check = subprocess.run(
                [
                    str(py),
                    "-c",
                    "import vuer, viser, zstandard, aiohttp, msgpack, numpy",
                ],
                capture_output=True,
                timeout=120,
            )
            if check.returncode == 0:
                return py
    print(
        f"creating {VENV.relative_to(ROOT)} with {' '.join(REQUIREMENTS)} (one time; reused while it matches)",
        flush=True,
    )
    subprocess.run(
        [sys.executable, "-m", "venv", "--clear", str(VENV)], check=True, timeout=300
    )
    subprocess.run(
        [
            str(py),
            "-m",
            "pip",
            "install",
            "--disable-pip-version-check",
            "--quiet",
            *REQUIREMENTS,
        ],
        check=True,
        timeout=900,
        stdin=subprocess.DEVNULL,
    )
    stamp_file.write_text(json.dumps(want, indent=1))
    return py


def ours_versions() -> dict:
    """Versions as the project's Python sees them (the driver runs in the venv)."""
    from importlib import metadata

    out = {"python": platform.python_version()}
    for dist in ("vuer-cli", "aiohttp", "msgpack", "numpy"):
        with contextlib.suppress(metadata.PackageNotFoundError):
            out[dist] = metadata.version(dist)
    with contextlib.suppress(Exception):
        out["git"] = subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            timeout=10,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(ROOT), "status", "--porcelain", "--", "vuer_cli"],
            capture_output=True,
            text=True,
            timeout=10,
        ).stdout.strip()
        if dirty:
            out["git"] += (
                "+uncommitted vuer_cli changes"  # the server measured is the work tree's
            )
    return out


def stage0(argv: list[str]) -> int:
    py = ensure_venv()
    env = {
        **os.environ,
        OURS_PYTHON_ENV: sys.executable,
        OURS_VERSIONS_ENV: json.dumps(ours_versions()),
    }
    # The driver is a child, not an exec: Ctrl-C and the exit status pass through either way,
    # and this keeps the command the person typed as the parent of every process.
    proc = subprocess.Popen([str(py), str(Path(__file__).resolve()), *argv], env=env)
    try:
        return proc.wait()
    except KeyboardInterrupt:
        proc.wait(30)
        return 130


# ==== stage 1 (the venv's Python): servers, clients, scenarios =============================


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def cpu_ns(pid: int) -> int:
    """CPU time of every thread of a process so far, in ns (``/proc/PID/task/*/schedstat``:
    nanosecond resolution, where utime+stime count 10 ms ticks)."""
    total = 0
    for task in os.listdir(f"/proc/{pid}/task"):
        with contextlib.suppress(OSError):
            with open(f"/proc/{pid}/task/{task}/schedstat") as f:
                total += int(f.read().split()[0])
    return total


def cpu_ticks_ns(pid: int) -> int:
    """utime + stime from ``/proc/PID/stat``, in ns (cross-check of ``cpu_ns``)."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (
        (int(fields[11]) + int(fields[12])) * 1_000_000_000 // os.sysconf("SC_CLK_TCK")
    )


@dataclass
class Impl:
    name: str
    label: str
    python: str
    script: str
    client: Any  # VuerClient or ViserClient
    kind: str = ""  # ours | vuer | viser (default: the name); "ours-b" is an ours
    env: dict = field(default_factory=dict)

    def __post_init__(self):
        self.kind = self.kind or self.name


class Server:
    """One server process: started, ready (its READY line on stderr, and its port listening),
    commanded through stdin, stopped with ``quit`` (then SIGTERM, then SIGKILL)."""

    def __init__(self, impl: Impl, elements: int, log: Path):
        self.impl = impl
        self.elements = elements
        self.port = free_port()
        self.log_path = log
        self.proc: subprocess.Popen | None = None
        self._ready = threading.Event()

    async def __aenter__(self) -> Server:
        script = PEERS / self.impl.script
        args = [self.impl.python, str(script), "--port", str(self.port)]
        if self.elements:
            args += ["--elements", str(self.elements)]
        env = {**os.environ, **self.impl.env}
        pin = PIN.get("server")
        self.proc = subprocess.Popen(
            args,
            cwd=PEERS,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            preexec_fn=(lambda: os.sched_setaffinity(0, pin)) if pin else None,
        )
        threading.Thread(target=self._drain, daemon=True).start()
        try:
            deadline = time.monotonic() + 60
            while not self._ready.is_set():
                if self.proc.poll() is not None:
                    raise RuntimeError(
                        f"{self.impl.name} server exited with {self.proc.returncode}; see {self.log_path}"
                    )
                if time.monotonic() > deadline:
                    raise RuntimeError(
                        f"{self.impl.name} server not ready within 60 s; see {self.log_path}"
                    )
                await asyncio.sleep(0.02)
            while True:
                try:
                    _, writer = await asyncio.open_connection("127.0.0.1", self.port)
                    writer.close()
                    await writer.wait_closed()
                    break
                except OSError:
                    if time.monotonic() > deadline or self.proc.poll() is not None:
                        raise RuntimeError(
                            f"{self.impl.name} server not listening on {self.port}; see {self.log_path}"
                        ) from None
                    await asyncio.sleep(0.02)
        except BaseException:
            self.stop()
            raise
        return self

    async def __aexit__(self, *exc) -> None:
        await asyncio.get_running_loop().run_in_executor(None, self.stop)

    def _drain(self) -> None:
        with open(self.log_path, "ab") as log:
            for line in self.proc.stderr:
                if line.strip() == b"READY":
                    self._ready.set()
                log.write(line)
                log.flush()

    @property
    def pid(self) -> int:
        return self.proc.pid

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def command(self, line: str) -> None:
        if not self.alive():
            raise RuntimeError(
                f"{self.impl.name} server died (exit {self.proc.returncode}); see {self.log_path}"
            )
        self.proc.stdin.write(line.encode() + b"\n")
        self.proc.stdin.flush()

    def stop(self) -> None:
        proc = self.proc
        if proc is None or proc.poll() is not None:
            return
        with contextlib.suppress(OSError, ValueError):
            proc.stdin.write(b"quit\n")
            proc.stdin.close()
        for sig, wait in ((None, 10), (15, 5), (9, 5)):
            if sig is not None:
                with contextlib.suppress(ProcessLookupError):
                    proc.send_signal(sig)
            try:
                proc.wait(wait)
                return
            except subprocess.TimeoutExpired:
                continue


PIN: dict[str, set[int]] = {}
"""``--pin``: the CPUs of the servers and of this driver (the clients)."""


def pct(values: list[float], q: float) -> float | None:
    if not values:
        return None
    values = sorted(values)
    k = (len(values) - 1) * q / 100
    lo, hi = int(k), min(int(k) + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (k - lo)


class Pool:
    """Clients of one server: connected and given their scene, then read in the background."""

    def __init__(self, impl: Impl, http, port: int):
        self.impl = impl
        self.http = http
        self.port = port
        self.clients: list = []
        self.readers: list[asyncio.Task] = []
        self.frames = 0
        self.bcast: dict[int, list[int]] = {}  # seq -> each client's latency (ns)
        self.bcast_done: dict[int, asyncio.Event] = {}

    async def join_one(self, timeout: float, read: bool = True, deflate: bool = False):
        """Connect one client and wait for its whole scene; ``read``: then read it in the background."""
        client = await asyncio.wait_for(
            self.impl.client.connect(self.http, self.port, deflate=deflate), timeout
        )
        try:
            deadline = time.monotonic() + timeout
            while True:
                frame = await client.receive(max(0.01, deadline - time.monotonic()))
                if frame is None:
                    raise RuntimeError("socket closed before the scene arrived")
                if client.scene_progress(frame)[1]:
                    break
        except BaseException:
            await client.close()
            raise
        self.clients.append(client)
        if read:
            self.readers.append(asyncio.create_task(self._read(client)))
        return client

    async def grow(self, n: int, timeout: float) -> None:
        need = n - len(self.clients)
        if need > 0:
            await asyncio.gather(*(self.join_one(timeout) for _ in range(need)))

    async def _read(self, client) -> None:
        while True:
            frame = await client.receive(3600)
            if frame is None:
                return
            self.frames += 1
            for seq, sent_ns in client.bcast_stamps(frame):
                got = self.bcast.setdefault(seq, [])
                got.append(frame.rx_ns - sent_ns)
                if len(got) >= len(self.clients) and seq in self.bcast_done:
                    self.bcast_done[seq].set()

    async def close(self) -> None:
        for task in self.readers:
            task.cancel()
        await asyncio.gather(*self.readers, return_exceptions=True)
        await asyncio.gather(
            *(asyncio.wait_for(c.close(), 5) for c in self.clients),
            return_exceptions=True,
        )
        self.clients.clear()
        self.readers.clear()


# ---- the scenarios: each returns one repetition's figures ----------------------------------


async def scenario_idle(impl: Impl, server: Server, http, p: dict) -> dict:
    out = {}
    pool = Pool(impl, http, server.port)
    try:
        for n in (0, 1, 5, 50):
            await pool.grow(n, timeout=30)
            await asyncio.sleep(p["settle"])
            frames0 = pool.frames
            c0, k0, t0 = cpu_ns(server.pid), cpu_ticks_ns(server.pid), time.monotonic()
            await asyncio.sleep(p["window"])
            c1, k1, t1 = cpu_ns(server.pid), cpu_ticks_ns(server.pid), time.monotonic()
            out[f"cpu_{n}"] = 100 * (c1 - c0) / ((t1 - t0) * 1e9)
            out[f"cpu_ticks_{n}"] = 100 * (k1 - k0) / ((t1 - t0) * 1e9)
            out[f"frames_{n}"] = pool.frames - frames0
    finally:
        await pool.close()
    return out


async def scenario_bcast(impl: Impl, server: Server, http, p: dict) -> dict:
    out = {}
    pool = Pool(impl, http, server.port)
    seq = 0
    try:
        for n in (1, 10, 50):
            await pool.grow(n, timeout=30)
            await asyncio.sleep(0.2)
            all_ms, each_ms, missed = [], [], 0
            for _ in range(p["bcast_k"]):
                seq += 1
                done = pool.bcast_done[seq] = asyncio.Event()
                server.command(f"bcast {seq}")
                try:
                    await asyncio.wait_for(done.wait(), 2.0)
                except TimeoutError:
                    missed += 1
                    continue
                got = pool.bcast[seq]
                all_ms.append(max(got) / 1e6)
                each_ms.extend(x / 1e6 for x in got)
                await asyncio.sleep(0.01)
            out[f"all_p50_{n}"] = pct(all_ms, 50)
            out[f"all_p90_{n}"] = pct(all_ms, 90)
            out[f"each_p50_{n}"] = pct(each_ms, 50)
            out[f"missed_{n}"] = missed
    finally:
        await pool.close()
    return out


async def scenario_connect(impl: Impl, server: Server, http, p: dict) -> dict:
    n = server.elements
    times, cpu, nbytes = [], [], 0
    for i in range(
        (p["connect_k"] if n <= 1000 else p["connect_k_big"]) + 1
    ):  # the first is a warm-up, not counted
        c0 = cpu_ns(server.pid)
        t0 = time.perf_counter()
        client = await asyncio.wait_for(impl.client.connect(http, server.port), 30)
        try:
            boxes, size = 0, 0
            deadline = time.monotonic() + 30
            while True:
                frame = await client.receive(max(0.01, deadline - time.monotonic()))
                if frame is None:
                    raise RuntimeError("socket closed before the scene arrived")
                got, done = client.scene_progress(frame)
                boxes += got
                size += frame.nbytes
                if done:
                    break
            dt = time.perf_counter() - t0
        finally:
            await client.close()
        if boxes != n:
            raise RuntimeError(f"scene had {boxes} boxes, expected {n}")
        await asyncio.sleep(
            0.05
        )  # the server's close handling is charged to this connection
        if i:
            times.append(dt * 1e3)
            cpu.append((cpu_ns(server.pid) - c0) / 1e6)
            nbytes = size
    return {
        "p50": pct(times, 50),
        "p90": pct(times, 90),
        "bytes": nbytes,
        "server_ms": statistics.median(cpu) if cpu else None,
    }


async def scenario_stream(
    impl: Impl,
    server: Server,
    http,
    p: dict,
    sizes=(10_000, 100_000, 1_000_000),
    deflate: bool = False,
) -> dict:
    out = {}
    pool = Pool(impl, http, server.port)
    client = await pool.join_one(
        30, read=False, deflate=deflate
    )  # this scenario reads the socket itself
    try:
        for points in sizes:
            seconds = p["stream_seconds"]
            c0, me0 = cpu_ns(server.pid), time.process_time()
            server.command(f"stream {points} {seconds}")
            lat, ids, sizes, bad = [], set(), [], 0
            first_rx = last_rx = None
            last_id = None
            t_start = time.monotonic()
            deadline = t_start + seconds + p["stream_grace"]
            while last_id is None:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    break
                try:
                    frame = await client.receive(remaining)
                except TimeoutError:
                    break
                if frame is None:
                    break
                for frame_id, sent_ns, last, ok in client.stream_frames(frame, points):
                    if not ok:
                        bad += 1
                        continue
                    ids.add(frame_id)
                    lat.append((frame.rx_ns - sent_ns) / 1e6)
                    sizes.append(frame.nbytes)
                    first_rx = first_rx or time.monotonic()
                    last_rx = time.monotonic()
                    if last:
                        last_id = frame_id
            elapsed = time.monotonic() - t_start
            server_s = (cpu_ns(server.pid) - c0) / 1e9
            fps = (
                (len(ids) - 1) / (last_rx - first_rx)
                if ids and last_rx > first_rx
                else None
            )
            size = statistics.mean(sizes) if sizes else None
            out[str(points)] = {
                "sent": None if last_id is None else last_id + 1,
                "received": len(ids),
                "lost": None if last_id is None else last_id + 1 - len(ids),
                "final": last_id is not None,
                "fps": fps,
                "offered_fps": None if last_id is None else (last_id + 1) / seconds,
                "bytes_per_frame": size,
                "mbps": fps * size / 1e6 if fps and size else None,
                "p50": pct(lat, 50),
                "p90": pct(lat, 90),
                "bad": bad,
                "server_cpu": 100 * server_s / elapsed,
                "server_ms_per_frame": 1e3 * server_s / len(ids) if ids else None,
                "client_cpu": 100 * (time.process_time() - me0) / elapsed,
            }
            await asyncio.sleep(0.3)
    finally:
        await pool.close()
    return out


async def scenario_deflate(impl: Impl, server: Server, http, p: dict) -> dict:
    """The 100k stream again, the client offering permessage-deflate as a browser does."""
    return await scenario_stream(impl, server, http, p, sizes=(100_000,), deflate=True)


async def scenario_relay(impl: Impl, server: Server, http, p: dict) -> dict:
    import aiohttp
    import msgpack

    pool = Pool(impl, http, server.port)
    client = await pool.join_one(30, read=False)
    base = f"http://127.0.0.1:{server.port}"
    try:
        if impl.kind == "ours":
            async with http.get(
                base + "/sessions", timeout=aiohttp.ClientTimeout(total=10)
            ) as r:
                sessions = (await r.json())["sessions"]
            sid = next(s["id"] for s in sessions if s.get("client") == "bench")
        else:
            sid = "*"  # upstream's ids are UUID objects, never equal to a string: '*' gets furthest
        lat, statuses, delivered = [], {}, 0
        count = (
            p["relay_k"] if impl.kind == "ours" else min(5, p["relay_k"])
        )  # upstream: enough to show it fails
        for seq in range(1, count + 1):
            body = msgpack.packb(
                {
                    "etype": "UPSERT",
                    "data": {
                        "nodes": [
                            {"key": "relay", "tag": "Box", "userData": {"seq": seq}}
                        ],
                        "to": None,
                    },
                },
                use_bin_type=True,
            )
            t0 = time.time_ns()

            async def post(body=body):
                async with http.post(
                    base + "/relay",
                    params={"sid": sid},
                    data=body,
                    headers={"Content-Type": "application/msgpack"},
                    timeout=aiohttp.ClientTimeout(total=10),
                ) as r:
                    await r.read()
                    return r.status

            async def arrive(seq=seq):
                deadline = time.monotonic() + (2.0 if impl.kind == "ours" else 0.3)
                while True:
                    frame = await client.receive(max(0.01, deadline - time.monotonic()))
                    if frame is None:
                        return None
                    if seq in client.relay_seqs(frame):
                        return frame.rx_ns

            status, rx = await asyncio.gather(post(), arrive(), return_exceptions=True)
            key = str(status) if isinstance(status, int) else type(status).__name__
            statuses[key] = statuses.get(key, 0) + 1
            if isinstance(rx, int):
                delivered += 1
                lat.append((rx - t0) / 1e6)
        return {
            "p50": pct(lat, 50),
            "p90": pct(lat, 90),
            "delivered": delivered,
            "sent": count,
            "statuses": statuses,
        }
    finally:
        await pool.close()


async def loopback_rep(http, p: dict, ours_python: str, log: Path) -> dict:
    import aiohttp

    impl = Impl("loopback", "aiohttp", ours_python, "serve_loopback.py", None)
    out = {}
    server = Server(impl, 0, log)
    async with server:
        ws = await asyncio.wait_for(
            http.ws_connect(f"ws://127.0.0.1:{server.port}/", max_msg_size=0), 10
        )
        try:
            for size in (90_000, 900_000, 9_000_000):
                await ws.send_str(f"{size} {p['loopback_seconds']}")
                total, first, last, n = 0, None, None, 0
                deadline = time.monotonic() + p["loopback_seconds"] + 20
                while time.monotonic() < deadline:
                    msg = await ws.receive(
                        timeout=max(0.01, deadline - time.monotonic())
                    )
                    if msg.type == aiohttp.WSMsgType.BINARY:
                        now = time.monotonic()
                        if first is None:
                            first = now  # the clock starts at the first frame: count the rest
                        else:
                            total += len(msg.data)
                            n += 1
                        last = now
                    else:
                        break
                out[str(size)] = total / (last - first) / 1e6 if n else None
        finally:
            await ws.close()
    return out


# ---- the run ---------------------------------------------------------------------------------


SCENARIOS = {
    # name: (function, the static scene's size, implementations it applies to)
    "idle": (scenario_idle, 3, ("ours", "vuer", "viser")),
    "bcast": (scenario_bcast, 3, ("ours", "vuer", "viser")),
    "connect1000": (scenario_connect, 1000, ("ours", "vuer", "viser")),
    "connect10000": (scenario_connect, 10000, ("ours", "vuer", "viser")),
    "stream": (scenario_stream, 3, ("ours", "vuer", "viser")),
    "deflate": (
        scenario_deflate,
        3,
        ("ours", "vuer"),
    ),  # viser's server refuses compression
    "relay": (scenario_relay, 3, ("ours", "vuer")),
}
GROUPS = {
    "idle": ["idle"],
    "bcast": ["bcast"],
    "connect": ["connect1000", "connect10000"],
    "stream": ["stream"],
    "deflate": ["deflate"],
    "relay": ["relay"],
    "loopback": [],
}

PARAMS = {
    "quick": {
        "reps": 2,
        "settle": 0.3,
        "window": 1.0,
        "bcast_k": 10,
        "connect_k": 3,
        "connect_k_big": 1,
        "stream_seconds": 1.0,
        "stream_grace": 20.0,
        "relay_k": 20,
        "loopback_seconds": 1.0,
        "timeout": 90,
    },
    "full": {
        "reps": 5,
        "settle": 0.5,
        "window": 3.0,
        "bcast_k": 30,
        "connect_k": 10,
        "connect_k_big": 5,
        "stream_seconds": 3.0,
        "stream_grace": 30.0,
        "relay_k": 100,
        "loopback_seconds": 2.0,
        "timeout": 240,
    },
}


def machine() -> dict:
    model = platform.processor()
    with contextlib.suppress(OSError):
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    return {
        "cores": os.cpu_count(),
        "cpu": model,
        "kernel": platform.release(),
        "memory_gib": round(
            os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1
        ),
    }


def versions() -> dict:
    from importlib import metadata

    ours = json.loads(os.environ.get(OURS_VERSIONS_ENV, "{}"))
    peers = {"python": platform.python_version()}
    for dist in (
        "vuer",
        "viser",
        "aiohttp",
        "msgpack",
        "numpy",
        "websockets",
        "zstandard",
    ):
        with contextlib.suppress(metadata.PackageNotFoundError):
            peers[dist] = metadata.version(dist)
    return {"ours": ours, "peers_venv": peers}


def loadavg() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


async def drive(args, mode: str, p: dict) -> dict:
    import aiohttp

    sys.path.insert(0, str(PEERS))
    from clients import ViserClient, VuerClient

    ours_python = os.environ[OURS_PYTHON_ENV]
    venv_py = sys.executable
    impls = [Impl("ours", "ours", ours_python, "serve_ours.py", VuerClient)]
    if args.ours_b:
        impls.append(
            Impl(
                "ours-b",
                "ours-b",
                ours_python,
                "serve_ours.py",
                VuerClient,
                kind="ours",
                env={"VUER_BENCH_OURS_ROOT": args.ours_b},
            )
        )
    impls += [
        Impl("vuer", "vuer 0.1.6", venv_py, "serve_vuer.py", VuerClient),
        Impl("viser", "viser", venv_py, "serve_viser.py", ViserClient),
    ]
    impls = [
        i
        for i in impls
        if i.name in args.impls or (i.name == "ours-b" and "ours" in args.impls)
    ]
    logs = RESULTS / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    for old in logs.glob("*.log"):
        old.unlink()
    results: dict[str, dict[str, list]] = {}
    groups = [g for g in GROUPS if g in args.only]
    # The ceiling is measured in the same rotation as the streams (ours, vuer, viser, loopback,
    # ours, …), so that it sees the same machine; alone only when the streams are not run.
    loopback_with_stream = "loopback" in groups and "stream" in groups
    t_run = time.monotonic()

    async def loopback(rep: int) -> None:
        reps = results.setdefault("loopback", {}).setdefault("aiohttp", [])
        try:
            reps.append(
                await asyncio.wait_for(
                    loopback_rep(http, p, ours_python, logs / f"loopback-r{rep}.log"),
                    p["timeout"],
                )
            )
        except Exception as exc:  # noqa: BLE001 - a failed rep is a figure too
            reps.append({"error": f"{type(exc).__name__}: {exc}"})
        print(
            f"  {'loopback':12s} rep {rep + 1}  {'':5s}  {brief(reps[-1])}", flush=True
        )

    async with aiohttp.ClientSession() as http:
        for group in groups:
            if group == "loopback":
                if not loopback_with_stream:
                    for rep in range(p["reps"]):
                        await loopback(rep)
                continue
            for name in GROUPS[group]:
                fn, elements, applies = SCENARIOS[name]
                for rep in range(p["reps"]):
                    for impl in impls:
                        if impl.kind not in applies:
                            continue
                        t0 = time.monotonic()
                        log = logs / f"{name}-{impl.name}-r{rep}.log"
                        try:
                            async with Server(impl, elements, log) as server:
                                value = await asyncio.wait_for(
                                    fn(impl, server, http, p), p["timeout"]
                                )
                                if not server.alive():
                                    value["died"] = True
                        except Exception as exc:  # noqa: BLE001
                            value = {"error": f"{type(exc).__name__}: {exc}"}
                        results.setdefault(name, {}).setdefault(impl.name, []).append(
                            value
                        )
                        print(
                            f"  {name:12s} rep {rep + 1}  {impl.name:5s}  {time.monotonic() - t0:5.1f} s  {brief(value)}",
                            flush=True,
                        )
                    if name == "stream" and loopback_with_stream:
                        await loopback(rep)
    return {"results": results, "seconds": round(time.monotonic() - t_run, 1)}


def brief(value: dict) -> str:
    if "error" in value:
        return "ERROR " + value["error"][:160]
    text = json.dumps(
        value, default=lambda x: round(x, 2) if isinstance(x, float) else x
    )
    return text if len(text) < 160 else text[:157] + "..."


# ---- the table -------------------------------------------------------------------------------


def values(results: dict, scenario: str, impl: str, path: tuple) -> list:
    out = []
    for rep in results.get(scenario, {}).get(impl, []):
        v: Any = rep
        for k in path:
            v = v.get(k) if isinstance(v, dict) else None
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            out.append(float(v))
    return out


def errors(results: dict, scenario: str, impl: str) -> list[str]:
    return [
        rep["error"]
        for rep in results.get(scenario, {}).get(impl, [])
        if "error" in rep
    ]


def fmt(x: float | None, digits: int) -> str:
    if x is None:
        return "-"
    if abs(x) >= 1000:
        return f"{x:,.0f}"
    return f"{x:.{digits}f}"


ROWS = [
    # (section, label, scenario, path, better, digits)
    ("1 idle CPU, % of one core", "0 clients", "idle", ("cpu_0",), "low", 2),
    (None, "1 client", "idle", ("cpu_1",), "low", 2),
    (None, "5 clients", "idle", ("cpu_5",), "low", 2),
    (None, "50 clients", "idle", ("cpu_50",), "low", 2),
]
for _pts, _name in ((10_000, "10k"), (100_000, "100k"), (1_000_000, "1M")):
    ROWS += [
        (
            f"2 PointCloud stream, {_name} points, as fast as it goes",
            "frames/s delivered",
            "stream",
            (str(_pts), "fps"),
            "high",
            1,
        ),
        (None, "MB/s delivered", "stream", (str(_pts), "mbps"), "high", 0),
        (None, "bytes/frame", "stream", (str(_pts), "bytes_per_frame"), None, 0),
        (None, "latency p50 ms", "stream", (str(_pts), "p50"), "low", 1),
        (None, "latency p90 ms", "stream", (str(_pts), "p90"), "low", 1),
        (None, "frames sent (offered)", "stream", (str(_pts), "sent"), None, 0),
        (
            None,
            "frames lost (coalesced/dropped)",
            "stream",
            (str(_pts), "lost"),
            None,
            0,
        ),
        (None, "final frame delivered", "stream", (str(_pts), "final"), "flag", 0),
        (None, "server CPU %", "stream", (str(_pts), "server_cpu"), None, 0),
        (
            None,
            "server CPU ms per delivered frame",
            "stream",
            (str(_pts), "server_ms_per_frame"),
            "low",
            3,
        ),
    ]
ROWS += [
    (
        "2b the 100k stream, client offering permessage-deflate (as Chromium does)",
        "frames/s delivered",
        "deflate",
        ("100000", "fps"),
        "high",
        1,
    ),
    (None, "latency p50 ms", "deflate", ("100000", "p50"), "low", 1),
    (None, "latency p90 ms", "deflate", ("100000", "p90"), "low", 1),
    (None, "final frame delivered", "deflate", ("100000", "final"), "flag", 0),
    (
        None,
        "server CPU ms per delivered frame",
        "deflate",
        ("100000", "server_ms_per_frame"),
        "low",
        2,
    ),
]
for _n in (1, 10, 50):
    ROWS += [
        (
            f"3 broadcast one upsert to {_n} client{'s' if _n > 1 else ''}",
            "all received p50 ms",
            "bcast",
            (f"all_p50_{_n}",),
            "low",
            2,
        ),
        (None, "all received p90 ms", "bcast", (f"all_p90_{_n}",), "low", 2),
    ]
for _n in (1000, 10000):
    ROWS += [
        (
            f"4 connect -> full scene of {_n:,} boxes",
            "p50 ms",
            f"connect{_n}",
            ("p50",),
            "low",
            1,
        ),
        (None, "p90 ms", f"connect{_n}", ("p90",), "low", 1),
        (None, "bytes", f"connect{_n}", ("bytes",), None, 0),
        (
            None,
            "server CPU ms per connection",
            f"connect{_n}",
            ("server_ms",),
            "low",
            2,
        ),
    ]
ROWS += [
    ("5 relay POST -> client received", "p50 ms", "relay", ("p50",), "low", 2),
    (None, "p90 ms", "relay", ("p90",), "low", 2),
    (None, "delivered", "relay", ("delivered",), "relay", 0),
]


def cell(
    results: dict, scenario: str, impl: str, path: tuple, better, digits: int
) -> tuple[str, float | None]:
    applies = SCENARIOS[scenario][2]
    if impl.split("-")[0] not in applies:
        return "n/a", None
    reps = results.get(scenario, {}).get(impl)
    if not reps:
        return "", None
    errs = errors(results, scenario, impl)
    if better == "flag":
        flags = [bool(_dig(r, path)) for r in reps if "error" not in r]
        text = f"{sum(flags)}/{len(reps)}"
        return text, None
    if better == "relay":
        ok = [r for r in reps if "error" not in r]
        statuses: dict[str, int] = {}
        for r in ok:
            for k, v in r.get("statuses", {}).items():
                statuses[k] = statuses.get(k, 0) + v
        delivered = sum(r.get("delivered", 0) for r in ok)
        sent = sum(r.get("sent", 0) for r in ok)
        http = ", ".join(f"HTTP {k} x{v}" for k, v in sorted(statuses.items()))
        text = f"{delivered}/{sent} ({http})"
        return (text if not errs else text + f" +{len(errs)} err"), None
    vals = values(results, scenario, impl, path)
    if not vals:
        return ("ERR" if errs else "-"), None
    med = statistics.median(vals)
    text = fmt(med, digits)
    if len(vals) > 1:
        text += f" [{fmt(min(vals), digits)}-{fmt(max(vals), digits)}]"
    if errs:
        text += f" +{len(errs)} err"
    return text, med


def _dig(rep: dict, path: tuple):
    v: Any = rep
    for k in path:
        v = v.get(k) if isinstance(v, dict) else None
    return v


def table(
    results: dict, impls: list[str], labels: dict[str, str], loopback: list[dict]
) -> str:
    peers = [i for i in impls if i not in ("ours", "ours-b")]
    head = ["metric", *[labels[i] for i in impls]] + (
        [f"ours/{labels[p]}" for p in peers] if "ours" in impls else []
    )
    rows: list[list[str] | str] = []
    for section, label, scenario, path, better, digits in ROWS:
        if scenario not in results:
            continue
        if section:
            rows.append(section)
        cells, meds = [], {}
        for impl in impls:
            text, med = cell(results, scenario, impl, path, better, digits)
            cells.append(text)
            meds[impl] = med
        ratios = []
        if "ours" in impls:
            for peer in peers:
                a, b = meds.get("ours"), meds.get(peer)
                if a is None or b is None or better is None:
                    ratios.append("n/a" if peer not in SCENARIOS[scenario][2] else "")
                elif b == 0:
                    ratios.append("inf" if a else "1.00x")
                else:
                    ratios.append(f"{a / b:.2f}x")
        arrow = {"high": " ↑", "low": " ↓"}.get(better or "", "")
        rows.append(["  " + label + arrow, *cells, *ratios])
    if loopback:
        rows.append("6 loopback ceiling: one aiohttp websocket, server -> client, MB/s")
        for size in ("90000", "900000", "9000000"):
            vals = [r[size] for r in loopback if isinstance(r.get(size), (int, float))]
            if vals:
                text = fmt(statistics.median(vals), 0) + (
                    f" [{fmt(min(vals), 0)}-{fmt(max(vals), 0)}]"
                    if len(vals) > 1
                    else ""
                )
                rows.append(
                    [f"  {int(size):,} B frames", text] + [""] * (len(head) - 2)
                )
    widths = [
        max(len(r[i]) for r in [head, *[r for r in rows if isinstance(r, list)]])
        for i in range(len(head))
    ]
    lines = [
        "  ".join(
            h.ljust(w) if i == 0 else h.rjust(w)
            for i, (h, w) in enumerate(zip(head, widths))
        )
    ]
    lines.append("-" * len(lines[0]))
    for r in rows:
        if isinstance(r, str):
            lines.append(r)
        else:
            lines.append(
                "  ".join(
                    c.ljust(w) if i == 0 else c.rjust(w)
                    for i, (c, w) in enumerate(zip(r, widths))
                )
            )
    return "\n".join(lines)


def goals(results: dict, loopback: list[dict]) -> list[tuple[str, bool | None, str]]:
    """The issue's goals, judged on this run's medians."""

    def med(scenario, impl, path):
        vals = values(results, scenario, impl, path)
        return statistics.median(vals) if vals else None

    out = []
    if "idle" in results:
        cpus = {n: med("idle", "ours", (f"cpu_{n}",)) for n in (1, 5, 50)}
        worst = {
            n: max(values(results, "idle", "ours", (f"cpu_{n}",)) or [float("nan")])
            for n in (1, 5, 50)
        }
        ok = all(v is not None and v <= 1.0 for v in cpus.values())
        up = med("idle", "vuer", ("cpu_1",))
        out.append(
            (
                "idle CPU <= 1 % of a core at 1, 5, 50 clients",
                ok,
                ", ".join(
                    f"{n}: {fmt(cpus[n], 2)} % (max {fmt(worst[n], 2)})" for n in cpus
                )
                + f"; upstream at 1 client: {fmt(up, 1)} %",
            )
        )
    if "stream" in results:
        for pts in ("10000", "100000"):
            a, b = (
                med("stream", "ours", (pts, "fps")),
                med("stream", "vuer", (pts, "fps")),
            )
            out.append(
                (
                    f"PointCloud {int(pts) // 1000}k: frames/s >= upstream",
                    None if a is None or b is None else a >= b,
                    f"ours {fmt(a, 1)}, upstream {fmt(b, 1)}",
                )
            )
        a, b = (
            med("stream", "ours", ("1000000", "fps")),
            med("stream", "vuer", ("1000000", "fps")),
        )
        mbps = med("stream", "ours", ("1000000", "mbps"))
        ceiling = (
            statistics.median(
                [
                    r["9000000"]
                    for r in loopback
                    if isinstance(r.get("9000000"), (int, float))
                ]
            )
            if loopback
            else None
        )
        p90 = med("stream", "ours", ("1000000", "p90"))
        finals = [
            bool(_dig(r, (pts, "final")))
            for r in results["stream"].get("ours", [])
            for pts in ("10000", "100000", "1000000")
            if "error" not in r
        ]
        rate_ok = (
            a is not None
            and b is not None
            and (a >= 2 * b or (ceiling and mbps and mbps >= 0.8 * ceiling))
        )
        ok = bool(rate_ok and p90 is not None and p90 <= 50 and finals and all(finals))
        share = (
            f"{100 * mbps / ceiling:.0f} % of the loopback ceiling"
            if mbps and ceiling
            else "ceiling not measured"
        )
        out.append(
            (
                "PointCloud 1M: frames/s >= 2x upstream (or >= 80 % of loopback), p90 <= 50 ms, final frame always delivered",
                ok,
                f"ours {fmt(a, 1)} fps vs upstream {fmt(b, 1)} ({fmt(a / b if a and b else None, 2)}x); {fmt(mbps, 0)} MB/s = {share}; p90 {fmt(p90, 1)} ms; final {sum(finals)}/{len(finals)}",
            )
        )
    if "bcast" in results:
        a, b = (
            med("bcast", "ours", ("all_p50_50",)),
            med("bcast", "vuer", ("all_p50_50",)),
        )
        out.append(
            (
                "broadcast to 50 clients: p50 no worse than upstream",
                None if a is None or b is None else a <= b,
                f"ours {fmt(a, 2)} ms, upstream {fmt(b, 2)} ms",
            )
        )
    if "connect1000" in results:
        a = med("connect1000", "ours", ("p50",))
        out.append(
            (
                "connect -> full scene of 1,000 elements <= 10 ms",
                None if a is None else a <= 10,
                f"ours p50 {fmt(a, 1)} ms, upstream {fmt(med('connect1000', 'vuer', ('p50',)), 1)}, viser {fmt(med('connect1000', 'viser', ('p50',)), 1)}",
            )
        )
    return out


def stage1(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--quick",
        action="store_true",
        help="2 repetitions, short windows (under 3 minutes)",
    )
    parser.add_argument(
        "--reps", type=int, help="repetitions per scenario and implementation"
    )
    parser.add_argument(
        "--only",
        default=",".join(GROUPS),
        help=f"scenario groups, comma-separated (default all: {','.join(GROUPS)})",
    )
    parser.add_argument(
        "--impls", default="ours,vuer,viser", help="implementations, comma-separated"
    )
    parser.add_argument(
        "--pin",
        action="store_true",
        help="servers on the first CPU, the clients (this driver) on the others: no sharing of a core",
    )
    parser.add_argument(
        "--ours-b",
        metavar="DIR",
        help="also measure the vuer_cli in DIR (a folder holding vuer_cli/), as column ours-b: A/B a proposed change",
    )
    args = parser.parse_args(argv)
    if args.ours_b:
        args.ours_b = str(Path(args.ours_b).resolve())
    if args.pin:
        cpus = sorted(os.sched_getaffinity(0))
        if len(cpus) < 2:
            parser.error("--pin needs two CPUs")
        PIN["server"], PIN["driver"] = {cpus[0]}, set(cpus[1:])
        os.sched_setaffinity(0, PIN["driver"])
    args.only = [g.strip() for g in args.only.split(",") if g.strip()]
    args.impls = [i.strip() for i in args.impls.split(",") if i.strip()]
    mode = "quick" if args.quick else "full"
    p = dict(PARAMS[mode])
    if args.reps:
        p["reps"] = args.reps
    command = "python bench/run.py" + (" " + " ".join(argv) if argv else "")
    meta = {
        "date": time.strftime("%Y-%m-%d %H:%M:%S %Z"),
        "mode": mode,
        "command": command,
        "machine": machine(),
        "versions": versions(),
        "params": p,
        "load_before": loadavg(),
        "ours_b": args.ours_b,
        "pin": {k: sorted(v) for k, v in PIN.items()},
    }
    print(
        f"vuer-cli comparative bench ({mode}) {meta['date']}  {meta['machine']['cores']} cores, {meta['machine']['cpu']}"
    )
    print(
        f"load average before: {meta['load_before']}  (1 min above ~1.5 means other work skews the figures)",
        flush=True,
    )
    run = asyncio.run(drive(args, mode, p))
    results = run["results"]
    meta["load_after"] = loadavg()
    meta["seconds"] = run["seconds"]
    labels = {
        "ours": "ours",
        "ours-b": "ours-b",
        "vuer": f"vuer {meta['versions']['peers_venv'].get('vuer', '?')}",
        "viser": f"viser {meta['versions']['peers_venv'].get('viser', '?')}",
    }
    impls = [
        i
        for i in ("ours", "ours-b", "vuer", "viser")
        if i in args.impls or (i == "ours-b" and args.ours_b and "ours" in args.impls)
    ]
    loopback = [
        r for r in results.pop("loopback", {}).get("aiohttp", []) if "error" not in r
    ]
    text = table(results, impls, labels, loopback)
    judged = goals(results, loopback)
    v = meta["versions"]
    header = [
        f"vuer-cli comparative bench, {mode}: {meta['date']}",
        f"machine: {meta['machine']['cores']} cores ({meta['machine']['cpu']}), {meta['machine']['memory_gib']} GiB, Linux {meta['machine']['kernel']}",
        (
            f"versions: ours vuer-cli {v['ours'].get('vuer-cli', '?')} ({v['ours'].get('git', '?')}), Python {v['ours'].get('python')}, aiohttp {v['ours'].get('aiohttp')}; "
            f"peers' venv: vuer {v['peers_venv'].get('vuer')}, viser {v['peers_venv'].get('viser')}, Python {v['peers_venv'].get('python')}, aiohttp {v['peers_venv'].get('aiohttp')}"
        ),
        f"load average (1, 5, 15 min): before {meta['load_before']}, after {meta['load_after']}"
        + (
            "  ** busy machine before the run (1-min load > 1.5): figures skewed **"
            if meta["load_before"][0] > 1.5
            else ""
        )
        + ("  (the bench's own server and clients add ~1-2 to the load while it runs)"),
        f"repetitions: {p['reps']} (interleaved ours, vuer, viser; fresh server each); cell = median [min-max] over repetitions; ratio = ours median / peer median; ↑ higher is better, ↓ lower",
        f"command: {command}   ({meta['seconds']:.0f} s)"
        + (
            f"; servers pinned to CPU {sorted(PIN['server'])}, clients to {sorted(PIN['driver'])}"
            if PIN
            else ""
        ),
        "",
    ]
    footer = ["", "goals:"] + [
        f"  [{'MET' if ok else 'MISSED' if ok is False else '?'}] {name}: {detail}"
        for name, ok, detail in judged
    ]
    out_text = "\n".join(header) + text + "\n" + "\n".join(footer) + "\n"
    print()
    print(out_text)
    RESULTS.mkdir(parents=True, exist_ok=True)
    custom = (
        args.ours_b
        or args.reps
        or args.pin
        or set(args.only) != set(GROUPS)
        or set(args.impls) != {"ours", "vuer", "viser"}
    )
    stem = (
        RESULTS / f"{time.strftime('%Y-%m-%d')}-{mode}{'-custom' if custom else ''}"
    )  # a partial run never replaces a whole one
    Path(f"{stem}.txt").write_text(out_text)
    Path(f"{stem}.json").write_text(
        json.dumps(
            {
                **meta,
                "results": results,
                "loopback": loopback,
                "goals": [{"goal": g, "met": ok, "detail": d} for g, ok, d in judged],
            },
            indent=1,
            default=str,
        )
    )
    print(f"written: {stem.relative_to(ROOT)}.txt and .json")
    return 0


def main(argv: list[str]) -> int:
    if os.environ.get(OURS_PYTHON_ENV) and Path(sys.prefix).resolve() == VENV.resolve():
        return stage1(argv)
    if "-h" in argv or "--help" in argv:
        print(__doc__)
        return 0
    return stage0(argv)


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except KeyboardInterrupt:
        sys.exit(130)
