"""How many people a noun phrase names: 'two men', 'a 3-year-old boy and his mother', 'his parents'.

Read from the dependency parse around the phrase's head; `kronika.casualties.findings` asks this for the
victims of each casualty word.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from spacy.tokens import Token

from kronika.casualties.age_patterns import SHORT_AGE, age_for_one
from kronika.casualties.joined import conjuncts
from kronika.casualties.named_lists import named_list_count
from kronika.casualties.numbers import parse_count
from kronika.casualties.single_count import is_number_word, is_spaced_dash, labels, single_phrase_count
from kronika.casualties.words import casualty_kind, child
from kronika.person_nouns import KIN, PERSONS

ANIMALS = {"livestock", "cattle", "cow", "goat", "sheep", "camel", "animal", "donkey", "horse", "dog",
           "chicken", "pig", "ox", "buffalo", "poultry", "deer", "shark", "fish", "bird", "cat", "bear",
           "wolf", "puppy", "pet"}  # fmt: skip

PERSONAL = {"he", "she", "him", "her", "himself", "herself", "another"}
REFLEXIVE = {"himself", "herself"}


@dataclass(frozen=True)
class _Read:
    """A phrase's count as one way of reading it settles it; `None` where it names no people."""

    count: int | None


def phrase_count(token: Token) -> int | None:
    """The count stated by the noun phrase a token heads, summing its conjuncts.

    Steps: the conjuncts counted with the head, then a phrasing that settles the count outright (a
    pronoun, an age, 'a total of'), then a list or an apposition, then the head and its conjuncts.
    """
    parts = _counted_parts(token)
    settled = _phrasing_count(token, parts) or _listed_count(token, parts)
    return settled.count if settled is not None else _conjoined_count(token, parts)


def _counted_parts(token: Token) -> list[Token]:
    """The head and the conjuncts counted with it: none that is a thing, has a casualty word of its own,
    or is an alternative to the head."""
    # "one wounded and one deceased": a conjunct with a casualty word of its own is counted by that word
    # "bullets struck the girl and the house": a building or car hit is no victim
    joined = [c for c in conjuncts(token) if c.lemma_.lower() not in PROPERTY]
    # "Three dead and 12 wounded": a number with a casualty word of its own is a count apart from the next
    parts = [token] if _own_casualty(token) else [token, *[c for c in joined if not _own_casualty(c)]]
    if any(c.dep_ == "cc" and c.lower_ in {"or", "nor"} for p in [token, *joined] for c in p.children):
        parts = [token]  # "his brother or a friend was dead": one of them, not both
    return parts


def _phrasing_count(token: Token, parts: list[Token]) -> _Read | None:
    """The count where the phrase's kind settles it: a pronoun, a dateline or a group the parse took for
    the head, a name with an age, 'a total of', a thing, an age; None where it is none of these."""
    if token.lower_ in PERSONAL and len(parts) == 1:
        return _Read(1)
    dated = _past_dateline(token)
    if dated is not None:
        return _Read(phrase_count(dated))  # "SANFORD, Maine (AP) — A former editor died": the editor
    group = _group_before_dash(token)
    if group is not None:
        return _Read(
            single_phrase_count(group)
        )  # "the five victims — three men ... and two women — were shot"
    if _age_after_name(token):
        return _Read(1)  # "Sam Cole, 21 of Elmwood, was shot", parsed with the age as the subject: one person
    if token.lower_ == "total" and child(token, {"prep"}) is not None:  # "a total of five people"
        of = child(token, {"prep"})
        counted = child(of, {"pobj"}) if of is not None and of.lower_ == "of" else None
        return _Read(phrase_count(counted) if counted is not None else None)
    if token.lemma_.lower() in ANIMALS | MISSILES | MEDIA | PROPERTY | STILL_THINGS or labels(token):
        # "killed 15 livestock", "shot 20 rounds", "Photo: 9 Image 3 of 12 Two men were shot", "a bullet
        # struck the house", "a dead sleep": people only
        return _Read(None)
    if token.lower_ == "old" and token.pos_ == "ADJ":  # "the 41-year-old is recovering at home"
        ages = [_age_count(p) for p in parts]
        if len(parts) > 1 and all(age_for_one(p) for p in parts) and None not in ages:
            return _Read(sum(a for a in ages if a is not None))  # "an 11-year-old and a 17-year-old": two
        return _Read(parse_count(" ".join(t.text for t in token.subtree)))
    return None


