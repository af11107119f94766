"""From parsed scene data to the schema's Element tree, checked against the typed catalog.

An element is written in either of two forms, which build the same element:

* serialized, as upstream's schema objects serialize: ``{tag: Box, key: b, args: [1, 1, 1]}``;
* compact: ``{Box: {key: b, args: [1, 1, 1]}}`` (``{Box: null}`` for no props).

Each element is checked as it is built: its tag must be in the catalog (``schema.registry``),
each declared prop must fit its declared type (``types.check``; undeclared props are sent as
they are, as upstream does, with a warning when they look like a typo of a declared one), keys
must be unique in the whole scene, and file props (``src`` and other URL props, ``.npy`` bulk
arrays) must name files the scene may serve. The first problem raises ``SceneFileError`` at
its place in the file; nothing is half-built.

Elements are built from exactly the props the file gives (``Element.__init__`` plus the
class's ``__post_init__``, which encodes bulk arrays as upstream does): a file's tree is what
goes on the wire, without the defaults a Python constructor might add. An element without a
key gets its path in the scene (``scene.children[2]``) as key, so that loading the same file
twice gives the same keys (hot reload diffs by key).
"""

from __future__ import annotations

import difflib
import logging
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..schema import registry
from ..schema.base import Element
from ..schema.scene import Scene
from ..schema.types import BulkArray, Url, check, describe
from .assets import AssetError, AssetRoots, file_version, is_file_reference, load_npy, model_references
from .errors import SceneFileError, Where
from .yaml_lines import Map, Seq, plain

__all__ = ["BuildContext", "ElementBuilder", "file_kind", "suggest", "short"]

logger = logging.getLogger(__name__)

SCENE_CHILD_LISTS = ("children", "bgChildren", "htmlChildren", "rawChildren")


def suggest(word: str, choices, cutoff: float = 0.6) -> str:
    """`` (did you mean 'X'?)`` for the closest choice, or an empty string."""
    choices = list(choices)
    lower = {c.lower(): c for c in choices}
    if word.lower() in lower:
        return f" (did you mean {lower[word.lower()]!r}?)"
    close = difflib.get_close_matches(word, choices, n=1, cutoff=cutoff)
    return f" (did you mean {close[0]!r}?)" if close else ""


def short(value, limit: int = 60) -> str:
    """A value as the person wrote it, cut short for a one-line message."""
    if isinstance(value, dict):
        return "a mapping"
    text = repr(plain(value))
    return text if len(text) <= limit else text[: limit - 3] + "..."


def file_kind(tp) -> str | None:
    """``"url"`` or ``"array"`` when a prop type takes a file path (also inside a union)."""
    if tp == Url:
        return "url"
    if tp == BulkArray:
        return "array"
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        for arg in typing.get_args(tp):
            kind = file_kind(arg)
            if kind:
                return kind
    return None


def _is_child_list(name: str) -> bool:
    return name == "children" or name.endswith("Children")


@dataclass
class BuildContext:
    """What building one scene file needs and collects."""

    file: str
    """The scene file as shown in messages."""
    base_dir: Path
    """The scene file's folder: relative paths start here."""
    roots: AssetRoots
    files: set[Path] = field(default_factory=set)
    """Every file the scene depends on (for hot reload)."""
    warnings: list[str] = field(default_factory=list)

    def error(self, where: Where, path: str, message: str) -> SceneFileError:
        return SceneFileError(self.file, where[0], where[1], path, message)

    def warn(self, where: Where, path: str, message: str) -> None:
        text = str(SceneFileError(self.file, where[0], where[1], path, message))
        self.warnings.append(text)
        logger.warning("%s", text)


