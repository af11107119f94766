"""The wire codec: one msgpack map per binary websocket frame.

Server → client as upstream: floats as float32, ``bytes`` as msgpack bin, numpy arrays as
lists (bulk arrays are already bytes: the schema encodes them). Each event is encoded once,
however many sessions receive it.

An outbound event gets its frame (``outgoing``) before anything applies it: a value the wire
cannot carry is an ``UnsendableError`` naming it, and the scene is unchanged — a store that
took it would fail every later joiner's snapshot. A small event may wait unencoded
(``Pending``) until a writer takes it: if a newer op replaces it in every queue first, it is
never encoded at all.
"""

from __future__ import annotations

import math

import msgpack
import numpy as np

__all__ = [
    "encode",
    "decode",
    "client_fields",
    "check_sendable",
    "outgoing",
    "set_frame",
    "Pending",
    "WireError",
    "UnsendableError",
    "MAX_DEPTH",
]


class WireError(ValueError):
    """A frame that is not one msgpack map with a string ``etype``."""


class UnsendableError(ValueError):
    """An outbound event holding a value the wire cannot carry; raised before anything
    applied or queued it. The message names the event and the value's path in it."""


def _default(obj):
    if isinstance(obj, np.ndarray):
        return obj.tolist()
    if isinstance(obj, (np.integer, np.floating, np.bool_)):
        return obj.item()
    if isinstance(obj, (set, frozenset)):
        return list(obj)
    if hasattr(obj, "_serialize"):
        return obj._serialize()
    raise TypeError(f"cannot encode a {type(obj).__name__} for the wire")


_packer_kwargs = dict(use_single_float=True, use_bin_type=True, default=_default)


def encode(obj) -> bytes:
    """Encode one event map (already serialized) to a frame."""
    try:
        return msgpack.packb(obj, **_packer_kwargs)
    except OverflowError:
        # A float beyond float32's range (|x| > 3.4e38) cannot go out as float32. Clients
        # read float64 too: send the frame with full floats instead of refusing it.
        return msgpack.packb(obj, **{**_packer_kwargs, "use_single_float": False})


MAX_DEPTH = 128
"""How deeply an outbound event may nest (maps and lists). A scene two dozen levels deep is
about 60; the store and the client recurse, so deeper is refused."""

_INT_MIN, _INT_MAX = -(2**63), 2**64 - 1  # what msgpack can carry (Python and JSON ints are unbounded)
_PLAIN = frozenset({float, bool, bytes, type(None)})  # always encodable (floats: see encode)


def check_sendable(event: dict) -> None:
    """Raise ``UnsendableError`` unless ``encode(event)`` will succeed and the client can
    take it (nesting within ``MAX_DEPTH``), naming the first value that fails. A walk over
    every value in Python: for bodies from outside (relay); ``outgoing`` checks ours."""
    _walk(event, budget=None)


_DEFER_BUDGET = 256
"""An event with at most this many values may wait unencoded (a PointCloud is a dozen: its
arrays are single ``bytes``); a bigger one is encoded at once, which checks it in C."""


def _walk(event: dict, budget: int | None) -> bool:
    """Check every value; True when all are plain (maps, lists, str, bytes, numbers, bool,
    None). With a ``budget``: False as soon as it is spent or a value is not plain (the
    caller encodes then, which checks the rest); without: other values are trial-encoded."""
    plain = True
    stack = [(event, 1)]
    pop, push = stack.pop, stack.append
    while stack:
        item, depth = pop()
        kind = type(item)
        if kind is dict or kind is list or kind is tuple or isinstance(item, (dict, list, tuple)):
            is_map = isinstance(item, dict)
            if depth > MAX_DEPTH:
                raise UnsendableError(f"{_etype(event)}: nested deeper than {MAX_DEPTH} levels")
            if budget is not None:
                budget -= len(item)
                if budget < 0:
                    return False
            for value in item.values() if is_map else item:
                vkind = type(value)
                if vkind in _PLAIN:
                    continue
                if vkind is str:  # the common leaves, checked here rather than pushed
                    if value.isascii():
                        continue
                elif vkind is int:
                    if _INT_MIN <= value <= _INT_MAX:
                        continue
                push((value, depth + 1))
            if is_map:
                for key in item:
                    if type(key) is not str or not key.isascii():
                        push((key, depth + 1))
        elif kind is str:
            if not item.isascii():
                try:
                    item.encode()
                except UnicodeEncodeError as exc:
                    _refuse(event, item, f"a string that is not UTF-8 ({exc.reason})")
        elif kind is int:
            if not _INT_MIN <= item <= _INT_MAX:
                _refuse(event, item, f"the integer {item:.3g}, beyond 64 bits")
        elif kind not in _PLAIN:
            if budget is not None:
                return False
            plain = False
            try:
                encode(item)
            except Exception as exc:
                _refuse(event, item, f"a value of type {type(item).__name__} ({exc})")
    return plain


