"""Names, rotas, registers and address lines as libraries, farms and their inspectors, the GGD
and a municipality's contact centre write them (issue 13, points 1, 2 and 4; thirty-second
round, from the development probes)."""

from __future__ import annotations

import pytest

from tests.privacy.conftest import found_texts


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Mustafa van de ODNL wil de mestbonnen nog zien.", ["Mustafa"]),
        ("Ik heb contact opgenomen met Sevda Yılmaz van de NVWA. Zij belt.", ["Sevda Yılmaz"]),
        (
            "- 15:15 Jolanda van VluchtelingenWerk belt namens Tsega Haile.",
            ["Jolanda", "Tsega Haile"],
        ),
        # a tussenvoegsel before a listed surname stays the name's
        ("Het gaat om Fatima van der Berg uit Zwolle.", ["Fatima van der Berg"]),
        # inner capitals of surnames
        ("Dear Mr McDonald and Ms LeBlanc,", ["Mr McDonald", "Ms LeBlanc"]),
    ],
)
def test_where_a_person_works_written_as_an_abbreviation_or_in_one_word(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Rooster KCC\nma: Khalid, Priya, Tom\ndi: Oksana, Jorrit\nwo: Khalid, Tom\n",
            ["Khalid", "Priya", "Tom", "Oksana", "Jorrit", "Khalid", "Tom"],
        ),
        # a line with only a surname and a given name is still one person
        ("Nieuw adres buitenland\nBenali, Youssef\n09-09-1976", ["Benali, Youssef"]),
    ],
)
def test_a_rota_names_two_people_per_day(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Partner: VAN DAM, Anna Cornelia, geboren 12-12-1986",
            ["VAN DAM, Anna Cornelia"],
        ),
        ("Achternaam: VAN DAM\nVoornamen: Gerrit", ["VAN DAM", "Gerrit"]),
        ("Vergunninghouder;KOÇ, E.;verleend", ["KOÇ, E."]),
        # an abbreviation after a role label stays no name
        ("Behandelaar: FG\nContact: de FG", []),
    ],
)
def test_a_short_surname_in_capitals_after_its_tussenvoegsel_or_before_initials(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Oude Rijksweg 41, 7957 NB De Wijk. Spoke with owner Mrs. Marit Bos.", ["Mrs. Marit Bos"]),
        ("Harm Koster\nDorpsweg 12, 7957 NC De Wijk\n0522-441093", ["Harm Koster"]),
        # a tab opens the next cell: a name
        ("3062 AM\tHans de Boer\t06-12345678", ["Hans de Boer"]),
    ],
)
def test_the_place_after_a_postcode(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Your solo exhibition in the Karel Appel Gallery opens on 4 May.", []),
        ("I work night shifts at the LUMC (Willem Einthoven building).", []),
        ("Address: 88 Wulumuqi Middle Road, Xuhui District, Shanghai", []),
        ("2024-02-03,Foyer Thorbecke,paraplu zwart,nee", []),
        ("C-25-0102\tAkkerbouw Zuidema\tZuidema, Anne-Marie\tHoofdweg 3", ["Zuidema, Anne-Marie"]),
        ("- Legionella sauna Thermen Sint-Pieter: tweede monster negatief", []),
        (
            "Van: Nieuwsbrief Platteland (no-reply)\nAan: Abonnees Nieuwsbrief Platteland\n"
            "Onderwerp: Nieuwsbrief maart",
            [],
        ),
        # the person after the place is still a person
        ("Contact in the gallery: Ms Ingrid Solvang.", ["Ms Ingrid Solvang"]),
    ],
)
def test_galleries_buildings_districts_foyers_farms_baths_and_newsletters(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Noem wethouder Kuiper NIET, die komt pas in de volgende ronde.", ["Kuiper"]),
        ("De klant wil door mr. Vellinga van BIJ12 worden gebeld.", ["mr. Vellinga"]),
        (
            "Deel 1 - Medewerker\nNaam: SMEENGE, Jildou A.\nPersoneelsnummer: 55102",
            ["SMEENGE, Jildou A."],
        ),
        ("Zaal was dubbel verkocht. Zaalwacht Henk heeft hen op het balkon gezet.", ["Henk"]),
        ("Rondleider Ahmed Bennani neemt de groep over.", ["Ahmed Bennani"]),
    ],
)
def test_a_word_in_capitals_after_a_name_and_the_roles_of_a_venue(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Bibliotheek Oosterhout, Vincent van Goghkamer, dinsdag 5 maart", []),
        ("Datum: 12-09-2024, 10:00 uur, vergaderkamer Aletta Jacobs\n\nAanwezigen:", []),
        ("Plaats: overlegruimte Mata Hari, begane grond", []),
        # where a first name works is still cut off, the first name kept
        ("Jeroen van Veilig Thuis belt terug.", ["Jeroen"]),
        # a room of a home is no room named after someone
        ("In de woonkamer Fatima Yilmaz aangetroffen.", ["Fatima Yilmaz"]),
    ],
)
def test_rooms_named_after_someone(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "2. mevrouw drs. W.J. Bosgra-Tjoe A Foe, geboren op 12 december 1977",
            ["mevrouw drs. W.J. Bosgra-Tjoe A Foe"],
        ),
        ("Van Ommeren-Tjon A Fat wijst erop dat het kan.", ["Van Ommeren-Tjon A Fat"]),
        (
            "wethouders Kroon, Bakker-Tjon A Fong en Yıldız",
            ["Kroon", "Bakker-Tjon A Fong", "Yıldız"],
        ),
    ],
)
def test_a_surinamese_chinese_surname_as_the_second_part_of_a_double_surname(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Nevenfuncties\n\nBaldewsingh, D. - raadslid GroenLinks-PvdA\n- docent\n\n"
            "Groot, J.W. de - raadslid VVD\n\nMulder, E. - wethouder (Sport)",
            ["Baldewsingh, D.", "Groot, J.W. de", "Mulder, E."],
        ),
        # a hyphen inside a word is no dash
        ("Bolt, G. - Helperzoom 44, 9722 BE Groningen", ["Bolt, G."]),
    ],
)
def test_a_surname_and_initials_before_a_spaced_hyphen(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "VOORZITTER: Het woord is aan mevrouw Tesfamariam.\nTESFAMARIAM: Dank u.\n"
            "VOORZITTER: Dank.\nTESFAMARIAM (inspreker): Nog één ding.",
            ["mevrouw Tesfamariam", "TESFAMARIAM", "TESFAMARIAM"],
        ),
        # a surname in capitals elsewhere in a line is no speaker
        (
            "Het woord is aan mevrouw Tesfamariam.\nZIE OOK TESFAMARIAM: bijlage",
            ["mevrouw Tesfamariam"],
        ),
    ],
)
def test_a_surname_as_its_speakers_label_in_capitals(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("besluit verzonden,10-03-2024,JZ-ES,verdaagd", []),
        ("4;01-03-2022;offerte;Offerte Van der Wiel Sportbouw B.V.;niet openbaar", []),
        ("Van: Raadsinformatiesysteem Zuidermeer (automatisch bericht)", []),
        # a double surname in capitals is still a name
        ("Naam: JANSEN-DE VRIES", ["JANSEN-DE VRIES"]),
    ],
)
def test_codes_quotes_and_systems(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Zijn advocaat is toch mr Kuipers van Kuipers & Slot?", ["mr Kuipers"]),
        ("Nee, nu mr. Özcan van Özcan Legal. Die heeft gebeld.", ["mr. Özcan"]),
        ("en Rick Bakker van Bakker Groepsvervoer", ["Rick Bakker"]),
        # a particle still joins two halves of one name
        ("Maricel dela Cruz belde.", ["Maricel dela Cruz"]),
    ],
)
def test_a_firm_named_after_the_person_who_works_there(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("De wagens vertrekken voortaan vanaf depot Johan Huizinga.", []),
        ("Nieuwe milieustraat Cornelis Lely open in Lelystad-Noord", []),
        ("Ook medewerkers van de Kringloop Prinses Irene zijn aanwezig.", []),
        ("naast het terrein van Recycling Van der Heijden", []),
        ("Van: Afvalservice Zaanstad <noreply-afval@zaanstad.nl>", []),
        ("Ik bel wel even met Gerda van Afvalbrengpunt Noord.", ["Gerda"]),
        ("Reparatie e-bike volgens Tweewielers De Vries: € 685,00", []),
        ("Met vriendelijke groet,\nDAS Rechtsbijstand\n\nmr. L. Verhagen", ["mr. L. Verhagen"]),
        ("Notification: Dutch Labour Inspectorate", []),
        (
            "Onderwerp: RE: Claim Tkachenko\n\nBeste Oliver, mevrouw Tkachenko belde.",
            ["Tkachenko", "Oliver", "mevrouw Tkachenko"],
        ),
        ("Van: Team Bezwaar & Beroep", []),
        ("Client: Mr Tadesse Gebremariam, Eritrean, residence permit", ["Mr Tadesse Gebremariam"]),
        ("06-22391744;Woonbron;842,15\n;;Eneco;356,90\n;;Menzis;274,60", []),
    ],
)
def test_depots_recycling_legal_aid_claims_nationalities_and_creditors(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "in de zaak van\n\nJohanna Petronella Verschuren-Van Gool,\nwonende te Breda",
            ["Johanna Petronella Verschuren-Van Gool"],
        ),
        ("Anna Jansen-De Gool, wonende te Tilburg", ["Anna Jansen-De Gool"]),
    ],
)
def test_the_rest_of_a_married_name_after_a_hyphen_and_a_tussenvoegsel(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (
            "Romano: Mag ik uw geboortedatum ter controle?\nW.F. Kok: 30-01-1961\n"
            "Romano: Dank u, meneer Kok.",
            ["30-01-1961"],
        ),
        (
            "[12-07-24 09:20] Gemeente: Kunt u uw geboortedatum en postcode doorgeven? Dan kijk"
            " ik het na.\n[12-07-24 09:21] Nicole Tromp: 19-02-1990 en 1502 AB\n",
            ["19-02-1990"],
        ),
        # a question about something else: the date in the answer is no birth date
        (
            "Wat is de datum van uw aanvraag?\nW.F. Kok: 30-01-2019, geboortedatum weet ik niet",
            [],
        ),
    ],
)
def test_a_birth_date_given_in_answer_to_a_question(text, dates):
    assert found_texts(text, "DATE_OF_BIRTH") == dates


