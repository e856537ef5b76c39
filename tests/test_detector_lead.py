"""Specs for how the detector finds a report's main event: the lead's reading, demands, interventions."""

from __future__ import annotations

import pytest
from builders import assert_sub_type, made_up_detection
from fixed_typer import FixedTyper, Reading, read_as
from spacy.language import Language

from kronika.events import load_detector
from kronika.events.battle_rules import returned_fire
from kronika.events.follow_up_weights import FOLLOW_UP_FACTOR
from kronika.events.protest_police import protest_interventions
from kronika.events.spans import date_or_dateline
from kronika.events.taxonomy import acled_event_type
from kronika.model import Article, Detection, EventType, Span


def _top(nlp: Language, text: str, reading: Reading | None) -> Detection | None:
    """The asserted detection the detector is surest of, with a typer that always reads `reading`."""
    detector = load_detector(FixedTyper(reading) if reading else None)  # type: ignore[arg-type]
    found = [d for d in detector.detect(nlp(text), Article(id="t", text=text)) if d.modality == "asserted"]
    return max(found, key=lambda d: d.confidence, default=None)


# --- the lead's reading is the main event ----------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "reading", "sub", "first"),
    [
        # a troop movement told without a trigger word: the reading makes it an event
        (
            "Army reinforcements arrived at the northern front on Sunday.",
            read_as("Change to group/activity", 0.95),
            "Change to group/activity",
            True,
        ),
        # the lead has no trigger; a follow-up's seizure does not become the main event
        (
            "Villagers found their orchard cut down overnight. Police later seized a saw.",
            read_as("Looting/property destruction", 0.9),
            "Looting/property destruction",
            True,
        ),
        # an unsure reading makes no event of a trigger-less lead: the follow-up stays the main one
        (
            "Villagers found their orchard cut down overnight. Police later seized a saw.",
            read_as("Looting/property destruction", 0.5),
            "Looting/property destruction",
            False,
        ),
    ],
)
def test_a_sure_reading_of_the_lead_is_its_main_event(
    nlp: Language, text: str, reading: Reading, sub: str, first: bool
) -> None:
    """Where the lead's triggers miss what the classifier is sure the lead reports, the reading leads."""
    top = _top(nlp, text, reading)
    assert top is not None
    assert top.type.acled_sub_event_type == sub
    assert (top.sentence.start == 0) is first


@pytest.mark.slow
def test_no_lead_event_next_to_a_trigger_that_names_its_own_event(nlp: Language) -> None:
    """A lead whose own word names an event of another kind keeps it, and gets no second event."""
    text = "Thousands of teachers marched through the capital on Monday."
    detector = load_detector(FixedTyper(read_as("Armed clash", 0.95)))  # type: ignore[arg-type]
    (only,) = detector.detect(nlp(text), Article(id="t", text=text))
    assert only.type.plover == "PROTEST"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "reading", "plover"),
    [
        ("The talks in Vaduz ended on Friday without an agreement.", read_as("Agreement", 0.9), "AGREE"),
        ("Police did not arrest anyone at the rally in Kolda.", read_as("Arrests", 0.9), "COERCE"),
        # told as still to come
        (
            "Farmers will gather in Kolda for a rally on Friday, the union said on Monday.",
            read_as("Peaceful protest", 0.9),
            "PROTEST",
        ),
    ],
)
def test_a_reading_does_not_restore_what_the_lead_denies(
    nlp: Language, text: str, reading: Reading, plover: str
) -> None:
    """A lead whose own words say its event did not happen, or is still to come, gets no event of that kind
    from the reading."""
    detector = load_detector(FixedTyper(reading))  # type: ignore[arg-type]
    found = detector.detect(nlp(text), Article(id="t", text=text))
    assert not [d for d in found if d.modality == "asserted" and d.type.plover == plover]


@pytest.mark.slow
def test_a_seizure_of_territory_takes_a_battlereading(nlp: Language) -> None:
    """A sub-type whose own PLOVER reading is the trigger's type is consistent with it, whatever its
    ACLED event type: taking a stronghold is a seizure that ACLED codes as a battle."""
    text = "Government troops took control of a rebel stronghold near the town."
    top = _top(nlp, text, read_as("Government regains territory", 0.8))
    assert top is not None
    assert (top.type.plover, top.type.acled_sub_event_type) == ("COERCE", "Government regains territory")


