"""Who did an event: the doers its clause names, a battle's other side and a street event's crowd; for
an event whose clause names nobody, the sides named nearby, whoever claimed it, the sides of the front
line it happened on, or the doer the event implies."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Final

from spacy.tokens import Span as DocSpan
from spacy.tokens import Token

from kronika.actors.attackers import (
    agent_position,
    armed_agent,
    attackers_nearby,
    coded_doer,
    previous_start,
    unparsed_subject,
)
from kronika.actors.claims import blamed, claimants, planted_by, planters
from kronika.actors.conflicts import front_line_sides
from kronika.actors.custody import custodians, died_held
from kronika.actors.headings import headed_doers, heading, without_heading
from kronika.actors.headline import headline_doer
from kronika.actors.hedged import hedged_doer
from kronika.actors.later_agents import later_agents
from kronika.actors.lost_subject import lost_subject
from kronika.actors.roles import STREET_SECTORS, implied_doer, is_violent, takes_to_the_streets
from kronika.events.acled_typing import GROUP_ACTIVITY_SECTORS
from kronika.events.modal_words import REPORTING
from kronika.events.taxonomy import GROUP_ACTIVITY
from kronika.model import Actor, Detection, Span
from kronika.nlp import doc_text, noun_chunks_in

if TYPE_CHECKING:
    from kronika.actors.resolve import ArticleActors

# A state's forces and organs: one side of a battle, never both.
FORCES: Final = frozenset({"MIL", "COP", "SPY", "GOV"})
# Sectors of those who fight: the sides of a battle.
ARMED_SECTORS: Final = frozenset({"MIL", "COP", "SPY", "REB", "UAF", "CRM"})
# The names the lexicon gives armed men it cannot name ("gunmen", "unknown assailants", "unidentified men").
GENERIC_DOERS: Final = frozenset({"Gunmen", "Unidentified men", "Unidentified armed group"})
# The last words of a doer named only by what it did, of no known side ('a suicide car bomber')
_NAMELESS_ATTACKERS: Final = frozenset(
    {"bomber", "bombers", "attacker", "attackers", "assailant", "assailants", "shooter", "shooters"}
)
# What a legislature does at a meeting: electing, appointing, confirming, voting, approving.
SESSION_ACTS: Final = frozenset({"elect", "appoint", "confirm", "vote", "approve", "choose"})
LEGISLATURE: Final = "LEG"
# Where the one elected and the office stand ("X was elected speaker"): not the electing body.
ELECTED_DEPS: Final = frozenset({"nsubjpass", "oprd", "attr", "xcomp", "appos"})
# Events that may be fire across a front line, whose sides fired it when nobody is named.
FRONT_LINE_EVENTS: Final = frozenset({"Armed clash", "Shelling/artillery/missile attack"})
# PLOVER events made by saying so: one who says "X must mediate" or "we reject it" made the request or
# the rejection. Who only reports any other event ("a meeting was held, lawmakers said") did not do it.
SPOKEN_EVENTS: Final = frozenset(
    {"AGREE", "SUPPORT", "CONCEDE", "COOPERATE", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "SANCTION"}
)


def joined_actors(actors: tuple[Actor, ...], more: tuple[Actor, ...]) -> tuple[Actor, ...]:
    """`actors` followed by those of `more` not yet among them by name and sector, each once: one body
    named by two phrases ('a member of Koglweogo' ... 'Koglweogo') is one actor, whatever its text."""
    known = {(a.name, a.sector) for a in actors}
    joined = list(actors)
    for actor in more:
        if (actor.name, actor.sector) not in known:
            known.add((actor.name, actor.sector))
            joined.append(actor)
    return tuple(joined)


class EventDoers:
    """Finds the doers of one article's detections with that article's `ArticleActors`."""

    def __init__(self, actors: ArticleActors) -> None:
        """Work on the document, context and lexicon `actors` resolves phrases in."""
        self.actors = actors
        self.doc = actors.doc

    def of(self, detection: Detection) -> tuple[Actor, ...]:
        """The event's named doers with a battle's other armed side and a street event's crowd, or,
        where its clause names nobody, those of `unnamed`; a coder's heading codes them
        (`actors.headings`)."""
        doers = self._of(detection)
        if heading(doc_text(self.doc)) is None:
            return doers
        country = self.actors.country_in(detection.sentence)
        return headed_doers(doers, doc_text(self.doc), detection.sentence, country)

    def _of(self, detection: Detection) -> tuple[Actor, ...]:
        """The doers `of` finds before the note's heading codes them."""
        found = self.actors.resolve(detection.actor_spans, doing=detection.type)
        found = without_heading(found, doc_text(self.doc))  # "Recruitment: the group held ..."
        sentence = self._sentence(detection.sentence)
        headline = headline_doer(sentence, detection.trigger.start, self.actors.actor_of) if sentence else ()
        found = headline or found  # "SAF bomb Karsk village" read as one phrase is no doer 'SAF bomb Karsk'
        held = self._held(detection)
        if held:
            return held
        if found and detection.type.acled_event_type == "Battles":
            found += self._armed_sides(detection, found)
            found += self._unnamed_foe(detection, found)
        if found and is_violent(detection.type) and all(_generic_doer(a) for a in found):
            # "gunmen shot a couple ... Police believe insurgents were responsible": the coders name the
            # group the attack is blamed on or claimed by as its doer, not the gunmen
            owners = self._owners(sentence) if sentence is not None else ()
            found = owners or found
        if found:
            found += self._conjunct_before_parenthesis(detection, found)
        street = takes_to_the_streets(detection.type)
        if found and street and all(a.sector not in STREET_SECTORS for a in found):
            found += self._crowd(detection)
        return found or self.unnamed(detection)

    def _conjunct_before_parenthesis(
        self, detection: Detection, found: tuple[Actor, ...]
    ) -> tuple[Actor, ...]:
        """The armed side joined to a doer across a coder's parenthesis ("international forces (coded as
        unidentified military forces) and government forces launched an airstrike"), which the parser
        cut off the doers by reading the parenthesis as a clause of its own."""
        for span in detection.actor_spans:
            words = self.doc.char_span(span.start, span.end, alignment_mode="expand")
            first = words[0] if words is not None and len(words) else self.doc[0]
            i = first.i
            if i < 3 or self.doc[i - 1].lower_ != "and" or self.doc[i - 2].text != ")":
                continue
            before = reversed(self.doc[first.sent.start : i - 2])
            opening = next((t for t in before if t.text == "("), None)
            noun = self.doc[opening.i - 1] if opening is not None and opening.i > 0 else None
            named = noun is not None and noun.pos_ in ("NOUN", "PROPN")
            actor = self.actors.actor_at(noun) if noun is not None and named else None
            if actor is not None and actor.sector in (*ARMED_SECTORS, "IGO") and actor not in found:
                return (actor,)
        return ()

    def unnamed(self, detection: Detection) -> tuple[Actor, ...]:
        """Doers of an event whose clause names none: a battle's armed sides named in its sentence or
        the one before ("13 militants were killed when soldiers repulsed their attack"), whoever
        claimed a violent one, the sides of the front line it was fought on, the legislature that met
        to elect or vote, else the doer the event implies (an arrest's police) in the country the
        sentence places it in, else the subject of the sentence's main verb. Who planted a violent
        event's weapon ("a Taliban-planted IED", "the mine was planted by rebels") claimed it as much as a
        claim does; forces a later sentence names as the harm's doer did it (`actors.later_agents`), and so
        does the doer the parser cut off its verb (`actors.lost_subject`, `actors.headline`)."""
        sentence = self._sentence(detection.sentence)
        if sentence is None:
            return ()
        return (
            self._hedged(sentence)
            or self._sides_told(detection, sentence)
            or self._attackers(detection, sentence)
            or self._implied(detection, sentence)
        )

    def _sides_told(self, detection: Detection, sentence: DocSpan) -> tuple[Actor, ...]:
        """A battle's armed sides named in its sentence or the one before (with the other side where
        only one is), a troop movement's movers, or whoever claimed or planted a violent event."""
        event = detection.type
        if event.acled_event_type == "Battles":
            # 'police said': who tells of a battle is no side of it
            sides = self._armed_in(self.doc[previous_start(sentence) : sentence.end], speakers=False)
            if sides:
                return sides if len({a.name for a in sides}) > 1 else (*sides, *self._other_side(detection))
        if event.acled_sub_event_type == GROUP_ACTIVITY:
            movers = self._movers(sentence)
            if movers:
                return movers
        return self._owners(sentence) if is_violent(event) else ()

    def _attackers(self, detection: Detection, sentence: DocSpan) -> tuple[Actor, ...]:
        """Who attacked, for an event whose implied doer is an unknown armed group: the first reading
        of the sentence that finds one, from armed actors nearby to forces a later sentence names."""
        unknown = implied_doer(detection.type, None)
        if unknown is None or unknown.sector != "UAF":
            return ()
        victims = self.actors.resolve(detection.target_spans)
        return (
            attackers_nearby(self.actors, sentence, detection)
            or armed_agent(self.actors, sentence, detection)
            or coded_doer(self.actors, sentence, detection)
            or unparsed_subject(self.actors, sentence, detection)
            or headline_doer(sentence, detection.trigger.start, self.actors.actor_of)
            or lost_subject(sentence, detection.trigger.start, self.actors.actor_at, victims)
            or later_agents(sentence, detection.type, self.actors.actor_at, victims)
        )

    def _implied(self, detection: Detection, sentence: DocSpan) -> tuple[Actor, ...]:
        """The doer the event implies in the country the sentence places it in: the sides of the front
        line, the legislature that met, else the event's implied doer or the main verb's subject."""
        event = detection.type
        country = self.actors.country_in(detection.sentence) or self._actors_country(sentence)
        if event.acled_sub_event_type in FRONT_LINE_EVENTS:
            published = self.actors.ctx.article.published
            year = published.year if published else None
            sides = front_line_sides(self.actors.lexicon.conflicts, country, year)
            if sides:
                return sides
        if event.plover == "CONSULT" or (event.plover, event.mode) == ("CONCEDE", "leadership"):
            legislature = self._legislature(sentence, country)
            if legislature:
                return legislature
        implied = implied_doer(event, country)
        return (implied,) if implied is not None else self._main_subject(sentence, event.plover)

    def _held(self, detection: Detection) -> tuple[Actor, ...]:
        """The custodian of someone whose death in custody the event's sentence tells ("a suspect died in
        police custody"), where no armed doer in it did the harm itself (`actors.custody`)."""
        sentence = self._sentence(detection.sentence)
        fought = detection.type.acled_event_type == "Battles"  # "locals clashed with police ... custody"
        if sentence is None or fought or takes_to_the_streets(detection.type) or not died_held(sentence):
            return ()
        for token in sentence:
            if token.head.lemma_.lower() == "die" or not agent_position(token):
                continue
            actor = self.actors.actor_at(token)
            if actor is not None and actor.sector in ARMED_SECTORS:
                return ()  # "police beat him to death in custody": the clause names its doer
        victims = self.actors.resolve(detection.target_spans)
        return custodians(self.actors, sentence, victims, self.actors.country_in(detection.sentence))

    def _hedged(self, sentence: DocSpan) -> tuple[Actor, ...]:
        """The doer a hedge hid from the parser ("presumed ISGS militants killed a councillor", "gunmen
        believed to belong to IS shot a man"): see `actors.hedged`."""
        head = hedged_doer(sentence)
        actor = self.actors.actor_at(head) if head is not None else None
        return (actor,) if actor is not None else ()

    def _main_subject(self, sentence: DocSpan, plover: str) -> tuple[Actor, ...]:
        """The subject of the sentence's main verb, for an event in a clause below it that names nobody
        and implies nobody ("an official offered concessions that could lead to an agreement"): the
        one who offers or orders is the event's source, and one who says so of a spoken event
        ("Mubarak said the US must mediate"), not of a reported happening."""
        labelled = self._labelled_verb(sentence)
        root = labelled or sentence.root
        reported = root.lemma_.lower() in REPORTING and plover not in SPOKEN_EVENTS
        if root.pos_ not in ("VERB", "AUX") or reported:
            return ()
        subjects = [c for c in root.children if c.dep_ == "nsubj"]
        if labelled is not None:  # all the sides of "Agreement: X and Y signed a truce"
            first, last = subjects[0].left_edge, max((subjects[0], *subjects[0].conjuncts), key=lambda t: t.i)
            start, end = first.idx, last.idx + len(last)
            return self.actors.resolve([Span(start, end, doc_text(self.doc)[start:end])])
        actor = self.actors.actor_at(subjects[0]) if subjects else None
        return (actor,) if actor is not None else ()

    def _labelled_verb(self, sentence: DocSpan) -> Token | None:
        """The first verb with a subject after a coder's label the parser made the sentence's root
        ("Agreement: the party and the rebels signed a pact", "Recruitment: ..."): the clause the
        label heads is the note's own sentence."""
        root = sentence.root
        if root.pos_ not in ("NOUN", "PROPN") or self.doc[root.i + 1 : root.i + 2].text != ":":
            return None
        verbs = [t for t in sentence if t.i > root.i + 1 and t.pos_ == "VERB"]
        told = [v for v in verbs if any(c.dep_ == "nsubj" for c in v.children)]
        return next((v for v in told if v.head.i == root.i), told[0] if told else None)  # not a relative's

    def _movers(self, sentence: DocSpan) -> tuple[Actor, ...]:
        """The first force, armed group or authority a sentence names, for a change to a group's activity
        whose clause names nobody ("Houthi reinforcements were reported on the front", "a new US
        military column was sent to the base"): ACLED codes such a change only for those
        (`GROUP_ACTIVITY_SECTORS`), so the one the sentence names is whose forces moved. One named by
        its name comes before a common noun ("Troop movements: HTS sent reinforcements" is HTS's)."""
        named = [a for a in self.actors.actors_in(sentence) if a.sector in GROUP_ACTIVITY_SECTORS]
        proper = [a for a in named if any(c.isupper() for c in a.text)]
        return tuple((proper or named)[:1])

    def _other_side(self, detection: Detection) -> tuple[Actor, ...]:
        """A battle's unnamed other side where its sentences name only one ("a militiaman was found
        dead"): someone armed fought that side, and coders write an unidentified armed group."""
        implied = implied_doer(detection.type, self.actors.country_in(detection.sentence))
        return (implied,) if implied is not None else ()

    def _unnamed_foe(self, detection: Detection, found: tuple[Actor, ...]) -> tuple[Actor, ...]:
        """A battle whose named sides are all one state's forces was fought against someone the note does
        not name as armed ("a party cadre was killed in a gunfight with police"): coders write the
        unidentified armed group a battle's unnamed side is (`_other_side`)."""
        if not all(a.sector in FORCES for a in found) or len({a.country for a in found} - {None}) > 1:
            return ()
        return self._other_side(detection)

    def _legislature(self, sentence: DocSpan, country: str | None) -> tuple[Actor, ...]:
        """The legislature that held a meeting its sentence says someone was elected or a law approved
        at ("was elected at an extraordinary meeting of parliament", "was elected during a meeting,
        the parliamentary press service said"), and so made the election: electing and voting in session
        is what a parliament does. It did not write the event, so it has no text."""
        if not any(t.lemma_.lower() in SESSION_ACTS for t in sentence):
            return ()
        named = (
            self.actors.actor_at(c.root) for c in noun_chunks_in(sentence) if c.root.dep_ not in ELECTED_DEPS
        )
        bodies = [a for a in named if a is not None and a.sector == LEGISLATURE]
        return tuple(replace(a, text="", country=a.country or country) for a in bodies[:1])

    def _sentence(self, sentence: Span) -> DocSpan | None:
        """The document's tokens of a detection's sentence."""
        found = self.doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
        return found if found is not None and len(found) else None

    def _crowd(self, detection: Detection) -> tuple[Actor, ...]:
        """The demonstrators or rioters a street event had even where only those who broke it up, or
        their leaders, are named ("police dispersed a sit-in")."""
        crowd = implied_doer(detection.type, self.actors.country_in(detection.sentence))
        return (crowd,) if crowd is not None else ()

    def _armed_sides(self, detection: Detection, found: tuple[Actor, ...]) -> tuple[Actor, ...]:
        """The other armed actors of a battle's sentence, its targets first: in a battle both sides
        fight ("soldiers exchanged fire with rebels", "rebels were killed when soldiers repulsed them")."""
        sentence = self._sentence(detection.sentence)
        near = self._armed_in(sentence) if sentence is not None else ()
        targets = self.actors.resolve(detection.target_spans)
        armed = tuple(a for a in (*targets, *near) if a.sector in ARMED_SECTORS)
        # one actor named twice ('a member of the militia' ... 'the militia') is one side, whatever its text
        return joined_actors(found, armed)[len(found) :]

    def _armed_in(self, tokens: DocSpan, *, speakers: bool = True) -> tuple[Actor, ...]:
        """The armed actors (forces, rebels, militias, gangs) a stretch of the document names; without
        `speakers`, not those it tells only as saying something."""
        named = self.actors.actors_in(tokens, speakers=speakers)
        return tuple(a for a in named if a.sector in ARMED_SECTORS)

    def _owners(self, sentence: DocSpan) -> tuple[Actor, ...]:
        """The armed actors who set a violent event's weapon, claimed it or were blamed for it
        (`actors/claims.py`): who planted it by a hyphened or qualifying name first, then a 'planted by',
        then a claim, then the blame."""
        for find in (planters, planted_by, claimants, blamed):
            armed = tuple(a for a in find(self.actors, sentence) if a.sector in ARMED_SECTORS)
            if armed:
                return armed
        return ()

    def _actors_country(self, sentence: DocSpan) -> str | None:
        """The country of the first actor a sentence names that has one ("the OSCE mission to Ukraine
        observed ..."): where nothing else places the event, those reporting it are there."""
        return next((a.country for a in self.actors.actors_in(sentence) if a.country), None)


def _generic_doer(actor: Actor) -> bool:
    """Whether a doer names no side: gunmen, unidentified men, or one named only by what it did ('a
    suicide car bomber'), whom coders name by the group that claimed or is blamed for the act."""
    if actor.name in GENERIC_DOERS:
        return True
    words = actor.name.lower().split()
    return actor.sector in (None, "UAF") and bool(words) and words[-1] in _NAMELESS_ATTACKERS
