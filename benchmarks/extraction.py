"""Score orgraph's news extractor against the hand-written gold set.

Why this exists: the rule-based extractor (``orgraph.loaders.news``) is tuned by reading the
reports in ``tests/extraction/gold/dev``. This script is the independent measuring stick: it runs
the extractor on every report of a split, compares the facts with the report's
``NAME.gold.json`` sibling and prints precision / recall / F1, so a rule change is judged by
numbers rather than by eye. The ``heldout*`` splits use other outlets, people and phrasings;
a large gap between the dev splits and held-out ones means the rules are fitted to the dev wording.

Usage::

    python benchmarks/extraction.py [--split dev|dev2|dev3|dev4|heldout3|heldout4|all] [--json] [--verbose]

The extractor is called as ``extract_json(path: Path) -> list[dict]``; each dict is one fact in
orgraph's stable extract format (``type, person, org, team, manager, title, date, since, until,
from_org, to_org, date_precision``). ``evidence`` and ``confidence`` are ignored here.

Matching rules
--------------
* A predicted fact can only match a gold fact of the same ``type``.
* Its key slots must match after normalisation:

  ==========  =============================================================
  JOINED      person + org
  LEFT        person + org
  LEADS       person + team if the gold fact has a team, else person + org
  REPORTS_TO  person + manager
  ROLE        person + org, and the titles share >= 50% of their content
              words (overlap / size of the larger word set)
  PART_OF     team + org
  ==========  =============================================================

* Matching is one-to-one and greedy: every (gold, predicted) pair whose key slots match is
  ranked by how many of the remaining slots also agree, and pairs are taken best first; each
  fact is used at most once, so a duplicated prediction counts as a false positive.

Normalisation
-------------
* All names: Unicode accents removed, casefolded, apostrophes dropped, ``&`` read as ``and``,
  any other punctuation turned into a space (``O'Connor`` = ``OConnor``, ``post-training`` =
  ``post training``).
* People: a leading honorific (Dr, Mr, Mister, Mrs, Ms, Prof, ...) is dropped; full names must
  then be equal. A surname alone never matches.
* Companies and teams: the words ``the team group unit division department org organisation
  organization vertical`` are dropped, and trailing company suffixes (``Inc Corp Corporation
  Platforms LLC Ltd Limited PLC GmbH Co``) are stripped, so ``Meta Platforms, Inc.`` = ``Meta``.
  Aliases are *not* resolved here ("Facebook" is not "Meta"): that is the extractor's job.
* Teams also match when they are equal after removing a leading company name, so team
  ``Google DeepMind`` of org ``Google`` matches ``DeepMind``.
* Titles: abbreviations are expanded (CEO, CTO, CFO, COO, CIO, CMO, VP, SVP, EVP, GM, MD) and
  the words ``of the and for a an at in on to its`` are ignored.

Dates and slots
---------------
* ``dates``: every non-null ``date`` (JOINED/LEFT) or ``since``/``until`` (LEADS, REPORTS_TO,
  ROLE) value is one item. A predicted item is correct when its fact is matched and the gold
  value is the same string, hence at the same precision (``2024-05`` is not ``2024-05-13``).
  Precision = correct / predicted items, recall = correct / gold items.
* ``slots``: the same for ``from_org`` (JOINED) and ``to_org`` (LEFT), compared as companies.

Exit code 0 after scoring; 2 when the extractor cannot be imported or a gold file is broken.
"""

from __future__ import annotations

import argparse
import functools
import json
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
GOLD_DIR = REPO / "tests" / "extraction" / "gold"
SPLITS = ("dev", "dev2", "dev3", "dev4", "heldout3", "heldout4")
REPORT_SUFFIXES = (".md", ".txt", ".html")
FACT_TYPES = ("JOINED", "LEFT", "LEADS", "REPORTS_TO", "ROLE", "PART_OF")
DATE_FIELDS: dict[str, tuple[str, ...]] = {
    "JOINED": ("date",),
    "LEFT": ("date",),
    "LEADS": ("since", "until"),
    "REPORTS_TO": ("since", "until"),
    "ROLE": ("since", "until"),
    "PART_OF": (),
}
SLOT_FIELDS: dict[str, tuple[str, ...]] = {"JOINED": ("from_org",), "LEFT": ("to_org",)}

