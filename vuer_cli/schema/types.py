"""The small type vocabulary of element props, and what is derived from it.

A component declares each prop once, as an annotated class attribute::

    class Box(SceneElement):
        tag = "Box"
        args: list[float] = prop("width, height, depth, then segment counts")

From those annotations come the loader's validation (`check`) and the JSON Schema that
editors use (`json_schema`); no prop list is written twice.
"""

from __future__ import annotations

import types
import typing
from dataclasses import dataclass
from typing import Annotated, Any, Literal, Union

__all__ = [
    "Prop",
    "prop",
    "Color",
    "Vec2",
    "Vec3",
    "Vec4",
    "Matrix4",
    "BulkArray",
    "Url",
    "check",
    "json_schema",
    "describe",
]


class Prop:
    """A declared prop: its documentation and default.

    A non-data descriptor, so a value set on the instance wins and an unset prop reads as
    its default (upstream's class-level ``vertices = None`` idiom keeps working).
    """

    def __init__(self, doc: str = "", default: Any = None):
        self.doc = doc
        self.default = default
        self.name = ""

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return self.default

    def __repr__(self):
        return f"prop({self.doc!r})"


def prop(doc: str = "", default: Any = None) -> Any:
    """Declare a prop with its documentation (see the module docstring)."""
    return Prop(doc, default)


@dataclass(frozen=True)
class _Length:
    """Exact length of a list-typed prop (e.g. a 4x4 matrix is 16 numbers)."""

    n: int


@dataclass(frozen=True)
class _Kind:
    """A named kind with its own check and schema (colours, bulk arrays, URLs)."""

    name: str


Vec2 = tuple[float, float]
Vec3 = tuple[float, float, float]
Vec4 = tuple[float, float, float, float]
Matrix4 = Annotated[list[float], _Length(16)]
Color = Annotated[Any, _Kind("color")]
"""A CSS colour name or hex string, a 0xRRGGBB integer, or [r, g, b] floats in 0..1."""
BulkArray = Annotated[Any, _Kind("array")]
"""Bulk numbers: a numpy array, raw little-endian bytes, a (nested) list, or a `.npy` path."""
Url = Annotated[str, _Kind("url")]
"""A URL, or a path relative to the scene file."""


def _is_number(v) -> bool:
    if isinstance(v, bool):
        return False
    if isinstance(v, (int, float)):
        return True
    try:  # numpy scalars
        import numpy as np

        return isinstance(v, (np.integer, np.floating))
    except ImportError:  # pragma: no cover
        return False


def describe(tp) -> str:
    """A short human name for a type, as used in error messages."""
    origin = typing.get_origin(tp)
    if tp is Any:
        return "any value"
    if tp is float:
        return "a number"
    if tp is int:
        return "an integer"
    if tp is bool:
        return "true or false"
    if tp is str:
        return "a string"
    if tp is dict or origin is dict:
        return "a mapping"
    if origin is Annotated:
        base, *meta = typing.get_args(tp)
        for m in meta:
            if isinstance(m, _Kind):
                return {
                    "color": "a colour (name, '#rrggbb', 0xRRGGBB or [r, g, b])",
                    "array": "an array (list, bytes or .npy file)",
                    "url": "a URL or file path",
                }[m.name]
            if isinstance(m, _Length):
                return f"a list of {m.n} numbers"
        return describe(base)
    if origin is Literal:
        return "one of " + ", ".join(repr(a) for a in typing.get_args(tp))
    if origin in (Union, types.UnionType):
        return " or ".join(describe(a) for a in typing.get_args(tp) if a is not type(None))
    if origin in (list, tuple):
        args = typing.get_args(tp)
        if origin is tuple and args and args[-1] is not Ellipsis:
            if all(a is float for a in args):
                return f"a list of {len(args)} numbers"
            return f"a list of {len(args)} items"
        inner = args[0] if args else Any
        if inner is float:
            return "a list of numbers"
        return f"a list of {describe(inner)}"
    if isinstance(tp, type):
        return f"a {tp.__name__}"
    return str(tp)


