"""Names as mooring permits, protest notifications, monument files, changes of name, address
investigations, taxi licences, the ombudsman and art grants write them (issue 13, points 1
and 2; thirty-sixth round, from the development probes)."""

from __future__ import annotations

import pytest

from tests.privacy.conftest import found_texts


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("IBAN: NL86INGB0002445588   Tenaamstelling: A. TAHIRI\n\nVRAAG 5", ["A. TAHIRI"]),
        ("Akkoord budgethouder: S. VAN DER MEER\nDatum akkoord: 20-02-2024", ["S. VAN DER MEER"]),
        ("Over te maken op NL73 RABO 0162 8833 19 t.n.v. N.T.H. PHAM\n", ["N.T.H. PHAM"]),
        ("5. MENTOR\nK. ALAOUI (VERZOEKER). MIJN ZUS", ["K. ALAOUI"]),
        ("ERBIJ GEROEPEN: R. DE HAAN (leidinggevende)", ["R. DE HAAN"]),
        # one initial before a word that is no name: a lettered heading
        ("Bijlage: B. BEREKENING\nZie de tabel.", []),
        ("Inhoud: A. INLEIDING, B. BESLUIT", []),
    ],
)
def test_initials_and_a_surname_in_capitals_filling_a_field(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Met vriendelijke groet,\n\ning. W.F. Schuurman-Ten Have\nteamleider",
            ["ing. W.F. Schuurman-Ten Have"],
        ),
        ("Overleg met Anja Schuurman-Ten Have over de aanvraag.", ["Anja Schuurman-Ten Have"]),
        # without the particle the word still ends the name
        ("Overleg met Anja Schuurman. Have a look.", ["Anja Schuurman"]),
    ],
)
def test_a_common_word_after_a_hyphen_and_a_tussenvoegsel(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a double surname after a lower-case title, also with a tussenvoegsel in either part
        ("de eigenaar, mw. de vries-jorritsma, belde net", ["mw. de vries-jorritsma"]),
        ("de klager is mw. j. de haan-visser, woont op de hoek", ["mw. j. de haan-visser"]),
        ("huisbezoek bij mw jansen-de vries? ze heeft gebeld", ["mw jansen-de vries"]),
        # "ir", "ing" and "prof" with their dot
        ("of naar ir. bakker van de commissie als ze moeilijk doen", ["ir. bakker"]),
        ("moeder, mw. oosterhuis-kamp? die is 67", ["mw. oosterhuis-kamp"]),
    ],
)
def test_a_lower_case_title_and_a_double_surname(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Er deed een bewoner open die zich voorstelde als Yonas.", ["Yonas"]),
        ("Een mevrouw die zich voorstelde als 'Marisol' nam de post aan.", ["Marisol"]),
        ("Hij stelde zich voor als Kees van de woningbouw.", ["Kees"]),
        ("One of them introduced himself as Dragan Petrović.", ["Dragan Petrović"]),
        ("De post wordt ook bezorgd voor een zekere Faduma.", ["Faduma"]),
        ("De bewoner, volgens mij heet hij Tesfay, draait nachtdiensten.", ["Tesfay"]),
        ("Een andere chauffeur, ik denk dat hij Faisal heette, hielp ook.", ["Faisal"]),
        # the first word listed: no nationality, no thing
        ("Het was een zekere Nederlander met een bestelbus.", []),
        ("Ik weet niet hoe ze Gemeente heet.", []),
    ],
)
def test_who_someone_said_they_were(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a firm: a surname before or after its trade
        ("We hebben extra beveiliging van Hofman Beveiliging ingehuurd.", []),
        ("Het werk wordt opgehaald door Van Oers Kunsttransport.", []),
        ("Offerte herstel aangevraagd bij Metaalwerkplaats Jacobs.", []),
        ("Selin Karaman\nAtelier Karaman – ruimtelijk werk", ["Selin Karaman"]),
        ("Harriet Blackwood\nSolicitor, Blackwood Legal LLP", ["Harriet Blackwood"]),
        (
            "door mevrouw drs. I. Verbunt (Verbunt Kunsttaxaties).",
            ["mevrouw drs. I. Verbunt"],
        ),
        ("Uitvoerder: Harm Jan Klomp, Klomp Restauratie, 0488-451290", ["Harm Jan Klomp"]),
    ],
)
def test_a_surname_in_a_firm_of_trades(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # after a title "de" and an unlisted word end the surname, not the sentence's object
        ("She called the on-call registrar, Ms Femke de Klerk, at four.", ["Ms Femke de Klerk"]),
        ("A vendor with a similar name: Mr Pieter de Kust.", ["Mr Pieter de Kust"]),
        ("Daarna tekende Zeynep Arslan de Memorandum of Understanding.", ["Zeynep Arslan"]),
    ],
)
def test_a_titled_name_with_de_and_an_unlisted_surname(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("contact opnemen met mij, petra vd linden, 040 238 61 55", ["petra vd linden"]),
        ("vraag het aan kees v.d. berg even", ["kees v.d. berg"]),
        # "vd" is also "van de": an unlisted word after it is where someone works
        ("vraag het aan kees vd zorg even", ["kees"]),
    ],
)
def test_a_lower_case_surname_after_vd(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a job title on the line under a signature, a firm with its legal form
        (
            "Kind regards,\n\nSarah Whitfield\nSenior Associate, Lex Maritime LLP\n22 Leadenhall",
            ["Sarah Whitfield"],
        ),
        ("Employee: Rajesh Iyer, Senior Data Scientist, Digital Services", ["Rajesh Iyer"]),
        ("Marsh, Pryce & Holloway LLP\nSolicitors", []),
        # roles before a name stay outside it
        ("12:30 Organisator Aslan vraagt om extra ruimte.", ["Aslan"]),
        ("Pastor Emmanuel Nkrumah will say a short prayer.", ["Emmanuel Nkrumah"]),
    ],
)
def test_job_titles_roles_and_firms_beside_names(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "postcodes"),
    [
        # after its label a postcode whatever its letters (here also units and countries)
        ("Adres: Hooigracht 15-B\nPostcode: 2312 KM   Woonplaats: Leiden", ["2312 KM"]),
        ("Postcode: 5401 BW\nWoonplaats: Uden", ["5401 BW"]),
        ("Postal code 1017 GB, Amsterdam", ["1017 GB"]),
        ("Het is nog 1200 KM rijden.", []),
    ],
)
def test_a_postcode_after_its_label(text, postcodes):
    assert found_texts(text, "POSTCODE") == postcodes