FILLER_WORDS = frozenset(
    {"the", "team", "group", "unit", "division", "department"}
    | {"org", "organisation", "organization", "vertical"}
)
COMPANY_SUFFIXES = frozenset(
    {"inc", "corp", "corporation", "platforms", "llc", "ltd", "limited", "plc", "gmbh", "co"}
)
HONORIFICS = frozenset(
    {"dr", "mr", "mrs", "ms", "mx", "mister", "miss", "madam", "prof", "professor", "sir", "dame"}
)
TITLE_STOPWORDS = frozenset({"of", "the", "and", "for", "a", "an", "at", "in", "on", "to", "its"})
TITLE_ABBREVIATIONS = {
    "ceo": "chief executive officer",
    "cto": "chief technology officer",
    "cfo": "chief financial officer",
    "coo": "chief operating officer",
    "cio": "chief information officer",
    "cmo": "chief marketing officer",
    "vp": "vice president",
    "svp": "senior vice president",
    "evp": "executive vice president",
    "gm": "general manager",
    "md": "managing director",
}
TITLE_OVERLAP = 0.5

Fact = Mapping[str, Any]
Extractor = Callable[[Path], list[dict[str, Any]]]


# --------------------------------------------------------------------------- normalisation


def fold(text: object) -> str:
    """Accent-free, casefolded words separated by single spaces; '' for None."""
    if text is None:
        return ""
    decomposed = unicodedata.normalize("NFKD", str(text))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    plain = re.sub(r"['\u2018\u2019`]", "", plain).replace("&", " and ")
    return " ".join(re.sub(r"[^\w]+|_", " ", plain).split())


def norm_person(name: object) -> str:
    """A person's full name without honorifics, so 'Dr. Amara Nwosu' = 'Amara Nwosu'."""
    words = fold(name).split()
    while words and words[0] in HONORIFICS:
        words = words[1:]
    return " ".join(words)


def norm_org(name: object) -> str:
    """A company or team name without filler words and trailing legal suffixes."""
    words = [w for w in fold(name).split() if w not in FILLER_WORDS]
    while len(words) > 1 and words[-1] in COMPANY_SUFFIXES:
        words.pop()
    return " ".join(words)


norm_team = norm_org


def teams_match(gold_team: object, pred_team: object, org: object = None) -> bool:
    """Equal team names, also after dropping a leading company name ('Google DeepMind')."""
    gold, pred = norm_team(gold_team), norm_team(pred_team)
    if not gold or not pred:
        return False
    if gold == pred:
        return True
    prefix = norm_org(org)
    if not prefix:
        return False
    return _drop_prefix(gold, prefix) == _drop_prefix(pred, prefix)


def _drop_prefix(name: str, prefix: str) -> str:
    """``name`` without a leading ``prefix`` word sequence, unless nothing would remain."""
    if name.startswith(prefix + " "):
        return name[len(prefix) + 1 :]
    return name


def title_words(title: object) -> frozenset[str]:
    """Content words of a job title, with common abbreviations spelled out."""
    words: list[str] = []
    for word in fold(title).split():
        words.extend(TITLE_ABBREVIATIONS.get(word, word).split())
    return frozenset(w for w in words if w not in TITLE_STOPWORDS)


def title_overlap(a: object, b: object) -> float:
    """Shared content words over the size of the larger set (0.0 when either is empty)."""
    wa, wb = title_words(a), title_words(b)
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / max(len(wa), len(wb))


