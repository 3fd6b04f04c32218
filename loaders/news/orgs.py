"""Company mentions: gazetteer spellings plus unknown companies found in telling slots.

A capitalised name right after "joined", "left", "leaving for", before "CEO" or "'s chief",
or ending in "Inc."/"Labs" is taken as a company even when the gazetteer does not know it;
every later spelling of it in the report is then a company mention too.
"""

from __future__ import annotations

import re

from orgraph.loaders.news.gazetteer import Company, Gazetteer
from orgraph.loaders.news.mentions import Mention
from orgraph.loaders.news.names import FIRST_NAMES, NOT_NAME_WORDS, ORG_HEADS, SURNAMES, UPPER
from orgraph.loaders.news.teams import AREAS

_AREA_WORDS = frozenset(AREAS)
_AREA_WORD = "(?:" + "|".join(sorted(_AREA_WORDS, key=len, reverse=True)) + ")"

_CAP = r"(?:[A-Z][\w&.+-]*[\w+]|[A-Z]|[a-z]+[A-Z][\w]*)"
_NAME = rf"({_CAP}(?:[ \t]+(?:{_CAP}|&|of|de|for))*?)"
_END = r"(?=[,.;:)]|\s+(?:as|in|on|from|for|to|after|and|last|this|earlier|where|with|since|"
_END += r"who|which|that|said|says|reports|is|was|has|had|will|would|in|at|CEO|chief|president)\b|$)"
_SUFFIX = r"(?:Inc\.?|Corp\.?|Corporation|Ltd\.?|LLC|Labs?|Technologies|Systems|AI|Robotics)"

_SLOTS = [
    re.compile(
        r"\b(?:[Jj]oin(?:s|ed|ing)?|rejoin(?:s|ed|ing)?|left|leav(?:e|es|ing)\s+(?:for\s+)?|"
        r"quit(?:s|ting)?|depart(?:s|ed|ing)?(?:\s+from)?|exit(?:s|ed|ing)?|"
        r"(?:hired|poached|recruited|acquired)\s+by|defect(?:s|ed|ing)?\s+to|"
        r"(?:mov|jump|return|switch)(?:e|es|ed|ing|s)?\s+to|lured\s+(?:away\s+from|to)|decamp(?:s|ed)?\s+to)\s+"
        + _NAME
        + _END
    ),
    re.compile(
        # A dot before a lower-case word ends an abbreviation ("hired by Stripe Inc. from"), not the clause.
        r"\b(?:(?:re)?[Jj]oin(?:s|ed|ing)?|came|moved|arrived|poached|lured|hired)\b(?:[^,.;]|\.(?=\s+[a-z])){0,40}?"
        r"\bfrom\s+" + _NAME + _END
    ),
    re.compile(_NAME + r"(?:'s|\u2019s)?\s+(?:CEO|CTO|CFO|COO|co-?founder|founder|chief\s+\w+|president)\b"),
    # "Renault design chief Jo Park resigned": a name opening a sentence before the area its
    # chief heads is the company (elsewhere it may be a product: "former Llama research head").
    re.compile(
        r"(?:^|(?<=[.!?][ \t]))" + _NAME + rf"[ \t]+(?:{_AREA_WORD}[ \t]+){{1,2}}(?:chief|boss|head)[ \t]+(?=[{UPPER}])"
    ),
    re.compile(
        r"\b(?:CEO|CTO|CFO|COO|founder|co-?founder|president|chief\s+\w+(?:\s+officer)?)\s+(?:of|at)\s+" + _NAME + _END
    ),
    re.compile(rf"\b({_CAP}(?:[ \t]+{_CAP}){{0,2}}[ \t]+{_SUFFIX})(?=[\s,.;:]|$)"),
    # "Quillfeather Analytics, Inc." / "Harlow & Finch GmbH": a legal suffix marks a company.
    re.compile(
        rf"\b({_CAP}(?:[ \t]+(?:&[ \t]+)?{_CAP}){{0,3}}),?[ \t]+"
        r"(?:Inc|Corp|LLC|Ltd|GmbH|PLC|Plc|plc|AG|SE|S\.A|N\.V|Pvt)\b"
    ),
]
_SLOTS += [
    # "treasurer at Zenith Bank", "a 12-year veteran of Zenith", "my final day at Lotus Mart".
    re.compile(
        r"\b(?:officer|treasurer|president|director|engineer|manager|scientist|researcher|"
        r"day|years?|stint|job|post|role|position|career|tenure)\s+(?:at|with)\s+" + _NAME + _END
    ),
    re.compile(r"\b(?:veteran|alumn[ai]|alumnus)\s+of\s+" + _NAME + _END),
    # "Formerly of Adyen, ...", "previously at Adyen": a past employer named in an aside.
    re.compile(
        r"\b(?:[Ff]ormerly|[Pp]reviously|[Mm]ost\s+recently|[Uu]ntil\s+recently)\s+(?:of|at|with)\s+" + _NAME + _END
    ),
    # "the cloud team at Natura", "head of Natura's cloud team": the owner of a unit is a company.
    re.compile(r"\b(?:team|group|unit|division|lab|organi[sz]ation)\s+at\s+" + _NAME + _END),
    re.compile(
        r"\bhead\s+of\s+" + _NAME
        + r"['\u2019]s\s+(?:[a-z][\w-]*\s+){1,3}(?:team|group|unit|division|lab|organi[sz]ation)\b"
    ),
    # "comes from Mercado Libre, where ...": a career origin, not a question's speaker.
    re.compile(r"\bcom(?:es|ing)\s+(?:over\s+)?from\s+" + _NAME + r"(?=\s*,\s*where|\s*[.;]|\s+(?:after|to)\b)"),
    # "the Chilean retailer Falabella", "Swiss biotech Calder Bio": a company described first.
    re.compile(
        r"\b(?:retailer|lender|bank|insurer|carmaker|automaker|drugmaker|chipmaker|biotech|start-?up|"
        r"fintech|conglomerate|chain|manufacturer|maker|supplier|unicorn|operator|airline|rival|"
        r"competitor|subsidiary|consultancy|outfit)\s+" + _NAME + _END
    ),
]
_SLOTS = [re.compile(p.pattern, re.MULTILINE) for p in _SLOTS]

