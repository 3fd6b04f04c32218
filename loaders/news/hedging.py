"""Hedge and negation detection: speculation is not a fact.

"in talks", "could", "may", "planning to leave", "denied", "rumoured" and negations mark a
clause as speculative. Attribution ("reportedly had been running", "according to") is not
hedging: a reported fact is still a fact.
"""

from __future__ import annotations

import re

_HEDGE = re.compile(
    r"\b(?:could|might|may|in\s+(?:advanced\s+|early\s+)?talks|negotiat\w+|den(?:y|ies|ied)|"
    r"rumou?r(?:s|ed)?|speculat\w+|consider(?:s|ed|ing)?|weigh(?:s|ed|ing)|mull(?:s|ed|ing)|"
    r"explor(?:es|ed|ing)|plan(?:s|ned|ning)?\s+to|intend(?:s|ed)?\s+to|expected\s+to|"
    r"likely|unlikely|poised\s+to|tipped\s+to|threaten(?:s|ed|ing)?\s+to|want(?:s|ed)?\s+to|"
    r"hop(?:es|ed|ing)\s+to|tr(?:y|ies|ied|ying)\s+to|attempt(?:s|ed|ing)?\s+to|offer(?:s|ed)?|"
    r"nearly|almost|whether|if|unless|potential(?:ly)?|possibl[ey]|perhaps|reportedly\s+"
    r"(?:considering|weighing|mulling|exploring|eyeing|courting|looking)|eye(?:s|ing)|"
    r"courting|approached|wooing|would\s+(?:likely|probably)|not|never|n't|no\s+longer\s+set|"
    # A correction note restating what an earlier version wrongly said retracts it.
    r"(?:earlier|previous|original)\s+version|incorrectly|erroneously|mistakenly|misstated)\b",
    re.IGNORECASE,
)


def is_hedged(clause: str) -> bool:
    """Tell whether a clause speculates or negates instead of stating a fact."""
    return bool(_HEDGE.search(clause))