def titles_match(a: object, b: object) -> bool:
    """Whether two titles share at least half of their content words."""
    return title_overlap(a, b) >= TITLE_OVERLAP


# --------------------------------------------------------------------------- matching


def same_person(a: object, b: object) -> bool:
    """Both names present and equal after normalisation."""
    na, nb = norm_person(a), norm_person(b)
    return bool(na) and na == nb


def same_org(a: object, b: object) -> bool:
    """Both company names present and equal after normalisation."""
    na, nb = norm_org(a), norm_org(b)
    return bool(na) and na == nb


def keys_match(gold: Fact, pred: Fact) -> bool:
    """Whether ``pred`` names the same fact as ``gold`` (see the module docstring)."""
    kind = gold.get("type")
    if pred.get("type") != kind:
        return False
    if kind == "PART_OF":
        return same_org(gold.get("org"), pred.get("org")) and teams_match(
            gold.get("team"), pred.get("team"), gold.get("org")
        )
    if not same_person(gold.get("person"), pred.get("person")):
        return False
    if kind == "REPORTS_TO":
        return same_person(gold.get("manager"), pred.get("manager"))
    if kind == "LEADS" and gold.get("team"):
        return teams_match(gold.get("team"), pred.get("team"), gold.get("org"))
    if not same_org(gold.get("org"), pred.get("org")):
        return False
    return kind != "ROLE" or titles_match(gold.get("title"), pred.get("title"))


def agreement(gold: Fact, pred: Fact) -> float:
    """How many non-key slots agree; ranks candidate pairs so the best one is taken first."""
    kind = str(gold.get("type"))
    score = title_overlap(gold.get("title"), pred.get("title"))
    for name in DATE_FIELDS.get(kind, ()):
        score += gold.get(name) is not None and gold.get(name) == pred.get(name)
    for name in SLOT_FIELDS.get(kind, ()):
        score += same_org(gold.get(name), pred.get(name))
    score += same_org(gold.get("org"), pred.get("org")) + teams_match(
        gold.get("team"), pred.get("team"), gold.get("org")
    )
    return float(score)


def match_facts(gold: Sequence[Fact], pred: Sequence[Fact]) -> list[tuple[int, int]]:
    """One-to-one greedy matching; returns (gold index, predicted index) pairs."""
    candidates = [
        (-agreement(g, p), gi, pi)
        for gi, g in enumerate(gold)
        for pi, p in enumerate(pred)
        if keys_match(g, p)
    ]
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, gi, pi in sorted(candidates):
        if gi not in used_gold and pi not in used_pred:
            used_gold.add(gi)
            used_pred.add(pi)
            pairs.append((gi, pi))
    return sorted(pairs)


# --------------------------------------------------------------------------- tallies


@dataclass
class Tally:
    """Counts behind one precision / recall / F1 line."""

    gold: int = 0
    pred: int = 0
    correct: int = 0

    def add(self, other: Tally) -> None:
        self.gold += other.gold
        self.pred += other.pred
        self.correct += other.correct

    @property
    def precision(self) -> float:
        return self.correct / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "gold": self.gold,
            "pred": self.pred,
            "correct": self.correct,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass
class Score:
    """Tallies per fact type plus the overall, dates and slots lines."""

    types: dict[str, Tally] = field(default_factory=lambda: {t: Tally() for t in FACT_TYPES})
    overall: Tally = field(default_factory=Tally)
    dates: Tally = field(default_factory=Tally)
    slots: Tally = field(default_factory=Tally)
    notes: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for kind, tally in other.types.items():
            self.types.setdefault(kind, Tally()).add(tally)
        self.overall.add(other.overall)
        self.dates.add(other.dates)
        self.slots.add(other.slots)
        self.notes.extend(other.notes)

    def as_dict(self) -> dict[str, Any]:
        return {
            "types": {k: v.as_dict() for k, v in self.types.items()},
            "overall": self.overall.as_dict(),
            "dates": self.dates.as_dict(),
            "slots": self.slots.as_dict(),
        }


