"""Names, boats, berths and table rows as water boards, provinces, energy teams, hospitality
officers, researchers, transport authorities, harbour masters, finance departments, crisis
services, schools, notaries and food inspectors write them (issue 13, points 1, 2 and 4;
thirtieth round, from the development probes and the long tail of the earlier ones)."""

from __future__ import annotations

import pytest

from tests.privacy.conftest import found_texts


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Afgehandeld door verkeersleiding, T. Hoekman", ["T. Hoekman"]),
        ("Verhuurder volgens huurcontract: J. Schrijvers.", ["J. Schrijvers"]),
        ("Amsterdam (c/o M. Lopes).", ["M. Lopes"]),
        # a role or a bacterium's species after an initial is no surname
        ("Adam is overgeplaatst naar slaapzaal D. Tolk Arabisch is ingeschakeld.", ["Adam"]),
        ("E. Coli", []),
        ("De uitslag: H. Pylori aangetoond.", []),
        # an unlisted word after one initial is still too little
        ("Zie ook M. Alzheimer en I. Ulna.", []),
    ],
)
def test_one_initial_before_a_name_that_is_also_a_word(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "INTERVIEWER: U woonde aan de Hoefkade?\nGERDA WESTERHOF: Ja. Mijn vader, Arie"
            " Westerhof, werkte bij de gasfabriek.\nINTERVIEWER: En de buren?\nGERDA WESTERHOF:"
            " Die kende ik niet.",
            ["GERDA WESTERHOF", "Arie Westerhof", "GERDA WESTERHOF"],
        ),
        # a court or house in capitals is still a place
        ("Locatie: WOONZORGCENTRUM HET WESTERHOF", []),
    ],
)
def test_a_surname_with_an_institution_ending_in_capitals(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("ja prima. Is het Tomáš Novák, die van de Keizersgracht?", ["Tomáš Novák"]),
        ("Hebben jullie namen? Laat het Saskia weten voor 10 april.", ["Saskia"]),
        # after a preposition "het" is an article before a place
        ("De lezing is In het Anne Frank Huis.", []),
    ],
)
def test_het_before_a_name_at_the_start_of_a_sentence(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Ik verwerk het vandaag nog. I'll keep an eye on Teams.\n\nMonika", ["Monika"]),
        ("Zie de ticketstatus.\n\nTicket: RITM0093382\n\nJorien\nIT Service Desk", ["Jorien"]),
        ("Kun je dit doorzetten naar Handhaving?\n\nDank!\nWubbo", ["Wubbo"]),
        ("Folgjende besite: 11 april 2024.\n– Gosse", ["Gosse"]),
        # a word that is also a name, or a word that closes a list, signs nothing
        ("De sleutels liggen klaar.\n\nMei", []),
        ("Zie de stukken hieronder.\n\nBijlage", []),
        # a name mid-text is not read as a signature
        ("Overleg met de wijkagent.\n\nMonika belt de school morgen.", ["Monika"]),
    ],
)
def test_a_message_signed_with_a_first_name_alone(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Adviseur: WILLEMS, Kevin J.P., geb. 01-01-2003", ["WILLEMS, Kevin J.P."]),
        # "Ik" before a comma is the writer, no surname
        (
            "Ik, Gurpreet Singh Dhillon, geboren 5 augustus 1975, eigenaar",
            ["Gurpreet Singh Dhillon"],
        ),
        ("5. Beantwoording Statenvragen Van Dijk (PVV) over de N34", ["Van Dijk"]),
        ("Zaak: Wnb-aanvraag Van Beek, intern salderen", ["Van Beek"]),
        (
            "de heer Ruud Versluis (agrariër)\nDe heer Versluis spreekt. Jan Verkerk belde.",
            ["de heer Ruud Versluis", "De heer Versluis", "Jan Verkerk"],
        ),
        ("De boot ligt bij de Prinses Beatrixsluis en de Westerkerk.", []),
    ],
)
def test_surnames_and_given_names_in_provincial_and_water_board_texts(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Aanwezig: A.P. Heidema (commissaris van de Koning, voorzitter), E. Boerman",
            ["A.P. Heidema", "E. Boerman"],
        ),
        ("Mevrouw van de Koning belde.", ["Mevrouw van de Koning"]),
        ("2100437790,VOF Van den Oetelaar,,,Dommelseweg 220,5581 EB,Waalre", []),
        ("WBE Westerveld;FBE Drenthe;96\nWBE De Wolden;FBE Drenthe;121", []),
        (
            "zijn adviseur mw. Kraaijeveld van Kraaijeveld Milieuadvies. Aanleiding",
            ["mw. Kraaijeveld"],
        ),
        (
            "Eén klacht (van de heer Koster, exploitant Brasserie Rembrandt) is behandeld.",
            ["de heer Koster"],
        ),
        ("Teamchef Hoogendoorn meldt drie meldingen.", ["Hoogendoorn"]),
    ],
)
def test_offices_firms_and_units_named_after_people(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("[23:06] Bas: mevr zegt dank je wel\n[23:07] Rica: ok", ["Bas", "Rica"]),
        ("door mevrouw De Groot van P&O. Ze spreekt Oekraïens.", ["mevrouw De Groot"]),
        (
            "Ria v.d. Berg: Top Sam! 👍\nHenk Loos: We zien het wel",
            ["Ria v.d. Berg", "Sam", "Henk Loos"],
        ),
    ],
)
def test_words_of_chat_that_are_no_names(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Call me after 17:00.\n\nThank you very much!\nKasia\n\n--\nKatarzyna Wiśniewska",
            ["Kasia", "Katarzyna Wiśniewska"],
        ),
        (
            "From: Katarzyna Wiśniewska <k@example.com>\nTo: Energieloket Groningen",
            ["Katarzyna Wiśniewska"],
        ),
        ("Van: Omgevingsloket (niet beantwoorden)\nOnderwerp: ontvangst", []),
    ],
)
def test_a_longer_thanks_closes_and_a_counter_is_no_person(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "kind", "values"),
    [
        (
            "Straat + huisnummer: GROTESTRAAT 14 HS\nPostcode: 7607 CL",
            "ADDRESS",
            ["GROTESTRAAT 14 HS"],
        ),
        (
            "Dhr. Bloemendaal (ligplaats Amsteldijk Zuid 112 ws) wil dat",
            "ADDRESS",
            ["Amsteldijk Zuid 112 ws"],
        ),
        (
            "Namens Paviljoen Bad Zuid aan de Boulevard Barnaart 14 wil ik",
            "ADDRESS",
            ["Boulevard Barnaart 14"],
        ),
        ("Telefoonnummer: 06.48.21.37.90\n", "PHONE", ["06.48.21.37.90"]),
        # dots elsewhere make no phone
        ("Bedrag: 1.06.48.21 en IP 10.12.13.14", "PHONE", []),
    ],
)
def test_house_number_additions_boulevards_and_dotted_phones(text, kind, values):
    assert found_texts(text, kind) == values


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Aandeelhouders:\n  a. YILMAZ, K.A. – 60%\n  b. ÖZTÜRK-YILMAZ, ELIF – 40%",
            ["YILMAZ, K.A.", "ÖZTÜRK-YILMAZ, ELIF"],
        ),
        ("Mede-initiatiefnemers: DEKKER, L.; POPOVIĆ, M.\nAdres:", ["DEKKER, L.", "POPOVIĆ, M."]),
        (
            "de andere erfgenamen (VAN DOORN, M. en VAN DOORN, R.J.) stemmen in",
            ["VAN DOORN, M.", "VAN DOORN, R.J."],
        ),
        ("Begraven in dit graf: VAN DOORN, CORNELIS en zijn vrouw", ["VAN DOORN, CORNELIS"]),
        # a heading in capitals and a letter is no surname with initials
        ("a. BIJLAGE, A. – zie hieronder", []),
    ],
)
def test_a_surname_in_capitals_with_initials_in_lettered_lists_and_pairs(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Naam melder: anouk van der steen\nE-mail: a@example.com", ["anouk van der steen"]),
        ("Name: fernando da silva\nEmail: f@example.com", ["fernando da silva"]),
        ("Naam: jan\nAdres: bekend bij de balie", ["jan"]),
        (
            "[11:04] Medewerker: Wat is uw naam?\n[11:05] Bezoeker: kevin van dam. ik woon hier",
            ["kevin van dam"],
        ),
        # a word that is no listed first name, and a project's name, stay unread
        ("Wat is uw naam?\nBezoeker: ja hoor, zeg het maar", []),
        ("Naam: onbekend\nNaam project: groen dak", []),
    ],
)
def test_a_lower_case_name_after_a_name_label_or_a_question_for_it(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("To: Werkgeversservicepunt Eindhoven <wsp@example.nl>", []),
        ("2023-04-01\tDierenasiel Amersfoort\tinfo@example.nl", []),
        ("Onderwerp: Raadsinformatiebrief Opvang Ter Apel", []),
        ("accountant drs. F. de Rooij RA (Baker Tilly), controller", ["drs. F. de Rooij"]),
        ("2. Presentation heat network\nVattenfall showed the planned route.", []),
        # a name ending in a word for a hall stays a name
        ("Zoon: Anand Sewtahal, geboren 22 januari 2004", ["Anand Sewtahal"]),
    ],
)
def test_service_points_shelters_and_firms_are_no_persons(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ('Melder zag dat de sloep "Lieve Geertruida" onder water lag.', []),
        (
            'ontvanger: mevrouw Selma Akkermans, woonboot "Tante Truus", Zuiderhavenweg',
            ["mevrouw Selma Akkermans"],
        ),
        (
            'Melder: schipper H.W. (Harry) van Dongen, MTS "Gerda Johanna", ENI 02329871',
            ["H.W. (Harry) van Dongen"],
        ),
        ('KNRM lifeboat "Dorus Rijkers" arrives. The Dorus Rijkers returns at 17:00.', []),
        ("2. GEGEVENS VAARTUIG\nNaam vaartuig:         WILLEMPJE\nType: SCHOKKER", []),
        ('uw skûtsje-replica "Jonge Jan" in de Houkesloot', []),
        # the hunt is no vessel
        ("De jacht op vossen door Jan Bakker is verboden.", ["Jan Bakker"]),
    ],
)
def test_boats_and_ships_named_after_people(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "addresses"),
    [
        ("Brouwersgracht t/o 84\n1013 GZ AMSTERDAM", ["Brouwersgracht t/o 84"]),
        ("Adres: Jutfaseweg t.o. 25, 3522 HA Utrecht", ["Jutfaseweg t.o. 25"]),
        ("Ligplaats: Zuiddijk 4-WA, 1501 CA Zaandam", ["Zuiddijk 4-WA"]),
        ("Postadres: Peperstraat 16 2hg, 1502 AE Zaandam", ["Peperstraat 16 2hg"]),
        ("the houseboat at Stadionkade 3 t/o, 1076 BN Amsterdam", ["Stadionkade 3 t/o"]),
        ('40018015,"Hendriks, fam.","Katwolderweg ws 3",8041 AA,Zwolle', ["Katwolderweg ws 3"]),
    ],
)
def test_houseboat_berths_as_addresses(text, addresses):
    assert [value for value in found_texts(text, "ADDRESS") if value in addresses] == addresses


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Gewijzigd door: GEMEENTE\\koopmanl op 02-10-2024", []),
        ("- Halte Damwâld Rinsma State: perronhoogte 18 cm", []),
        ("The Dr. Hendrik Muller Prize ceremony is on 4 April.", []),
        # a heading's letter before a word that is also a name, and a signature line
        ("Regionaal niveau: stadsdeel\n\nC. Doel en grondslag\nWetenschappelijk onderzoek", []),
        ("Volgende bespreking 28-01-2025.\n\nF. Kamp, 15-01-2025", ["F. Kamp"]),
    ],
)
def test_accounts_stops_prizes_and_headings_are_no_persons(text, names):
    assert found_texts(text) == names


