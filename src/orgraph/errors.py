"""The error hierarchy.

Every failure a user can cause ends in a subclass of :class:`OrgraphError` whose message
names the thing at fault (a file, a line, a query) so the CLI can print it as one line and
exit with code 2. Library code raises these; it never prints or exits.
"""

from __future__ import annotations

from pathlib import Path


class OrgraphError(Exception):
    """Root of every error orgraph raises on purpose."""


def first_line(err: BaseException) -> str:
    """The first line of a third-party error (engines and readers write several), else its type."""
    return str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__


class InputError(OrgraphError):
    """A file given to a loader cannot be read or does not hold valid facts.

    The message reads ``<path>[:<place>]: <reason>`` so a user can go straight to the problem.
    """

    def __init__(self, path: Path | str, reason: str, place: str | int | None = None) -> None:
        self.path = str(path)
        self.reason = reason
        self.place = place
        where = f"{self.path}:{place}" if place not in (None, "") else self.path
        super().__init__(f"{where}: {reason}")


class QueryPackError(OrgraphError):
    """A ``.cypher`` query pack is malformed (``file:line: reason``)."""


class QueryError(OrgraphError):
    """A query was asked for by an unknown name, with missing params, or failed to run."""


class StoreError(OrgraphError):
    """The graph store cannot be opened, reached, or written."""


class NotFoundError(OrgraphError):
    """A person, team, company or source named by the user is not in the graph."""
