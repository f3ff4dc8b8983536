"""Names that no list holds, known by their form (issue 13, eleventh round): Korean and
Taiwanese given names of two hyphenated syllables, pinyin given names after a Chinese family
name, Vietnamese names after a common family name, and surnames by a Frisian,
Javanese-Surinamese or Tamil ending; each with the words of the same form that are no name.

The sentences are written for these tests; none comes from a probe.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text,names",
    [
        ("Gesprek met Park Ji-hoon over de aanvraag.", ["Park Ji-hoon"]),
        ("Lee Seo-yeon belde gisteren.", ["Lee Seo-yeon"]),
        ("Ji-hoon Lee en Hye-jin Choi komen morgen.", ["Ji-hoon Lee", "Hye-jin Choi"]),
        ("Met vriendelijke groet,\n\nSeo-yeon Park\nTeam Onderwijs", ["Seo-yeon Park"]),
        ("De aanvraag van Kwon Tae-yang is binnen.", ["Kwon Tae-yang"]),
        ("Presidente Tsai Ing-wen sprak.", ["Tsai Ing-wen"]),
        ("Wij hebben u gekoppeld aan Li Na uit Chengdu.", ["Li Na"]),
        ("Ik sprak met Wang Fang en Ma Jun.", ["Wang Fang", "Ma Jun"]),
        ("De aanvraag van Zhou Xiuying is binnen.", ["Zhou Xiuying"]),
        ("Gisteren had ik een gesprek met Nguyen Van An.", ["Nguyen Van An"]),
        ("Ngo Quang Huy en Bui Van Nam zijn buren.", ["Ngo Quang Huy", "Bui Van Nam"]),
        ("Gesprek met Tsjalling Halbertsma over de subsidie.", ["Tsjalling Halbertsma"]),
        ("Sarmo Kartoredjo belde gisteren.", ["Sarmo Kartoredjo"]),
        ("De aanvraag van Ngatimin Pawirodikromo is binnen.", ["Ngatimin Pawirodikromo"]),
        ("Tharsini Sivanesan stuurde een mail.", ["Tharsini Sivanesan"]),
        ("Kajan Yogarajah kwam langs.", ["Kajan Yogarajah"]),
    ],
)
def test_a_name_known_by_its_form_is_a_person(find, text, names):
    assert [value for _, value in find(text, "PERSON")] == names


@pytest.mark.parametrize(
    "text",
    [
        "Ma-do 9-17 uur geopend, Wo-do ook 's avonds.",
        "De Pop-up Store op de markt is dicht.",
        "Het Hip-hop Festival is verplaatst.",
        "Het Ping-pong Toernooi begint om tien uur.",
        "Zie ook Park Frankendael en het Plasma Centrum.",
        "Het Charisma Orchestra speelt in het park.",
        "Een Nguyen Museum bestaat niet.",
    ],
)
def test_words_of_the_same_form_are_no_person(find, text):
    assert find(text, "PERSON") == []


def test_a_vietnamese_name_ends_where_a_city_begins(find):
    found = find("Post voor Bui Van Nam Den Haag. Ook Tran Thi Lan, Den Haag.", "PERSON")
    assert [value for _, value in found] == ["Bui Van Nam", "Tran Thi Lan"]