# Names built around a word that only organisations use: "Zenith Bank", "Great Lakes Members
# Credit Union", "Rheinfeld Pharma", "University of Eastmoor", "Banco del Pacífico Sur".
_UCAP = rf"(?!(?:CEO|CTO|CFO|COO|CIO|CPO|CMO|CISO|CSO|CRO|SVP|EVP|VP|GM|MD)\b)(?:[{UPPER}][\w&.+-]*[\w+]|[A-Z]{{2,}})"
# Newspaper words block person names but do not make a company ("Corporate News").
_PRESS = {"herald", "times", "daily", "wire", "journal", "news", "press", "tribune", "post", "gazette"}
_NOT_HEAD = {"department", "office", "council", "court", "company", "corporation"} | _PRESS
_HEAD_WORDS = sorted(ORG_HEADS - _NOT_HEAD, key=len, reverse=True)
_HEAD = "(?:" + "|".join(w.capitalize() for w in _HEAD_WORDS) + ")"
_CONNECT = r"(?:of|for|del|de|do|da|di|der|des|für|the|&)"
_HEAD_NAMES = [
    re.compile(
        rf"(?<![\w-])({_UCAP}[ \t]+(?:(?:{_CONNECT}[ \t]+){{0,2}}{_UCAP}[ \t]+){{0,3}}{_HEAD}(?:[ \t]+{_HEAD})?)"
        rf"(?:[ \t]+(?!{_HEAD}\b)({_UCAP}))?(?![\w-])"
    ),
    re.compile(
        rf"(?<![\w-])((?:{_UCAP}[ \t]+){{0,2}}(?:University|Bank|Banco|Banca|Banque|Department|Ministry|Institute|"
        rf"College|Grupo|Groupe)[ \t]+(?:{_CONNECT}[ \t]+){{0,2}}{_UCAP}(?:[ \t]+{_UCAP}){{0,2}})(?![\w-])"
    ),
]
# Leading words that open a sentence or phrase rather than a company name.
_LEAD_STOP = frozenset(
    {"about", "the", "a", "an", "at", "in", "on", "for", "from", "by", "with", "and", "but", "as", "to", "of",
     "after", "before", "since", "under", "via", "new", "former", "ex"}
)  # fmt: skip
# A known company followed by one of these is a separate company: "Kakao Mobility".
_SPIN_OFF_HEADS = ("Mobility", "Bank", "Securities", "Financial", "Capital", "Ventures", "Pay", "Health",
                   "Insurance", "Energy", "Bio", "Pharma", "Motors", "Auto", "Logistics")  # fmt: skip
