"""How names are written in practice: initials without dots, abbreviated tussenvoegsels,
initials such as "Th." and "Chr.", two-letter surnames, double surnames whose first part is
also a word, and the terms that look like a name after an initial (Latin, medicines).

Development sentences written for these rules; deduce's regression phrases are only
measured (test_deduce_regression.py), never tuned on."""

from __future__ import annotations

import pytest

PERSON = "PERSON"


@pytest.mark.parametrize(
    "text,names",
    [
        ("Het advies van ir HJM Kuipers volgt morgen.", ["ir HJM Kuipers"]),
        ("Overleg met drs. PJ Wiersma over de aanvraag.", ["drs. PJ Wiersma"]),
        ("Afspraak met dr. RT.", ["dr. RT"]),
        ("Gesprek met prof Bakker en ing Jansen.", ["prof Bakker", "ing Jansen"]),
    ],
)
def test_it_reads_initials_without_dots_and_titles_without_dots(find, text, names):
    assert [t for _, t in find(text, PERSON)] == names


def test_it_keeps_abbreviations_that_follow_no_title_out(find):
    assert find("De BV Jansen en de WMO.", PERSON) == []
    assert find("Hij is ir bij de gemeente.", PERSON) == []


@pytest.mark.parametrize(
    "text,names",
    [
        ("Het dossier van mw. v/d Berg is compleet.", ["mw. v/d Berg"]),
        ("Stuur het naar v.d. Meulen.", ["v.d. Meulen"]),
        ("Vraag het aan mevrouw d'Hondt.", ["mevrouw d'Hondt"]),
    ],
)
def test_it_reads_abbreviated_tussenvoegsels(find, text, names):
    assert [t for _, t in find(text, PERSON)] == names


@pytest.mark.parametrize(
    "text,names",
    [
        ("Getekend door Chr. Bakker en Th.J. Mulder.", ["Chr. Bakker", "Th.J. Mulder"]),
        ("Ph. de Graaf belde.", ["Ph. de Graaf"]),
        ("Joh. Smit stuurde het stuk.", ["Joh. Smit"]),
    ],
)
def test_it_reads_initials_written_with_two_or_three_letters(find, text, names):
    assert [t for _, t in find(text, PERSON)] == names


def test_it_takes_no_title_for_an_initial(find):
    assert [t for _, t in find("Gezien door J. Dr. Mulder.", PERSON)] == ["Dr. Mulder"]


def test_it_accepts_a_two_letter_surname_only_when_listed(find):
    assert [t for _, t in find("Gesprek met dr. Li over het plan.", PERSON)] == ["dr. Li"]
    assert [t for _, t in find("Contact: mevrouw Ng.", PERSON)] == ["mevrouw Ng"]
    assert find("Gesprek met dr. Xo over het plan.", PERSON) == []
    assert find("Het is van der Zo.", PERSON) == []


@pytest.mark.parametrize(
    "text,names",
    [
        ("Het verslag van Groot Wassink is binnen.", ["Groot Wassink"]),
        ("Het rapport van Oude Kamphuis.", ["Oude Kamphuis"]),
        ("Mevrouw Groot Wassink belde.", ["Mevrouw Groot Wassink"]),
        ("In Groot Ammers woont iedereen.", []),
    ],
)
def test_it_joins_a_double_surname_whose_first_part_is_a_word(find, text, names):
    assert [t for _, t in find(text, PERSON)] == names


@pytest.mark.parametrize(
    "text",
    [
        "Zie de N. Ischiadicus en de A. Femoralis.",
        "Cliënt gebruikt Quetiapine en Metoprolol.",
        "Voorgeschreven door dr. Clozapine.",
        "Zie de E. coli-bacterie.",
    ],
)
def test_it_reads_latin_terms_and_medicines_as_no_names(find, text):
    assert find(text, PERSON) == []


@pytest.mark.parametrize(
    "text,names",
    [
        ("Zie J. Haverkamp.", ["J. Haverkamp"]),
        ("Ingevuld door A. Tesfay.", ["A. Tesfay"]),
        ("Getekend: A. Okbamichael-Tesfay", ["A. Okbamichael-Tesfay"]),
        ("Het gesprek met Kees Quetiapine ging over zorg.", ["Kees"]),
    ],
)
def test_it_still_finds_one_initial_with_a_listed_double_or_context_name(find, text, names):
    assert [t for _, t in find(text, PERSON)] == names


@pytest.mark.parametrize(
    "text,names",
    [
        ("Please welcome Maria T. Okafor to the team.", ["Maria T. Okafor"]),
        ("Formulier: Ricardo J. Martina, aanvraag ontvangen.", ["Ricardo J. Martina"]),
        ("A draft letter to Mr Felipe Ramos Carvalho follows.", ["Mr Felipe Ramos Carvalho"]),
        ("Dear Mrs Adeyemi, thank you.", ["Mrs Adeyemi"]),
    ],
)
def test_it_reads_a_middle_initial_and_english_titles_without_a_dot(find, text, names):
    assert [v for _, v in find(text, "PERSON")] == names


def test_a_listed_word_without_a_vowel_is_no_first_name(find):
    from regie.privacy import lexicon

    first_names = lexicon.all_first_names()
    assert {"Dhr", "Drs", "Bdllh", "Nl"}.isdisjoint(first_names)
    assert {"Jan", "Fatima"} <= first_names
    assert find("stuur het via mail naar dhr en mw van het team nl", "PERSON") == []