def _listed_count(token: Token, parts: list[Token]) -> _Read | None:
    """The count of a list the head opens, or of an apposition that counts the head's people; None where
    the phrase holds neither."""
    appositive = _counting_appositive(token)
    listed = _comma_list(token) or named_list_count(token)
    if listed is not None:
        return _Read(listed)
    if appositive is not None and _list_goes_on(token, appositive):
        # "killed his wife, son and daughter": the parse hangs the list's next items on the first as an
        # apposition, but a single person named with others after him is one of the list, not restated
        return _Read(_sum_of([1, phrase_count(appositive), *(_one_or_count(p) for p in parts[1:])]))
    many = _many_after_name(token, appositive)
    if many is not None:
        # "wounded Ann Cole, three of her cousins and a driver": no count of many restates one named person,
        # so the parse's apposition is the rest of the list
        return _Read(_sum_of([1, many, *(_one_or_count(p) for p in parts[1:])]))
    if appositive is not None and not any(is_number_word(c) for c in token.children):
        # "the victims, two guards and a cook,": the apposition counts them; "her uncle, a 52-year-old, and
        # a neighbor": the people joined after the apposition add to it
        return _Read(_sum_of([phrase_count(appositive), *(_one_or_count(p) for p in parts[1:])]))
    more = _counted_list_goes_on(token, appositive)
    if more is not None:
        return _Read(_sum_of([single_phrase_count(token), more, *(_one_or_count(p) for p in parts[1:])]))
    return None


def _many_after_name(head: Token, appositive: Token | None) -> int | None:
    """The people an apposition to one named person counts where they are many ('Ann Cole, her two cousins
    and a driver'), so the rest of a list, not her; None otherwise."""
    if appositive is None or head.tag_ != "NNP" or any(c.dep_ == "nummod" for c in head.children):
        return None
    # people counted as such, 'her two cousins' or 'three of her cousins', not an age ('both 35') or what
    # she is
    if appositive.tag_ != "NNS" and not (appositive.pos_ == "NUM" and _share_of_people(appositive)):
        return None
    more = phrase_count(appositive)
    return more if more is not None and more > 1 else None


# nouns of an apposition that remarks on the count, never restates its people: 'killed seven of them, a
# claim that could not be verified', 'wounding 40, a figure the hospital disputed'
_REMARKS: Final = frozenset(
    {
        "claim", "figure", "number", "toll", "tally", "count", "estimate", "report", "account", "statement",
        "allegation", "assertion", "rise", "increase", "jump", "record",
    }
)  # fmt: skip


def _counting_appositive(token: Token) -> Token | None:
    """The head's apposition where it may restate or count the head's people; None where it tells
    something else."""
    appositive = child(token, {"appos"})
    if appositive is not None and (
        _own_casualty(appositive)
        or appositive.lemma_.lower() in AGE_WORDS
        or appositive.lower_ in EVERY_ONE
        or _age_of_one(token, appositive)
        or appositive.lemma_.lower() in _REMARKS
    ):
        # "One killed, four injured": a count with its own word restates nothing; "both 14 years of age" and
        # "his son, 8," are how old they are; "Sam Reed, Tom Cole and Ann Lee all died": 'all' is everyone the
        # head's list names, counted by the list
        return None
    return appositive


def _sum_of(counts: list[int | None]) -> int | None:
    """The sum of counts, or None where any is unknown."""
    return None if None in counts else sum(c for c in counts if c is not None)


def _conjoined_count(token: Token, parts: list[Token]) -> int | None:
    """The count of the head with its conjuncts, where no phrasing or list settled it."""
    nummods = [c for c in token.children if c.dep_ in {"nummod", "quantmod"} or c.like_num]
    if _breakdown(token, parts):
        return single_phrase_count(token)  # "the five victims, three men and two women,": five people
    if _one_in_two_roles(token, parts):
        return 1  # "a former editor and columnist died": one person, named by two things he was
    if len(parts) > 1 and all(p.pos_ in {"NOUN", "NUM", "PROPN", "PRON"} for p in parts):
        # "killed her and three other people": a pronoun among the conjuncts is one person
        counts = [_part_count(p) for p in parts]
        if all(c is not None for c in counts):
            return sum(c for c in counts if c is not None)
    nominal = token.pos_ in {"NUM", "NOUN", "PRON", "PROPN"} or _demonym_noun(token)
    return single_phrase_count(token) if nummods or nominal else None


