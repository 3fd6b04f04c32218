"""Optional statistical name finding with a spaCy pipeline the user has installed.

The rule-based finders recognise people by the shape of a name (a known first name, a
title or verb next to it). A spaCy pipeline with an ``ner`` component also knows names by
context: initials, first names the list lacks. Its ``PERSON`` entities only *add mentions*
where the rules found none (two to four capitalised words, overlapping no company, date,
title or team); the same relation rules, dates, coreference and validation then run
unchanged, so a model can widen what is read but never state a fact the rules would not.

Its ``ORG`` entities are not used: with ``en_core_web_sm`` they made companies of surnames,
products and team names ("Brandt", "Alexa") and took dev2 F1 from 0.85 to 0.69 (measured with
``benchmarks/extraction.py --spacy-model``); companies come from the gazetteer and slots.

Nothing is downloaded: ``spacy.load`` reads a model the user installed (``pip install
'orgraph[spacy]'`` and ``python -m spacy download en_core_web_sm``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from orgraph.errors import OrgraphError, first_line
from orgraph.loaders.news.mentions import Mention
from orgraph.loaders.news.models import ExtractedFact, NewsDocument
from orgraph.loaders.news.names import PARTICLES, UPPER

if TYPE_CHECKING:
    from spacy.language import Language

#: The spaCy entity label read (see the module docstring for why companies are not).
PERSON = "PERSON"
# A person's name as a model may find it: 2-4 capitalised words, any of them initials or
# all-capital ("RJ", "J.P."), with particles ("de", "van") between them.
_WORD = rf"[{UPPER}][\w.'\u2019-]*"
_NAME = re.compile(rf"{_WORD}(?:[ \t]+(?:{PARTICLES}[ \t]+)?{_WORD}){{1,3}}")


class EntityFinder(Protocol):
    """Anything that names people in a text, with character offsets."""

    def find(self, text: str) -> list[Mention]:
        """Return PER mentions of ``text``; ``value`` is the name as written."""
        ...


class SpacyEntities:
    """People found by a spaCy pipeline's named-entity recogniser."""

    def __init__(self, nlp: Language) -> None:
        """Wrap a loaded pipeline.

        Raises:
            OrgraphError: the pipeline has no entity recogniser (``ner`` or ``entity_ruler``).
        """
        if not any(name in nlp.pipe_names for name in ("ner", "entity_ruler")):
            raise OrgraphError(f"spaCy pipeline {nlp.meta.get('name', '?')!r} has no 'ner' or 'entity_ruler' component")
        self.nlp = nlp

    @classmethod
    def load(cls, model: str) -> SpacyEntities:
        """Load an installed spaCy model by package name or folder.

        Raises:
            OrgraphError: spaCy is not installed, or the model is not (one line, saying how to fix it).
        """
        try:
            import spacy
        except ImportError as err:
            raise OrgraphError("--spacy-model needs spaCy: pip install 'orgraph[spacy]'") from err
        try:
            # Only the recogniser is needed; the parser and lemmatiser would cost time for nothing.
            nlp = spacy.load(model, exclude=["parser", "lemmatizer"])
        except (OSError, ValueError) as err:
            # A folder gets spaCy's own reason (no meta.json, a broken config); "spacy download"
            # only helps for a package name.
            if Path(model).exists():
                raise OrgraphError(f"{model}: not a usable spaCy pipeline folder ({first_line(err)})") from err
            raise OrgraphError(f"spaCy model {model!r} is not installed (python -m spacy download {model})") from err
        return cls(nlp)

    def find(self, text: str) -> list[Mention]:
        """PER mentions of ``text`` shaped like a full name, offsets into it, values as written."""
        return [
            Mention("PER", ent.start_char, ent.end_char, ent.text)
            for ent in self.nlp(text).ents
            if ent.label_ == PERSON and _NAME.fullmatch(ent.text)
        ]


def model_people(masked: str, found: list[Mention], people: list[Mention]) -> list[Mention]:
    """People a model found that the rules did not.

    Args:
        masked: Document text with companies, dates, titles and teams masked by "#".
        found: The model's mentions.
        people: Full names the rules found.

    Returns:
        PER mentions for model names that lie wholly in unmasked text and overlap no rule name.
    """
    out = []
    for mention in found:
        span = masked[mention.start : mention.end]
        if mention.kind != "PER" or "#" in span or any(p.overlaps(mention.start, mention.end) for p in people):
            continue
        out.append(Mention("PER", mention.start, mention.end, " ".join(span.split())))
    return out


def spacy_extractor(model: str) -> Callable[[NewsDocument], list[ExtractedFact]]:
    """The rule extractor with a spaCy model's people added to the rules' own.

    Raises:
        OrgraphError: spaCy or the model is not installed.
    """
    from orgraph.loaders.news.pipeline import extract_facts

    return partial(extract_facts, entities=SpacyEntities.load(model))
