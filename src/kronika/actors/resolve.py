"""Turning the noun phrases the events stage found into actors: names, coreference, country and sector."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token
from spacy.tokens import Span as DocSpan

from kronika.actors.armies import armed_people_noun, named_army_sector, state_sniper
from kronika.actors.article_lookups import ArticleLookups
from kronika.actors.coded import CODED_SECTORS, UNCODED, coded_as, coded_root
from kronika.actors.cues import lexicon_matches, place_matches
from kronika.actors.doers import EventDoers
from kronika.actors.entries import likely_group, sworn_group, telling_entry
from kronika.actors.heads import (
    SERVICE_HEADS,
    aircraft_owner,
    by_agent,
    in_dateline,
    is_aircraft_fighter,
    is_animate,
    is_collective,
    is_gathering,
    is_instrument,
    of_object,
    past_dateline,
    trim_setting,
)
from kronika.actors.keys import word_key
from kronika.actors.lexicon import NO_COUNTRY, ActorLexicon
from kronika.actors.person_actors import PersonActors
from kronika.actors.persons import HEDGE_WORDS
from kronika.actors.phrases import (
    Phrase,
    core_tokens,
    head_of,
    split_conjuncts,
    whole_names,
    widen_to_names,
)
from kronika.actors.pronouns import antecedents, is_anaphor
from kronika.actors.roles import (
    AFFILIATE_HEADS,
    COMMUNAL_WORDS,
    PARTY_SECTORS,
    STAFF_WORDS,
    as_doer,
    crowd,
    party_crowd,
    rioting_party,
)
from kronika.events.modal_words import REPORTING
from kronika.model import Actor, ArticleContext, Detection, EventType, Span
from kronika.nlp import noun_chunks_in

SPOKES_HEADS = frozenset(word_key(w) for w in ["spokesman", "spokeswoman", "spokesperson", "representative"])
# "Joint forces of X and Y": allied groups' fighters, named by what follows.
ALLIED = frozenset({"joint", "combined", "allied"})
ALLIED_FORCES = frozenset({word_key("force")})
# Armed men told as loyal to someone ('forces loyal to the TPLF', 'troops loyal to General Haftar')
LOYAL_FORCES = frozenset(
    word_key(w) for w in ("force", "troop", "fighter", "soldier", "militiaman", "militia", "unit", "gunman")
)
# The most hops from a phrase to the one it stands for: "they" -> "dozens of X" -> X -> "a bomb by Y" -> Y.
MAX_HOPS = 4


class ArticleActors:
    """Resolves actor spans of one article, with the article's people table built once: the lookups every
    way of reading an actor shares, and the person-reading ways over them, are its parts."""

    def __init__(self, doc: Doc, ctx: ArticleContext, lexicon: ActorLexicon) -> None:
        """Build the article's lookups and people table; `doc` must be the spaCy Doc of `ctx.article.text`."""
        self.lookups = ArticleLookups(doc, ctx, lexicon)
        self.persons = PersonActors(self.lookups)

    @property
    def doc(self) -> Doc:
        """The article's spaCy Doc."""
        return self.lookups.doc

    @property
    def ctx(self) -> ArticleContext:
        """The article and what is known of it (its focus country)."""
        return self.lookups.ctx

    @property
    def lexicon(self) -> ActorLexicon:
        """The actor lexicon narrowed to the article's focus country."""
        return self.lookups.lexicon

    def resolve(self, spans: Sequence[Span], doing: EventType | None = None) -> tuple[Actor, ...]:
        """Every actor the spans name (a span may hold several: "X and Y"), in order, without repeats.

        With `doing`, the spans are the doers of that event, and a group's sector is what it is as
        such a doer (traders who protest are demonstrators).
        """
        actors: list[Actor] = []
        for span in spans:
            for phrase in self._phrases(span):
                named = self._actor(phrase) or self._crowd(phrase, doing)
                named = self._coded(phrase, named)
                actor = self._as_doer(named, phrase, doing) if named is not None else None
                party = self._rioting_party(phrase, named, actor, doing)
                actor = party_crowd(actor) if party is not None and actor is not None else actor
                for found in (actor, party):
                    if found is not None and found not in actors:
                        actors.append(found)
        return tuple(actors)

    def _coded(self, phrase: Phrase, named: Actor | None) -> Actor | None:
        """An unidentified actor as what the note's parenthesis says it was coded as (`actors.coded`)."""
        if named is not None and named.sector not in UNCODED:
            return named
        words = coded_as(phrase.head)
        root = coded_root(words)
        coded = self._actor(Phrase(tuple(words), phrase.text, root, phrase.depth + 1)) if root else None
        if coded is None or coded.sector not in CODED_SECTORS:
            return named
        return replace(coded, text=phrase.text, country=coded.country or (named.country if named else None))

    def actor_of(self, tokens: list[Token]) -> Actor | None:
        """The actor words name that the parser left unjoined, their last word taken for their head."""
        return self._actor(Phrase(tuple(tokens), self.doc[tokens[0].i : tokens[-1].i + 1].text, tokens[-1]))

    def coded_at(self, head: Token) -> Actor | None:
        """What the note codes the unidentified actor headed by `head` as, if it says (`actors.coded`)."""
        phrase = self.lookups.phrase_at(head, with_right=False)
        named = self._actor(phrase)
        coded = self._coded(phrase, named)
        return coded if coded is not named else None

    def _rioting_party(
        self, phrase: Phrase, named: Actor | None, rioter: Actor | None, doing: EventType | None
    ) -> Actor | None:
        """The party whose people riot ("Awami League activists attacked a rally"), kept beside them as
        rioters: coders write the party as the rioters' associated actor (`roles.rioting_party`)."""
        if rioter is None or not rioting_party(doing, rioter.sector, named.sector if named else None):
            return None
        if named is not None and named.sector in PARTY_SECTORS:
            return named  # "two factions of the ruling party clashed"
        core = core_tokens(phrase)
        head = head_of(phrase.head, core)
        people = of_object(head) if is_collective(head) else None  # "a group of BNP activists"
        upto = (people or head).i
        parties = [e for _, end, e in self.lookups.matches(core) if end <= upto and e.sector in PARTY_SECTORS]
        if not parties:
            return None
        return Actor(
            parties[-1].name,
            phrase.text,
            self.lookups.entry_country(parties[-1], core, head),
            parties[-1].sector,
        )

    def _as_doer(self, actor: Actor, phrase: Phrase, doing: EventType | None) -> Actor:
        """The actor as the doer of `doing`, told whether the phrase names a community or a body's people."""
        communal = any(t.lemma_.lower() in COMMUNAL_WORDS for t in phrase.tokens)
        head = head_of(phrase.head, core_tokens(phrase))
        counted = of_object(head) if is_collective(head) else None  # "a group of Biden supporters"
        people = {t.lemma_.lower() for t in (head, counted) if t is not None}
        staff = any(t.lemma_.lower() in STAFF_WORDS for t in (head, *phrase.tokens))
        return as_doer(actor, doing, communal, not people.isdisjoint(AFFILIATE_HEADS), staff)

    def doers(self, detection: Detection) -> tuple[Actor, ...]:
        """Who did a detected event (see `EventDoers`)."""
        return EventDoers(self).of(detection)

    def actor_at(self, head: Token) -> Actor | None:
        """The actor the noun phrase headed by `head` names, if any."""
        return self._actor(self.lookups.phrase_at(head))

    def actors_in(self, tokens: DocSpan, *, speakers: bool = True) -> list[Actor]:
        """The actors the noun chunks of a stretch of the document name, in order, without repeats; without
        `speakers`, not those only told as saying something ('police said')."""
        actors: list[Actor] = []
        for chunk in noun_chunks_in(tokens):
            if not speakers and _speaker(chunk.root):
                continue
            actor = self._actor(Phrase(tuple(chunk), chunk.text, chunk.root))
            if actor is not None and actor not in actors:
                actors.append(actor)
        return actors

    def country_in(self, sentence: Span) -> str | None:
        """The country a sentence says its event happened in ("arrested in Lebanon"), else the focus."""
        found = self.doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
        places = place_matches(list(found), self.lexicon) if found is not None else []
        located = [p for p in places if p[2].kind != "demonym" and self.doc[p[0]].head.lower_ in ("in", "at")]
        return located[0][2].country if located else self.ctx.focus_country

    def _phrases(self, span: Span) -> list[Phrase]:
        """The span split into one phrase per actor (conjuncts, or shared-head modifiers)."""
        found = self.doc.char_span(span.start, span.end, alignment_mode="expand")
        if found is None or not len(found):
            return []
        widened = widen_to_names(list(found), self.lexicon)
        if len(widened) > len(found) and whole_names(widened, self.lexicon) == [
            (widened[0].i, widened[-1].i + 1)
        ]:
            # a piece of one name ("M-IO" of "SPLA/M-IO"): the whole name, headed by its last word
            return [Phrase(tuple(widened), self.doc[widened[0].i : widened[-1].i + 1].text, widened[-1])]
        tokens = trim_setting(list(found))
        return split_conjuncts(tokens, whole_names(tokens, self.lexicon)) if tokens else []

    def _actor(self, phrase: Phrase) -> Actor | None:
        """One phrase as an actor: a person, a possessed organ, a role holder, a lexicon actor or a place.

        Pronouns resolve to their antecedent; counted groups to what they count ("dozens of traders");
        weapons to whoever used them; anything else that cannot act ("the situation") to None.
        """
        if phrase.depth > MAX_HOPS:
            return None
        core = core_tokens(phrase)
        head = head_of(phrase.head, core)
        if head.pos_ == "PRON":
            return self._pronoun(phrase, head)
        if (head.pos_ in ("DET", "NUM") and of_object(head) is None) or head.lower_ in HEDGE_WORDS:
            return None  # a bare count or a hedge word the parser split off ("Suspected") names nobody
        if is_aircraft_fighter(head):
            return None  # the "fighter" of "a fighter jet bombed", split off from its aircraft
        if in_dateline(head):  # 'ALMATY, Kazakhstan — Police clashed': where the story was filed, not who
            subject = past_dateline(head)
            return (
                self._actor(replace(self.lookups.phrase_at(subject), depth=phrase.depth + 1))
                if subject
                else None
            )
        people = (self._spokes, self.persons.person, self.persons.possessed, self.persons.role)
        groups = (
            self._loyal_forces,
            self._forces_of,
            self._named_army,
            self._lexicon,
            self.persons.role_only,
            self._place,
        )
        for step in (self._collective, self._instrument, *people, *groups):
            actor = step(phrase, core, head)
            if actor is not None:
                return actor
        return self._fallback(phrase, core, head)

    def _crowd(self, phrase: Phrase, doing: EventType | None) -> Actor | None:
        """A bare count ("hundreds", "dozens") doing a street event stands for a crowd of demonstrators."""
        head = head_of(phrase.head, core_tokens(phrase))
        counted = head.pos_ == "NUM" or (is_collective(head) and head.pos_ != "PROPN")
        if not counted or of_object(head) is not None:
            return None
        return crowd(doing, phrase.text, self.ctx.focus_country)

    def _pronoun(self, phrase: Phrase, pronoun: Token) -> Actor | None:
        """ "they", "it", "his", "who": the actor of the nearest fitting antecedent, as written here."""
        if not is_anaphor(pronoun):
            return None
        for noun in antecedents(pronoun):
            actor = self._actor(
                replace(self.lookups.phrase_at(noun, with_right=False), depth=phrase.depth + 1)
            )
            if actor is not None:
                return replace(actor, text=phrase.text)
        return None

    def _collective(self, phrase: Phrase, core: list[Token], head: Token) -> Actor | None:
        """ "Dozens of merchants", "a team of police": the group counted, unless the lexicon names it;
        "personnel of the Detective Branch": the body served in, where its kind is known."""
        serving = word_key(head.lemma_) in SERVICE_HEADS  # "personnel of the Detective Branch"
        obj = of_object(head) if is_collective(head) or serving or head.pos_ in ("NUM", "DET") else None
        if obj is None:
            return None
        whole = list(self.doc[head.i : obj.i + 1])
        spanning = [m for m in lexicon_matches(whole, self.lexicon) if m[0] == head.i and m[1] > obj.i]
        if spanning:
            entry = spanning[0][2]
            return Actor(entry.name, phrase.text, self.lookups.entry_country(entry, core, head), entry.sector)
        inner = split_conjuncts(list(self.doc[obj.left_edge.i : obj.right_edge.i + 1]))
        actor = self._actor(replace(inner[0], depth=phrase.depth + 1)) if inner else None
        if actor is None or (actor.sector is None and serving):
            return None
        return replace(actor, text=phrase.text)

    def _instrument(self, phrase: Phrase, core: list[Token], head: Token) -> Actor | None:
        """A weapon or attack stands for its user: "a bomb planted by X", "Afghan military airstrikes"."""
        if not is_instrument(head):
            return None
        agent = by_agent(head) or aircraft_owner(head)
        if agent is not None and agent.i != head.i:
            inner = split_conjuncts(list(self.doc[agent.left_edge.i : agent.right_edge.i + 1]))
            actor = self._actor(replace(inner[0], depth=phrase.depth + 1)) if inner else None
            return replace(actor, text=phrase.text) if actor is not None else None
        before = [t for t in core if t.i < head.i]
        named = [m for m in self.lookups.matches(before) if m[2].sector]
        if named:
            entry = named[-1][2]
            user = self.doc[named[-1][1] - 1]  # "an Israeli sniper shot": a state's sniper is its military
            if state_sniper(user, [m[2] for m in named[:-1]], before, self.lexicon):
                return Actor(
                    "Military",
                    phrase.text,
                    self.lookups.cue(before, user) or self.lookups.focus_for("MIL"),
                    "MIL",
                )
            return Actor(entry.name, phrase.text, self.lookups.entry_country(entry, core, head), entry.sector)
        country = self.lookups.cue(before, head) if before else None
        if country is not None and self.lexicon.entry((word_key(head.lemma_),)) is None:
            return Actor("Military", phrase.text, country, "MIL")  # a state's weapons are its military's
        return None

    def _spokes(self, phrase: Phrase, core: list[Token], head: Token) -> Actor | None:
        """ "A spokeswoman for Alliance Altyn" speaks as Alliance Altyn."""
        if word_key(head.text) not in SPOKES_HEADS:
            return None
        preps = [p for p in head.children if p.lower_ in ("for", "of")]
        owners = [c for p in preps for c in p.children if c.dep_ == "pobj"]
        if not owners:
            return None
        owner = owners[0]
        tokens = tuple(self.doc[owner.left_edge.i : owner.right_edge.i + 1])
        return self._actor(Phrase(tokens, phrase.text, owner, phrase.depth + 1))

    def _forces_of(self, phrase: Phrase, core: list[Token], head: Token) -> Actor | None:
        """ "The joint forces of the PDF and the KNDF", "combined forces of X": the groups whose forces they
        are, not a state's military the bare word "forces" would name."""
        allied = any(t.lower_ in ALLIED for t in core if t.i < head.i)
        if not allied or word_key(head.lemma_) not in ALLIED_FORCES:
            return None
        owner = of_object(head)
        if owner is None:
            return None
        inner = split_conjuncts(list(self.doc[owner.left_edge.i : owner.right_edge.i + 1]))
        actor = self._actor(replace(inner[0], depth=phrase.depth + 1)) if inner else None
        return replace(actor, text=phrase.text) if actor is not None else None

    def _loyal_forces(self, phrase: Phrase, core: list[Token], head: Token) -> Actor | None:
        """ "Forces loyal to the TPLF", "troops loyal to General Haftar": the side they are loyal to, armed
        (a party's or an unknown's fighters are rebels; a person's keep that person's sector)."""
        owner = _loyal_to(head) if word_key(head.lemma_) in LOYAL_FORCES else None
        if owner is None:
            return None
        inner = split_conjuncts(list(self.doc[owner.left_edge.i : owner.right_edge.i + 1]))
        actor = self._actor(replace(inner[0], depth=phrase.depth + 1)) if inner else None
        if actor is None:
            return None
        armed = "REB" if actor.sector in (None, "CVL", "PTY", "OPP") else actor.sector
        return replace(actor, text=phrase.text, sector=armed)

    def _named_army(self, phrase: Phrase, core: list[Token], head: Token) -> Actor | None:
        """A named non-state army ("the Kuki-Chin National Army"), which the generic word "army" the
        lexicon knows would make a state's military; a name the lexicon knows stays its own."""
        sector = named_army_sector(core, head, self.lexicon)
        if sector is None or any(not e.pattern[:1].islower() for _, _, e in self.lookups.matches(core)):
            return None
        return Actor(self.lookups.plain(phrase, core).name, phrase.text, self.ctx.focus_country, sector)

    def _lexicon(self, phrase: Phrase, core: list[Token], head: Token) -> Actor | None:
        """A lexicon actor at the head; a telling modifier beats a generic head ("military authorities"); a
        party held, not formed ("a birthday party"), is no political party."""
        if is_gathering(head):
            return None
        matches = self.lookups.matches(core)
        at_head = [m for m in matches if m[0] <= head.i < m[1]]
        start = at_head[0][0] if at_head else head.i
        modifiers = [m[2] for m in matches if m[1] <= start and m[2].sector]
        found = at_head[0][2] if at_head else None
        entry = telling_entry(found, modifiers, list(self.doc[start : head.i + 1]), head)
        if entry is None:
            return None
        unknown = entry.sector == "UAF"
        likely = (likely_group(head, self.lexicon) or sworn_group(head, self.lexicon)) if unknown else None
        entry = likely or entry  # "an unknown armed group (likely Al Shabaab)" is coded as Al Shabaab
        if entry.sector == "UAF" and state_sniper(head, modifiers, core, self.lexicon):
            return Actor(
                "Military", phrase.text, self.lookups.cue(core, head) or self.lookups.focus_for("MIL"), "MIL"
            )
        armed = entry.sector == "CVL" and any(t.lower_ == "armed" and t.i < head.i for t in core)
        sector = "UAF" if armed else entry.sector  # "armed pastoralists" act as an armed group
        owners = [m.country for m in modifiers if m.country and m.country != NO_COUNTRY]
        if entry.country is None and owners and self.lookups.cue(core, head) is None:
            return Actor(entry.name, phrase.text, owners[-1], sector)  # "BNP activists" are Bangladeshi
        return Actor(entry.name, phrase.text, self.lookups.entry_country(entry, core, head), sector)

    def _place(self, phrase: Phrase, core: list[Token], head: Token) -> Actor | None:
        """A country, capital or people as the actor: "The United States", "Moscow", "Palestinians"."""
        places = [p for p in place_matches(core, self.lexicon) if p[0] <= head.i < p[1]]
        if not places:
            return None
        place = places[0][2]
        if place.kind == "demonym" and head.tag_ in ("NNS", "NNPS"):
            return Actor(head.text[:1].upper() + head.text[1:], phrase.text, place.country, None)
        # a nationality adjective standing alone for a doer ("Israeli" of "Israeli artillery shelled", "a
        # Russian patrol") names its state, as a country's or capital's name does; so does a bare singular
        # one as a subject, the noun it qualified dropped ("Israeli shelled the camp"), which a person
        # never is without a determiner or count ("an Israeli was stabbed")
        bare = head.dep_ == "nsubj" and not any(True for _ in head.children)
        named = place.kind == "demonym" and (head.pos_ == "ADJ" or bare)
        armed = armed_people_noun(head) if named and head.i + 1 not in (t.i for t in phrase.tokens) else None
        if armed is not None:  # "Ethiopian raiders" handed on as "Ethiopian": that people's armed men
            return Actor(f"{head.text} {armed.lower_}", phrase.text, place.country, "UAF")
        state = place.kind in ("country", "capital") or named
        sector = "GOV" if state else None
        return Actor(self.lexicon.country_name(place.country), phrase.text, place.country, sector)

    def _fallback(self, phrase: Phrase, core: list[Token], head: Token) -> Actor | None:
        """An unclassified actor, if its head can act at all ("traders" can, "the situation" cannot)."""
        if not is_animate(head):
            return None
        return self.lookups.plain(phrase, core)


def _speaker(head: Token) -> bool:
    """The noun is the subject of a verb of saying that tells of others' deeds ('police said'), not of its
    own ('the army said it killed five', 'forces claimed to have thwarted an attack')."""
    verb = head.head
    if head.dep_ != "nsubj" or verb.lemma_.lower() not in REPORTING:
        return False
    if any(c.dep_ == "xcomp" for c in verb.children):
        return False
    told = [c for c in verb.children if c.dep_ == "ccomp"]
    return not any(s.dep_ in ("nsubj", "nsubjpass") and s.lower_ in SELF for c in told for s in c.children)


SELF = frozenset({"it", "they", "we", "he", "she"})  # a speaker telling its own deed


def _loyal_to(head: Token) -> Token | None:
    """The one a head's 'loyal to' names ('forces loyal to the TPLF': the TPLF)."""
    loyal = next((c for c in head.children if c.dep_ == "amod" and c.lower_ == "loyal"), None)
    to = next((c for c in loyal.children if c.dep_ == "prep" and c.lower_ == "to"), None) if loyal else None
    return next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
