"""SceneStore: the server's authoritative scene tree, by key.

It holds serialized nodes (wire maps, bulk arrays as bytes) and applies the scene ops of
PROTOCOL.md with the semantics the client shows — without upstream's client bugs:

* SET replaces everything (the root must be a Scene);
* ADD inserts under ``to`` (None: the Scene's children); an ADD of a key that exists
  replaces that node, so a key is never drawn twice;
* UPSERT merges top-level props into an existing key (``strict``: replaces them), else
  inserts under ``to``; given ``children`` replace the node's children;
* UPDATE merges into existing keys; a missing key does nothing;
* REMOVE drops nodes and everything under them; a missing key does nothing.

``snapshot()`` rebuilds the nested Scene map that a late joiner receives as one SET;
``encoded_snapshot(encode)`` keeps its encoding too, until the next change.

The store never changes an event it applies once ``name_keyless`` has run on it: a frame
encoded before the apply says the same as the store.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable

__all__ = ["SceneStore", "SceneError", "SCENE_ROOT_FIELDS", "name_keyless"]

logger = logging.getLogger(__name__)

SCENE_ROOT_FIELDS = ("children", "bgChildren", "htmlChildren", "rawChildren")
"""The Scene's child lists; each is a parent slot of its own in the store."""

_ROOT = "\0"  # prefix of the root slots' ids: no element key starts with a NUL byte
_auto_key = itertools.count()


class SceneError(ValueError):
    """An op that cannot apply (e.g. a SET whose root is not a Scene)."""


def _slot(field: str) -> str:
    return _ROOT + field


class SceneStore:
    """A scene tree keyed by element key. Not thread-safe: lives on the event loop."""

    def __init__(self):
        self.clear()

    def clear(self) -> None:
        self.root: dict | None = None  # the Scene's own props, without its child lists
        self.nodes: dict[str, dict] = {}  # key → props without "children"
        self.children: dict[str, list[str]] = {}  # parent id → child keys, in order
        self.parent: dict[str, str] = {}  # key → parent id
        self._changed()

    def _changed(self) -> None:
        self._snapshot: dict | None = None
        self._encoded: bytes | None = None  # the snapshot's encoding, when asked for

    # ---- reading -------------------------------------------------------------------------

    @property
    def empty(self) -> bool:
        return self.root is None and not self.nodes

    def __len__(self) -> int:
        return len(self.nodes)

    def __contains__(self, key) -> bool:
        return key in self.nodes

    def get(self, key: str) -> dict | None:
        """The node's subtree as a nested map, or None."""
        if key not in self.nodes:
            return None
        return self._build(key)

    def snapshot(self) -> dict:
        """The whole scene as one nested Scene map (cached until the next change)."""
        if self._snapshot is None:
            scene = dict(self.root) if self.root is not None else {"key": "scene", "tag": "Scene", "up": [0, 1, 0]}
            for field in SCENE_ROOT_FIELDS:
                keys = self.children.get(_slot(field))
                if keys:
                    scene[field] = [self._build(k) for k in keys]
            self._snapshot = scene
        return self._snapshot

    def encoded_snapshot(self, encode: Callable[[dict], bytes]) -> bytes:
        """``encode(snapshot())``, kept until the next change: every joiner and resync of an
        unchanged scene shares one encoding."""
        if self._encoded is None:
            self._encoded = encode(self.snapshot())
        return self._encoded

    def copy(self) -> "SceneStore":
        """An independent store with the same scene (node maps are shared, never mutated)."""
        other = SceneStore()
        other.root = self.root
        other.nodes = dict(self.nodes)
        other.children = {k: list(v) for k, v in self.children.items()}
        other.parent = dict(self.parent)
        other._snapshot, other._encoded = self._snapshot, self._encoded
        return other

    def _build(self, key: str) -> dict:
        node = dict(self.nodes[key])
        kids = self.children.get(key)
        if kids:
            node["children"] = [self._build(k) for k in kids]
        return node

    # ---- ops -----------------------------------------------------------------------------

    def apply(self, event: dict) -> bool:
        """Apply one serialized server event; returns whether it is a scene op.

        Raises ``SceneError`` for an op that is malformed; the store is unchanged then.
        """
        etype = event.get("etype")
        data = event.get("data")
        if etype == "SET":
            self.set(data)
        elif etype == "ADD":
            self.add(_nodes_of(data, etype), to=_to_of(data))
        elif etype == "UPSERT":
            self.upsert(_nodes_of(data, etype), to=_to_of(data), strict=bool(event.get("strict")))
        elif etype == "UPDATE":
            self.update(_nodes_of(data, etype), strict=bool(event.get("strict")))
        elif etype == "REMOVE":
            if not isinstance(data, dict) or not isinstance(data.get("keys"), list):
                raise SceneError("REMOVE needs data.keys, a list of keys")
            self.remove(data["keys"])
        else:
            return False
        return True

    def set(self, scene: dict) -> None:
        if not isinstance(scene, dict) or scene.get("tag") != "Scene":
            got = scene.get("tag") if isinstance(scene, dict) else type(scene).__name__
            raise SceneError(f"the root of a SET must be a Scene, got {got!r}")
        _check_tree(scene, "data")
        self.clear()
        self.root = {k: v for k, v in scene.items() if k not in SCENE_ROOT_FIELDS}
        for field in SCENE_ROOT_FIELDS:
            for node in scene.get(field) or ():
                self._insert(node, _slot(field))

    def add(self, nodes: list[dict], to: str | None = None) -> None:
        parent = self._parent_id(to)  # checked first: a bad parent changes nothing
        for node in nodes:
            key = node.get("key")
            if key is not None and key in self.nodes:
                self._detach(key)
            self._insert(node, parent)

    def upsert(self, nodes: list[dict], to: str | None = None, strict: bool = False) -> None:
        inserts = any(node.get("key") not in self.nodes for node in nodes)
        parent = self._parent_id(to) if inserts else None  # checked first: changes nothing
        for node in nodes:
            key = node.get("key")
            if key is not None and key in self.nodes:
                self._merge(key, node, strict)
            else:
                self._insert(node, parent)

    def update(self, nodes: list[dict], strict: bool = False) -> None:
        for node in nodes:
            key = node.get("key")
            if key in self.nodes:
                self._merge(key, node, strict)

    def remove(self, keys) -> None:
        for key in keys:
            if isinstance(key, str) and key in self.nodes:
                self._detach(key)

    # ---- internals -----------------------------------------------------------------------

    def _parent_id(self, to) -> str:
        if to is None or (self.root is not None and to == self.root.get("key")):
            return _slot("children")
        if not isinstance(to, str):
            raise SceneError(f"'to' must be a key or null, got {to!r}")
        if to not in self.nodes:
            raise SceneError(f"no parent with key {to!r}")
        return to

    def _insert(self, node: dict, parent: str) -> None:
        self._changed()
        if not isinstance(node, dict):
            return  # text children of html elements are kept by their parent's props
        key = node.get("key")
        if not isinstance(key, str) or not key:
            key = f"auto-{next(_auto_key)}"
            node["key"] = key
        if key in self.nodes:  # a repeated key inside one inserted tree: the last one wins
            self._detach(key)
        props = {k: v for k, v in node.items() if k != "children"}
        kids = node.get("children")
        text_kids = isinstance(kids, list) and any(not isinstance(c, dict) for c in kids)
        if isinstance(kids, str) or text_kids:
            props["children"] = kids  # text content (Text, html elements) stays a prop
            kids = None
        self.nodes[key] = props
        self.parent[key] = parent
        self.children.setdefault(parent, []).append(key)
        for child in kids or ():
            self._insert(child, key)

    def _merge(self, key: str, node: dict, strict: bool) -> None:
        self._changed()
        old = self.nodes[key]
        props = {k: v for k, v in node.items() if k != "children"}
        if strict:
            merged = {"key": key, "tag": old.get("tag"), **props}
        else:
            merged = {**old, **props}
        kids = node.get("children")
        if isinstance(kids, list) and all(isinstance(c, dict) for c in kids):
            for child in list(self.children.get(key, ())):
                self._detach(child)
            self.nodes[key] = merged
            for child in kids:
                self._insert(child, key)
        else:
            if kids is not None:
                merged["children"] = kids
            self.nodes[key] = merged

    def _detach(self, key: str) -> None:
        self._changed()
        parent = self.parent.pop(key)
        siblings = self.children.get(parent)
        if siblings is not None:
            siblings.remove(key)
        stack = [key]
        while stack:
            k = stack.pop()
            self.nodes.pop(k, None)
            self.parent.pop(k, None)
            stack.extend(self.children.pop(k, ()))