def outgoing(event: dict, fresh: bool) -> "bytes | Pending":
    """The frame to queue for an outbound event, made before anything applies the event, so
    that one the wire cannot carry raises ``UnsendableError`` and changes nothing.

    ``fresh``: nobody else holds the event's containers (it was just serialized, or decoded
    from a body). Then a small plain event waits as ``Pending``: a writer encodes it when it
    takes it, and a newer op that replaced it in every queue means it is never encoded.
    Any other event is encoded here, once for every session that gets it.
    """
    if fresh and _walk(event, _DEFER_BUDGET):
        return Pending(event)
    try:
        return encode(event)
    except Exception as exc:
        check_sendable(event)  # names the value
        raise UnsendableError(f"{_etype(event)}: cannot be encoded ({exc})") from None


def _refuse(event: dict, bad, what: str):
    path = _path_to(event, bad)
    raise UnsendableError(f"{_etype(event)}: {path + ' ' if path else ''}holds {what}")


def _etype(event) -> str:
    etype = event.get("etype") if isinstance(event, dict) else None
    return etype if isinstance(etype, str) else "event"


def _path_to(root, target) -> str:
    """Where ``target`` (by identity) sits in ``root``: ``data.nodes[0].position[2]``."""
    stack = [(root, "")]
    while stack:
        item, path = stack.pop()
        if isinstance(item, dict):
            for k, v in item.items():
                if k is target:
                    return f"{path} key" if path else "a key"
                sub = f"{path}.{k}" if path else str(k)
                if v is target:
                    return sub
                stack.append((v, sub))
        elif isinstance(item, (list, tuple)):
            for i, v in enumerate(item):
                if v is target:
                    return f"{path}[{i}]"
                stack.append((v, f"{path}[{i}]"))
    return ""


class Pending:
    """An event's frame, encoded when a writer first needs it (``bytes(pending)``), once
    for every session that queued it. For events ``check_sendable`` passed as plain, whose
    containers nobody else changes (see ``outgoing``)."""

    __slots__ = ("_obj", "_data")

    def __init__(self, obj: dict):
        self._obj = obj
        self._data: bytes | None = None

    def __bytes__(self) -> bytes:
        if self._data is None:
            self._data = encode(self._obj)
            self._obj = None
        return self._data


def set_frame(scene: bytes, ts_ms: int) -> bytes:
    """A SET frame around an already-encoded Scene map (joiners share one encoding of the
    scene and get their own ``ts``): the same bytes as ``encode({"ts", "data", "etype"})``."""
    return b"\x83\xa2ts" + encode(ts_ms) + b"\xa4data" + scene + b"\xa5etype\xa3SET"


# Deep nesting in a hostile frame must not exhaust the stack or memory; client frames are
# shallow (a camera matrix is three levels down).
_MAX_DEPTH = 64


def decode(data: bytes) -> dict:
    """Decode a client frame; raises ``WireError`` with the reason when it is not an event."""
    try:
        obj = msgpack.unpackb(data, raw=False, strict_map_key=False)
    except Exception as exc:
        raise WireError(f"not msgpack: {exc}") from None
    if not isinstance(obj, dict):
        raise WireError(f"not a map but a {type(obj).__name__}")
    etype = obj.get("etype")
    if not isinstance(etype, str):
        raise WireError("no string 'etype'")
    if _depth(obj) > _MAX_DEPTH:
        raise WireError(f"nested deeper than {_MAX_DEPTH} levels")
    return obj


def _depth(obj, limit=_MAX_DEPTH + 1) -> int:
    stack = [(obj, 1)]
    deepest = 0
    while stack:
        item, d = stack.pop()
        deepest = max(deepest, d)
        if deepest >= limit:
            return deepest
        if isinstance(item, dict):
            stack.extend((v, d + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, d + 1) for v in item)
    return deepest


def client_fields(obj: dict) -> dict | None:
    """The fields of a decoded client frame, made safe for ``ClientEvent`` and handlers.

    Raises ``WireError`` when a top-level key is not a string (the frame cannot be an
    event). Returns None when the frame is to be ignored: a ``key`` that is not a string.
    A ``ts`` that is not a finite number counts as missing (the server's time is used, as
    for upstream's CAMERA_MOVE, which has none). Fields starting with ``_`` are dropped:
    none is in the protocol, and ``_serialize`` would shadow the event's method.
    """
    if not all(isinstance(k, str) for k in obj):
        raise WireError("a top-level key is not a string")
    fields = {k: v for k, v in obj.items() if not k.startswith("_")}
    key = fields.get("key")
    if key is not None and not isinstance(key, str):
        return None
    ts = fields.get("ts")
    if ts is not None and not (isinstance(ts, (int, float)) and not isinstance(ts, bool) and math.isfinite(ts)):
        fields["ts"] = None
    return fields
