"""Which sentences of an article tell one incident: its paragraph and its whole story, up to a sentence
that opens another one ('In a separate shooting', 'PREVIOUS STORY:', 'On March 4, ...' once the story has
a day of its own)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span

from kronika.casualties.patterns import MONTH_NAME
from kronika.casualties.roundup_turns import roundup_turn
from kronika.nlp import doc_text, line_opening, paragraph_bounds, per_doc, span_text
from kronika.nlp import sentences as doc_sentences
from kronika.textnorm import WEEKDAY_PATTERN

__all__ = [
    "SEPARATE",
    "incident_sentences",
    "month_recalled",
    "recalled_story",
    "separate_story",
    "story_link",
    "story_sentences",
    "story_start",
    "tells_own_story",
]

# a sentence opening like this reports another incident, so its toll is not this event's
BOUNDARY = re.compile(
    r"^\W*(?:in\s+(?:an)?other\s+(?:event|incident|attack|case)|in\s+a\s+separate|separately|meanwhile"
    # a round-up turning to the rest of its shootings: "In other Sunday attacks, eight were shot"
    r"|in\s+other\s+(?:[\w-]+\s+){0,2}?(?:events|incidents|attacks|cases|shootings)"
    r"|elsewhere|earlier|previously|last\s+(?:year|month|week)|the\s+same\s+day|on\s+the\s+same\s+day"
    # a round-up adding what else a day brought, its own victims: "Also Monday, police identified two men
    # shot and killed last week" (not "Also Monday, police arrested a suspect")
    rf"|also\s+(?:on\s+)?{WEEKDAY_PATTERN}\b(?=[^.;]*?\b(?:shot|wounded|injured|killed|slain)\b)"
    # a round-up turning to one of the incidents it has summed up, named apart from the rest: "In the fatal
    # shooting, a man was killed", "In the other incident, a teen was shot", "In the latest non-fatal
    # shooting, ..."
    r"|in\s+the\s+(?:other|fatal|deadly|non-?fatal|earlier|later|first|latest|last|most\s+recent)\s+"
    r"(?:[\w-]+\s+)?(?:shooting|incident|attack|homicide|case|stabbing)\b"
    # the noun left out once the first was named: "In the first shooting, ... In the second, two women ..."
    r"|in\s+the\s+(?:other|second|third|fourth|fifth|latest|last|next)(?=\s*,))\b",
    re.IGNORECASE,
)
# a war report's round-up turning to a strike in another town, named first ("In Kryvyi Rih, a strike on an
# industrial facility killed 10", "In the southern city of Odesa, a drone strike ...", "In the Kharkiv region,
# Russian shelling killed a man"): that town's own
# attack and toll, not the lead's
_ARMED = r"(?i:forces|troops|soldiers|gunmen|militants|fighters|rebels|insurgents|jihadists|militiamen)"
PLACED_STRIKE = re.compile(
    r"^\W*[Ii]n\s+(?:(?:the\s+(?:[a-z-]+\s+){0,2}(?:city|town|village|region|province|district|port)\s+of\s+)?"
    # a name's words may join on an article ('Maarat al-Numan', 'Deir ez-Zor')
    r"[A-Z][\w'’.-]+(?:\s+(?:[A-Z]|[a-z]{1,3}-[A-Z])[\w'’.-]*){0,2}"
    # "In the northeastern Kharkiv region, Russian shelling killed a man"
    r"|the\s+(?:[a-z-]+\s+){0,2}[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?\s+(?:region|province|district|oblast|"
    r"governorate|state|county)"
    # "In the occupied West Bank, Israeli forces killed two": a land named with a word before it
    r"|the\s+(?:[a-z-]+\s+){0,2}[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2}"
    r"(?=,\s+(?:[\w-]+\s+){0,2}?" + _ARMED + r"))"
    r",\s+(?i:(?:(?:a|an|another)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:strike|airstrike|air\s+strike|missile|drone|rocket|shelling|bombing|blast|explosion|attack|raid)\b"
    # "In Jenin, Israeli forces killed two Palestinians": armed men's attack (police answering a call stay
    # in the story: the archive counts the gunman they shoot among its dead)
    r"|(?:[\w-]+\s+){0,2}?"
    + _ARMED
    + r"\s+(?:killed|shot|attacked|raided|stormed|shelled|bombed|ambushed)\b)"
)
# a place's part of a wider toll the story told ("In Kyiv alone, 27 people were killed", "In Kharkiv city
# alone, a strike wounded 12"): that place's own incident, its own toll, not the whole count again
PLACE_ALONE = re.compile(r"^\W*[Ii]n\s+[A-Z][\w'’.-]+(?:\s+[A-Za-z][\w'’.-]+){0,2}\s+alone\s*,")
# fire sent back in answer to the story's attack ("Hezbollah said it had fired dozens of rockets at army posts
# in response", "In retaliation, the army shelled two villages"): the other side's attack, with its own toll
ANSWERING_FIRE = re.compile(
    r"^[^.;]*?\b(?:fired|launched|shelled|struck)\b[^.;]*?\b(?:rockets?|missiles?|shells?|drones?|mortars?"
    r"|artillery)\b[^.;]*?\bin\s+(?:response|retaliation|reprisal)\b"
    r"|^\W*in\s+(?:response|retaliation|reprisal)\b[^.;]*?\b(?:fired|launched|shelled|struck|attacked|bombed)\b",
    re.IGNORECASE,
)
# troops sent in answer to the story's attack fighting its attackers ("Soldiers sent to the area clashed with
# the assailants, killing several", "Troops who rushed to the village repelled the attackers"): a battle of
# its own with its own toll, where ACLED codes the attack on the villagers apart. Police answering a call stay
# in the story: a gunman they shoot is counted among its dead and hurt, as the archive does.
RESPONDING_FORCES = re.compile(
    r"^[^.;]*?\b(?:soldiers|troops|security\s+forces|forces|reinforcements|army|military|gendarmes|commandos)\b"
    r"[^.;]{0,30}?\b(?:sent|dispatched|deployed|rushed|flown|who\s+(?:responded|arrived|rushed))\b[^.;]{0,40}?"
    r"\b(?:clashed|fought|exchanged\s+fire|engaged|pursued|chased|repelled|repulsed|killed|neutrali[sz]ed)\b",
    re.IGNORECASE,
)
# a blast or attack told a day or more after the story's ("A day later, walkie-talkies used by the group
# exploded, killing 20", "The next day, gunmen attacked a second village"): another incident, its own toll
DAY_LATER_BLAST = re.compile(
    r"^\W*(?:(?:a|one|two|three|four|five|six|\d+)\s+days?\s+later|the\s+(?:next|following)\s+day)\s*,"
    r"[^.;]*?\b(?:exploded|detonated|blew\s+up|attacked|opened\s+fire|struck|shelled|bombed|stormed|ambushed)\b"
    # hours after it, a strike or blast, not gunfire: the other side's rockets ("Hours later, rebels fired
    # rockets at Aleppo, killing two children"), not a gunman's spree or a victim's death
    r"|^\W*(?:(?:a\s+few|several|some|two|three|four|\d+)\s+)?hours\s+later\s*,[^.;]*?\b(?:exploded|detonated|"
    r"blew\s+up|shelled|bombed|(?:fired|launched)\s+(?:[\w-]+\s+){0,3}?(?:rockets?|missiles?|shells?|drones?|"
    r"mortars?))\b",
    re.IGNORECASE,
)
# a sentence opening on a calendar date ("On Nov. 9, two teens were killed", "In December, a woman drove")
# tells an earlier incident the story recalls: the days of the story's own incident are told otherwise
DATED_OPENING = re.compile(
    rf"^\W*(?:on|in)\s+{MONTH_NAME}(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?(?:,?\s+\d{{4}})?\s*,",
    re.IGNORECASE,
)
# a sentence opening on a month alone, with no day ("In March, a gunman wounded three people at a bus stop",
# "In October 2013, a clerk was shot dead at a gas station"): an incident the story recalls, told only by its
# month, where the story's own is told by its day (GVA study: 2 stories so taking a recalled toll for theirs)
MONTH_OPENING = re.compile(rf"^\W*in\s+{MONTH_NAME}(?:\s+(?:of\s+)?\d{{4}})?\s*,", re.IGNORECASE)
# a round-up's next shooting opening on its weekday and a new victim ("Tuesday afternoon, a man was shot in
# Uptown"; not "Saturday, the man died", which may end the story's own incident)
DAY_OPENING = re.compile(
    rf"^\W*(?:(?:late|early)\s+)?{WEEKDAY_PATTERN}(?:\s+(?:morning"
    r"|afternoon|evening|night))?,\s+(?:a|an|one|two|three|four|five|six|\d+)\s[^.;]*?\b(?:was|were)\s+"
    r"(?:\w+\s+)?(?:shot|wounded|killed|slain)\b",
    re.IGNORECASE,
)
# a sentence opening on a weekday with new victims ("On Tuesday, a 7-year-old and his aunt were wounded", "On
# Sunday night, a woman was found shot in a parked car", "On Thursday, a teenager and an older man were left
# in serious condition"): another incident where the story has named its own weekday and this is another one
OTHER_DAY_OPENING = re.compile(
    # after a time of day, too: "About 1:15 a.m. Saturday, a teen was shot"
    r"^\W*(?:(?:(?:about|around|at|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?"
    r"\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?\s+)?"
    rf"(?:(?:on|last)\s+)?(?:(?:late|early)\s+)?(?P<day>{WEEKDAY_PATTERN})(?:\s+(?:morning|afternoon"
    r"|evening|night))?,?\s+(?:a|an|one|two|three|four|five|six|\d+)\s[^.;]*?\b(?:(?:was|were)\s+(?:\w+\s+)?"
    r"(?:shot|wounded|killed|slain|found\s+(?:dead|shot)|left\s+(?:dead|in\s+(?:critical|serious)))\b"
    # or told in the active voice: "On Monday, an air strike killed three militants"
    r"|(?:killed|shot|wounded|injured)\s+(?:at\s+least\s+)?(?:a|an|one|two|three|four|five|six|seven|eight"
    r"|nine|ten|\d+)\b)",
    re.IGNORECASE,
)
# other victims told shot on their own day ("Two other men were shot Sunday outside a bakery", "Another man
# was wounded Saturday night", "Two other teens were killed on Easter and on May 3"): another incident
# set beside the story's, where the story has named its own weekdays and not this one, or any day the
# calendar names (the story's own day is told by its weekday)
OTHER_VICTIMS = re.compile(
    r"^\W*(?:(?:a|an|one|two|three|four|five|six|\d+)\s+other|another)\s+(?:[\w'’-]+\s+){0,3}?(?:was|were)\s+"
    rf"(?:\w+\s+)?(?:shot|wounded|killed|slain)\b[^.;]*?(?:\b(?P<day>{WEEKDAY_PATTERN})\b"
    rf"|\b{MONTH_NAME}\s+\d{{1,2}}\b|\b(?:on|at|over)\s+(?:easter|christmas|thanksgiving|halloween"
    r"|new\s+year['’]s|(?:the\s+)?fourth\s+of\s+july|labor\s+day|memorial\s+day|mother['’]s\s+day"
    r"|father['’]s\s+day)\b)",
    re.IGNORECASE,
)
# another victim the story also tells of, shot on his own weekday ("Officers also said a woman who was shot
# Thursday on Pine Road has died"): another incident set beside the story's
ALSO_SHOT_ON = re.compile(
    r"^[^.;]*?\balso\b[^.;]*?\b(?:a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:man|woman|boy|girl|teen|teenager|person)\s+"
    rf"who\s+(?:was|had\s+been)\s+(?:\w+\s+)?(?:shot|wounded)\s+(?:on\s+|last\s+)?(?P<day>{WEEKDAY_PATTERN})\b",
    re.IGNORECASE,
)
# a victim named with his age, shot on his own weekday ("D'kai Lee, 17, of Northeast Baltimore, was shot and
# killed just after 10 p.m. Saturday"): a round-up's list of its dead, each another incident where the story
# has named its own weekdays and not this one
NAMED_VICTIM_ON = re.compile(
    r"^\W*(?-i:(?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’.-]+),\s+\d{1,3},\s+(?:of\s+[^,;.]{1,40},\s+)?(?:was|were)\s+"
    rf"(?:\w+\s+)?(?:shot|wounded|killed|slain)\b(?:[ap]\.m\.|[^.;])*?\b(?P<day>{WEEKDAY_PATTERN})\b",
    re.IGNORECASE,
)
WEEKDAY = re.compile(WEEKDAY_PATTERN, re.IGNORECASE)
# a recalled story (opened on a calendar date) handing back to the article's own incident by its weekday:
# "In Friday's shooting, two men were killed", "On Sunday, a teen died at a party" (not "On Saturday, May
# 21, officers ...", which dates by the calendar as the recalled story does)
WEEKDAY_RETURN = re.compile(
    rf"^\W*(?:(?:in|on)\s+)?(?:last\s+)?{WEEKDAY_PATTERN}(?:['’]s\s+"
    r"(?:[\w-]+\s+)?(?:shooting|incident|attack|killing|homicide|slaying)\b|(?:\s+(?:morning|afternoon|evening"
    rf"|night))?,(?!\s*{MONTH_NAME}))",
    re.IGNORECASE,
)
# a timeline's entry, opening on its day and a colon ("Aug. 23: a man is shot and killed on the levee"), the
# first perhaps run into the list's heading ("COUNTY HOMICIDES 2016 Jan. 5: ..."): each entry tells its own
# incident (GVA study articles with such entries: 3, the entries 13, each another incident)
TIMELINE_ENTRY = re.compile(
    rf"^\W*(?:[A-Z][A-Z\s'’&-]*\s(?:\d{{4}}\s+)?)?(?i:{MONTH_NAME})\s+\d{{1,2}}(?:,\s+\d{{4}})?\s*:\s"
)
# the day a sentence tells its incident on ("on Friday", "last night", "March 4"): a story already dated
# this way that opens a sentence on another date turns to another incident; one not yet dated is told on it
TOLD_DAY = re.compile(
    rf"\b(?:{WEEKDAY_PATTERN}|yesterday|today|tonight|last\s+night"
    rf"|this\s+(?:morning|afternoon|evening))\b|\b{MONTH_NAME}\s+\d{{1,2}}\b",
    re.IGNORECASE,
)
# a link list of other stories: "RELATED ARTICLES: Man shot, killed in his car", "More stories on ...", the
# link's mark set off by a dash or a bar as well ("RELATED ARTICLE - 3 hurt in ...", "RELATED | Teen killed";
# GVA study: 2 such links, one read as the story's toll)
# (the mark may end its sentence or line, the parse cutting the link's headline off: "RELATED ARTICLE -",
# "Related Coverage")
RELATED = r"related(?:\s+(?:articles?|stories|story|coverage|content|links?))?"
LINK_NAME = rf"previous\s+story|{RELATED}"
STORY_BREAK = re.compile(
    r"^\W*(?:previous\s+story|in\s+other\s+news|more\s+stories\b"
    rf"|(?:{LINK_NAME})\s*(?::|[-–—|](?:\s|$)|\n|$))",
    re.IGNORECASE,
)
# a link to a related story with its headline on the mark's own line ('RELATED: Vigil held for boy', '[RELATED
# ARTICLE - 2 killed in Sunday shootings]'): page noise set in the middle of the story, which goes on after it
# (GVA study articles with such a link: 25); a 'PREVIOUS STORY:' goes on to tell that earlier story
INLINE_RELATED = re.compile(
    rf"^\W*{RELATED}\s*(?::|[-–—|](?=\s))\s*\S",
    re.IGNORECASE,
)
# a sentence that is the link's mark alone ("RELATED ARTICLE -", "Previous story:", "RELATED"): the sentence
# after it is the link's headline, which tells the other story's toll as the mark's own sentence would
LINK_MARK = re.compile(rf"^\W*(?:{LINK_NAME}|in\s+other\s+news|more\s+stories)\s*[-–—|:]?\W*$", re.IGNORECASE)
# a round-up turning to its next shooting: "Officers responded to the second shooting at midnight", "The third
# shooting claimed three lives", "The worst shooting happened on Gratiot"; one told as a count of the place's
# shootings ("the second shooting in as many days", "the third shooting this week") opens none
NEXT_INCIDENT = re.compile(
    r"\b(?:the|a)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:[\w-]+\s+)?"
    r"(?:shooting|incident|attack)\b"
    r"|^\W*the\s+(?:first|worst|deadliest|final)\s+(?:[\w-]+\s+)?(?:shooting|incident|attack)\b"
    # a round-up's next item told by its place in the day: "Wednesday's first shooting left a man dead",
    # "The latest nonfatal shooting happened in Austin", "The weekend's first homicide also occurred on Elm"
    r"|^\W*(?:the\s+)?(?:(?:[\w-]+|the\s+(?:day|night|weekend|week))['’]s\s+)?(?:first|latest|last|most\s+recent)\s+"
    r"(?:[\w-]+\s+)?(?:shooting|homicide|killing|slaying|attack)\b",
    re.IGNORECASE,
)
# "About two hours earlier, six people were shot", "Less than an hour after that shooting, a teen was shot
# dead": a round-up going through the day to the shooting before or after (not "Hours later, the man
# died", nor "An hour after the shooting, police spotted the car")
HOURS_APART = re.compile(
    r"^\W*(?:(?:about|around|roughly|just|some|a\s+few|less\s+than|more\s+than)\s+)?(?:an?|one|two|three|four"
    r"|five|ten|fifteen|twenty|thirty|forty|\d+|several|half\s+an)\s+(?:minutes?|hours?)\s+(?:earlier|later"
    r"|after\s+(?:that|the|the\s+first)\s+(?:[\w-]+\s+)?(?:shooting|incident|attack)\b)[^.;]*?"
    r"(?:\b(?:was|were|had\s+been)\s+(?:\w+\s+)?(?:shot|wounded|killed|slain)\b|\bdied\s+after\s+being\s+shot\b"
    r"|\banother\s+shooting\b)"
    # "Another North Side shooting soon after left a woman hurt", "Another double shooting occurred
    # about noon": a round-up's next shooting (not "Another shooting victim was taken to a hospital")
    r"|^\W*another\s+(?:[\w'’-]+\s+){0,3}?(?:shooting|homicide|killing|slaying)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:left|happened|occurred|took\s+place|was\s+reported|wounded|killed|claimed)\b",
    re.IGNORECASE,
)
# a count of the place's shootings follows the noun ("... shooting in as many days", "... incident this
# year"), or the noun names a person ("a third shooting victim")
COUNTED_ON = re.compile(
    r"\s*(?:in|this|since|of|to|within|for|so|at\s+the|victims?|suspects?|survivors?|wounds?)\b",
    re.IGNORECASE,
)
SEPARATE = re.compile(
    r"\b(?:a|an)\s+(?:separate|unrelated|different|earlier|later|similar)\s+(?:\w+\s+)?"
    r"(?:incident|attack|shooting|raid|case|event|stabbing|clash|bombing)\b"
    # "police are also investigating a non-fatal shooting", "two other shootings are under investigation"
    r"|\balso\s+investigating\s+(?:a|an|another|two|three|\d+)\b"
    r"|\b(?:two|three|four|\d+)\s+other\s+(?:[\w-]+\s+)?(?:shootings|incidents|attacks)\b",
    re.IGNORECASE,
)
# a sentence that opens on telling another incident: 'Separately, ...', 'In an unrelated shooting, ...'
_FURTHER_OPENING = re.compile(
    r"\W*(?:separately|in\s+an\s+unrelated\b|in\s+another\s+incident\b)", re.IGNORECASE
)


def tells_own_story(text: str) -> bool:
    """Whether a sentence says it tells another incident than the story's ('Separately, ...', 'In an
    unrelated shooting, ...', 'a second man was shot in a separate incident')."""
    return SEPARATE.search(text) is not None or _FURTHER_OPENING.match(text) is not None