# --- a protest's demands ---------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("Hundreds of demonstrators demanded food aid outside the town hall.", "PROTEST"),
        ("Teachers gathered outside the ministry on Monday, demanding unpaid wages.", "PROTEST"),
        ("The opposition leader demanded early elections after the verdict.", "REQUEST"),
    ],
)
def test_a_protests_demands_are_not_its_main_event(nlp: Language, text: str, plover: str) -> None:
    """What protesters demand says what the protest is for; a politician's demand is the event."""
    top = _top(nlp, text, read_as("Peaceful protest", 0.9))
    assert top is not None
    assert top.type.plover == plover


# --- an accusation of violence ---------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("Rebel leaders accused the army of shelling their positions near Malakal.", "ASSAULT"),
        ("The council accused militiamen of attacking two villages on Sunday.", "ASSAULT"),
        # the parser may hang the charge on the accused ("forces of executing")
        ("A rebel spokesman accused government forces of executing six prisoners.", "ASSAULT"),
        # a charge that is no violence leaves the accusation the event
        ("The minister accused the opposition of spreading lies about the vote.", "ACCUSE"),
        # nor does a truce broken: that is no violence told
        ("The government accused the rebels of violating the week-old ceasefire.", "ACCUSE"),
    ],
)
def test_an_accusation_of_violence_tells_the_violence(nlp: Language, text: str, plover: str) -> None:
    """Violence someone is accused of is the event ACLED codes; the accusation weighs less than it."""
    top = _top(nlp, text, read_as("Attack", 0.5))
    assert top is not None
    assert top.type.plover == plover


# --- protests the police act on --------------------------------------------------------------------

_TEXT = "x" * 400


def _found(start: int, trigger: str, sub: str, confidence: float, target: str | None = None) -> Detection:
    """A made-up asserted detection whose sentence starts at `start` (its trigger 5 characters in)."""
    event_type = EventType("COERCE" if sub == "Arrests" else "PROTEST", None, acled_event_type(sub), sub)
    sentence = Span(start, start + 60, f"a protest sentence {start}")
    targets = (Span(start + 20, start + 30, target),) if target else ()
    return Detection(
        sentence=sentence,
        trigger=Span(start + 5, start + 5 + len(trigger), trigger),
        type=event_type,
        confidence=confidence,
        target_spans=targets,
    )


@pytest.mark.parametrize(
    ("follow", "text", "expected"),
    [
        # the protesters arrested afterwards: one protest with intervention
        (_found(100, "arrested", "Arrests", 0.95, "26 farmers"), _TEXT, "Protest with intervention"),
        (_found(100, "detained", "Arrests", 0.95), _TEXT, "Protest with intervention"),
        # one person arrested, or an arrest named as a grievance: not an intervention
        (_found(100, "arrested", "Arrests", 0.95, "He"), _TEXT, "Peaceful protest"),
        (_found(100, "arrest", "Arrests", 0.95), _TEXT, "Peaceful protest"),
        # past the paragraph: another story
        (_found(300, "arrested", "Arrests", 0.95), _TEXT, "Peaceful protest"),
        # no trigger, but tear gas in the paragraph
        (None, "x" * 120 + " police fired tear gas " + "x" * 250, "Protest with intervention"),
    ],
)
def test_arrests_and_dispersal_after_a_protest_make_it_one_with_intervention(
    follow: Detection | None, text: str, expected: str
) -> None:
    """A peaceful lead protest whose paragraph goes on to tell arrests or dispersal is a protest with
    intervention, and those follow-ups rank below it."""
    lead = _found(0, "protested", "Peaceful protest", 0.9)
    found = [lead] if follow is None else [lead, follow]
    out = protest_interventions(found, text, 0, 250)
    assert_sub_type(out[0], expected)
    if follow is not None and expected != "Peaceful protest":
        assert out[1].confidence == round(0.9 * FOLLOW_UP_FACTOR, 3)
    if follow is not None and expected == "Peaceful protest":
        assert out[1] == follow