_NOT_ORG = NOT_NAME_WORDS | {"meta's", "the", "a", "an", "its", "his", "her", "their", "it"}
# Sentence openers of questions and headlines ("Is Omar Said leaving?") are not companies.
_NOT_ORG |= {"deputy", "acting", "interim", "associate", "assistant", "senior", "junior"}
# A company name never opens with these ("Chief Financial Officer", "This week").
_NOT_ORG_START = {"this", "that", "chief", "vice", "head", "executive", "president", "director", "officer"}
_NOT_ORG |= {"is", "are", "was", "were", "does", "did", "do", "can", "should", "has", "have", "why", "who"}


def find_orgs(text: str, gazetteer: Gazetteer) -> list[Mention]:
    """Find company mentions: known spellings first, then slot-found unknown companies."""
    known = Gazetteer(dict(gazetteer.companies))
    for name, aliases in _longest_names(discover_unknown(text, gazetteer)).items():
        known.add(Company(name, aliases))
    for name, short in _short_forms(text, known):
        known.add(Company(name, (short,)))
    shipped = {(s, e) for s, e, _ in gazetteer.find(text)}
    mentions: list[Mention] = []
    # Longest first: "Kakao Mobility" (found in the text) beats the shipped "Kakao".
    for start, end, name in sorted(known.find(text), key=lambda f: (f[0] - f[1], f[0])):
        if any(m.start < end and start < m.end for m in mentions):
            continue
        shipped_here = (start, end) in shipped
        mentions.append(_org_mention(start, end, name, gazetteer) if shipped_here else Mention("ORG", start, end, name))
    return _units_of_owners(text, _formal_names(text, sorted(mentions, key=lambda m: m.start), gazetteer))


