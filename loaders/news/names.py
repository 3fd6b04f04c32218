"""Word lists that tell person names apart from other capitalised words.

The lists are deliberately broad but not exhaustive: a name missing here can still be found
from its context (a title before it, a verb like "joined" after it, ", who" after it).
"""

from __future__ import annotations

import re

_FIRST = """
aaron abby abhishek adam adrian aidan aiden aisha ajay akira alan albert alex alexa alexander
alexandr alexandra alexis ali alice alicia alison allen alyssa amanda amber amelia amit amy ana
anders andre andrea andreas andrew andy angela angelica anil anita ann anna anne annie anthony
anton antonio anya aravind ari arjun arnold arthur arun ashley ashok ashish aya barbara barry
ben benjamin bernard beth betty bill billy blake bob bobby boris brad bradley brandon brendan
brenda brett brian bruce bryan caitlin caleb cameron carl carla carlos carmen carol caroline
casey catherine cathy chad charles charlie charlotte chen cheng chris christian christina
christine christopher chuck cindy claire clara claude clement colin connor craig cristiano
cynthia dan dana daniel daniela danielle daphne dario darius dave david dawn dean deborah
deepak demis denis dennis derek diana diane dimitri dina dmitry dominic don donald donna doug
douglas dylan ed eddie edward eileen elena eli elizabeth ella ellen elon emily emma eric erica
erik erin ethan eugene eva evan fei felix fernando fidji fiona francesca francis frank fred
gabriel gary gavin gene george gerald gina giovanni glenn grace graham greg gregory guido hal
hannah hans harry heather hector helen henry hiroshi holly howard hugo ian igor ilya irene
isaac isabel ivan jack jackie jacob jake james jamie jan jane janet jared jason javier jay
jean jeff jeffrey jen jennifer jensen jeremy jerry jess jessica jill jim jimmy jo joan joanna
joe joel johan john johnny jon jonathan jordan jorge jose joseph josh joshua joy juan judy julia
julian julie jun justin kai karen karthik kate katherine kathryn kathy katie kay keith kelly
ken kenneth kerry kevin kim kimberly kirk kristen kumar kurt kyle lakshmi lance larry laura
lauren lawrence leah lee leo leon leonard lila lily linda lisa liz logan lori louis lucas lucy
luis luke lynn madeline maggie manish marc marcus margaret maria marie marissa mark marta martin
mary matt matthew maureen max maya megan melissa mercedes mia michael michelle miguel mike mira
miriam mitchell mohammed mohit molly monica mustafa nadella naomi natalie nathan neal neil nick
nicholas nicole nikhil nina noah noam nora olivia omar oscar pablo pam pamela pat patricia
patrick paul paula pavel pedro peng peter phil philip phillip pierre pooja prabhakar pradeep
priya qi rachel rahul raj rajesh ralph ram ramesh randy raquel ravi ray raymond rebecca reed
richard rick rita rob robert robin rod rodney roger rohan ron ronald rose ross roy ruoming rui
russell ruth ryan sachin sam samantha samuel sandra sandy sanjay sara sarah satya scott sean
sebastian sergey seth shane shannon sharon shawn sheryl shira simon sonia sophia sophie stan
stanley stefan stella stephanie stephen steve steven stuart sue sundar susan suzanne sven tara
ted teresa terry thomas tim timothy tina toby todd tom tommy tony tracy travis trevor tyler
umesh urs valerie vanessa varun victor victoria vijay vikram vincent vinod virginia vivek
walter wayne wei wendy will william xavier yann yan yang yi ying yoshua yuki yusuf zach zachary
zoe zoubin
abdul adebayo adriana agnieszka ahmad aiko akash alejandro alessandro alina amara amina amir
ananya anders andrei aneesh anja annika antoine arash arnav astrid ayesha aziz bastian bea
beatriz benedikt bianca bilal bjorn bogdan camila camille carlo carolina cecilia chiara chidi
chinedu chloe christophe claudia daisuke dalia damien daniele darya deepika devon diego dmitri
duc ebony eduardo elif elise emeka emil emilia emre enrique esther fabian farah farid fatima
federico felipe femi florian francesco franz gabriela gaurav giulia gonzalo gustavo hamid hana
haruki hassan heidi helena henrik hiro hugo hyun ibrahim ines ingrid ioana irina isabella ivana
jakob jasmine javed jia jiang jin jonas jorge julien juliana kamal karim karin katarzyna kavya
kemal kenji kiran klaus kofi kwame lars leila lena leon linh lorenzo lucia ludwig lukas magnus
mahmoud malik marco marek mariana marina mario marius markus mateo mathias mathis matteo maxim
mehmet mei mihai mikhail milan minh mohamed nadia nasser natasha nia niamh nikita nikolai nils
noor nuno olga oliver olumide omari oren paolo pascal petra pierre priyanka rafael rania rashid
reza riccardo rohit roman sabine salma samir sanjana santiago sara sasha sebastien seo shreya
silvia simone siddharth sofia soren stefano sunil svetlana takeshi tamara tariq theo thiago
tobias tomas tomasz ulrich valentina vera viktor vikas wen xin yara yasmin yuki yuri yusuf
zainab zara zeynep zhifeng
"""

