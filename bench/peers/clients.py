"""Minimal websocket clients for the bench: they connect as a real client does and decode
every frame they receive, so that a figure includes what a client must do to use it.

* ``VuerClient`` speaks the Vuer protocol (``shared/PROTOCOL.md``), used for ours and
  upstream's: one msgpack map per binary frame; the client sends INIT first.
* ``ViserClient`` speaks viser's (read from its ``infra/_infra.py``, not copied): the
  websocket subprotocol ``viser-v<version>`` (the server closes any other with 1002); each
  binary frame is a window of messages::

      [8 B] msgpack length (uint64 LE)  [8 B] zstd length (uint64 LE)  [zstd(msgpack)]
      then the binary buffers, each 8-byte aligned

  where the msgpack map is ``{"messages": [...], "timestampSec", "binaryBufferLengths"}`` and
  an array inside a message is a placeholder ``{"__binary_index": i, "dtype": "<f2"}``.
  The client sends nothing: the server replays its scene, then ``ReplayDoneMessage``.

Each client turns frames into events (dicts) and answers the bench's questions about them:
``scene_progress`` (boxes of the static scene, and whether the scene is complete),
``stream_frames`` (the stamped PointCloud frames) and ``bcast_stamps`` (the broadcast marks).
"""

from __future__ import annotations

import time
from importlib import metadata

import aiohttp
import msgpack

__all__ = ["Frame", "ViserClient", "VuerClient"]


class Frame:
    """One received websocket frame, decoded."""

    __slots__ = ("events", "nbytes", "rx_ns")

    def __init__(self, events: list[dict], nbytes: int, rx_ns: int):
        self.events = events
        self.nbytes = nbytes
        self.rx_ns = rx_ns  # time.time_ns() once decoded


class _Client:
    ws: aiohttp.ClientWebSocketResponse

    async def receive(self, timeout: float) -> Frame | None:
        """The next binary frame, decoded; None when the socket closed. TimeoutError past ``timeout``."""
        while True:
            msg = await self.ws.receive(timeout=timeout)
            if msg.type == aiohttp.WSMsgType.BINARY:
                events = self.decode(msg.data)
                return Frame(events, len(msg.data), time.time_ns())
            if msg.type in (
                aiohttp.WSMsgType.CLOSE,
                aiohttp.WSMsgType.CLOSING,
                aiohttp.WSMsgType.CLOSED,
                aiohttp.WSMsgType.ERROR,
            ):
                return None

    async def close(self) -> None:
        await self.ws.close()

    def decode(self, data: bytes) -> list[dict]:  # pragma: no cover - subclasses
        raise NotImplementedError


class VuerClient(_Client):
    protocol = "vuer"

    def __init__(self, ws):
        self.ws = ws

    @classmethod
    async def connect(
        cls,
        http: aiohttp.ClientSession,
        port: int,
        timeout: float = 10.0,
        deflate: bool = False,
    ) -> VuerClient:
        """``deflate``: offer permessage-deflate, as browsers do (Chromium always offers it)."""
        ws = await http.ws_connect(
            f"ws://127.0.0.1:{port}/",
            max_msg_size=0,
            timeout=aiohttp.ClientWSTimeout(ws_close=timeout),
            autoping=True,
            compress=15 if deflate else 0,
        )
        value = {"client": "bench", "pkg": "vuer-cli-bench", "pkgVersion": "0"}
        await ws.send_bytes(
            msgpack.packb(
                {"etype": "INIT", "ts": time.time(), "value": value}, use_bin_type=True
            )
        )
        return cls(ws)

    def decode(self, data: bytes) -> list[dict]:
        return [msgpack.unpackb(data, raw=False)]

    @staticmethod
    def scene_progress(frame: Frame) -> tuple[int, bool]:
        boxes, done = 0, False
        for event in frame.events:
            if event.get("etype") == "SET":
                done = True
                boxes += sum(
                    1
                    for c in event["data"].get("children") or ()
                    if str(c.get("key", "")).startswith("box")
                )
        return boxes, done

    @staticmethod
    def stream_frames(frame: Frame, points: int) -> list[tuple[int, int, bool, bool]]:
        """(frame id, send ns, last, payload ok) for each stamped PointCloud in the frame."""
        out = []
        for event in frame.events:
            etype = event.get("etype")
            data = event.get("data") or {}
            if etype == "UPSERT":
                nodes = data.get("nodes") or ()
            elif (
                etype == "SET"
            ):  # ours after a queue overflow: a snapshot holding the latest cloud
                nodes = data.get("children") or ()
            else:
                continue
            for node in nodes:
                if node.get("key") != "stream":
                    continue
                meta = node.get("userData") or {}
                vertices, colors = node.get("vertices"), node.get("colors")
                ok = (
                    isinstance(vertices, bytes)
                    and len(vertices) == points * 6
                    and isinstance(colors, bytes)
                    and len(colors) == points * 3
                )
                out.append(
                    (int(meta["frame"]), int(meta["sent_ns"]), bool(meta["last"]), ok)
                )
        return out

    @staticmethod
    def bcast_stamps(frame: Frame) -> list[tuple[int, int]]:
        out = []
        for event in frame.events:
            if event.get("etype") != "UPSERT":
                continue
            for node in event["data"].get("nodes") or ():
                if node.get("key") == "bcast":
                    meta = node.get("userData") or {}
                    out.append((int(meta["seq"]), int(meta["sent_ns"])))
        return out

    @staticmethod
    def relay_seqs(frame: Frame) -> list[int]:
        out = []
        for event in frame.events:
            if event.get("etype") != "UPSERT":
                continue
            for node in event["data"].get("nodes") or ():
                if node.get("key") == "relay":
                    out.append(int((node.get("userData") or {}).get("seq", -1)))
        return out