def _formal_names(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """Call a company by the formal long name a report gives it ("Samsung Electronics Co.,
    Ltd." ... "Samsung said"): a report's longest name for a company is its name there."""
    formal = gazetteer.formal_names()
    chosen: dict[str, str] = {}
    for mention in mentions:
        written = _clean(text[mention.start : mention.end])
        if written in formal and mention.value == formal[written]:
            chosen.setdefault(formal[written], written)
    for mention in mentions:
        if mention.value in chosen and mention.team is None:
            mention.value = chosen[mention.value]
    return mentions


# Head words of a company's internal unit: "Samsung's Seoul AI Lab" is a lab of Samsung.
_UNIT_HEAD = re.compile(r"\b(?:Labs?|Research|Division|Group|Unit|Cent(?:er|re)|Studios?|Institute)$")


def _units_of_owners(text: str, mentions: list[Mention]) -> list[Mention]:
    """Turn an unknown company named right after a possessive company ("Samsung's Seoul AI
    Lab") into a unit of that company, the way "Google DeepMind" is one of Google."""
    out: list[Mention] = []
    for mention in mentions:
        owner = out[-1] if out else None
        if (
            owner is not None
            and owner.value
            and mention.value
            and mention.team is None
            and re.fullmatch(r"\s*['\u2019]s?\s+", text[owner.end : mention.start])
            and _UNIT_HEAD.search(mention.value)
            and mention.value != owner.value
        ):
            mention = Mention("ORG", mention.start, mention.end, owner.value, team=mention.value)
        out.append(mention)
    return out


def _org_mention(start: int, end: int, name: str, gazetteer: Gazetteer) -> Mention:
    """A company mention; a unit like "Google DeepMind" carries its parent and team."""
    company, unit = gazetteer.resolve(name)
    return Mention("ORG", start, end, company, team=unit)


def discover_unknown(text: str, gazetteer: Gazetteer) -> list[str]:
    """Return names of companies the gazetteer lacks that sit in company-only slots."""
    forms = gazetteer.surface_forms()
    found: list[str] = []
    known = [start for start, _end, _name in gazetteer.find(text)]
    candidates = [
        m.group(1)
        for pattern in _SLOTS
        for m in pattern.finditer(text)
        if not _named_into_post(text, pattern, m) and not _product_chief(text, pattern, m, known)
    ]
    candidates += _head_names(text) + _spin_offs(text, gazetteer)
    for candidate in candidates:
        name = _clean(candidate)
        if name and name not in forms and name not in found and _plausible(name):
            found.append(name)
    return found


#: "has named Jane Roe chief financial officer": the run before a title is the person named to it.
_NAMING_VERB = re.compile(
    r"\b(?:nam(?:es|ed|ing)|appoint(?:s|ed|ing)?|tap(?:s|ped)|promot(?:es|ed|ing)|elevat(?:es|ed|ing)|"
    r"mak(?:es|ing)|made|install(?:s|ed)|hir(?:es|ed))\s+$"
)


def _named_into_post(text: str, pattern: re.Pattern[str], match: re.Match[str]) -> bool:
    """Tell whether a "<name> <title>" slot is the object of a naming verb (a person, not a company)."""
    return pattern is _SLOTS[2] and bool(_NAMING_VERB.search(text[max(0, match.start() - 30) : match.start()]))


def _product_chief(text: str, pattern: re.Pattern[str], match: re.Match[str], known: list[int]) -> bool:
    """Tell whether an "<X> <area> chief" opener names a product of a company the sentence
    names ("Siri engineering chief Jo Park left Apple"), not a company of its own."""
    if pattern is not _SLOTS[3]:
        return False
    end = re.search(r"[.!?](?:\s|$)", text[match.end() :])
    stop = match.end() + end.start() if end else len(text)
    return any(match.end() <= start < stop for start in known)


def _head_names(text: str) -> list[str]:
    """Names built around an organisation word ("Zenith Bank", "University of Eastmoor")."""
    out = []
    for pattern in _HEAD_NAMES:
        for match in pattern.finditer(text):
            name = match.group(0) if pattern is _HEAD_NAMES[1] or not match.lastindex or match.lastindex < 2 else None
            if name is None:
                tail = match.group(2)
                # "PKO Bank Polski" but not a title-case headline verb ("... Analytics Appoints").
                verb_like = re.search(r"(?:s|ed)$", tail or "")
                keep_tail = tail and tail.lower() not in NOT_NAME_WORDS and not verb_like
                name = match.group(0) if keep_tail else match.group(1)
            words = name.split()
            while words and words[0].lower() in _LEAD_STOP:
                words = words[1:]
            if len(words) >= 2:
                out.append(" ".join(words))
    return out


def _spin_offs(text: str, gazetteer: Gazetteer) -> list[str]:
    """ "Kakao Mobility" where the gazetteer knows only "Kakao": the longer name is its own company."""
    heads = "|".join(_SPIN_OFF_HEADS)
    out = []
    for start, end, _name in gazetteer.find(text):
        match = re.match(rf"[ \t]+(?:{heads})\b", text[end:])
        if match:
            out.append(text[start : end + match.end()])
    return out


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
        if longer is None and " " not in name:
            # One distinctive word of a single longer name: "Pacífico" for "Banco del Pacífico Sur".
            holders = [g for g in grouped if name in g.split()]
            longer = holders[0] if len(holders) == 1 else None
        if longer is None:
            grouped[name] = ()
        else:
            grouped[longer] += (name,)
    return grouped


def _clean(name: str) -> str:
    """Strip corporate suffixes like "Inc." and trailing connector words from a name."""
    legal = r"Inc\.?|Incorporated|Corp\.?|Corporation|Ltd\.?|Limited|LLC|Co\.?|Plc|PLC|plc|GmbH|AG|"
    legal += r"S\.A\.?|SA|N\.V\.|Pvt\.?"
    name = re.sub(rf"(?:[ \t,]+(?:{legal}))+$", "", name.strip())
    name = re.sub(r"(?:[ \t]+(?:&|of|de|for))+$", "", name)
    name = re.sub(r"^[A-Z]{2,}-(?=[A-Z])", "", name)  # "EXCLUSIVE-Halvard Pharmaceuticals"
    words = name.split()
    while len(words) > 1 and words[0].lower() in _LEAD_STOP:
        words = words[1:]
    name = " ".join(words)
    return name.strip(" .")


_TITLE_WORDS = frozenset({"chief", "officer", "vice", "director", "ceo", "cto", "cfo", "coo", "head", "chairman"})


def _plausible(name: str) -> bool:
    """Reject names that are people, months, pronouns or common words."""
    tokens = name.split()
    if not tokens or len(tokens) > 5:
        return False
    if tokens[0].lower() in _NOT_ORG and len(tokens) == 1:
        return False
    if tokens[0].lower() in _NOT_ORG - NOT_NAME_WORDS or tokens[0].lower() in _NOT_ORG_START:
        return False
    # A business area alone ("Design chief Jo Park" opening a sentence) is a unit, not a company.
    if all(t.lower() in _AREA_WORDS for t in tokens):
        return False
    # A title inside the run ("Names Dr. Jane Roe Chief Technology Officer") is a headline's
    # person and post run together, not a company.
    if any(t.lower() in _TITLE_WORDS for t in tokens[1:]):
        return False
    # Two capitalised words led by a first name are a person ("joined Jane Doe's team").
    return not (len(tokens) in (2, 3) and tokens[0].lower() in FIRST_NAMES)
