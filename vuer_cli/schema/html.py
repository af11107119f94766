"""HTML elements: drawn as page elements, e.g. in a Scene's ``htmlChildren``.

Besides the props declared here, every HTML element passes ``style`` and ``className`` (and any
other DOM attribute) through to the browser element.
"""

from __future__ import annotations

import base64
import io
import struct
import zlib
from os import PathLike
from typing import Any, Literal

import numpy as np

from .base import BlockElement, Element
from .types import Url, prop

__all__ = [
    "Iframe",
    "AutoScroll",
    "Markdown",
    "Page",
    "div",
    "InputBox",
    "Header1",
    "Header",
    "Header2",
    "Header3",
    "Paragraph",
    "span",
    "Bold",
    "Italic",
    "Link",
    "Button",
    "Slider",
    "Img",
    "encode_image",
]

ImageFormat = Literal["png", "jpeg", "b64png", "b64jpeg"]


class Iframe(BlockElement):
    """An embedded page."""

    tag = "iframe"
    src: Url = prop("The page to embed.")
    style: dict = prop("CSS style.")


class AutoScroll(BlockElement):
    """A box that scrolls to its last child whenever the children change."""

    tag = "AutoScroll"
    style: dict = prop("CSS style.")


class Markdown(BlockElement):
    """Markdown text (the children, joined), rendered to HTML."""

    tag = "Markdown"
    style: dict = prop("CSS style.")


class Page(BlockElement):
    """A page section (an ``<article>``)."""

    tag = "article"
    style: dict = prop("CSS style.")


class div(BlockElement):
    """A ``<div>``."""

    tag = "Div"
    style: dict = prop("CSS style.")
    className: str = prop("CSS class names.")


class InputBox(Element):
    """A text box; Enter sends an INPUT event with its text."""

    tag = "Input"
    value: str = prop("Initial text.")
    placeholder: str = prop("Text shown while empty.")
    defaultValue: str = prop("Text filled in by the right-arrow key when empty.")
    clearOnSubmit: bool = prop("Empty the box after sending.")
    style: dict = prop("CSS style of the form.")
    textareaStyle: dict = prop("CSS style of the text area.")


class Header1(BlockElement):
    """A level-1 heading."""

    tag = "h1"
    style: dict = prop("CSS style.")


Header = Header1


class Header2(Header1):
    """A level-2 heading."""

    tag = "h2"


class Header3(Header1):
    """A level-3 heading."""

    tag = "h3"


class Paragraph(BlockElement):
    """A paragraph."""

    tag = "p"
    style: dict = prop("CSS style.")


class span(Element):
    """Inline text: the positional strings joined by ``sep``."""

    tag = "Span"
    text: str = prop("The text.")
    style: dict = prop("CSS style.")

    def __init__(self, *text, sep=" ", **kwargs):
        super().__init__(text=sep.join(text), **kwargs)


class Bold(span):
    """Bold inline text (a Span with fontWeight bold)."""

    def __post_init__(self, style=None, **kwargs):
        self.style = {"fontWeight": "bold", **(style or {})}


class Italic(span):
    """Italic inline text (a Span with fontStyle italic)."""

    def __post_init__(self, style=None, **kwargs):
        self.style = {"fontStyle": "italic", **(style or {})}


class Link(span):
    """A link (``<a>``)."""

    tag = "a"
    href: Url = prop("The link target.")
    target: str = prop("Where to open it, e.g. '_blank'.")


class Button(Element):
    """A button; a click sends a CLICK event with the button's key."""

    tag = "Button"
    value: str = prop("The button's label.")
    style: dict = prop("CSS style.")
    disabled: bool = prop("Grey the button out.")


class Slider(Element):
    """A range slider; releasing it sends a SET event with its value."""

    tag = "Slider"
    min: float = prop("Smallest value.")
    max: float = prop("Largest value.")
    step: float = prop("Step between values.")
    value: float = prop("Initial value.")
    style: dict = prop("CSS style.")


# ---- images ----------------------------------------------------------------------------


def _png(rgb: np.ndarray) -> bytes:
    """A minimal PNG writer for uint8 arrays, used when Pillow is not installed."""
    height, width = rgb.shape[:2]
    channels = 1 if rgb.ndim == 2 else rgb.shape[2]
    color_type = {1: 0, 2: 4, 3: 2, 4: 6}[channels]
    rows = np.ascontiguousarray(rgb).reshape(height, width * channels)
    raw = b"".join(b"\x00" + row.tobytes() for row in rows)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, color_type, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