def test_a_protest_against_an_arrest_is_not_dispersed_by_it() -> None:
    """'Protested against the arrest of X. X was arrested ...': the arrest is the grievance."""
    lead = _found(0, "protested", "Peaceful protest", 0.9)
    lead = Detection(
        sentence=Span(0, 60, "Journalists protested against the arrest of their editor."),
        trigger=lead.trigger,
        type=lead.type,
        confidence=lead.confidence,
    )
    follow = _found(100, "arrested", "Arrests", 0.95, "three reporters")
    out = protest_interventions([lead, follow], _TEXT, 0, 250)
    assert out == [lead, follow]


@pytest.mark.parametrize(
    ("sub", "follow_up", "expected"),
    [
        ("Shelling/artillery/missile attack", " The soldiers responded to the fire.", "Armed clash"),
        ("Attack", " Troops returned fire, killing two.", "Armed clash"),
        (
            "Shelling/artillery/missile attack",
            " No casualties were reported.",
            "Shelling/artillery/missile attack",
        ),
        # a riot stays a riot, whoever fires back
        ("Violent demonstration", " Police responded to the fire.", "Violent demonstration"),
    ],
)
def test_fire_returned_makes_a_battle(sub: str, follow_up: str, expected: str) -> None:
    """An attack or bombardment the other side answers with fire is an armed clash (both sides engage)."""
    lead = made_up_detection(
        "Rebels fired mortars at army positions near the village.", "fired", "ASSAULT", sub, mode="shelling"
    )
    text = lead.sentence.text + follow_up
    (out,) = returned_fire([lead], text, 0, len(text))
    assert_sub_type(out, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nurses protested outside the hospital over unpaid wages. They chanted slogans.",
            "Peaceful protest",
        ),
        (
            "Nurses protested outside the hospital. The police told them to leave.",
            "Protest with intervention",
        ),
        # police named only as the protest's place or grievance made no intervention
        (
            "Nurses protested outside the police station against police brutality. They chanted slogans.",
            "Peaceful protest",
        ),
        (
            "Nurses protested outside the police station. Police officers moved them on.",
            "Protest with intervention",
        ),
        # nor arrests the protest is about
        ("Nurses protested in Tamok, demanding the release of their detained leaders.", "Peaceful protest"),
        ("Nurses protested in Tamok against the arrest of two union members.", "Peaceful protest"),
        (
            "Nurses protested in Tamok, demanding the release of members who were detained.",
            "Peaceful protest",
        ),
        ("Nurses protested in Tamok for the freedom of all detainees.", "Peaceful protest"),
        (
            "Nurses protested in Tamok, demanding the release of their leaders. Ten were arrested.",
            "Protest with intervention",
        ),
        # nor a word of intervening that names no police: the crowd's own act, or what it demands
        (
            "Nurses protested in Tamok. They intervened in a council session and tore down its banners.",
            "Peaceful protest",
        ),
        ("Nurses protested in Tamok, demanding the minister's intervention.", "Peaceful protest"),
        ("Nurses protested in Tamok. Police intervened and moved them on.", "Protest with intervention"),
        # a bomb thrown or set off at the crowd is others' force on it
        (
            "Nurses protested in Tamok. Unknown men hurled two crude bombs at the procession.",
            "Protest with intervention",
        ),
        (
            "Nurses protested in Tamok. Someone set off a grenade near their rally.",
            "Protest with intervention",
        ),
        ("Nurses protested in Tamok against the bombs thrown at a market last week.", "Peaceful protest"),
        # police who only tell of the protest did nothing to it
        ("Nurses protested in Tamok on Monday, police said.", "Peaceful protest"),
        ("Nurses protested in Tamok, according to police. Ten were arrested.", "Protest with intervention"),
    ],
)
def test_an_intervention_nobody_made_is_a_peaceful_protest(text: str, expected: str) -> None:
    """A lead protest read as one with intervention, whose paragraph names no police or force at all (a
    police station it was held at, police brutality it was against, are none), is a peaceful protest."""
    lead = Detection(
        sentence=Span(0, 40, text[:40]),
        trigger=Span(7, 16, "protested"),
        type=EventType("PROTEST", "demonstrate", "Protests", "Protest with intervention"),
        confidence=0.9,
    )
    (out,) = protest_interventions([lead], text, 0, len(text))
    assert out.type.acled_sub_event_type == expected


