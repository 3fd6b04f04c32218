"""How an edge's citations are stored: compact JSON text.

Every edge keeps its citations as one JSON text (a list of objects; Neo4j cannot store maps).
A field left at its model default (``None``, ``confidence`` 1.0, ``method`` "stated") is
left out of the stored object and restored when read, so a row of an HR export costs its
source id, its row (the quote) and its method, not ten keys of which seven are null: an
export of a million rows stores a million citations. Texts written before this (every key
present) read the same.
"""

from __future__ import annotations

import json
from typing import Any

from orgraph.graph.model import Citation

#: The fields a stored citation may leave out, with the value that stands for them.
DEFAULTS: dict[str, Any] = {
    name: field.default for name, field in Citation.model_fields.items() if not field.is_required()
}


def compact(citation: Citation) -> dict[str, Any]:
    """The citation as the object stored: fields at their default left out (order kept)."""
    return {k: v for k, v in citation.model_dump(mode="json").items() if k not in DEFAULTS or v != DEFAULTS[k]}


def encode(citations: list[Citation]) -> str:
    """The stored text of an edge's citations."""
    return json.dumps([compact(c) for c in citations], ensure_ascii=False, separators=(",", ":"))


def decode(text: str | None) -> list[Citation]:
    """The citations of a stored text (compact or with every key)."""
    return [Citation.model_validate(c) for c in json.loads(text or "[]")]


#: A citation's fields in model order: the keys ``Citation.model_dump`` gives back.
_FIELDS = tuple(Citation.model_fields)


def decode_dicts(text: str | None) -> list[dict[str, Any]]:
    """The citations of a stored text as plain dicts with every field (for display and export).

    The same dicts as ``[c.model_dump(mode="json") for c in decode(text)]``, without building a
    model per citation (that was half the Python time of drawing a 2,000-person subtree): the
    stored objects are such dumps minus the fields at their default, put back in field order.
    """
    out = []
    for stored in json.loads(text or "[]"):
        full = {name: stored.get(name, DEFAULTS.get(name)) for name in _FIELDS}
        if isinstance(full["confidence"], int):  # JSON may carry 1 for 1.0; the model field is a float
            full["confidence"] = float(full["confidence"])
        out.append(full)
    return out