def _values(facts: Iterable[Fact], fields: Mapping[str, tuple[str, ...]]) -> int:
    """Number of non-null values in the given per-type fields."""
    return sum(
        f.get(name) is not None for f in facts for name in fields.get(str(f.get("type")), ())
    )


def _tally_fields(
    gold: Sequence[Fact],
    pred: Sequence[Fact],
    pairs: Sequence[tuple[int, int]],
    fields: Mapping[str, tuple[str, ...]],
    equal: Callable[[object, object], bool],
) -> Tally:
    """Score the dates or slots of matched facts; unmatched facts' values count as misses."""
    correct = 0
    for gi, pi in pairs:
        for name in fields.get(str(gold[gi].get("type")), ()):
            value = gold[gi].get(name)
            correct += value is not None and equal(value, pred[pi].get(name))
    return Tally(gold=_values(gold, fields), pred=_values(pred, fields), correct=correct)


def score_report(gold: Sequence[Fact], pred: Sequence[Fact]) -> Score:
    """Compare one report's predicted facts with its gold facts."""
    pairs = match_facts(gold, pred)
    score = Score()
    for kind in FACT_TYPES:
        score.types[kind] = Tally(
            gold=sum(g.get("type") == kind for g in gold),
            pred=sum(p.get("type") == kind for p in pred),
            correct=sum(gold[gi].get("type") == kind for gi, _ in pairs),
        )
    score.overall = Tally(gold=len(gold), pred=len(pred), correct=len(pairs))
    score.dates = _tally_fields(gold, pred, pairs, DATE_FIELDS, lambda a, b: a == b)
    score.slots = _tally_fields(gold, pred, pairs, SLOT_FIELDS, same_org)
    score.notes = _differences(gold, pred, pairs)
    return score


def _differences(
    gold: Sequence[Fact], pred: Sequence[Fact], pairs: Sequence[tuple[int, int]]
) -> list[str]:
    """Human-readable misses, spurious facts and wrong dates for ``--verbose``."""
    matched_gold = {gi for gi, _ in pairs}
    matched_pred = {pi for _, pi in pairs}
    notes = [f"  missed   {describe(g)}" for i, g in enumerate(gold) if i not in matched_gold]
    notes += [f"  spurious {describe(p)}" for i, p in enumerate(pred) if i not in matched_pred]
    for gi, pi in pairs:
        for name in DATE_FIELDS.get(str(gold[gi].get("type")), ()):
            want, got = gold[gi].get(name), pred[pi].get(name)
            if want != got:
                notes.append(f"  {name:<8} {describe(gold[gi])}: gold {want}, got {got}")
    return notes


def describe(fact: Fact) -> str:
    """One-line summary of a fact: its type and non-null slots."""
    slots = " ".join(
        f"{k}={v}"
        for k, v in fact.items()
        if k not in ("type", "evidence", "confidence", "date_precision") and v is not None
    )
    return f"{fact.get('type')} {slots}"


# --------------------------------------------------------------------------- files and CLI


def find_reports(split: str, gold_dir: Path = GOLD_DIR) -> list[Path]:
    """Report files of a split (one of SPLITS, or 'all'), sorted by path."""
    splits = SPLITS if split == "all" else (split,)
    return sorted(
        path
        for name in splits
        for path in (gold_dir / name).glob("*")
        if path.suffix in REPORT_SUFFIXES and not path.name.endswith(".gold.json")
    )


def gold_path(report: Path) -> Path:
    """The ``NAME.gold.json`` sibling of ``NAME.md|.txt|.html``."""
    return report.with_name(report.stem + ".gold.json")


