"""Specs for places in African notes: a note that names only a second-level unit or seat, never the
country, is read at home under its first-level unit (a Kenyan constituency or sub-county under its county,
at its seat town where the lists hold one, else at the county's seat; a Sudanese locality under its state;
a South Sudanese county seat as notes spell it, under its state); Kenya's sub-county word types the unit
named before it; a place chain read in one country keeps its inner names from voting for a namesake
abroad; Darfur villages and Bor, and the Bahr el Ghazal states spelled with 'al', read at home rather than
abroad; a name written with a people's word ('Abala herders') is a people, not a town abroad."""

from __future__ import annotations

import pytest
from builders import asked, first_event_place, rule
from spacy.language import Language

from kronika.gazetteer import Gazetteer
from kronika.geo.chains import find_chains
from kronika.geo.focus import focus_country
from kronika.geo.peoples import named_as_people
from kronika.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Two herders were shot in Kargi village in Loiyangalani sub county.", "Loiyangalani"),
        ("Youths blocked a road in Kabuchai sub-county on Monday.", "Kabuchai"),
        ("A chief was attacked in Butula Subcounty.", "Butula"),
        ("A chief was attacked in Butula Sub County.", "Butula"),
        ("A chief was attacked in Butula Sub-County.", "Butula"),
    ],
)
def test_a_sub_county_word_types_the_name_before_it_as_a_district(text: str, name: str) -> None:
    last = find_chains(text)[-1].names[-1]
    assert (last.text, last.district, last.county) == (name, True, False)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        # Salima is Malawi's town too, but the sub-county holding it is Kenya's
        ("Gunmen shot a trader in Salima village in Laisamis sub county.", "KEN"),
        # a chain read abroad takes nothing from a name outside it
        ("Police in Nairobi said a trader was robbed in Salima, Malawi.", "MWI"),
        # a chain read abroad by one name, whose names all agree in the town's own country, is read there
        ("A guard was hurt in a brawl in Montego Bay, Saint James Parish.", "JAM"),
    ],
)
def test_a_name_inside_a_chain_read_elsewhere_casts_no_vote_of_its_own(
    nlp: Language, gazetteer: Gazetteer, text: str, iso3: str
) -> None:
    assert focus_country(nlp(text), gazetteer) == iso3


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "name", "people"),
    [
        ("Abala herders beat two farmers near the wells.", "Abala", True),
        ("Maaliya and Hamar tribesmen clashed over land.", "Hamar", True),
        ("Raiders shot two herders from Abala.", "Abala", False),
        # a people named after a first-level region still names the region, unless called ethnic
        ("Toposa raiders killed three Turkana herdsmen.", "Turkana", False),
        ("Toposa raiders killed three ethnic Turkana herdsmen.", "Turkana", True),
    ],
)
def test_a_name_before_a_peoples_word_is_a_people_unless_a_region(
    nlp: Language, gazetteer: Gazetteer, text: str, name: str, people: bool
) -> None:
    doc = nlp(text)
    start = next(t.i for t in doc if t.text == name)
    assert named_as_people(doc[start : start + 1], gazetteer) is people


