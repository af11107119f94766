"""The broker: where shared scenes live when several server processes serve them as one.

Without one (the default) a ``SharedScene`` is an in-process store and ``broadcast`` applies
each op at once. With one, each op is checked, published once to the broker's stream, and
every process — the one that published it too — applies it when it comes back, in stream
order (``SharedScene.deliver``); a process that starts, or comes back after an outage, takes
the broker's state (``SharedScene.replace``). Sessions stay in the process whose websocket
holds them; the broker lists them all and routes a relay or a render to the process that has
the sid.

``Vuer(broker="redis://host:6379/0")`` (or ``VUER_BROKER``, or ``vuer serve --broker``) picks
``redis_broker.RedisBroker``; a ``Broker`` instance is used as it is.
"""

from __future__ import annotations

import abc
from typing import TYPE_CHECKING

import msgpack

from .wire import _default

if TYPE_CHECKING:  # pragma: no cover
    from .app import Vuer
    from .render_route import Picture
    from .shared import SharedScene

__all__ = ["Broker", "BrokerError", "make_broker", "pack", "unpack"]


class BrokerError(RuntimeError):
    """A broker that cannot be used as given (a bad URL, a missing client library)."""


class Broker(abc.ABC):
    """What a shared scene needs from a backend that several processes share."""

    live: bool = False
    """Connected and caught up: ops go through the stream. False: ops apply locally and wait."""

    @abc.abstractmethod
    async def start(self, app: "Vuer") -> None:
        """Carry ``app.scenes`` (and scenes added later); returns once connected and caught
        up, or — when the backend cannot be reached in time — serving locally and retrying."""

    @abc.abstractmethod
    async def stop(self) -> None:
        """Send what is still waiting (briefly), leave the session registry, disconnect."""

    @abc.abstractmethod
    def publish(self, scene: "SharedScene", event: dict, applied: bool) -> None:
        """Queue one serialized event of ``scene`` for the stream. Never blocks.

        ``applied``: this process already applied it (it was accepted while not ``live``)."""

    @abc.abstractmethod
    async def synced(self, timeout: float = 5.0) -> bool:
        """Wait until every op published so far is in the stream and applied here; False when
        the broker is unreachable (the ops wait for it) or on timeout."""

    @abc.abstractmethod
    def audience(self, scene: "SharedScene") -> int:
        """How many sessions of every process watch ``scene`` (others' as last heard)."""

    @abc.abstractmethod
    def sessions_changed(self) -> None:
        """A session of this process joined or left (the registry is updated soon)."""

    @abc.abstractmethod
    async def sessions(self) -> dict:
        """The body of ``GET /sessions``: every process's sessions, each with its instance."""

    @abc.abstractmethod
    async def relay(self, sid: str, events: list[dict]) -> tuple[int, dict] | None:
        """Deliver checked events to a session of another process: (HTTP status, JSON body)
        as that process answered, or None when no process has that sid."""

    async def render(self, sid: str, query: dict[str, str]) -> "Picture | None":
        """GET /render of a session of another process (``query``: the request's), as that
        process answered; None when no process has that sid (the default: not supported)."""
        return None


def make_broker(spec) -> Broker:
    """A broker from a URL (``redis://``, ``rediss://``, ``unix://``) or a ``Broker``."""
    if isinstance(spec, Broker):
        return spec
    url = str(spec)
    if url.split("://", 1)[0] in ("redis", "rediss", "unix"):
        try:
            from .redis_broker import RedisBroker
        except ImportError as exc:  # the optional dependency
            raise BrokerError(f"--broker {url.split('://')[0]}://… needs the redis client: pip install 'vuer-cli[redis]' ({exc})") from None
        return RedisBroker(url)
    raise BrokerError(f"unknown broker {redact(url)!r}: expected redis://HOST:PORT/DB")


def redact(url: str) -> str:
    """The URL without its password, for logs and overlays."""
    scheme, sep, rest = url.partition("://")
    if sep and "@" in rest:
        creds, _, host = rest.rpartition("@")
        user = creds.split(":", 1)[0]
        return f"{scheme}://{user + ':' if user else ':'}***@{host}"
    return url


def pack(obj) -> bytes:
    """An event for the stream: msgpack like the wire, but floats keep their 64 bits (the
    wire's float32 would make a reload's diff see every float as changed)."""
    return msgpack.packb(obj, use_bin_type=True, default=_default)


def unpack(data: bytes):
    return msgpack.unpackb(data, raw=False, strict_map_key=False)
