"""Every greeting and every person's role label counts alike (issue 13, point 1; seventeenth
round): a greeting opens a name in a chat in lower case as it does capitalised, a greeting
that is also a first name ("Dag") is no part of the name after it, and the labels of parties
in objections, court cases and care ("Klager:", "Belanghebbende:", "Bewindvoerder:") open a
name as "Aanvrager:" does."""

from __future__ import annotations

import pytest

GREETINGS = [
    *("Geachte", "Beste", "Lieve", "Hoi", "Hallo", "Hey", "Dear", "Hi", "Hello"),
    *("Goedemorgen", "Goeiemorgen", "Goedemiddag", "Goedenavond", "Bêste", "Stimá"),
]
PARTY_LABELS = [
    *("klager", "bewindvoerder", "belanghebbende", "appellant", "eiser", "verweerder"),
    *("gedaagde", "slachtoffer", "benadeelde", "erfgenaam", "executeur", "vertegenwoordiger"),
    *("indiener", "mantelzorger", "pleegouder", "verzorger", "zorgverlener", "complainant"),
]


def people(find, text):
    return [value for _, value in find(text, "PERSON")]


@pytest.mark.parametrize("greeting", [*GREETINGS, "Dag", "Welkom", "Bon dia"])
def test_a_greeting_is_no_part_of_the_name_after_it(find, greeting):
    assert people(find, f"{greeting} Yusuf,\n\nDank voor je bericht.") == ["Yusuf"]
    assert people(find, f"{greeting} Marieke Bosma,\n\nHierbij het verslag.") == ["Marieke Bosma"]


@pytest.mark.parametrize("greeting", GREETINGS)
def test_a_lower_case_greeting_opens_a_lower_case_name_in_a_chat(find, greeting):
    assert people(find, f"{greeting.lower()} sanne, kun je even bellen?") == ["sanne"]


def test_dag_and_welkom_in_lower_case_stay_ordinary_words(find):
    assert people(find, "welkom terug! fijne dag verder") == []


@pytest.mark.parametrize("label", PARTY_LABELS)
def test_the_label_of_a_party_opens_a_name(find, label):
    assert people(find, f"{label.capitalize()}: Mukami\nZaaknummer: 2024-0113") == ["Mukami"]
    assert people(find, f"De {label} Ravi Chandrasekaran heeft gereageerd.") == [
        "Ravi Chandrasekaran"
    ]


# Field labels of care, casework, estates and ticket systems (Dutch and English), each with
# a colon before a name that no list holds.
FIELD_LABELS = [
    *("Stagebegeleider", "Praktijkbegeleider", "Loopbaanadviseur", "Arbeidsdeskundige"),
    *("Verzekeringsarts", "Psychiater", "Hulpverlener", "Gezinscoach", "Casusregisseur"),
    *("Zaakbehandelaar", "Dossierhouder", "Gastouder", "Onderhuurder", "Medehuurder"),
    *("Minderjarige", "Jongere", "Langstlevende", "Erflater", "Schuldenaar", "Geïnterviewde"),
    *("Respondent", "Verzoekster", "Gebruiker", "Maatschappelijk werker", "Guardian"),
    *("Next of kin", "Attendee", "Reviewer", "Requester", "Victim", "Parent", "Child", "Heir"),
    *("Executor", "Carer", "Occupant", "Signatory", "Assignee", "Approver", "Defendant"),
    *("Plaintiff", "Pupil", "Editor", "Borrower", "Guarantor"),
]


@pytest.mark.parametrize("label", FIELD_LABELS)
def test_a_field_label_with_a_colon_opens_a_name_no_list_holds(find, label):
    assert people(find, f"{label}: Tsegai Woldegiorgis\nDatum: 3 maart") == ["Tsegai Woldegiorgis"]


def test_creditors_and_sellers_stay_out_of_the_labels(find):
    # (mostly firms: "Schuldeisers: CJIB, Essent, Vesteda")
    assert people(find, "Schuldeisers: Vattenfall, Wehkamp, Essent") == []
    assert people(find, "Verkoper: Vesteda\nKoper: Woonpunt") == []


def test_a_landlord_in_apposition_is_an_organisation(find):
    text = "overwegende dat de verhuurder, Woonpunt, door de heer Hanssen is vertegenwoordigd"
    assert people(find, text) == ["de heer Hanssen"]


LOWER_NAMES = "gülşen bram sanne yusuf fatima wytske emre oksana tesfay kwame priya hodan".split()


@pytest.mark.parametrize("name", [*LOWER_NAMES, "jan-willem", "anne-marie"])
@pytest.mark.parametrize(
    "template",
    [
        "kun je {name} even bellen?",
        "ik moet {name} nog spreken over de planning",
        "heb je {name} al gemaild?",
        "{name} zegt dat het klaar is",
        "volgens {name} is het goed",
        "de mail van {name} is binnen",
    ],
)
def test_a_lower_case_first_name_in_a_chat_is_found_by_its_context(find, template, name):
    assert people(find, template.format(name=name)) == [name]


def test_a_contact_verb_after_an_ordinary_word_finds_nothing(find):
    for text in ("kun je de huisarts even bellen?", "ik ga morgen bellen", "wil je haar bellen"):
        assert people(find, text) == []


@pytest.mark.parametrize("label", ["Applicant", "Aanvrager", "Deceased", "Klager", "Huurder"])
def test_a_persons_field_written_surname_first_is_one_name(find, label):
    # "Albrecht" is also a first name: outside such a field it would open a list
    text = f"{label}: Albrecht, Markus Stefan\nDatum: 3 maart 2024"
    assert people(find, text) == ["Albrecht, Markus Stefan"]


@pytest.mark.parametrize(
    "text,names",
    [
        # a transcript's speaker answering: no surname before the comma
        ("Cliënt: Ja, Rita Pinas. Komt u binnen.", ["Rita Pinas"]),
        ("Client: Yes, Yuki Nakamura. And this is my husband.", ["Yuki Nakamura"]),
        # a field of several people lists them
        ("Aanwezig: Femke, Markus", ["Femke", "Markus"]),
    ],
)
def test_a_reply_or_a_list_after_a_label_stays_apart(find, text, names):
    assert people(find, text) == names


def test_the_birth_cue_after_a_name_in_capitals_is_no_part_of_it(find):
    text = "PARTNER: EL AMRANI-BENALI, KHADIJA GEB. 17-03-1965"
    assert people(find, text) == ["EL AMRANI-BENALI, KHADIJA"]
    assert find(text, "DATE_OF_BIRTH") == [("DATE_OF_BIRTH", "17-03-1965")]


# A name that is also a month, alone after a greeting and before a comma or the line's end,
# is whom the greeting is for; in a date it stays the month (twenty-fourth round, probe D).
@pytest.mark.parametrize(
    "text,names",
    [
        ("Hi Mei,\n\nFollowing up on our call.", ["Mei"]),
        ("Hoi Jan\nkun je even bellen?", ["Jan"]),
        ("Beste Mei 2024 was een druk jaar.", []),
    ],
)
def test_a_month_name_alone_after_a_greeting_is_a_name(find, text, names):
    assert [value for _, value in find(text, "PERSON")] == names