class ElementBuilder:
    """Builds and checks the elements of one scene file."""

    def __init__(self, ctx: BuildContext):
        self.ctx = ctx
        self.keys: dict[str, tuple[str, Where]] = {}

    # ---- the scene root ---------------------------------------------------------------

    def scene(self, node, where: Where, path: str = "scene") -> Scene:
        """The Scene from its props (a mapping), or from a list of its children."""
        if isinstance(node, Seq):
            props = Map(children=node)
            props.pos = node.pos
            props.val_pos["children"] = node.pos
            node = props
        if node is None:
            node = Map()
            node.pos = where
        if not isinstance(node, Map):
            raise self.ctx.error(where, path, f"the scene must be a mapping of Scene props (children, bgChildren, ...), got {short(node)}")
        tag = node.get("tag", "Scene")
        if tag != "Scene":
            raise self.ctx.error(node.where("tag"), path, f"the top-level element must be a Scene, got {short(tag)}")
        if "Scene" in node and len(node) == 1:  # compact form: {Scene: {...}}
            inner = node["Scene"]
            return self.scene(inner if inner is not None else None, node.where("Scene"), path)
        return self._build(Scene, "Scene", node, node.pos, path, default_key="scene")

    # ---- any element ------------------------------------------------------------------

    def element(self, value, where: Where, path: str):
        """One element (or a text child) found at ``where``."""
        if isinstance(value, str):
            return value  # a text child, as upstream's html elements take
        if not isinstance(value, Map):
            raise self.ctx.error(where, path, f"an element must be a mapping like {{Box: {{key: b}}}} or {{tag: Box, key: b}}, got {short(value)}")
        if "tag" in value:
            tag, tag_where, props = value["tag"], value.where("tag"), value
        elif len(value) == 1:
            tag = next(iter(value))
            tag_where = value.where_key(tag)
            props = value[tag]
            if props is None:
                props = Map()
                props.pos = value.where(tag)
            elif not isinstance(props, Map):
                raise self.ctx.error(value.where(tag), path, f"the props of {tag} must be a mapping, got {short(props)}")
        else:
            keys = ", ".join(repr(k) for k in list(value)[:4])
            raise self.ctx.error(
                value.pos, path, f"an element needs a 'tag' ({{tag: Box, ...}}) or a single tag key ({{Box: {{...}}}}); this mapping has {keys}"
            )
        if not isinstance(tag, str):
            raise self.ctx.error(tag_where, path, f"a tag must be a string, got {short(tag)}")
        cls = registry.get(tag)
        if cls is None:
            raise self.ctx.error(tag_where, path, f"unknown tag {tag!r}{suggest(tag, registry)}")
        if cls is Scene:
            raise self.ctx.error(tag_where, path, "a Scene can only be the top-level element")
        return self._build(cls, tag, props, where, path)

    def _build(self, cls: type[Element], tag: str, props: Map, where: Where, path: str, default_key: str | None = None) -> Element:
        ctx = self.ctx
        key = props.get("key")
        if key is not None:
            if isinstance(key, bool) or not isinstance(key, (str, int)):
                raise ctx.error(props.where("key"), path, f"key must be a string, got {short(key)}")
            key = str(key)
        label = f'{path} ({tag} "{key}")' if key is not None else f"{path} ({tag})"
        if key is None:
            key = default_key or path
        else:
            first = self.keys.get(key)
            if first is not None:
                raise ctx.error(props.where("key"), label, f"duplicate key {key!r} (first used by {first[0]} at line {first[1][0]})")
        self.keys.setdefault(key, (label, props.where("key") if "key" in props else where))

        declared = cls.declared_props()
        kwargs: dict[str, Any] = {}
        if cls is Scene:
            kwargs["up"] = [0, 1, 0]  # upstream's Scene always sends up (y-up, as three.js)
        for name, value in props.items():
            if name in ("tag", "key"):
                continue
            if not isinstance(name, str):
                raise ctx.error(props.where_key(name), label, f"a prop name must be a string, got {short(name)}")
            value_at = props.where(name)
            if _is_child_list(name):
                kwargs[name] = self._children(value, value_at, f"{path}.{name}", label, name)
                continue
            if name in declared:
                tp = declared[name][0]
                kind = file_kind(tp)
                if kind is not None and isinstance(value, str):
                    value = self._file_prop(kind, name, value, value_at, label, tag)
                if not check(value, tp):
                    raise ctx.error(value_at, label, f"prop {name!r} must be {describe(tp)}, got {short(value)}")
            elif declared:
                hint = difflib.get_close_matches(name, declared, n=1, cutoff=0.8)
                if hint:
                    ctx.warn(props.where_key(name), label, f"unknown prop {name!r} (did you mean {hint[0]!r}?); sent as is")
            kwargs[name] = plain(value) if isinstance(value, (Map, Seq)) else value
        element = cls.__new__(cls)
        try:
            Element.__init__(element, key=key, **kwargs)
        except Exception as exc:  # a component's own encoding refused a value
            raise ctx.error(where, label, f"cannot build {tag}: {exc}") from None
        return element

    def _children(self, value, where: Where, path: str, label: str, name: str) -> list:
        if value is None:
            return []
        if not isinstance(value, Seq):
            raise self.ctx.error(where, label, f"{name} must be a list of elements, got {short(value)}")
        return [self.element(item, value.where(i), f"{path}[{i}]") for i, item in enumerate(value)]

    # ---- file props ---------------------------------------------------------------------

    def _file_prop(self, kind: str, name: str, value: str, where: Where, label: str, tag: str):
        ctx = self.ctx
        if kind == "array":
            if not value.lower().endswith(".npy"):
                return value  # not a file: the type check reports it
            ctx.files.add((ctx.base_dir / value).resolve())  # also when missing: watched for
            try:
                target, _ = ctx.roots.resolve(value, ctx.base_dir)
                array = load_npy(target)
            except AssetError as exc:
                raise ctx.error(where, label, f"prop {name!r}: {exc}") from None
            ctx.files.add(target)
            return array
        if not is_file_reference(value):
            return value  # a URL, data: URL, or a path on the server: sent as is
        ctx.files.add((ctx.base_dir / value).resolve())  # also when missing: watched for
        try:
            target, url = ctx.roots.resolve(value, ctx.base_dir)
        except AssetError as exc:
            raise ctx.error(where, label, f"prop {name!r}: {exc}") from None
        ctx.files.add(target)
        used = [target]
        self._check_references(target, where, label, name, used)
        try:
            version = file_version(used)
        except AssetError as exc:  # deleted or unreadable since it was resolved
            raise ctx.error(where, label, f"prop {name!r}: {exc}") from None
        return f"{url}?v={version}"

    def _check_references(self, model: Path, where: Where, label: str, name: str, used: list[Path]) -> None:
        """The files a model refers to must be servable too (the client fetches them next);
        ``used`` collects them, for the version in the model's URL."""
        ctx = self.ctx
        try:
            refs = model_references(model)
        except AssetError as exc:
            raise ctx.error(where, label, f"prop {name!r}: {exc}") from None
        for ref, line in refs:
            ctx.files.add((model.parent / ref).resolve())  # also when missing: watched for
            try:
                target, _ = ctx.roots.resolve(ref, model.parent)
            except AssetError as exc:
                raise ctx.error(where, label, f"prop {name!r}: {model.name} line {line}: {exc}") from None
            if target not in used:
                ctx.files.add(target)
                used.append(target)
                self._check_references(target, where, label, name, used)