def _paragraph(doc: Doc, sentence: Span) -> list[Span]:
    """The sentences of the paragraph (text between line breaks) holding the sentence. A sentence's span
    runs on over the line breaks after it, so each is placed by where its words end."""
    placed = _words_ends(doc)
    own_end = next((end for s, end in placed if s.start_char == sentence.start_char), sentence.end_char)
    begin, end = paragraph_bounds(doc_text(doc), sentence.start_char, own_end)
    return [s for s, words_end in placed if begin <= s.start_char and words_end <= end]


def _words_ends(doc: Doc) -> tuple[tuple[Span, int], ...]:
    """The doc's sentences, each with where its words end (before the spaces and line breaks its span runs on
    over), worked out once per doc: every event of an article reads its paragraph."""

    def work_out() -> tuple[tuple[Span, int], ...]:
        text = doc_text(doc)
        return tuple(
            (s, s.start_char + len(text[s.start_char : s.end_char].rstrip())) for s in doc_sentences(doc)
        )

    return per_doc(doc, "kronika.sentence_words_ends", work_out)


def incident_sentences(doc: Doc, sentence: Span) -> list[Span]:
    """The sentence and its neighbours in the paragraph that tell the same incident (up to another one)."""
    paragraph = _paragraph(doc, sentence)
    before = [s for s in paragraph if s.end_char <= sentence.start_char]
    after = [s for s in paragraph if s.start_char >= sentence.end_char]
    starts = [i for i, s in enumerate(before) if BOUNDARY.match(span_text(s))]
    before = [] if BOUNDARY.match(span_text(sentence)) else before[max(starts, default=0) :]
    stop = next((i for i, s in enumerate(after) if BOUNDARY.match(span_text(s))), len(after))
    return [*before, sentence, *after[:stop]]


