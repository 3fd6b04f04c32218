"""YAML parsing that cannot be made to explode.

Anchors and aliases are refused (a "billion laughs" file expands a few lines into
gigabytes once something walks it), and nesting is capped, so any file parses in time
and memory proportional to its size.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from orgraph.errors import InputError

MAX_DEPTH = 32


class _NoAliasLoader(yaml.SafeLoader):
    """SafeLoader that rejects aliases and deep nesting while composing."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()  # type: ignore[no-untyped-call]
            raise yaml.constructor.ConstructorError(
                None, None, "anchors and aliases (&name / *name) are not allowed", event.start_mark
            )
        depth = getattr(self, "_depth", 0)
        if depth > MAX_DEPTH:
            raise yaml.constructor.ConstructorError(
                None,
                None,
                f"nested deeper than {MAX_DEPTH} levels",
                self.peek_event().start_mark,  # type: ignore[no-untyped-call]
            )
        self._depth = depth + 1
        try:
            return super().compose_node(parent, index)
        finally:
            self._depth = depth


def load_yaml(path: Path, text: str) -> Any:
    """Parse YAML (or JSON, which is YAML) text from ``path`` safely.

    Raises:
        InputError: the text is not well-formed, uses aliases, or nests too deeply.
    """
    try:
        return yaml.load(text, Loader=_NoAliasLoader)
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        place = mark.line + 1 if mark else None
        raise InputError(path, f"malformed YAML: {err.problem or err.context}", place) from err
    except yaml.YAMLError as err:
        raise InputError(path, f"malformed YAML: {err}") from err
    except RecursionError as err:
        raise InputError(path, "malformed YAML: nested too deeply") from err
