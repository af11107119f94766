"""The JSON Schema of scene files, derived from the typed catalog (``vuer schema``).

Editors that speak JSON Schema (VS Code's YAML extension, JetBrains, ...) complete tags and
props and check types with it; put this first in a scene file::

    # yaml-language-server: $schema=../vuer-scene.schema.json

Everything here comes from the declarations the loader checks against: the tags of
``schema.registry``, each class's ``declared_props()`` (type → ``types.json_schema``, doc →
description), the loader's top-level keys and ``server:`` settings. The committed
``vuer-scene.schema.json`` at the repository root is this module's output; a test fails when
they differ (regenerate with ``vuer schema > vuer-scene.schema.json``).
"""

from __future__ import annotations

import inspect
import json

from .loader import SERVER_SETTINGS, TOP_LEVEL_KEYS
from .loader.handlers import KNOWN_CLIENT_EVENTS
from .schema import registry
from .schema.scene import Scene
from .schema.types import json_schema

__all__ = ["scene_file_schema", "schema_text", "REGENERATE"]

REGENERATE = "vuer schema > vuer-scene.schema.json"
"""The command that rewrites the committed schema."""

_NODE = {"$ref": "#/$defs/node"}
_NODES = {"type": "array", "items": _NODE}


def _doc(cls) -> str:
    doc = inspect.cleandoc(cls.__dict__.get("__doc__") or "")
    return doc.split("\n\n")[0].replace("\n", " ")


def _prop_entry(name: str, tp, prop) -> dict:
    entry = dict(_NODES) if name == "children" or name.endswith("Children") else json_schema(tp)
    return {**entry, "description": prop.doc} if prop.doc else entry


def _class_name(cls) -> str:
    return f"class.{cls.__module__.rsplit('.', 1)[-1]}.{cls.__qualname__}"


def _class_defs(cls, defs: dict) -> str:
    """Add the def of ``cls``'s props (and its bases') to ``defs``; return its name.

    A class's def holds the props it declares itself and refers to its bases' defs, so each
    prop is written once. A class that redeclares a base's prop gets all its props inline
    instead (``allOf`` would demand both declarations at once).
    """
    name = _class_name(cls)
    if name in defs:
        return name
    declared = cls.declared_props()
    annotations = cls.__dict__.get("__annotations__", {})
    own = {n: v for n, v in declared.items() if n in annotations and cls.__dict__.get(n) is v[1]}
    bases = [b for b in cls.__bases__ if hasattr(b, "declared_props") and b.declared_props()]
    inherited = set().union(*(b.declared_props() for b in bases)) if bases else set()
    if own.keys() & inherited:
        props, bases = declared, []
    else:
        props = own
    out: dict = {"type": "object", "properties": {n: _prop_entry(n, tp, p) for n, (tp, p) in props.items()}}
    if bases:
        out["allOf"] = [{"$ref": f"#/$defs/{_class_defs(b, defs)}"} for b in bases]
    defs[name] = out
    return name


def _props(cls, defs: dict) -> dict:
    out: dict = {"type": "object", "allOf": [{"$ref": "#/$defs/elementBase"}, {"$ref": f"#/$defs/{_class_defs(cls, defs)}"}]}
    if _doc(cls):
        out["description"] = _doc(cls)
    return out


def _tags() -> list[str]:
    return sorted((t for t, cls in registry.items() if cls is not Scene), key=lambda t: (t.lower(), t))