def _counted_list_goes_on(head: Token, appositive: Token | None) -> int | None:
    """The people a counted 'apposition' adds where it is the next item of a list of the dead ('killing one
    soldier, six militiamen, and wounding others', parsed with the second count as an apposition to the
    first): a number of its own, not 'two of them', and more people than the head counts, or a head of one,
    so that it cannot be the head's breakdown ('four worshippers, three civilians, one soldier' is four)."""
    if appositive is None or not any(is_number_word(c) for c in head.children):
        return None
    if not any(c.dep_ == "nummod" and c.like_num for c in appositive.children):
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in appositive.children):
        return None  # "two Palestinians, one of them a journalist": one of the two
    if appositive.lemma_.lower() in SPANS or labels(appositive):
        return None  # "shot dead three guards 20 km from the town": how far, not more people
    after = appositive.right_edge.i + 1
    if after < len(head.doc) and head.doc[after].lower_ in {"were", "was", "are", "is", "have", "had"}:
        return None  # "one rebel arrested, four guards and a cook were wounded": the next clause's subject
    told = single_phrase_count(head)
    more = phrase_count(appositive)
    if told is None or more is None or (more <= told and told != 1):
        return None
    return more


def _demonym_noun(token: Token) -> bool:
    """Whether a capitalised word the parse tagged an adjective stands as a noun for one person of a people
    ('killing a Palestinian and injuring two children', 'a Syrian was shot'): with an article and in a
    noun's place, it is one of them."""
    nominal_place = token.dep_ in {"dobj", "nsubj", "nsubjpass", "pobj", "conj", "appos"}
    article = any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in token.children)
    return token.pos_ == "ADJ" and token.text[:1].isupper() and nominal_place and article


def _past_dateline(head: Token) -> Token | None:
    """The phrase a dateline the parse made the subject stands before ('SANFORD, Maine (AP) — A former editor
    died', its town and state read as two victims): the apposition after the dash, where the words before
    it are names, a credit and punctuation only."""
    sentence = head.sent
    dash = next((t for t in sentence if is_spaced_dash(t)), None)
    if head.i != sentence.start or head.pos_ != "PROPN" or dash is None or dash.i > sentence.start + 12:
        return None
    if not all(t.pos_ in {"PROPN", "PUNCT"} for t in sentence.doc[sentence.start : dash.i]):
        return None
    return next((c for c in head.children if c.dep_ == "appos" and c.i > dash.i), None)


def _group_before_dash(head: Token) -> Token | None:
    """The counted group a phrase set off by a dash breaks down ('the five victims — three men, ages 20 and
    21, and two women — were shot'), which the parse leaves apart, the breakdown as the verb's subject."""
    doc = head.doc
    first = min(t.i for t in head.subtree)
    if first < 2 or not is_spaced_dash(doc[first - 1]) or not any(is_number_word(c) for c in head.children):
        return None
    group = doc[first - 2]
    counted = group.lower_ in GROUPS and any(c.dep_ == "nummod" for c in group.children)
    return group if counted and head.dep_ in {"nsubj", "nsubjpass"} else None


def _one_in_two_roles(head: Token, parts: list[Token]) -> bool:
    """Whether nouns joined under one article name one person by what he was ('a longtime editor and
    columnist died', 'the owner and operator was shot'): singular nouns of role, not of kin or of a person
    ('a man and woman', 'a mother and daughter' are two), the later ones with no article or number of their
    own, and a verb that is singular or, with 'a', tells nothing of number; 'the driver and passenger were
    shot' are two, and so is a list ('a cook, clerk and guard')."""
    if (
        len(parts) != 2
        or any(t.text == "," for t in head.doc[head.i : parts[1].i])
        or not all(p.tag_ == "NN" for p in parts)
        or any(p.lemma_.lower() in KIN | PERSONS for p in parts)
    ):
        return False
    if any(c.dep_ in {"det", "poss", "nummod"} or is_number_word(c) for p in parts[1:] for c in p.children):
        return False
    article = next((c.lower_ for c in head.children if c.dep_ == "det"), None)
    number = _verb_number(head)
    return number == "one" or (number is None and article in {"a", "an"})


def _verb_number(subject: Token) -> str | None:
    """'one' where the subject's verb is singular ('was', 'has', 'is'), 'many' where plural ('were', 'have'),
    None where its form tells nothing ('died')."""
    if subject.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    verb = subject.head
    forms = [verb, *(c for c in verb.children if c.dep_ in {"aux", "auxpass"})]
    if any(f.tag_ == "VBZ" or f.lower_ == "was" for f in forms):
        return "one"
    if any(f.tag_ == "VBP" or f.lower_ == "were" for f in forms):
        return "many"
    return None


def _list_goes_on(head: Token, appositive: Token) -> bool:
    """Whether an 'apposition' to one person is the rest of a list ('his wife, son and daughter', 'a man,
    woman and child'): one singular noun after another, the second joined to more by 'and'; 'his son, a
    student and athlete' restates one person by what he was, with an article of its own."""
    if head.tag_ != "NN" or appositive.tag_ != "NN" or not conjuncts(appositive):
        return False
    own_article = any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in appositive.children)
    return not own_article and appositive.lemma_.lower() in KIN | PERSONS


