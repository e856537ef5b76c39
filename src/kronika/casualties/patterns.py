"""Counts read from the wording of a sentence where the parse is unreliable: tolls, stated counts,
'a triple shooting', 'five shooting victims', 'sent four people to the hospital'.

Each pattern gives a kind ("killed", "injured", or "shot" for people hit by gunfire who may have died)
and a count; `kronika.casualties` turns them into findings.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from kronika.casualties.age_patterns import AGED
from kronika.casualties.animals import ANIMAL_NOUN
from kronika.casualties.hypotheticals import UNREAL_SUBJECT
from kronika.casualties.numbers import parse_count

Kind = Literal["killed", "injured", "shot"]  # "shot" victims are injured unless said to be killed


@dataclass(frozen=True)
class StatedCount:
    """A count of victims a wording states and what befell them ('two dead' is two killed)."""

    kind: Kind
    count: int


NUMBER = (
    r"(?:almost |nearly |about |around |at least |more than |over |some |up to )?"
    r"(?:\d{1,3}(?:,\d{3})+|\d+|a dozen|dozens|hundreds|several|one|two|three|four|five|six|seven|eight|nine"
    r"|ten|eleven|twelve|twenty|thirty|forty|fifty|(?:twenty|thirty|forty|fifty)-\w+)"
)
# "left almost 700 hurt and one dead", "two dead and four injured": the count stands right before the word
STATED = re.compile(
    # "Father of 4 killed": the number counts his children, not the dead; "no one hurt" counts none
    rf"(?<![\w-])(?<!\bof )(?<!\bno )(?<!\bnot )(?P<n>{NUMBER}|another)"
    # "two children killed", "another teen injured", a headline's "2 adults hurt", "3 officers wounded": the
    # noun counted may name who they were; "four other injured" drops the plural's s (GVA study articles: 1,
    # the archive's count; training notes so written: 23, each a count of injured or dead)
    r"(?:\s+(?:other\s+)?(?:people|persons|others|other|more|civilians|protesters|victims|men|women|teens|children"
    r"|man|woman|teen|teenager|person|adults|boys|girls|teenagers|juveniles|officers|deputies|students"
    r"|individuals|kids|youths|bystanders))?"
    r"\s+(?P<word>dead|killed|hurt|injured|wounded|hospitalized|hospitalised)(?![\w-])",
    re.IGNORECASE,
)
# "three militants killed", "1 Ethiopian trader shot and killed", "5 INGO national staff killed": a coder's
# count of the dead by who they were, with up to two names or modifiers before the noun
NAMED_DEAD = re.compile(
    rf"(?<![\w-])(?<!\bof )(?P<n>{NUMBER})\s+(?:[A-Za-z][\w-]*\s+){{0,2}}?"
    r"(?P<noun>[a-z]+s|staff|personnel|police|trader|civilian|soldier|worker|officer|farmer|student|journalist"
    r"|policeman|fighter|militant|rebel|herder|driver)"
    r"\s+(?:(?:were|was)\s+)?(?:reportedly\s+)?(?:shot\s+(?:and\s+)?)?(?:dead|killed)(?![\w-])"
    # not the killers' count before the one they killed: "at least 20 unidentified assailants shot and killed
    # a community leader", "two gunmen shot dead his brother"
    r"(?!\s+(?:a|an|one|his|her|their|two|three|four|five|six|seven|eight|nine|ten|\d+|several)\s)"
    r"(?!\s+the\s+(?!(?:same|next|following|previous|other)\b))",
)
NOT_PEOPLE = {"years", "days", "months", "weeks", "hours", "minutes", "times", "shots", "rounds",
              "bullets", "vehicles", "houses", "homes", "cars", "buildings", "shops", "attacks", "incidents",
              "shootings", "bombs", "rockets", "shells", "villages", "cattle", "goats", "cows", "animals",
              "others", "was", "has", "is", "this", "his", "its", "as", "us"}  # fmt: skip
TOLL = re.compile(
    rf"death toll\s+(?:\w+\s+){{0,3}}?(?:to|of|at|reached|hit)\s+(?P<n>{NUMBER})"
    # "the death toll from a suicide bombing at the station in Quetta rose to 26": the toll named by its
    # incident, then risen
    rf"|death toll\s+(?:from|in|of)\s+[^.;]{{1,100}}?\s+(?:has\s+|had\s+)?(?:rose|risen|rises|climbed"
    rf"|climbs|jumped|reached|hit|increased)\s+(?:to\s+)?(?P<n2>{NUMBER})",
    re.IGNORECASE,
)
# "a triple shooting": the number of people shot, whether they lived or died
MULTIPLE = {"double": 2, "triple": 3, "quadruple": 4, "quintuple": 5}
# "a double murder", "the triple-homicide": the number of people killed
MULTIPLE_KILLING = re.compile(
    r"\b(?P<n>double|triple|quadruple|quintuple)[\s-]+(?:homicide|murder|killing|slaying)s?\b"
    r"(?P<suicide>[\s-]+suicide)?",
    re.I,
)
# "an apparent murder-suicide": someone killed, and the killer too, so two dead at least (GVA study articles
# naming one: 57, the archive counts two or more dead in 55, the other two naming it in a round-up's other
# story; no ACLED note names one); one attempted or planned is not
MURDER_SUICIDE = re.compile(
    r"(?<!attempted\s)(?<![\w-])murder[\s/-]+suicide(?![\s-]+(?:attempt|try|bid|plot|pact))\b", re.I
)
MULTIPLE_SHOOTING = re.compile(
    r"\b(?P<n>double|triple|quadruple|quintuple)\s+(?:fatal\s+)?shootings?\b", re.I
)
# "five shooting victims", "three other gunshot victims": people hit by gunfire ("other": besides the dead)
SHOOTING_VICTIMS = re.compile(
    rf"(?<![\w-])(?P<n>{NUMBER})\s+(?P<other>other\s+|more\s+|additional\s+)?"
    r"(?:shooting|gunshot|gunfire)\s+victims\b",
    re.IGNORECASE,
)
# "The other three victims were a man, 22, and ...": victims besides those told first (the dead, as a rule),
# who lived unless the sentence says they died ("the names of the other three victims" may be the dead's)
OTHER_VICTIMS = re.compile(
    rf"^\W*the\s+other\s+(?P<n>{NUMBER})\s+victims\s+(?:were|are)\s+"
    r"(?!(?:also\s+|all\s+)?(?:killed|dead|slain|pronounced|found\s+dead|identified))",
    re.IGNORECASE,
)
# "sent four people to the hospital", "sending two men to area hospitals": the wounded of a shooting
HOSPITAL = re.compile(
    rf"\bsen(?:t|ding|ds)\s+(?P<n>{NUMBER})(?:\s+(?:other\s+)?(?:people|persons|men|women|victims|others"
    r"|teens|teenagers|children|students))?\s+to\s+(?:the\s+|a\s+|an\s+|area\s+|local\s+)*hospitals?\b",
    re.IGNORECASE,
)
NON_FATAL = re.compile(r"\bnon-?fatal\b", re.IGNORECASE)
# "ended with five people in the hospital", "put four people in the hospital": the wounded of a shooting
IN_HOSPITAL = re.compile(
    rf"\b(?:put|puts|putting|left|leaving|landed|landing|ended\s+with)\s+(?P<n>{NUMBER})"
    r"(?:\s+(?:other\s+)?(?:people|persons|men|women|victims|others|teens|teenagers|children|students))?"
    r"\s+in\s+(?:the\s+)?hospital\b",
    re.IGNORECASE,
)
# "left two men dead and put a young woman in the hospital", "a boy is dead and his brother in a
# hospital": one person told hospitalized in a clause joined to the dead's is one who lived, besides them
# (GVA study 0..2100: 2 more right, none lost, 2 more already counted; GVA check: no article; ACLED: no note)
DEAD_AND_HOSPITAL = re.compile(
    r"\b(?:dead|killed)\s+and\s+(?:sent\s+|sending\s+|put\s+|left\s+)?(?:a|an|his|her|their|the|one|another)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:is\s+)?(?:to|in)\s+(?:a|the)\s+(?:\w+\s+)?hospital\b",
    re.IGNORECASE,
)
VICTIMS = (
    r"people|persons|men|women|teens|teenagers|children|boys|girls|others|victims|adults|juveniles"
    r"|officers|individuals|students|person|man|woman"
)
VICTIM_NOUN = re.compile(VICTIMS)
# a headline's "5 shot, 1 killed", "3 people shot in the park", "4 teen boys shot": people hit, told without
# a verb
HEADLINE_SHOT = re.compile(
    # "Four Elmwood teens shot": up to two names, the victims' town, may stand before the noun
    rf"(?<![\w-])(?<!fired )(?P<n>{NUMBER})(?:\s+(?:(?-i:[A-Z][\w'’.-]*)\s+){{0,2}}?"
    rf"(?:(?:teen|teenage|young)\s+)?(?:{VICTIMS}))?\s+shot"
    r"(?=\s*(?:[,;:]|$|\s(?:in|at|on|near|outside|inside|during|after|and|while|overnight)\b))",
    re.IGNORECASE,
)
ONE_VICTIM = (
    r"baby|infant|toddler|child|boy|girl|teen|teenager|juvenile|youth|man|woman|student|officer|deputy|trooper|victim"
    # the one who fired, whom the archive counts among the shot: "Officer, suspect wounded in gunfire"
    # or an age, in figures or words (a headline may open on one): "7-year-old", "Three-year-old"
    rf"|suspect|gunman|{AGED}"
)
# a headline opening on one victim called slain: "Slain teen identified", "Slain Elmwood woman's family sues"
HEADLINE_SLAIN = re.compile(
    rf"^(?:[A-Z]\w*:\s+)?(?i:slain)\s+(?:[A-Z][\w'’.-]*\s+){{0,2}}?(?i:{ONE_VICTIM}|wife|husband|mother|father)\b"
)
# a headline opening on two victims: "Man, toddler killed in shooting", "Father, daughter found dead",
# "Boy, 2, and man killed", "Mother and daughter wounded in drive-by" (not "... shot at police")
KIN = r"mother|father|son|daughter|wife|husband|brother|sister|grandmother|grandfather|girlfriend|boyfriend"
PAIR = (
    rf"^(?:[A-Z][\w'’. ]{{0,30}}:\s+)?(?:[A-Z][\w'’.-]*\s+){{0,2}}?"
    rf"(?i:{ONE_VICTIM}|{KIN})(?:(?:,\s+\d{{1,2}})?,\s+|\s+(?i:and)\s+)"
    rf"(?:[\w'’-]+\s+){{0,2}}?(?i:{ONE_VICTIM}|{KIN})(?:,\s+\d{{1,2}},)?"
)
HEADLINE_PAIR = re.compile(
    rf"{PAIR}\s+(?i:found\s+)?"
    r"(?P<verb>(?i:killed|dead|slain|shot|wounded|injured|hurt))\b"
    # "Mother and son found shot to death", "Man, woman shot dead": both shot died, not two hit
    r"(?P<dead>\s+(?i:dead|to\s+death)\b|(?:\s+(?i:and)|,)\s+(?i:killed)\b)?"
    r"(?!\s+(?i:at)\s+(?i:police|officers?|deputies|him|her|them|each\s+other|cars?|vehicles?)\b)"
)
# where a headline's victim was hit, between "shot" and the death it tells ("Girl shot in the head, killed")
WOUND_PLACE = (
    r"(?:\s+(?i:in|through)\s+the\s+(?i:head|chest|back|neck|face|legs?|arms?|stomach|abdomen|torso"
    r"|shoulder|side))?"
)
# "shot at" a place ("Child shot at Elmwood gun range", "Man shot at a party"), not at those shot at
AT_PLACE = (
    r"(?i:at)\s+(?!(?i:(?:the\s+|a\s+)?(?:police|officers?|deputies|deputy|troopers?|agents?|him|her|them"
    r"|us|me|cars?|vehicles?|suspects?|crowd)\b))(?:(?i:a|an|the)\s+|[A-Z0-9])"
)
# a headline opening on one victim: "Toddler shot in spray of bullets", "Boy, 7, found fatally shot in car",
# "Teen killed in crash identified", "Girl accidentally shot during break-in";
# the parse reads "Baby shot" as the baby shooting, since a headline drops "was"
HEADLINE_VICTIM = re.compile(
    rf"^(?:[A-Z][\w'’. ]{{0,30}}:\s+)?(?:[A-Z][\w'’.-]*\s+){{0,3}}?(?i:(?:shooting\s+)?(?:{ONE_VICTIM}))"
    # "21-year-old Elmwood man": the victim's town may stand between the age and the noun
    r"(?:(?:\s+[A-Z][\w'’.-]*)?\s+(?i:baby|infant|toddler|child|boy|girl|man|woman|teen|teenager))?"
    r"(?:,\s+\d{1,2},)?\s+(?i:found\s+)?"
    # "Teen shot, killed in Elmwood": the headline drops the "and" between the two verbs
    r"(?:(?P<fatal>(?i:fatally)\s+)?(?:(?i:accidentally)\s+)?(?i:shot)"
    rf"(?P<death>\s+(?i:to\s+death|dead)|{WOUND_PLACE},\s+(?i:killed))?"
    # "Teen dies after apartment shooting", "Man dead following shooting", "Man dies of gunshot wound" (GVA
    # study headlines the dying verbs and the words 'following', 'from', 'of', 'when' add: 32, each
    # over an incident with one dead at least)
    r"|(?P<killed>(?i:killed|slain|dead|dies|died))"
    # "Officer serious but stable after shooting", "Girl, 6, critical after being shot"
    r"|(?P<hurt>(?i:(?:in\s+)?(?:critical|serious|stable|fair|grave)(?:\s+condition|\s+but\s+stable)?"
    # "Teen critically injured in shooting": how badly may stand before the word
    r"|(?:(?:critically|seriously|severely|gravely|badly)\s+)?(?:wounded|injured|hurt))))"
    r"(?=\s*(?:[,;:]|$|\s(?i:in|on|near|outside|inside|during|after|while|by|overnight|following|when|from"
    rf"|of)\b|\s{AT_PLACE}))",
)
# a headline's clause on one victim after its news, with no article before the noun as only a headline
# writes it: "Two arrested after child shot", "School locked down when teen shot near campus"
HEADLINE_AFTER = re.compile(
    rf"\b(?i:after|when)\s+(?:(?!(?i:a|an|the|his|her|their)\b)[\w'’-]+\s+)?(?i:{ONE_VICTIM})\s+"
    r"(?P<fatal>(?i:fatally)\s+)?(?i:shot)"
    rf"(?=\s*(?:[,;:]|$|\s(?i:in|on|near|outside|inside|during|while|by)\b|\s{AT_PLACE}))"
)
# a headline opening on one shooting victim, whatever it tells of him: "Elmwood shooting victim flags down bus
# driver", "Shooting victim walks into hospital": one person hit (not "Family of shooting victim", whose
# victim's fate another wording tells, nor "shooting victims", whom a count tells); a sentence of the story
# opening on "The shooting victim" tells again one its other wordings count
HEADLINE_SHOOTING_VICTIM = re.compile(
    r"^(?!(?:The|A|An|This|That)\s)(?:[A-Z][\w'’.-]*\s+){0,3}?(?i:shooting\s+victim)(?![\w'’])"
)
# a headline on one victim who died after being shot: "Teen shot in Elm Park has died, police say",
# "(UPDATE) Boy on life support after shooting dies"
HEADLINE_DIED = re.compile(
    rf"^(?:\(\w+\)\s+|[A-Z][\w'’. ]{{0,30}}:\s+)?(?:[A-Z][\w'’.-]*\s+){{0,3}}?(?i:{ONE_VICTIM})\b"
    r"[^.;:!?]{0,80}?\s(?i:has\s+died|dies)(?=\s*(?:[,;:]|$))"
)
# a headline on a later death counted by its order: "Third man dies after shooting", "2nd victim has died",
# "4th victim of Elm Street shooting dies" (the attack the victim was hit in may be named before the verb)
ORDINAL_DEATH = re.compile(
    r"^(?:[A-Z][\w'’. ]{0,30}:\s+)?(?P<n>(?i:second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th))\s+"
    r"(?:[\w'’-]+\s+){1,2}?(?:(?i:of|in|from)\s+(?:[\w'’.-]+\s+){1,4}?)?(?i:dies|has\s+died|died)\b"
)
ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
            "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6}  # fmt: skip
# one victim told by age dying, anywhere in a headline or sentence: "7-year-old shot, killed in X",
# "neighbors mourn 15-year-old girl found fatally shot", "Boy, 8, dies from accidental gunshot wound";
# a headline in title case writes the age "10-Year-Old", and may name the victim's town before the noun
# ("9-year-old Elmwood boy dies")
AGED_DEATH = re.compile(
    rf"(?<![\w-])(?:(?i:{AGED})|(?i:baby|infant|toddler|child|boy|girl|teen|man|woman),"
    r"\s+\d{1,2},)(?:(?:\s+[A-Z][\w'’.-]*)?\s+(?i:baby|infant|toddler|child|boy|girl|teen|man|woman))?"
    r"\s+(?i:(?:was\s+|is\s+)?(?:found\s+)?"
    rf"(?:fatally\s+shot|shot{WOUND_PLACE}(?:,|\s+and)\s+killed|shot\s+to\s+death|dies|died)(?![\w-]))",
)
# a headline's "shooting wounds four", "gunfire kills two men", "charged with shooting six people":
# the toll told by an active verb of the shooting itself, which the parse misreads in a headline
GUNFIRE_TOLL = re.compile(
    rf"\b(?:(?:shooting|gunfire|gunman|shooter)\s+(?P<verb>wounds|injures|hurts|kills)\s+(?P<n>{NUMBER})"
    rf"(?:\s+(?:{VICTIMS}))?|(?P<gerund>shooting|wounding)\s+(?P<m>{NUMBER})\s+(?:{VICTIMS}))(?![\w-])",
    re.IGNORECASE,
)
# "Three people were shot to death", "two men were found dead", "four teens were wounded": a counted
# passive the parse misreads when a dateline or caption runs into the sentence
COUNTED_PASSIVE = re.compile(
    # "five people, including an infant, were injured": the parenthesis names one of those counted
    # "two women and three men were found dead": the two counts of one subject add up
    # "all four victims were injured": everyone hit, the dead too (`findings._every_one`)
    rf"(?P<every>(?<![\w-])all\s+)?"
    rf"(?<![\w-])(?:(?P<first>{NUMBER}|an?)\s+(?:{VICTIMS})\s+and\s+)?"
    rf"(?P<n>{NUMBER})\s+(?:other\s+|more\s+)?(?:{VICTIMS})(?:,\s+including\s+[^,]{{1,60}},)?"
    r"\s+(?:were|was|are|is|have\s+been"
    r"|had\s+been)\s+(?:\w+ly\s+)?(?:(?P<killed>shot\s+(?:and\s+killed|to\s+death|dead)|killed|murdered"
    r"|found\s+dead|pronounced\s+dead|dead)|(?P<hurt>wounded|injured|hurt|hospitalized|hospitalised)"
    r"|(?P<shot>shot|blasted|struck\s+by\s+(?:gunfire|bullets?)|hit\s+by\s+(?:gunfire|bullets?)))(?![\w-])",
    re.IGNORECASE,
)

# "Family of four dies", "a family of four, including two toddlers, was found shot dead": the family's
# count is the dead's (not "family of 15-year-old killed", whose family mourns one; nor "wounding a family of
# six and killing one", whose dead another count tells) (GVA study 0..2100: 5 articles, 2 undercounted)
FAMILY_DEAD = re.compile(
    rf"(?<![\w-])family\s+of\s+(?P<n>{NUMBER})(?![\w-])(?:,\s+including\s+[^,.]{{1,60}},)?\s+"
    r"(?:(?:was|were|is|are|has\s+been|have\s+been|found|all|apparently|reportedly)\s+)*"
    r"(?:dead|dies|died|killed|slain|murdered|fatally\s+shot|shot\s+(?:and\s+killed|dead|to\s+death))(?![\w-])",
    re.IGNORECASE,
)

# "a sniper shot dead at least two men", "were hacked to death": an active killing told with the count after
# the verb, which the parse often misreads ('shot' as a noun, the dead as an apposition)
KILLED_AFTER_VERB = re.compile(
    rf"\b(?:shot|hacked|stabbed|beaten|burnt|burned|stoned|clubbed)\s+(?:dead|to\s+death)\s+(?P<n>{NUMBER})"
    r"(?![\w-])(?!\s+(?:times|rounds|bullets|shots)\b)",
    re.IGNORECASE,
)

# "Kabir, president of the union, was shot dead by gunmen": one person killed, told in the passive, where the
# parse often loses the subject behind an apposition; not a relative clause's ('a man who was killed last
# year' is someone already known) nor a denial ('no one was killed')
ONE_KILLED = re.compile(
    r"(?<!\bwho )(?<!\bthat )(?<!\bwhich )\b(?:was|has\s+been)\s+(?:reportedly\s+|allegedly\s+|brutally\s+)?"
    r"(?:shot\s+(?:dead|and\s+killed|to\s+death)|(?:hacked|stabbed|beaten|burnt|burned|stoned)\s+to\s+death"
    r"|gunned\s+down|killed|murdered|slain|beheaded|lynched|executed)\b",
    re.IGNORECASE,
)
# "no one was killed", "her unborn baby was killed" (the archive counts the mother's wounds, no death)
# or one no one in particular, in a clause of what might have been ('to where someone was killed'), or an
# animal ("the dog was killed": no one's death)
DENIED_SUBJECT = re.compile(
    r"\b(?:no\s+one|nobody|none|neither|nor|no\s+\w+|unborn\s+\w+|anyone|anybody)\s*$|"
    # the animal's noun after a word that makes it a common noun ('Officer Lamb was killed' names a man)
    + r"\b(?:the|a|an|this|that|his|her|their|its|our|my|two|three|four|several|some|\d+)\s+"
    + rf"(?:[\w'’-]+\s+){{0,2}}?{ANIMAL_NOUN}\s*$|"
    + UNREAL_SUBJECT,
    re.IGNORECASE,
)


# a month's name, whole or cut short ("Jan.", "Sept", "December"), for the toll rules that must tell a date
# from a count or a story's days from another's; the date rules proper are in kronika.dates
MONTH_NAME = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?"
)
# a year closing a written date ("Jan. 9, 2017 Man dead", "March 2016 two killed"): a date, never a count
DATE_BEFORE = re.compile(rf"\b{MONTH_NAME}\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?$", re.IGNORECASE)
YEAR_NUMBER = re.compile(r"(?:19|20)\d\d")


def _is_year(text: str, m: re.Match[str]) -> bool:
    """Whether a matched count is the year of a date written just before it."""
    return bool(YEAR_NUMBER.fullmatch(m["n"])) and DATE_BEFORE.search(text, 0, m.start("n")) is not None


# the lower end of a range whose upper end a pattern matched: "Between 25 to 30 people were killed", "30-35
# people killed" (ACLED codes the lowest figure a report supports)
RANGE_LOW = re.compile(r"(?<![\w,.-])(?P<low>\d{1,3}(?:,\d{3})+|\d+)\s*(?:-|to)\s*$", re.IGNORECASE)


def _low_count(text: str, m: re.Match[str]) -> int | None:
    """The count a pattern's number group states, or the lower end of the range it closes."""
    low = RANGE_LOW.search(text, max(0, m.start("n") - 16), m.start("n"))
    return parse_count(low["low"] if low is not None else m["n"])