def load_gold(path: Path) -> list[dict[str, Any]]:
    """A gold file's facts; raises ValueError when it is not a JSON list of objects."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, list) or not all(isinstance(f, dict) for f in data):
        raise ValueError(f"{path}: expected a JSON list of fact objects")
    return data


def load_extractor(spacy_model: str | None = None) -> Extractor:
    """``orgraph.loaders.news.extract_json`` (with a spaCy model's names when one is named),
    or exit 2 with a one-line reason."""
    try:
        from orgraph.loaders.news import extract_json  # type: ignore[import-not-found]
    except ImportError as exc:
        raise SystemExit(
            f"error: cannot import orgraph.loaders.news.extract_json ({exc}); "
            "the news extractor is not installed yet"
        ) from exc
    if spacy_model is None:
        return extract_json  # type: ignore[no-any-return]
    from orgraph.errors import OrgraphError
    from orgraph.loaders.news.spacy_ner import SpacyEntities

    try:
        entities = SpacyEntities.load(spacy_model)
    except OrgraphError as exc:
        raise SystemExit(f"error: {exc}") from exc
    return functools.partial(extract_json, entities=entities)


def run_extractor(extract: Extractor, report: Path) -> tuple[list[dict[str, Any]], str | None]:
    """Predicted facts for one report; an extractor crash yields no facts and an error note."""
    try:
        facts = extract(report)
    except Exception as exc:  # the benchmark must finish even if one report breaks the rules
        return [], f"{type(exc).__name__}: {exc}"
    return [f if isinstance(f, dict) else {"type": None, "raw": f} for f in facts], None


def evaluate(extract: Extractor, reports: Sequence[Path]) -> tuple[Score, list[str]]:
    """Total score over ``reports`` and the per-report notes (errors first)."""
    total = Score()
    lines: list[str] = []
    for report in reports:
        pred, error = run_extractor(extract, report)
        score = score_report(load_gold(gold_path(report)), pred)
        total.add(score)
        header = f"{report.parent.name}/{report.name}: F1 {score.overall.f1:.3f}"
        lines.append(header + (f"  EXTRACTOR ERROR {error}" if error else ""))
        lines.extend(score.notes)
    return total, lines


def format_table(score: Score) -> str:
    """The precision / recall / F1 table, one line per type then overall, dates, slots."""
    rows = [f"{'':<12}{'gold':>6}{'pred':>6}{'tp':>6}{'prec':>8}{'rec':>8}{'f1':>8}"]
    named = [*score.types.items(), ("overall", score.overall)]
    named += [("dates", score.dates), ("slots", score.slots)]
    for name, t in named:
        rows.append(
            f"{name:<12}{t.gold:>6}{t.pred:>6}{t.correct:>6}"
            f"{t.precision:>8.3f}{t.recall:>8.3f}{t.f1:>8.3f}"
        )
    return "\n".join(rows)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Score the news extractor on the gold set.")
    parser.add_argument("--split", choices=(*SPLITS, "all"), default="dev")
    parser.add_argument("--json", action="store_true", help="print one JSON line at the end")
    parser.add_argument("--verbose", action="store_true", help="list misses per report")
    parser.add_argument("--spacy-model", help="add this installed spaCy model's names to the rules'")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        extract = load_extractor(args.spacy_model)
    except SystemExit as exc:
        print(exc, file=sys.stderr)
        return 2
    reports = find_reports(args.split)
    try:
        score, lines = evaluate(extract, reports)
    except (OSError, ValueError) as exc:
        print(f"error: bad gold file: {exc}", file=sys.stderr)
        return 2
    errors = [line for line in lines if "EXTRACTOR ERROR" in line]
    if args.verbose:
        print("\n".join(lines) + "\n")
    else:
        for line in errors:
            print(line, file=sys.stderr)
    print(f"split={args.split} reports={len(reports)} extractor_errors={len(errors)}")
    print(format_table(score))
    if args.json:
        result = {"split": args.split, "reports": len(reports), "extractor_errors": len(errors)}
        result["spacy_model"] = args.spacy_model
        print(json.dumps(result | score.as_dict(), sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
