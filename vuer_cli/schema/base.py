"""The element base classes: what every component shares.

An element is a tag, a key and props. It serializes to the wire's node map
``{"key": ..., "tag": ..., <props>, "children": [...]}`` exactly as upstream Vuer's schema
objects do: only the props that were given (or that a component sets itself) go out, keys
left unset come from a global counter.

Each component class declares its props as annotated attributes (`vuer_cli.schema.types`);
``Element.declared_props()`` collects them for validation and the JSON Schema. Undeclared
props are still accepted and sent, as upstream does: three.js objects take many more props
than any catalog lists.
"""

from __future__ import annotations

import typing
from itertools import count
from pathlib import PurePath
from typing import Any, ClassVar

from .types import Prop

__all__ = [
    "Element",
    "BlockElement",
    "SceneElement",
    "element_counter",
    "registry",
    "serialize_value",
]

element_counter = count()
"""Where unset keys come from, as upstream: "0", "1", ..."""

registry: dict[str, type["Element"]] = {}
"""Tag → the component class that declares it (the first class to claim a tag wins)."""


_AS_IS = frozenset({str, int, float, bool, type(None), bytes})  # exact types: immutable, sent as they are


def serialize_value(v):
    """Turn a prop value into wire-ready data (numpy → lists, paths → str, elements → maps)."""
    if type(v) in _AS_IS:
        return v
    if isinstance(v, Element):
        return v._serialize()
    if isinstance(v, (bytes, bytearray, memoryview)):
        return bytes(v)
    if isinstance(v, (str, int, float, bool)) or v is None:
        return v
    if hasattr(v, "tolist"):
        return v.tolist()
    if isinstance(v, PurePath):
        return str(v)
    if isinstance(v, (list, tuple)):
        return [serialize_value(x) for x in v]
    if isinstance(v, dict):
        return {k: serialize_value(x) for k, x in v.items()}
    return v


class Element:
    """Base class of every element (upstream's ``vuer.schemas.Element``)."""

    tag: ClassVar[str] = "div"

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        tag = cls.__dict__.get("tag")
        if isinstance(tag, str) and tag not in registry:
            registry[tag] = cls

    def __init__(self, *, key: str | None = None, **kwargs):
        self.key = key or getattr(self, "key", None) or str(next(element_counter))
        self.__dict__.update(tag=self.tag, key=self.key, **kwargs)
        self.__post_init__(**kwargs)

    def __post_init__(self, **kwargs):
        """Hook for components that encode their props (e.g. bulk arrays to bytes)."""

    def __repr__(self):
        props = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items() if k not in ("tag", "children"))
        return f"{type(self).__name__}({props})"

    def _serialize(self) -> dict:
        """The wire form of this element: a map of its public attributes."""
        return {k: serialize_value(v) for k, v in self.__dict__.items() if not k.startswith("_")}

    @classmethod
    def declared_props(cls) -> dict[str, tuple[Any, Prop]]:
        """Name → (type, Prop) for every prop declared on this class and its bases."""
        cached = cls.__dict__.get("_declared_props_cache")
        if cached is not None:
            return cached
        hints = {}
        for base in reversed(cls.__mro__):
            if base is object:
                continue
            try:
                base_hints = typing.get_type_hints(base, include_extras=True)
            except Exception:  # pragma: no cover - a broken annotation must not hide the rest
                base_hints = {}
            for name in base.__dict__.get("__annotations__", {}):
                value = base.__dict__.get(name)
                if isinstance(value, Prop) and name in base_hints:
                    hints[name] = (base_hints[name], value)
        cls._declared_props_cache = hints
        return hints


class BlockElement(Element):
    """An element with children (upstream's ``BlockElement``)."""

    def __init__(self, *children, **kwargs):
        if children:
            self.children = list(children)
        super().__init__(**kwargs)

    def _serialize(self) -> dict:
        result = super()._serialize()
        children = getattr(self, "children", None)
        if children:
            result["children"] = [c if isinstance(c, (str, dict)) else c._serialize() for c in children]
        else:
            result.pop("children", None)
        return result


class SceneElement(BlockElement):
    """Base of every 3D scene component."""
