"""Specs for modality: is the event a trigger names asserted, negated, hypothetical, future or intended?"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kronika.events.modality import modality
from kronika.model import Modality

CASES: list[tuple[str, str, Modality]] = [
    ("Officials said the protesters seized the town hall.", "seized", "asserted"),
    ("The police arrested five men and released two of them.", "released", "asserted"),
    ("Police did not arrest the editor.", "arrest", "negated"),
    ("The minister failed to resign.", "resign", "negated"),
    ("The governor refused to recognize the new council.", "recognize", "negated"),
    ("He ordered the guards not to shoot at the crowd.", "shoot", "negated"),
    ("There were no protests in the capital.", "protests", "negated"),
    ("The army could attack the town.", "attack", "hypothetical"),
    ("If the talks collapse, the rebels might attack.", "attack", "hypothetical"),
    ("The union will strike on Monday.", "strike", "future"),
    ("The cabinet is expected to resign this week.", "resign", "future"),
    ("The rebels threatened to attack the convoy.", "attack", "intended"),
    ("The opposition demanded the minister's resignation.", "resignation", "intended"),
    ("Farmers called for a boycott of imported grain.", "boycott", "intended"),
    ("The militia tried to seize the airport.", "seize", "intended"),
    ("The farmers said they would block the motorway.", "block", "future"),
    ("The farmers said they would block the motorway if prices fell.", "block", "hypothetical"),
    ("The union will hold a rally on Monday.", "rally", "future"),
    ("The opposition did not hold a rally.", "rally", "negated"),
    # an event noun made by a verb an aim or a denial governs is as unsure as its making
    ("The opposition plans to stage a march on Friday.", "march", "intended"),
    ("Envoys are trying to broker a truce between the clans.", "truce", "intended"),
    ("Envoys brokered a truce between the clans on Monday.", "truce", "asserted"),
    ("The opposition staged a march on Friday.", "march", "asserted"),
    # a past verb the parse joins to an aim ('to disperse') joins the clause above it
    ("Police fired tear gas to disperse the crowds and arrested 35 people.", "arrested", "asserted"),
    ("Rebels plan to attack the town and seize the airport.", "seize", "intended"),
    # what someone faces or risks, in the present, is a danger ahead; what they faced befell them
    ("Migrants sent back to the camps face torture and extortion.", "torture", "hypothetical"),
    ("The minister faced sharp criticism from his party on Monday.", "criticism", "asserted"),
    # an act someone will not tolerate or allow is as unsure as the abiding
    ("Kessa will not tolerate attacks on its troops.", "attacks", "negated"),
    ("Police did not stop the march.", "march", "asserted"),
    ("The march did not turn violent.", "march", "asserted"),
    # a verb that says only that its subject happened denies the event itself
    ("The attack on the depot did not take place.", "attack", "negated"),
    ("Officials said a second rally may not go ahead.", "rally", "negated"),
    ("No clash occurred at the border crossing.", "clash", "negated"),
    ("The strike took place on Monday.", "strike", "asserted"),
    ("The strike may spread if the talks fail.", "strike", "hypothetical"),
    ("The mayor said the council must be ready to negotiate.", "negotiate", "hypothetical"),
    ("Activists gathered signatures so that the plant is closed.", "closed", "intended"),
    # what a verb would bring about shares its modal; what it did bring about happened
    ("Analysts say the ruling may spark riots in the capital.", "riots", "hypothetical"),
    ("A pullout could plunge the province into civil war.", "war", "hypothetical"),
    ("The ruling sparked riots in the capital.", "riots", "asserted"),
    ("The ruling did not spark riots.", "riots", "negated"),
    # what 'without' governs did not happen
    ("The talks in Vaduz ended without an agreement.", "agreement", "negated"),
    ("The envoys left Tromso without reaching a deal.", "reaching", "negated"),
    ("The delegates went home without signing the accord.", "accord", "negated"),
    ("The rally in Kolda ended without violence.", "violence", "negated"),
    # a clause that tells when or why happened whatever its main clause denies
    ("Accounts don't match up after a boy is injured in a shooting in Tarvo.", "injured", "asserted"),
    ("Police made no arrests after the crowd looted two shops.", "looted", "asserted"),
    ("The minister did not resign because protesters stormed the ministry.", "stormed", "asserted"),
    ("The minister did not resign after the vote.", "resign", "negated"),
    ("The group said it will commit more attacks before the vote.", "attacks", "future"),
    ("He did not commit the robbery, his lawyer said.", "robbery", "negated"),
    # what is needed, or expected, has not happened
    ("The refugees need to return to their villages.", "return", "hypothetical"),
    ("Troops are preparing for an expected attack on the town.", "attack", "hypothetical"),
    ("Aid groups warned of potential clashes near the border.", "clashes", "hypothetical"),
    ("Diplomats discussed the coming strikes on the port.", "strikes", "hypothetical"),
    ("Police said a possible accidental shooting left a man dead.", "shooting", "asserted"),
    ("Gunmen carried out a planned attack on the base.", "attack", "asserted"),
    # a typographic apostrophe reads as a straight one
    ("If they do not pay, they’ll be evicted from the flats.", "evicted", "future"),
    ("If they do not pay, they'll be evicted from the flats.", "evicted", "future"),
    ("The guards won’t open fire on the crowd.", "open", "negated"),
    # what can be done, or someone is willing, ready or hoping to do, has not been done
    ("No army can bomb its way to peace.", "bomb", "hypothetical"),
    ("The fighters say they are ready to fight to the last man.", "fight", "intended"),
    ("The agency said it was ready to deliver food to the camp.", "deliver", "intended"),
    ("The council was unable to stop the eviction.", "stop", "negated"),
    ("The minister hopes to sign the accord in May.", "sign", "intended"),
    ("The rebels hoped to capture the airport.", "capture", "intended"),
    ("Both sides were able to withdraw their wounded.", "withdraw", "asserted"),
    # an event a modal or conditional copula names is not told as having happened
    ("It would be the first meeting of the two leaders since the war.", "meeting", "hypothetical"),
    ("Troops are massing for what could be an offensive on the port.", "offensive", "hypothetical"),
    ("If there is an attack, the village will be evacuated.", "attack", "hypothetical"),
    ("Preparations for the assault on the port are complete.", "assault", "hypothetical"),
    # 'be to' and 'have to': an aim, a need or what is yet to come
    ("The only answer to the bandits was to arrest their leaders.", "arrest", "intended"),
    ("The inspectors have yet to visit the site.", "visit", "negated"),
    ("We have to withdraw before the rains.", "withdraw", "hypothetical"),
    ("The villagers had to flee into the hills.", "flee", "asserted"),
    ("The envoy failed to persuade the rebels to withdraw.", "withdraw", "intended"),
    ("The envoy persuaded the rebels to withdraw.", "withdraw", "intended"),
    # a subject that names no one denies its verb's act
    ("None of the big clans support the governor of Tarn.", "support", "negated"),
    ("Nobody attacked the convoy on the Vella road.", "attacked", "negated"),
    ("No one attacked the depot during the truce.", "attacked", "negated"),
    ("Neither of the clans shelled the town during the truce.", "shelled", "negated"),
    ("Militants attacked a police post in Tarn; no one died.", "attacked", "asserted"),
    ("Some of the big clans support the governor of Tarn.", "support", "asserted"),
    ("No one was hurt when the militia shelled the town.", "shelled", "asserted"),
    # a clause on 'anyone' puts a case, not an act
    ("The minister warned that anyone who looted shops would be jailed.", "looted", "hypothetical"),
    ("Police arrested two men who looted shops in Tarn.", "looted", "asserted"),
    # ... a passive verb's too
    ("No one has been arrested over the shooting on Elm Street.", "arrested", "negated"),
    ("Nobody was detained after the march in Vella.", "detained", "negated"),
    ("Two men have been arrested over the shooting on Elm Street.", "arrested", "asserted"),
    # a report of what was not counted is still a report
    ("Two mortar rounds hit the camp, no casualties reported.", "reported", "asserted"),
    # a gerund of means or of what is barred shares the verb above it
    ("The junta will lose the war by attacking the port.", "attacking", "future"),
    ("Police prevented the students from marching to the ministry.", "marching", "negated"),
    ("A last-minute deal averted a strike by the dock workers of Tarn.", "strike", "negated"),
    ("The rebels took the town by storming its gates.", "storming", "asserted"),
    # what was nearly achieved was not
    ("The gunmen nearly succeeded in killing the mayor of Tarn.", "killing", "negated"),
    ("The prisoners almost managed to escape from the jail in Kessa.", "escape", "negated"),
    ("The rebels succeeded in capturing the hill town.", "capturing", "asserted"),
    # braced for, hinging or depending on, the feasibility of: not yet happened
    ("Residents of the port braced for air strikes on the docks.", "strikes", "intended"),
    ("The truce hinged on the withdrawal of the militias from Vella.", "withdrawal", "hypothetical"),
    ("Aid depends on the release of the hostages held in Tarn.", "release", "hypothetical"),
    ("Guards could flee if the camp near Vella came under attack.", "attack", "hypothetical"),
    ("The convoy did not come under fire on the Tarn road.", "fire", "negated"),
    ("The convoy came under attack near Vella on Monday.", "attack", "asserted"),
    ("The envoy backed any strike against the junta in Kessa.", "strike", "hypothetical"),
    ("The clans will attend any talks the envoy calls in Tarn.", "talks", "future"),
    ("Kessa will punish any party that violates the truce in Tarn.", "violates", "hypothetical"),
    ("The council will not take part in any negotiations with the junta.", "negotiations", "negated"),
    ("The council put off a final decision on air strikes in Kessa.", "strikes", "hypothetical"),
    ("The envoy voiced scepticism about such an attack on Vella.", "attack", "hypothetical"),
    ("Lawmakers voted at an emergency meeting in Tarn on Monday.", "meeting", "asserted"),
    ("Planes dropped leaflets telling the fighters to surrender.", "surrender", "intended"),
    ("Staff at the embassy in Tarn were told to evacuate within a day.", "evacuate", "intended"),
    ("The envoys argued over the feasibility of a ceasefire in Kessa.", "ceasefire", "hypothetical"),
    # what an act still to come lasts until has not come about either; what a past act lasted until has
    ("The union said it would march weekly until the ministry withdrew the decree.", "withdrew", "future"),
    ("The unions in Tarn will strike until the council releases the jailed workers.", "releases", "future"),
    ("The sit-in went on until police dispersed the crowd in Kessa.", "dispersed", "asserted"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "word", "expected"), CASES)
def test_modality(nlp: Language, sentence: str, word: str, expected: Modality) -> None:
    """The trigger word's event has the expected modality."""
    doc = nlp(sentence)
    token = next(t for t in doc if t.text == word)
    assert modality(doc, token) == expected


DENIED_OBJECTS: list[tuple[str, str, tuple[str, ...], Modality]] = [
    ("The sergeant gave no order to advance.", "gave", (), "negated"),
    ("The guards fired no shots at the crowd.", "fired", (), "negated"),
    ("The patrol made no arrests overnight.", "made", (), "negated"),
    ("The rebels took no hostages.", "took", (), "negated"),
    ("The soldiers set no fire to the huts.", "set", ("fire",), "negated"),
    ("The blast killed no one in the square.", "killed", (), "asserted"),
    ("The guards fired warning shots at the crowd.", "fired", (), "asserted"),
    ("No shots were fired at the crowd.", "fired", (), "negated"),
    ("So far no charges have been brought against the driver.", "brought", ("charge",), "negated"),
    ("No one was hurt when the shots were fired.", "fired", (), "asserted"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "word", "phrase_words", "expected"), DENIED_OBJECTS)
def test_an_act_whose_own_object_is_denied_did_not_happen(
    nlp: Language, sentence: str, word: str, phrase_words: tuple[str, ...], expected: Modality
) -> None:
    doc = nlp(sentence)
    token = next(t for t in doc if t.text == word)
    assert modality(doc, token, phrase_words) == expected
