"""diff_scenes: minimal ops by key, and applying them reproduces the new scene."""

from __future__ import annotations

import copy

import pytest

from vuer_cli.server.diff import diff_scenes
from vuer_cli.server.store import SceneStore


def scene(*children, **root):
    return {"key": "scene", "tag": "Scene", "up": [0, 1, 0], **root, "children": list(children)}


def box(key, **props):
    return {"key": key, "tag": "Box", **props}


def group(key, *children, **props):
    return {"key": key, "tag": "VuerGroup", **props, "children": list(children)}


def store(s):
    st = SceneStore()
    st.set(copy.deepcopy(s))
    return st


def check(old, new):
    a, b = store(old), store(new)
    events = diff_scenes(a, b)
    replay = a.copy()
    for e in events:
        replay.apply(copy.deepcopy(e))
    assert _canon(replay.snapshot()) == _canon(b.snapshot())
    return events


def _canon(node):
    node = dict(node)
    for f in ("children", "bgChildren", "htmlChildren", "rawChildren"):
        if isinstance(node.get(f), list):
            node[f] = sorted((_canon(c) for c in node[f]), key=lambda c: c["key"])
    return node


BASE = scene(box("a", material={"color": "red"}), group("g", box("b"), box("c")), box("d"))


@pytest.mark.parametrize(
    "new, expected",
    [
        (BASE, []),
        (
            scene(box("a", material={"color": "blue"}), group("g", box("b"), box("c")), box("d")),
            [{"etype": "UPDATE", "strict": False, "data": {"nodes": [{"key": "a", "tag": "Box", "material": {"color": "blue"}}]}}],
        ),
        (
            scene(box("a", material={"color": "red"}), group("g", box("b"), box("c")), box("d"), box("e", args=[1, 1, 1])),
            [{"etype": "UPSERT", "data": {"nodes": [box("e", args=[1, 1, 1])], "to": None}}],
        ),
        (
            scene(box("a", material={"color": "red"}), box("d")),
            [{"etype": "REMOVE", "data": {"keys": ["g"]}}],
        ),
        (  # reparent: c leaves the group for the root
            scene(box("a", material={"color": "red"}), group("g", box("b")), box("d"), box("c")),
            [{"etype": "REMOVE", "data": {"keys": ["c"]}}, {"etype": "UPSERT", "data": {"nodes": [box("c")], "to": None}}],
        ),
        (  # rename a key
            scene(box("a2", material={"color": "red"}), group("g", box("b"), box("c")), box("d")),
            [{"etype": "REMOVE", "data": {"keys": ["a"]}}, {"etype": "UPSERT", "data": {"nodes": [box("a2", material={"color": "red"})], "to": None}}],
        ),
        (  # a prop deleted: strict UPDATE with the remaining props
            scene(box("a"), group("g", box("b"), box("c")), box("d")),
            [{"etype": "UPDATE", "strict": True, "data": {"nodes": [box("a")]}}],
        ),
        (  # a new subtree under an existing group travels nested
            scene(box("a", material={"color": "red"}), group("g", box("b"), box("c"), group("h", box("i"))), box("d")),
            [{"etype": "UPSERT", "data": {"nodes": [group("h", box("i"))], "to": "g"}}],
        ),
    ],
    ids=["same", "prop", "add", "remove-subtree", "reparent", "rename", "delete-prop", "nested-add"],
)
def test_minimal_events(new, expected):
    assert check(BASE, new) == expected


def test_scene_props_change_is_one_set():
    events = check(BASE, {**BASE, "background": "white"})
    assert [e["etype"] for e in events] == ["SET"]


def test_new_bg_child_is_a_set_but_changed_bg_child_is_an_update():
    old = {**BASE, "bgChildren": [{"key": "light", "tag": "AmbientLight", "intensity": 1}]}
    changed = {**BASE, "bgChildren": [{"key": "light", "tag": "AmbientLight", "intensity": 2}]}
    assert [e["etype"] for e in check(old, changed)] == ["UPDATE"]
    added = {**old, "bgChildren": old["bgChildren"] + [{"key": "grid", "tag": "Grid"}]}
    assert [e["etype"] for e in check(old, added)] == ["SET"]


def test_many_changes_at_once_replay_exactly():
    new = scene(group("g", box("b", position=[1, 2, 3]), box("x")), box("d", args=[2, 2, 2]), box("y"))
    events = check(BASE, new)
    assert [e["etype"] for e in events] == ["REMOVE", "UPSERT", "UPSERT", "UPDATE"]
