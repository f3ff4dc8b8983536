"""Names, rooms, clubs, schools and table columns as election offices, sports departments,
newcomer teams and schools write them (issue 13, points 1, 2 and 4; thirty-first round, from
the development probes)."""

from __future__ import annotations

import pytest

from tests.privacy.conftest import found_texts


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Er is één stem verschil voor Okafor, C.N. (lijst 2, nr 11).", ["Okafor, C.N."]),
        ("De accenten van Çelebi, A. op lijst 6 kloppen nu.", ["Çelebi, A."]),
        (
            "Twee namen zijn omgedraaid (Rijnders, B. moet op 2 en El Morabit, S. op 3).",
            ["Rijnders, B.", "El Morabit, S."],
        ),
        # initials before a capitalised word belong to the next person
        ("Ik sprak met Jansen, A. Bakker kwam later.", ["Jansen", "A. Bakker"]),
        # a first name before a comma is no surname
        ("Hoi Petra, A. komt ook", ["Petra"]),
    ],
)
def test_a_surname_and_initials_in_running_text(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Kind regards,\n\nDr. Inge van Rossum-Hall\nHead of Reception",
            ["Dr. Inge van Rossum-Hall"],
        ),
        ("- Mr Samir Ba-Abbad (Yemen) spreekt Engels.", ["Mr Samir Ba-Abbad"]),
        ("Zijn vrouw Amal Ba-Abbad komt later.", ["Amal Ba-Abbad"]),
        # a compass word still makes a district, a place still a place
        ("Het project Jansen-Oost start in mei.", []),
    ],
)
def test_double_surnames_whose_second_part_is_a_word_or_a_joined_prefix(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Steekproef:\n- PIP van Mohammad Reza Jafari, geb. 02-09-1985, in orde",
            ["Mohammad Reza Jafari"],
        ),
        ("- BRP van Aisha Yusuf Ali, geboren 14-01-2000", ["Aisha Yusuf Ali"]),
    ],
)
def test_a_document_abbreviation_before_a_name_and_its_birth_date(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Kandidatenlijst:\n1. op den Brouw, M.P.L. (Maarten)\nIngeleverd op maandag.",
            ["op den Brouw, M.P.L. (Maarten)"],
        ),
        ("Kim de Graaf: Ok Petra, noteer dat in het PV.", ["Kim de Graaf", "Petra"]),
        ("Ze woont om de hoek. En Bilal is het neefje van Kees.", ["Bilal", "Kees"]),
        # a common first name or a month before a first name stays part of the name
        ("Frans Willem Bakker belde.", ["Frans Willem Bakker"]),
        # (the paraph's initials are a name of their own since the thirty-ninth round)
        ("Ingevuld door: T. Mertens  Paraaf: TM", ["T. Mertens", "TM"]),
    ],
)
def test_words_around_a_name_that_are_no_part_of_it(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Locatie: Thialf, vergaderzaal 'Sven Kramer'\n\nAanwezig: Tjitske Zijlstra",
            ["Tjitske Zijlstra"],
        ),
        ('Opvang in het voormalige verzorgingshuis "Huize Johanna".', []),
        ("dinsdag,18:00-19:30,Badmintonclub Shuttle,jeugdtraining,verenigingstarief", []),
        ("Finale van het toernooi Max Verstappen Cup (jeugd) op zaterdag.", []),
        (
            "SUB25-008;Ruiter- en Ponyclub Willem van Oranje;A. Tichelaar-Snijders;52",
            ["A. Tichelaar-Snijders"],
        ),
        ("School: SO Prins Johan Friso, Leeuwarden (cluster 3)", []),
        ("2023-2024,07EF,Juliana van Stolberg SBO,156", []),
        ("N 11 voor Wijk Noord is klaar. Verslag bewonersavond Wijk Zuid.", []),
        # an article before a quoted name: the name as written
        ('Welke spelling? Het kan het "Nguyen Thi Lan" zijn.', ["Nguyen Thi Lan"]),
    ],
)
def test_rooms_homes_clubs_cups_special_schools_and_districts(text, names):
    assert found_texts(text) == names