def text_counts(text: str) -> Iterator[StatedCount]:
    """Every count the sentence's wording states: the counts its clauses tell, then those its headline-like
    wordings tell (one victim each, an ordinal's dead, a toll)."""
    yield from _clause_counts(text)
    yield from _headline_counts(text)


def _clause_counts(text: str) -> Iterator[StatedCount]:
    """The counts a sentence's clauses state: 'two dead', 'killing three', 'one was killed'."""
    for m in STATED.finditer(text):
        if _is_year(text, m):
            continue
        count = 1 if m["n"].lower() == "another" else _low_count(text, m)
        if count is not None:
            yield StatedCount("killed" if m["word"].lower() in {"dead", "killed"} else "injured", count)
    for m in NAMED_DEAD.finditer(text):
        count = _low_count(text, m)
        noun = m["noun"]
        people = noun not in NOT_PEOPLE and VICTIM_NOUN.fullmatch(noun) is None  # victims: STATED counts them
        if count is not None and people and not YEAR_NUMBER.fullmatch(m["n"]):
            yield StatedCount("killed", count)
    for m in HEADLINE_SHOT.finditer(text):
        count = parse_count(m["n"])
        if count is not None:
            yield StatedCount("shot", count)
    for m in COUNTED_PASSIVE.finditer(text):
        count = _sum_counts(m["first"], m["n"]) if m["first"] else _low_count(text, m)
        if count is not None:
            hurt = m["hurt"] and not m["every"]
            yield StatedCount("killed" if m["killed"] else "injured" if hurt else "shot", count)
    yield from _gunfire_toll(text)
    if any(DENIED_SUBJECT.search(text, 0, m.start()) is None for m in ONE_KILLED.finditer(text)):
        yield StatedCount("killed", 1)
    for m in FAMILY_DEAD.finditer(text):
        count = parse_count(m["n"])
        if count is not None:
            yield StatedCount("killed", count)
    for m in KILLED_AFTER_VERB.finditer(text):
        count = parse_count(m["n"])
        if count is not None:
            yield StatedCount("killed", count)


