"""The wire codec: one msgpack map per binary websocket frame.

Server → client as upstream: floats as float32, ``bytes`` as msgpack bin, numpy arrays as
lists (bulk arrays are already bytes: the schema encodes them). Each event is encoded once,
however many sessions receive it.
"""

from __future__ import annotations

import math

import msgpack
import numpy as np

__all__ = ["encode", "decode", "client_fields", "WireError"]


class WireError(ValueError):
    """A frame that is not one msgpack map with a string ``etype``."""


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
        # A float beyond float32's range (|x| > 3.4e38) cannot go out as float32; failing
        # here, after the store took the op, would leave the scene changed and clients not
        # told. Clients read float64 too: send the frame with full floats instead.
        return msgpack.packb(obj, **{**_packer_kwargs, "use_single_float": False})


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
