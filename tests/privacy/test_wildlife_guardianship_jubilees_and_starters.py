"""Names as wildlife-damage files, protective administration, the mayor's anniversary visits and
the business desk write them (issue 13, points 1 and 2; thirty-seventh round, from the
development probes)."""

from __future__ import annotations

import pytest

from tests.privacy.conftest import found_texts


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("2024-03-12 14:30 | R. Sitaldin | Intakegesprek gevoerd", ["R. Sitaldin"]),
        ("Weg 3, 9843 TC Grijpskerk; S. Kapteyn (jachtakte JA-2291)", ["S. Kapteyn"]),
        (
            "De controleurs (R. Dwarkasing en E. de Wolff) zagen het.",
            ["R. Dwarkasing", "E. de Wolff"],
        ),
        (
            "Deelnemers:\n- W. Tuhuteru, Molukse veteranen\n- H. Rasiawan",
            ["W. Tuhuteru", "H. Rasiawan"],
        ),
        ("Behandelaar GGD: E. Kortenhoeven\nStatus: open", ["E. Kortenhoeven"]),
        # one initial and an unlisted word without a separator, or opening a line: no name
        ("Dat geldt in zone B. Een tweede vergunning kan niet.", []),
        ("A. Persoonsgegevens\nNaam: zie boven", []),
        ("C. Medische keuring\nKeuring nodig.", []),
    ],
)
def test_one_initial_and_an_unlisted_surname_set_apart(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "U meldde aan onze collega Joke Hazelaar van het Klantcontactcentrum dat",
            ["Joke Hazelaar"],
        ),
        ("Mijn collega Yara Mendes van het Expat Centre kan helpen.", ["Yara Mendes"]),
        # a place named after someone keeps its name
        ("Een bezoek aan het Jan van Goyen Ziekenhuis volgt.", []),
    ],
)
def test_a_first_name_and_a_surname_of_an_institution(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a vehicle's make and model
        ("Vehicle: grey Skoda Octavia, licence plate K-381-RT", []),
        ("Voertuig: Mercedes Sprinter, kenteken V-218-ZK", []),
        ("Auto Opel Corsa, kenteken 24-RTD-9, dagwaarde", []),
        ("Cliënt: mevr. Mercedes Rozenblad-Pinas", ["mevr. Mercedes Rozenblad-Pinas"]),
        # institutions and firms named after their trade
        ("Reported by: Sandra Heijkoop, Dierenambulance Noord-Veluwe", ["Sandra Heijkoop"]),
        ("secretaris Faunabeheereenheid Noord-Brabant", []),
        ("ZM24-0904\t2024-10-03\tWoonstichting De Marken\tcorporatie", []),
        ("PD-25-0722\t2025-05-06\tVvE De Valendries\t\tcomplex", []),
        ("Bedrijfsnaam: G.J. Rademaker Akkerbouw (eenmanszaak)", []),
        ("your construction company Zieliński Bouw at your home address", []),
        ("Aanvrager wil de naam Chang's Garden behouden.", []),
        ("BV-2024-042,2024-02-20,Sushi Lin,hospitality,Lin Xiaoming,owner", ["Lin Xiaoming"]),
        ("Klant: Ramón Martis, Martis Klus & Onderhoud\nDossier: BBZ-2024-1177", ["Ramón Martis"]),
        # a titled person of an institution written in capitals
        (
            "JA. WIJKAGENT BOSMAN EN MEVR. KLEINJAN VAN WONINGSTICHTING PATRIMONIUM.",
            ["MEVR. KLEINJAN"],
        ),
    ],
)
def test_vehicles_trades_and_institutions_are_no_names(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "[09:15] joost vermaat: daniela asked for the data before friday\n"
            "[09:16] anouk leijten: ugh",
            ["joost vermaat", "daniela", "anouk leijten"],
        ),
        ("[10:08] Tetiana: im on leave from friday\n[10:09] Maarten: ok", ["Tetiana", "Maarten"]),
    ],
)
def test_a_day_in_lower_case_is_no_name(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # "Mrs." with its dot, also before a surname that is a place
        ("The family says Mrs. Barendrecht tires quickly, so", ["Mrs. Barendrecht"]),
        # "zr." (zuster), a nurse's or a nun's form of address
        ("Van: zr. Meryem Doğan, verpleegkundige", ["zr. Meryem Doğan"]),
        ("Zr. Doğan meldt dat de bewoonster ziek is.", ["Zr. Doğan"]),
        ("dat vond ze zr. goed", []),
    ],
)
def test_mrs_with_its_dot_and_a_nurse(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Dear Protocol team,\n\nI am writing on behalf of my parents", []),
        ("Beste Jorien,\n\nDank voor je bericht.", ["Jorien"]),
    ],
)
def test_a_team_greeted_by_its_name(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a number after the initials, a tab before the surname, a role before it
        ("4. VAN DER ZANDE, M. 100 jaar 25 jan (in verpleeghuis)", ["VAN DER ZANDE, M."]),
        ("zelf\tDe Groot, J. en mevrouw\t65 jaar huwelijk", ["De Groot, J."]),
        ("FOUT import GPS-track uitvoerder Vermeulen, T. – bestand leeg", ["Vermeulen, T."]),
        # a tussenvoegsel only as a word of its own ("uitvoerder": not "der Vermeulen")
        ("Melding door beheerder Vermeulen, T. – zie log", ["Vermeulen, T."]),
    ],
)
def test_a_surname_and_initials_in_more_places(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Aanwezig: Gert, Sietske\nAfwezig m.k.: Carlos\n\n1. Mededelingen",
            ["Gert", "Sietske", "Carlos"],
        ),
        ("Afwezig met kennisgeving: Carlos\n\n1. Mededelingen", ["Carlos"]),
    ],
)
def test_absent_with_notice(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("B. BEZITTINGEN\nAuto: geen\n\nC. INKOMEN\nParticipatiewet-uitkering", []),
        ("Naam:\nC. JANSEN\nAdres: onbekend", ["C. JANSEN"]),
    ],
)
def test_a_form_s_lettered_parts_are_no_initials(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # minutes: a surname opening a line before a verb of speech, also one that is a word
        (
            "1. Opening\nVan Dijk opent om 20.05 uur.\n\n3. Financiën\nBlom meldt dat het klopt.",
            ["Van Dijk", "Blom"],
        ),
        ("Verslag.\nKroon zegt toe de cijfers te sturen.", ["Kroon"]),
        # a word opening a line before another verb, or mid-line: no name
        ("Verslag.\nBouw start in mei.", []),
        ("Het park is klaar. Groen meldt de aannemer.", []),
    ],
)
def test_a_surname_opening_a_line_of_minutes(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "postcodes"),
    [
        ("adres is karel doormanstraat 88b, 3012 gh, maar dat hoeft niet", ["3012 gh"]),
        ("op nummer 12, 1200 km verder", []),
        ("kamer 12, 2024 en verder", []),
    ],
)
def test_a_lower_case_postcode_after_a_house_number(text, postcodes):
    assert found_texts(text, "POSTCODE") == postcodes


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("Dewi Soerjadi 09:22\n24-08-1941, geboren in semarang", ["24-08-1941"]),
        ("moeder: 3 maart 1950, geboren te Paramaribo", ["3 maart 1950"]),
        ("Brief van 3-3-2024, geboren kinderen tellen mee", []),
    ],
)
def test_a_date_a_comma_and_where_someone_was_born(text, dates):
    assert found_texts(text, "DATE_OF_BIRTH") == dates