def check(value, tp) -> bool:
    """Whether ``value`` fits the prop type ``tp`` (None always fits: props are optional)."""
    if value is None or tp is Any:
        return True
    origin = typing.get_origin(tp)
    if origin is Annotated:
        base, *meta = typing.get_args(tp)
        for m in meta:
            if isinstance(m, _Length):
                if hasattr(value, "size") and hasattr(value, "ravel"):  # numpy: any shape of n numbers
                    return value.size == m.n
                if not isinstance(value, (list, tuple)) or len(value) != m.n:
                    return False
            if isinstance(m, _Kind):
                return _check_kind(m.name, value)
        return check(value, base)
    if tp is float:
        return _is_number(value)
    if tp is int:
        return _is_number(value) and float(value).is_integer()
    if tp is bool:
        return isinstance(value, bool)
    if tp is str:
        return isinstance(value, str)
    if tp is dict or origin is dict:
        return isinstance(value, dict)
    if origin is Literal:
        return value in typing.get_args(tp)
    if origin in (Union, types.UnionType):
        return any(check(value, a) for a in typing.get_args(tp))
    if origin in (list, tuple):
        if hasattr(value, "tolist") and not isinstance(value, (str, bytes)):
            value = value.tolist()
        if not isinstance(value, (list, tuple)):
            return False
        args = typing.get_args(tp)
        if origin is tuple and args and args[-1] is not Ellipsis:
            return len(value) == len(args) and all(check(v, a) for v, a in zip(value, args))
        inner = args[0] if args else Any
        return all(check(v, inner) for v in value)
    if tp is list:
        return isinstance(value, (list, tuple)) or hasattr(value, "tolist")
    if isinstance(tp, type):
        return isinstance(value, tp)
    return True


def _check_kind(kind: str, value) -> bool:
    if kind == "color":
        if isinstance(value, str) or (isinstance(value, int) and not isinstance(value, bool)):
            return True
        return isinstance(value, (list, tuple)) and len(value) in (3, 4) and all(map(_is_number, value))
    if kind == "array":
        return isinstance(value, (bytes, bytearray, memoryview, list, tuple, str)) or hasattr(value, "dtype")
    if kind == "url":
        return isinstance(value, str)
    return True  # pragma: no cover


def json_schema(tp) -> dict:
    """The JSON Schema fragment for a prop type."""
    if tp is Any:
        return {}
    origin = typing.get_origin(tp)
    if origin is Annotated:
        base, *meta = typing.get_args(tp)
        for m in meta:
            if isinstance(m, _Kind):
                if m.name == "color":
                    return {
                        "anyOf": [
                            {"type": "string"},
                            {"type": "integer"},
                            {"type": "array", "items": {"type": "number"}, "minItems": 3, "maxItems": 4},
                        ]
                    }
                if m.name == "array":
                    return {"anyOf": [{"type": "array"}, {"type": "string", "description": "path to a .npy file"}]}
                if m.name == "url":
                    return {"type": "string"}
            if isinstance(m, _Length):
                return {"type": "array", "items": {"type": "number"}, "minItems": m.n, "maxItems": m.n}
        return json_schema(base)
    if tp is float:
        return {"type": "number"}
    if tp is int:
        return {"type": "integer"}
    if tp is bool:
        return {"type": "boolean"}
    if tp is str:
        return {"type": "string"}
    if tp is dict or origin is dict:
        return {"type": "object"}
    if origin is Literal:
        return {"enum": list(typing.get_args(tp))}
    if origin in (Union, types.UnionType):
        parts = [json_schema(a) for a in typing.get_args(tp) if a is not type(None)]
        if any(p == {} for p in parts):
            return {}
        return parts[0] if len(parts) == 1 else {"anyOf": parts}
    if origin in (list, tuple):
        args = typing.get_args(tp)
        if origin is tuple and args and args[-1] is not Ellipsis:
            return {"type": "array", "prefixItems": [json_schema(a) for a in args], "minItems": len(args), "maxItems": len(args)}
        inner = args[0] if args else Any
        return {"type": "array", "items": json_schema(inner)}
    return {}