def _comma_list(head: Token) -> int | None:
    """'killed his son, his daughter, himself': a headline's list of victims joined by commas alone, which
    the parse hangs item on item as appositions; the killer it ends on ('himself') is one of the dead, as
    the archive counts him. Only a list of kin or people that ends so: 'his son, a student' restates one."""
    items = _appositions(head)
    if not items or items[-1].lower_ not in REFLEXIVE or head.lemma_.lower() not in KIN | PERSONS:
        return None
    named = KIN | PERSONS
    people = all(t.lower_ in REFLEXIVE or (t.tag_ == "NN" and t.lemma_.lower() in named) for t in items)
    return 1 + len(items) if people else None


def _appositions(token: Token) -> list[Token]:
    """The appositions hung on a word and on its appositions in turn, in reading order."""
    found = [c for c in token.children if c.dep_ == "appos"]
    return sorted((t for c in found for t in (c, *_appositions(c))), key=lambda t: t.i)


def _breakdown(head: Token, parts: list[Token]) -> bool:
    """Whether the people joined after a counted group tell who it counts ('the five victims, three men and
    two women,', 'three people, one man and two teens,'): a group named as such or with 'the', set off by
    commas on both sides, as an apposition is, and adding up to its own count; a list goes on with others
    ('two men, a woman and a child, all from Elmwood, were shot' is four people)."""
    if len(parts) < 2 or not any(c.dep_ == "nummod" for c in head.children):
        return False
    definite = any(c.dep_ in {"det", "poss"} and c.lower_ not in {"a", "an"} for c in head.children)
    if not (definite or head.lower_ in GROUPS):
        return False
    doc = head.doc
    start = min(t.i for t in parts[1].subtree)
    end = max(t.i for t in parts[-1].subtree)
    if start == 0 or doc[start - 1].text != "," or end + 1 >= len(doc) or doc[end + 1].text not in CLOSERS:
        return False
    counts = [_part_count(p) for p in parts[1:]]
    told = single_phrase_count(head)
    return told is not None and None not in counts and sum(c for c in counts if c is not None) == told


CLOSERS = {",", "—", "–", "--", ")", ";"}  # what ends an apposition
# nouns that name people by their number alone, which a breakdown by sex or age may follow
GROUPS = {"people", "persons", "victims", "others", "adults", "teens", "teenagers", "children", "juveniles",
          "individuals", "students", "kids", "youths", "minors"}  # fmt: skip


def _part_count(part: Token) -> int | None:
    """One item of a list of victims: a pronoun is one person; 'their children Sam, Ann and Bo' is counted
    by the names that follow the plural."""
    if part.lower_ in PERSONAL:
        return 1
    count = single_phrase_count(part)
    if count is None and part.lower_ == "others":
        return _others_including(part)
    appositive = child(part, {"appos"})
    if appositive is not None and _age_of_one(part, appositive):
        return _one_or_count(part)  # "his son, 8,": one son, eight years old
    return phrase_count(appositive) if count is None and appositive is not None else count


def _others_including(others: Token) -> int | None:
    """'hit a driver and others, including two cyclists': the bare others number at least those 'including'
    counts right after them (the parse hangs it on the verb or the list's head as often as on 'others')."""
    doc = others.doc
    after = others.i + 1
    if after < len(doc) and doc[after].text == ",":
        after += 1
    if after >= len(doc) or doc[after].lemma_.lower() != "include":
        return None
    counted = child(doc[after], {"pobj"})
    return phrase_count(counted) if counted is not None else None


def _age_count(age: Token) -> int | None:
    """The people one age of a list names ('a 13-year-old' of 'a 13-year-old and a 15-year-old'), read
    without the ages joined after it."""
    own = [age, *(t for c in age.children if c.dep_ not in {"conj", "cc"} for t in c.subtree)]
    return parse_count(" ".join(t.text for t in sorted(own, key=lambda t: t.i)))


def _age_after_name(token: Token) -> bool:
    """A bare number right after a name and its comma ('Sam Cole, 21 of Elmwood'): the named person's age."""
    doc = token.doc
    if token.pos_ != "NUM" or token.i < 2 or doc[token.i - 1].text != ",":
        return False
    value = parse_count(token.text)
    if doc[token.i - 2].pos_ != "PROPN" or value is None or not 0 < value < 110:
        return False
    # "Ann Cole, three of her cousins and a driver": a share of people named after her is more people, no age
    return not _share_of_people(token)