_SURNAMES = """
chen wang li zhang liu yang huang zhao wu zhou xu sun ma zhu hu guo lin luo gao zheng liang
xie tang han cao deng feng song pang gu jiang shen lu ye yu du su wei xiao kim lee park choi
jung kang cho yoon nguyen tran pham patel shah singh kumar gupta sharma mehta reddy rao iyer
nair das ghosh khan ahmed ali hassan tanaka suzuki sato watanabe yamamoto smith johnson
williams brown jones miller davis garcia rodriguez martinez hernandez lopez gonzalez wilson
anderson thomas taylor moore jackson martin white harris thompson clark lewis robinson walker
young allen king wright scott hill green adams baker nelson carter mitchell roberts turner
phillips campbell parker evans edwards collins stewart morris murphy cook rogers morgan cooper
peterson bailey reed kelly howard cox ward richardson wood watson brooks bennett gray james
hughes price sanders myers long ross foster
"""

FIRST_NAMES = frozenset(_FIRST.split())
SURNAMES = frozenset(_SURNAMES.split())

# Capitalised words that start sentences or name things but never people.
NOT_NAME_WORDS = frozenset(
    """
a about according after all also an and another apple's as at because before being both but
by chief company during each earlier either even every for former from further he her his
how however if in into it its last later like many meanwhile more most new next no none not
now of on once one or other our over per she since so some such than that the their them
then there these they this those though through to today under until up upon us we what when
where which while who why will with within without yet yes you your january february march
april may june july august september october november december monday tuesday wednesday
thursday friday saturday sunday ai artificial intelligence machine learning model models
team group lab labs division unit department engineering research software hardware silicon
valley vision pro intelligence inc corp corporation ltd llc plc co platforms technologies
systems capital ventures partners university institute school college news times journal
post street report reports reuters bloomberg ceo cto cfo coo president vice director head
executive officer founder engineer senior staff principal distinguished manager leader lead
chairman chair board north south east west world global international national american
chinese european united states kingdom mister mr mrs ms miss dr prof professor sir dame madam
herr frau monsieur madame
names appoints hires taps promotes welcomes announces adds poaches elevates picks
""".split()  # noqa: SIM905
)


# Letters of the Latin scripts, so "Wiśniewska", "Trần" and "Ángel" are names too.
def _latin_letters(upper: bool) -> str:
    """The accented Latin letters of one case (Latin-1 to Latin Extended Additional)."""
    codes = [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]
    return "".join(chr(c) for c in codes if chr(c).isalpha() and (chr(c).isupper() if upper else chr(c).islower()))


UPPER = "A-Z" + _latin_letters(upper=True)
LOWER = "a-z" + _latin_letters(upper=False)
# One capitalised name word: "Pang", "DeShawn", "McKenzie-Grant", "O'Brien", "Al-Mansouri",
# "Ji-hoon", or an initial "T.".
NAME_WORD = (
    rf"(?:[{UPPER}][{LOWER}]+(?:[{UPPER}][{LOWER}]+)?(?:[-'\u2019](?!s\b)[{UPPER}]?[{LOWER}]+)*|"
    rf"O'[{UPPER}][{LOWER}]+|[{UPPER}]\.)"
)
# Lower-case particles inside a name: "Pieter-Jan de Vries", "Rafael Domínguez de la Vega".
PARTICLES = r"(?:van|von|der|den|de|del|della|dos|das|da|di|du|bin|ibn|al|la|le|ter|ten)"
# Words that end (or open) an organisation's name and never stand in a person's name.
ORG_HEADS = frozenset(
    """
bank bancorp bancshares banco banca holdings holding group pharma pharmaceuticals biologics bio
biotech biosciences therapeutics motor motors motores auto automotive systems technology
technologies robotics mobility retail retailers grocers foods agency university universität
universidad college institute foundation financial securities insurance capital partners
ventures health healthcare energy airlines airways telecom networks labs semiconductor
semiconductors electronics industries logistics media studios games software analytics
consulting solutions enterprises corporation company credit union department ministry office
council court exchange herald times daily wire journal news press tribune post gazette
microsystems devices instruments aerospace communications computing dynamics
    """.split()  # noqa: SIM905
)

PRONOUNS = {"he": "m", "she": "f", "him": "m", "her": "f", "his": "m", "they": "p", "them": "p"}

_BOILERPLATE_GLUE = re.compile(r"^(?:Comments?|Advertisement|Share|Subscribe|Reply|Related|Print|Email)(?=[A-Z][a-z])")


def strip_glued_boilerplate(token: str) -> int:
    """Return how many leading characters of ``token`` are glued-on page furniture.

    Scraped pages sometimes join a widget label to the first word of the article
    ("Leave a CommentRuoming"); the name starts after the label.
    """
    match = _BOILERPLATE_GLUE.match(token)
    return match.end() if match else 0


def is_name_token(token: str) -> bool:
    """Tell whether a token could be part of a personal name (capitalised word or initial)."""
    if not re.fullmatch(NAME_WORD, token):
        return False
    return token.lower() not in NOT_NAME_WORDS and token.lower() not in ORG_HEADS


def name_score(tokens: list[str]) -> int:
    """Score how name-like a sequence of capitalised tokens is from the word lists alone.

    Returns:
        2 if the first token is a known first name, 1 if the last is a known surname, else 0.
    """
    if tokens[0].lower() in FIRST_NAMES:
        return 2
    if tokens[-1].lower() in SURNAMES:
        return 1
    return 0
