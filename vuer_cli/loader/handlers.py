"""The ``handlers:`` section: client event type → the function that answers it.

A reference is ``path/to/file.py:function`` (relative to the scene file) or
``package.module:function``; the function takes ``(event, session)`` and may be sync or async.
Files are imported afresh on every load (so that a reload picks up their edits) under a module
name of their own, with their folder on ``sys.path`` while they import, so that a handler file
can import its neighbours (which are then dependencies of the scene too, imported afresh with
it on the next load). Any failure — a missing file, a syntax error, an exception at import,
a missing or misshapen function — is a ``SceneFileError`` at the reference in the scene file,
and names the line in the handler file where there is one.
"""

from __future__ import annotations

import hashlib
import importlib
import importlib.util
import inspect
import sys
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .errors import Where
from .validate import BuildContext, short, suggest
from .yaml_lines import Map, Seq

__all__ = ["HandlerRef", "resolve_handlers", "KNOWN_CLIENT_EVENTS"]

KNOWN_CLIENT_EVENTS = ("INIT", "ON_CLICK", "CLICK", "CAMERA_MOVE", "SCENE_READY", "ON_CONTRIB_LOAD", "OBJECT_MOVE")
"""Event types clients are known to send (a handler for another type gets a typo warning)."""


@dataclass(frozen=True)
class HandlerRef:
    """One handler named in a scene file."""

    etype: str
    """The client event type it answers."""
    ref: str
    """The reference as written (``handlers.py:on_click``)."""
    fn: Callable
    """The function, called as ``fn(event, session)``."""
    where: Where
    """Where the reference is written in the scene file."""
    file: Path | None = None
    """The handler's file (a dependency of the scene), None for an installed module."""


def resolve_handlers(node, where: Where, ctx: BuildContext) -> dict[str, list[HandlerRef]]:
    """Import every handler named in the section; ``SceneFileError`` on the first that fails."""
    if node is None:
        return {}
    if not isinstance(node, Map):
        raise ctx.error(where, "handlers", f"handlers must map event types to 'file.py:function', got {short(node)}")
    modules: dict[Path, object] = {}
    out: dict[str, list[HandlerRef]] = {}
    before = set(sys.modules)
    try:
        _resolve_all(node, ctx, modules, out)
    finally:
        _forget_neighbours(set(sys.modules) - before, {f.parent for f in modules}, ctx)
    return out


def _resolve_all(node: Map, ctx: BuildContext, modules: dict, out: dict[str, list[HandlerRef]]) -> None:
    for etype, value in node.items():
        path = f"handlers.{etype}"
        if not isinstance(etype, str):
            raise ctx.error(node.where_key(etype), "handlers", f"an event type must be a string, got {short(etype)}")
        if etype not in KNOWN_CLIENT_EVENTS and suggest(etype, KNOWN_CLIENT_EVENTS, cutoff=0.75):
            ctx.warn(node.where_key(etype), path, f"no client sends {etype!r}{suggest(etype, KNOWN_CLIENT_EVENTS, cutoff=0.75)}")
        if isinstance(value, Seq):
            refs = [(item, value.where(i)) for i, item in enumerate(value)]
        else:
            refs = [(value, node.where(etype))]
        for ref, ref_at in refs:
            if not isinstance(ref, str):
                raise ctx.error(ref_at, path, f"a handler must be 'file.py:function' or 'package.module:function', got {short(ref)}")
            fn, file = _resolve(ref, ref_at, path, ctx, modules)
            out.setdefault(etype, []).append(HandlerRef(etype, ref, fn, ref_at, file))


def _forget_neighbours(names: set[str], folders: set[Path], ctx: BuildContext) -> None:
    """Modules a handler file imported from its own folder (its neighbours, ``import helpers``)
    are dependencies of the scene too: they are watched, and dropped from ``sys.modules`` so
    that the next load imports them afresh with the handler file (whose module keeps the
    objects it imported). Installed packages and compiled extensions are left alone: a
    virtualenv inside the scene's folder must not be re-imported on every save."""
    if not folders:
        return
    for name in names:
        module = sys.modules.get(name)
        origin = getattr(module, "__file__", None)
        if name.startswith("_vuer_scene_handlers_") or not origin or not origin.endswith(".py"):
            continue
        file = Path(origin).resolve()
        if any(part in ("site-packages", "dist-packages") for part in file.parts):
            continue
        if any(file.is_relative_to(folder) for folder in folders):
            ctx.files.add(file)
            sys.modules.pop(name, None)


def _resolve(ref: str, where: Where, path: str, ctx: BuildContext, modules: dict) -> tuple[Callable, Path | None]:
    module_part, sep, name = ref.rpartition(":")
    if not sep or not module_part or not name:
        raise ctx.error(where, path, f"a handler must be 'file.py:function' or 'package.module:function', got {ref!r}")
    is_file = module_part.endswith(".py") or "/" in module_part or "\\" in module_part
    if is_file:
        file = (ctx.base_dir / module_part).resolve()
        ctx.files.add(file)  # a dependency even when missing: its appearance is the fix
        if not file.is_file():
            raise ctx.error(where, path, f"missing handler file {module_part!r} (looked for {file})")
        module = modules.get(file)
        if module is None:
            module = modules[file] = _import_file(file, module_part, where, path, ctx)
        what = module_part
    else:
        file = None
        try:
            module = importlib.import_module(module_part)
        except Exception as exc:
            raise ctx.error(where, path, f"cannot import module {module_part!r}: {type(exc).__name__}: {exc}") from None
        what = f"module {module_part!r}"
    fn = getattr(module, name, None)
    if fn is None:
        functions = [n for n, v in vars(module).items() if callable(v) and not n.startswith("_")]
        raise ctx.error(where, path, f"{what} has no function {name!r}{suggest(name, functions)}")
    if not callable(fn):
        raise ctx.error(where, path, f"{what}:{name} is not a function (it is {type(fn).__name__})")
    try:
        inspect.signature(fn).bind(None, None)
    except TypeError:
        raise ctx.error(where, path, f"handler {name} must take (event, session)") from None
    except ValueError:  # builtins without a signature: let them be
        pass
    return fn, file


def _import_file(file: Path, shown: str, where: Where, path: str, ctx: BuildContext):
    digest = hashlib.sha1(str(file).encode()).hexdigest()[:10]
    module_name = f"_vuer_scene_handlers_{digest}_{file.stem}"
    spec = importlib.util.spec_from_file_location(module_name, file)
    module = importlib.util.module_from_spec(spec)
    folder = str(file.parent)
    sys.path.insert(0, folder)
    sys.modules[module_name] = module  # a fresh module on each load: edits are picked up
    try:
        spec.loader.exec_module(module)
    except SyntaxError as exc:
        sys.modules.pop(module_name, None)
        at = f"{shown}:{exc.lineno}:{exc.offset}" if exc.lineno else shown
        raise ctx.error(where, path, f"cannot import {shown}: SyntaxError: {exc.msg} ({at})") from None
    except (Exception, SystemExit) as exc:  # user code at import: report any failure
        sys.modules.pop(module_name, None)
        line = next((f.lineno for f in reversed(traceback.extract_tb(exc.__traceback__)) if Path(f.filename) == file), None)
        at = f" ({shown}:{line})" if line else ""
        raise ctx.error(where, path, f"cannot import {shown}: {type(exc).__name__}: {exc}{at}") from None
    finally:
        try:
            sys.path.remove(folder)
        except ValueError:  # pragma: no cover - the module removed it itself
            pass
    return module
