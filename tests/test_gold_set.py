"""Checks on the extraction gold set and on the scorer that reads it.

Why: the gold files are written by hand, and a typo in one (a misspelt type, a date like
``2024-13``, a person who is not in the report) silently skews every benchmark number. The
scorer's normalisation decides what counts as a match, so its rules are pinned down here too.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import re
import sys
import unicodedata
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parent.parent
GOLD = REPO / "tests" / "extraction" / "gold"
MIN_REPORTS = {"dev": 24, "dev2": 20, "dev3": 13, "dev4": 16, "heldout3": 16, "heldout4": 16}
KEYS = (
    *("type", "person", "org", "team", "manager", "title"),
    *("date", "since", "until", "from_org", "to_org", "date_precision"),
)
REQUIRED = {
    "JOINED": ("person", "org"),
    "LEFT": ("person", "org"),
    "LEADS": ("person",),
    "REPORTS_TO": ("person", "manager"),
    "ROLE": ("person", "org", "title"),
    "PART_OF": ("team", "org"),
}
ALLOWED_DATES = {
    "JOINED": ("date",),
    "LEFT": ("date",),
    "LEADS": ("since", "until"),
    "REPORTS_TO": ("since", "until"),
    "ROLE": ("since", "until"),
    "PART_OF": (),
}
PRECISION_BY_LENGTH = {4: "year", 7: "month", 10: "day"}
DATE_FORMATS = {"year": "%Y", "month": "%Y-%m", "day": "%Y-%m-%d"}


def _load_scorer() -> ModuleType:
    """Import benchmarks/extraction.py by path: benchmarks/ is not a package."""
    path = REPO / "benchmarks" / "extraction.py"
    spec = importlib.util.spec_from_file_location("orgraph_extraction_scorer", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses need the module registered
    spec.loader.exec_module(module)
    return module


scorer = _load_scorer()
REPORTS = scorer.find_reports("all", GOLD)


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _published(report: Path) -> dt.date:
    """The publication date: YAML front matter, or article:published_time in HTML."""
    text = report.read_text(encoding="utf-8")
    if report.suffix == ".html":
        found = re.search(r'property="article:published_time"\s+content="(\d{4}-\d\d-\d\d)', text)
        assert found, f"{report.name}: no article:published_time meta tag"
        return dt.date.fromisoformat(found.group(1))
    assert text.startswith("---\n"), f"{report.name}: no YAML front matter"
    meta = yaml.safe_load(text.split("---\n", 2)[1])
    for key in ("title", "publisher", "published", "url"):
        assert meta.get(key), f"{report.name}: front matter lacks {key}"
    published = meta["published"]
    return published if isinstance(published, dt.date) else dt.date.fromisoformat(published)


# --------------------------------------------------------------------------- the gold set


@pytest.mark.parametrize("split", sorted(MIN_REPORTS))
def test_split_has_enough_reports(split: str) -> None:
    assert len(scorer.find_reports(split, GOLD)) >= MIN_REPORTS[split]


def test_every_gold_file_has_a_report_and_back() -> None:
    gold_files = sorted(GOLD.glob("*/*.gold.json"))
    assert sorted(scorer.gold_path(r) for r in REPORTS) == gold_files


def test_heldout_people_do_not_appear_in_dev() -> None:
    def people(split: str) -> set[str]:
        names: set[str] = set()
        for report in scorer.find_reports(split, GOLD):
            for fact in json.loads(scorer.gold_path(report).read_text(encoding="utf-8")):
                names |= {fact[k] for k in ("person", "manager") if fact[k]}
        return names

    dev = people("dev") | people("dev2") | people("dev3") | people("dev4")
    assert not dev & (people("heldout3") | people("heldout4"))


@pytest.mark.parametrize("report", REPORTS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_report_has_publication_date(report: Path) -> None:
    assert dt.date(2015, 1, 1) < _published(report) < dt.date(2030, 1, 1)


@pytest.mark.parametrize("report", REPORTS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_gold_file_is_valid(report: Path) -> None:
    facts = json.loads(scorer.gold_path(report).read_text(encoding="utf-8"))
    assert isinstance(facts, list) and facts, "gold must be a non-empty JSON list"
    text = _plain(report.read_text(encoding="utf-8"))
    for fact in facts:
        _check_fact(fact, text)
    keys = [json.dumps(f, sort_keys=True) for f in facts]
    assert len(keys) == len(set(keys)), "duplicate gold fact"


def _check_fact(fact: dict[str, Any], text: str) -> None:
    assert sorted(fact) == sorted(KEYS), f"keys differ: {sorted(fact)}"
    kind = fact["type"]
    assert kind in REQUIRED, f"bad type {kind!r}"
    for key in REQUIRED[kind]:
        assert fact[key], f"{kind} needs {key}: {fact}"
    if kind == "LEADS":
        assert fact["team"] or fact["org"], f"LEADS needs team or org: {fact}"
    for key in ("date", "since", "until"):
        assert fact[key] is None or key in ALLOWED_DATES[kind], f"{kind} cannot have {key}"
        _check_date(fact[key])
    assert fact["from_org"] is None or kind == "JOINED", f"from_org on {kind}"
    assert fact["to_org"] is None or kind == "LEFT", f"to_org on {kind}"
    assert fact["manager"] is None or kind == "REPORTS_TO", f"manager on {kind}"
    assert fact["title"] is None or kind == "ROLE", f"title on {kind}"
    _check_precision(fact)
    for key in ("person", "manager"):
        if fact[key]:
            surname = _plain(fact[key].split()[-1])
            assert surname in text, f"{fact[key]} is not mentioned in the report"


def _check_date(value: str | None) -> None:
    if value is None:
        return
    precision = PRECISION_BY_LENGTH.get(len(value))
    assert precision, f"bad date {value!r}"
    dt.datetime.strptime(value, DATE_FORMATS[precision])


def _check_precision(fact: dict[str, Any]) -> None:
    """date_precision describes date (JOINED/LEFT), else since, else until."""
    primary = fact["date"] or fact["since"] or fact["until"]
    expected = PRECISION_BY_LENGTH[len(primary)] if primary else None
    assert fact["date_precision"] == expected, f"date_precision should be {expected}: {fact}"


def test_fact_counts_cover_every_type() -> None:
    seen = {
        fact["type"]
        for report in REPORTS
        for fact in json.loads(scorer.gold_path(report).read_text(encoding="utf-8"))
    }
    assert seen == set(REQUIRED)


# --------------------------------------------------------------------------- the scorer


def fact(kind: str, **slots: Any) -> dict[str, Any]:
    return {"type": kind, **slots}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Meta Platforms, Inc.", "Meta"),
        ("Microsoft Corp.", "microsoft"),
        ("Harlow & Finch Engineering Ltd", "Harlow and Finch Engineering"),
        ("the MLX team", "MLX"),
        ("Search and Assistant organisation", "Search and Assistant"),
        ("post-training group", "Post Training"),
    ],
)
def test_org_and_team_normalisation_equal(a: str, b: str) -> None:
    assert scorer.norm_org(a) == scorer.norm_org(b)


def test_org_normalisation_keeps_aliases_apart() -> None:
    assert scorer.norm_org("Facebook") != scorer.norm_org("Meta")
    assert scorer.norm_org("Platforms") == "platforms"  # a lone suffix is kept


def test_person_normalisation() -> None:
    assert scorer.norm_person("Dr. Amara Nwosu") == scorer.norm_person("amara nwosu")
    assert scorer.same_person("Mister Lukas Hofer", "Lukas Hofer")
    assert scorer.norm_person("Tomasz Wójcik") == scorer.norm_person("Tomasz Wojcik")
    assert scorer.norm_person("Liam O\u2019Connor") == scorer.norm_person("Liam O'Connor")
    assert not scorer.same_person("Pang", "Ruoming Pang")
    assert not scorer.same_person(None, None)


def test_team_matches_without_company_prefix() -> None:
    assert scorer.teams_match("Google DeepMind", "DeepMind", "Google")
    assert not scorer.teams_match("Google DeepMind", "DeepMind", None)
    assert not scorer.teams_match("MLX", "AFM", "Apple")


@pytest.mark.parametrize(
    ("gold", "pred", "expected"),
    [
        ("CEO", "chief executive officer", True),
        ("vice president of engineering", "VP, Engineering", True),
        ("chief scientist", "chief scientist for AGI", True),
        ("co-founder", "co-founder and CTO", False),
        ("interim CTO", "vice president of platform engineering", False),
        ("CFO", None, False),
    ],
)
def test_titles_match(gold: str, pred: str | None, expected: bool) -> None:
    assert scorer.titles_match(gold, pred) is expected


def test_keys_match_per_type() -> None:
    km = scorer.keys_match
    joined = fact("JOINED", person="A B", org="Meta")
    assert km(joined, fact("JOINED", person="a b", org="Meta Inc"))
    assert not km(joined, fact("LEFT", person="A B", org="Meta"))
    leads = fact("LEADS", person="Zhifeng Chen", team="AFM", org="Apple")
    assert km(leads, fact("LEADS", person="Zhifeng Chen", team="the AFM team", org=None))
    assert not km(leads, fact("LEADS", person="Zhifeng Chen", team=None, org="Apple"))
    org_lead = fact("LEADS", person="A B", team=None, org="Apple")
    assert km(org_lead, fact("LEADS", person="A B", team="Siri", org="Apple Inc."))
    rep = fact("REPORTS_TO", person="A B", manager="C D")
    assert not km(rep, fact("REPORTS_TO", person="A B", manager="D"))
    part = fact("PART_OF", team="MLX", org="Apple")
    assert km(part, fact("PART_OF", team="MLX team", org="Apple Inc."))


def test_matching_is_one_to_one_and_prefers_better_pairs() -> None:
    gold = [
        fact("ROLE", person="A B", org="X", title="CEO", since="2024"),
        fact("ROLE", person="A B", org="X", title="chief executive officer", since="2020"),
    ]
    pred = [
        fact("ROLE", person="A B", org="X", title="CEO", since="2020"),
        fact("ROLE", person="A B", org="X", title="CEO", since="2024"),
        fact("ROLE", person="A B", org="X", title="CEO", since="2024"),
    ]
    pairs = scorer.match_facts(gold, pred)
    assert pairs == [(0, 1), (1, 0)]


def test_score_report_counts_dates_and_slots() -> None:
    gold = [
        fact("LEFT", person="Tom Gunter", org="Apple", date="2025-06-30", to_org=None),
        fact("JOINED", person="Tom Gunter", org="Apple", date="2017", from_org=None),
        fact("LEFT", person="R P", org="Apple", date="2025-07", to_org="Meta"),
    ]
    pred = [
        fact("LEFT", person="Tom Gunter", org="Apple Inc.", date="2025-06", to_org=None),
        fact("LEFT", person="R P", org="Apple", date="2025-07", to_org="Meta Platforms"),
        fact("LEFT", person="R P", org="Apple", date="2025-07", to_org="Meta"),
        fact("PART_OF", team="MLX", org="Apple"),
    ]
    score = scorer.score_report(gold, pred)
    assert (score.overall.gold, score.overall.pred, score.overall.correct) == (3, 4, 2)
    assert score.types["LEFT"].correct == 2 and score.types["JOINED"].correct == 0
    assert (score.dates.gold, score.dates.pred, score.dates.correct) == (3, 3, 1)
    assert (score.slots.gold, score.slots.pred, score.slots.correct) == (1, 2, 1)
    assert score.overall.precision == pytest.approx(0.5)
    assert score.overall.recall == pytest.approx(2 / 3)
    assert score.overall.f1 == pytest.approx(4 / 7)


def test_empty_tally_is_zero_not_an_error() -> None:
    assert scorer.Tally().f1 == 0.0


def test_missing_extractor_gives_one_line_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "orgraph.loaders.news", None)
    with pytest.raises(SystemExit) as exc:
        scorer.load_extractor()
    message = str(exc.value)
    assert message.startswith("error: cannot import") and "\n" not in message
