"""Relation rules over placeholder clauses.

Each rule is a regular expression over a clause in placeholder form (see :mod:`clauses`)
written with macros: ``{SUBJ}`` one or more people, ``{ADV}`` auxiliaries and adverbs,
``⟨O…⟩`` a company, ``⟨T…⟩`` a team, ``⟨R…⟩`` a title. A rule names the fact type it
yields; :mod:`relations` turns its groups into facts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from orgraph.loaders.news.models import FactType

_P = r"⟨P\d+⟩"
_MACROS = {
    # "Grant (no relation to the actor) has led ...": an aside in brackets after the people.
    "SUBJ": rf"(?P<subj>{_P}(?:(?:\s*,\s*|\s*,?\s+and\s+){_P})*)(?:\s*\([^()]{{1,80}}\))?",
    "ADV": (
        # "Her deputy at GitHub, Deepa Sundaram, will head ...": the comma closing an
        # appositive before the name, right before the auxiliary.
        r"(?:\s*,(?=\s+(?:will|would|has|have|had|is|was|now)\b))?"
        r"(?:\s+(?:also|now|recently|just|officially|reportedly|quietly|formally|previously|"
        r"already|ultimately|eventually|then|later|finally|abruptly|suddenly|effectively|"
        r"primarily|currently|himself|herself|both|has|have|had|is|are|was|were|been|be|being|will|"
        r"would|shall|did|does|since|once|first|originally|subsequently|ultimately|today|am|"
        r"ended\s+up|end\s+up|went\s+on\s+to|go\s+on\s+to|most\s+recently|latterly|lately|"
        r"continu(?:e|es|ed|ing)\s+to)|'(?:m|ve|ll|d)\b)*"
    ),
    # What may stand between "led by" and the leader: "his successor,", "vice president".
    "BOSS": (
        r"(?:(?:the|his|her|their|its|our)\s+)?(?:(?:new|longtime|former|current|interim)\s+)?"
        r"(?:(?:⟨R\d+⟩|successor|deputy|predecessor|colleague)\s*,?\s+)?(?:dr\.?\s+)?"
    ),
    "O": r"⟨O\d+⟩",
    "OT": r"⟨[OT]\d+⟩",
    "T": r"⟨T\d+⟩",
    "R": r"⟨R\d+⟩",
    "P": _P,
    "W": r"(?:[\w'-]+\s+)",
    # "all of our research" leads the same unit as "our research".
    "DET": r"(?:(?:all\s+of\s+)?(?:the|its|their|our|his|her|a|an)\s+)?",
    # A manager, possibly behind their title: "to CEO Alan Brooks", "to Anthropic's chief
    # science officer, Tomasz Wójcik".
    "MGR": (
        r"(?:(?:the|its|their|his|her)\s+)?(?:⟨O\d+⟩(?:'s)?\s+)?(?:(?:new|former|current)\s+)?"
        r"(?:(?:two|three|both|joint)\s+)?(?:(?:[a-z-]+\s+)?(?:⟨R\d+⟩s?(?:\s+and\s+⟨R\d+⟩)?|co-?founders|founders)\s*,?\s+)?"
        r"(?P<mgr>⟨P\d+⟩)"
        # "answers to the two founders, A and B": every named manager of the list.
        r"(?P<more>(?:\s*,\s*(?:and\s+)?|\s+and\s+)⟨P\d+⟩(?!(?:'s|\s+(?:is|was|will|has|had|who|"
        r"runs?|leads?|heads?|reports?|answers?|joins?|joined|left|oversees)\b)))*"
    ),
}

_JOIN_V = (
    r"join(?:s|ed|ing)?|rejoin(?:s|ed|ing)?|"
    r"(?:move[sd]?|moving|defect(?:s|ed|ing)?|jump(?:s|ed|ing)?|switch(?:es|ed|ing)?|"
    r"return(?:s|ed|ing)?|head(?:s|ed|ing)?|went|go(?:es|ne|ing)?|decamp(?:s|ed|ing)?|"
    r"bolt(?:s|ed|ing)?|come|came|comes)\s+(?:over\s+|back\s+)?to|"
    r"co-?found(?:s|ed|ing)?|sign(?:s|ed|ing)?\s+on\s+(?:with|at|to)|(?:start|begin|began|begun)(?:s|ed|ning)?\s+(?:work\s+)?at|"
    r"(?:been|is|was)\s+(?:at|with)(?=\s+⟨O\d+⟩\s+since)|jump(?:s|ed|ing)?\s+ship\s+to|"
    r"(?:hired|poached|recruited|lured|tapped|picked|snapped\s+up|brought\s+on|acqui-?hired)"
    r"\s+(?:away\s+)?by|"
    # Light-verb arrivals: "is off to Rivian", "lands at Cohere", "ends up at Figma".
    r"(?:is|are|was|were|'s)\s+off\s+to|land(?:s|ed|ing)?\s+(?:a\s+(?:job|role|post)\s+)?(?:at|with)|"
    r"(?:wind|winds|wound|end|ends|ended)\s+up\s+(?:at|with)"
)
# Verbs of a move that take "from X to Y" (or "from X by Y" in the passive): one frame for
# "moved from Uber to Lyft", "decamped from Yandex to co-found Nimbus", "followed her from
# X to Y", "was lured away from Shopify by Figma".
_FRAME_V = (
    r"(?:chang|mov|switch|go|went|jump|head|defect|hop|transfer|decamp|bolt|follow|return|"
    r"relocat|leap|leapt|migrat|shift|graduat|swap|trad)[a-z]*"
)
_AWAY_V = r"(?:lured|poached|hired|recruited|wooed|tempted|prised|pried|enticed|coaxed)\s+away"
_LEAVE_V = (
    r"left|leav(?:es|ing|e)|quit(?:s|ting)?|depart(?:s|ed|ing)?(?:\s+from)?|"
    r"exit(?:s|ed|ing)?|resign(?:s|ed|ing)?(?:\s+from)?|step(?:s|ped|ping)?\s+down(?:\s+from)?(?!\s+(?:as\b|(?:from\s+)?(?:the|his|her|their)\s+(?:job|role|post|position)\b))|"
    r"retir(?:es|ed|ing|e)(?:\s+from)?|bow(?:s|ed|ing)?\s+out(?:\s+(?:of|from))?|"
    r"part(?:s|ed|ing)\s+ways\s+with|walk(?:s|ed|ing)\s+away\s+from|bolt(?:s|ed|ing)?\s+from|"
    r"ditch(?:es|ed|ing)?|(?:fired|ousted|let\s+go|laid\s+off|pushed\s+out)(?:\s+(?:by|from))?"
)
_LEAD_V = (
    r"lead(?:s|ing)?|led|run(?:s|ning)?|ran|head(?:s|ed|ing)?|oversee(?:s|ing)?|oversaw|"
    r"overseen|manag(?:es|ed|ing|e)|in\s+charge\s+of|responsible\s+for|"
    r"(?:took|take[sn]?|taking|assum(?:es|ed|ing|e))\s+(?:over\s+)?(?:the\s+)?(?:leadership|helm|reins)\s+of|"
    r"(?:took|take[sn]?|taking)\s+over|"
    # "will absorb the search team", "is taking on responsibility for payments".
    r"absorb(?:s|ed|ing)?|(?:took|take[sn]?|taking|assum(?:es|ed|ing|e))\s+(?:on\s+|over\s+)?(?:the\s+)?"
    r"responsibility\s+for|"
    r"helm(?:s|ed|ing)?|direct(?:s|ed|ing)?|spearhead(?:s|ed|ing)?|steer(?:s|ed|ing)?|"
    r"(?:took|take[sn]?|taking|assume[sd]?|assuming)\s+(?:the\s+)?(?:helm|charge|leadership|"
    r"control)\s+of|(?:(?:put|placed)\s+)?(?:at\s+the\s+helm|in\s+charge)\s+of"
)
_HIRE_V = (
    r"hired|hires|poached|poaches|recruited|recruits|lured|lures|tapped|taps|snagged|snags|"
    r"nabbed|nabs|landed|lands|brought\s+(?:on|in)|brings\s+(?:on|in)|added|adds|appointed|"
    r"appoints|named|names|snapped\s+up|picked\s+up|welcomed|welcomes|signed"
)


@dataclass(frozen=True)
class Rule:
    """A named pattern that yields one kind of fact."""

    name: str
    type: FactType
    pattern: re.Pattern[str]
    confidence: float


def _rule(name: str, type_: FactType, pattern: str, confidence: float = 0.85) -> Rule:
    """Compile a rule, expanding ``{MACRO}`` names in its pattern."""
    expanded = re.sub(r"\{(\w+)\}", lambda m: _MACROS[m.group(1)], pattern)
    return Rule(name, type_, re.compile(expanded, re.IGNORECASE), confidence)


#: "its head of compliance, " / "its CFO, ": a company's own title before the name it describes.
_ITS_TITLE = (
    r"(?:(?:its|their)\s+(?:(?:former|longtime|outgoing)\s+)?(?:⟨[RT]\d+⟩|[\w-]+)"
    r"(?:\s+(?:of\s+)?(?:⟨[RT]\d+⟩|[\w-]+)){0,3}\s*,?\s+)?"
)
#: "Stripe said (on Monday) (that) it ...": the company speaking is the subject of what follows.
_SAID_IT = r"(?:\s+(?:said|says|announced|confirmed)(?:\s+⟨D\d+⟩)?(?:\s+that)?\s+it)?"
_PART_WAYS = r"{ADV}\s+(?:(?:agreed|decided)\s+to\s+)?(?P<verb>part(?:s|ed|ing)?\s+(?:ways|company))(?!\s+with)"

CLAUSE_RULES: list[Rule] = [
    # "hands that role to Jo Park on May 1", "will pass the CTO job at Acme to Jo Park".
    _rule(
        "hand_over",
        "ROLE",
        r"{SUBJ}{ADV}\s+(?P<verb>hand(?:s|ed|ing)?|pass(?:es|ed|ing)?)\s+(?:over\s+)?"
        r"(?:(?:the|that|this|his|her|their)\s+)?(?:(?P<role>{R})\s*)?(?:role|post|job|position|title|baton|reins)?"
        r"(?:\s+(?:at|of)\s+(?P<obj>{O}))?\s+(?:over\s+)?to\s+{BOSS}(?P<mgr>{P})",
    ),
    _rule("join_verb", "JOINED", rf"{{SUBJ}}{{ADV}}\s+(?P<verb>{_JOIN_V})\s+{{DET}}(?P<obj>{{OT}})"),
    # "He starts on July 28", "Petrova started on Monday as ...": the start of a move
    # reported elsewhere in the text; the company comes from that move.
    _rule(
        "start_verb",
        "JOINED",
        r"{SUBJ}{ADV}\s+(?P<verb>start(?:s|ed)?|begin(?:s)?|began|take[sn]?\s+up\s+(?:the|his|her|their)\s+"
        r"(?:post|role|job|position))(?!\s+(?:at|with|to|out|as\s+an?\s+intern)\b)",
        0.7,
    ),
    # "joins from Broadcom", "joins us from Uber", "comes from Siemens, where she ...".
    _rule(
        "joined_from",
        "JOINED",
        r"{SUBJ}{ADV}\s+(?P<verb>(?:re)?join(?:s|ed|ing)?|com(?:es|e|ing)|came)\s+(?:us\s+|over\s+|aboard\s+|on\s+board\s+)?"
        r"(?:(?:in\s+|on\s+)?⟨D\d+⟩\s+)?from\s+(?:the\s+)?(?P<frm>{O})",
    ),
    # "is changing from SAP to Google", "moved from Uber to Lyft in May".
    _rule(
        "from_to_move",
        "JOINED",
        rf"{{SUBJ}}{{ADV}}\s+(?P<verb>{_FRAME_V})\s+(?:(?:him|her|them|me|us|⟨P\d+⟩)\s+)?(?:over\s+|back\s+)?"
        r"from\s+(?:the\s+)?(?P<frm>{O})\s+(?:⟨D\d+⟩\s+)?(?:over\s+|back\s+)?to\s+(?:(?P<found>co-?found|found|launch|start|join)\s+)?(?P<obj>{O})",
    ),
    _rule(
        "from_to_move",
        "JOINED",
        rf"{{SUBJ}}{{ADV}}\s+(?P<verb>{_AWAY_V})\s+from\s+(?:the\s+)?(?P<frm>{{O}})\s+by\s+(?P<obj>{{O}})",
    ),
    # "completes her move from Cohere to Mistral AI", "made the switch from X to Y".
    _rule(
        "noun_move",
        "JOINED",
        r"{SUBJ}{ADV}\s+(?:complet|finali[sz]|mak|made|seal|announc)[a-z]*\s+(?:a|an|the|his|her|their|my)\s+"
        r"(?:[\w-]+\s+){0,2}?(?P<verb>move|switch|transfer|jump)\s+from\s+(?P<frm>{O})\s+(?:over\s+)?to\s+(?P<obj>{O})",
    ),
    # "He was previously at OpenAI": a past employer, left at an unstated time.
    _rule(
        "former_at",
        "LEFT",
        r"{SUBJ}{ADV}\s+(?:was|were|had\s+been|worked)\s+(?:previously|formerly|earlier|before)\s+"
        r"(?:at|with|for)\s+(?P<obj>{O})",
        0.65,
    ),
    _rule(
        "latest_hire",
        "JOINED",
        r"{SUBJ}{ADV}\s+(?:is|was|becomes|became)\s+{DET}(?:latest|newest|most\s+recent|another|"
        r"first|second|third|new|recent)\s+{W}{0,2}?(?:hire|addition|recruit|arrival|catch|"
        r"poach|to\s+join|high-profile\s+hire)\s+(?:for|at|to|by|of|from)?\s*(?P<obj>{OT})",
    ),
    _rule(
        "org_hires",
        "JOINED",
        # A ticker and a wire colon may follow the company: "Acme (ACME.O): hires ...".
        # "Stripe said Monday (that) it had brought on ...": "it" is the company that said so.
        rf"(?P<obj>{{O}})(?:\s*\((?-i:[A-Z][A-Z.]{{0,7}})\))?(?:\s*:)?"
        r"(?:\s+(?:said|says|announced|announces|confirmed|confirms)(?:\s+⟨D\d+⟩)?(?:\s+that)?\s+it)?"
        rf"{{ADV}}\s+(?P<verb>{_HIRE_V})\s+"
        rf"(?:{{W}}|{{O}}\s+|{{R}}\s+){{0,5}}?{{SUBJ}}",
    ),
    # "Monzo last month elevated Daniel Vreeswijk to chief operating officer": a company
    # promoting someone gives them the title there (no move: the person was already inside).
    _rule(
        "org_promotes",
        "ROLE",
        r"(?P<obj>{O})" + _SAID_IT + r"{ADV}(?:\s+⟨D\d+⟩)?"
        r"{ADV}\s+(?P<verb>promot(?:es|ed|ing)|elevat(?:es|ed|ing)|upgrad(?:es|ed|ing)|bump(?:s|ed)\s+up)\s+{SUBJ}"
        r"\s+to\s+(?:the\s+(?:role|post|position|job|rank)\s+of\s+)?{DET}(?:(?:new|permanent|full-time)\s+)?(?P<role>{R})",
    ),
    # "Stripe has parted ways with its CFO, Jo Park": the company ends the tie.
    _rule(
        "parting_ways",
        "LEFT",
        r"(?P<obj>{O})" + _SAID_IT + r"{ADV}\s+"
        r"(?:(?:agreed|decided)\s+to\s+)?(?P<verb>part(?:s|ed|ing)?\s+(?:ways|company))\s+with\s+"
        + _ITS_TITLE
        + r"{SUBJ}",
    ),
    _rule(
        "leave_verb",
        "LEFT",
        rf"{{SUBJ}}{{ADV}}\s*(?:(?:was|been|is|got)\s+)?(?P<verb>{_LEAVE_V})"
        r"(?:\s+(?:(?:his|her|their|the)\s+(?:job|post|role|position|seat)(?:\s+as\s+{W}{0,3}?{R})?\s+"
        r"(?:at|with|of)\s+)?(?:the\s+(?:(?!(?:for|to|and|in|on|at|after|with|as|from)\b)[A-Za-z-]+\s+){0,2}?)?"
        r"(?P<obj>{OT}))?",
    ),
    # "wrapped up 13 years at IBM in March", "ended a decade-long run at Oracle": a tenure closed.
    _rule(
        "ended_tenure",
        "LEFT",
        r"{SUBJ}{ADV}\s+(?P<verb>wrap(?:s|ped|ping)?\s+up|end(?:s|ed|ing)?|clos(?:es|ed|ing)|conclud(?:es|ed|ing))\s+"
        r"(?:(?:a|an|his|her|their)\s+)?(?:⟨U\d+⟩|[\w-]+-year|decade-long)(?:\s+(?:stint|career|run|tenure|spell))?\s+"
        r"(?:at|with)\s+(?P<obj>{OT})",
    ),
    # Headline and ticker shorthand for a planned departure: "Intel: CFO Jo Park to retire in June".
    _rule(
        "headline_to_leave",
        "LEFT",
        r"(?:^|[:;\u2013\u2014]\s*|--\s*)(?:(?:⟨O\d+⟩'s?\s+)?⟨R\d+⟩\s+)?{SUBJ}\s+to\s+"
        r"(?P<verb>retire|leave|exit|depart|quit|step\s+down|resign)(?:\s+(?:from\s+)?(?P<obj>{OT}))?(?![\w-])",
        0.75,
    ),
    # "Farahani's last day at Google was May 23", "Friday was my last day at Stripe".
    _rule("last_day", "LEFT", r"{SUBJ}(?:'s)?\s+(?:last|final)\s+day\s+(?:at|with)\s+(?P<obj>{O})"),
    # "His last day is Friday": the company is the one the person is tied to.
    _rule(
        "last_day",
        "LEFT",
        r"{SUBJ}(?:'s)?\s+(?:last|final)\s+day(?!\s+(?:at|with)\b)\s+(?:is|was|will\s+be)\s+(?:on\s+)?(?=⟨D\d+⟩)",
    ),
    # The company named before the day: "After 8 years at Lotus, Friday was my final day".
    _rule(
        "last_day_after_place",
        "LEFT",
        r"(?:at|with)\s+(?P<obj>{O})\s*,\s*(?:(?:[\w-]+|⟨D\d+⟩)\s+){0,3}?(?:was|is|will\s+be)\s+{SUBJ}(?:'s)?\s+"
        r"(?:last|final)\s+day\b(?!\s+(?:at|with)\b)",
    ),
    _rule(
        "latest_to_leave",
        "LEFT",
        r"{SUBJ}{ADV}\s+(?:is|was|becomes|became)\s+the\s+(?:latest|newest|most\s+recent|\w+)\s+"
        r"{W}{0,3}?to\s+(?:leave|exit|depart(?:\s+from)?|quit|walk\s+away\s+from)\s+(?P<obj>{OT})",
    ),
    _rule(
        "org_loses",
        "LEFT",
        r"(?P<obj>{O}){ADV}\s+(?:lost|loses|losing)\s+(?:{W}|{R}\s+){0,4}?{SUBJ}",
    ),
    _rule(
        "lead_verb",
        "LEADS",
        rf"{{SUBJ}}{{ADV}}\s+(?P<verb>{_LEAD_V})\s+{{DET}}(?:(?:{{O}}(?:'s)?\s+)?{{W}}{{0,2}}?(?P<team>{{T}})|(?:{{O}}'s\s+)?(?P<unit>{{O}})(?!'s))",
    ),
    # "Ruiz has been tapped to lead the payments business": an appointment to lead a team.
    _rule(
        "named_to_lead",
        "LEADS",
        r"{SUBJ}{ADV}\s+(?:(?:been|being|was|were|is)\s+)?(?P<verb>named|tapped|appointed|picked|chosen|selected|promoted|asked)"
        r"\s+to\s+(?:lead|run|head|oversee|manage)\s+{DET}(?:(?:{O})(?:'s)?\s+)?(?P<team>{T})",
    ),
    # "Mokoena spent 12 years at Salesforce, most recently overseeing the Einstein platform
    # team": a participle after the clause's subject says what that person led.
    _rule(
        "participle_lead",
        "LEADS",
        r"{SUBJ}(?:(?!⟨P)[^;])*?,\s*(?:(?:most\s+recently|latterly|lately|later|eventually|finally)\s*,?\s+)?"
        r"(?P<verb>overseeing|leading|running|heading|managing|directing)\s+{DET}(?:(?:{O})(?:'s)?\s+)?(?P<team>{T})",
        0.75,
    ),
    # "The AFM team, which is now led by his successor, Jo Park", "Its vision group stays
    # under Vikas Iyer", "lending will be overseen by vice president Hana Yoo".
    _rule(
        "led_by",
        "LEADS",
        # "the search and ads teams are being combined under P": every coordinated team.
        r"(?P<teams>(?:⟨T\d+⟩\s*,\s*)*⟨T\d+⟩\s*,?\s+(?:and|&)\s+)?"
        r"(?P<team>{T})\**(?:\s+(?:at|of|within|inside)\s+{O})?(?:\s*,(?:\s*(?:which\s+⟨P\d+⟩[^,;⟨]{1,30}|which|that|"
        r"some\s+[^,⟨]{1,30}|now|for\s+now)\s*,?)?)?(?P<aux>{ADV})\s+(?:being\s+|to\s+be\s+)?(?:(?P<verb>led|run|headed|overseen|managed|"
        r"helmed|directed|taken\s+over)\s+(?:primarily\s+|jointly\s+|now\s+)?by|(?P<under>(?:sits?|stays?|remains?|"
        r"falls?|moves?|comes?|is|are|will\s+be|(?:being\s+|be\s+)?(?:combined|merged|consolidated|folded|moved|"
        r"brought|placed|put|grouped|reorgani[sz]ed))\s+(?:as\s+it\s+is\s*,\s*)?under))\s+{BOSS}{SUBJ}",
    ),
    # "has left her post as chief data officer at the agency": the title ends (the date, if any, is its end).
    _rule(
        "left_post_as",
        "ROLE",
        r"{SUBJ}{ADV}\s+(?P<verb>left|leaves|leaving|vacat(?:es|ed|ing)|quit|relinquish(?:es|ed|ing)?)\s+"
        r"(?:his|her|their|the)\s+(?:post|role|job|position|seat)\s+as\s+{DET}(?:(?P<obj>{O})(?:'s)?\s+)?(?P<role>{R})"
        r"(?:\s+(?:at|of|with)\s+(?:the\s+)?(?P<obj2>{O}))?",
    ),
    # "steps down as CFO" ends a title, not necessarily employment ("... but stays on").
    _rule(
        "step_down_as",
        "ROLE",
        r"{SUBJ}{ADV}\s+(?P<verb>step(?:s|ped|ping)?\s+down|resign(?:s|ed|ing)?)\s+as\s+{DET}"
        r"(?:(?P<obj>{O})(?:'s)?\s+)?(?P<role>{R})",
    ),
    # "Bansal takes over from Helen Ortiz", "She succeeds Raj Malhotra", "Goldberg replaces
    # interim CTO Sam Whitaker": the predecessor (group mgr) held what the successor now holds.
    _rule(
        "succession",
        "LEADS",
        # "has been named to succeed P as R": the appointment verb before the succession verb.
        r"{SUBJ}{ADV}\s+(?:(?:named|tapped|chosen|picked|appointed|selected|set|poised|expected|due|slated)\s+to\s+)?"
        r"(?P<verb>replac(?:es|ed|ing|e)|succeed(?:s|ed|ing)?|(?:take[sn]?|took|taking)\s+over\s+from)"
        r"\s+(?:(?:the\s+)?(?:⟨O\d+⟩(?:'s)?\s+)?(?P<role0>⟨R\d+⟩)\s*,?\s+)?(?P<mgr>⟨P\d+⟩)"
        # "replaces P, who retired in June, as head of ...": a relative clause on the predecessor.
        r"(?:\s*,\s*(?:who|whom)\b[^,;⟨]{0,40}(?:⟨D\d+⟩[^,;⟨]{0,10})?,)?"
        # "as head of Natura's cloud team" names the team led, not a title.
        r"(?:\s+as\s+(?:the\s+)?(?:new\s+)?(?:head|leader|chief)\s+of\s+{DET}(?:⟨O\d+⟩(?:'s)?\s+)?(?P<team>⟨T\d+⟩))?"
        r"(?:\s+as\s+{DET}(?:⟨O\d+⟩(?:'s)?\s+)?(?P<role>⟨R\d+⟩))?",
    ),
    # "takes the reins of the cloud team from P": P led the team until the handover.
    _rule(
        "succession",
        "LEADS",
        r"{SUBJ}{ADV}\s+(?P<verb>(?:take[sn]?|took|taking|assum(?:es|ed|ing|e))\s+(?:over\s+)?(?:the\s+)?"
        r"(?:reins|helm|leadership|control)\s+of|(?:take[sn]?|took|taking)\s+over)\s+{DET}(?:⟨O\d+⟩(?:'s)?\s+)?"
        r"(?P<team>{T})\s+from\s+{BOSS}(?P<mgr>{P})",
    ),
    # "Kim was named head of its memory division, replacing Park": a participle after the
    # successor's clause names the predecessor.
    _rule(
        "succession",
        "LEADS",
        r"{SUBJ}(?:(?!⟨P)[^;])*?,\s*(?P<verb>replacing|succeeding)\s+(?:(?:the\s+)?(?:⟨O\d+⟩(?:'s)?\s+)?"
        r"(?P<role0>⟨R\d+⟩)\s*,?\s+)?(?P<mgr>⟨P\d+⟩)",
        0.75,
    ),
    # "Hale will be succeeded on June 30 by COO Dana Wu": the same handover, passive.
    _rule(
        "succession",
        "LEADS",
        r"(?P<mgr>⟨P\d+⟩){ADV}\s+(?P<verb>succeeded|replaced)\s+(?:⟨D\d+⟩\s+)?by\s+"
        r"(?:(?:the\s+|its\s+)?(?:⟨O\d+⟩(?:'s)?\s+)?⟨R\d+⟩\s*,?\s+)?{SUBJ}",
    ),
    _rule(
        "reports_to",
        "REPORTS_TO",
        r"{SUBJ}{ADV}\s+(?:directly\s+)?(?:report(?:s|ed|ing)?|answer(?:s|ed|ing)?)\s+(?:directly\s+)?"
        r"(?:to|into)\s+{MGR}",
    ),
    # "..., reporting to Theo Vance": a participle that takes the clause's subject.
    _rule(
        "reporting_to",
        "REPORTS_TO",
        r"{SUBJ}(?:(?!⟨P)[^;])*?,\s*(?:and\s+)?(?:reporting|answering)\s+(?:directly\s+)?to\s+{MGR}",
        0.8,
    ),
    # "Priya Raman's team will move under Marco Bellini", "Ortega's group now reports to Wu":
    # a person's own unit moving under someone puts that person in their reporting line.
    _rule(
        "unit_under",
        "REPORTS_TO",
        r"{SUBJ}'s?\s+(?:(?:entire|whole|own|current)\s+)?(?:team|group|organi[sz]ation|org|unit|division|department)"
        r"{ADV}\s+(?:(?:move|shift|fall|sit|come|go|slot)[a-z]*\s+(?:in)?under|(?:be(?:ing)?\s+)?(?:moved|shifted|"
        r"folded|placed|put|slotted)\s+under|(?:report|answer)[a-z]*\s+(?:directly\s+)?(?:to|into))\s+{MGR}",
        0.75,
    ),
    # "appointed Zhou as senior vice president in charge of its smart cockpit division": a
    # title that says which team it runs.
    _rule(
        "title_in_charge",
        "LEADS",
        r"{SUBJ}(?:(?!⟨P)[^;])*?\bas\s+{DET}(?:new\s+)?⟨R\d+⟩\s*,?\s+(?P<verb>in\s+charge\s+of|responsible\s+for|"
        r"overseeing|leading|heading|running)\s+{DET}(?:⟨O\d+⟩(?:'s)?\s+)?(?P<team>{T})",
        0.8,
    ),
    # "The research team, which Petrov ran, will now be run by Liu": the earlier leader, in an
    # object relative clause.
    _rule(
        "which_led",
        "LEADS",
        r"(?P<team>{T})(?:\s+(?:at|of)\s+{O})?\s*,\s*which\s+{SUBJ}{ADV}\s+"
        r"(?P<verb>ran|led|headed|oversaw|managed|built|founded|run|overseen)\b",
        0.75,
    ),
    # "The search group will be folded into Marco Bellini's organisation".
    _rule(
        "into_unit_of",
        "LEADS",
        r"(?P<team>{T})(?:\s+(?:at|of|within)\s+{O})?{ADV}\s+(?:being\s+|be\s+)?(?:folded|moved|merged|absorbed|rolled|"
        r"brought|combined|integrated|consolidated)\s+into\s+{SUBJ}'s?\s+(?:[\w-]+\s+)?(?:organi[sz]ation|org|group|"
        r"team|division|unit|department)",
        0.75,
    ),
]

SENTENCE_RULES: list[Rule] = [
    # "Wise and its head of compliance, Aditya Bhattacharjee, are parting ways", "Dubois and
    # Stripe parted company": both sides part, so the person left the company. Sentence-level
    # because clauses are cut at "and".
    _rule(
        "parting_ways",
        "LEFT",
        r"(?P<obj>{O})\s+and\s+"
        + _ITS_TITLE
        + r"{SUBJ}(?:\s*,\s*(?:its|their|the)\s+[^,;]{1,60}?,)?\s*,?"
        + _PART_WAYS,
    ),
    _rule("parting_ways", "LEFT", r"{SUBJ}\s+and\s+(?P<obj>{O})" + _PART_WAYS),
    # "The head of Spotify's personalization team, Amara Nwosu, said ..." and the inverted
    # "In charge of the team is Amara Nwosu": the leader named after the team.
    _rule(
        "head_of_comma",
        "LEADS",
        r"\b(?:(?:new|current|interim)\s+)?(?:head|leader|boss|chief)\s+of\s+{DET}(?:{O}'s\s+)?(?P<team>{T})"
        r"(?:\s+(?:at|of)\s+{O})?\s*,\s*{SUBJ}\s*[,.;]",
        0.8,
    ),
    _rule(
        "leader_after",
        "LEADS",
        r"\b(?:in\s+charge\s+of|at\s+the\s+helm\s+of|leading|running|heading)\s+{DET}(?:{O}'s\s+)?(?P<team>{T})"
        r"(?:\s+(?:at|of)\s+{O})?\s+(?:is|was|will\s+be)\s+(?:now\s+)?{BOSS}{SUBJ}",
        0.8,
    ),
    # Inverted successions, the successor last: "P's successor as CEO of O is Q", "Taking
    # over from P as CEO is Q". The predecessor is group mgr, as in the clause rules.
    _rule(
        "succession",
        "LEADS",
        r"(?:(?P<mgr>{P})'s?\s+(?:(?:new|chosen|named|designated)\s+)?(?P<verb>successor)|"
        r"^[\W_]*(?P<verb2>(?:taking|stepping\s+in)\s+over\s+from|taking\s+over\s+for|succeeding|replacing)\s+(?P<mgr2>{P}))"
        r"\s+as\s+{DET}(?:⟨O\d+⟩(?:'s)?\s+)?(?P<role>{R})(?:\s+(?:of|at)\s+{O})?\s+(?:is|will\s+be|was)\s+{BOSS}{SUBJ}",
        0.8,
    ),
    # "Joining Stripe from Adyen is Hélène Dubois": an inverted hire.
    _rule(
        "inverted_join",
        "JOINED",
        r"^[\W_]*(?P<verb>joining)\s+(?P<obj>{OT})(?:\s+from\s+(?P<frm>{O}))?\s+(?:is|are|will\s+be)\s+{BOSS}{SUBJ}",
        0.8,
    ),
    # "Formerly of Adyen, Hélène Dubois joins Stripe": a past employer fronted as an aside.
    _rule(
        "former_fronted",
        "LEFT",
        r"^[\W_]*(?:formerly|previously|most\s+recently|until\s+recently)\s+(?:of|at|with)\s+(?P<obj>{O})\s*,\s*{SUBJ}",
        0.7,
    ),
    # "Luis Ortega's boss is Dana Whitfield": a possessive reporting line (a former boss is not current).
    _rule(
        "boss_is",
        "REPORTS_TO",
        r"{SUBJ}'s?\s+(?:(?:new|direct|current|immediate)\s+)?(?:boss|manager|supervisor|line\s+manager)\s+"
        r"(?:is|will\s+be|is\s+now|has\s+become|becomes)\s+{MGR}",
        0.8,
    ),
    # "Departing Sony after a decade, Kenji Watanabe heads to Nintendo": a fronted participle.
    _rule(
        "fronted_departure",
        "LEFT",
        r"^[\W_]*(?P<verb>departing|leaving|exiting|quitting)\s+(?P<obj>{O})[^;⟨]{0,40}(?:⟨[DU]\d+⟩[^;⟨]{0,10})?,\s*{SUBJ}",
        0.75,
    ),
    # "Reporting to Dana Whitfield, Luis Ortega will oversee payments."
    _rule(
        "fronted_reporting",
        "REPORTS_TO",
        r"^[\W_]*(?:reporting|answering)\s+(?:directly\s+)?to\s+{MGR}\s*,\s*{SUBJ}",
        0.8,
    ),
    # "Its head, Jo Park, ...", "Jo Park, its leader, ...": "its" is the team just named.
    _rule(
        "its_head",
        "LEADS",
        r"(?:\b(?:its|their)\s+(?:new\s+|current\s+)?(?:head|leader|chief|boss)\s*,\s*{SUBJ}|"
        r"(?P<subj2>{P})\s*,\s*(?:its|their)\s+(?:new\s+|current\s+)?(?:head|leader|chief|boss)\s*[,.;])",
        0.75,
    ),
    # "Kumar's predecessor as CTO, Jo Park, ...": Park held the title too.
    _rule(
        "predecessor_as",
        "ROLE",
        r"(?P<succ>{P})'s?\s+(?:(?:former|immediate)\s+)?predecessor\s+as\s+(?P<role>{R})\s*,\s*{SUBJ}",
        0.75,
    ),
    # "Three vice presidents now report to Farouk: A, who runs X; B; and C": the people
    # after the colon report to the manager before it.
    _rule(
        "reports_to_list",
        "REPORTS_TO",
        r"\b(?:report|answer)(?:s|ed|ing)?\s+(?:directly\s+)?(?:to|into)\s+{MGR}\s*[:\u2014\u2013]\s*"
        r"(?P<subj>{P}(?:(?:(?!⟨P)[^.])*?(?:[;,]\s*(?:and\s+)?|\s+and\s+){P})*)",
        0.8,
    ),
    _rule(
        "title_comma_name", "ROLE", r"(?<!former\s)(?<!⟨O\d⟩\s)(?<!')\b(?:the|its|their)\s+(?P<role>{R})\s*,\s+{SUBJ}"
    ),
    # "CEO Alan Brooks", "chief content officer Nadia Flores": the company comes from context.
    _rule("title_name", "ROLE", r"(?<!former\s)(?<!⟨O\d⟩\s)(?<!⟨O\d\d⟩\s)(?<!'s\s)(?P<role>{R})\s+{SUBJ}", 0.75),
    # "Stripe's chairman and CEO, Patrick Collison": coordinated titles (see role_facts).
    _rule(
        "org_title_name",
        "ROLE",
        r"(?<!former\s)(?P<obj>{O})(?:'s)?\s+{W}{0,2}?(?P<role>{R})(?:\s+and\s+⟨R\d+⟩)?\s*,?\s+{SUBJ}",
    ),
    _rule(
        "name_comma_org_title",
        "ROLE",
        r"{SUBJ}\s*,\s+{DET}(?:(?!former)[\w-]+\s+)?(?P<obj>{O})(?:'s)?\s+{W}{0,3}?(?P<role>{R})",
    ),
    _rule(
        "name_comma_title_of_org",
        "ROLE",
        # "Daniel Vreeswijk, head of its lending unit since 2021, ...": the date is the title's.
        r"{SUBJ}\s*,\s+{DET}(?:(?!former)[\w-]+\s+){0,2}?(?P<role>{R})(?:\s+(?:of|at)\s+(?P<obj>{O}))?"
        r"(?:\s+since\s+⟨D\d+⟩)?(?=\s*[,.;]|\s+(?:and|who)\b|$)",
    ),
    _rule(
        "name_is_title",
        "ROLE",
        # Not the object of a succession ("takes over from P as CEO"): P held the title before.
        r"(?<!from\s)(?<!succeed\s)(?<!succeeds\s)(?<!succeeding\s)(?<!replace\s)(?<!replaces\s)(?<!replacing\s)"
        r"{SUBJ}(?:\s*,?\s+who)?{ADV}\s+(?:is|was|been|became|becomes|become|serves\s+as|served\s+as|serving\s+as|"
        r"named|appointed|promoted\s+to|took\s+over\s+as|take[sn]?\s+over\s+as|elevated\s+(?:to|as)|"
        r"step(?:s|ped|ping)?\s+(?:up|in)\s+(?:as|to\s+(?:be|become))|"
        r"(?:remain|stay)(?:s|ed)?(?:\s+on)?(?:\s+(?:with|at)\s+(?:the\s+)?⟨O\d+⟩)?\s+as|"
        r"(?:move[sd]?|moving|step(?:s|ped)?|shift(?:s|ed)?)\s+(?:in)?to\s+(?:a\s+)?(?:new\s+)?(?:role|job|post|position)\s+as|"
        r"(?:assum(?:es|ed|ing|e)|tak(?:es|en|ing|e)\s+on|took\s+on|step(?:s|ped|ping)?\s+into)\s+the\s+(?:role|post|position|title)\s+of|"
        r"return(?:s|ed)?\s+to\s+(?:his|her|their|the)\s+(?:previous\s+|old\s+|former\s+)?(?:role|job|post|position)\s+as|"
        r"(?:re)?join(?:s|ed)?\s+"
        r"(?P<obj3>{OT})\s+as|as)\s+(?:(?:now|currently|still|also)\s+)?{DET}"
        r"(?:(?:new|next|incoming|permanent|first|sole|interim|acting)\s+)?"
        r"(?:(?P<obj>{O})(?:'s)?\s+)?(?P<role>{R})(?:\s+(?:of|at)\s+(?:the\s+)?(?P<obj2>{O}))?",
    ),
    # "joins from Broadcom, where she spent eleven years, most recently as senior director"
    _rule(
        "most_recently_as",
        "ROLE",
        r"{SUBJ}(?:(?!⟨P)[^;])*?(?P<obj>{O})(?:(?!⟨O)[^;])*?\b(?:most\s+recently|latterly|lately|"
        r"last|finally)\s*,?\s+(?:as|serving\s+as)\s+{DET}(?P<role>{R})",
        0.75,
    ),
    # List and headline shorthand: "Carlos Mendes: Amazon → Nvidia", "Jo Park (Uber -> Lyft)".
    _rule(
        "arrow_move",
        "JOINED",
        r"{SUBJ}\s*[:,(\u2013\u2014-]\s*(?P<frm>{O})\s*(?:\u2192|->|=>|\u27f6|>)\s*(?P<obj>{O})",
        0.75,
    ),
    # Transcript and masthead speaker lines: "Jane Doe — Chief Financial Officer", "Jane
    # Doe, President and CEO:". The line is nothing but a name and its titles.
    _rule(
        "speaker_line",
        "ROLE",
        r"^[\W_]*{SUBJ}\s*(?:[\u2014\u2013|]|--|\s-\s|,)\s*(?:(?P<obj>{O})(?:'s)?\s+)?(?P<role>{R})"
        r"(?:\s*(?:,|and|&)\s*{R})*(?:\s*(?:,|at|of)\s+{O})?[\s:*_.]*$",
        0.8,
    ),
    # "Thandiwe Mokoena, formerly senior vice president of engineering at Salesforce, ...": a
    # title held at a company the person has left (the departure ends the title, see infer).
    _rule(
        "former_title_at",
        "ROLE",
        r"{SUBJ}\s*,\s+(?:formerly|previously|until\s+recently|latterly)\s+{DET}(?P<role>{R})\s+(?:at|of|with)\s+(?P<obj>{O})",
        0.7,
    ),
    _rule(
        "former_title_at",
        "LEFT",
        r"{SUBJ}\s*,\s+(?:formerly|previously|until\s+recently|latterly)\s+{DET}(?P<role>{R})\s+(?:at|of|with)\s+(?P<obj>{O})",
        0.65,
    ),
    # "joins Revolut from Allegro, where she was finance director": the title held at the company left.
    _rule(
        "former_where",
        "ROLE",
        r"\bfrom\s+(?P<obj>{O})\s*,\s*where\s+{SUBJ}{ADV}\s+(?:(?:most\s+recently|latterly|last)\s+)?"
        r"(?:was|were|served\s+as|worked\s+as|rose\s+to(?:\s+become)?|ran|led|headed)\s+{DET}(?P<role>{R})",
        0.75,
    ),
    # "former Google engineering director Étienne Marchand": the title ended with the departure.
    _rule("former_org_title", "ROLE", r"\bformer\s+(?P<obj>{O})(?:'s)?\s+(?P<role>{R})\s+{SUBJ}", 0.7),
    _rule("former_org_name", "LEFT", r"\bformer\s+(?P<obj>{O})(?:'s)?\s+(?:{W}|{R}\s+){0,3}?{SUBJ}", 0.65),
    _rule(
        "name_former_org",
        "LEFT",
        r"{SUBJ}\s*(?:,\s+|\(\s*)(?:a\s+|an\s+|the\s+)?(?:former|formerly\s+(?:of|at|with)|previously\s+(?:of|at|with)|ex-)\s*(?P<obj>{O})",
        0.65,
    ),
]

# A title taken on is also read from each clause, so an appositive between the name and
# the verb ("Jo Park, currently CFO at Initech, will take over as CEO") does not hide it.
CLAUSE_RULES += [r for r in SENTENCE_RULES if r.name == "name_is_title"]
# And a team's leaders are also read from the whole sentence: cutting clauses at "and" splits
# "the team, which Raghunathan built and ran, is now overseen by Qureshi" in two.
SENTENCE_RULES += [r for r in CLAUSE_RULES if r.name in ("led_by", "which_led")]
