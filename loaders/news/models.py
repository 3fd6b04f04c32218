"""Data models of the news extractor: the document read and the facts found in it."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field

FactType = Literal["JOINED", "LEFT", "LEADS", "REPORTS_TO", "ROLE", "PART_OF"]
Precision = Literal["day", "month", "year"]


class NewsDocument(BaseModel):
    """One news report, read from disk, whose ``text`` the evidence offsets point into."""

    path: Path = Field(description="File the report was read from.")
    title: str | None = Field(default=None, description="Headline, if the file names one.")
    url: str | None = Field(default=None, description="Address the report was published at.")
    publisher: str | None = Field(default=None, description="Outlet or site that published it.")
    author: str | None = Field(default=None, description="Byline from the metadata, if any.")
    published: date = Field(description="Publication date; anchors relative dates.")
    text: str = Field(description="Body text; evidence offsets are character offsets into it.")
    kind: Literal["text", "html"] = Field(description="Whether the file was plain text or HTML.")


class Evidence(BaseModel):
    """The sentence a fact was read from."""

    quote: str = Field(description="The whole sentence, equal to text[start:end].")
    start: int = Field(ge=0, description="Offset of the sentence's first character in the text.")
    end: int = Field(ge=0, description="Offset just past the sentence's last character.")


class ExtractedFact(BaseModel):
    """One timed, cited statement about a person, team or company."""

    type: FactType = Field(description="Kind of fact: a move, a leadership, a title or a part.")
    person: str | None = Field(default=None, description="Full name of the person concerned.")
    org: str | None = Field(default=None, description="Company, by its common short name.")
    team: str | None = Field(default=None, description="Team, by its short name.")
    manager: str | None = Field(default=None, description="Full name of the person reported to.")
    title: str | None = Field(default=None, description="Job title, for ROLE facts.")
    date: str | None = Field(default=None, description="When a move happened (ISO, at precision).")
    since: str | None = Field(default=None, description="Start of a lasting fact (ISO).")
    until: str | None = Field(default=None, description="End of a lasting fact (ISO).")
    from_org: str | None = Field(default=None, description="Company a person came from.")
    to_org: str | None = Field(default=None, description="Company a person went to.")
    date_precision: Precision | None = Field(
        default=None, description="Precision of the fact's date: day, month or year."
    )
    team_size: int | None = Field(default=None, description="Head count of a team, if stated.")
    evidence: Evidence = Field(description="Sentence the fact was read from.")
    confidence: float = Field(ge=0.0, le=1.0, description="How sure the rule is, from 0 to 1.")
    method: str = Field(description="Name of the rule that produced the fact.")

    def key(self) -> tuple[str | None, ...]:
        """Identity of the fact for deduplication (everything but evidence and scores)."""
        return (
            self.type,
            self.person,
            self.org,
            self.team,
            self.manager,
            self.title,
            self.date,
            self.since,
            self.until,
            self.from_org,
            self.to_org,
        )
