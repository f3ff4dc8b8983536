"""Names that are also ordinary words ("Bas", "Floor", "Roos", "Mike"; issue 13, point 1,
fourteenth round, from the dev probes): on their own never a person, but they are one after
a word for a person, beside the writer in a list, and as a speaker in a chat."""

from __future__ import annotations

import pytest


def names(find, text):
    return [value for _, value in find(text, "PERSON")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Gesprek vandaag over bewoner Bas (syndroom van Down).", ["Bas"]),
        ("Vanmiddag met collega Roos besproken.", ["Roos"]),
        ("Vervolgafspraak met budgetcoach Floor op 4 december.", ["Floor"]),
        ("Please ask my colleague Mike before Friday.", ["Mike"]),
    ],
)
def test_a_name_that_is_a_word_after_a_word_for_a_person_is_a_name(find, text, expected):
    assert names(find, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "De keuring door GGD Hart voor Brabant is op 8 januari.",
        "Can you confirm with Port of Amsterdam?",
        "De bas van de band stond te hard.",
    ],
)
def test_a_word_after_a_preposition_stays_a_word(find, text):
    assert names(find, text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Tweede ronde op 9 april met Bas en mij.", ["Bas"]),
        ("Ik verdeel haar taken over Bas, Rose en mij.", ["Bas", "Rose"]),
        ("Visser and I reviewed the report.", ["Visser"]),
        ("Jan en ik gaan morgen naar het overleg.", ["Jan"]),
    ],
)
def test_a_name_listed_beside_the_writer_is_a_name(find, text, expected):
    assert names(find, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "I work in the greenhouses in Horst and I have debts.",
        "We are moving back to Boston and I need a certificate.",
        "De afdeling Burgerzaken en ik hebben overlegd.",
        "Gemeente Utrecht en ik zijn het eens.",
    ],
)
def test_a_place_or_an_office_before_the_writer_is_no_name(find, text):
    assert names(find, text) == []


def test_a_chat_speaker_whose_name_is_a_word_is_a_name(find):
    text = (
        "mike: anyone else getting 'account locked' in the portal?\n"
        "Femke B: yes since this morning\n"
        "mike: raised a ticket, #88213\n"
        "Femke B: thx\n"
        "mike: ok good to know"
    )
    assert names(find, text).count("mike") == 3


def test_repeated_field_labels_that_are_words_are_no_speakers(find):
    text = (
        "tip: sla het formulier tussendoor op\n"
        "link: https://example.org/formulier\n"
        "tip: vraag hulp bij de balie\n"
        "link: https://example.org/hulp"
    )
    assert names(find, text) == []


@pytest.mark.parametrize(
    "text, name, date",
    [
        (
            "Deelnemers:\nIoana Marin, 01.01.1961\nFlorin Stanciu, 31.12.1960\n"
            "Cătălina Rusu, 15.08.1958\nAdrian Popa, 02.02.1960",
            "Cătălina Rusu",
            "15.08.1958",
        ),
        (
            "- Bruno Almeida 02/02/1975\n- Inês Carvalho 19/10/1988\n- Rui Figueiredo 05/05/1969",
            "Rui Figueiredo",
            "05/05/1969",
        ),
    ],
)
def test_a_line_shaped_like_the_lines_of_found_people_holds_a_person(find, text, name, date):
    assert name in names(find, text)
    assert date in [value for _, value in find(text, "DATE_OF_BIRTH")]


def test_a_line_of_another_shape_after_a_list_of_people_is_no_person(find):
    text = "Jan Jansen, 12-03-1980\nPiet de Vries, 11-02-1979\nTotaal Bedrag, 300"
    assert names(find, text) == ["Jan Jansen", "Piet de Vries"]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a name that is mostly a word ("ton", "job", "roos") before a listed surname is the
        # given name, and the text then uses it as a name
        (
            "Aanwezig: schoolmaatschappelijk werk Ton Willems. Later belt Ton de moeder.",
            ["Ton Willems", "Ton"],
        ),
        ("Onderwerp: probleemanalyse Job de Kleijn", ["Job de Kleijn"]),
        ("Vanmiddag sprak ik Roos Bakker over de planning.", ["Roos Bakker"]),
    ],
)
def test_a_name_that_is_mostly_a_word_before_a_listed_surname_is_a_name(find, text, expected):
    assert [value for _, value in find(text, "PERSON")] == expected


def test_a_word_before_a_surname_with_a_house_number_stays_an_address(find):
    assert find("Zij woont aan de Zwarte Dijk 3 in Assen.", "PERSON") == []