@pytest.mark.parametrize(
    ("text", "phones"),
    [
        (
            "You can reach us at 14 070 (from abroad +31 70 353 0070).",
            ["14 070", "+31 70 353 0070"],
        ),
        ("U kunt ons bereiken op 14 050 (maandag tot vrijdag).", ["14 050"]),
        ("Totaal bereikt: 14 050 deelnemers", []),
        ("The campaign reached 14 050 residents.", []),
    ],
)
def test_a_municipal_number_after_reaching(text, phones):
    assert found_texts(text, "PHONE") == phones


@pytest.mark.parametrize(
    ("text", "addresses"),
    [
        # a word streets open with before a lower-case street, an ordinal before any street
        ("een demo voor de burgemeester visserstraat 12, dat is", ["burgemeester visserstraat 12"]),
        ("address: korte koediefstraat 9, 1017 HH amsterdam", ["korte koediefstraat 9"]),
        ("zij woont toch op de lange nieuwstraat 8?", ["lange nieuwstraat 8"]),
        ("volgens brp nu 1e Atjehstraat 41-hs, 1094 KG.", ["1e Atjehstraat 41-hs"]),
        ("Adres: 2de Weteringdwarsstraat 12", ["2de Weteringdwarsstraat 12"]),
        # an article or "van de" is no part of it
        ("hij woont in de kerkstraat 5", ["kerkstraat 5"]),
        ("die van de brinkstraat 4, geb 12-12-1938", ["brinkstraat 4"]),
        ("verhuisd van kerkstraat 5 naar dorpsstraat 3", ["kerkstraat 5", "dorpsstraat 3"]),
    ],
)
def test_the_opening_words_of_a_street(text, addresses):
    assert found_texts(text, "ADDRESS") == addresses


