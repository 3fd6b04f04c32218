"""Team mentions: "the AFM team", "Meta's superintelligence group", "the team behind MLX",
"engineering for Siri", and unnamed sized teams ("a roughly 100-person team").

Team names are kept short: the word "team"/"group" and adjectives like "new" are dropped.
"""

from __future__ import annotations

import re

from orgraph.loaders.news.area_teams import EXTRA_AREAS, find_area_teams
from orgraph.loaders.news.mentions import Mention
from orgraph.loaders.news.names import FIRST_NAMES, NOT_NAME_WORDS

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
""".split() + sorted(EXTRA_AREAS)  # noqa: SIM905
_AREA = "(?:" + "|".join(sorted(AREAS, key=len, reverse=True)) + ")"
_NAME_TOKEN = rf"(?:[A-Z][\w.+&-]*|{_AREA})"
_ADJ = (
    r"(?:(?:new|newly[ -]formed|entire|whole|small|secretive|core|own|so-called|dedicated|"
    r"elite|top|former|recently[ -]formed|high-profile|nascent|in-house)\s+)*"
)
_NOUN = (
    r"(?:team|group|division|unit|lab|labs|organi[sz]ation|org|department|squad|cent(?:er|re)|branch|business|"
    r"arm|practice|vertical)"
)
_NAMED = re.compile(
    rf"(?<![\w-])(?:(?i:the|its|their|his|her|a|an)\s+)?{_ADJ}"
    rf"((?:{_NAME_TOKEN}\s+){{0,3}}{_NAME_TOKEN})\s+{_NOUN}\b(?!['\u2019]s\s+{_NOUN})"
)
# After a determiner or a possessive, a team's name may be plain lower-case words ("the
# payments fraud ML team", "OpenAI's reasoning team"); these words are not names.
_NOT_TEAM_WORD = frozenset(
    """
    same other whole entire next last previous former current larger largest smaller small big
    biggest two three four five few many several senior leadership management company firm
    startup new old original first second third very his her their its our my your this that
    and or of with to for on in at by as from which who whose what one where here how why when
    """.split()  # noqa: SIM905
)
_SIZE = r"(?:(?:roughly\s+|about\s+|around\s+|some\s+)?\d[\d,]*[- ](?:person|people|member|strong|engineer)\s+)?"
_DET_NAMED = re.compile(
    rf"(?:(?<![\w-])(?i:the|its|their|our)|['\u2019]s)\s+{_ADJ}{_SIZE}"
    rf"((?:[\w.+&-]+\s+){{0,3}}?[\w.+&-]+)\s+{_NOUN}\b(?!['\u2019]s\s+{_NOUN})"
)
# "Google's search and ads teams", "the hardware and services groups": a plural team noun
# after coordinated names is one team per name.
_PLURAL_NOUN = r"(?:teams|groups|divisions|units|labs|organi[sz]ations|departments|orgs)"
_COORDINATED = re.compile(
    rf"(?:(?<![\w-])(?i:the|its|their|our)|['\u2019]s)\s+{_ADJ}"
    rf"((?:[\w.+&-]+\s+){{0,2}}?[\w.+&-]+)\s*(?:,\s*((?:[\w.+&-]+\s+){{0,2}}?[\w.+&-]+)\s*)?,?\s+(?:and|&)\s+"
    rf"((?:[\w.+&-]+\s+){{0,2}}?[\w.+&-]+)\s+{_PLURAL_NOUN}\b"
)
# Within one line: "retrieval group\n\nSAN FRANCISCO" names no unit.
_NOUN_NAME = re.compile(r"\b(?:department|division|unit|group|team)[ \t]+((?:[A-Z][\w.+&-]*[ \t]+){0,2}[A-Z][\w.+&-]*)")
_BEHIND = re.compile(rf"\b{_NOUN}\s+(?:behind|responsible\s+for|working\s+on)\s+([A-Z][\w.+-]*)")
_AREA_FOR = re.compile(rf"\b({_AREA}(?:\s+{_AREA})?)\s+(?:for|on)\s+([A-Z][\w+-]*)\b")
_SIZED = re.compile(
    r"\b(?:an?\s+)?(?:(?:roughly|about|around|approximately|some|nearly|almost|more than|over)\s+)?"
    r"(\d[\d,]*)[- ](?:person|people|member|strong|engineer|employee)\s+" + _NOUN + r"\b"
    r"|\b" + _NOUN + r"\s+of\s+(?:(?:roughly|about|around|approximately|some|nearly|almost|"
    r"more than|over)\s+)?(\d[\d,]*)\s+(?:people|engineers|researchers|employees|staff)\b"
)
_HEADCOUNT = re.compile(r"\d[\d,]*(?:[- ](?:person|people|member|strong|engineer|employee))?")
_APPROX = {"roughly", "about", "around", "approximately", "some", "nearly", "almost", "over"}
_FIRST_PERSON_DET = {"our", "my", "your"}
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
    found = _named(masked) + _det_named(masked) + _behind(masked) + _area_for(masked)
    found += _noun_name(masked) + _sized(masked) + _led_names(masked) + _appositive_names(masked)
    found += find_area_teams(masked, frozenset(AREAS)) + _coordinated(masked)
    # Of overlapping readings keep the longest: "payments fraud ML" over "ML".
    teams: list[Mention] = []
    for team in sorted(found, key=lambda m: -(m.end - m.start)):
        if not any(team.overlaps(t.start, t.end) for t in teams):
            teams.append(team)
    teams.sort(key=lambda m: m.start)
    teams += _bare_repeats(text, teams)
    return teams


def _named(masked: str) -> list[Mention]:
    """Teams named before a team noun: "the AFM team", "Meta's superintelligence group"."""
    out = []
    for match in _NAMED.finditer(masked):
        name = match.group(1)
        if name.split()[0].lower() in _FIRST_PERSON_DET and len(name.split()) > 1:
            # "Our vision group": a memo's own team, named without the determiner.
            name = name.split(maxsplit=1)[1]
            mention = Mention("TEAM", match.end(1) - len(name), match.end(), name, extra={"ours": "1"})
            out.append(mention)
            continue
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


def _det_named(masked: str) -> list[Mention]:
    """Lower-case team names after a determiner: "the payments fraud ML team"."""
    out = []
    for match in _det_matches(masked):
        name = match.group(1)
        words = name.split()
        if "#" in name or any(w.lower() in _NOT_TEAM_WORD or "'" in w for w in words):
            continue
        if not re.search(r"[A-Za-z]", name) or re.fullmatch(r"[\d,.-]+", words[0]):
            continue
        if any(_HEADCOUNT.fullmatch(w) for w in words) or words[0].lower() in _APPROX:
            # "the roughly 400-person team" is a head count, not a name (see ``_sized``).
            continue
        mention = Mention("TEAM", match.start(1), match.end(), name)
        if all(w.lower() in AREAS or w == "AI" for w in words) and not match.group(0).startswith(("'", "\u2019")):
            mention.extra["needs_owner"] = "1"
        out.append(mention)
    return out


def _coordinated(masked: str) -> list[Mention]:
    """One team per name before a plural team noun: "Google's search and ads teams"."""
    out = []
    for match in _COORDINATED.finditer(masked):
        names = [i for i in (1, 2, 3) if match.group(i)]
        words = [w for i in names for w in match.group(i).split()]
        if "#" in match.group(0)[1:] or any(w.lower() in _NOT_TEAM_WORD or "'" in w for w in words):
            continue
        owned = match.group(0).startswith(("'", "\u2019"))
        for i in names:
            end = match.end() if i == 3 else match.end(i)
            mention = Mention("TEAM", match.start(i), end, match.group(i))
            if not owned and all(w.lower() in AREAS or w == "AI" for w in match.group(i).split()):
                mention.extra["needs_owner"] = "1"
            out.append(mention)
    return out


def _det_matches(masked: str) -> list[re.Match[str]]:
    """Every determiner reading, overlapping ones too: in "the reins of the haptics team"
    the first "the" reads no name ("reins of the haptics"), the second one does."""
    out = []
    pos = 0
    while (match := _DET_NAMED.search(masked, pos)) is not None:
        out.append(match)
        pos = match.start() + 1
    return out


def _noun_name(masked: str) -> list[Mention]:
    """A proper name after the team noun: "the department HANA Cloud"."""
    return [Mention("TEAM", m.start(), m.end(), m.group(1)) for m in _NOUN_NAME.finditer(masked)]


# "to lead Benefits Payments", "continues to lead Data and Analytics": a capitalised name
# right after a leading verb is a unit (companies are masked, people are checked below).
_LED_NAME = re.compile(
    r"\b(?:lead|leads|leading|led|run|runs|running|ran|head|heads|heading|headed|oversee|oversees|overseeing|"
    r"oversaw)[ \t]+"
    r"([A-Z][\w-]+(?:[ \t]+(?:and[ \t]+|&[ \t]+)?[A-Z][\w-]+){1,3})(?![\w#-]|\s+[A-Z#])"
)


# "become one group, Language Foundations, led by ...", "a new unit called Edge Runtime".
_APPOS_NAME = re.compile(
    r"\b(?:group|team|unit|division|department|organi[sz]ation|lab)"
    r"(?:[ \t]*,[ \t]*|[ \t]+(?:called|named|dubbed|known[ \t]+as)[ \t]+)"
    r"([A-Z][\w-]+(?:[ \t]+(?:and[ \t]+|&[ \t]+)?[A-Z][\w-]+){0,3})(?=[ \t]*[,.;]|[ \t]+(?:led|run|headed)\b)"
)


def _appositive_names(masked: str) -> list[Mention]:
    """Units named in apposition to a team noun ("one group, Language Foundations,")."""
    out = []
    for match in _APPOS_NAME.finditer(masked):
        words = match.group(1).split()
        if words[0].lower() in FIRST_NAMES or words[0].lower() in NOT_NAME_WORDS:
            continue
        out.append(Mention("TEAM", match.start(1), match.end(1), match.group(1)))
    return out


def _led_names(masked: str) -> list[Mention]:
    """Units named by proper nouns after a leading verb ("will lead Identity Services")."""
    out = []
    for match in _LED_NAME.finditer(masked):
        words = match.group(1).split()
        if words[0].lower() in FIRST_NAMES or any(w.lower() in NOT_NAME_WORDS - {"and"} for w in words):
            continue
        out.append(Mention("TEAM", match.start(1), match.end(1), match.group(1)))
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
        # The team noun after a repeat ("The Compact Models team will ...") belongs to it.
        for match in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])(?:\s+{_NOUN}\b)?", text):
            if not any(t.overlaps(match.start(), match.end()) for t in teams):
                out.append(Mention("TEAM", match.start(), match.end(), name))
    return out
