"""Serving files from a root, never from outside it.

Every file route (``/assets``, ``/workspace``, ``/static``, scene assets) goes through
``resolve_inside``: ``..`` segments, percent-encoded dots (aiohttp decodes them before we
see the path), absolute paths, and symlinks that lead outside the root all answer 404, and
so do dotfiles and dot-folders (``.env``, ``.git/``): a workspace is often a checkout.
"""

from __future__ import annotations

import logging
import mimetypes
from pathlib import Path

from aiohttp import web

__all__ = ["resolve_inside", "file_response", "static_handler"]

logger = logging.getLogger(__name__)

# Types browsers and three.js loaders care about that mimetypes may not know.
_TYPES = {
    ".js": "text/javascript",
    ".mjs": "text/javascript",
    ".wasm": "application/wasm",
    ".glb": "model/gltf-binary",
    ".gltf": "model/gltf+json",
    ".urdf": "application/xml",
    ".stl": "model/stl",
    ".obj": "model/obj",
    ".ply": "application/octet-stream",
    ".pcd": "application/octet-stream",
    ".npy": "application/octet-stream",
}


def resolve_inside(root: Path, relative: str) -> Path | None:
    """The file ``relative`` names under ``root``, or None when it is missing or outside."""
    if not relative or "\0" in relative:
        return None
    rel = Path(relative)
    if rel.is_absolute() or any(part.startswith(".") for part in rel.parts):
        return None
    try:
        real_root = root.resolve(strict=True)
        target = (real_root / rel).resolve(strict=True)
    except (OSError, RuntimeError):
        return None
    if not target.is_relative_to(real_root) or not target.is_file():
        return None
    return target


def file_response(path: Path, *, no_cache: bool = False) -> web.FileResponse:
    response = web.FileResponse(path)
    content_type = _TYPES.get(path.suffix.lower()) or mimetypes.guess_type(path.name)[0]
    if content_type:
        response.content_type = content_type
    if no_cache:
        response.headers["Cache-Control"] = "no-cache"
    return response


def static_handler(roots_fn):
    """An aiohttp handler serving ``{filename}`` from the first of ``roots_fn()`` that has it."""

    async def handler(request: web.Request) -> web.StreamResponse:
        filename = request.match_info.get("filename", "")
        for root in roots_fn():
            path = resolve_inside(Path(root), filename)
            if path is not None:
                hot = any(k.lower() == "hot" and v.lower() != "false" for k, v in request.query.items())
                return file_response(path, no_cache=hot)
        logger.debug("404 for %s (roots %s)", request.path, list(roots_fn()))
        raise web.HTTPNotFound()

    return handler
