"""Events: what the server sends (``ServerEvent`` and its ops) and what clients send.

``from vuer.events import X`` becomes ``from vuer_cli.events import X``. Serialized shapes
are upstream's (PROTOCOL.md): ``{"ts": <int ms>, "data": ..., "etype": ..., <extras>}``.
Where upstream is broken we do what it meant, and say so here:

* ``INIT.etype`` is ``"INIT"``, as the browser sends it (upstream's constant says ``"Init"``).
* ``Upsert(strict=True)`` sends ``strict`` at the top level, as ``Update`` does (upstream
  drops it); ``strict=False`` sends nothing, so the shape stays upstream's.
"""

from __future__ import annotations

import time
from typing import Any
from uuid import uuid4

from .schema.base import serialize_value

__all__ = [
    "Event",
    "ClientEvent",
    "InitEvent",
    "NullEvent",
    "INIT",
    "NULL",
    "ServerEvent",
    "Noop",
    "NOOP",
    "Set",
    "Update",
    "Add",
    "Upsert",
    "Remove",
    "Frame",
    "End",
    "END",
    "ServerRPC",
    "GrabRender",
    "MjStep",
    "MjRender",
    "GetWebXRMesh",
    "HapticActuatorPulse",
    "ShowError",
    "ClearError",
    "serializer",
]

serializer = serialize_value
"""Turns event data (elements, numpy arrays, nested lists) into wire-ready data."""


class Event:
    """Base of all events. An event equals its etype string: ``event == "INIT"``."""

    etype: str = "EVENT"
    ts: float

    def __eq__(self, other):
        if isinstance(other, Event):
            return self.etype == other.etype
        return self.etype == other

    __hash__ = object.__hash__


class ClientEvent(Event):
    """An event from a client: ``etype``, ``ts`` (float seconds), ``value``, maybe ``key``."""

    etype: str = "CLIENT_EVENT"
    value: Any = None
    key: str | None = None

    def __init__(self, ts=None, **kwargs):
        self.ts = time.time() if ts is None else ts
        self.__dict__.update(kwargs)

    def __repr__(self):
        return f"client<{self.etype}>({self.value})"

    @classmethod
    def _deserialize(cls, *, etype, ts=None, **kwargs) -> "ClientEvent":
        """Build from a decoded frame. A missing ``ts`` (upstream's CAMERA_MOVE) gets the server's time."""
        return ClientEvent(etype=etype, ts=ts, **kwargs)

    def _serialize(self) -> dict:
        return {**self.__dict__, "etype": self.etype, "value": serializer(self.value)}


class InitEvent(ClientEvent):
    """The first frame a client sends; its value says who the client is."""

    etype = "INIT"


INIT = InitEvent()


class NullEvent(ClientEvent):
    """Sent into a bound generator between frames of a ``Frame`` loop."""

    etype = "NULL"


NULL = NullEvent()


class ServerEvent(Event):
    """An event sent to clients. ``ts`` is kept in seconds and goes out as integer ms."""

    etype: str = "SERVER_EVENT"

    def __init__(self, data, ts: float | None = None, **kwargs):
        self.ts = time.time() if ts is None else ts
        self.data = data
        self.__dict__.update(etype=self.etype, **kwargs)

    def _serialize(self) -> dict:
        out = {k: v for k, v in self.__dict__.items() if not k.startswith("_")}
        out["data"] = self._serialize_data()
        out["ts"] = _ms(self.ts)
        return out

    def _serialize_data(self):
        """The wire form of ``data`` (events holding element lists override it, so that each
        element is serialized once)."""
        return serializer(self.data)


def _ms(ts) -> int:
    """Upstream's server sends ``int(seconds * 1000)``."""
    if isinstance(ts, float):
        return int(ts * 1000)
    return ts


class Noop(ServerEvent):
    """Nothing to send (a bound generator's idle answer)."""

    etype = "NOOP"

    def __init__(self, **kwargs):
        super().__init__(data=None, **kwargs)


NOOP = Noop()


class Set(ServerEvent):
    """Replace the whole scene. ``data`` must be a ``Scene``."""

    etype = "SET"

    def __init__(self, data, **kwargs):
        super().__init__(data, **kwargs)


def _nodes(elements) -> list:
    return [serializer(e) for e in elements]