class ViserClient(_Client):
    protocol = "viser"
    _version: str | None = None

    def __init__(self, ws):
        import zstandard  # a viser dependency: present in the peers' venv, where the clients run

        self.ws = ws
        self._zstd = zstandard.ZstdDecompressor()

    @classmethod
    def version(cls) -> str:
        if cls._version is None:
            cls._version = metadata.version("viser")
        return cls._version

    @classmethod
    async def connect(
        cls,
        http: aiohttp.ClientSession,
        port: int,
        timeout: float = 10.0,
        deflate: bool = False,
    ) -> ViserClient:
        ws = await http.ws_connect(
            f"ws://127.0.0.1:{port}/",
            protocols=(f"viser-v{cls.version()}",),
            max_msg_size=0,
            timeout=aiohttp.ClientWSTimeout(ws_close=timeout),
        )
        return cls(ws)

    def decode(self, data: bytes) -> list[dict]:
        view = memoryview(data)
        inner_len = int.from_bytes(view[0:8], "little")
        comp_len = int.from_bytes(view[8:16], "little")
        inner = self._zstd.decompress(
            view[16 : 16 + comp_len], max_output_size=inner_len
        )
        window = msgpack.unpackb(inner, raw=False)
        offset = 16 + comp_len
        buffers = []
        for n in window["binaryBufferLengths"]:
            offset += (8 - offset % 8) % 8
            buffers.append(view[offset : offset + n])
            offset += n
        messages = window["messages"]
        for message in messages:
            props = message.get("props")
            if isinstance(props, dict):
                for k, v in props.items():
                    if isinstance(v, dict) and "__binary_index" in v:
                        props[k] = buffers[v["__binary_index"]]
        return messages

    @staticmethod
    def scene_progress(frame: Frame) -> tuple[int, bool]:
        boxes, done = 0, False
        for message in frame.events:
            kind = message.get("type")
            if kind == "BoxMessage" and str(message.get("name", "")).startswith("/box"):
                boxes += 1
            elif kind == "ReplayDoneMessage":
                done = True
        return boxes, done

    @staticmethod
    def stream_frames(frame: Frame, points: int) -> list[tuple[int, int, bool, bool]]:
        out = []
        for message in frame.events:
            if (
                message.get("type") != "PointCloudMessage"
                or message.get("name") != "/stream"
            ):
                continue
            props = message["props"]
            frame_id, sent_s, last = props["scale"]
            pts, colors = props.get("points"), props.get("colors")
            ok = (
                isinstance(pts, memoryview)
                and pts.nbytes == points * 6
                and isinstance(colors, memoryview)
                and colors.nbytes == points * 3
            )
            out.append((int(frame_id), int(sent_s * 1e9), bool(last), ok))
        return out

    @staticmethod
    def bcast_stamps(frame: Frame) -> list[tuple[int, int]]:
        out = []
        for message in frame.events:
            if (
                message.get("type") == "SetPositionMessage"
                and message.get("name") == "/bcast"
            ):
                seq, sent_s, _ = message["position"]
                if (
                    seq >= 0.5
                ):  # (0, 1, 0) is the box's initial position, replayed at connect
                    out.append((int(seq), int(sent_s * 1e9)))
        return out

    @staticmethod
    def relay_seqs(frame: Frame) -> list[int]:
        return []
