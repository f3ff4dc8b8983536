"""Transcripts pasted into a prompt (issue 13, point 1; thirteenth round, from probe AR): a
role label opening two lines or more is a speaker, and what follows it is speech, not a
name, unless a name stands there alone."""

from __future__ import annotations

import pytest


def names(find, text):
    return [value for _, value in find(text, "PERSON")]


def test_the_first_word_after_a_speaker_label_is_speech(find):
    text = (
        "Medewerker: Goedemorgen, gemeente Deventer.\n"
        "Beller: Ik wil een verhuizing doorgeven.\n"
        "Medewerker: Vervelend dat het online niet lukt. Mag ik uw geboortedatum?\n"
        "Beller: Even kijken, 4 maart 1981.\n"
        "Medewerker: En uw nieuwe adres?\n"
        "Beller: Dan geef ik u dat zo."
    )
    assert names(find, text) == []


def test_a_speaker_who_gives_a_name_alone_is_read(find):
    text = (
        "Consulent: Wie bent u?\n"
        "Cliënt: Jeroen Hofman.\n"
        "Consulent: En wie heeft u aangemeld?\n"
        "Cliënt: Mijn begeleider."
    )
    assert names(find, text) == ["Jeroen Hofman"]


def test_english_speaker_lines_are_speech_too(find):
    text = (
        "Agent: Good afternoon, how can I help?\n"
        "Caller: Sure, I moved last month.\n"
        "Agent: Could you give me your date of birth?\n"
        "Caller: Okay, it is on my card."
    )
    assert names(find, text) == []


def test_a_form_field_repeated_on_several_lines_still_holds_a_name(find):
    text = "Aanvrager\n  Naam: Sandhu, Gurpreet\nPartner\n  Naam: Sandhu, Harleen\n"
    assert names(find, text) == ["Sandhu, Gurpreet", "Sandhu, Harleen"]


@pytest.mark.parametrize(
    "text, date",
    [
        (
            "mevrouw is geboren zevenentwintig april negentienachtenveertig punt ze woont",
            "zevenentwintig april negentienachtenveertig",
        ),
        (
            "zoon geboren op, eh, tweeëntwintig juni tweeduizend elf punt",
            "tweeëntwintig juni tweeduizend elf",
        ),
        ("geboren op drie mei negentien vijfenveertig.", "drie mei negentien vijfenveertig"),
        (
            "Caller: My date of birth is the ninth of october nineteen seventy-two.",
            "ninth of october nineteen seventy-two",
        ),
        ("She was born on march the third, nineteen ninety.", "march the third, nineteen ninety"),
    ],
)
def test_a_birth_date_said_in_words_is_read_after_a_cue(find, text, date):
    assert find(text, "DATE_OF_BIRTH") == [("DATE_OF_BIRTH", date)]


def test_a_date_said_in_words_without_a_cue_is_no_birth_date(find):
    text = "het gesprek was op drie mei tweeduizend vierentwintig punt volgende afspraak in juni"
    assert find(text, "DATE_OF_BIRTH") == []


def test_a_greeting_or_introduction_after_a_speaker_label_is_no_part_of_the_name(find):
    text = (
        "Researcher: Welcome, could you introduce yourself?\n"
        "Participant: I'm Kwabena Mensah, I volunteer at the food bank.\n"
        "Researcher: Thanks. And who came with you?\n"
        "Participant: My neighbour.\n"
        "Consulent: Dag Femke. Fijn dat je er bent."
    )
    assert names(find, text) == ["Kwabena Mensah", "Femke"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Q: So, Yusuf, what would you tell a new colleague?\nA: Ask early.", ["Yusuf"]),
        (
            "Wie kan ik terugbellen?\nBeller: Mij, Ingrid Poels, op 06 41 22 90 13.",
            ["Ingrid Poels"],
        ),
        (
            "[10:02:11] Host: Welcome all.\n[10:02:40] Host: Annelies, go ahead.\n"
            "[10:02:55] Annelies Brink: Thanks.",
            ["Annelies", "Annelies Brink"],
        ),
    ],
)
def test_fillers_pronouns_and_a_host_in_a_transcript_are_no_names(find, text, expected):
    assert names(find, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("huisbezoek punt haar voornaam is fenna geboren in assen punt", ["fenna"]),
        ("ze heeft twee kinderen milan en sara die naar school gaan", ["milan", "sara"]),
        ("overleg met de voogd ilse volgende week punt", ["ilse"]),
        ("mantelzorger gerrit belt morgen terug", ["gerrit"]),
    ],
)
def test_dictated_lower_case_names_after_a_cue(find, text, expected):
    assert names(find, text) == expected
