"""SharedScene behind a Broker, with an in-memory broker: what any backend can rely on.

Several SharedScenes stand for several processes; the broker's list is the shared stream and
``pump()`` is each process's reader. No Redis, no sockets: every step is deterministic.
"""

from __future__ import annotations

import pytest

from vuer_cli.schema import Box, Group, Scene
from vuer_cli.server import SceneError, SharedScene
from vuer_cli.server.broker import Broker, pack, unpack


class MemoryBroker(Broker):
    """One shared stream for several scenes (one per "process")."""

    def __init__(self):
        self.live = True
        self.stream: list[tuple[SharedScene, bytes, bool]] = []
        self.scenes: list[SharedScene] = []

    def attach(self, scene: SharedScene) -> SharedScene:
        scene.broker = self
        self.scenes.append(scene)
        return scene

    def publish(self, scene, event, applied):
        self.stream.append((scene, pack(event), applied))

    def pump(self):
        for origin, payload, _ in self.stream:
            for scene in self.scenes:
                scene.deliver(unpack(payload), mine=scene is origin)
        self.stream.clear()
        for scene in self.scenes:
            scene.settle()

    async def start(self, app): ...
    async def stop(self): ...
    async def synced(self, timeout=5.0): return True
    def audience(self, scene): return sum(len(s.sessions) for s in self.scenes)
    def sessions_changed(self): ...
    async def sessions(self): return {"sessions": []}
    async def relay(self, sid, events): return None


@pytest.fixture
def two():
    hub = MemoryBroker()
    return hub, hub.attach(SharedScene()), hub.attach(SharedScene())


def test_ops_apply_when_they_come_back_in_stream_order(two):
    hub, x, y = two
    x.set @ Scene(Box(key="base"))
    x.upsert @ Box(key="a", material={"color": "red"})
    y.upsert @ Box(key="a", material={"color": "blue"})  # later in the stream: wins everywhere
    assert x.store.empty and y.store.empty  # nothing applied before it comes back
    hub.pump()
    assert x.store.snapshot() == y.store.snapshot()
    assert x.store.get("a")["material"] == {"color": "blue"}


def test_a_bad_op_raises_at_once_and_is_not_published(two):
    hub, x, _ = two
    with pytest.raises(SceneError, match="no parent"):
        x.add(Box(key="k"), to="ghost")
    with pytest.raises(SceneError, match="must be a Scene"):
        x.broadcast({"etype": "SET", "data": {"tag": "Box"}})
    assert hub.stream == []


def test_an_op_is_checked_after_this_process_ops_in_flight(two):
    hub, x, y = two
    x.add @ Group(key="g")
    x.add(Box(key="c"), to="g")  # "g" is not applied yet, but it is on its way
    x.add @ Box()  # keyless: named here, once, so every process stores the same key
    hub.pump()
    assert x.store.parent["c"] == "g"
    assert set(x.store.nodes) == set(y.store.nodes) and len(x.store.nodes) == 3


def test_while_the_broker_is_away_ops_apply_here_and_wait(two):
    hub, x, y = two
    hub.live = False
    x.upsert @ Box(key="offline")
    assert "offline" in x.store and "offline" not in y.store  # this process's clients see it
    assert [applied for _, _, applied in hub.stream] == [True]


def test_errors_travel_and_late_joiners_get_them(two):
    hub, x, y = two
    x.show_error("e1", "first")
    x.show_error("e2", "second")
    y.clear_error("e1")
    hub.pump()
    assert list(x.errors) == list(y.errors) == ["e2"]
    y.show_notice("broker", "only here")
    assert "broker" in y.notices and "broker" not in x.notices and hub.stream == []