# Each case: a note, and the country, first-level unit and place name its first event is read at (None: not
# asked of that case).
PLACES = [
    *rule(
        "a Kenyan sub-county named alone is read in its county",
        # a sub-county written with its type word
        ("A man was lynched by a mob in Rarieda subcounty.", ("KEN", "Siaya", None)),
        # a constituency written after a village the lists lack
        ("Raiders shot a herder in Kapedo, Baringo South.", ("KEN", "Baringo", None)),
        # a sub-county written bearing first, as notes write the old districts
        ("A boy was killed by a grenade near Alale village, North Pokot.", ("KEN", "West Pokot", None)),
        # a constituency named alone
        ("Youths clashed with police around Kitutu Chache after the primaries.", ("KEN", "Kisii", None)),
        ("Unknown people torched houses in Keiyo on Sunday.", ("KEN", "Elgeyo-Marakwet", None)),
        ("Police dispersed protesters in Nyaribari Chache.", ("KEN", "Kisii", None)),
        ("Boda boda riders blocked a road in Igembe South.", ("KEN", "Meru", None)),
    ),
    *rule(
        "a Kenyan unit named by its town and a bearing stays at the town",
        # a unit named by a listed town of its county and a bearing stays at that town
        ("Six people were hurt in clashes between party supporters in Mumias East.", (None, None, "Mumias")),
        ("Youths clashed with police in Webuye West.", (None, None, "Webuye")),
    ),
    *rule(
        "a Kenyan constituency named by its county and a bearing is read in that county",
        # the county's own name and a bearing, where no town of the county's name reads the unit
        ("Bandits stole goats from a homestead in Baringo North.", ("KEN", "Baringo", None)),
        ("Youths threw stones at a police post in Baringo Central.", ("KEN", "Baringo", None)),
        ("Herders ambushed two police reservists at Kasiela, Baringo South.", ("KEN", "Baringo", None)),
        # 'Central' after a town's name, which spaCy reads as no place
        ("Hawkers fought with county officers in Bomet Central.", ("KEN", "Bomet", None)),
        ("A mob beat a suspected thief to death in Kitui Central.", ("KEN", "Kitui", None)),
        # a town and a bearing, where the town is a quarter of a bigger city
        ("Police shot a suspected robber dead in Embakasi Central.", ("KEN", "Nairobi", None)),
        ("Residents blocked the highway in Gatundu South over a land dispute.", ("KEN", "Kiambu", None)),
    ),
    *rule(
        "a Kenyan constituency named by a bearing is at its own seat",
        # the constituency is at its own seat, not at the county's
        ("Militiamen raided a camp of herders in Wajir North.", (None, None, "Wajir North")),
        ("Raiders shot a trader in Mandera South.", (None, None, "Mandera South")),
    ),
    *rule(
        "a village in a sub-county is read in the sub-county's county",
        # a village named like a town abroad (Malawi's), in a sub-county the lists hold as a town
        ("Gunmen shot a trader in Salima village in Laisamis sub county.", ("KEN", "Marsabit", None)),
        # a village the lists hold only in India, written before its sub-county
        ("Bandits raided homes in Saria, Cheptais sub-county, overnight.", ("KEN", "Bungoma", None)),
        ("Police shot a suspect at Kibundani in Msambweni Sub County.", ("KEN", "Kwale", None)),
    ),
    *rule(
        "a Sudanese locality is read in its state",
        # a locality seat the lists lack, named with its type word: at its state's capital
        ("Militiamen burned huts near Kidinir camp in Azum locality.", ("SDN", "Central Darfur", "Azum")),
        ("Herders shot two farmers in Yassin locality on Friday.", ("SDN", "East Darfur", "Yassin")),
        # another spelling of a listed locality seat, named alone
        ("Soldiers beat traders at the weekly market in Nierteti.", ("SDN", "Central Darfur", "Nertiti")),
        ("Gunmen looted shops in Um Baru.", ("SDN", "North Darfur", "Umm Baru")),
        # the locality's full name, written with its tribe
        (
            "Camel herders raided a farm in El Sareif Beni Hussein locality.",
            ("SDN", "North Darfur", "Sireaf"),
        ),
    ),
    *rule(
        "a town spaCy takes for a body places a note naming no country",
        ("Residents of Lagawa staged a sit-in over water cuts.", ("SDN", "West Kordofan", None)),
    ),
    *rule(
        "a South Sudanese county seat is read as notes spell it",
        # another spelling of a listed county seat, named alone
        ("Government troops shelled Nassir overnight.", ("SSD", "Upper Nile", "Nasir")),
        ("Cattle raiders killed four herders in Parieng county.", ("SSD", "Unity", "Pariang")),
        ("Soldiers looted shops in Kajokeji on Sunday.", ("SSD", "Central Equatoria", "Kajo Keji")),
        # a county seat the lists lack, named alone
        ("Soldiers and armed youths exchanged fire in Chukudum.", ("SSD", "Eastern Equatoria", "Chukudum")),
        ("Unknown gunmen ambushed a lorry near Mvolo.", ("SSD", "Western Equatoria", "Mvolo")),
        ("Herders clashed with farmers at Mingkaman.", ("SSD", "Lakes", "Mingkaman")),
    ),
    *rule(
        "conflict towns read at home",
        # Bor named alone is Jonglei's capital, not Russia's or Serbia's smaller town
        ("Gunmen ambushed two traders outside Bor.", ("SSD", "Jonglei", None)),
        # Darfur villages the lists hold only abroad, in a note naming a Sudanese force
        ("RSF fighters looted shops in Anka.", ("SDN", "North Darfur", None)),
        ("Militiamen attacked herders in Dali, North Darfur.", ("SDN", "North Darfur", None)),
        ("Border Guards shot two farmers near El Kuma.", ("SDN", "North Darfur", None)),
        # Nyala's displacement camp, which the lists hold only as Indonesian hamlets
        ("Gunmen robbed three women at El Salam camp on Friday.", ("SDN", "South Darfur", None)),
        # the Bahr el Ghazal states written with 'al' are South Sudan's, not Chad's Barh el Gazel
        (
            "Pupils protested in Raja county of Western Bahr al Ghazal.",
            ("SSD", "Western Bahr el Ghazal", None),
        ),
        ("SAF planes bombed a village in North Bahr-al Ghazal.", ("SSD", "Northern Bahr el Ghazal", None)),
    ),
    *rule(
        "a people named like a town abroad does not place the event",
        # Hamar is Norway's town too; the tribesmen's clash is in East Darfur
        ("Maaliya and Hamar tribes clashed in El Guruf, East Darfur.", ("SDN", "East Darfur", None)),
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), PLACES)
def test_a_note_naming_a_unit_or_town_is_read_where_it_lies(
    pipeline: Pipeline, text: str, expected: tuple[str | None, str | None, str | None]
) -> None:
    read = first_event_place(pipeline, text)
    assert asked(read, expected) == expected
