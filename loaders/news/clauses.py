"""Sentences rendered with placeholders and cut into clauses.

A sentence such as "Pang, who joined Apple from Alphabet Inc. in 2021, is the latest hire"
renders as "⟨P0⟩, who joined ⟨O1⟩ from ⟨O2⟩ in ⟨D3⟩, is the latest hire" and is cut into
the main clause "⟨P0⟩ is the latest hire" and the relative clause "⟨P0⟩ joined ⟨O1⟩ from
⟨O2⟩ in ⟨D3⟩". Rules then match clause text; placeholder numbers index the sentence's
mentions, so every match maps back to names and offsets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from orgraph.loaders.news.mentions import Mention
from orgraph.loaders.news.segment import Sentence

_CODES = {"PER": "P", "ORG": "O", "TEAM": "T", "ROLE": "R", "DATE": "D", "DUR": "U"}
PLACEHOLDER = re.compile(r"⟨([POTRDU])(\d+)⟩")
_P = r"⟨P\d+⟩"
_RELATIVE = re.compile(rf"({_P})\s*,\s*who\s+((?:(?!\s*[,;]).)+?)(?:\s*,\s*|\s*;|\s*[.!?]?$)")
_APPOS_START = (
    r"(?:one\s+of|a|an|the|former|formerly|previously|currently|now|then|ex-|⟨[ORT]\d+⟩|"
    r"[A-Z][\w-]*'s|(?!(?:and|or|but)\b)[a-z]+\s+⟨[ORT])"
)
_CLAUSE_VERB = (
    r"is|was|has|had|will|would|are|were|joined|joins|left|leaves|leads|led|runs|ran|heads|"
    r"reports|reported|also|now|recently|reportedly"
)
# An appositive ends at a comma, before a verb, or before "who" ("Haddad, a researcher
# who joined ..."), which then opens a relative clause about the same person.
_APPOSITIVE = re.compile(
    rf"({_P})\s*,\s*((?!(?:and|or|but)\b){_APPOS_START}(?:(?![,;]).)*?)(?:\s*,\s*|(?=\s+(?:who\s+)?(?:{_CLAUSE_VERB})\b))"
)
_RELATION_APPOSITIVE = re.compile(
    rf"(?:^|(?<=[:;]\s)){_P}'s?\s+(?:(?:former|new|longtime|direct)\s+)?"
    r"(?:predecessor|successor|deputy|boss|manager|colleague|lieutenant|replacement|counterpart)"
    rf"(?:\s+as\s+⟨R\d+⟩)?\s*,\s*({_P})\s*,\s*(?=(?:{_CLAUSE_VERB}|quit|resigned|retired|departed|stepped)\b)"
)
_BARE_RELATIVE = re.compile(rf"({_P})\s+who\s+((?:(?!\s*[,;]).)+?)(?:\s*,\s*|\s*;|\s*[.!?]?$)")
_AND_VERB = re.compile(
    r"\s*,?\s+(?:and|but)\s+(?=(?:now|also|later|then|currently|has|had|is|was|will|since)?\s*"
    r"[a-z]+(?:s|ed)?\b)"
)


@dataclass
class Clause:
    """A clause of a sentence in placeholder form.

    Attributes:
        text: The clause with mentions replaced by placeholders.
        subject: Placeholder of the person the clause is about, when it was cut off from a
            relative clause or a coordinated verb ("..., who joined X").
        appositive: Text of an appositive describing the subject ("Apple's head of X").
    """

    text: str
    subject: str | None = None
    appositive: str | None = None


def render(text: str, sentence: Sentence, mentions: list[Mention]) -> str:
    """Replace each mention inside ``sentence`` by a placeholder numbered by position."""
    out = []
    pos = sentence.start
    for index, mention in enumerate(mentions):
        out.append(text[pos : mention.start])
        out.append(f"⟨{_CODES[mention.kind]}{index}⟩")
        pos = mention.end
    out.append(text[pos : sentence.end])
    rendered = "".join(out).replace("\u2019", "'").replace("\u2018", "'")
    rendered = _HONORIFICS.sub("", rendered)
    return re.sub(r"[\u201c\u201d]", '"', " ".join(rendered.split()))


# Honorifics left before a name ("the CEO, Prof. Dr. Ulrike Brandt") say nothing the rules use.
_HONORIFICS = re.compile(r"\b(?:(?:Prof|Dr|Mr|Mrs|Ms|Mx|Sir|Dame)\.?\s+)+(?=⟨P\d+⟩)")


def clauses(rendered: str) -> list[Clause]:
    """Cut a rendered sentence into its main clause, relative clauses and coordinations."""
    found: list[Clause] = []
    # An age between commas ("Brandt, 41, was poached") is not part of the clause.
    rendered = re.sub(rf"({_P})\s*,\s*\d{{2}}\s*,", r"\1", rendered)
    # A short parenthesis after a name ("Jo Park (ex-Uber) joins Lyft", "Park (41)") is an
    # aside; the sentence-level rules still read it from the full sentence.
    rendered = re.sub(rf"({_P})\s*\((?:[^()⟨]|⟨[OD]\d+⟩){{1,40}}\)", r"\1", rendered)
    # The comma closing an appositive before the name ("its CFO, Jo Park, will leave").
    # Any lower-case word after the closing comma is the clause's verb ("..., Jo Park, exited").
    closing = (
        rf"((?:\b(?i:its|the|their|our|his|her)|⟨O\d+⟩'s?)\s+(?:(?:new|former|longtime|current|outgoing|interim|"
        rf"acting|previous|departing|incoming|erstwhile|founding)\s+)?"
        rf"(?:⟨R\d+⟩|head|leader|chief|boss|deputy|successor|predecessor|replacement)\s*,\s*{_P})"
        rf"\s*,\s*(?=[a-z])"
    )
    rendered = re.sub(closing, r"\1 ", rendered)
    # A descriptive opener before the names: "Two researchers from her team, A and B, have
    # followed her to X" is about A and B.
    rendered = re.sub(
        rf"^(?:[A-Z][\w'-]*)(?:\s+(?![A-Z])[\w'-]+){{1,8}}\s*,\s*({_P}(?:(?:\s*,\s*|\s*,?\s+and\s+){_P})*)\s*,\s*"
        rf"(?=(?:{_CLAUSE_VERB}|have)\b)",
        r"\1 ",
        rendered,
    )
    # "Kumar's predecessor as CTO, Jo Park, had quit ...": the named person is the subject.
    rendered = _RELATION_APPOSITIVE.sub(r"\1 ", rendered)
    main = rendered
    for match in list(_RELATIVE.finditer(rendered)):
        found.append(Clause(f"{match.group(1)} {match.group(2)}", subject=match.group(1)))
        main = main.replace(match.group(0), f"{match.group(1)} ", 1)
    appositives: dict[str, str] = {}
    for match in list(_APPOSITIVE.finditer(main)):
        appositives.setdefault(match.group(1), match.group(2))
        main = main.replace(match.group(0), f"{match.group(1)} ", 1)
    main = " ".join(main.split())
    for match in list(_BARE_RELATIVE.finditer(main)):
        found.append(Clause(f"{match.group(1)} {match.group(2)}", subject=match.group(1)))
        main = main.replace(match.group(0), f"{match.group(1)} ", 1)
    main = " ".join(main.split())
    found.insert(0, Clause(main))
    result: list[Clause] = []
    for clause in found:
        result.extend(_coordinations(clause))
    for clause in result:
        subject = clause.subject or _first_person(clause.text)
        if subject in appositives:
            clause.appositive = appositives[subject]
    return result


def _coordinations(clause: Clause) -> list[Clause]:
    """Split "X did A and now does B" so B gets X as its subject too."""
    parts = _AND_VERB.split(clause.text)
    subject = clause.subject or _first_person(parts[0])
    out = [Clause(parts[0], clause.subject)]
    for part in parts[1:]:
        if subject and not part.startswith("⟨P"):
            out.append(Clause(f"{subject} {part}", subject=subject))
        else:
            out.append(Clause(part))
    return out


def _first_person(text: str) -> str | None:
    """The first person placeholder in a clause, if it opens the clause's subject."""
    match = re.search(_P, text)
    return match.group(0) if match else None


def index_of(placeholder: str) -> int:
    """Mention index encoded in a placeholder such as "⟨P3⟩"."""
    match = PLACEHOLDER.fullmatch(placeholder)
    if not match:
        raise ValueError(f"not a placeholder: {placeholder!r}")
    return int(match.group(2))


def placeholders(text: str, code: str) -> list[str]:
    """All placeholders of one kind ("P", "O", ...) in a clause, in order."""
    return [m.group(0) for m in PLACEHOLDER.finditer(text) if m.group(1) == code]
