"""Team mentions: "the AFM team", "Meta's superintelligence group", "the team behind MLX",
"engineering for Siri", and unnamed sized teams ("a roughly 100-person team").

Team names are kept short: the word "team"/"group" and adjectives like "new" are dropped.
"""

from __future__ import annotations

import re

from orgraph.loaders.news.mentions import Mention

AREAS = """
superintelligence engineering software hardware research machine learning design product
products infrastructure foundation foundational models model platform platforms security
safety alignment robotics health ads advertising search cloud devices silicon services
operations marketing sales data vision speech language applied generative consumer
enterprise reality gaming chip chips autonomy self-driving policy legal finance
communications partnerships camera display wearables audio video integrity trust growth
recommendation recommendations ranking reinforcement pretraining post-training training
inference compute frontier fundamental intelligence assistant agents agent perception
mapping maps identity payments commerce creative developer developers tools privacy quality
testing
""".split()  # noqa: SIM905
_AREA = "(?:" + "|".join(sorted(AREAS, key=len, reverse=True)) + ")"
_NAME_TOKEN = rf"(?:[A-Z][\w.+&-]*|{_AREA})"
_ADJ = (
    r"(?:(?:new|newly[ -]formed|entire|whole|small|secretive|core|own|so-called|dedicated|"
    r"elite|internal|top|former|recently[ -]formed|high-profile|nascent|in-house)\s+)*"
)
_NOUN = r"(?:team|group|division|unit|lab|labs|organization|org|department|squad)"
_NAMED = re.compile(
    rf"(?<![\w-])(?:(?:the|its|their|his|her|a|an)\s+)?{_ADJ}"
    rf"((?:{_NAME_TOKEN}\s+){{0,3}}{_NAME_TOKEN})\s+{_NOUN}\b(?!['\u2019]s\s+{_NOUN})"
)
_BEHIND = re.compile(rf"\b{_NOUN}\s+(?:behind|responsible\s+for|working\s+on)\s+([A-Z][\w.+-]*)")
_AREA_FOR = re.compile(rf"\b({_AREA}(?:\s+{_AREA})?)\s+(?:for|on)\s+([A-Z][\w+-]*)\b")
_SIZED = re.compile(
    r"\b(?:an?\s+)?(?:(?:roughly|about|around|approximately|some|nearly|almost|more than|over)\s+)?"
    r"(\d[\d,]*)[- ](?:person|people|member|strong|engineer|employee)\s+" + _NOUN + r"\b"
    r"|\b" + _NOUN + r"\s+of\s+(?:(?:roughly|about|around|approximately|some|nearly|almost|"
    r"more than|over)\s+)?(\d[\d,]*)\s+(?:people|engineers|researchers|employees|staff)\b"
)
_GENERIC = {"the", "a", "an", "its", "his", "her", "their", "this", "that", "same", "other"}


def find_teams(text: str, masked: str) -> list[Mention]:
    """Find team mentions in the document.

    Args:
        text: The document text.
        masked: The same text with companies masked by "#", so a company name is never
            taken for a team name.

    Returns:
        TEAM mentions; ``value`` is the short team name, or None for an unnamed sized team.
    """
    teams = _named(masked) + _behind(masked) + _area_for(masked) + _sized(masked)
    teams += _bare_repeats(text, teams)
    return teams


def _named(masked: str) -> list[Mention]:
    """Teams named before a team noun: "the AFM team", "Meta's superintelligence group"."""
    out = []
    for match in _NAMED.finditer(masked):
        name = match.group(1)
        if name.split()[0].lower() in _GENERIC or (name.islower() and len(name.split()) > 3):
            continue
        if "#" in name or not re.search(r"[A-Za-z]", name):
            continue
        generic = all(t.lower() in AREAS or t == "AI" for t in name.split())
        mention = Mention("TEAM", match.start(1), match.end(), name)
        # "his AI team" names no team; a bare area needs a company owner to be a team.
        if match.group(0).split()[0].lower() in ("his", "her", "their"):
            continue
        if generic:
            mention.extra["needs_owner"] = "1"
        out.append(mention)
    return out


def _behind(masked: str) -> list[Mention]:
    """Teams named by what they build: "the team behind MLX" is team MLX."""
    return [Mention("TEAM", m.start(), m.end(), m.group(1)) for m in _BEHIND.finditer(masked)]


def _area_for(masked: str) -> list[Mention]:
    """Functions of a product: "engineering for Siri" is team "Siri engineering"."""
    return [
        Mention("TEAM", m.start(), m.end(), f"{m.group(2)} {m.group(1)}")
        for m in _AREA_FOR.finditer(masked)
        if "#" not in m.group(2)
    ]


def _sized(masked: str) -> list[Mention]:
    """Unnamed teams with a head count: "a roughly 100-person team"."""
    out = []
    for match in _SIZED.finditer(masked):
        number = (match.group(1) or match.group(2)).replace(",", "")
        out.append(Mention("TEAM", match.start(), match.end(), None, size=int(number)))
    return out


def _bare_repeats(text: str, teams: list[Mention]) -> list[Mention]:
    """Later bare mentions ("AFM", "MLX") of team names that contain a capital letter."""
    names = {m.value for m in teams if m.value and re.search(r"[A-Z]", m.value)}
    out = []
    for name in names:
        for match in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            if not any(t.overlaps(match.start(), match.end()) for t in teams):
                out.append(Mention("TEAM", match.start(), match.end(), name))
    return out
