"""One bounded outbound queue per websocket session.

Producers (``session.upsert @ ...``, broadcasts, relay) are synchronous and never block;
the session's writer task awaits ``get()``. Memory stays bounded and the final scene right:

* an UPSERT/UPDATE that covers the same nodes and at least the same props as one still
  waiting replaces it (latest wins): a fast stream to a slow client sends only fresh frames;
* when the queue is full of ops that cannot coalesce, the waiting scene ops are dropped and
  the next ``get()`` sends one SET snapshot of the session's scene instead — which already
  holds every dropped op, because ops are applied to the scene before they are queued.

Items that are not scene ops (RPC requests, overlay messages) are never dropped for a resync.
A frame may be queued unencoded (``wire.Pending``): it is encoded when ``get()`` hands it
out, so one that a newer op replaced costs nothing more.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from .wire import Pending

__all__ = ["Outbound", "Item", "coalesce_signature"]


@dataclass(slots=True)
class Item:
    data: "bytes | Pending"  # bytes(data) is the frame
    scene_op: bool = False
    signature: tuple | None = None  # (etype, to, strict, node keys) for coalescing
    props: tuple[frozenset, ...] = ()  # prop names per node, same order as the keys


def coalesce_signature(event: dict) -> tuple[tuple | None, tuple[frozenset, ...]]:
    """What an UPSERT/UPDATE would replace: its signature and per-node prop names."""
    if event.get("etype") not in ("UPSERT", "UPDATE"):
        return None, ()
    data = event.get("data") or {}
    nodes = data.get("nodes") or ()
    keys, props = [], []
    for node in nodes:
        if not isinstance(node, dict) or "children" in node or not isinstance(node.get("key"), str):
            return None, ()
        keys.append(node["key"])
        props.append(frozenset(node))
    if not keys:
        return None, ()
    return (event["etype"], data.get("to"), bool(event.get("strict")), tuple(keys)), tuple(props)


class Outbound:
    """A bounded queue of encoded frames for one session's writer."""

    def __init__(self, maxlen: int, snapshot: Callable[[], bytes]):
        self.maxlen = max(1, int(maxlen))
        self._snapshot = snapshot
        self._items: deque[Item] = deque()
        self._waiter: asyncio.Future | None = None  # the writer's, while it waits in get()
        self._resync = False
        self._closed = False
        self.coalesced = 0
        self.resyncs = 0

    def __len__(self) -> int:
        return len(self._items) + (1 if self._resync else 0)

    def push(self, item: Item) -> None:
        if self._closed:
            return
        if item.signature is not None and self._coalesce(item):
            self._wake()
            return
        if len(self._items) >= self.maxlen:
            self._overflow()
        if len(self._items) >= self.maxlen:  # full of non-scene items: drop the oldest
            self._items.popleft()
        self._items.append(item)
        self._wake()

    def _wake(self) -> None:
        # A bare future rather than an asyncio.Event (no waiter list to keep): a stream wakes
        # its writer once a frame, so the wake-up is on the hot path.
        waiter, self._waiter = self._waiter, None
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

    def _coalesce(self, item: Item) -> bool:
        for i in range(len(self._items) - 1, -1, -1):
            old = self._items[i]
            if old.signature == item.signature and all(n >= o for n, o in zip(item.props, old.props)):
                del self._items[i]
                self._items.append(item)
                self.coalesced += 1
                return True
        return False

    def _overflow(self) -> None:
        kept = deque(it for it in self._items if not it.scene_op)
        if len(kept) < len(self._items):
            self._resync = True
            self.resyncs += 1
        self._items = kept

    async def get(self) -> bytes | None:
        """The next frame to send; waits (no polling) while there is none; None once closed."""
        while True:
            if self._resync:
                self._resync = False
                self._items = deque(it for it in self._items if not it.scene_op)
                return self._snapshot()
            if self._items:
                item = self._items.popleft()
                return bytes(item.data)  # the same object when it is bytes already
            if self._closed:
                return None
            self._waiter = asyncio.get_running_loop().create_future()
            await self._waiter

    def close(self) -> None:
        self._closed = True
        self._items.clear()
        self._wake()
