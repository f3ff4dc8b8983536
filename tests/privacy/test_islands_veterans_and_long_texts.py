"""Names as the public bodies of the Caribbean Netherlands and veterans' affairs write them, and
the scan of a long text (issue 13, points 1 and 2; thirty-eighth round, from the development
probes and a look at how a first scan grows with a text's length)."""

from __future__ import annotations

import pytest

from regie.privacy.recognisers.person_context import (
    WORDS_FOR_ONE_PASS,
    _whole_word_occurrences,
    repeated_names,
)
from tests.privacy.conftest import found_texts


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a street of the islands without a house number ("kaya", street), also after "de"
        ("Unit SZW\nKaya Internashonal z/n, Kralendijk\nTel. (599) 715 8500", []),
        ("een plattegrond met de afsluiting van de Kaya Komkomber en de Kaya Simon Bolivar.", []),
        ("via een postbus aan de Kaya Gobernador N. Debrot; die nazending", []),
        # the surname and the given name Kaya stay names
        ("Gesprek met Kaya Demir over de aanvraag.", ["Kaya Demir"]),
        ("Kaya de Vries belde. Wethouder Kaya heeft zich afgemeld.", ["Kaya de Vries", "Kaya"]),
        ("Agendapunt 3. Kaya vraagt waarom de inhuur stijgt.", ["Kaya"]),
    ],
)
def test_streets_of_the_caribbean_netherlands_are_no_names(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("het bovenstaande adres in Nikiboko. Tegelijk heeft u", []),
        ("Kaya Sorobon 3-B\nSorobon, Bonaire\n\nKralendijk, 9 september 2024", []),
        ("nieuwbouwproject Tera Kora, adres Kaya Kabritu 18", []),
        ("The Canadian War Cemetery in Holten will hold its service", []),
        # Saba is a given name too: not listed as a place
        ("Oudste dochter Saba is 16.", ["Saba"]),
    ],
)
def test_places_of_the_islands_are_no_names(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("To: Maj. Pieter Hofstede <p.hofstede@mindef.nl>", ["Pieter Hofstede"]),
        ("Apologies: Brig. Gen. (ret.) Ellen Vos", ["Ellen Vos"]),
        ("Reported by: Sgt Maj Erwin Klaassen, event security", ["Erwin Klaassen"]),
        ("Uw commandant, kolonel R. Mensah, is geïnformeerd.", ["R. Mensah"]),
        (
            "de beoordelaars majoor P. Kroon en lkol J. Huisman-Bakri",
            ["P. Kroon", "J. Huisman-Bakri"],
        ),
    ],
)
def test_military_ranks_stay_outside_the_name(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Kind regards,\n\nAlastair McBride\nRoyal British Legion, Netherlands Branch",
        "Groet,\nDagblad van het Noorden",
        "schuin tegenover Kolegio Reina Beatrix. Wij willen",
    ],
)
def test_institutions_of_the_islands_and_the_press_are_no_names(text):
    assert "Royal British Legion" not in found_texts(text)
    assert "Dagblad" not in found_texts(text)
    assert "Reina Beatrix" not in found_texts(text)


def test_thomas_a_kempis_of_a_street_is_no_name():
    assert found_texts("Het adres is gewijzigd naar Thomas à Kempisstraat 3, 8021 BJ Zwolle.") == []


def test_a_name_found_once_is_found_again_in_a_long_text():
    """A text that names more people than WORDS_FOR_ONE_PASS is read in one pass over its
    words: each name found once is found again where it stands alone, as in a short text."""
    people = [f"mevrouw Oudshoorn{first}{second}" for first in "abcdefghij" for second in "klmnopq"]
    text = "\n".join(f"Gesprek met {name} over de aanvraag." for name in people)
    text += "\n" + "\n".join(f"{name.split()[1]} belt morgen terug." for name in people)
    surnames = [name.split()[1] for name in people]
    assert len(surnames) > WORDS_FOR_ONE_PASS
    values = found_texts(text)
    assert all(values.count(surname) == 1 for surname in surnames)


@pytest.mark.parametrize("many", [False, True])
def test_whole_words_are_found_alike_by_search_and_by_one_pass(many):
    words = {"Jan", "D'Souza", "Jan-Willem", "O.K", "ana"}
    if many:
        words |= {f"Filler{number}" for number in range(WORDS_FOR_ONE_PASS)}
    text = "Jan en Jan-Willem, D'Souza; Jansen, xJan, Jan_1, O.K. en ana's plan; (Jan) ana"
    occurrences = _whole_word_occurrences(text, words)
    assert occurrences["Jan"] == [0, text.index("(Jan)") + 1]
    assert occurrences["Jan-Willem"] == [text.index("Jan-Willem")]
    assert occurrences["D'Souza"] == [text.index("D'Souza")]
    assert occurrences["O.K"] == [text.index("O.K")]
    assert occurrences["ana"] == [len(text) - 3]  # ("ana's" is glued to an apostrophe)