def name_keyless(event: dict) -> None:
    """Give each keyless element an op would insert its generated key now, as ``apply``
    would: run before the event is encoded, the clients and the store know it by one key.
    Lenient: a malformed event is left for ``apply`` to refuse."""
    data = event.get("data") if isinstance(event, dict) else None
    if not isinstance(data, dict):
        return
    etype = event.get("etype")
    if etype == "SET":
        lists = [data.get(field) for field in SCENE_ROOT_FIELDS]
    elif etype in ("ADD", "UPSERT", "UPDATE"):
        nodes = data.get("nodes")
        if not isinstance(nodes, list):
            return
        lists = [n.get("children") for n in nodes if isinstance(n, dict)]
        if etype != "UPDATE":  # an UPDATE never inserts its nodes, only their children
            lists.append(nodes)
    else:
        return
    stack = [kids for kids in lists if isinstance(kids, list)]
    while stack:
        kids = stack.pop()
        if not all(isinstance(c, dict) for c in kids):
            continue  # text content: kept whole by its parent's props
        for node in kids:
            if node.get("key") in (None, ""):  # another non-string is apply's to refuse
                node["key"] = f"auto-{next(_auto_key)}"
            if isinstance(node.get("children"), list):
                stack.append(node["children"])


def _nodes_of(data, etype) -> list[dict]:
    if not isinstance(data, dict) or not isinstance(data.get("nodes"), list):
        raise SceneError(f"{etype} needs data.nodes, a list of elements")
    for i, node in enumerate(data["nodes"]):
        if not isinstance(node, dict):
            raise SceneError(f"{etype} data.nodes[{i}] is not an element map")
        _check_tree(node, f"data.nodes[{i}]")
    return data["nodes"]


def _to_of(data):
    to = data.get("to")
    if to is not None and not isinstance(to, str):
        raise SceneError(f"'to' must be a key or null, got {to!r}")
    return to


def _check_tree(node: dict, where: str) -> None:
    """Structural checks before anything applies, so a bad op changes nothing."""
    stack = [(node, where)]
    while stack:
        n, path = stack.pop()
        key = n.get("key")
        if key is not None and not isinstance(key, str):
            raise SceneError(f"{path}.key must be a string, got {key!r}")
        if n is not node or n.get("tag") != "Scene":
            tag = n.get("tag")
            if tag is not None and not isinstance(tag, str):
                raise SceneError(f"{path}.tag must be a string, got {tag!r}")
        for field in SCENE_ROOT_FIELDS:
            kids = n.get(field)
            if kids is None or isinstance(kids, str):
                continue
            if not isinstance(kids, list):
                raise SceneError(f"{path}.{field} must be a list")
            for i, c in enumerate(kids):
                if isinstance(c, dict):
                    stack.append((c, f"{path}.{field}[{i}]"))