@pytest.mark.slow
def test_the_lead_is_the_first_sentence_that_reports(nlp: Language) -> None:
    """A verbless line before the first reporting sentence (a title, a byline) is not the lead."""
    text = "BREAKING NEWS\n\nArmy reinforcements arrived at the northern front on Sunday."
    top = _top(nlp, text, read_as("Change to group/activity", 0.95))
    assert top is not None
    assert top.sentence.text.startswith("Army")
    assert top.type.acled_sub_event_type == "Change to group/activity"


# --- a date line before the lead ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date_only"),
    [
        ("06 June.", True),
        ("On 14 March 2013.", True),
        ("Tuesday, 2 Feb.", True),
        ("March.", True),
        ("12 protesters.", False),
        ("Fighting in Leer.", False),
        ("Crowds march on 3 May.", False),
        ("DENTON, Texas —", True),
        ("LAGOS, Nigeria (Reuters) -", True),
        ("Police said —", False),
        # a coder's line on the coordinates used only places the note
        ("The coordinates of Kutum were used.", True),
        ("The coordinates for Malakal were used as Kodok was not available.", True),
        ("Rebels used the coordinates of the base to aim their rockets.", False),
        ("Gunmen killed a farmer in Kuma (coordinates for Mellit used).", False),
        # a list number the parser cut off its item only numbers it
        ("3.", True),
        ("3. Nine killed.", False),
    ],
)
def test_a_date_line_is_told_from_a_sentence(nlp: Language, text: str, date_only: bool) -> None:
    """A sentence of nothing but calendar words and numbers only dates the report; a dateline cut off
    its sentence (no verb, closed by a dash) only places it."""
    assert date_or_dateline(nlp(text)[:]) is date_only


@pytest.mark.slow
def test_the_sentence_after_a_date_line_leads(nlp: Language) -> None:
    """A note opening with its date on its own ("06 June.") is led by the sentence after it: no event
    is read from the date line, and the reading of the lead's passage goes to the real lead."""
    text = "06 June. Gunmen ambushed a patrol near Garissa and killed three officers."
    top = _top(nlp, text, read_as("Attack", 0.95))
    assert top is not None
    assert top.trigger.text != "June"
    assert top.sentence.text.startswith("Gunmen")


@pytest.mark.slow
def test_the_sentence_after_a_dateline_leads(nlp: Language) -> None:
    """A dateline the parser cut off its sentence ('SALEM, Ore. —') gives no event of its own: the
    reading of the lead's passage goes to the sentence after it."""
    text = "Salem news\n\nSALEM, Ore. — Two guards were shot dead outside a bar early Sunday, police said."
    top = _top(nlp, text, read_as("Attack", 0.95))
    assert top is not None
    assert top.sentence.text.startswith("Two guards")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("The coordinates of Kutum were used. 2. Militiamen on horseback shot dead four herders.", "shot"),
        # the parser cuts "2." off an item that opens with a number word: the item still leads
        (
            "The coordinates of Kutum were used. 2. Two militias attacked a camp and killed four herders.",
            "killed",
        ),
    ],
)
def test_the_item_after_a_coordinates_line_leads(nlp: Language, text: str, told: str) -> None:
    """A note opening with the coder's line on the coordinates used is led by the numbered item after
    it: the event, its evidence and its reading are that item's."""
    top = _top(nlp, text, read_as("Attack", 0.95))
    assert top is not None
    assert told in top.sentence.text and "coordinates" not in top.sentence.text


class RecordingTyper:
    """Reads every text as an armed clash, keeping the texts of each call in order."""

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def predict(self, texts: list[str], floors: list[float] | None = None) -> list[Reading]:
        self.calls.append(list(texts))
        return [read_as("Armed clash", 0.6) for _ in texts]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "lead"),
    [
        # a headline before the lead: the lead is still read first
        (
            "Troops clash with rebels near river town\n\nSoldiers fought rebels near Kalo on Monday. "
            "Two soldiers were shot.",
            "Soldiers fought rebels",
        ),
        (
            "Soldiers fought rebels near Kalo on Monday. Two soldiers were shot.",
            "Soldiers fought rebels",
        ),
    ],
)
def test_the_typer_reads_the_lead_passage_first(nlp: Language, text: str, lead: str) -> None:
    typer = RecordingTyper()
    load_detector(typer).detect(nlp(text), Article(id="t", text=text))  # type: ignore[arg-type]
    assert len(typer.calls) == 1 and len(typer.calls[0]) >= 2
    assert typer.calls[0][0].startswith(lead)
