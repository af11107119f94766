"""Parsing YAML and JSON into dicts and lists that remember where each value was written.

``Map`` and ``Seq`` are ``dict`` and ``list`` with positions (1-based line and column) for
themselves, for each key and for each value or item, so that every error can point at the
exact place. YAML is read with a ``SafeLoader`` subclass: only plain data (no
``!!python/...`` objects). JSON is read by a small parser of its own, because the standard
library's gives no positions; both refuse duplicate mapping keys, which YAML and ``json``
would otherwise drop silently (last one wins).
"""

from __future__ import annotations

import bisect
import json
import json.decoder
import json.scanner
import re

import yaml

from .errors import SceneFileError, Where

__all__ = ["Map", "Seq", "parse_yaml", "parse_json", "parse_text", "plain"]


class Map(dict):
    """A mapping that knows where it, its keys and its values are in the file."""

    pos: Where = (1, 1)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.key_pos: dict = {}
        self.val_pos: dict = {}

    def where_key(self, key) -> Where:
        return self.key_pos.get(key, self.pos)

    def where(self, key) -> Where:
        """Where the value of ``key`` is (the mapping itself when the key is absent)."""
        return self.val_pos.get(key, self.pos)


class Seq(list):
    """A list that knows where it and each of its items are in the file."""

    pos: Where = (1, 1)

    def __init__(self, *args):
        super().__init__(*args)
        self.item_pos: list[Where] = []

    def where(self, index: int) -> Where:
        return self.item_pos[index] if 0 <= index < len(self.item_pos) else self.pos


def plain(value):
    """The same data as plain dicts and lists (for sending and comparing)."""
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value


# ---- YAML --------------------------------------------------------------------------------


def _mark(mark) -> Where:
    return (mark.line + 1, mark.column + 1)


class _DuplicateKey(Exception):
    def __init__(self, key, where: Where, first: Where):
        self.key, self.where, self.first = key, where, first


class PositionLoader(yaml.SafeLoader):
    """A safe YAML loader whose mappings and sequences are ``Map``/``Seq`` with positions."""


def _construct_map(loader: PositionLoader, node: yaml.MappingNode):
    data = Map()
    data.pos = _mark(node.start_mark)
    yield data
    # Keys merged in (<<: *anchor) come first and may be overridden by the mapping's own keys;
    # only two of its own keys with the same name are a mistake.
    own = {id(k) for k, _ in node.value if k.tag != "tag:yaml.org,2002:merge"}
    loader.flatten_mapping(node)
    own_seen: dict = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        try:
            hash(key)
        except TypeError:
            raise yaml.constructor.ConstructorError(
                "while constructing a mapping", node.start_mark, "found an unhashable key", key_node.start_mark
            ) from None
        if id(key_node) in own:
            if key in own_seen:
                raise _DuplicateKey(key, _mark(key_node.start_mark), own_seen[key])
            own_seen[key] = _mark(key_node.start_mark)
        data[key] = loader.construct_object(value_node, deep=True)
        data.key_pos[key] = _mark(key_node.start_mark)
        data.val_pos[key] = _mark(value_node.start_mark)


def _construct_seq(loader: PositionLoader, node: yaml.SequenceNode):
    data = Seq()
    data.pos = _mark(node.start_mark)
    yield data
    for item in node.value:
        data.append(loader.construct_object(item, deep=True))
        data.item_pos.append(_mark(item.start_mark))


class FastPositionLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """The same on libyaml's parser: 3x faster (2,000 elements: 0.57 s instead of 1.9 s)."""


for _loader in (PositionLoader, FastPositionLoader):
    _loader.add_constructor("tag:yaml.org,2002:map", _construct_map)
    _loader.add_constructor("tag:yaml.org,2002:seq", _construct_seq)