@pytest.mark.parametrize(
    ("text", "addresses"),
    [
        # after the word "adres" in a sentence, whatever the street's name ends in
        ("Onderzocht is of u woont op het adres Boeier 32-14. Op 28 januari", ["Boeier 32-14"]),
        ("De brief ging naar het nieuwe adres, Tuinen 7-A. In de brief", ["Tuinen 7-A"]),
        ("Aanmaningen niet aangekomen (oud adres: Kerkbrink 4).", ["Kerkbrink 4"]),
        ("Het IP-adres Server 12.", []),
    ],
)
def test_a_street_after_the_word_adres(text, addresses):
    assert found_texts(text, "ADDRESS") == addresses


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("De leden van de stichting (dichter F. Starik was oprichter) schrijven.", ["F. Starik"]),
        ("Taxichauffeur Jansen reed door rood.", ["Jansen"]),
        ("Kunstenaar Ayla Demir toont haar werk.", ["Ayla Demir"]),
        # a plural role that is also a surname is left out of the list ("Schrijvers")
        ("Verhuurder volgens huurcontract: J. Schrijvers.", ["J. Schrijvers"]),
    ],
)
def test_roles_of_artists_and_drivers(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Initiator       : Baldewsingh, Radjesh\nBSN   : 385280841", ["Baldewsingh, Radjesh"]),
        ("Organiser: Kowalski, Anna\nDate: 2024-05-04", ["Kowalski, Anna"]),
    ],
)
def test_the_initiator_of_a_demonstration(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a two-letter surname that is also a word, after "van der" or a capitalised "Van"
        ("Aanwezig: bewoners, waaronder dhr. P. van der Aa (Markt).", ["dhr. P. van der Aa"]),
        ('Dhr. Van der Aa: "Elke zaterdag staan ze er."', ["Dhr. Van der Aa"]),
        ("Toelichting college\nDe heer Van Os stelt dat het duidelijk is.", ["De heer Van Os"]),
        # after initials alone no name
        ("A. van der Li", []),
    ],
)
def test_a_two_letter_surname_after_van_der(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a changed value after an arrow opens a field as a colon does
        (
            "persoon: Kerkhof, Jan Willem -> Kerkhof, Janna Willemijn\ngeslacht: M -> V",
            ["Kerkhof, Jan Willem", "Kerkhof, Janna Willemijn"],
        ),
        ("Naam: Bakker, Anna → Bakker-Smit, Anna", ["Bakker, Anna", "Bakker-Smit, Anna"]),
    ],
)
def test_surname_first_after_an_arrow(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # nota bene and a postscript open a note, no initials
        ("Groningen.\n\nN.B. Chidi Okonkwo gaf aan dat er een klacht loopt.", ["Chidi Okonkwo"]),
        ("Dat is goed. P.S. Pieter komt ook.", ["Pieter"]),
        # after a title or in a sentence they are initials
        ("dhr. N.B. Jansen belde", ["dhr. N.B. Jansen"]),
        ("Overleg met N.B. Jansen", ["N.B. Jansen"]),
    ],
)
def test_nota_bene_is_no_initials(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # quoted names of a change of name: listed, perhaps with a tussenvoegsel
        ("Uw geslachtsnaam te wijzigen van 'Boateng' in 'Mensah'.", ["Boateng", "Mensah"]),
        ("De naam wordt gewijzigd van 'Wiśniewski' naar 'Kowalczyk'.", ["Wiśniewski", "Kowalczyk"]),
        ("Hun geslachtsnaam wordt 'Van der Meer', de naam van de moeder.", ["Van der Meer"]),
        (
            "U kunt kiezen voor naamgebruik 'Arslan-Yıldız' of 'Yıldız-Arslan'.",
            ["Arslan-Yıldız", "Yıldız-Arslan"],
        ),
        ("De buurvrouw noemt namen 'Dragan' en 'Milica'.", ["Dragan", "Milica"]),
        # no name: a form's answer, a status
        ("Het antwoord wijzigen van 'Ja' in 'Nee'.", []),
        ("Status gewijzigd van 'Open' naar 'Gesloten'.", []),
        # a nickname with an article is a word
        ('Ook bekend als: "de Professor" (bijnaam op straat)', []),
    ],
)
def test_quoted_names_of_a_change_of_name(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Uw naam: cor van der heijden\nUw adres: Lindenlaan 233", ["cor van der heijden"]),
        ("Your name: anna de vries\n", ["anna de vries"]),
    ],
)
def test_a_lower_case_name_after_your_name(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Toedracht:\nReiziger Hulshof wilde met haar hond mee.", ["Hulshof"]),
        ("- Reiziger is met een andere taxi vertrokken.", []),
        # a number's label is no name after a role's list
        (
            "Reiziger: mevrouw A.M. Sahin-Doğan, Valys-pasnummer 7731 0492",
            ["mevrouw A.M. Sahin-Doğan"],
        ),
    ],
)
def test_a_passenger(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("- VAN ES, MARTIJN\n- DEMİR, ELİF\n\n5. AKKOORD", ["VAN ES, MARTIJN", "DEMİR, ELİF"]),
        ("Naam: DEMİR, ELİF\n", ["DEMİR, ELİF"]),
    ],
)
def test_a_turkish_dotted_capital_in_a_name_in_capitals(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the time in brackets after a chat's speaker
        (
            "Ayşe K. [09:03]: ik. samen met Thomas\nAyşe K. [09:05]: zie het",
            ["Ayşe K.", "Thomas", "Ayşe K."],
        ),
        ("Meeting [09:03]: start\nAgenda [09:05]: punt 1", []),
    ],
)
def test_a_speaker_before_the_time(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ('In the template it appears as "De Boer, A.M.". Is that intended?', ["De Boer, A.M."]),
        ('Bij lijst 4 positie 6 staat "de Haan, J." zonder roepnaam.', ["de Haan, J."]),
        ("Op lijst 3 staat nr. 14 nog als 'op den Camp, W.' maar", ["op den Camp, W."]),
        # a place or a firm's form is none
        ('Kies "Utrecht, N.V." in de lijst.', []),
    ],
)
def test_a_quoted_surname_and_initials(text, names):
    assert found_texts(text) == names