def story_sentences(doc: Doc, sentence: Span) -> list[Span]:
    """The sentences of the whole article that tell the sentence's incident, across paragraphs."""
    sentences, starts = _stories(doc)
    here = next((i for i, s in enumerate(sentences) if s.end_char > sentence.start_char), len(sentences))
    first = max((i for i in starts if i <= here), default=0)
    return list(sentences[first : next((i for i in starts if i > here), len(sentences))])


def story_start(doc: Doc, start: int, end: int) -> int:
    """Where the story telling the incident of the sentence at characters `start`..`end` starts: the
    character offset of the story's first sentence."""
    sentence = doc.char_span(start, end, alignment_mode="expand")
    story = story_sentences(doc, sentence) if sentence is not None else []
    return story[0].start_char if story else start


def _stories(doc: Doc) -> tuple[tuple[Span, ...], tuple[int, ...]]:
    """The article's non-empty sentences and where each of its stories starts, worked out once per doc
    (every event of a long article asks again)."""
    return per_doc(doc, "kronika.stories", lambda: _split_stories(doc))


def _split_stories(doc: Doc) -> tuple[tuple[Span, ...], tuple[int, ...]]:
    """`_stories`, worked out."""
    told = tuple(s for s in doc_sentences(doc) if span_text(s).strip())
    return told, tuple(_story_starts(told))


