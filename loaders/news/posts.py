"""Moves implied by a new post taken up at another company.

"Jo Park, currently CFO at Initech, will take over as CEO of Acme on May 1" and "Acme has
named Jo Park to run its cloud unit. Park spent ten years at Initech" never say "joined"
or "left", yet a reader lists the move: the person starts a post at one company while
their current (or long-time) place is another. The move is dated when the post starts.
"""

from __future__ import annotations

import re

from orgraph.loaders.news.relations import Draft
from orgraph.loaders.news.tenure import Tenure

_POSTS = ("ROLE", "LEADS")


def moves_from_new_posts(drafts: list[Draft], tenures: list[Tenure]) -> list[Draft]:
    """JOINED(new company, from the old one) for each post started elsewhere."""
    out: list[Draft] = []
    for post in drafts:
        if post.type not in _POSTS or not post.since or not post.org or post.method == "succession":
            continue
        if any(d.type == "JOINED" and d.person == post.person and d.org == post.org for d in drafts + out):
            continue
        origin = origin_elsewhere(drafts, tenures, post.person, post.org, post.sentence)
        if origin is None:
            continue
        precision = {4: "year", 7: "month"}.get(len(post.since), "day")
        out.append(Draft("JOINED", post.person, post.sentence, "new_post_elsewhere", 0.6, org=post.org,
                         from_org=origin, date=post.since, precision=precision))  # fmt: skip
    return out


def origin_elsewhere(drafts: list[Draft], tenures: list[Tenure], person: str, org: str, sentence: object) -> str | None:
    """The one other company ``person`` is tied to: a current title or team stated next to
    the new post ("currently treasurer at X"), else a stay there ("spent 14 years at X")."""
    current = {
        d.org for d in drafts
        if d.person == person and d.type in _POSTS and d.org and d.org != org
        and d.sentence == sentence and d.since is None
    }  # fmt: skip
    if not current:
        current = {t.org for t in tenures if t.person == person and t.org and t.org != org}
    return current.pop() if len(current) == 1 else None


_NOW = re.compile(r"\b(?:now|currently)\b", re.I)


def destinations_from_present_posts(drafts: list[Draft]) -> None:
    """ "left X and is now CTO at Y": a departure with no destination goes to the company
    of the post the same sentence says the person holds now (one such company only)."""
    for left in drafts:
        if left.type != "LEFT" or left.to_org or not left.org or not _NOW.search(left.sentence.text):
            continue
        posts = {d.org for d in drafts if d.type in _POSTS and d.person == left.person and d.org
                 and d.org != left.org and d.sentence == left.sentence and d.until is None}  # fmt: skip
        if len(posts) == 1:
            left.to_org = posts.pop()
