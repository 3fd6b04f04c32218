"""Optional LLM extraction through any OpenAI-compatible chat-completions endpoint.

For users who have a model to hand, this asks it for facts as JSON that must follow a
schema generated from :class:`LLMFact`, then trusts nothing it says without checking:

* every fact must quote a sentence that really is in the report (found verbatim, up to
  white space), which also gives the evidence offsets;
* every person it names must really appear in the report;
* dates come back as the words of the report ("last month", "on June 30") and are
  resolved by orgraph's own date rules against the publication date, never by the model;
* companies go through the same gazetteer as the rule-based extractor.

Facts that fail a check are dropped and counted. The HTTP client is injected, so tests
run against recorded responses (``httpx.MockTransport``) and never call a live service.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Literal

import httpx
from pydantic import BaseModel, Field, ValidationError

from orgraph.errors import OrgraphError
from orgraph.loaders.news.dates import find_dates
from orgraph.loaders.news.gazetteer import Gazetteer
from orgraph.loaders.news.models import Evidence, ExtractedFact, FactType, NewsDocument

PROMPT = """You read news reports about people moving between companies and teams.
List every fact the report states as fact (not rumours, denials, plans or speculation):
JOINED (person joined org, optionally from_org), LEFT (person left org, optionally for to_org),
LEADS (person leads a team of org), REPORTS_TO (person reports to manager), ROLE (person holds
title at org), PART_OF (team belongs to org). Use full names for people and short common names
for companies. For each fact copy the whole sentence it comes from into "quote", exactly as
written, and copy the words that say when into "when" (for example "last month", "on June 30",
"in 2021") or null, and for a lead that ended, the words saying when it ended into "ended"."""


class LLMFact(BaseModel):
    """One fact as the model is asked to return it."""

    type: FactType = Field(description="JOINED, LEFT, LEADS, REPORTS_TO, ROLE or PART_OF.")
    person: str | None = Field(description="Full name of the person.")
    org: str | None = Field(description="Company, short common name.")
    team: str | None = Field(description="Team short name.")
    manager: str | None = Field(description="REPORTS_TO: full name of the manager.")
    title: str | None = Field(description="ROLE: the job title.")
    from_org: str | None = Field(description="JOINED: company the person came from.")
    to_org: str | None = Field(description="LEFT: company the person went to.")
    team_size: int | None = Field(description="Stated head count of the team.")
    when: str | None = Field(description="The report's words saying when it happened or started.")
    ended: str | None = Field(description="The report's words saying when a lead ended.")
    quote: str = Field(description="The whole sentence the fact comes from, verbatim.")


class LLMAnswer(BaseModel):
    """The whole answer: a list of facts."""

    facts: list[LLMFact] = Field(description="Every stated fact.")


class LLMError(OrgraphError):
    """The endpoint failed or answered with something that is not the requested JSON."""


@dataclass
class LLMExtractor:
    """Extractor backed by an OpenAI-compatible ``/chat/completions`` endpoint.

    Attributes:
        base_url: e.g. ``http://localhost:8000/v1``.
        model: the model name the endpoint expects.
        client: an httpx client (inject one with a MockTransport in tests).
        dropped: how many facts the last call dropped, by reason.
    """

    base_url: str
    model: str
    api_key: str | None = None
    client: httpx.Client = field(default_factory=lambda: httpx.Client(timeout=120.0))
    gazetteer: Gazetteer = field(default_factory=Gazetteer.load)
    dropped: dict[str, int] = field(default_factory=dict)

    def __call__(self, doc: NewsDocument) -> list[ExtractedFact]:
        """Extract checked facts from ``doc``."""
        self.dropped = {}
        facts = []
        for raw in self._ask(doc).facts:
            fact = self._check(raw, doc)
            if fact is not None:
                facts.append(fact)
        return facts

    def _ask(self, doc: NewsDocument) -> LLMAnswer:
        body = {
            "model": self.model,
            "messages": [
                {"role": "system", "content": PROMPT},
                {"role": "user", "content": f"Published {doc.published.isoformat()}.\n\n{doc.text}"},
            ],
            "response_format": {
                "type": "json_schema",
                "json_schema": {"name": "facts", "schema": LLMAnswer.model_json_schema(), "strict": True},
            },
            "temperature": 0,
        }
        headers = {"Authorization": f"Bearer {self.api_key}"} if self.api_key else {}
        try:
            response = self.client.post(f"{self.base_url.rstrip('/')}/chat/completions", json=body, headers=headers)
            response.raise_for_status()
            content = response.json()["choices"][0]["message"]["content"]
            return LLMAnswer.model_validate(json.loads(content))
        except httpx.HTTPError as err:
            raise LLMError(f"LLM endpoint {self.base_url}: {err}") from err
        except (KeyError, IndexError, TypeError, json.JSONDecodeError, ValidationError) as err:
            raise LLMError(f"LLM endpoint {self.base_url}: answer is not the requested JSON ({err})") from err

    def _drop(self, reason: str) -> None:
        self.dropped[reason] = self.dropped.get(reason, 0) + 1

    def _check(self, raw: LLMFact, doc: NewsDocument) -> ExtractedFact | None:
        evidence = locate(raw.quote, doc.text)
        if evidence is None:
            self._drop("quote not in report")
            return None
        if not all(appears(name, doc.text) for name in (raw.person, raw.manager) if name):
            self._drop("person not in report")
            return None
        when, precision = _resolve(raw.when, doc)
        ended, _ = _resolve(raw.ended, doc)
        lasting = raw.type in ("LEADS", "REPORTS_TO", "ROLE")
        return ExtractedFact(
            type=raw.type,
            person=raw.person,
            org=self._company(raw.org),
            team=raw.team,
            manager=raw.manager,
            title=raw.title,
            date=None if lasting else when,
            since=when if lasting else None,
            until=ended if lasting else None,
            from_org=self._company(raw.from_org),
            to_org=self._company(raw.to_org),
            date_precision=precision,
            team_size=raw.team_size,
            evidence=evidence,
            confidence=0.6,
            method=f"llm:{self.model}",
        )

    def _company(self, name: str | None) -> str | None:
        if not name:
            return None
        found = self.gazetteer.find(name)
        return self.gazetteer.resolve(found[0][2])[0] if found else name


def _resolve(words: str | None, doc: NewsDocument) -> tuple[str | None, Literal["day", "month", "year"] | None]:
    """Resolve the model's date words with our own rules (never its arithmetic)."""
    if not words:
        return None, None
    found = find_dates(words, doc.published)
    return (found[0].value, found[0].precision) if found else (None, None)


def _squash(text: str) -> tuple[str, list[int]]:
    """Text with white-space runs folded to one space, and each kept char's original offset."""
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        if ch.isspace():
            if out and out[-1] == " ":
                continue
            ch = " "
        out.append(ch)
        where.append(i)
    return "".join(out), where


def locate(quote: str, text: str) -> Evidence | None:
    """Find ``quote`` in ``text`` (ignoring white-space differences) as evidence with offsets."""
    needle = re.sub(r"\s+", " ", quote).strip()
    if not needle:
        return None
    flat, where = _squash(text)
    at = flat.find(needle)
    if at < 0:
        return None
    start, end = where[at], where[at + len(needle) - 1] + 1
    return Evidence(quote=text[start:end], start=start, end=end)


def appears(name: str, text: str) -> bool:
    """Whether every word of a person's name occurs in the text as a word."""
    return all(re.search(rf"\b{re.escape(part)}\b", text) for part in name.split())