def _story_starts(sentences: Sequence[Span]) -> list[int]:
    """The sentences that start telling another incident ('In a separate shooting', 'PREVIOUS STORY:', a
    timeline's entry 'Aug. 23: ...'); one opening on a calendar date ('On March 4, ...') does so only once
    the story told so far has a day: before that it dates the story's own incident ('A woman shot herself. On
    May 3, deputies went to the home ...')."""
    starts: list[int] = []
    dated = False
    turned = False
    recalled = False
    harmed = False  # the story so far has told someone shot, hurt or killed
    days: set[str] = set()  # the weekdays the story has named so far
    for i, sentence in enumerate(sentences):
        text = span_text(sentence)
        recall = dated and DATED_OPENING.match(text) is not None
        opens = (
            DAY_OPENING.match(text)
            or recall
            or (recalled and WEEKDAY_RETURN.match(text))
            or _other_day(text, days)
        )
        wired = i > 0 and any(WIRE_DATELINE.match(line) for line in line_opening(sentence).split("\n"))
        # a related story's link set inside the story leaves it to go on after the link
        link = INLINE_RELATED.match(text) is not None
        anew = harmed and ANOTHER_SHOOTING.match(text) is not None
        if turned or (separate_story(text) and not link) or opens or wired or anew or _timeline_entry(text):
            starts.append(i)
            harmed = False
            dated = False
            # a story the article recalls on a calendar date ends where a sentence names a weekday again
            recalled = recall
            # one told hours from the last ('About two hours later, two women were wounded') is on that
            # one's day or the next: a sentence opening on another weekday still turns to another incident
            days = days if HOURS_APART.match(text) else set()
        dated = dated or bool(TOLD_DAY.search(text))
        harmed = harmed or TELLS_HARM.search(text) is not None
        days |= {d.lower() for d in WEEKDAY.findall(text)}
        # the sentence after one setting the incident among others tells those others
        turned = roundup_turn(text)
    return starts


