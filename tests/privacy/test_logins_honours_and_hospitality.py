"""Names as audit logs, the mayor's cabinet and hospitality licensing write them (issue 13,
points 1 and 2; thirty-fourth round, from the development probes)."""

from __future__ import annotations

import pytest

from tests.privacy.conftest import found_texts


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "2024-03-04 10:12 | j.mertens     | Zaak aangemaakt\n"
            "2024-09-19 08:48 | a.pranoto     | besluit goedgekeurd",
            ["j.mertens", "a.pranoto"],
        ),
        ("Gegenereerd: 12-11-2024 09:31 door j.vanrossum\n", ["j.vanrossum"]),
        ("2023-11-15 p.deruiter: vergunning ingetrokken", ["p.deruiter"]),
        ("2024-05-21 13:00  m.vanderlinden  Huisbezoek gepland", ["m.vanderlinden"]),
        ("Generated 2025-04-18 16:02 by k.kramer, status=confirmed", ["k.kramer"]),
    ],
)
def test_a_user_name_of_an_initial_and_a_surname(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    "text",
    [
        # e-mail addresses, domains and file names are no user names
        "Mail j.mertens@gemeente.nl of kijk op www.bakker.nl",
        "Zie bijlage m.bosch.pdf en r.bakker-jansen@kpnmail.nl",
        # column aliases in a query: no listed surname after the dot
        "SELECT p.achternaam, p.voornaam, a.postcode FROM personen p",
        # abbreviations with dots
        "Graag z.s.m. reageren, t.a.v. de afdeling, i.v.m. de termijn",
    ],
)
def test_no_user_name_in_mail_addresses_queries_and_abbreviations(text):
    assert found_texts(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "05-01-2024\t23:45\tShotbar Pablo\tPoelestraat 19",
        "Controle bij Kroeg Doña Juana op de Peperstraat",
        'Plannen: eetrestaurant "Warung Oma Lies" in het voormalige winkelpand',
        "Subject: Objection to warning – terrace Taverna Olympia",
        "Cadeau aangevraagd via Kabinet van de Koning op 1 oktober",
    ],
)
def test_bars_restaurants_and_the_kings_cabinet_are_no_names(text):
    assert found_texts(text) == []


def test_a_name_after_the_head_of_the_cabinet_stays_a_name():
    text = "Gebeld door hoofd kabinet Frank Doornink; de mail is verwijderd."
    assert found_texts(text) == ["Frank Doornink"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Adres: Oude Delft 152\n\nHoofd: Bakker, Jacobus\n  geb. 23-04-1851", ["Bakker, Jacobus"]),
        ("CM-24-103,2024-02-07,Zhang, Wei,1985-11-28,Buikslotermeerplein 12A", ["Zhang, Wei"]),
        (
            'J.C. Achterberg was er. Het aanhangsel zegt "Achterberg, J.C., geb. 1992"',
            ["J.C. Achterberg", "Achterberg, J.C."],
        ),
    ],
)
def test_a_given_name_found_as_a_neighbour_joins_its_surname_before_the_comma(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "regeling_id,debiteur,debiteurnr,totaal,status\n"
            "BR-1181,Rosaria G.,7004128,534.00,actief\n"
            "BR-1183,Al-Khatib A.,7002290,1214.30,actief\n",
            ["Rosaria G.", "Al-Khatib A."],
        ),
        (
            "zaak\tdatum\tadres\tcontroleur\tstatus\n"
            "HH-24-0311\t2024-02-20\tWalstraat 240\tF. Oyelaran\tin orde\n"
            "HH-24-0312\t2024-02-21\tMarkt 3\tHiemstra\tin orde\n",
            ["F. Oyelaran", "Hiemstra"],
        ),
    ],
)
def test_debtors_and_inspectors_columns_hold_names(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("dossier voor mn teamleider erik-jan, kan je helpen?", ["erik-jan"]),
        ("geld komt van zijn zwager milan (geen achternaam)", ["milan"]),
        ("last time my husband raj got a bit angry", ["raj"]),
        ("ps: my manager is marjolein, she wants it in the template", ["marjolein"]),
        ("- aanvrager: dragan petrović, wil de bar overnemen", ["dragan petrović"]),
        ("- kindje: sofia bondar, geb 3 feb", ["sofia bondar"]),
    ],
)
def test_a_lower_case_name_after_kin_a_manager_or_an_applicant_in_chat(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Voorzitter: Opent de zitting en legt de procedure uit.", []),
        ("Dhr. Schipper: Vraagt naar paracommercie.", ["Dhr. Schipper"]),
        ("Opmerkingen Sevgi Yılmaz: referentieobjecten liggen aan de rand.", ["Sevgi Yılmaz"]),
        ("Privéadres Gert-Jan: Van Alkemadelaan 26", ["Gert-Jan"]),
        ('"AW-0671","Watersportcafé Het Starteiland","leidinggevende"', []),
        ("Friday: team lunch at Stadscafé Wilhelmina.", []),
    ],
)
def test_verbs_and_labels_in_minutes_and_cafes_are_no_names(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Aan de heer Wei Chen en mevrouw Li Na Chen-Zhou\nLaan van Meerdervoort 512",
            ["de heer Wei Chen", "mevrouw Li Na Chen-Zhou"],
        ),
        ("Uw dochter, mevrouw Mei Chen, gaf aan dat u dat op prijs stelt.", ["mevrouw Mei Chen"]),
        ("A copy of the passport of Ms Mei Ling Chan, a shareholder", ["Ms Mei Ling Chan"]),
        ("Medewerker: Cheng, L. (Li Na Cheng)\nFunctie: casemanager", ["Cheng, L.", "Li Na Cheng"]),
        ("Best,\n\n--\nDr. Li Na Chen\nPostdoctoral researcher", ["Dr. Li Na Chen"]),
    ],
)
def test_a_chinese_name_in_western_order(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "2025 | erkenner: Doğan, Serkan | moeder: Akın, Melis\n2025-03-03",
            ["Doğan, Serkan", "Akın, Melis"],
        ),
        (
            "uitgeschreven Schipper, A.J.; bijgeschreven Kloosterman, Pim.\n\nAmersfoort",
            ["Schipper, A.J.", "Kloosterman, Pim"],
        ),
        # a rota's day names two people
        ("ma: Khalid, Priya, Tom\ndi: Oksana, Jorrit\nwo: Khalid, Tom\n", None),
    ],
)
def test_a_surname_and_given_names_that_end_a_line_in_running_text(text, names):
    if names is None:
        assert "Khalid, Tom" not in found_texts(text)
        assert "Oksana, Jorrit" not in found_texts(text)
    else:
        assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Sunil Kishan, geboren te Paramaribo (Suriname) op 17-10-1990, te Almere", "17-10-1990"),
        ("Deniz is geboren in Ziekenhuis Gelderse Vallei, op 1 maart 2025.", "1 maart 2025"),
        ("My nan was born there on 9 October 1951. Do you have anything?", "9 October 1951"),
    ],
)
def test_a_birth_place_with_its_country_or_of_three_words_and_born_there(text, date):
    assert found_texts(text, "DATE_OF_BIRTH") == [date]