def test_a_survey_export_names_its_columns_in_camel_case():
    text = (
        "ResponseId,StartDate,RecipientLastName,RecipientFirstName,RecipientEmail,DOB\n"
        "R_3kX9aPq2,2024-05-02 19:14:03,Okonkwo,Chiamaka,c.okonkwo@example.com,1987-02-14\n"
    )
    assert found_texts(text) == ["Okonkwo", "Chiamaka"]
    assert found_texts(text, "DATE_OF_BIRTH") == ["1987-02-14"]
    # one word written with a capital inside is still the word it was
    text = "klantId,achterNaam,voorNaam,geboorteDatum\n12,Okafor,Chidi,1987-02-14\n"
    assert found_texts(text) == ["Okafor", "Chidi"]
    assert found_texts(text, "DATE_OF_BIRTH") == ["1987-02-14"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "pseudoniem,bsn,naam,geboortedatum,postcode\n"
            "PS-8F21B,691682483,Haddad, Ahmad,1988-11-23,1103 KP\n"
            "PS-8F21C,688136138,Visser, Joke,1950-02-01,1104 GT\n",
            ["Haddad, Ahmad", "Visser, Joke"],
        ),
        (
            "naam,fractie,reiskosten,totaal\nBoer, A. de,VVD,96.00,138.50\n"
            "Faber, P.,CDA,0.00,1250.00\n",
            ["Boer, A. de", "Faber, P."],
        ),
        # a row with a note that holds a comma is not read as a name
        ("naam,opmerking,totaal\nJansen,ok,12\nUtrecht, Zuilen,x,3\n", ["Jansen"]),
    ],
)
def test_a_csv_name_written_surname_first_without_quotes(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Persoonlijk\nMevrouw drs. T.J. (Tineke) Hiemstra-van der Wal\nFok 65",
            ["Mevrouw drs. T.J. (Tineke) Hiemstra-van der Wal"],
        ),
        ("Dhr. T.W. (Tsjalling) de Jong\nNoorderhoek 5a", ["Dhr. T.W. (Tsjalling) de Jong"]),
        # a note in brackets after initials is no given name
        ("Dhr. T.W. (Voorzitter) de Jong opende.", ["Dhr. T.W.", "de Jong"]),
    ],
)
def test_given_names_in_brackets_between_initials_and_surname(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Van: M. Bakırcı - Havenkantoor Lelystad\nAan: ligplaatsen", ["M. Bakırcı"]),
        # glued to the name, the dash still makes one compound
        ("Na de Abel Tasman-expeditie volgde een tweede reis.", []),
    ],
)
def test_a_spaced_dash_separates_a_name_from_where_the_person_works(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Omgevingsvisie – bespreekpunt\nBerkhof vraagt of het college de visie deelt.",
            ["Berkhof"],
        ),
        ("Stuwtje zonder vergunning geplaatst. Bongers neemt contact op.", ["Bongers"]),
        # a surname that is also a word needs more, and a place mid-sentence stays a place
        ("- Groot geeft aan dat de verplaatsing tijd kost.", []),
        ("Zij werkte in mijn team in Glasgow van 2019 tot 2023.", []),
    ],
)
def test_a_surname_alone_opening_a_sentence_of_minutes(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "[10:47] Mustafa Yıldız: Pietersen-de Haas niet thuis, briefje achtergelaten",
            ["Mustafa Yıldız", "Pietersen-de Haas"],
        ),
        ("4) Pietersen-de Haas, Zuiderpark 4, 9724 AG Groningen", ["Pietersen-de Haas"]),
    ],
)
def test_a_married_double_surname_alone(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "To: Belastingsamenwerking Rivierenland <info@example.nl>",
        "Ontwerp-peilbesluit Polder Mastenbroek ter inzage",
        "de fysiotherapie bij Fysio Jan van Galen is bijna afgerond",
        "Aan: Bedieningscentrale Zaandam; Brugwachters",
        "Leidinggevende: teamleider Treindienst Groningen",
        "Eiser: Energieleverancier, vordering € 2.684,17",
    ],
)
def test_services_suppliers_and_polders_are_no_persons(text):
    assert found_texts(text) == []