def _headline_counts(text: str) -> Iterator[StatedCount]:
    """The counts a headline's wording states: a victim each ('Man shot dead'), a pair, an ordinal's dead
    ('Third man dies'), a toll, 'non-fatal' as no death, and the counts gunfire wordings give."""
    # "Third man dies after shooting": the ordinal counts the dead, the one man is the last of them
    ordinal = ORDINAL_DEATH.match(text) is not None
    headline: list[Kind] = [
        ("killed" if m["fatal"] or m["death"] or m["killed"] else "injured" if m["hurt"] else "shot")
        for m in HEADLINE_VICTIM.finditer(text)
        if not (ordinal and m["killed"])
    ]
    headline += [("killed" if m["fatal"] else "shot") for m in HEADLINE_AFTER.finditer(text)]
    headline += ["killed" for _ in HEADLINE_SLAIN.finditer(text)]
    headline += ["killed" for _ in HEADLINE_DIED.finditer(text)]
    headline += ["shot" for _ in HEADLINE_SHOOTING_VICTIM.finditer(text)]
    yield from (
        StatedCount("killed" if m["dead"] else _verb_kind(m["verb"]), 2) for m in HEADLINE_PAIR.finditer(text)
    )
    yield from (StatedCount(kind, 1) for kind in headline)
    yield from (StatedCount("killed", ORDINALS[m["n"].lower()]) for m in ORDINAL_DEATH.finditer(text))
    if AGED_DEATH.search(text) and "killed" not in headline:  # the same victim, told once
        yield StatedCount("killed", 1)
    for m in TOLL.finditer(text):
        count = parse_count(m["n"] or m["n2"])
        if count is not None:
            yield StatedCount("killed", count)
    if NON_FATAL.search(text):
        yield StatedCount("killed", 0)
    yield from _gunfire_counts(text)