def test_language_and_contact_columns_of_a_person_are_no_name_columns():
    text = (
        "coach_naam\tcoach_email\tdeelnemer\ttaal_deelnemer\tstartdatum\n"
        "Hanneke Bos\thbos@example.nl\tSenait Habte\tTigrinya\t15-01-2024\n"
        "Bram de Groot\tbdg@example.nl\tMehmet Kaya\tTurks\t01-11-2023\n"
    )
    assert found_texts(text) == ["Hanneke Bos", "Senait Habte", "Bram de Groot", "Mehmet Kaya"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("WhatsApp - Bemiddelaars\n\nKarin v. Dam: Wie heeft er ruimte?", ["Karin v. Dam"]),
        ("10.40 dhr v. Leeuwen wil een volmacht afgeven", ["dhr v. Leeuwen"]),
        # "v." is also "versus"
        ("Ajax v. Feyenoord eindigde gelijk.", []),
        ("Your buddy is Mrs Marjolein van Os. She is retired.", ["Mrs Marjolein van Os"]),
        ("Ruud Kerkhof ruilt met Sandra van Es.", ["Ruud Kerkhof", "Sandra van Es"]),
        ("Een bezoeker, later bekend als Mr Gregory Hall, meldde zich.", ["Mr Gregory Hall"]),
    ],
)
def test_van_written_short_two_letter_surnames_and_a_surname_that_is_a_word(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Melder: mw. F. Benali\nToelichting Benali: sinds januari negen meldingen",
            ["mw. F. Benali", "Benali"],
        ),
        ("From: Sgt. Laura Hendriks", ["Laura Hendriks"]),
        ("Noord-Oost (Johan van Hasseltkanaal),2024-Q1,102,14", []),
        ("Hij komt niet meer in aanmerking voor Halt, zegt Meike.", ["Meike"]),
        ("Vandaag is het de Dag van de Vrijwilliger, en dat vieren we.", []),
        ("Dag van Dijk, hoe gaat het?", ["van Dijk"]),
        ("Hij heeft geen familie meer in nederland.", []),
        ("er stond van alles in met telefoonnummers enzo", []),
        ("He works at Philips High Tech Campus in Eindhoven.", []),
        ('Onderteken met "Marjan, coördinator Voedselbank Leidschendam-Voorburg".', ["Marjan"]),
    ],
)
def test_labels_ranks_canals_days_and_organisations_around_names(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Yours sincerely,\n\nDr. Richard Okafor MBBS MRCGP\nGeneral Practitioner",
            ["Dr. Richard Okafor"],
        ),
        ("Kind regards,\n\nDr. Richard OKAFOR\nGP", ["Dr. Richard OKAFOR"]),
        ("Met vriendelijke groet,\n\nM. Ten Have, verpleegkundig specialist", ["M. Ten Have"]),
        (
            "Medewerker: Nguyen, Thi Lan (Lan)\nMedewerkernummer: 300-4418",
            ["Nguyen, Thi Lan (Lan)"],
        ),
        ("Dear Colleague in the Netherlands,", []),
        ("DKTP    12-06-2023   JGZ Arnhem, F. el Hamdaoui", ["F. el Hamdaoui"]),
        ("Van: Isala Patiëntportaal", []),
        ("Afdeling Patiëntenadministratie\nReinier de Graaf", []),
    ],
)
def test_degrees_capitalised_tussenvoegsels_nicknames_and_care_organisations(text, names):
    assert found_texts(text) == names


