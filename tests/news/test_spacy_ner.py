"""The optional spaCy path: a real spaCy pipeline's people widen what the rules read.

The pipelines here are real spaCy pipelines built in the test (a blank English pipeline
with an ``entity_ruler``, so nothing is downloaded); a statistical model such as
``en_core_web_sm`` is loaded by the same code. Its measured effect on the gold set is in
the news-loader notes (``benchmarks/extraction.py --spacy-model``).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from typer.testing import CliRunner

from orgraph.cli import app
from orgraph.errors import OrgraphError
from orgraph.loaders.news import NewsDocument, extract_facts
from orgraph.loaders.news.spacy_ner import SpacyEntities, spacy_extractor

from .helpers_news import PUBLISHED, find

# "RJ" is no first name the rules know, so they find nobody here without a model.
REPORT = (
    "Rivian has hired RJ Abernathy as chief financial officer, the company said on Monday. "
    "Abernathy previously spent six years at Ford."
)


def _pipeline(*patterns: tuple[str, str]) -> spacy.language.Language:
    """A real spaCy pipeline whose recogniser knows exactly ``patterns`` (label, text)."""
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": label, "pattern": text} for label, text in patterns])  # type: ignore[attr-defined]
    return nlp


def _doc(text: str) -> NewsDocument:
    return NewsDocument(path=Path("memory.txt"), published=PUBLISHED, text=text, kind="text")


def test_rules_alone_miss_an_initials_name() -> None:
    assert extract_facts(_doc(REPORT)) == []


def test_model_people_are_read_by_the_same_rules() -> None:
    entities = SpacyEntities(_pipeline(("PERSON", "RJ Abernathy")))
    facts = extract_facts(_doc(REPORT), entities=entities)
    assert find(facts, "JOINED", person="RJ Abernathy", org="Rivian")
    assert find(facts, "ROLE", person="RJ Abernathy", org="Rivian", title="chief financial officer")
    # "Abernathy" alone in the next sentence is the same person, as for names the rules find.
    assert find(facts, "LEFT", person="RJ Abernathy", org="Ford")
    assert {f.person for f in facts} == {"RJ Abernathy"}


def test_model_names_never_override_companies_or_rule_names() -> None:
    # A model that calls a company or a one-word name a person changes nothing.
    entities = SpacyEntities(_pipeline(("PERSON", "Rivian"), ("PERSON", "Abernathy"), ("ORG", "RJ Abernathy")))
    assert extract_facts(_doc(REPORT), entities=entities) == []
    text = "Meta hired Jane Doe from Google last month."
    assert extract_facts(_doc(text), entities=SpacyEntities(_pipeline(("PERSON", "Jane Doe from Google")))) == (
        extract_facts(_doc(text))
    )


def test_a_saved_model_folder_loads_by_path(tmp_path: Path) -> None:
    _pipeline(("PERSON", "RJ Abernathy")).to_disk(tmp_path / "model")
    facts = spacy_extractor(str(tmp_path / "model"))(_doc(REPORT))
    assert find(facts, "JOINED", person="RJ Abernathy", org="Rivian")


def test_missing_model_and_missing_recogniser_are_one_line_errors() -> None:
    with pytest.raises(OrgraphError, match=r"^spaCy model 'no_such_model_xyz' is not installed \(python -m spacy"):
        SpacyEntities.load("no_such_model_xyz")
    with pytest.raises(OrgraphError, match="has no 'ner' or 'entity_ruler' component"):
        SpacyEntities(spacy.blank("en"))


def test_a_folder_that_is_no_pipeline_is_named_with_spacys_reason(tmp_path: Path) -> None:
    with pytest.raises(OrgraphError, match=r": not a usable spaCy pipeline folder \(\[E053\] Could not read meta.json"):
        SpacyEntities.load(str(tmp_path))
    (tmp_path / "meta.json").write_text('{"lang": "en", "name": "broken", "version": "0.0.0"}', encoding="utf-8")
    (tmp_path / "config.cfg").write_text('[nlp]\nlang = "en"\npipeline = ["nothing"]\n', encoding="utf-8")
    with pytest.raises(OrgraphError, match=r": not a usable spaCy pipeline folder \("):
        SpacyEntities.load(str(tmp_path))


runner = CliRunner()


def test_cli_extract_and_load_take_a_spacy_model(tmp_path: Path) -> None:
    _pipeline(("PERSON", "RJ Abernathy")).to_disk(tmp_path / "model")
    report = tmp_path / "rivian.txt"
    report.write_text(REPORT, encoding="utf-8")
    model = ["--spacy-model", str(tmp_path / "model")]
    result = runner.invoke(app, ["extract", str(report), "--published", "2025-07-08", *model])
    assert result.exit_code == 0, result.output
    assert {f["person"] for f in json.loads(result.output)} == {"RJ Abernathy"}
    store = ["--store", str(tmp_path / "store")]
    loaded = runner.invoke(app, ["load", str(report), "--published", "2025-07-08", *model, *store])
    assert loaded.exit_code == 0, loaded.output
    answer = runner.invoke(app, ["reports-to", "RJ Abernathy", "--format", "json", *store])
    assert answer.exit_code == 0, answer.output


def test_cli_names_a_missing_model_and_refuses_llm_with_spacy(tmp_path: Path) -> None:
    report = tmp_path / "rivian.txt"
    report.write_text(REPORT, encoding="utf-8")
    base = ["extract", str(report), "--published", "2025-07-08"]
    missing = runner.invoke(app, [*base, "--spacy-model", "no_such_model_xyz"])
    assert missing.exit_code == 2
    assert missing.output.strip().splitlines() == [
        "error: spaCy model 'no_such_model_xyz' is not installed (python -m spacy download no_such_model_xyz)"
    ]
    both = runner.invoke(app, [*base, "--spacy-model", "x", "--llm"])
    assert both.exit_code == 2
    assert "cannot be combined" in both.output