# a shooting the article names anew ('A shooting in the 1400 block of Elm Street left two men wounded'), once
# its story has told one: the story's own is 'the shooting' by then, so this one is another incident
ANOTHER_SHOOTING = re.compile(
    # after an opening phrase of time or place, too ('In the afternoon, another shooting near the park ...')
    r"^\W*(?:(?:in|on|at|later|hours|minutes|about|around|shortly|early|late)\b[^,.;]{0,40},\s*)?"
    r"(?:an?|another)\s+(?:[\w'’-]+\s+){0,2}?(?:shooting|homicide|killing|slaying)\s+(?:in|on|at|near|outside|inside"
    r"|along)\s+[^.;]{0,100}?\b(?:left|leaves|happened|occurred|took\s+place|wounded|injured|killed|claimed"
    r"|sent)\b",
    re.IGNORECASE,
)
# a sentence telling someone shot, hurt or killed: a story that has one has told its own incident
TELLS_HARM = re.compile(r"\b(?:shot|shooting|wounded|injured|killed|dead|died|slain)\b", re.IGNORECASE)


def _other_day(text: str, days: set[str]) -> bool:
    """Whether the sentence tells new victims on a day of their own where the story so far has named its own
    weekdays: opening on a weekday it has not named ('On Monday, two boys were shot'), other victims shot on
    such a weekday, a calendar day or a holiday ('Two other men were shot Sunday', `OTHER_VICTIMS`), or a
    victim it 'also' tells of, shot on such a weekday (`ALSO_SHOT_ON`): an earlier or later incident set
    beside it."""
    opening = (
        OTHER_DAY_OPENING.match(text)
        or OTHER_VICTIMS.match(text)
        or ALSO_SHOT_ON.match(text)
        or NAMED_VICTIM_ON.match(text)
    )
    if opening is None or not days:
        return False
    # a calendar day or a holiday is no weekday the story has named
    return opening["day"] is None or opening["day"].lower() not in days