def test_a_row_with_a_date_is_no_header_even_with_a_column_word_in_it():
    text = (
        "startdatum;geneesmiddel;sterkte;voorschrijver;opmerking\n"
        "12-01-2019;metoprolol;50 mg;huisarts;\n"
        "04-03-2021;apixaban;5 mg;cardioloog LUMC;na opname\n"
        "15-02-2024;alendroninezuur;70 mg;internist Alrijne;nieuw na val\n"
    )
    assert found_texts(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Ook Fatma Demir van de vrouwengroep van de Ulu Camii doet mee.", ["Fatma Demir"]),
        (
            "Gurpreet Kaur Sandhu (Gurdwara Singh Sabha) en E. Cohen",
            ["Gurpreet Kaur Sandhu", "E. Cohen"],
        ),
        ("Site: Shri Sanatan Dharma Mandir, Mahatma Gandhiplein 2", []),
        ("Chinese Christian Church Rotterdam (CCCR) – Gemeente Rotterdam", []),
        ("Dank u wel,\n\nks. Tomasz Nowicki\nPolska Misja Katolicka Breda", ["Tomasz Nowicki"]),
        ("Present: Rev. Paul Whitfield (St John & St Philip Anglican Church)", ["Paul Whitfield"]),
        ("Ceremony led by Abba Kidane from the Eritrean Orthodox church.", ["Kidane"]),
        ("Springkussen wordt gebracht door Verhuur Van der Wal.", []),
    ],
)
def test_places_of_worship_and_religious_titles(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("[10/04 08:55] Souad: Eid Mubarak iedereen!! Het feest begint om 12.", ["Souad"]),
        ("beveiliging tijdens Jom Kipoer,Zuid,15000", []),
        ("Subject: Vaisakhi Nagar Kirtan 2025 – parking", []),
        ("We want to do a party for Christmas and New Year.", []),
        # the same words as names stay names
        ("Hemelvaartsdag gesloten. Mubarak Ali belde.", ["Mubarak Ali"]),
        ("Schrijf het in de wij-vorm, positief van toon.", []),
        ("wij ontvangen een uitkering.\n\nE. ONDERTEKENING\nPlaats: Apeldoorn", []),
        ("Ingevuld door:\nH. KOOIMAN\n", ["H. KOOIMAN"]),
        ("Bedrijfsarts: dr. S. Ramkisoen, ArboNed", ["dr. S. Ramkisoen"]),
    ],
)
def test_feasts_form_headings_and_a_firm_are_no_names(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Dear Mr and Ms Lindqvist,", ["Mr and Ms Lindqvist"]),
        ("Dear Mr and Mrs Lindqvist,", ["Mr and Mrs Lindqvist"]),
        ("[08:53] sanne k: staat erin. Kwame Osei (vader) komt", ["sanne k", "Kwame Osei"]),
        ("Aan: Gebr. Van Leeuwen Infra\nOnderwerp: schade", []),
        ("- Wilco Boersma (Dekker Bemalingen)", ["Wilco Boersma"]),
        ("namens aannemer Roelofs Wegenbouw en ondergetekende", []),
        ("Verstrekt aan: Pleegzorg Rotterdam, op verzoek van K. Boateng", ["K. Boateng"]),
        ("[19:44] CJG-chat: Hoi!\n[19:45] CJG-chat: Prima, Gabriela!", ["Gabriela"]),
        ("Hij gaat met Junior naar voetbal bij AFC Ajax Amateurs.", []),
        ("Wijkteam biedt moeder Veilig Verder-traject aan.", []),
        ("Onze boekhouder, dhr. S. Peeters van Peeters Administratie, belde.", ["dhr. S. Peeters"]),
        # aftercare is no organisation
        ("Teamleider Van Rossum heeft Shirin nazorg aangeboden.", ["Van Rossum", "Shirin"]),
    ],
)
def test_contractors_care_organisations_and_clubs_around_names(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Room 2.11 will be kept at 22°C. Ada will send her hymns.", ["Ada"]),
        ("Language coach: Mr Ton Willems, Tuesdays and Thursdays 13:00", ["Mr Ton Willems"]),
        ("[19:06] Mam: ik kan dinsdag niet\n[19:16] Mam: klopt!", []),
        ("Ja doe maar, dienstdoend is vannacht dr. Bakhuis", ["dr. Bakhuis"]),
        # a building writes its title capitalised
        ("De zaal in het Dr. Schaepmanhuis wordt verbouwd.", []),
        ("Afdeling: Kastanje, locatie Florence Nightingale\nWat is er gebeurd", []),
        (
            "Aanwezig:\n- Marloes Olde Riekerink, EVV'er\n- drs. P. Haverkate",
            ["Marloes Olde Riekerink", "drs. P. Haverkate"],
        ),
        ("We lazen Psalm 23 in de Friese bijbelvertaling.", []),
        (
            "Bewoner: WILLEMS, Maria Theresia (Riet), geb. 5-4-1930",
            ["WILLEMS, Maria Theresia (Riet)"],
        ),
    ],
)
def test_care_home_texts_units_kin_and_twente_surnames(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Meneer Sital kwam zijn pakket ophalen. Meneer werd boos.", ["Meneer Sital"]),
        ("Adres: Thomas a Kempisstraat 3, 8021 BL Zwolle", []),
        ("Open dagen: Erasmus College, Thomas a Kempis College, Stedelijk Lyceum", []),
        ("Buurthuis De Hofstede en het Dr. Willem Dreeshuis doen dat wel.", []),
        ("The rest we borrow from the Dr. Martin Luther Kingkerk.", []),
        ("Vraag het Rachid even.", ["Rachid"]),
    ],
)
def test_a_form_of_address_alone_a_medieval_namesake_and_titled_buildings(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "[07:20] sandra bos: ja verkeersregelaars besteld\n[07:21] Jan Smit: ok\n"
            "[07:25] sandra bos: ik heb gebeld",
            ["sandra bos", "Jan Smit", "sandra bos"],
        ),
        ("We lopen door het bos naar de kerk.", []),
        (
            "Police arrived (officers A. de Graaf and Y. Oukili). Mr Shevchuk was arrested.",
            ["A. de Graaf", "Y. Oukili", "Mr Shevchuk"],
        ),
        (
            "Invite for the first round, panel M. Dekker and R. Gobardhan.",
            ["M. Dekker", "R. Gobardhan"],
        ),
    ],
)
def test_a_lower_case_surname_that_is_a_word_and_initials_after_initials(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "kind", "values"),
    [
        (
            "child_name,bsn,age,postcode\nNoah Bakker,691682483,10,9712 HS\n",
            "BSN",
            ["691682483"],
        ),
        # a decimal comma still makes an amount
        ("Bedrag: 123456782,50 euro", "BSN", []),
        ("Please contact Ms Claassen on 14 040 or r.claassen@eindhoven.nl.", "PHONE", ["14 040"]),
        (
            "Neem contact op met Hessel de Jong, 14 058 of h.dejong@leeuwarden.nl.",
            "PHONE",
            ["14 058"],
        ),
        ("2024;Grote zaal;mw. K. Oduya;14 070;;informatieavond", "PHONE", ["14 070"]),
        ("Totaal: 14 050 inwoners", "PHONE", []),
        ("Bezoeker (Pawel): ok dobrze. telefon 0048 601 224 973", "PHONE", ["0048 601 224 973"]),
        ("KASSABON 0012-4471-09", "PHONE", []),
    ],
)
def test_numbers_in_cells_municipal_numbers_and_numbers_dialled_with_00(text, kind, values):
    assert found_texts(text, kind) == values


def test_a_street_named_after_someone_in_a_quoted_csv_cell():
    text = '"55891","y.elidrissi@hotmail.nl","","Aert van Nesstraat 8","Schade"'
    assert found_texts(text, "ADDRESS") == ["Aert van Nesstraat 8"]
