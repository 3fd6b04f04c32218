"""The extraction pipeline: analyse mentions, match rules, infer, validate."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from orgraph.loaders.news.analyze import Analysis, analyze
from orgraph.loaders.news.caps import recase_capitals
from orgraph.loaders.news.gazetteer import Gazetteer, default_gazetteer
from orgraph.loaders.news.infer import infer
from orgraph.loaders.news.models import Evidence, ExtractedFact, NewsDocument, Precision
from orgraph.loaders.news.reader import read_document
from orgraph.loaders.news.relations import Draft, extract_drafts
from orgraph.loaders.news.segment import Sentence, unwrap
from orgraph.loaders.news.spacy_ner import EntityFinder
from orgraph.loaders.news.validate import validate

JSON_FIELDS = (
    "type", "person", "org", "team", "manager", "title", "date", "since", "until", "from_org",
    "to_org", "date_precision", "team_size", "evidence", "confidence", "method",
)  # fmt: skip


def extract_facts(
    doc: NewsDocument, gazetteer: Gazetteer | None = None, entities: EntityFinder | None = None
) -> list[ExtractedFact]:
    """Extract timed, cited facts from a news document.

    Args:
        doc: The document, as returned by :func:`read_document`.
        gazetteer: Companies to recognise; defaults to the shipped list plus any files
            named by ``ORGRAPH_COMPANIES``.
        entities: An optional name model (see :mod:`orgraph.loaders.news.spacy_ner`) whose
            people are added to those the rules find.

    Returns:
        Facts in document order, each citing the sentence it came from.
    """
    gaz = gazetteer or default_gazetteer()
    # Capitals lines are analysed in ordinary case, and line breaks that only wrap a sentence
    # as spaces (both rewrites keep every offset); quotes still come from the original.
    normalised = recase_capitals(unwrap(doc.text), gaz)
    analysis = analyze(doc.model_copy(update={"text": normalised}) if normalised != doc.text else doc, gaz, entities)
    drafts = infer(extract_drafts(analysis), analysis)
    facts = [_to_fact(d, doc.text) for d in drafts]
    facts += _part_of(analysis, facts, doc.text)
    companies = set(gaz.companies) | {m.value for m in analysis.mentions if m.kind == "ORG" and m.value}
    facts = validate(facts, companies)
    return sorted(facts, key=lambda f: (f.evidence.start, _TYPE_ORDER[f.type]))


_TYPE_ORDER = {"LEFT": 0, "JOINED": 1, "ROLE": 2, "LEADS": 3, "REPORTS_TO": 4, "PART_OF": 5}


def extract_json(
    path: Path, published: date | None = None, entities: EntityFinder | None = None
) -> list[dict[str, Any]]:
    """Read a report and return its facts in the stable JSON form.

    Args:
        path: The report file (.txt, .md, .html, .htm).
        published: Publication date, when the file does not state one.
        entities: An optional name model, as for :func:`extract_facts`.

    Returns:
        One dict per fact with keys :data:`JSON_FIELDS`, evidence as
        ``{"quote", "start", "end"}``.
    """
    doc = read_document(Path(path), published)
    return [fact_to_json(f) for f in extract_facts(doc, entities=entities)]


def fact_to_json(fact: ExtractedFact) -> dict[str, Any]:
    """Dump a fact with every key present, in a stable order."""
    data = fact.model_dump(mode="json")
    return {name: data[name] for name in JSON_FIELDS}


def _evidence(sentence: Sentence, text: str | None = None) -> Evidence:
    """Evidence citing a whole sentence, quoted from ``text`` (the original) when given."""
    quote = text[sentence.start : sentence.end] if text is not None else sentence.text
    return Evidence(quote=quote, start=sentence.start, end=sentence.end)


def _to_fact(draft: Draft, text: str) -> ExtractedFact:
    """Turn a draft into a fact; the precision follows whichever date the fact carries."""
    when = draft.date or draft.since or draft.until
    precision = draft.precision if draft.date else _precision_of(when)
    return ExtractedFact(
        type=draft.type, person=draft.person, org=draft.org, team=draft.team,
        manager=draft.manager, title=draft.title, date=draft.date, since=draft.since,
        until=draft.until, from_org=draft.from_org, to_org=draft.to_org,
        date_precision=precision,
        team_size=draft.team_size, evidence=_evidence(draft.sentence, text),
        confidence=round(min(max(draft.confidence, 0.05), 1.0), 2), method=draft.method,
    )  # fmt: skip


def _precision_of(value: str | None) -> Precision | None:
    """Precision implied by an ISO string's length."""
    if not value:
        return None
    by_length: dict[int, Precision] = {4: "year", 7: "month", 10: "day"}
    return by_length.get(len(value))


def _part_of(analysis: Analysis, found: list[ExtractedFact], text: str) -> list[ExtractedFact]:
    """PART_OF(team, company) once per named team, citing its first mention; teams known
    only from facts ("head of software engineering") cite the first such fact."""
    facts: list[ExtractedFact] = []
    seen: set[str] = set()
    for fact in found:
        if fact.team and fact.org and fact.team not in seen and fact.type == "LEADS":
            seen.add(fact.team)
            facts.append(ExtractedFact(type="PART_OF", team=fact.team, org=fact.org,
                                       evidence=fact.evidence, confidence=0.7,
                                       method="team_of_leader"))  # fmt: skip
    for sentence in analysis.sentences:
        for mention in analysis.in_sentence(sentence):
            team = mention.value if mention.kind == "TEAM" else mention.team
            # A unit company ("Google DeepMind") is a team of its parent (the mention's value).
            org = mention.value if mention.kind == "ORG" else mention.org
            if mention.kind == "ROLE" or not team or team in seen or not org:
                continue
            seen.add(team)
            facts.append(ExtractedFact(type="PART_OF", team=team, org=org,
                                       evidence=_evidence(sentence, text), confidence=0.75,
                                       method="team_owner"))  # fmt: skip
    return facts