# a wire digest's next story, opening on its own dateline ("CASPER, Wyo. (AP) - A man ..."): a page of a
# state's news tells one story after another, each under its dateline
WIRE_DATELINE = re.compile(
    r"^\W*[A-Z][A-Z.'’ -]{2,},\s+[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+)?\s+\((?:AP|Reuters|UPI)\)\s*[-—–]"
)


def _timeline_entry(text: str) -> bool:
    """Whether a line of the sentence opens a timeline's entry ('Aug. 23: ...'); the parse may run a caption
    above into the entry's sentence, so each line is asked."""
    return any(TIMELINE_ENTRY.match(line) for line in text.split("\n"))


def recalled_story(doc: Doc, first: Span) -> bool:
    """Whether the story whose first sentence is `first` is one the article turns to on a calendar date
    after its own ('In November 2013, one man died near the club'), or on another weekday ('On Monday, two
    boys were shot'): an earlier incident, which the headline, telling the article's own, does not tell."""
    sentences, starts = _stories(doc)
    index = next((i for i, s in enumerate(sentences) if s.start == first.start), -1)
    if index in starts and index > 0 and roundup_turn(span_text(sentences[index - 1])):
        return True  # the others a sentence set the story's incident among
    if not (index in starts and index > 0):
        return False
    text = span_text(first)
    # one opening on another weekday than the story's ('On Monday, two boys were shot') tells an incident set
    # beside it, which its headline does not tell either; a round-up's bare 'Tuesday afternoon, a man was
    # shot' is one of the incidents a round-up's headline adds up
    other_day = (
        OTHER_DAY_OPENING.match(text) is not None and DAY_OPENING.match(text) is None
    ) or OTHER_VICTIMS.match(text) is not None
    # nor does it tell a shooting named anew after its own ('A shooting on Elm Street left two wounded')
    return other_day or DATED_OPENING.match(text) is not None or ANOTHER_SHOOTING.match(text) is not None