@pytest.mark.parametrize(
    "text,name",
    [
        (
            "Hij legitimeerde zich met een rijbewijs op naam van Georgiev, Stoyan Dimitrov, "
            "geboren te Plovdiv.",
            "Georgiev, Stoyan Dimitrov",
        ),
        (
            "Graag overmaken t.n.v. Bakker, Tineke onder vermelding van het zaaknummer.",
            "Bakker, Tineke",
        ),
        ("The account in the name of Okafor, Chidi was closed in May.", "Okafor, Chidi"),
    ],
)
def test_surname_comma_given_names_after_a_name_label_is_one_name(find, text, name):
    assert find(text, "PERSON") == [("PERSON", name)]


def test_two_people_after_op_naam_van_stay_two_without_a_comma_between(find):
    text = "Het huurcontract staat op naam van Yilmaz, samen met Bakker."
    assert find(text, "PERSON") == [("PERSON", "Yilmaz"), ("PERSON", "Bakker")]


@pytest.mark.parametrize(
    "text,names",
    [
        ("Het verzoek van H.J.M. op den Kamp is ontvangen.", ["H.J.M. op den Kamp"]),
        ("Aanwezig: mevrouw A. uit den Bogaard.", ["mevrouw A. uit den Bogaard"]),
        ("Ook de heer P. aan de Stegge was er.", ["de heer P. aan de Stegge"]),
        ("Dhr. R. op 't Hof is verhuisd.", ["Dhr. R. op 't Hof"]),
        ("Johan op den Kamp belde terug.", ["Johan op den Kamp"]),
        ("Contactpersoon: Gerrit uit den Bos", ["Gerrit uit den Bos"]),
    ],
)
def test_it_reads_a_preposition_before_the_tussenvoegsel_as_part_of_the_surname(find, text, names):
    assert [t for _, t in find(text, PERSON)] == names


@pytest.mark.parametrize(
    "text,names",
    [
        # after a first name alone "op de", "aan de" name where someone is
        ("Johan op de Markt deelde folders uit.", ["Johan"]),
        ("Piet aan de Maas woont daar al jaren.", ["Piet"]),
        ("We zagen Anna op de Veluwe.", ["Anna"]),
        # a place, whatever comes before it
        ("Mw. J. uit de Achterhoek belde.", ["Mw. J."]),
        # without a name before it the preposition is no part of one
        ("Ik wacht op de Vries.", ["de Vries"]),
    ],
)
def test_it_leaves_a_place_after_a_preposition_out_of_the_name(find, text, names):
    assert [t for _, t in find(text, PERSON)] == names


# One initial before one unlisted word is too little on its own ("E. Coli"); a role after a
# comma makes it a signature's name (nineteenth round, from probe AP), and so does a role
# alone in brackets (twenty-first round, from probe C).
@pytest.mark.parametrize(
    "text,names",
    [
        ("Volgende afspraak 26/6.\n\nK. Wubbena, schuldhulpverlener", ["K. Wubbena"]),
        ("Bevestigd door S. Oyelaran, wijkagent", ["S. Oyelaran"]),
        ("Kweek: E. Coli, bacterie", []),
        ("Ambtelijk: I. Pinas (gebiedsmakelaar)", ["I. Pinas"]),
        ("Namens het college: K. Wubbena (wethouder, VVD).", ["K. Wubbena"]),
        (
            "Ook T. Hoekman (zorgregisseur) was er, en M. Otte (lotgenoot).",
            ["T. Hoekman", "M. Otte"],
        ),
        ("Kweek: E. Coli (bacterie)", []),
        ("Zie bijlage B. Overzicht (concept)", []),
    ],
)
def test_one_initial_and_an_unlisted_word_with_a_role_after_it(find, text, names):
    assert [t for _, t in find(text, PERSON)] == names


# "Van" after "familie" before a name and a surname is "of": whose family it is; before one
# word it opens the family's surname (twenty-first round, from probes ZC and AB).
@pytest.mark.parametrize(
    "text,names",
    [
        ("Dat past bij de familie van Shiar Hamo (Koerdisch).", ["Shiar Hamo"]),
        ("De familie van Geertje Wolters maakt bezwaar.", ["Geertje Wolters"]),
        ("Gesprek met fam. van Fatima Yilmaz.", ["Fatima Yilmaz"]),
        ("De juf van Geertje Wolters belde.", ["Geertje Wolters"]),
        ("De familie van Dam woont er al jaren.", ["familie van Dam"]),
        ("De familie van Dijk Hendriks belde.", ["familie van Dijk Hendriks"]),
    ],
)
def test_it_reads_van_after_familie_before_a_full_name_as_of(find, text, names):
    assert [t for _, t in find(text, PERSON)] == names


# "de" and an unlisted word after two capitalised words opens the sentence's object, not a
# double surname (twenty-first round, from probe S).
@pytest.mark.parametrize(
    "text,names",
    [
        (
            "In 2023 tekende gedeputeerde Zeynep Arslan de Memorandum of Understanding.",
            ["Zeynep Arslan"],
        ),
        ("Gisteren belde Maria Silva de Souza over haar aanvraag.", ["Maria Silva de Souza"]),
        ("Volgens wethouder Pieter Bakker de Vries klopt dit.", ["Pieter Bakker de Vries"]),
    ],
)
def test_it_ends_a_name_before_de_and_an_unlisted_word(find, text, names):
    assert [t for _, t in find(text, PERSON)] == names
