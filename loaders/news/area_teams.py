"""Teams named only by a business area, in a frame that says someone leads them.

Reports often drop the team noun: "she runs hardware", "who led Autopilot perception at
Tesla", "lending will be overseen by Hannah Yoo", "Llama research sits under Keiko Mori".
A bare area phrase is a team only in such a leading frame, and only when one of its words
is a known business area, so "runs the show" or "heads to Paris" stay plain words.
"""

from __future__ import annotations

import re

from orgraph.loaders.news.mentions import Mention

# Business areas beyond the product/research words of :data:`teams.AREAS`.
EXTRA_AREAS = frozenset(
    """
    lending firmware wireless cellular modem logistics e-commerce ecommerce treasury risk
    compliance retail manufacturing procurement supply networking network storage databases
    analytics hr recruiting talent customer customers support claims underwriting trading
    investments investment banking wealth insurance payroll accounting audit tax industrial
    editorial newsroom programming content studio studios education benefits clinical
    regulatory pharmacology oncology vaccines fraud kernel compilers graphics gpu semiconductor
    ops devops
    """.split()  # noqa: SIM905
)
# Words that never start or sit inside an area phrase.
_STOP = frozenset(
    """
    the a an its their our his her my your this that these those it he she they we i you
    and or of with to for on in at by as from which who whose what one where here how why
    when all whole entire same other new old former current company firm business show
    effort process deal talks meeting day week month year years time way there
    team teams group unit division department
    """.split()  # noqa: SIM905
)
# Words that are an area only with another area word: "runs search quality", but "leads
# the search for a new chief" is a hunt, not a team.
_NOT_ALONE = frozenset({"search"})
_WORD = r"[A-Za-z][\w-]*"
_PHRASE = rf"({_WORD}(?:[ \t]+{_WORD}){{0,3}}?)"
# "the", "our", "its", "their", "all of our", or a masked company's possessive ("Apple's"):
# an area is led as much in "to lead its inference infrastructure" as in "runs hardware".
_DET = r"(?:(?:all[ \t]+of[ \t]+)?(?:the|our|its|their)[ \t]+|#+['\u2019]s[ \t]+)?"
_LEAD_WORDS = (
    r"lead|leads|leading|led|run|runs|running|ran|head|heads|heading|headed|oversee|oversees|"
    r"overseeing|oversaw|manage|manages|managing|managed|in\s+charge\s+of|responsible\s+for|"
    r"at\s+the\s+helm\s+of|(?:take|takes|took|taking)\s+charge\s+of|steer|steers|steered|steering|"
    # "takes the reins of compute platform", "took over the helm of payments".
    r"(?:take|takes|took|taking|taken)\s+(?:over\s+)?the\s+(?:reins|helm)\s+of"
)
# Where an area object ends: a preposition, a conjunction, punctuation or the line's end.
_END = (
    r"(?=[ \t]+(?:at|for|in|within|inside|since|until|from|and|as|before|after|when|there|here|on|under)\b"
    r"|[ \t]*[,.;:)*\n]|[ \t]*$)"
)
_ACTIVE = re.compile(rf"\b(?:{_LEAD_WORDS})[ \t]+{_DET}{_PHRASE}{_END}", re.I)
_PASSIVE = re.compile(
    rf"(?:^|(?<=[\n:*.,])|(?<=\binstead,))[ \t*_#>-]*(?:and[ \t]+)?{_DET}{_PHRASE}\**[ \t]+"
    r"(?:(?:will|now|has|have|had|is|are|was|were|been|be|also|currently|still|to)[ \t]+)*"
    r"(?:overseen|led|run|headed|managed|helmed|sits?|stays?|remains?|falls?|moves?|comes?)[ \t]+"
    r"(?:by|under)\b",
    re.I | re.M,
)


def find_area_teams(masked: str, areas: frozenset[str]) -> list[Mention]:
    """Area phrases in a leading frame ("runs hardware", "lending will be overseen by").

    Args:
        masked: Document text with companies and dates masked by "#".
        areas: Known product and research area words (lower case).

    Returns:
        TEAM mentions whose value is the area phrase as written.
    """
    known = areas | EXTRA_AREAS
    out = []
    for pattern in (_ACTIVE, _PASSIVE):
        for match in pattern.finditer(masked):
            words = match.group(1).split()
            if any(w.lower() in _STOP for w in words) or not any(_is_known(w, known) for w in words):
                continue
            if words[-1].lower() in _NOT_ALONE:
                continue
            value = match.group(1)
            if pattern is _PASSIVE and value[0].isupper() and words[0][1:].islower() and _is_known(words[0], known):
                # "Live-ops will now be run by ...": the capital is the sentence's.
                value = value[0].lower() + value[1:]
            out.append(Mention("TEAM", match.start(1), match.end(1), value, extra={"area": "1"}))
    return out


def _is_known(word: str, known: frozenset[str]) -> bool:
    """Tell whether a word, or a part of a hyphenated one ("live-ops"), is a business area."""
    word = word.lower()
    return word in known or any(part in known for part in word.split("-") if part)
