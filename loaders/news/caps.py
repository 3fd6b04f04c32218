"""Recasing of all-capitals lines (headlines, tickers, live blogs) before analysis.

The mention finders rely on capitals to tell names from words, so a line such as
"ACME HIRES JANE DOE FROM INITECH AS CFO" hides every name. Such lines are rewritten,
letter for letter (offsets stay valid), into ordinary case: common words and known title
words lower case, title acronyms and tickers upper case, known companies in their
gazetteer spelling, and every other word capitalised as a likely proper noun.
"""

from __future__ import annotations

import re

from orgraph.loaders.news.gazetteer import Gazetteer
from orgraph.loaders.news.names import NOT_NAME_WORDS

# Words that are lower case in running text. Kept to words a headline or ticker uses
# around moves; anything else is read as a proper noun, which only costs a missed fact.
_COMMON = frozenset(
    """
hires hired hire hiring names named appoints appointed taps tapped poaches poached lures lured
joins joined join joining leaves left leaving quits quit exits exited resigns resigned retire
retires retired retiring steps stepped step down out up departs departed started starts start
starting begins began reports report reporting says said say declines declined comment
comments confirms confirmed denies denied sources source memo filing statement
led lead leads leading run runs running heads headed head be been is are was were to
interim acting basis effective immediately successor successors succeed succeeds succeeded
search way under shares share little changed early late trade trading price stock
may might could would should follow follows following more less two three four five six
seven eight nine ten several some engineers engineer staff people executives executive
exec execs yrs yr years year months month weeks week days day after before amid amidst
officer financial operating technology technical marketing product products revenue
chief president vice general counsel manager director deputy senior principal
group team unit division lab business data center centre cloud software hardware
platform platforms infrastructure research chips chip models model
new old former ex latest top key also too again back into onto off over
""".split()  # noqa: SIM905
)
_UPPER_KEEP = frozenset(
    "CEO CTO CFO COO CIO CPO CMO CISO CSO CRO VP SVP EVP GM AI ML HR IT US UK EU ET PT GMT UTC".split()  # noqa: SIM905
)
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*")
_MIN_LETTERS = 12


def recase_capitals(text: str, gazetteer: Gazetteer) -> str:
    """Return ``text`` with its mostly-capitals lines in ordinary case, same length."""
    known = _known_spellings(gazetteer)
    lines = text.split("\n")
    out = [_recase_line(line, known) if _is_shouting(line) else line for line in lines]
    result = "\n".join(out)
    return result if len(result) == len(text) else text


def _is_shouting(line: str) -> bool:
    """A line whose letters are (almost) all capitals, and enough of them to matter."""
    letters = [c for c in line if c.isalpha()]
    if len(letters) < _MIN_LETTERS:
        return False
    return sum(c.isupper() for c in letters) >= 0.9 * len(letters)


def _known_spellings(gazetteer: Gazetteer) -> dict[str, str]:
    """Upper-case word → its spelling in a company name or alias ("NVIDIA" → "NVIDIA")."""
    known: dict[str, str] = {}
    for company in gazetteer.companies.values():
        for name in (company.name, *company.aliases):
            for word in _WORD.findall(name):
                known.setdefault(word.upper(), word)
    return known


def _recase_line(line: str, known: dict[str, str]) -> str:
    """Recase each word of one capitals line."""
    return _WORD.sub(lambda m: _recase_word(m.group(0), known, m.start(), line), line)


def _recase_word(word: str, known: dict[str, str], start: int, line: str) -> str:
    """One word in its likely ordinary case; the result has the word's length."""
    if word in _UPPER_KEEP or _is_ticker(line, start, len(word)):
        return word
    lower = word.lower()
    if lower in _COMMON or (lower in NOT_NAME_WORDS and not _is_calendar(lower)):
        return lower
    if word in known and len(known[word]) == len(word):
        return known[word]
    return _capitalise(word)


def _is_ticker(line: str, start: int, length: int) -> bool:
    """A ticker symbol in brackets: "(NVDA)"."""
    return line[start - 1 : start] == "(" and line[start + length : start + length + 1] == ")"


_CALENDAR = frozenset(
    """
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
""".split()  # noqa: SIM905
)


def _is_calendar(word: str) -> bool:
    """Month and weekday names keep their capital."""
    return word in _CALENDAR


def _capitalise(word: str) -> str:
    """ "SUN-HEE" → "Sun-Hee", "O'BRIEN" → "O'Brien", "JEONG'S" → "Jeong's"."""
    parts = re.split(r"(['\u2019-])", word)
    out: list[str] = []
    for i, part in enumerate(parts):
        if i % 2 == 1:
            out.append(part)
        elif i > 0 and parts[i - 1] in "'\u2019" and part.lower() in {"s", "t", "ll", "re", "ve", "d"}:
            out.append(part.lower())
        else:
            out.append(part[:1].upper() + part[1:].lower())
    return "".join(out)
