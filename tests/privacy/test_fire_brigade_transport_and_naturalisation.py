"""Names, forms and registers as the fire brigade, transport for people with a disability,
naturalisation and the civil registry, and room rental write them (issue 13, points 1, 2 and
4; thirty-third round, from the development probes)."""

from __future__ import annotations

import pytest

from tests.privacy.conftest import found_texts


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Uittreksel BRP\nNaam: Sánchez Ortega, María Fernanda\nGeboren: 15-09-1990",
            ["Sánchez Ortega, María Fernanda"],
        ),
        (
            "Van: Gonzalez Martín, Lucía <lucia.gonzalez@zorgkantoor.nl>",
            ["Gonzalez Martín, Lucía"],
        ),
        # a label of several people: two people, not a double surname
        (
            "Insprekers: Gladys Martis, Erik-Jan Roodbeen",
            ["Gladys Martis", "Erik-Jan Roodbeen"],
        ),
        # a common first name opens no double surname ("Van: Jan Bakker, …")
        ("Van: Jan Bakker, Marketing\nAan: team", ["Jan Bakker"]),
    ],
)
def test_a_double_surname_before_given_names_in_a_header_field(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Tel. contactpersoon: Mensah, Kofi (echtgenoot) 06-21887430",
            ["Mensah, Kofi"],
        ),
        ("Contactpersoon: Mensah, Kofi (echtgenoot)", ["Mensah, Kofi"]),
    ],
)
def test_an_abbreviated_word_before_a_persons_label(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("From: Lankhorst, C.A.M. <c.lankhorst@utrecht.nl>\nSent: dinsdag", ["Lankhorst, C.A.M."]),
        ("CC: Hendriks, M. <m.hendriks@gemeente.nl>", ["Hendriks, M."]),
    ],
)
def test_a_surname_and_initials_before_a_mail_address(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("De taxi van vervoerder Hoogendoorn Personenvervoer kwam niet.", []),
        ("Muziek wordt verzorgd door het Jeugdorkest Johan Wagenaar.", []),
        ("Met vriendelijke groet,\n\nN. Haddou\nHaddou Translations\n075 612 4400", ["N. Haddou"]),
        ("A new name only through a request to Justis (geslachtsnaamswijziging).", []),
        ("- Valys: for trips outside the region, apply via the app", []),
        ("Aan: Nachtopvang De Herberg <planning@deherberg.nl>", []),
        # with a title the surname is a person's again
        ("Gesprek met mevrouw Valys over haar pas.", ["mevrouw Valys"]),
    ],
)
def test_transport_firms_orchestras_translators_and_national_services(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "he wants to raise the rent from €520 to €610 from january. is that allowed??",
        "hi kofi, she registered in june, so only 3 months of registration. marloes knows",
    ],
)
def test_a_month_in_lower_case_in_a_chat_is_no_name(text):
    assert not any(value.lower() in ("january", "june") for value in found_texts(text))


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # a BRP extract: the element's number before the label and its dot leader
        (
            "  03.10 Geboortedatum .... 19760823\n  03.20 Geboorteplaats ... Surabaya",
            ["19760823"],
        ),
        ("2024-06-13 09:12:44 RAADPLEEG naam=Pranoto gebdat=19820114 2 PL", ["19820114"]),
        # other numbered elements are no birth dates
        ("  01.20 Burgerservicenummer .... 123456782\n  85.10 Ingangsdatum .... 20240101", []),
    ],
)
def test_a_birth_date_in_a_brp_extract_or_a_log(text, dates):
    assert found_texts(text, "DATE_OF_BIRTH") == dates


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Agenten Verbruggen en Yilmaz waren er om 23:40.", ["Verbruggen", "Yilmaz"]),
        # "Oomen" is a surname, no plural of "oom"
        (
            "Aanvrager: Van Bergen-Oomen, A.M.C.\nAdres: Ginnekenweg 67A",
            ["Van Bergen-Oomen, A.M.C."],
        ),
        (
            "Niet bekend. Mogelijk Cornelis Verhoeven (geb. 02-05-1973), vorig jaar",
            ["Cornelis Verhoeven"],
        ),
    ],
)
def test_a_role_in_the_plural_or_a_hedge_before_a_name_is_no_part_of_it(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Met vriendelijke groet,\n\nJ. Bouma\nteamleider AOW, SVB Leeuwarden", ["J. Bouma"]),
        # a surname that is also a place, after initials, stays a name
        ("Hoogachtend,\n\nde griffier,\n\nR. Hoogeveen", ["R. Hoogeveen"]),
        # also after initials written without dots
        ("Gesprek met JW Hoogeveen over de aanvraag.", ["JW Hoogeveen"]),
        ("Groet, J Hoogeveen", ["J Hoogeveen"]),
        (
            "bezwaar tegen de sluiting van coffeeshop Sensi Smile, namens R. Dalhuisen",
            ["R. Dalhuisen"],
        ),
        ("Note: Kwame Nkrumah Mausoleum mentioned as a landmark; postdoc Willem Einthoven Lab", []),
        ("To: Vesteda Property Management\nRe: housing adaptation", []),
    ],
)
def test_an_office_a_coffeeshop_a_lab_and_a_mausoleum(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Voorzitter: Heeft de heer Asamoah vervangende woonruimte?", ["de heer Asamoah"]),
        ("handelsvoorraad. Beheerder Ricardo Tjon-A-Fong was aanwezig.", ["Ricardo Tjon-A-Fong"]),
        ("(residents' association), Inspector T. van den Heuvel (police)", ["T. van den Heuvel"]),
    ],
)
def test_a_verb_or_a_rank_before_a_name_is_no_part_of_it(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("inwoner: hallo ik ben youssef ait taleb ik woon in de Javastraat", ["youssef ait taleb"]),
        ("Behandeld door: Y. Ait Hammou, afdeling Burgerzaken", ["Y. Ait Hammou"]),
    ],
)
def test_the_berber_particle_ait_opens_a_surname(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Incidentrapport Valys – reiziger niet opgehaald", []),
        ("Questions? Contact Valys customer service via the app", []),
        ("Gesprek met mevrouw Valys en Anna Valys", ["mevrouw Valys", "Anna Valys"]),
        ("Aan: Sociale Verzekeringsbank, afdeling Bezwaar", []),
        ("Of bel met Mantelzorgpunt Leeuwarden: 058 233 89 00.", []),
        # an action item is no institution
        ("Verslag vastgesteld. Actiepunt Rianne (doorlooptijden) loopt nog.", ["Rianne"]),
        (
            "She worked closely with Police Scotland, particularly DS Kirsty Lawson.",
            ["Kirsty Lawson"],
        ),
        ("Service Manager, Edinburgh Women's Aid\nDate: 26 February 2024", []),
    ],
)
def test_national_services_banks_care_points_and_the_police(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Prepared by: Sarah Lindqvist, HR Business Partner\n"
            "Manager: Erik van Beek, Fleet Manager",
            ["Sarah Lindqvist", "Erik van Beek"],
        ),
        ("Reviewed by: Dr. Ellen Sluis, Safety Manager, on 17 June 2024", ["Dr. Ellen Sluis"]),
        # a surname that is also a role stays a surname
        ("met Bas, Jan Schipper en Sanne de Voogd", ["Bas", "Jan Schipper", "Sanne de Voogd"]),
        ("Aanwezig: wethouder De Pater; griffier T. Wilbrink", ["De Pater", "T. Wilbrink"]),
    ],
)
def test_a_job_title_after_a_name_and_a_comma(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("volgens de school (mentor ruud) kan hij dat.", ["ruud"]),
        ("ik bel morgen vroeg met haar behandelaar joris", ["joris"]),
        ("medewerker lisa: hoi youssef, vervelend.", ["lisa", "youssef"]),
        ("- cafetaria De Hoek, eigenaar piet van der laan, niet geweigerd", ["piet van der laan"]),
        # a word after the role stays a word
        ("de eigenaar zegt dat de medewerker morgen komt", []),
        # after a role's colon too, and "zn" ("zijn") is no surname
        (
            "- bruid: sarah de boer, 31\n- bruidegom: youssef amrani, 33\n- youssef zn moeder",
            ["sarah de boer", "youssef amrani", "youssef"],
        ),
    ],
)
def test_a_lower_case_name_after_a_role_in_chat(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Aan: Gevonden Voorwerpen Utrecht\nDatum: dinsdag 9 april", []),
        ("To: Fietsdepot Rotterdam\nDate: Mon 14 Oct 2024", []),
        ("Aan: Erfgoed Leiden en Omstreken, studiezaal", []),
        ("escort officer, Capt. Ryan Lefebvre.", ["Ryan Lefebvre"]),
        ("Present: Cllr. Ellen Brinkhorst (chair)", ["Ellen Brinkhorst"]),
        ("He is a former British Army officer.", []),
    ],
)
def test_lost_property_depots_heritage_and_military_ranks(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            'mijn achternaam is gespeld als "Kovalenco" in plaats van "Kovalenko", zoals in',
            ["Kovalenco", "Kovalenko"],
        ),
        ('In de akte van 2 juli 2024 staat ten onrechte "Rashida". Dat is', ["Rashida"]),
        (
            'Vader Safet Ramović (schrijft zelf "Ramovic") was aanwezig',
            ["Safet Ramović", "Ramovic"],
        ),
        (
            'In your residence permit it appears as "Kidane Tesfai Woldemichael".',
            ["Kidane Tesfai Woldemichael"],
        ),
        # a status, a search word and a dog's name in quotes stay no names
        ('er staat "Ingetrokken" bij de status', []),
        ("monitoring staat aan op 'huurverhoging' en 'parkeren'", []),
        ('Hond: Mechelse herder, naam "Zorro", chip 528210002947731', []),
    ],
)
def test_a_quoted_name_as_a_document_spells_it(text, names):
    assert found_texts(text) == names