def test_repeated_names_skip_the_occurrences_inside_names_found():
    text = "Lieuwe Hoekstra belde. Daarna belde Lieuwe nog eens."
    assert list(repeated_names(text, [(0, 15)])) == [(36, 42)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a quoted mail's header and a double surname of listed surnames, surname first
        ("Op 6 aug 2024 om 09:31 schreef Willemsen, Daan:\nDear Ms", ["Willemsen, Daan"]),
        (
            "Burgerlijke staat: weduwnaar van Hoekstra-Zijlstra, Antje\nLaatste woonadres",
            ["Hoekstra-Zijlstra, Antje"],
        ),
        # a list goes on: two people
        ("Aanwezig waren Visser, Daan en Eva.", ["Visser", "Daan", "Eva"]),
    ],
)
def test_surname_first_in_a_mail_header_and_with_a_double_surname(text, names):
    assert found_texts(text) == names


def test_a_name_opening_with_het_is_a_home_or_a_building():
    text = "naam,gezinshuisouders\nHet Baken,Gerdien Verwey\nHet Anker,Arjen Brouwer"
    assert found_texts(text) == ["Gerdien Verwey", "Arjen Brouwer"]


def test_a_lower_case_list_item_opening_with_a_first_name_and_a_surname():
    text = (
        "wie nodigen we uit:\n- sjaak van der meer (libanon 1981)\n"
        "- nadia el idrissi, nog in dienst\n- bellen met de kazerne\n- mali en gao"
    )
    assert found_texts(text) == ["sjaak van der meer", "nadia el idrissi"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            'Zaak: LB-2024-077, overledene Theodorus ("Theo") Beukers\n\nGebeld',
            ['Theodorus ("Theo") Beukers'],
        ),
        ("Cornelia (Corrie) Blom-Kok belde terug.", ["Cornelia (Corrie) Blom-Kok"]),
    ],
)
def test_a_nickname_in_a_bracket_also_quoted(text, names):
    assert found_texts(text) == names


def test_cities_abroad_casework_names_are_no_names():
    text = "She lives in Amman, Jordan. Next of kin: father Chen Guoqiang, Chengdu – by phone"
    assert found_texts(text) == ["Chen Guoqiang"]
    text = "Maastricht – Liège – Aachen; burgemeester Konya; de zusterstad Palo Alto"
    assert found_texts(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("cliënt: Rodríguez Pérez, J.G.\nstatus: open", ["Rodríguez Pérez, J.G."]),
        ("Employee: Fernández García, L.\nDate of birth: 05-05-1986", ["Fernández García, L."]),
        # a first name and a surname before initials: not a double surname
        ("Van: Jan Bakker, J.P.\n", ["Jan Bakker"]),
    ],
)
def test_a_double_surname_with_initials_in_a_field(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "on board HNLMS Karel Doorman (1961-1962)",
        "I was on board the aircraft carrier Karel Doorman during the New Guinea period",
        "gediend bij het 44e Pantserinfanteriebataljon Johan Willem Friso. Mijn pas",
    ],
)
def test_ships_and_battalions_named_after_people_are_no_names(text):
    assert found_texts(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("dat van de collega K. Vos van Pleegzorg Brabant.", ["K. Vos"]),
        ("een privéchat met collega Gert-Jan Pool van Veilig Thuis.", ["Gert-Jan Pool"]),
        ("stond buiten met buurman Ricardo Martis van Pijlkruidstraat 9.", ["Ricardo Martis"]),
        ("Achterwacht Rutgers is ingelicht.", ["Rutgers"]),
    ],
)
def test_a_person_after_a_role_and_before_where_they_work(text, names):
    assert found_texts(text) == names


def test_initials_and_a_surname_signed_under_a_line_with_a_comma():
    text = "Kralendijk, 6 mei 2024\nDe ambtenaar van de burgerlijke stand,\nC. Spanner\n[stempel]"
    assert found_texts(text) == ["C. Spanner"]
    # a part's heading is no name
    assert found_texts("A. Aanvrager\nNaam: zie boven") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Bij ziekte van Noor of Daan belt pleegouder zelf af.", ["Noor", "Daan"]),
        ("De ziekte van Parkinson en de wet van Boyle.", []),
    ],
)
def test_whose_illness_is_no_eponym(text, names):
    assert found_texts(text) == names


def test_wijk_alone_is_a_district():
    text = "Peildatum: 01-07 | Wijk: Oudorp\nHuisbezoek? Wijk Malberg, 10:30.\nmevrouw Van Wijk"
    assert found_texts(text) == ["mevrouw Van Wijk"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("De oudste, Ramón jr., werkt parttime.", ["Ramón jr."]),
        ("met Ramón Peña jr. samen", ["Ramón Peña jr."]),
        # not a word that is no first name
        ("Rapport 3 Sr. is klaar.", []),
    ],
)
def test_a_first_name_with_its_generation(text, names):
    assert found_texts(text) == names


def test_a_role_of_someone_keeps_van_out_of_the_name():
    text = "Jeugdbeschermer van Noah is mevrouw S. El Khatib."
    assert found_texts(text) == ["Noah", "mevrouw S. El Khatib"]


def test_a_quoted_nickname_in_no_list_after_a_title():
    text = 'Ms. Cheryl Schmidt (closed case) and Mr. Alvin "Shorty" Hook, with their addresses'
    assert found_texts(text) == ["Ms. Cheryl Schmidt", 'Mr. Alvin "Shorty" Hook']