class Update(ServerEvent):
    """Merge props into existing nodes by key; a missing key does nothing.

    ``strict=True`` replaces the node's props instead of merging them.
    """

    etype = "UPDATE"

    def __init__(self, *elements, strict: bool = False, **kwargs):
        super().__init__({"nodes": list(elements)}, strict=strict, **kwargs)

    def _serialize_data(self):
        return {"nodes": _nodes(self.data["nodes"])}


class Add(ServerEvent):
    """Insert nodes under the parent ``to`` (``None``: the Scene root)."""

    etype = "ADD"

    def __init__(self, *elements, to: str | None = None, **kwargs):
        super().__init__({"nodes": list(elements), "to": to}, **kwargs)

    def _serialize_data(self):
        return {"nodes": _nodes(self.data["nodes"]), "to": self.data["to"]}


class Upsert(ServerEvent):
    """Merge into nodes whose key exists, insert the others under ``to``."""

    etype = "UPSERT"

    def __init__(self, *elements, to: str | None = None, strict: bool = False, **kwargs):
        if strict:
            kwargs["strict"] = True
        super().__init__({"nodes": list(elements), "to": to}, **kwargs)

    def _serialize_data(self):
        return {"nodes": _nodes(self.data["nodes"]), "to": self.data["to"]}


class Remove(ServerEvent):
    """Remove nodes (and their children) by key; missing keys do nothing."""

    etype = "REMOVE"

    def __init__(self, *keys, **kwargs):
        super().__init__(data={"keys": list(keys)}, **kwargs)


class Frame(ServerEvent):
    """For bound generators: send ``data``, then wait ``1/frame_rate`` s before the next."""

    etype = "FRAME"

    def __init__(self, data: ServerEvent, frame_rate: float = 60.0, **kwargs):
        super().__init__(data, **kwargs)
        self.frame_rate = frame_rate


class End(ServerEvent):
    """Tells the client the session is over (etype ``TERMINATE``)."""

    etype = "TERMINATE"

    def __init__(self, **kwargs):
        super().__init__(None, **kwargs)


END = End()


class ServerRPC(ServerEvent):
    """A request the client answers with an event whose etype is ``rtype``."""

    etype = "RPC"
    rtype = "RPC_RESPONSE@{uuid}"

    def __init__(self, data, uuid: str | None = None, **kwargs):
        self.uuid = uuid or str(uuid4())
        super().__init__(data, **kwargs)
        if "rtype" not in self.__dict__:
            self.rtype = f"{self.etype}_RESPONSE@{self.uuid}"


class _KeyedRPC(ServerRPC):
    default_key = "DEFAULT"

    def __init__(self, *, key: str | None = None, **kwargs):
        super().__init__(data=kwargs)
        self.key = key or self.default_key
        self.rtype = f"{self.etype}_RESPONSE@{self.uuid}"


class GrabRender(_KeyedRPC):
    """Ask the client for a picture: ``quality`` (0..1), ``downsample``; ours also takes
    ``format="png"`` and ``count`` (several frames, for ``rpc_stream``)."""

    etype = "GRAB_RENDER"


class MjStep(_KeyedRPC):
    """Step a MuJoCo simulation in the client."""

    etype = "MJ_STEP"


class MjRender(_KeyedRPC):
    """Render a MuJoCo simulation in the client."""

    etype = "MJ_RENDER"


class GetWebXRMesh(_KeyedRPC):
    """Ask an AR client for its detected real-world meshes."""

    etype = "GET_WEBXR_MESH"
    default_key = "webxr-mesh"


class HapticActuatorPulse(ServerEvent):
    """Haptic feedback on XR controllers: ``left``/``right`` = {strength, duration}."""

    etype = "HAPTIC_ACTUATOR_PULSE"

    def __init__(self, left=None, right=None, **kwargs):
        super().__init__(data={"left": left, "right": right}, **kwargs)


class ShowError(ServerEvent):
    """Ours: show an error in the client's overlay (replaces the entry with the same id)."""

    etype = "ERROR"

    def __init__(self, id: str, message: str, detail: str | None = None, **kwargs):
        super().__init__(data={"id": id, "message": message, "detail": detail}, **kwargs)


class ClearError(ServerEvent):
    """Ours: remove an overlay entry (id ``"*"``: all of them)."""

    etype = "ERROR_CLEAR"

    def __init__(self, id: str = "*", **kwargs):
        super().__init__(data={"id": id}, **kwargs)
