"""Names as the desks for Dutch citizens abroad, parking enforcement, swimming pools and
personnel news write them (issue 13, points 1 and 2; thirty-ninth round, from the development
probes)."""

from __future__ import annotations

import pytest

from tests.privacy.conftest import found_texts


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a row of a table aligned with spaces: "Surname, Given" in its own cell, the given
        # names in no list of common ones
        (
            "09:00  Terpstra-Jansen, Aukje     paspoort      ✔ aanvraag ingediend\n"
            "09:15  Terpstra, Lieuwe           paspoort      ✔\n",
            ["Terpstra-Jansen, Aukje", "Terpstra, Lieuwe"],
        ),
        # a tab ends a cell: the code after it is no given name
        (
            "Hulshof, Bianca\tVIG\tV\nÖztürk, Mehmet\tVIG\t-\n",
            ["Hulshof, Bianca", "Öztürk, Mehmet"],
        ),
        # in running text a surname, a comma and a first name stay apart
        ("Zij belde met Terpstra, Lieuwe kwam later.", ["Terpstra", "Lieuwe"]),
    ],
)
def test_a_surname_and_given_names_in_a_cell_of_a_table_aligned_with_spaces(text, names):
    assert found_texts(text) == names


def test_a_gap_of_spaces_ends_a_name_in_a_list():
    # (a column's gap: "Inschrijving RNI" is the product, "Abdi" the surname before the
    # given names; the writer of the probe put both in one name, read here as two)
    text = (
        "tijd   product                  klant                   opmerking\n"
        "08:45  Inschrijving RNI         Abdi, Hodan Ahmed       zelf geen ID\n"
    )
    assert found_texts(text) == ["Abdi", "Hodan Ahmed"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # places abroad where Dutch citizens live, and a Dutch village
        (
            "mevrouw C. Dubois-Hendriks, bij u in Bordeaux is komen wonen.",
            ["mevrouw C. Dubois-Hendriks"],
        ),
        ("Hij woont in Hua Hin en later in Chiang Mai.", []),
        ("wie jou op de fiets door Oosterwolde ziet gaan", []),
        # a street abroad without its number, also a name after its street word
        (
            "RNI-24-10027;Ferreira da Silva;João Pedro;Portugal;Rua Vasco da Gama, Faro;2024\n",
            ["Ferreira da Silva", "João Pedro"],
        ),
        ("- Mr P.C. van Dongen, Calle León y Castillo 304, Las Palmas", ["Mr P.C. van Dongen"]),
        ("passport photo (made at the shop, Rua Garrett)", []),
        # the names stay names
        ("Jan Oosterwolde belde. Mevrouw Bordeaux ook.", ["Jan Oosterwolde", "Mevrouw Bordeaux"]),
        ("Kaya Demir woont aan de Rua Augusta in Lissabon.", ["Kaya Demir"]),
    ],
)
def test_places_and_streets_abroad_are_no_names(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # "HR." for "heer" before initials, in an address block in capitals
        ("Belastingplichtige:\nHR. B.A.M. ZONNEVELD\nDORPSSTRAAT 4", ["HR. B.A.M. ZONNEVELD"]),
        # the A of a Surinamese-Chinese surname between hyphens
        (
            "Incassobureau\n\nMEVROUW A.S. TJIN-A-KIEM\nPLEIN 1944 NR 88\n",
            ["MEVROUW A.S. TJIN-A-KIEM"],
        ),
        # the department HR before a name is no title
        ("Afdeling HR. A. Jansen belt.", ["A. Jansen"]),
    ],
)
def test_names_in_capitals_after_a_title(text, names):
    assert found_texts(text) == names


def test_a_name_in_capitals_in_a_log_lines_name_field():
    text = (
        "2024-05-01 09:14:22  INS   BSN=805888718  NAAM=SAHIN, KADIR  GEBDAT=11-02-1990\n"
        "2024-05-03 15:10:33  FOUT  BSN=?  NAAM=AL-HASSAN, RAMI  MELDING=geen geldig ID\n"
        "2024-05-03 15:12:00  WIJZ  NAAM=BRUG  TYPE=KUNSTWERK\n"
    )
    assert found_texts(text) == ["SAHIN, KADIR", "AL-HASSAN, RAMI"]


def test_a_speaker_whose_name_is_also_a_word_in_a_chat_of_named_people():
    text = (
        "Bram: ff checken, wie staat er vanmiddag op de route oost?\n"
        "Shirley: ik met collega's, tot 1700\n"
        "Mo: we gaan er nu heen\n"
        "Shirley: staat er nog\n"
        "Mo: ja doe ik straks\n"
        "Bram: top\n"
    )
    assert found_texts(text) == ["Bram", "Shirley", "Mo", "Shirley", "Mo", "Bram"]


