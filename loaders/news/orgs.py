"""Company mentions: gazetteer spellings plus unknown companies found in telling slots.

A capitalised name right after "joined", "left", "leaving for", before "CEO" or "'s chief",
or ending in "Inc."/"Labs" is taken as a company even when the gazetteer does not know it;
every later spelling of it in the report is then a company mention too.
"""

from __future__ import annotations

import re

from orgraph.loaders.news.gazetteer import Company, Gazetteer
from orgraph.loaders.news.mentions import Mention
from orgraph.loaders.news.names import FIRST_NAMES, NOT_NAME_WORDS, SURNAMES

_CAP = r"(?:[A-Z][\w&.+-]*[\w+]|[A-Z]|[a-z]+[A-Z][\w]*)"
_NAME = rf"({_CAP}(?:[ \t]+(?:{_CAP}|&|of|de|for))*?)"
_END = r"(?=[,.;:)]|\s+(?:as|in|on|from|for|to|after|and|last|this|earlier|where|with|since|"
_END += r"who|which|that|said|says|reports|is|was|has|had|will|would|in|at|CEO|chief|president)\b|$)"
_SUFFIX = r"(?:Inc\.?|Corp\.?|Corporation|Ltd\.?|LLC|Labs?|Technologies|Systems|AI|Robotics)"

_SLOTS = [
    re.compile(
        r"\b(?:join(?:s|ed|ing)?|rejoin(?:s|ed|ing)?|left|leav(?:e|es|ing)\s+(?:for\s+)?|"
        r"quit(?:s|ting)?|depart(?:s|ed|ing)?(?:\s+from)?|exit(?:s|ed|ing)?|"
        r"(?:hired|poached|recruited|acquired)\s+by|defect(?:s|ed|ing)?\s+to|"
        r"(?:mov|jump|return|switch)(?:e|es|ed|ing|s)?\s+to|lured\s+away\s+from)\s+" + _NAME + _END
    ),
    re.compile(r"\b(?:joined|came|moved|arrived|poached|lured|hired)\b[^,.;]{0,40}?\bfrom\s+" + _NAME + _END),
    re.compile(_NAME + r"(?:'s|\u2019s)?\s+(?:CEO|CTO|CFO|COO|co-?founder|founder|chief\s+\w+|president)\b"),
    re.compile(
        r"\b(?:CEO|CTO|CFO|COO|founder|co-?founder|president|chief\s+\w+(?:\s+officer)?)\s+(?:of|at)\s+" + _NAME + _END
    ),
    re.compile(rf"\b({_CAP}(?:[ \t]+{_CAP}){{0,2}}[ \t]+{_SUFFIX})(?=[\s,.;:]|$)"),
    # "Quillfeather Analytics, Inc." / "Harlow & Finch GmbH": a legal suffix marks a company.
    re.compile(rf"\b({_CAP}(?:[ \t]+(?:&[ \t]+)?{_CAP}){{0,3}}),?[ \t]+(?:Inc|Corp|LLC|Ltd|GmbH|PLC|plc|AG|S\.A)\b"),
]
_SLOTS = [re.compile(p.pattern, re.MULTILINE) for p in _SLOTS]
_NOT_ORG = NOT_NAME_WORDS | {"meta's", "the", "a", "an", "its", "his", "her", "their", "it"}
# Sentence openers of questions and headlines ("Is Omar Said leaving?") are not companies.
_NOT_ORG |= {"is", "are", "was", "were", "does", "did", "do", "can", "should", "has", "have", "why", "who"}


def find_orgs(text: str, gazetteer: Gazetteer) -> list[Mention]:
    """Find company mentions: known spellings first, then slot-found unknown companies."""
    mentions = [_org_mention(s, e, name, gazetteer) for s, e, name in gazetteer.find(text)]
    known = Gazetteer(dict(gazetteer.companies))
    for name, aliases in _longest_names(discover_unknown(text, gazetteer)).items():
        known.add(Company(name, aliases))
    for name, short in _short_forms(text, known):
        known.add(Company(name, (short,)))
    taken = [(m.start, m.end) for m in mentions]
    for start, end, name in known.find(text):
        if any(s < end and start < e for s, e in taken):
            continue
        mentions.append(Mention("ORG", start, end, name))
    return sorted(mentions, key=lambda m: m.start)


def _org_mention(start: int, end: int, name: str, gazetteer: Gazetteer) -> Mention:
    """A company mention; a unit like "Google DeepMind" carries its parent and team."""
    company, unit = gazetteer.resolve(name)
    return Mention("ORG", start, end, company, team=unit)


def discover_unknown(text: str, gazetteer: Gazetteer) -> list[str]:
    """Return names of companies the gazetteer lacks that sit in company-only slots."""
    forms = gazetteer.surface_forms()
    found: list[str] = []
    for pattern in _SLOTS:
        for match in pattern.finditer(text):
            name = _clean(match.group(1))
            if name and name not in forms and name not in found and _plausible(name):
                found.append(name)
    return found


def _short_forms(text: str, known: Gazetteer) -> list[tuple[str, str]]:
    """(company, first word) for multi-word companies the report names in full.

    "Riot Games ... At Riot, ..." and "Nimbus AI ... co-founded Nimbus": after the full
    name, reports shorten a company to its first word. Only distinctive first words count
    (not a person's name, a common word or another company's name).
    """
    forms = known.surface_forms()
    out = []
    for _start, _end, name in known.find(text):
        words = name.split()
        first = words[0]
        if len(words) < 2 or first in forms or len(first) < 3 or not first[0].isupper():
            continue
        if first.lower() in NOT_NAME_WORDS or first.lower() in FIRST_NAMES or first.lower() in SURNAMES:
            continue
        if (name, first) not in out and known.companies.get(name) and not known.companies[name].parent:
            out.append((name, first))
    return out


def _longest_names(names: list[str]) -> dict[str, tuple[str, ...]]:
    """Group discovered names under the longest one they begin ("Quillfeather" ->
    "Quillfeather Analytics"): reports name a company in full once, then shorten it."""
    grouped: dict[str, tuple[str, ...]] = {}
    for name in sorted(names, key=len, reverse=True):
        longer = next((g for g in grouped if g.startswith(name + " ")), None)
        if longer is None:
            grouped[name] = ()
        else:
            grouped[longer] += (name,)
    return grouped


def _clean(name: str) -> str:
    """Strip corporate suffixes like "Inc." and trailing connector words from a name."""
    name = re.sub(r"[ \t,]+(?:Inc\.?|Corp\.?|Ltd\.?|LLC|Co\.)$", "", name.strip())
    name = re.sub(r"(?:[ \t]+(?:&|of|de|for))+$", "", name)
    return name.strip(" .")


def _plausible(name: str) -> bool:
    """Reject names that are people, months, pronouns or common words."""
    tokens = name.split()
    if not tokens or len(tokens) > 5:
        return False
    if tokens[0].lower() in _NOT_ORG and len(tokens) == 1:
        return False
    if tokens[0].lower() in _NOT_ORG - NOT_NAME_WORDS or tokens[0].lower() in {"this", "that"}:
        return False
    # Two capitalised words led by a first name are a person ("joined Jane Doe's team").
    return not (len(tokens) in (2, 3) and tokens[0].lower() in FIRST_NAMES)
