"""The query-pack loader: shipped packs load, and each malformed file gives its own error."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from orgraph.errors import QueryError, QueryPackError
from orgraph.queries.packs import PACK_DIR, coerce_params, load_catalog, parse_pack, strip_literals

BAD = Path(__file__).parent / "packs" / "bad"

EXPECTED = {
    "undeclared_param": ":5: param $as_of used but not declared",
    "unused_param": ":1: param as_of declared but not used in 'manager'",
    "duplicate_name": ":6: query 'everyone' already defined at line 1",
    "no_alias": ":1: returned column 'p.name' has no AS alias",
    "bad_returns": ":1: returns must be many|one|scalar|none, not 'lots'",
    "text_before_header": ":1: Cypher text before the first '// name:' header",
    "missing_params_line": ":1: query 'everyone' has no '// params:' line",
    "bad_type": ":1: param day has unknown type 'datetime' (str, date, int, float, bool, list)",
    "param_in_string_only": ":1: param person declared but not used in 'literal'",
}


@pytest.mark.parametrize("stem", sorted(EXPECTED))
def test_bad_pack_is_refused_with_file_and_line(stem: str) -> None:
    path = BAD / f"{stem}.cypher"
    with pytest.raises(QueryPackError) as err:
        load_catalog(path)
    assert str(err.value) == f"{path}{EXPECTED[stem]}"


def test_every_bad_fixture_is_pinned() -> None:
    assert {p.stem for p in BAD.glob("*.cypher")} == set(EXPECTED)


def test_shipped_packs_load_and_document_every_public_query() -> None:
    catalog = load_catalog()
    public = catalog.public()
    assert {"reorg.reports_to", "people.find", "graph.counts"} <= {q.full_name for q in public}
    for query in public:
        assert query.doc, f"{query.full_name} has no doc lines"
        assert not query.writes, f"{query.full_name} writes, but public packs are read-only"


def test_internal_write_queries_are_recognised_as_writes() -> None:
    catalog = load_catalog()
    assert catalog.get("_write.upsert_persons", "kuzu").writes
    assert not catalog.get("_read.edges_touching", "kuzu").writes


def test_dialect_variant_is_chosen_per_engine() -> None:
    catalog = load_catalog()
    kuzu, neo4j = catalog.get("_schema.create", "kuzu"), catalog.get("_schema.create", "neo4j")
    assert "CREATE NODE TABLE" in kuzu.text
    assert "CREATE CONSTRAINT" in neo4j.text


def test_params_are_checked_and_converted_by_declared_type() -> None:
    query = load_catalog().get("reorg.reports_to", "kuzu")
    assert coerce_params(query, {"person": "x", "as_of": "2025-08-01"}) == {"person": "x", "as_of": date(2025, 8, 1)}
    with pytest.raises(QueryError, match="missing param 'as_of'"):
        coerce_params(query, {"person": "x"})
    with pytest.raises(QueryError, match="unknown param 'asof'"):
        coerce_params(query, {"person": "x", "as_of": "2025-08-01", "asof": "x"})
    with pytest.raises(QueryError, match="param as_of must be a date"):
        coerce_params(query, {"person": "x", "as_of": "August"})


def test_unknown_query_name_is_a_clear_error() -> None:
    with pytest.raises(QueryError, match=r"unknown query 'reorg\.nope'"):
        load_catalog().get("reorg.nope", "kuzu")


def test_literals_and_comments_are_blanked_for_scans() -> None:
    text = "MATCH (n {name: 'a $x // b'}) // $y\nRETURN n.id AS id"
    stripped = strip_literals(text)
    assert "$x" not in stripped and "$y" not in stripped
    assert len(stripped) == len(text)


def test_every_shipped_pack_file_parses_on_its_own() -> None:
    for path in sorted(PACK_DIR.glob("*.cypher")):
        assert parse_pack(path), f"{path} holds no query"


def test_query_list_documents_the_common_text_not_a_dialect_variant() -> None:
    listed = {q.full_name: q for q in load_catalog().public()}
    variants = [name for (name, dialect) in load_catalog().queries if dialect is not None and not name.startswith("_")]
    assert variants, "the packs carry no dialect variant to check against"
    for name in variants:
        assert listed[name].dialect is None, name