def _verb_kind(verb: str) -> Kind:
    """What a headline's verb says happened to its victims: killed, hit by gunfire, or hurt."""
    word = verb.lower()
    return "killed" if word in {"killed", "dead", "slain"} else "shot" if word == "shot" else "injured"


def _sum_counts(first: str | None, second: str) -> int | None:
    """Two counts joined in one subject ('three children and two adults'), or the second alone."""
    counts = [parse_count(n) for n in (first, second) if n is not None]
    return None if None in counts else sum(c for c in counts if c is not None)


def _gunfire_toll(text: str) -> Iterator[StatedCount]:
    """A toll told by the shooting's own verb: 'kills' gives killed, 'wounds' injured, 'shooting' shot."""
    for m in GUNFIRE_TOLL.finditer(text):
        count = parse_count(m["n"] or m["m"])
        if count is None:
            continue
        if m["verb"]:
            yield StatedCount("killed" if m["verb"].lower() == "kills" else "injured", count)
        else:
            yield StatedCount("shot" if m["gerund"].lower() == "shooting" else "injured", count)


def _gunfire_counts(text: str) -> Iterator[StatedCount]:
    """People hit by gunfire, named by the shooting ('a double shooting') or as its victims."""
    for m in MULTIPLE_KILLING.finditer(text):
        # "a double murder-suicide": two killed, and the killer too
        yield StatedCount("killed", MULTIPLE[m["n"].lower()] + (1 if m["suicide"] else 0))
    for m in MULTIPLE_SHOOTING.finditer(text):
        yield StatedCount("shot", MULTIPLE[m["n"].lower()])
    for m in SHOOTING_VICTIMS.finditer(text):
        count = parse_count(m["n"])
        if count is not None:
            yield StatedCount("injured" if m["other"] else "shot", count)
    for m in OTHER_VICTIMS.finditer(text):
        count = parse_count(m["n"])
        if count is not None:
            yield StatedCount("injured", count)
    for m in [*HOSPITAL.finditer(text), *IN_HOSPITAL.finditer(text)]:
        count = parse_count(m["n"])
        if count is not None:
            yield StatedCount("shot", count)
    if DEAD_AND_HOSPITAL.search(text):
        yield StatedCount("injured", 1)
