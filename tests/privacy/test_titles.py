"""Every form of address and title counts alike (issue 13, point 1; seventeenth round): the
rules that ask whether a name opens with a title read one vocabulary
(`person_context.FORMS_OF_ADDRESS`, `ACADEMIC_TITLES`, `FAMILY_TITLES`), so "meneer",
"mw." or the Frisian "de hear" do what "mevrouw" does. Before, several rules kept their own
lists, and a namesake after "mw." ("mw. Van Lanschot") or a name with an affiliation after
"meneer" ("meneer van Dijk van het Thomashuis") was no person at all."""

from __future__ import annotations

import pytest

from regie.privacy.recognisers.person_context import FOREIGN_FORMS_OF_ADDRESS

# Titles as people write them before a name, with the dot where they take one.
WRITTEN_TITLES = [
    *("de heer", "heer", "meneer", "mijnheer", "mevrouw", "mevr.", "mw.", "dhr."),
    *("mr.", "dr.", "drs.", "ir.", "ing.", "prof.", "professor", "dokter"),
    *("familie", "fam.", "juf", "meester"),
    *("mefrou", "de hear", "famylje", "famia", "señor", "señora"),
    *("Mr", "Mrs", "Ms", "Dr."),
    # other languages' forms of address (twenty-second round)
    *("Herr", "Frau", "Monsieur", "Mme", "signora", "pan", "pani", "Sayın", "ibu", "bapak"),
    "Khun",
]


def people(find, text):
    return [value for _, value in find(text, "PERSON")]


@pytest.mark.parametrize("title", WRITTEN_TITLES)
@pytest.mark.parametrize(
    "template,name",
    [
        # a namesake of a firm or a museum is a person after a title
        ("Gesprek met {title} Van Lanschot over de aanvraag.", "Van Lanschot"),
        ("Voor {title} Albert Heijn is de pakketdienst gesloten.", "Albert Heijn"),
        # where the person works, after the name, is no reason to drop it
        ("Afspraak met {title} van Dijk van het Thomashuis morgen.", "van Dijk"),
        ("Vandaag belde {title} Yildiz over de toeslag.", "Yildiz"),
        ("De tolk {title} Haddad was aanwezig bij het gesprek.", "Haddad"),
        ("Behandelaar: {title} Brinkhuis\nZaak: 2024-113", "Brinkhuis"),
        ("Hierbij de verklaring van {title} Haverkamp (geb. 12-03-1961).", "Haverkamp"),
    ],
)
def test_a_titled_name_is_found_with_its_title_whatever_the_title(find, title, template, name):
    assert people(find, template.format(title=title)) == [f"{title} {name}"]


@pytest.mark.parametrize("title", WRITTEN_TITLES)
def test_the_surname_of_a_titled_name_is_a_name_again_further_on(find, title):
    text = f"Verslag: {title} Ouahabi biedt excuses aan. Ouahabi komt later terug."
    assert people(find, text) == [f"{title} Ouahabi", "Ouahabi"]


# (Not "ir", "ing" and "prof": lower case they end too many words to open a name in a chat;
# nor the forms of address of other languages, which open a capitalised name only.)
@pytest.mark.parametrize(
    "title",
    [
        title
        for title in WRITTEN_TITLES
        if title not in ("ir.", "ing.", "prof.") and title.lower() not in FOREIGN_FORMS_OF_ADDRESS
    ],
)
def test_a_lower_case_title_opens_a_lower_case_name_in_a_chat(find, title):
    title = title.lower()
    assert people(find, f"ik heb {title} tahiri gebeld over de uitkering") == [f"{title} tahiri"]


def test_den_and_der_after_a_titled_name_open_its_surname_not_an_organisation(find):
    assert people(find, "Gesprek met mevrouw Teuntje van den Akker over de planning.") == [
        "mevrouw Teuntje van den Akker"
    ]
    assert people(find, "mevrouw Van der Velde van de Dierenbescherming belde.") == [
        "mevrouw Van der Velde"
    ]


def test_hear_alone_is_an_english_verb_not_a_title(find):
    assert people(find, "Did you hear Microsoft is closing the office?") == []
    assert people(find, "did you hear john is leaving?") == ["john"]


def test_pan_is_a_polish_title_in_lower_case_and_a_chinese_surname_with_a_capital(find):
    assert people(find, "Gesprek met pan Marek Nowak over de huur.") == ["pan Marek Nowak"]
    assert people(find, "Wei Pan belt morgen terug over de aanvraag.") == ["Wei Pan"]


@pytest.mark.parametrize("title", ["mr", "mrs", "ms"])
def test_an_english_title_without_its_dot_in_lower_case_opens_a_capitalised_name(find, title):
    text = f"quick question, {title} Novak vraagt of de aanvraag binnen is"
    assert people(find, text) == [f"{title} Novak"]