def scene_file_schema() -> dict:
    """The schema as a dict (draft 2020-12)."""
    tags = _tags()
    defs: dict = {
        "elementBase": {
            "type": "object",
            "properties": {
                "key": {"type": ["string", "integer"], "description": "Unique key of the element (default: its path in the scene)."},
                "children": {**_NODES, "description": "Child elements."},
            },
        }
    }
    for tag in tags:
        defs[f"props.{tag}"] = _props(registry[tag], defs)
    defs["props.Scene"] = _props(Scene, defs)
    defs["props.Scene"]["properties"] = {"tag": {"const": "Scene"}}
    defs["node"] = {
        "description": "An element: {Tag: {props}} (compact) or {tag: Tag, ...props} (upstream's serialized form); a string is a text child.",
        "anyOf": [{"type": "string"}, {"$ref": "#/$defs/compact"}, {"$ref": "#/$defs/element"}],
    }
    defs["compact"] = {
        "type": "object",
        "minProperties": 1,
        "maxProperties": 1,
        "additionalProperties": False,
        "properties": {tag: {"anyOf": [{"$ref": f"#/$defs/props.{tag}"}, {"type": "null"}]} for tag in tags},
    }
    defs["element"] = {
        "type": "object",
        "required": ["tag"],
        "properties": {"tag": {"enum": tags}},
        "allOf": [
            {"if": {"properties": {"tag": {"const": tag}}, "required": ["tag"]}, "then": {"$ref": f"#/$defs/props.{tag}"}}
            for tag in tags
        ],
    }
    defs["scene"] = {
        "description": "The Scene: {tag: Scene, ...}, {Scene: {...}}, or (in a scene file) its props or the list of its children.",
        "anyOf": [
            {"$ref": "#/$defs/props.Scene"},
            {"type": "object", "properties": {"Scene": {"$ref": "#/$defs/props.Scene"}}, "required": ["Scene"], "additionalProperties": False},
        ],
    }
    handler_ref = {"type": "string", "pattern": "^.+:[A-Za-z_][A-Za-z0-9_]*$", "description": "'path/to/file.py:function' or 'package.module:function'."}
    server_props = {}
    for name, (tp, doc) in SERVER_SETTINGS.items():
        server_props[name] = {**json_schema(tp), "description": doc}
    server_props["port"].update(minimum=0, maximum=65535)
    defs["sceneFile"] = {
        "type": "object",
        "required": ["scene"],
        "additionalProperties": False,
        "patternProperties": {"^x-": {"description": "Ignored: a place for YAML anchors."}},
        "properties": {
            "scene": {"anyOf": [{"$ref": "#/$defs/scene"}, _NODES], "description": TOP_LEVEL_KEYS["scene"]},
            "handlers": {
                "type": "object",
                "description": TOP_LEVEL_KEYS["handlers"],
                "propertyNames": {"type": "string"},
                "properties": {e: {"anyOf": [handler_ref, {"type": "array", "items": handler_ref}]} for e in KNOWN_CLIENT_EVENTS},
                "additionalProperties": {"anyOf": [handler_ref, {"type": "array", "items": handler_ref}]},
            },
            "server": {"type": "object", "description": TOP_LEVEL_KEYS["server"], "additionalProperties": False, "properties": server_props},
        },
    }
    defs["setEvent"] = {
        "type": "object",
        "description": "A SET event as upstream sends it.",
        "required": ["etype", "data"],
        "properties": {"etype": {"const": "SET"}, "data": {"$ref": "#/$defs/scene"}},
    }
    defs = dict(sorted(defs.items()))
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Vuer scene file",
        "description": "A scene for `vuer serve`: scene, handlers and server defaults (docs/scene-files.md).",
        "anyOf": [
            {"$ref": "#/$defs/sceneFile"},
            {"$ref": "#/$defs/setEvent"},
            {"allOf": [{"$ref": "#/$defs/scene"}, {"required": ["tag"]}]},
            {"type": "object", "required": ["Scene"], "properties": {"Scene": {"$ref": "#/$defs/props.Scene"}}, "additionalProperties": False},
        ],
        "$defs": defs,
    }


def schema_text() -> str:
    """The schema as the committed file holds it (stable key order, trailing newline)."""
    return json.dumps(scene_file_schema(), indent=1, ensure_ascii=False) + "\n"
