"""Server events written in a file (JSON or YAML), checked like scene files: ``vuer relay``.

A file holds one event or a list of them, in upstream's shape::

    etype: UPSERT
    data:
      nodes: [{Box: {key: b, args: [1, 1, 1], material: {color: lime}}}]
      to: null

Elements are checked against the catalog exactly as in scene files (unknown tags with a
did-you-mean, prop types, duplicate keys, missing files), and every problem is one
``SceneFileError`` naming ``file:line:col`` and the path (``events[1].data.nodes[0] (Box "b")``).
UPDATE nodes may leave out ``tag`` (a merge); their props are then checked only for shape.
"""

from __future__ import annotations

import sys
from pathlib import Path

from .loader.assets import AssetRoots
from .loader.errors import SceneFileError
from .loader.validate import BuildContext, ElementBuilder, short, suggest
from .loader.yaml_lines import Map, Seq, parse_text, plain
from .server.relay import SERVER_ETYPES

__all__ = ["load_events", "parse_events_text"]


def load_events(path: str) -> list[dict]:
    """Read and check an event file (``-`` is standard input); wire-ready event maps."""
    if path == "-":
        return parse_events_text(sys.stdin.read(), "<stdin>", Path.cwd())
    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SceneFileError(path, None, None, "", "no such event file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise SceneFileError(path, None, None, "", f"cannot read: {exc}") from None
    return parse_events_text(text, path, file.resolve().parent, file.suffix)


def parse_events_text(text: str, shown: str, base_dir: Path, suffix: str = ".yaml") -> list[dict]:
    data = parse_text(text, shown, suffix if suffix.lower() == ".json" else ".yaml")
    if data is None:
        raise SceneFileError(shown, 1, 1, "", "no event in the file")
    events = data if isinstance(data, Seq) else [data]
    if not events:
        raise SceneFileError(shown, 1, 1, "", "an empty list of events")
    out = []
    for i, event in enumerate(events):
        where = data.where(i) if isinstance(data, Seq) else (1, 1)
        path = f"events[{i}]" if isinstance(data, Seq) else "event"
        out.append(_event(event, where, path, shown, base_dir))
    return out


def _event(event, where, path: str, shown: str, base_dir: Path) -> dict:
    ctx = BuildContext(shown, base_dir, AssetRoots.for_scene(base_dir, []))
    if not isinstance(event, Map):
        raise ctx.error(where, path, f"an event must be a mapping with 'etype' and 'data', got {short(event)}")
    etype = event.get("etype")
    if not isinstance(etype, str):
        raise ctx.error(event.pos, path, "an event needs a string 'etype' (SET, ADD, UPSERT, UPDATE, REMOVE, ...)")
    if etype not in SERVER_ETYPES:
        raise ctx.error(event.where("etype"), path, f"unknown etype {etype!r}{suggest(etype, SERVER_ETYPES)}")
    builder = ElementBuilder(ctx)
    data = event.get("data")
    data_at = event.where("data") if "data" in event else event.pos
    dpath = f"{path}.data"
    out = {k: plain(v) for k, v in event.items() if k not in ("data",)}
    if etype == "SET":
        out["data"] = builder.scene(data, data_at, dpath)._serialize()
    elif etype in ("ADD", "UPSERT", "UPDATE"):
        if not isinstance(data, Map) or not isinstance(data.get("nodes"), Seq):
            raise ctx.error(data_at, dpath, f"{etype} needs data.nodes, a list of elements")
        nodes = data["nodes"]
        built = []
        for j, node in enumerate(nodes):
            npath = f"{dpath}.nodes[{j}]"
            if etype == "UPDATE" and isinstance(node, Map) and "tag" not in node and len(node) != 1:
                built.append(_partial(node, nodes.where(j), npath, ctx))
            else:
                element = builder.element(node, nodes.where(j), npath)
                if isinstance(element, str):
                    raise ctx.error(nodes.where(j), npath, f"an element must be a mapping, got {short(element)}")
                built.append(element._serialize())
        to = data.get("to")
        if to is not None and not isinstance(to, str):
            raise ctx.error(data.where("to"), f"{dpath}.to", f"'to' must be a parent key or null, got {short(to)}")
        out["data"] = {"nodes": built} if etype == "UPDATE" else {"nodes": built, "to": to}
    elif etype == "REMOVE":
        keys = data.get("keys") if isinstance(data, Map) else None
        if isinstance(keys, str):
            keys = Seq([keys])
        if not isinstance(keys, Seq) or not all(isinstance(k, str) for k in keys):
            raise ctx.error(data_at, dpath, "REMOVE needs data.keys, a list of element keys")
        out["data"] = {"keys": list(keys)}
    else:
        out["data"] = plain(data)
    return out


def _partial(node: Map, where, path: str, ctx: BuildContext) -> dict:
    key = node.get("key")
    if not isinstance(key, str):
        raise ctx.error(where, path, "an UPDATE node without a tag needs a string 'key' (the element it merges into)")
    return plain(node)
