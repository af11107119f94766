"""Bulk geometry: point clouds and triangle meshes, sent as raw little-endian bytes.

The arrays are encoded once, when the element is built, as upstream Vuer encodes them, so that
upstream's browser client draws them: vertices and uv as float16, faces as uint32, colours as
uint8 RGB 0..255. ``precision="float32"`` sends vertices and uv as float32 instead (and says so
in the node's ``precision`` prop, which our client reads); upstream's client cannot read that.

Each array may be a numpy array, a (nested) list, a path to a ``.npy`` file, or bytes already
encoded (passed through untouched).
"""

from __future__ import annotations

import os
from typing import Literal

import numpy as np

from .geometry import Object3D, Primitive
from .types import BulkArray, Color, prop

__all__ = ["PointCloud", "p", "TriMesh", "encode_floats", "encode_indices", "encode_colors"]

Precision = Literal["float16", "float32"]
_FLOAT_DTYPES = {"float16": "<f2", "float32": "<f4"}
_RAW = (bytes, bytearray, memoryview)


def _as_array(value) -> np.ndarray:
    if isinstance(value, (str, os.PathLike)):
        return np.load(value, allow_pickle=False)
    return np.asarray(value)


def encode_floats(value, precision: Precision = "float16") -> bytes:
    """Flattened float16 (or float32) little-endian bytes."""
    if isinstance(value, _RAW):
        return bytes(value)
    return np.ascontiguousarray(_as_array(value), _FLOAT_DTYPES[precision]).tobytes()  # one copy, not two


def encode_indices(value) -> bytes:
    """Flattened uint32 little-endian bytes (uint16 overflows at 65 536 vertices)."""
    if isinstance(value, _RAW):
        return bytes(value)
    return _as_array(value).astype("<u4").tobytes()


def encode_colors(value) -> bytes:
    """Flattened uint8 RGB bytes, 0..255.

    RGBA is cut to RGB. Floats (and booleans) are read as 0..1 and scaled by 255, truncating as
    upstream does; other integers are read as 0..255. Unlike upstream, the caller's array is
    never modified in place.
    """
    if isinstance(value, _RAW):
        return bytes(value)
    arr = _as_array(value)
    if arr.ndim >= 2 and arr.shape[-1] == 4:
        arr = arr[..., :3]
    if arr.dtype != np.uint8:
        scaled = arr if np.issubdtype(arr.dtype, np.integer) else arr * 255
        arr = np.clip(scaled, 0, 255).astype(np.uint8)
    return arr.tobytes()


class _BulkEncoded:
    """Encodes the bulk array props of an element once, right after construction."""

    _floats: tuple[str, ...] = ()
    _indices: tuple[str, ...] = ()
    _colors: tuple[str, ...] = ()
    _required: tuple[str, ...] = ()
    """Props that upstream cannot do without (it crashes); here None just leaves them out."""

    def __post_init__(self, **kwargs):
        props = self.__dict__
        precision = props.get("precision") or "float16"
        if precision not in _FLOAT_DTYPES:
            raise ValueError(f"{type(self).__name__}: precision must be 'float16' or 'float32', got {precision!r}")
        if precision == "float16":
            props.pop("precision", None)  # upstream's shape: no precision key
        encoders = [(n, lambda v: encode_floats(v, precision)) for n in self._floats]
        encoders += [(n, encode_indices) for n in self._indices]
        encoders += [(n, encode_colors) for n in self._colors]
        for name, encode in encoders:
            if name not in props:
                continue
            if props[name] is None:
                if name in self._required:
                    del props[name]
                continue
            props[name] = encode(props[name])


class PointCloud(_BulkEncoded, Object3D):
    """A point cloud: N vertices with optional per-point colours, as compact bytes."""

    tag = "PointCloud"
    _floats = ("vertices",)
    _colors = ("colors",)
    _required = ("vertices",)

    vertices: BulkArray = prop("Point positions, shape (N, 3); sent as float16 bytes (float32 with precision).")
    colors: BulkArray = prop("Per-point RGB(A), shape (N, 3|4): floats 0..1 or uint8 0..255; sent as uint8 RGB.")
    size: float = prop("Point size.")
    color: Color = prop("One colour for all points (when colors is not given).")
    precision: Precision = prop("Vertex encoding: float16 (upstream's, the default) or float32 (our client only).")


p = PointCloud


class TriMesh(_BulkEncoded, Primitive):
    """A triangle mesh from vertex, face, colour and uv arrays, as compact bytes."""

    tag = "TriMesh"
    _floats = ("vertices", "uv")
    _indices = ("faces",)
    _colors = ("colors",)
    _required = ("vertices", "faces")

    vertices: BulkArray = prop("Vertex positions, shape (N, 3); sent as float16 bytes (float32 with precision).")
    faces: BulkArray = prop("Triangle vertex indices, shape (M, 3); sent as uint32 bytes.")
    colors: BulkArray = prop("Per-vertex RGB(A): floats 0..1 or uint8 0..255; sent as uint8 RGB.")
    uv: BulkArray = prop("Texture coordinates, shape (N, 2); sent as float16 bytes (float32 with precision).")
    side: int | str = prop("Which faces to draw: 0 front, 1 back, 2 both.")
    precision: Precision = prop("Vertex/uv encoding: float16 (upstream's, the default) or float32 (our client only).")