def test_heirs_and_representatives_are_name_columns():
    text = (
        "registratienr,betrokkene,bsn,maatregel,vertegenwoordiger,rechtbank,wijkteam_contact\n"
        "MB-1031,Mahabier, Roshni,187891151,bewind,Kartosen Bewind,Den Haag,F. El Idrissi\n"
    )
    assert found_texts(text) == ["Mahabier, Roshni", "F. El Idrissi"]
    text = (
        "dossier\terflater\terfgenaam\trelatie\tgeboortedatum_erfgenaam\n"
        "N24-0193\tHoogendoorn, Albertus\tHoogendoorn, Wilma\tdochter\t22-06-1966\n"
    )
    assert found_texts(text) == ["Hoogendoorn, Albertus", "Hoogendoorn, Wilma"]
    assert found_texts(text, "DATE_OF_BIRTH") == ["22-06-1966"]


def test_a_chat_speaker_written_surname_first_after_the_time():
    text = "[10:10] Van der Linden, Esther: 070-3460011, vraag naar de notaris\n[10:11] Mette: ok"
    assert found_texts(text) == ["Van der Linden, Esther", "Mette"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("[10:42] Medewerker KCC: Hallo! Yes of course.\n[10:45] Medewerker KCC: Sorry.", []),
        ("CB-24-01;art. 126nda Sv;verstrekt;JP\nCB-24-02;inzage;afgehandeld;SW", []),
        # a name written in capitals is still a name
        ("Achternaam: DOĞAN-YILMAZ\nVoornamen: ELIF", ["DOĞAN-YILMAZ", "ELIF"]),
        ("Van: Examencommissie Bedrijfskunde <examencommissie@example.nl>", []),
        ("allergie: melk\tPizzeria Da Mario\tvegan pizza bevatte kaas", []),
        ("man roept dat hij de zoon van God is", []),
        ("the consulate called about that Irish tourist yesterday.", []),
    ],
)
def test_abbreviations_committees_restaurants_and_adjectives(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Verantwoordelijke: TEN BOER-DE ZWART, M.\nStatus: geschorst", ["TEN BOER-DE ZWART, M."]),
        (
            "Verantwoordelijke: VAN 'T WESTEINDE, CORNELIS\nStatus: actief",
            ["VAN 'T WESTEINDE, CORNELIS"],
        ),
        ("Begraven in dit graf: VAN DOORN-DE RUITER, JOHANNA\n", ["VAN DOORN-DE RUITER, JOHANNA"]),
    ],
)
def test_a_double_surname_in_capitals_with_a_tussenvoegsel_written_first(text, names):
    assert found_texts(text) == names