def month_recalled(text: str) -> bool:
    """Whether the sentence opens on a month with no day ('In March, a gunman wounded three people'): another
    incident the story recalls, whose toll is neither its own sentence's event's to outweigh the story's, nor
    the story's."""
    return MONTH_OPENING.match(text) is not None


def story_link(doc: Doc, sentence: Span) -> bool:
    """Whether the sentence is a link to another story: its mark and headline ('RELATED: Two shot at a
    park'), or the headline alone where the parse cut the mark off into a sentence of its own."""
    if STORY_BREAK.match(span_text(sentence)):
        return True
    sentences, _ = _stories(doc)
    index = next((i for i, s in enumerate(sentences) if s.end_char > sentence.start_char), 0)
    return index > 0 and LINK_MARK.match(span_text(sentences[index - 1])) is not None


def separate_story(text: str) -> bool:
    """A sentence that says it tells another incident than the one before ('Separately', 'RELATED:', 'In
    Kryvyi Rih, a strike on a factory killed 10', 'In Kyiv alone, 27 died', 'fired rockets in response')."""
    return bool(
        BOUNDARY.match(text)
        or STORY_BREAK.match(text)
        or SEPARATE.search(text)
        or _next_incident(text)
        or PLACED_STRIKE.match(text)
        or PLACE_ALONE.match(text)
        or ANSWERING_FIRE.match(text)
        or RESPONDING_FORCES.match(text)
        or DAY_LATER_BLAST.match(text)
    )


def _next_incident(text: str) -> bool:
    """A round-up's sentence turning to its next shooting ('Officers responded to the second shooting'), not
    one counting the place's shootings ('It was the third shooting in the city this week')."""
    return HOURS_APART.match(text) is not None or any(
        COUNTED_ON.match(text, m.end()) is None for m in NEXT_INCIDENT.finditer(text)
    )
