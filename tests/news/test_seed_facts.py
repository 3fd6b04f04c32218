"""The seed story's facts, from our own paraphrase of it, and from the real seeds."""

from __future__ import annotations

from pathlib import Path

import pytest

from orgraph.loaders.news import extract_facts, extract_json, read_document

from .helpers_news import FIXTURES, PUBLISHED, find

SEEDS = Path("/work/shared/seeds")


@pytest.fixture(scope="module")
def facts():  # type: ignore[no-untyped-def]
    doc = read_document(FIXTURES / "news_apple_ai_exits.txt")
    assert doc.published == PUBLISHED
    return extract_facts(doc)


def test_pang_left_apple_for_meta(facts) -> None:  # type: ignore[no-untyped-def]
    left = find(facts, "LEFT", person="Ruoming Pang", org="Apple")
    assert left and left[0].to_org == "Meta"
    assert (left[0].date, left[0].date_precision) == ("2025-07", "month")
    joined = find(facts, "JOINED", person="Ruoming Pang", org="Meta")
    assert joined and joined[0].from_org == "Apple"


def test_pang_joined_apple_from_google(facts) -> None:  # type: ignore[no-untyped-def]
    joined = find(facts, "JOINED", person="Ruoming Pang", org="Apple")
    assert len(joined) == 1
    assert (joined[0].from_org, joined[0].date, joined[0].date_precision) == ("Google", "2021", "year")


def test_afm_leadership_changes_hands(facts) -> None:  # type: ignore[no-untyped-def]
    pang = find(facts, "LEADS", person="Ruoming Pang", team="AFM")
    assert pang and pang[0].team_size == 100 and pang[0].until == "2025-07"
    chen = find(facts, "LEADS", person="Zhifeng Chen", team="AFM", org="Apple")
    # "will now be run by" names no start date: none is invented from the publication.
    assert chen and chen[0].since is None


def test_gunter_left_after_eight_years(facts) -> None:  # type: ignore[no-untyped-def]
    left = find(facts, "LEFT", person="Tom Gunter", org="Apple")
    assert left and (left[0].date, left[0].date_precision) == ("2025-06-30", "day")
    joined = find(facts, "JOINED", person="Tom Gunter", org="Apple")
    assert joined and (joined[0].date, joined[0].date_precision) == ("2017", "year")
    assert joined[0].confidence < left[0].confidence


def test_teams_belong_to_companies(facts) -> None:  # type: ignore[no-untyped-def]
    assert find(facts, "PART_OF", team="AFM", org="Apple")
    assert find(facts, "PART_OF", team="MLX", org="Apple")
    assert find(facts, "PART_OF", team="superintelligence", org="Meta")


def test_federighi_and_rockwell(facts) -> None:  # type: ignore[no-untyped-def]
    # "head of X" names a team its holder runs: a LEADS, not a ROLE.
    assert not find(facts, "ROLE", person="Craig Federighi")
    assert find(facts, "LEADS", person="Craig Federighi", team="software engineering")
    assert find(facts, "LEADS", person="Mike Rockwell", team="Siri engineering", org="Apple")


def test_hedged_departures_are_not_facts(facts) -> None:  # type: ignore[no-untyped-def]
    people = {f.person for f in facts if f.person}
    assert people <= {"Ruoming Pang", "Tom Gunter", "Zhifeng Chen", "Craig Federighi", "Mike Rockwell"}


def test_evidence_quotes_the_text(facts) -> None:  # type: ignore[no-untyped-def]
    text = read_document(FIXTURES / "news_apple_ai_exits.txt").text
    for fact in facts:
        assert text[fact.evidence.start : fact.evidence.end] == fact.evidence.quote
        assert 0 <= fact.confidence <= 1 and fact.method


@pytest.mark.skipif(not SEEDS.is_dir(), reason="seed reports not present")
def test_real_seed_report() -> None:
    path = SEEDS / "004_ca89a572a543254b.txt"
    if not path.exists():
        pytest.skip("seed report missing")
    facts = extract_json(path, PUBLISHED)
    for fact in facts:
        print({k: v for k, v in fact.items() if v is not None and k != "evidence"})
    got = {(f["type"], f["person"], f["org"], f["team"], f["date"] or f["since"]) for f in facts}
    assert ("LEFT", "Ruoming Pang", "Apple", None, "2025-07") in got
    assert ("JOINED", "Ruoming Pang", "Apple", None, "2021") in got
    assert ("LEADS", "Zhifeng Chen", "Apple", "AFM", None) in got
    assert ("LEFT", "Tom Gunter", "Apple", None, "2025-06-30") in got
    assert ("JOINED", "Tom Gunter", "Apple", None, "2017") in got
    assert ("LEADS", "Mike Rockwell", "Apple", "Siri engineering", None) in got
