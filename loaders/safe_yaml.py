"""YAML parsing that cannot be made to explode.

Anchors and aliases are refused (a "billion laughs" file expands a few lines into
gigabytes once something walks it), and nesting is capped, so any file parses in time
and memory proportional to its size. A date that names no real day (``2025-02-30``,
``0000-00-00``) and a key given twice in one mapping (the first value would be silently
lost) are refused with the line they are on.

JSON files are read with :func:`load_json` instead: a JSON text is YAML, but YAML refuses
some valid JSON (the surrogate-pair escapes encoders write for emoji, raw DEL characters).

When PyYAML has its C extension (libyaml), a first pass streams the parser's events to
check aliases and depth, and a second builds the data with the C parser (several times
faster than the pure-Python one on big files); otherwise the checks run while composing.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

from orgraph.errors import InputError

MAX_DEPTH = 32
_NO_ALIASES = "anchors and aliases (&name / *name) are not allowed"
_TOO_DEEP = f"nested deeper than {MAX_DEPTH} levels"


class _BadValue(yaml.constructor.ConstructorError):
    """Well-formed YAML holding a value orgraph refuses (reported without 'malformed')."""


class _StrictConstructor(yaml.constructor.SafeConstructor):
    """SafeConstructor refusing repeated keys and impossible dates."""

    def construct_mapping(self, node: Any, deep: bool = False) -> Any:
        seen: set[tuple[str, str]] = set()
        for key_node, _ in node.value if isinstance(node, yaml.MappingNode) else []:
            if isinstance(key_node, yaml.ScalarNode):
                key = (key_node.tag, key_node.value)
                if key in seen:
                    raise _BadValue(
                        None, None, f"key {key_node.value!r} is given twice in one mapping", key_node.start_mark
                    )
                seen.add(key)
        return super().construct_mapping(node, deep=deep)

    def construct_yaml_timestamp(self, node: Any) -> Any:
        try:
            return super().construct_yaml_timestamp(node)
        except ValueError as err:
            raise _BadValue(None, None, f"date {node.value!r} is not a real day ({err})", node.start_mark) from err


class _PyLoader(_StrictConstructor, yaml.SafeLoader):
    """Pure-Python loader that rejects aliases and deep nesting while composing."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()  # type: ignore[no-untyped-call]
            raise yaml.constructor.ConstructorError(None, None, _NO_ALIASES, event.start_mark)
        depth = getattr(self, "_depth", 0)
        if depth > MAX_DEPTH:
            raise yaml.constructor.ConstructorError(
                None, None, _TOO_DEEP, self.peek_event().start_mark  # type: ignore[no-untyped-call]
            )
        self._depth = depth + 1
        try:
            return super().compose_node(parent, index)
        finally:
            self._depth = depth


def _timestamp(loader: Any, node: Any) -> Any:
    # The base class registers its own timestamp function; point the tag at the strict one.
    return _StrictConstructor.construct_yaml_timestamp(loader, node)


_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_PyLoader.add_constructor(_TIMESTAMP, _timestamp)

_CParsed: type | None = None
if getattr(yaml, "__with_libyaml__", False):

    class _CLoader(_StrictConstructor, yaml.CSafeLoader):
        """C-parsed loader; only used on text :func:`_prescan` has passed."""

    _CLoader.add_constructor(_TIMESTAMP, _timestamp)
    _CParsed = _CLoader


def _prescan(text: str) -> None:
    """Stream the C parser's events, refusing aliases and deep nesting before anything is built."""
    depth = 0
    for event in yaml.parse(text, Loader=yaml.CSafeLoader):
        mark: Any = event.start_mark
        if isinstance(event, yaml.AliasEvent):
            raise yaml.constructor.ConstructorError(None, None, _NO_ALIASES, mark)
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                raise yaml.constructor.ConstructorError(None, None, _TOO_DEEP, mark)
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1


def load_yaml(path: Path, text: str) -> Any:
    """Parse YAML (or JSON, which is YAML) text from ``path`` safely.

    Raises:
        InputError: the text is not well-formed, uses aliases, nests too deeply, repeats a
            key or holds an impossible date.
    """
    try:
        if _CParsed is None:
            return yaml.load(text, Loader=_PyLoader)
        _prescan(text)
        return yaml.load(text, Loader=_CParsed)
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        place = mark.line + 1 if mark else None
        reason = err.problem if isinstance(err, _BadValue) else f"malformed YAML: {err.problem or err.context}"
        raise InputError(path, str(reason), place) from err
    except yaml.YAMLError as err:
        raise InputError(path, f"malformed YAML: {err}") from err
    except RecursionError as err:
        raise InputError(path, "malformed YAML: nested too deeply") from err


def _no_repeats(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [key for key, _ in pairs]
    for key in keys:
        if keys.count(key) > 1:
            raise ValueError(f"key {key!r} is given twice in one object")
    return dict(pairs)


def load_json(path: Path, text: str) -> Any:
    """Parse JSON text from ``path``, refusing repeated keys (the first value would be lost).

    Raises:
        InputError: the text is not well-formed JSON, repeats a key, or nests too deeply.
    """
    try:
        return json.loads(text, object_pairs_hook=_no_repeats)
    except json.JSONDecodeError as err:
        raise InputError(path, f"malformed JSON: {err.msg} (column {err.colno})", err.lineno) from err
    except ValueError as err:
        raise InputError(path, str(err)) from err
    except RecursionError as err:
        raise InputError(path, "malformed JSON: nested too deeply") from err
