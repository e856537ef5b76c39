"""Specs for broad lexicon words that name no event of their type in some uses (`events/loose_senses.py`):
a call that names something, words or rewards given, pictures released, an emergency nobody declared, harm
no one inflicted, a memory recalled, a question asked."""

from __future__ import annotations

import pytest
from builders import asserted_only, detected
from spacy.language import Language


def _plovers(nlp: Language, text: str) -> set[str]:
    """The PLOVER types of the asserted detections the default detector finds in one text."""
    return {d.type.plover for d in asserted_only(detected(nlp, text))}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        ("The governor called the fire an accident.", "CONSULT"),
        ("Two years ago she took over as director of the charity in Tarn.", "COERCE"),
        ("The activist who took over from Anna Vell as head of the group spoke in Tarn.", "COERCE"),
        ("His deputy took over the leadership of the party in May.", "COERCE"),
        ("Engineers are testing so-called smart fences at the port.", "CONSULT"),
        ("Defense lawyers called a neighbour who testified about the car.", "CONSULT"),
        ("The coach gave an interview to a local paper on Tuesday.", "AID"),
        ("The council offered a reward for news of the missing dog.", "AID"),
        ("Police released a sketch of the driver on Monday.", "RETREAT"),
        ("Deputies pulled over a car in Tarn, and the passenger got out and ran.", "RETREAT"),
        ("Refugees fled after a fire destroyed more than 2,000 shelters in the camp on Sunday.", "COERCE"),
        ("A mob lynched a man accused of theft in Tarn on Thursday, police said.", "ACCUSE"),
        (
            "Officers were called to the 900 block of Elm Street on reports of shots fired and found a man "
            "shot in the leg.",
            "REQUEST",
        ),
        (
            "Officers were called to the 900 block of Elm Street on reports of shots fired and found a man "
            "shot in the leg.",
            "SANCTION",
        ),
        ("Deputies arrived after several shots were fired at a house on Main Street.", "SANCTION"),
        (
            "Officers in riot gear fired pepper balls and flash-bang grenades to disperse the crowd after "
            "some protesters threw rocks, police said.",
            "SANCTION",
        ),
        (
            "Officers in riot gear fired pepper balls and flash-bang grenades to disperse the crowd after "
            "some protesters threw rocks, police said.",
            "ASSAULT",
        ),
        ("Police used stun grenades to disperse the protesters in Tarn on Monday.", "ASSAULT"),
        ("The general ordered his troops to withdraw from Vella on Monday.", "MOBILIZE"),
        (
            "Riot police fired water cannon and tear gas to clear the square after midnight, and detained "
            "30 people, the ministry said.",
            "SANCTION",
        ),
        ("The photos, released on Monday by the ministry, show the flooded streets.", "RETREAT"),
        ("The summary released by the inspectors does not name the poison.", "RETREAT"),
        ("The agency released a survey of the flooded farms on Monday.", "RETREAT"),
        ("Both passengers were treated and released from the clinic.", "RETREAT"),
        ("A gas explosion wrecked a bakery in Lorne overnight.", "ASSAULT"),
        ("Five villagers died of cholera in Tembo last week.", "ASSAULT"),
        ("Three infants died from the cold in the tent camp.", "ASSAULT"),
        ("A cooking stove fire injured two children in the camp.", "ASSAULT"),
        ("The collapse of a station canopy killed 15 people in Tarn in November.", "ASSAULT"),
        ("A bus crash killed 12 people near Vella on Monday.", "ASSAULT"),
        ("A nurse was killed in a road accident near Vella on Monday.", "ASSAULT"),
        ("Two farmers were killed in a collision with a lorry near Tarn.", "ASSAULT"),
        ("Two people were killed and 15 injured when a bus plunged into a ravine near Tarn.", "ASSAULT"),
        ("Students marched over the collapse of a canopy in Tarn that killed 15 people.", "ASSAULT"),
        ("The singer gave the crowd a lesson in patience.", "AID"),
        ("Given the cold, the market in Doran closed early on Friday.", "AID"),
        ("The plan looks risky, given the size of the debt.", "AID"),
        ("The mayor was accused of abusing his office to hire relatives.", "ASSAULT"),
        ("A retired teacher recalled the flood of 1987 in her memoir.", "SANCTION"),
        ('"Where were you that night?" asked the lawyer.', "REQUEST"),
        ("The ministry poured money into new rail lines this year.", "PROTEST"),
        ("The two men were seen to walk out of the bank at noon.", "PROTEST"),
        ("My chest was burning with anger, the widow said.", "COERCE"),
        ("Water was the burning issue of the campaign in Dorn.", "COERCE"),
        ("In those years the governor called the shots in the province.", "CONSULT"),
        ("The premier called the elections early because prices were rising.", "CONSULT"),
        ("She called the new tariff a tax on the poor.", "CONSULT"),
        ("The mayor, who gave birth last spring, returned to her office in Tiel.", "AID"),
        ("The judge gave him a suspended sentence for the posts.", "AID"),
        ("The retreat gave the rebels a clear run at the valley.", "AID"),
        ("A poll gave the governor an approval rating of 41%.", "AID"),
        ("Beijing offered the junta political cover at the council.", "AID"),
        ("Malta also hosts two naval bases of its ally.", "CONSULT"),
        ("Jordan hosts more than half a million refugees.", "CONSULT"),
        ("The ministry did not respond to a request for comment.", "REQUEST"),
        ("We submitted an interview request to the commanders in Dera.", "REQUEST"),
        ("Officers who agreed to interviews spoke on condition of anonymity.", "AGREE"),
        ("My request to interview the colonel was denied by his office.", "REJECT"),
        ("A guard asked not to be named because he was not allowed to speak.", "REQUEST"),
        ("A fighter, who asked to be known only by her nom de guerre, told me of the siege.", "REQUEST"),
        ("A nurse who asked to be identified by her first name described the ward.", "REQUEST"),
        ("The supplies are low, said one aid official, who requested anonymity.", "REQUEST"),
        ("For the full list of stations, visit example.org/stations", "CONSULT"),
        ("Readers can visit our website for the timetable.", "CONSULT"),
        ("Thick clouds of smoke blocked out the sky over Dessin.", "REJECT"),
        ("The plan for the dam was met with anger in Tolmar.", "CONSULT"),
        ("The two rulers share a dislike of the press.", "COOPERATE"),
        ("It is a view shared by a group of forty deputies.", "COOPERATE"),
        ("The adverts were criticised for reinforcing stereotypes.", "MOBILIZE"),
        ("She finally summoned the courage to call her family.", "ACCUSE"),
        ("Most of the fighters had dispersed before the siege began.", "COERCE"),
        ("He resigned from a commission of inquiry into the floods.", "ACCUSE"),
        ("I met the two brothers at a cafe in Tarn in 2015.", "CONSULT"),
        ("I asked them about their lives in the camp.", "REQUEST"),
        ("The doctor showed me the ward and asked me to help.", "REQUEST"),
        ("I was invited to a dinner by the commander of the camp.", "REQUEST"),
        ("The mayor asked them why the road had been blocked.", "REQUEST"),
        ("The two governments released opposing accounts of the phone call.", "RETREAT"),
        ("The plains, hailed as a cradle of farming, were emptied of their villagers.", "SUPPORT"),
        ("The striker levelled the score with a fine strike early in the second half.", "PROTEST"),
        ("There was a lot of talk in Tarn about the new dam.", "CONSULT"),
        ("The novelist gave a talk at the library on Monday.", "CONSULT"),
        ("Verbal violence against reporters rose in March.", "ASSAULT"),
        ("The general told a hearing of the defence committee that no order had been given.", "ACCUSE"),
        ("The nominee was questioned about Tarn at his confirmation hearing on Thursday.", "ACCUSE"),
        # a verdict on several things: no event of the verdict's word
        ("The premier called the new land taxes a deliberate attack on farmers.", "ASSAULT"),
        ("The envoy described the new laws as a crackdown on the press.", "COERCE"),
        ("The union branded the dismissals an assault on workers.", "ASSAULT"),
        ("The mayor called it an attack on the whole town.", "REQUEST"),
    ],
)
def test_loose_readings_add_no_event(nlp: Language, text: str, unwanted: str) -> None:
    """The broad word's other sense is read as what it is, not as an event of the lexicon's type."""
    assert unwanted not in _plovers(nlp, text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # a gun accident is a shooting all the same
        ("A hunter was killed in a hunting accident near Tarn on Sunday.", "ASSAULT"),
        ("The premier called his Dutch counterpart on Monday about the border.", "CONSULT"),
        ("Rioters were burning tyres outside the court on Monday.", "COERCE"),
        ("Putin called Erdogan on Tuesday to discuss the truce.", "CONSULT"),
        ("The premier called an emergency cabinet meeting on Sunday.", "CONSULT"),
        ("The allies provided air cover to the advancing militia.", "AID"),
        ("The donors gave the health ministry five tonnes of vaccines in March.", "AID"),
        ("Qatar gave the camp's clinic $2 million on Monday.", "AID"),
        ("The allies supplied the militia with rifles and trucks.", "AID"),
        ("Norway has provided emergency shelter to 3,000 displaced families.", "AID"),
        ("Jordan hosted the Iraqi prime minister in Amman on Monday.", "CONSULT"),
        ("The foreign minister visited Kabul on Monday.", "CONSULT"),
        ("Russia blocked the resolution at the council on Friday.", "REJECT"),
        ("The minister met with his Iraqi counterpart on Monday.", "CONSULT"),
        ("The two armies agreed to share intelligence on the border.", "AGREE"),
        ("The army reinforced its positions near Goma on Friday.", "MOBILIZE"),
        ("Moscow summoned the British ambassador on Monday.", "ACCUSE"),
        ("Police dispersed the protesters in Tarn with tear gas.", "COERCE"),
        ("The protesters were dispersed by police in Tarn.", "COERCE"),
        ("Jordan opened an inquiry into the deaths at the border.", "ACCUSE"),
        ('"I urge all sides to refrain from violence," the envoy said.', "REQUEST"),
        ("I refused to sign, so they beat me and I was jailed for a week.", "ASSAULT"),
        ("The truce was hailed by the envoy as a breakthrough.", "SUPPORT"),
        ("Lebanon hosts a regional summit on water next week.", "CONSULT"),
        ("The minister asked parliament to approve the budget.", "REQUEST"),
        ("The rebels asked the envoy for a week's truce.", "REQUEST"),
        ("Orvan asked the council whether its troops could cross the river.", "REQUEST"),
        ('"One of the kidnappers called me from Tarn on Monday," the father said.', "CONSULT"),
        ("Moscow rejected the request for talks on Friday.", "REJECT"),
        ("Rebels released twelve hostages near Kindu on Saturday.", "RETREAT"),
        ("The agency has given food and blankets to the flood victims in Doran.", "AID"),
        ("The opposition called for three days of strikes across the country.", "REQUEST"),
        ("Thousands of people poured into the streets of Tirana on Sunday.", "PROTEST"),
        ("The government declared a state of emergency in Kasai province.", "COERCE"),
        ("Moscow recalled its envoy from Riga on Friday.", "SANCTION"),
        ("The army pulled out of Vella on Monday.", "RETREAT"),
        ("A judge in Tarn issued an arrest warrant for the former mayor on Monday.", "ACCUSE"),
        ("Prosecutors accused the former mayor of Tarn of fraud on Monday.", "ACCUSE"),
        (
            "The mayor agreed to dissolve his charity, accused of fraud by the attorney general of Tarn.",
            "ACCUSE",
        ),
        ("The union imposed visa restrictions on six Tarn officials on Friday.", "SANCTION"),
        ("Mourners chanted slogans against the governor at a funeral in Tarn on Sunday.", "PROTEST"),
        ("Hundreds of people held a vigil in Tarn on Sunday against the shooting of a teenager.", "PROTEST"),
        ("Rebels took over the town of Kidal on Monday.", "COERCE"),
        ("Protesters took over the governor's office in Tarn on Monday.", "COERCE"),
        ("The club fired its head coach on Monday after a sixth defeat.", "SANCTION"),
        ("The minister was called on to resign by the opposition on Monday.", "REQUEST"),
        ("A man died from gunshot wounds after the attack on the market.", "ASSAULT"),
        ("Gunmen killed 12 people near Vella on Monday.", "ASSAULT"),
        ("Two people were killed when gunmen opened fire on a bus near Tarn on Monday.", "ASSAULT"),
        ("A man threw a grenade into a market in Tarn on Monday.", "ASSAULT"),
        (
            "Officers fired pepper balls at the crowd and arrested 27 people. The president ordered 2,000 "
            "troops to Vella on Sunday.",
            "MOBILIZE",
        ),
        ("Footballers at the club went on strike over unpaid wages on Monday.", "PROTEST"),
        ("Nurses in the first half of the year held a strike over pay.", "PROTEST"),
        ("Peace talks resumed in Doran on Monday.", "CONSULT"),
        ("Political violence erupted in the capital on Monday, leaving two dead.", "ASSAULT"),
        ("The court in Tarn opened a hearing against the former mayor on Monday.", "ACCUSE"),
        ("The premier called the raids a crime and urged allies to send more guns.", "REQUEST"),
        # a verdict on one act is another telling of it
        ("On Friday the mayor called the explosion in Tarn an attack.", "ASSAULT"),
    ],
)
def test_the_event_senses_stand(nlp: Language, text: str, wanted: str) -> None:
    """The same words in their event sense still tell the event."""
    assert wanted in _plovers(nlp, text)
