"""Tallies of many incidents ("750 killed so far this year", "in three separate shootings"): counts a
story gives beyond its own incident, which lend that incident nothing."""

from __future__ import annotations

import re

from kronika.casualties.patterns import MONTH_NAME
from kronika.events.tallied_acts import TALLIED_RUNS, TALLY_ORIGINS, WARS
from kronika.textnorm import WEEKDAY_PATTERN

# a weekday a tally counts from: "since late Friday", "since 10 p.m. Saturday"
_SINCE_DAY = (
    r"(?:(?:late|early)\s+)?(?:\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?\s+)?"
    rf"{WEEKDAY_PATTERN}\b"
)
# a span of time a tally covers: "five killings in all of 2014", "45 people were killed in July" (a whole
# month; "killed on July 4" is one day's incident)
# what a stretch of months is counted from: a coup, a vote, a war's start
_OUTBREAK = rf"(?:{'|'.join(sorted(TALLY_ORIGINS))})"
TALLY_SPAN = (
    r"\bin\s+all\s+of\b|\b(?:killed|slain|shot|murdered|homicides|killings|deaths)\s+in\s+(?:January|February"
    r"|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d)"
    # a round-up of a day's or a weekend's shootings: "in shootings across the city", "in separate incidents"
    r"|\bshootings\s+(?:across|around|throughout)\b|\b(?:shot|killed)\s+(?:across|throughout)\s+the\s+city\b"
    # "the shootings of nine people across the city", "in citywide shootings"
    r"|\bshootings\s+of\s+[^.;]{1,40}?\b(?:across|around|throughout)\s+the\s+city\b"
    r"|\bcity-?wide\s+(?:[\w-]+\s+)?(?:shootings|violence|gunfire)\b"
    # "more than 50 people shot across Chicago": a whole named city's toll
    r"|\b(?:shot|killed|wounded)\b(?:,[^.;,]{1,30},)?\s+(?:across|throughout)\s+(?-i:[A-Z][a-z]+)\b"
    # "in two separate accidental shootings": a word may tell what kind of shootings
    r"|\bin\s+(?:\w+\s+)?separate,?\s+(?:[\w-]+\s+)?(?:incidents|shootings|attacks)\b"
    # "the two shooting deaths were not connected": the dead are spread over incidents told apart
    r"|\bdeaths\b[^.;]*?\b(?:were|are)\s+not\s+(?:believed\s+to\s+be\s+)?(?:connected|related|linked)\b"
    # "a rash of unconnected, late-night shootings", "a spate of shootings"
    r"|\b(?:string|spate|rash|series|wave|flurry)\s+of\s+(?:[\w-]+,?\s+){0,3}?(?:shootings|incidents|attacks)\b"
    # "a rash of New Year's Eve gunfire hurt nine": a day's gunfire over a town (not "a flurry of
    # gunfire", one incident's shots)
    r"|\b(?:string|spate|rash|wave)\s+of\s+(?:[\w'’-]+,?\s+){0,4}?gunfire\b"
    # a town's violent stretch told as the subject of its toll: "another violent night in Dayton that saw five
    # others shot", "a violent weekend sent six people to hospitals" (not "a violent attack left two dead")
    r"|\bviolent\s+(?:night|weekend|week|stretch)\s+(?:in\s+(?-i:[A-Z])[\w.'’]*(?:\s+(?-i:[A-Z])[\w.'’]*){0,2}\s+)?"
    r"(?:that\s+|which\s+)?(?:saw|sent|left|leaves)\b"
    # a counted run of deaths, the story's one of them: "the last of a wave of five gun deaths" (a
    # count-less "during a series of killings, a man was shot dead" tells its own death)
    r"|\b(?:string|spate|rash|series|wave)\s+of\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
    r"(?:[\w-]+\s+)?(?:deaths|killings|homicides|slayings|murders)\b"
    r"|\bsince\s+the\s+(?:start|beginning)\s+of\b"
    # a count run up to a past month or year: "the first of four doctors murdered through May 2009"
    rf"|\b(?:through|until|till)\s+(?:(?:early|late|mid-?)\s*)?(?:{MONTH_NAME}\s+)?(?:19|20)\d\d\b"
    # a toll told across several shootings: "Three shootings overnight injured five", "in five incidents",
    # "Hours later, three other shootings hurt five more people" (besides the story's own); a word
    # may tell the shootings' kind or time, "two weekend shootings", "three overnight shooting incidents",
    # "two fatal shootings" (GVA study: 25 articles so worded, each of many incidents); shootings told as
    # linked ("2 shootings, possibly connected, leave 2 wounded") are one incident, the archive's too
    r"|\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|multiple)\s+(?:separate,?\s+|different\s+"
    r"|unrelated\s+|other\s+(?:non-?fatal\s+)?)?(?:[\w-]+\s+)?(?:shooting\s+)?(?:shootings|incidents)\b"
    r"(?!,?\s+(?:(?:that|which)\s+(?:are|were|may\s+be)\s+|(?:possibly|probably|likely|apparently)\s+)"
    r"(?:connected|linked|related)\b)"
    # a tally since a past month or year, or over a stretch of hours or days: "since October 2014", "14 people
    # hurt over a span of 36 hours", "27 wounded over an eight-hour stretch"
    r"|\bsince\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+)?(?:19|20)\d\d\b|\bsince\s+(?:early|late|mid-?)\s*(?:January|February|March|April|May|June|July"
    r"|August|September|October|November|December)\b"
    # people counted since a past day: "nearly 50 shot since June 21" (not "missing since July 28")
    r"|\b(?:shot|killed|wounded|injured|homicides|murders|killings|shootings)\s+since\s+(?:January"
    r"|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}\b"
    # or since a weekday, a round-up's stretch: "three men have been wounded since Sunday night", "Since 9
    # p.m. Saturday, 7 people have been shot across town"
    rf"|\b(?:shot|killed|wounded|injured|homicides|murders|killings|shootings)\s+(?:\w+\s+){{0,3}}?since\s+{_SINCE_DAY}"
    rf"|(?:^|[.;]\s+)since\s+{_SINCE_DAY}[^.;]*?\b(?:have|has)\s+been\s+(?:shot|killed|wounded|injured)\b"
    # or since a coup, a vote or a war began: "Since the Oct. 25 coup, at least 60 people have been killed"
    rf"|\bsince\s+(?:the\s+)?(?:[\w.'’-]+\s+){{0,3}}?{_OUTBREAK}\b[^.;]*?\b(?:have|has)\s+been\s+"
    r"(?:shot|killed|wounded|injured|detained|arrested)\b"
    rf"|\b(?:have|has)\s+been\s+(?:shot|killed|wounded|injured)\b[^.;]*?\bsince\s+(?:the\s+)?"
    rf"(?:[\w.'’-]+\s+){{0,3}}?{_OUTBREAK}\b"
    # people hurt in many shootings: "eight have died in 12 shootings", "wounded in other citywide shootings",
    # "two teens have been killed already this month from accidental shootings"
    r"|\b(?:killed|slain|shot|died|wounded|injured|hurt)\s+in\s+(?:(?!the\b)\w+\s+){0,2}shootings\b"
    r"(?!\s+(?:at|on|near)\b)"
    r"|\b(?:killed|slain|died|wounded|injured|hurt)\s+(?:\w+\s+){0,3}?from\s+(?:(?!the\b)\w+\s+){0,2}shootings\b"
    r"(?!\s+(?:at|on|near)\b)|\bover\s+(?:a|an|the)\s+(?:(?:span|period|stretch)\s+of|[\w-]+[- ](?:hour|day)"
    r"\s+(?:span|period|stretch))\b"
    # people shot within a stretch of hours or days: "six people shot in four hours", "five killed within four
    # hours", "the killing of five people within 48 hours"
    r"|\b(?:shot|killed|slain|wounded|dead|death|people|shootings|homicides)\s+(?:to\s+death\s+)?(?:in|within)\s+"
    r"(?:less\s+than\s+|under\s+|just\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|several)"
    r"\s+(?:hours|days)\b"
)
# a sentence giving a tally of many incidents ("93 residents were slain so far this year", "the 45th
# homicide in 2016", "six weeks after a massacre that killed 49") is background, not this incident's toll
# 'so far' or 'to date' of what has not happened yet ('have so far not claimed the attack'): no tally
_NOT_YET = r"(?!\s+(?:not|no\b|nobody|none|failed|declined|refused))"
# a war's or a conflict's whole toll: "The war, which began in April 2023, has killed tens of thousands"
# hundreds or more counted killed since a time told before: "More than 35,000 have since been killed"
SINCE_TALLY = (
    r"\b(?:\d{1,3}(?:,\d{3})+|\d{3,}|hundreds|thousands|millions)\b[^.;]{0,60}?\bha(?:s|ve)\s+since\s+"
    r"(?:been\s+)?(?:killed|died|slain|wounded|injured)\b"
)
# a group's toll over its whole career, told in the active perfect: 'Boko Haram, which has killed tens of
# thousands of people since launching its insurgency in 2009' (no one incident's dead)
CAREER_TOLL = r"\bha(?:s|ve)\s+(?:\w+\s+)?killed\b[^.;]{0,80}?\bsince\b"
# a run's toll in the passive: 'more than 200 have been killed by army fire during the protests', 'at least
# 24 have died since the protests began'
RUN_TOLL = (
    r"\bha(?:s|ve)\s+(?:died|been\s+(?:\w+\s+)?(?:killed|wounded|injured|shot|slain))\b[^.;]{0,80}?"
    rf"\b(?:during|since)\s+the\s+(?:[\w-]+\s+)?(?:{'|'.join(sorted(TALLIED_RUNS))})\b"
)
WAR_TOLL = rf"\b(?:{'|'.join(sorted(WARS))})\b[^.;]{{0,80}}?\bha(?:s|ve)\s+(?:\w+\s+)?(?:killed|claimed)\b"
STATISTIC = re.compile(
    rf"\b(?:so\s+far{_NOT_YET}|to\s+date{_NOT_YET}|this\s+year|last\s+year(?!['’]s)|since\s+January|in\s+(?:19|20)\d\d"
    r"|for\s+(?:19|20)\d\d"
    r"|homicides|homicide\s+(?:total|count|rate)|deadliest|massacre)\b"
    + rf"|{TALLY_SPAN}|{WAR_TOLL}|{SINCE_TALLY}|{CAREER_TOLL}|{RUN_TOLL}",
    re.IGNORECASE,
)
# a sentence that is itself a tally of many incidents over a stretch of time or a town ("shot across the city
# since Friday night", "in three separate shootings"): a round-up's lead, whose day is where its tally begins
ROUNDUP_TALLY = re.compile(TALLY_SPAN, re.IGNORECASE)
# a year's count of incidents or their victims: "there were 612 murders and 2,900 shooting victims in 2015"
YEAR_TALLY = (
    r"\b(?:murders|killings|slayings|shootings|shooting\s+(?:incidents|victims))\b"
    r"[^.;]*?\bin\s+(?:19|20)\d\d\b"
)
# the cues by which an event's own sentence is itself such a tally or comparison (a year alone, "in 2006",
# may date one incident, so it is not among them)
AGGREGATE = re.compile(
    rf"\b(?:so\s+far{_NOT_YET}|to\s+date{_NOT_YET}|this\s+year|last\s+year(?!['’]s)|since\s+January|homicides"
    r"|homicide\s+(?:total|count|rate)"
    r"|deadliest|massacre)\b"
    + rf"|{TALLY_SPAN}|{YEAR_TALLY}|{WAR_TOLL}|{SINCE_TALLY}|{CAREER_TOLL}|{RUN_TOLL}",
    re.IGNORECASE,
)
# a headline on a stretch of time's shootings in a whole town, "5 dead, 31 hurt in Easter weekend
# shootings", "Weekend shooting death toll rises to four", "Six injured in violent weekend": its counts are
# the round-up's sum, no one story's, so they lend none of its stories a toll (GVA study: the sum reached
# every story of the page)
ROUNDUP_HEADLINE = re.compile(
    r"\b(?:weekend|holiday|(?:labor|memorial|independence|christmas|new\s+year'?s?)\s+day|fourth\s+of\s+july"
    r"|july\s+4(?:th)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|overnight|over-night)\s+(?:shootings|violence"
    r"|gunfire)\b|\bweekend(?:'s)?\s+(?:shooting\s+)?(?:death\s+)?toll\b|\b(?:violent|bloody)\s+(?:weekend|night"
    r"|holiday)\b|\bweekend\s+of\s+(?:violence|gunfire|shootings|bloodshed)\b",
    re.IGNORECASE,
)