def test_a_repeated_label_in_minutes_stays_no_name():
    text = (
        "Jan: opent de vergadering.\nPiet: vraagt naar de planning.\nActie: Jan belt.\n"
        "Jan: sluit af.\nPiet: dank.\nActie: Piet mailt.\n"
    )
    assert "Actie" not in found_texts(text)


def test_a_family_listed_surname_first_in_capitals_on_numbered_lines():
    text = (
        "Gezinssamenstelling\n"
        "1. TEKLE, Yonas Gebremedhin – hoofd gezin, 41 jaar\n"
        "2. HAILE, Saba Tesfay – echtgenote, 36 jaar\n"
        "3. TEKLE, Meron – dochter, 12 jaar\n"
    )
    assert found_texts(text) == [
        "TEKLE, Yonas Gebremedhin",
        "HAILE, Saba Tesfay",
        "TEKLE, Meron",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "mostly children of Dutch-Ghanaian families.",
        "Caller: Mr Samuel Okonkwo-Ansah, Ghanaian-Dutch, living in Delft",
        "Locatie: Dutch Canadian Club, zaal 2",
        "Week 1: laptop, badge, introduction Dutch Government",
        "the hall near Kwame Nkrumah Circle is too small",
        "care home – Menno Place, Abbotsford",
    ],
)
def test_a_nationality_and_a_place_abroad_named_after_someone_are_no_names(text):
    assert found_texts(text) in ([], ["Mr Samuel Okonkwo-Ansah"])


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Tijdens de afspraak in het Nederlands, Engels, Frans of Duits.", []),
        ("onbekende jonge man, spreekt Frans. Noemde zich Karim Benhaddou.", ["Karim Benhaddou"]),
        ("zij spreekt Frans en Wolof.", []),
        ("Youssef A.; bleek Frans paspoort te hebben", ["Youssef A."]),
        # the first name stays one
        ("Frans en Anna kwamen langs.", ["Frans", "Anna"]),
        ("oom Frans belde", ["Frans"]),
    ],
)
def test_a_language_that_is_also_a_first_name(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("inspectie door aannemer Van Hattum en Blankevoort op 23-11", []),
        ("Your insurer asked loss adjuster Van Ameyde to investigate.", []),
        ("# Leerplicht – absentiemeldingen Piter Jelles, week 15", []),
        # with a form of address the namesake is a person
        ("mevrouw Van Ameyde belde", ["mevrouw Van Ameyde"]),
    ],
)
def test_firms_and_schools_named_after_people(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Beoordeling: goed.\n\nParaaf medewerker: G.Y.        Paraaf leidinggevende: M.O.\n",
            ["G.Y.", "M.O."],
        ),
        ("Paraaf medewerker: EvD   Paraaf leidinggevende: MJ\n", ["EvD", "MJ"]),
        # a word in capitals is no paraph
        ("Paraaf: NVT\nParaaf: OK\n", []),
    ],
)
def test_the_initials_of_a_paraph(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Vervoer door teamgenoot JORIS WESSELINK (auto).", ["JORIS WESSELINK"]),
        # an institution in capitals after a role word is none
        ("student HAN Bestuurskunde, studentnummer 2109384", []),
        ("opgemaakt door ABS L. Hagenaars.", ["L. Hagenaars"]),
    ],
)
def test_a_name_in_capitals_after_a_role_word(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("dat ze gebeld kunnen worden door onze coordinator yvonne op 033", ["yvonne"]),
        ("lifeguard niels zag het, gaf eerste hulp", ["niels"]),
        ("met instructor dave (full name david kortstam)", ["dave"]),
        # a chat's short word after a first name is no surname
        ("anders vraag erik ff, die heeft dat vorige maand gedaan", ["erik"]),
        ("vraag morgen even na", []),
    ],
)
def test_a_lower_case_first_name_after_a_role_or_vraag(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("de eigenaar van de snackbar (Sinan) zegt dat zijn moeder", ["Sinan"]),
        ("Melder heeft een zoontje (Jaydon) met astma.", ["Jaydon"]),
        ("The two children (Fatmata, 4, and Ibrahim, 7) were vaccinated.", ["Fatmata", "Ibrahim"]),
        # a word in brackets is none
        ("zie de kaart (Noord) en de bijlage (Bijlage)", []),
    ],
)
def test_a_first_name_alone_in_brackets_after_a_word(text, names):
    assert found_texts(text) == names