def _pillow():
    try:
        from PIL import Image as PILImage
    except ImportError:  # pragma: no cover - Pillow is installed wherever tests run
        return None
    return PILImage


def _save(pil_image, fmt: str, quality: int | None) -> bytes:
    buff = io.BytesIO()
    kind = "JPEG" if fmt == "jpeg" else "PNG"
    if kind == "JPEG" and pil_image.mode not in ("RGB", "L"):
        pil_image = pil_image.convert("RGB")
    pil_image.save(buff, format=kind, **({"quality": quality} if quality is not None and kind == "JPEG" else {}))
    return buff.getvalue()


def encode_image(data, format: ImageFormat = "png", quality: int | None = None) -> tuple[bytes | str, int, int]:
    """Encode a numpy array (H, W[, C]), a PIL image or an image file into (src, width, height).

    ``png``/``jpeg`` give bytes; ``b64png``/``b64jpeg`` give a ``data:`` URL. Float arrays are read
    as 0..1, as upstream does. Numpy arrays need no Pillow for PNG; everything else does.
    """
    fmt = format[3:] if format.startswith("b64") else format
    if fmt not in ("png", "jpeg"):
        raise ValueError(f"image format must be png, jpeg, b64png or b64jpeg, got {format!r}")
    PILImage = _pillow()
    if isinstance(data, np.ndarray):
        arr = data if data.dtype == np.uint8 else np.clip(data * 255, 0, 255).astype(np.uint8)
        if arr.ndim == 3 and arr.shape[2] == 1:
            arr = arr[:, :, 0]
        height, width = arr.shape[:2]
        if PILImage is None and fmt == "png":
            binary = _png(arr)
        elif PILImage is None:
            raise ImportError("JPEG encoding needs Pillow: pip install pillow")
        else:
            pil = PILImage.fromarray(arr)
            if fmt == "jpeg" and (arr.ndim == 2 or arr.shape[2] == 1):
                pil = pil.convert("L")
            binary = _save(pil, fmt, 90 if quality is None and fmt == "jpeg" else quality)
    else:
        if PILImage is None:
            raise ImportError("encoding images from files or PIL needs Pillow: pip install pillow")
        if isinstance(data, PILImage.Image):
            width, height = data.size
            binary = _save(data, fmt, quality)
        else:
            with PILImage.open(data) as pil:
                width, height = pil.size
                binary = _save(pil, fmt, quality)
    if format.startswith("b64"):
        return f"data:image/{fmt};base64," + base64.b64encode(binary).decode("ascii"), width, height
    return binary, width, height


class Img(Element):
    """An image: from a URL or bytes (``src``), or encoded from a numpy array, PIL image or file.

    ``Img(array)`` sends the PNG bytes as ``src``; subclasses receive the pixel size as
    ``_width``/``_height`` (private: never sent).
    """

    tag = "Img"
    src: Url | bytes = prop("Image URL, data URL, or encoded image bytes.")
    alt: str = prop("Alternative text.")
    style: dict = prop("CSS style.")

    def __init__(
        self,
        data: Any = None,
        *,
        src: str | bytes | None = None,
        format: ImageFormat = "png",
        quality: int | None = None,
        **kwargs,
    ):
        if src is not None:
            if data is not None:
                raise ValueError("Img: give either data or src, not both")
            super().__init__(src=src, **kwargs)
        elif data is None or (isinstance(data, list) and not data):
            # Upstream builds an empty, keyless object here; we keep the key and tag.
            super().__init__(**kwargs)
        elif isinstance(data, (bytes, bytearray)):
            super().__init__(src=bytes(data), **kwargs)  # already encoded (upstream would send None)
        else:
            if isinstance(data, list):
                data = np.asarray(data)
            if not isinstance(data, (np.ndarray, str, PathLike)) and not hasattr(data, "save"):
                raise TypeError(f"Img: cannot make an image from {type(data).__name__}")
            encoded, width, height = encode_image(data, format, quality)
            super().__init__(src=encoded, _width=width, _height=height, **kwargs)