# a clause set off by a comma that tells since when someone has done something: ", responsible for attacks in
# the capital since 2023", ", a member of the group since March 2019" (not "Since 2017, 8 people have been
# killed", whose clause is the count's own)
BACKGROUND_SINCE = re.compile(
    rf",[^,;.]*?\bsince\s+(?:{MONTH_NAME}\s+)?(?:19|20)\d\d\b[^,;.]*",
    re.IGNORECASE,
)


def without_background(text: str) -> str:
    """The sentence less its clauses telling since when someone has done something, which count no toll."""
    return BACKGROUND_SINCE.sub("", text)


# the event's own frame, naming it as a massacre or the worst of its kind: "116 inmates were killed ..., in
# the worst prison massacre in the country's history", "in a massacre at a wedding": no other incident's
OWN_FRAME = re.compile(
    r"\bin\s+(?:what\s+(?:was|is)\s+)?(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}?massacre\b"
    r"|\bin\s+(?:what\s+(?:was|is)\s+)?the\s+(?:[\w'’-]+\s+)?(?:deadliest|bloodiest|worst)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:attack|bombing|massacre|violence|clash(?:es)?|riot|fighting)\b"
    # "..., in one of the deadliest attacks of the conflict", "in the bloodiest day of protests"
    r"|\b(?:in|marking|making\s+it|as)\s+(?:one\s+of\s+)?the\s+(?:[\w'’-]+\s+)?(?:deadliest|bloodiest|worst)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:attacks|bombings|massacres|clashes|riots|days?|incidents|strikes|shootings)\b",
    re.IGNORECASE,
)


def without_own_frame(text: str) -> str:
    """The sentence less the phrase naming its own incident a massacre or the worst of its kind, whose
    words would read as a comparison with other incidents."""
    return OWN_FRAME.sub("", text)
