"""Scene diff by key: the minimal ops that turn one scene into another.

Hot reload loads the edited file into a fresh ``SceneStore`` and sends only what changed,
so the browser keeps its camera and every untouched object:

* a node whose props changed → one UPDATE carrying just the changed props (a ``strict``
  UPDATE with all its props when a prop was deleted, since a merge cannot delete);
* new nodes → UPSERT under their parent (a new subtree goes as one nested node);
* deleted nodes → REMOVE (only the top of a deleted subtree);
* a node that moved to another parent, changed its tag, or was renamed → REMOVE + UPSERT;
* a change of the Scene's own props, or a new node in ``bgChildren``/``htmlChildren``/
  ``rawChildren`` (which no op can address) → one SET of the whole new scene.

Sibling order is not diffed: it does not change what a 3D scene shows.
"""

from __future__ import annotations

from .store import SCENE_ROOT_FIELDS, SceneStore, _slot

__all__ = ["diff_scenes"]

_CHILDREN_SLOT = _slot("children")


def diff_scenes(old: SceneStore, new: SceneStore) -> list[dict]:
    """Events (serialized, without ``ts``) that take a client showing ``old`` to ``new``."""
    if old.root is None or new.root is None or old.root != new.root:
        return [{"etype": "SET", "data": new.snapshot()}]

    moved = {
        k
        for k in old.nodes.keys() & new.nodes.keys()
        if old.parent[k] != new.parent[k] or old.nodes[k].get("tag") != new.nodes[k].get("tag")
    }
    gone = (old.nodes.keys() - new.nodes.keys()) | moved
    born = (new.nodes.keys() - old.nodes.keys()) | moved

    # A new node outside the Scene's children has no op that can place it.
    for key in born:
        if new.parent[key].startswith("\0") and new.parent[key] != _CHILDREN_SLOT:
            return [{"etype": "SET", "data": new.snapshot()}]

    events: list[dict] = []
    removed = sorted(k for k in gone if old.parent[k] not in gone)
    if removed:
        events.append({"etype": "REMOVE", "data": {"keys": removed}})

    # New subtrees, grouped by parent; a node whose parent is also new rides inside it.
    by_parent: dict[str | None, list[dict]] = {}
    for key in _in_order(new, born):
        parent = new.parent[key]
        if parent in born:
            continue
        to = None if parent == _CHILDREN_SLOT else parent
        by_parent.setdefault(to, []).append(new.get(key))
    for to, nodes in by_parent.items():
        events.append({"etype": "UPSERT", "data": {"nodes": nodes, "to": to}})

    merged, strict = [], []
    for key in _in_order(new, new.nodes.keys() & old.nodes.keys() - moved):
        before, after = old.nodes[key], new.nodes[key]
        if before == after:
            continue
        if before.keys() - after.keys():
            strict.append(dict(after))
        else:
            changed = {k: v for k, v in after.items() if before.get(k, _MISSING) != v}
            merged.append({"key": key, "tag": after.get("tag"), **changed})
    if merged:
        events.append({"etype": "UPDATE", "strict": False, "data": {"nodes": merged}})
    if strict:
        events.append({"etype": "UPDATE", "strict": True, "data": {"nodes": strict}})
    return events


_MISSING = object()


def _in_order(store: SceneStore, keys) -> list[str]:
    """``keys`` in the scene's document order (parents before children)."""
    wanted = set(keys)
    out: list[str] = []
    stack = [_slot(f) for f in reversed(SCENE_ROOT_FIELDS)]
    while stack:
        parent = stack.pop()
        for key in reversed(store.children.get(parent, ())):
            stack.append(key)
        if parent in wanted:
            out.append(parent)
    return out