@pytest.mark.parametrize(
    ("text", "phones"),
    [
        ("Transcript (automatisch, KCC-lijn 14 024):\nMedewerker: Gemeente Nijmegen", ["14 024"]),
        ("ja joost. zijn nr 14 050 en dan vragen naar leerplicht", ["14 050"]),
        ("Linda Reijnders, medewerker participatie (14 024, toestel 3381)", ["14 024"]),
        # a bus line is no phone line, a count no number
        ("Neem lijn 14 naar het station.", []),
        ("De gemeente telt 14 020 inwoners, toestel of niet.", []),
        ("Jeannette Martis: 974650754, telefon 786 4412", ["786 4412"]),
        ("in case you need it for the form, phone 416 4419", ["416 4419"]),
        # the end of a longer number abroad, or a web log's status and size, are none
        ("Tel. 0113 496 0781", []),
        ('GET /?firstName=Ilona HTTP/1.1" 200 1422 "-"', []),
    ],
)
def test_a_municipal_number_after_the_line_it_serves(text, phones):
    assert found_texts(text, "PHONE") == phones


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Agnieszka Wiśniewska\nTender Department\nPolBud Sp. z o.o.\nul. Marszałkowska 1",
            ["Agnieszka Wiśniewska"],
        ),
        ("Your agency, Kowalczyk Flex Personeel Sp. z o.o., is registered.", []),
        ("Research Lead, Transparency Watch Europe", []),
        ("Grzegorz Stanisławski, director\nStanisławski Farms", ["Grzegorz Stanisławski"]),
        # a person from Europe is still a person
        ("Mrs Europa Jansen called.", ["Mrs Europa Jansen"]),
    ],
)
def test_polish_companies_european_organisations_and_farms(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Knowledge migrants from ASML and Philips wait 19 days.", []),
        # the surname with a form of address is a person
        ("Ik sprak meneer Philips over de aanvraag.", ["meneer Philips"]),
    ],
)
def test_a_known_firm_alone_is_the_firm(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Naam: P.A. VAN 'T ZAND\nGeboortedatum: 11-09-1969", ["P.A. VAN 'T ZAND"]),
        ("Achternaam: VAN 'T HOF\nVoornamen: Cornelis", ["VAN 'T HOF", "Cornelis"]),
        ("Naam: Jan van 't Zand", ["Jan van 't Zand"]),
    ],
)
def test_the_tussenvoegsel_t_in_capitals(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Samir translates the letter into Arabic.", ["Samir"]),
        ("Olena vertaalt voor een Oekraïense familie.", ["Olena"]),
        ("So Shirin needs to call Vattenfall.", ["Shirin"]),
        # a word before such a verb is no name
        ("Het systeem vertaalt de brief automatisch.", []),
    ],
)
def test_a_first_name_as_the_subject_of_translating_confirming_and_needing(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (
            "Naam: RAMLAL, Anjali\nGeboortedatum: 18-12-2006\n\nVaccinatie        Datum\n"
            "DKTP-Hib-HepB 1            14-02-2007    CB Leiden-Noord\n"
            "BMR 1                      21-01-2008    CB Leiden-Noord",
            ["18-12-2006"],
        ),
        # two birth dates side by side under their header stay birth dates
        (
            "Geboortedatum                         Geboortedatum\n"
            "12-02-1966                            29-09-1969\n",
            ["12-02-1966", "29-09-1969"],
        ),
        # a printed form's dot leader is a label, no column
        ("Geboortedatum .........: 03-01-1921\nGeboorteplaats ........: Midwolde", ["03-01-1921"]),
    ],
)
def test_dates_in_columns_lined_up_with_spaces_under_a_birth_date(text, dates):
    assert found_texts(text, "DATE_OF_BIRTH") == dates


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (
            "Zijn vader, geboren op Curaçao op 8 februari 1940, is in 2004 begraven.",
            ["8 februari 1940"],
        ),
        ("Ik ben geboren in Kabul op 1 januari 1990, dat staat op mijn pas.", ["1 januari 1990"]),
        (
            "Jansen, geboren op zeventien maart negentienhonderd eenenzestig, wonende te Delft",
            ["zeventien maart negentienhonderd eenenzestig"],
        ),
        ("Alleen voor kinderen geboren op of na 1 januari 2024.", []),
    ],
)
def test_born_in_a_place_and_on_a_date(text, dates):
    assert found_texts(text, "DATE_OF_BIRTH") == dates


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Dorpsweg 12, 7957 NC De Wijk\n0522-441093", ["Dorpsweg 12", "De Wijk"]),
        ("Dorpsstraat 14\t3732 HA\tDe Bilt\t030-2201843", ["Dorpsstraat 14", "De Bilt"]),
        ("Kerkstraat 1, 1234 AB Amsterdam Noord", ["Kerkstraat 1", "Amsterdam"]),
    ],
)
def test_an_unlisted_place_after_a_postcode_keeps_its_article(text, places):
    assert found_texts(text, "ADDRESS") == places


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "[09:12] fatima el khatib: morgen iemand tijd?\n[09:13] Corrie: ja, ik",
            ["fatima el khatib", "Corrie"],
        ),
        (
            "[09:32] jeroen van den berg: ik kan\n[09:33] marloes: 👍",
            ["jeroen van den berg", "marloes"],
        ),
    ],
)
def test_a_speaker_in_lower_case_with_an_arabic_particle(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Naam: FAM. OSEI-BONSU\nAdres: BURGEMEESTER DE WITSTRAAT 4", ["FAM. OSEI-BONSU"]),
        (
            "JA. WIJKAGENT BOSMAN EN MEVR. KLEINJAN VAN WONINGSTICHTING PATRIMONIUM",
            ["MEVR. KLEINJAN"],
        ),
        ("FAM. AKKERMANS-VAN DE VEN\nRINGBAAN-WEST 302", ["FAM. AKKERMANS-VAN DE VEN"]),
        ("Contact: MW. VAN DER LAAN", ["MW. VAN DER LAAN"]),
        # a form of address before a common word in capitals is none
        ("AAN DHR. GEMEENTE EN MEVR. VRIJDAG", []),
    ],
)
def test_a_form_of_address_and_a_surname_in_capitals(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("de buurman van nr 5, mnr. Holtkamp, heeft alles gezien", ["mnr. Holtkamp"]),
        ("pfff. mnr Sital kwam een half uur te laat", ["mnr Sital"]),
    ],
)
def test_mnr_as_meneer(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Gegevens partner\nRosario-Cijntje, E.        BSN 711471046", ["Rosario-Cijntje, E."]),
    ],
)
def test_a_surname_and_initials_before_the_next_column_of_a_pdf(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Hij heet Kléber Sousa en woont hier.", ["Kléber Sousa"]),
        ("meneer heet Ter Braak toch?", ["Ter Braak"]),
        # one word after "heet" alone may be a pet
        ("Onze hond heet Saar.", []),
    ],
)
def test_a_given_name_and_a_surname_after_heet(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Uitgetreden bestuurders\n- YILMAZ, Osman, uitgetreden per 31-12-2023", ["YILMAZ, Osman"]),
        (
            "verklaart de universiteit dat\n\nKARIMI, Zahra\ngeboren op: 30-06-2000",
            ["KARIMI, Zahra"],
        ),
        # a heading in capitals and a word is none
        ("HOOFDSTUK, Inleiding", []),
    ],
)
def test_a_listed_surname_in_capitals_and_a_given_name_opening_a_line(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "addresses"),
    [
        ("0546-812233\tHoofdstraat 12\tR. Lansink / Van Ameyde\t2450,00", ["Hoofdstraat 12"]),
        (
            "Gemeente Zaanstad | Stadhuisplein 100\nT 14 075 | M 06 23 98 41 07",
            ["Stadhuisplein 100"],
        ),
        # a street and a number in cells of their own are no address
        ("R01 Centrum\tma\tKoç, Serkan\tDepot Lorentzweg\t31\tstart 5.30", []),
        ("40211\tOosterpark\t35-49\tmeer toezicht", []),
        # a letter after a space still is the house number's
        ("Ik woon op Dorpsstraat 12 B, 2e etage.", ["Dorpsstraat 12 B"]),
    ],
)
def test_a_house_number_and_its_letter_stay_in_their_cell_and_on_their_line(text, addresses):
    assert found_texts(text, "ADDRESS") == addresses


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("Naam: Senna Blanker\nBSN: 362 51 00 64\nActiviteit: huiswerk", ["362 51 00 64"]),
        # grouped so without the word it is read as a phone number, not a BSN
        ("Bel 362 51 00 64 voor informatie.", []),
    ],
)
def test_a_bsn_grouped_3_2_2_2_after_the_word_bsn(text, numbers):
    assert found_texts(text, "BSN") == numbers