@pytest.mark.parametrize(
    ("text", "addresses"),
    [
        # the colour of a floor after a hyphen
        # (the place after a postcode is reported as an address too)
        (
            "Woonadres: Kleine Houtstraat 27-rood, 2011 DJ Haarlem",
            ["Kleine Houtstraat 27-rood", "Haarlem"],
        ),
        ("Jan-Willem Pronk, Kennemerlaan 88-zw, rijbewijs", ["Kennemerlaan 88-zw"]),
        # a common first name opening a street in lower case
        ("adres is karel doormanstraat 88b, dat hoeft niet", ["karel doormanstraat 88b"]),
        ("woont pieter de hoochstraat 5, contact dochter", ["pieter de hoochstraat 5"]),
        # an article is no opening word
        ("ik woon in de kerkstraat 12 sinds mei", ["kerkstraat 12"]),
    ],
)
def test_a_floor_s_colour_and_a_first_name_opening_a_street(text, addresses):
    assert found_texts(text, "ADDRESS") == addresses


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("zaak 2025-PD-07731. Wijkboa Karim gaat langs bij de buurman", ["Karim"]),
        ("- pastry section (sous-chef Kasia) very clean", ["Kasia"]),
    ],
)
def test_a_boa_and_a_chef_are_roles(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        (
            "BSN (alleen bij eenmanszaak zonder relatienummer): 805888718\nGeboortedatum: x",
            ["805888718"],
        ),
        ("Relatienummer: 805888718", []),
    ],
)
def test_a_bsn_label_with_a_note_before_its_colon(text, numbers):
    assert found_texts(text, "BSN") == numbers