def _share_of_people(number: Token) -> bool:
    """'three of her cousins': a number counting a share of people named by a plural after 'of'."""
    shares = [c for c in number.children if c.dep_ == "prep" and c.lower_ == "of"]
    return any(g.dep_ == "pobj" and g.tag_ == "NNS" for c in shares for g in c.children)


def _age_of_one(head: Token, appositive: Token) -> bool:
    """A bare number set off after one person ('his son, 8, and his wife, 27,'): the person's age, not a
    count restating the phrase (a singular noun names one person)."""
    value = parse_count(appositive.text)
    bare = appositive.pos_ == "NUM" and not any(c.pos_ in {"NOUN", "PROPN"} for c in appositive.children)
    return head.tag_ == "NN" and bare and value is not None and 0 < value < 110


def _own_casualty(token: Token) -> bool:
    """Whether a word modifying the noun says it was killed or hurt ('one deceased', 'a man killed')."""
    return any(c.dep_ in {"amod", "acl"} and casualty_kind(c) is not None for c in token.children)


def _one_or_count(token: Token) -> int | None:
    """A joined victim's count: 'another man, 26' is one man (his age is no count)."""
    return single_phrase_count(token) or (1 if token.tag_ in {"NN", "NNP"} else None)


# a photo caption run into a sentence ("Photo: 9 Image 3 of 12 Two men were shot") names no victim
MEDIA = {"photo", "image", "video", "caption", "picture", "footage", "gallery"}
# what 'dead' describes besides someone killed: "woke from a dead sleep", "dead silence", "a dead end",
# "a dead battery"; the parse hangs the adjective on these nouns as on "a dead man"
# ('center' or 'spot' may be a player's position or a bar's name, so they stay out)
STILL_THINGS = {"sleep", "silence", "end", "zone", "battery", "calm", "ringer", "giveaway"}
MISSILES = {"round", "bullet", "shot", "time", "shell", "casing", "pellet", "gun", "weapon"}
# distances and stretches of time a count may measure right after a victim count ("three guards 20 km from")
SPANS = {
    "km",
    "kilometre",
    "kilometer",
    "mile",
    "metre",
    "meter",
    "hour",
    "minute",
    "day",
    "week",
    "month",
    "year",
}
AGE_WORDS = {"year", "age"}  # "both 14 years of age", "ages 3 and 5": how old, not how many
EVERY_ONE = {"all", "both", "each"}  # an apposition restating everyone its head names, not a count of its own
# what gunfire hits besides people: "a stray bullet struck the house", "shots hit two cars"
PROPERTY = {"house", "home", "car", "vehicle", "window", "wall", "door", "building", "apartment", "truck",
            "van", "residence", "windshield", "porch", "store", "business", "tire", "fence"}  # fmt: skip


def introduced_victim(token: Token) -> str | None:
    """A key for one victim a sentence introduces ('a 20-year-old man was shot', 'another man was hit'),
    so that victims told one by one in several sentences add up; None for a known or counted victim."""
    article = next((c for c in token.children if c.dep_ == "det"), None)
    det = article.lower_ if article is not None else None
    if article is None or det not in {"a", "an", "another"}:
        return None
    # the phrase from its article on: a word the parse hung before it, 'a call about a 3-year-old', 'only
    # a 4-year-old', or a dateline, 'ELMWOOD, Ore. - A 4-year-old girl', names no one else
    words = [t for t in token.subtree if article.i < t.i <= token.i]
    # only a victim told by age ('a 20-year-old man') is surely someone; 'a child' may be the boy named later
    if not any(t.like_num for t in words):
        return None
    key = "".join(_figure(t) + t.whitespace_ for t in words).lower().replace(" - ", "-").strip()
    key = SHORT_AGE.sub(r"\1-year-old", key)  # "a 2 yr old" is "a 2-year-old"
    return f"{key}@{token.i}" if det == "another" else key  # 'another' is always someone new


# an age written short: "2 yr old" (the parse may leave 'old' out of the phrase), "20 yrs. old", "20 y/o"


def _figure(token: Token) -> str:
    """A number word as digits: 'a four-year-old child' and 'a 4-year-old child' are one child."""
    value = parse_count(token.text) if token.like_num else None
    return str(value) if value is not None else token.text


def besides_counted(victim: Token) -> bool:
    """'two others', 'another man', 'three other people', 'the surviving brother': victims besides those
    already counted."""
    return victim.lower_ in {"others", "another"} or any(
        c.lower_ in {"other", "another", "surviving"} for c in victim.children
    )