def parse_yaml(text: str, file: str):
    """Parse one YAML document; errors are ``SceneFileError`` at the offending place."""
    try:
        return yaml.load(text, Loader=FastPositionLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError:
        pass  # parse again below: PyYAML's own messages are clearer than libyaml's, and the same everywhere
    except _DuplicateKey:
        pass
    try:
        return yaml.load(text, Loader=PositionLoader)  # noqa: S506 - a SafeLoader subclass
    except _DuplicateKey as dup:
        raise SceneFileError(file, *dup.where, "", f"duplicate mapping key {dup.key!r} (first at line {dup.first[0]})") from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = _mark(mark) if mark is not None else (None, None)
        problem = exc.problem or exc.context or "invalid YAML"
        if isinstance(exc, yaml.constructor.ConstructorError):
            tag = re.search(r"tag '([^']*)'", problem)
            if tag:
                name = tag.group(1).replace("tag:yaml.org,2002:", "!!")
                problem = f"the tag {name!r} is not allowed (scene files hold plain data only)"
            raise SceneFileError(file, line, col, "", problem) from None
        raise SceneFileError(file, line, col, "", f"YAML syntax error: {problem}") from None
    except yaml.YAMLError as exc:  # pragma: no cover - every PyYAML error we know is marked
        raise SceneFileError(file, None, None, "", f"YAML error: {exc}") from None


# ---- JSON --------------------------------------------------------------------------------

_WS = " \t\n\r"
_NUMBER = json.scanner.NUMBER_RE


class _JSONParser:
    """Recursive descent over JSON text, recording the position of every value."""

    def __init__(self, text: str, file: str):
        self.s = text
        self.file = file
        self.line_starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]

    def where(self, index: int) -> Where:
        line = bisect.bisect_right(self.line_starts, index)
        return (line, index - self.line_starts[line - 1] + 1)

    def fail(self, index: int, message: str):
        raise SceneFileError(self.file, *self.where(min(index, len(self.s))), "", f"JSON syntax error: {message}")

    def skip(self, i: int) -> int:
        s = self.s
        while i < len(s) and s[i] in _WS:
            i += 1
        return i

    def document(self):
        i = self.skip(0)
        if i == len(self.s):
            return None
        value, i = self.value(i)
        i = self.skip(i)
        if i != len(self.s):
            self.fail(i, "extra data after the document")
        return value

    def value(self, i: int):
        s = self.s
        if i >= len(s):
            self.fail(i, "unexpected end of file")
        c = s[i]
        if c == "{":
            return self.object(i)
        if c == "[":
            return self.array(i)
        if c == '"':
            return self.string(i)
        m = _NUMBER.match(s, i)
        if m is not None and m.end() > i:
            integer, frac, exp = m.groups()
            if frac or exp:
                return float(integer + (frac or "") + (exp or "")), m.end()
            return int(integer), m.end()
        for word, val in (("true", True), ("false", False), ("null", None)):
            if s.startswith(word, i):
                return val, i + len(word)
        self.fail(i, f"unexpected character {c!r}")

    def string(self, i: int):
        try:
            return json.decoder.scanstring(self.s, i + 1, True)
        except json.JSONDecodeError as exc:
            self.fail(exc.pos, exc.msg)

    def object(self, start: int):
        out = Map()
        out.pos = self.where(start)
        i = self.skip(start + 1)
        if i < len(self.s) and self.s[i] == "}":
            return out, i + 1
        while True:
            if i >= len(self.s) or self.s[i] != '"':
                self.fail(i, "expected a property name in double quotes")
            key_at = i
            key, i = self.string(i)
            i = self.skip(i)
            if i >= len(self.s) or self.s[i] != ":":
                self.fail(i, "expected ':' after a property name")
            i = self.skip(i + 1)
            value_at = i
            value, i = self.value(i)
            if key in out:
                raise SceneFileError(
                    self.file, *self.where(key_at), "", f"duplicate mapping key {key!r} (first at line {out.key_pos[key][0]})"
                )
            out[key] = value
            out.key_pos[key] = self.where(key_at)
            out.val_pos[key] = self.where(value_at)
            i = self.skip(i)
            if i < len(self.s) and self.s[i] == ",":
                i = self.skip(i + 1)
                continue
            if i < len(self.s) and self.s[i] == "}":
                return out, i + 1
            self.fail(i, "expected ',' or '}'")

    def array(self, start: int):
        out = Seq()
        out.pos = self.where(start)
        i = self.skip(start + 1)
        if i < len(self.s) and self.s[i] == "]":
            return out, i + 1
        while True:
            at = i
            value, i = self.value(i)
            out.append(value)
            out.item_pos.append(self.where(at))
            i = self.skip(i)
            if i < len(self.s) and self.s[i] == ",":
                i = self.skip(i + 1)
                continue
            if i < len(self.s) and self.s[i] == "]":
                return out, i + 1
            self.fail(i, "expected ',' or ']'")


def parse_json(text: str, file: str):
    """Parse JSON; errors are ``SceneFileError`` at the offending place."""
    return _JSONParser(text, file).document()


def parse_text(text: str, file: str, suffix: str):
    """JSON for ``.json`` files, YAML otherwise (YAML also reads most JSON)."""
    if suffix.lower() == ".json":
        return parse_json(text, file)
    return parse_yaml(text, file)
