"""Names as interpreting bookings, liability claims, payroll and the front desk for identity
documents write them (issue 13, points 1 and 2; thirty-fifth round, from the development
probes)."""

from __future__ import annotations

import pytest

from tests.privacy.conftest import found_texts


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a column of a desk's day list: spaces or a tab end the cell
        (
            "09:10  AANVRAAG ID-KAART   klant Verhoeven, Joost        medewerker Naomi",
            ["Verhoeven, Joost", "Naomi"],
        ),
        ("10:02\tUITREIKING\tklant Verhoeven, Joost\tbalie 3", ["Verhoeven, Joost"]),
        # initials before a cell's bar
        ("Pools | tolk B. Nowak | cliënt Haddou, K. | 30 min", ["B. Nowak", "Haddou, K."]),
    ],
)
def test_a_surname_and_given_names_that_end_a_cell(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Follow-up meeting.\nPriya noted that the waiting time went up.", ["Priya"]),
        ("Actions: Wouter drafts a reply to the insurer.", ["Wouter"]),
        ("Toelichting\nMarieke verwerkt de declaraties van het team.", ["Marieke"]),
        ("Samira asks for a transfer to the front desk.", ["Samira"]),
    ],
)
def test_a_first_name_alone_before_more_verbs_of_work(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a month after its day opens no name; alone it may ("June Anne Smith")
        ("On 14 June Olivia forwarded the photos of the pavement.", ["Olivia"]),
        ("Summary by June Anne Smith, claims handler", ["June Anne Smith"]),
        # a verb in the past opening a note
        ("No exception possible. Asked Hoekstra to forward it to the director.", ["Hoekstra"]),
    ],
)
def test_no_month_after_a_day_nor_a_past_verb_in_a_name(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Het bestand is geopend door Sanne van Facilitaire Zaken.", ["Sanne"]),
        ("Navraag gedaan bij Ruud van Sociale Zaken", ["Ruud"]),
        ("Met vriendelijke groet,\n\nH. Lubbers\nteamleider Personeel & Salaris", ["H. Lubbers"]),
        ("Van: Anouk Smit\nAan: Backoffice Reisdocumenten\nOnderwerp: spoed", ["Anouk Smit"]),
    ],
)
def test_departments_of_payroll_facilities_and_the_back_office_are_no_names(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("2024-10-01 08:55 | balie04 | user f.oudakker | DOCUMENT_ISSUED", ["f.oudakker"]),
        ("Mutatie vastgelegd, gebruiker: w.tjiook\n", ["w.tjiook"]),
        # no label: an unlisted name after the dot stays a file name or an alias
        ("Zie bijlage t.tjiook en kolom p.achternaam", []),
    ],
)
def test_any_user_name_after_a_user_label(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Niet uitbetaald:\nTkachenko, Iryna – dossier UA-1201 – € 215,00\n"
            "Savchuk, Bohdan – dossier UA-1202 – € 260,00\n",
            ["Tkachenko, Iryna", "Savchuk, Bohdan"],
        ),
        ("Gezinsleden\n1. Lysenko, Oksana – echtgenote\n", ["Lysenko, Oksana"]),
        ("Medebewoners\nHnatiuk, Taras    zoon\n", ["Hnatiuk, Taras"]),
        # a sign-off ends its line
        ("Cheers, Mike\n", ["Mike"]),
    ],
)
def test_an_unlisted_surname_and_given_names_opening_a_register_line(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Cliënt: Hermanus (Herman) Kleinheerenbrink\nGeboortedatum: onbekend",
            ["Hermanus (Herman) Kleinheerenbrink"],
        ),
        ("Aanvrager: Theodorus (Theo) Bakker\n", ["Theodorus (Theo) Bakker"]),
    ],
)
def test_a_baptismal_name_and_the_nickname_that_shortens_it(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "12-03-2024\t09:30\tIKC Pieter Jelles Troelstra\tgroep 8",
        "To: Youth Council Leiden <jongerenraad@leiden.nl>",
        "Aan: Trainees Twentse Gemeenten (groep)",
    ],
)
def test_child_centres_councils_and_municipalities_together_are_no_names(text):
    assert found_texts(text) == []


def test_a_name_after_a_child_centre_stays_one():
    assert found_texts("Het bezoek aan IKC De Regenboog met Sanne Vos") == ["Sanne Vos"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the label of a number ends a lower-case name
        ("gesprek gehad met mevr el idrissi bsn 111222333", ["mevr el idrissi"]),
        # a heading of minutes before a party's surname
        (
            "Aanwezig: de heer Verhoef.\n\nStandpunt Verhoef: de heg staat op de grens.",
            ["de heer Verhoef", "Verhoef"],
        ),
    ],
)
def test_no_label_nor_heading_in_a_name(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("object: STG-0041 | naam: Hoxha, Arben | geb: 1999-06-23\n", "1999-06-23"),
        ("Mila Zwart, geb:12-03-2016, groep 5", "12-03-2016"),
        ("GB: 01.02.1987", "01.02.1987"),
    ],
)
def test_a_birth_date_after_geb_and_a_colon(text, date):
    assert found_texts(text, "DATE_OF_BIRTH") == [date]


def test_driving_licence_categories_in_a_row_are_no_name():
    text = (
        "aanvraagnr\tnaam\tcategorie\tcbr\n"
        "RB-1\tDekker, H.G.\tC, CE\tja\n"
        "RB-2\tAyari, S.\tB, BE\tn.v.t.\n"
    )
    assert found_texts(text) == ["Dekker, H.G.", "Ayari, S."]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Jongerenambassadeur Semhar Tesfay sprak de raad toe.", ["Semhar Tesfay"]),
        ("Policy Advisor Joanna Kowalska joined the call.", ["Joanna Kowalska"]),
    ],
)
def test_ambassadors_and_advisors_are_roles_before_a_name(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("De brief wordt vertaald door Oksana van Vluchtelingenwerk.", ["Oksana"]),
        ("Gesproken met Tim van Jongerenwerk over de avond", ["Tim"]),
    ],
)
def test_refugee_and_youth_work_are_where_someone_works(text, names):
    assert found_texts(text) == names


def test_a_row_of_an_invoice_is_no_header():
    text = (
        "Datum    | Omschrijving                         | Tolk       | Min\n"
        "09-07-24 | Telefonisch tolken Dari, cliënt M. Noori | F. Amiri   | 30\n"
        "16-07-24 | Videotolken Turks, cliënt fam. Aksoy | E. Güler   | 60\n"
    )
    assert found_texts(text) == ["M. Noori", "F. Amiri", "fam. Aksoy", "E. Güler"]


def test_a_surname_and_initials_as_a_quoted_value_in_a_log():
    text = '[2024-03-18 14:27] ANNULERING id=TB-0019 door="Ten Brink, M." reden="ziek"'
    assert found_texts(text) == ["Ten Brink, M."]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("De pas is meegegeven aan Emre Kaya van Graaf Florislaan 3.", "Graaf Florislaan 3"),
        ("Ik sprak buurman Ricardo Martis van Pijlkruidstraat 9.", "Pijlkruidstraat 9"),
        # streets named after someone keep the name
        ("Ze woont aan de Jan van Goyenkade 12.", "Jan van Goyenkade 12"),
        ("Bezoek Van der Duijn van Maasdamweg 401 om 10.30", "Van der Duijn van Maasdamweg 401"),
        ("gelegen aan de Adriaen van Ostadelaan 102", "Adriaen van Ostadelaan 102"),
    ],
)
def test_a_person_and_van_before_the_street_they_live_in(text, address):
    assert found_texts(text, "ADDRESS") == [address]


def test_a_surname_and_given_name_after_a_number_in_a_log():
    text = "07:02:15 INFO  mut 88216 verlof correctie mdw 30521 Visser, Anneke +7,2 uur\n"
    assert found_texts(text) == ["Visser, Anneke"]


@pytest.mark.parametrize(
    ("text", "postcode"),
    [
        # letters that are also a unit, as a whole cell of a row
        ('"Moerwijk 12","2532 CM","Den Haag"', "2532 CM"),
        ("Hoekstra\tSjoerd\t9251 GB\t12\tdiefstal", "9251 GB"),
        ("Ramcharan;Anjali;CBS De Borg;8;9741 KM;ja", "9741 KM"),
        # in lower case with its space before a listed place, as chat writes it
        ("ze woont op de lindenlaan 7b in 2201 hk noordwijk. de", "2201 hk"),
    ],
)
def test_a_postcode_in_a_cell_or_in_lower_case_before_its_place(text, postcode):
    assert found_texts(text, "POSTCODE") == [postcode]


@pytest.mark.parametrize(
    "text",
    ["nog 1200 km verder", "haar man woont sinds 2022 in paramaribo", "1250 MG"],
)
def test_no_postcode_in_a_distance_a_year_or_a_dose(text):
    assert found_texts(text, "POSTCODE") == []


@pytest.mark.parametrize(
    ("text", "phones"),
    [
        ("Gemeente Almere\nStadhuisplein 1 | 14 036 | info@almere.nl", ["14 036"]),
        ("zet erbij dat ze voor vragen 14 078 kunnen bellen.", ["14 078"]),
        # the label of another number
        ("Werknemersnummer: 14033   Relatienummer: 88", []),
    ],
)
def test_a_municipal_number_in_a_cell_or_before_calling(text, phones):
    assert found_texts(text, "PHONE") == phones


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Het nieuwe adres is Woenselse Markt 9A, 5612 CS Eindhoven.", "Woenselse Markt 9A"),
        ("adres volgens BRP Julianastraat 6, 5371 AT Ravenstein", "Julianastraat 6"),
        ("deels thuis (Kerkewijk 63, 3904 JD Veenendaal) en deels", "Kerkewijk 63"),
    ],
)
def test_a_place_adjective_an_office_and_a_bracket_before_a_street(text, address):
    assert found_texts(text, "ADDRESS")[0] == address


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("De zitting is in het stadhuis, Spui 70.", "Spui 70"),
        ("Locatie: Raadhuis, Laan Nieuwer-Amstel 1\n", "Laan Nieuwer-Amstel 1"),
        ("Wijkcentrum Dukenburg, Meijhorst 60-01\nAanwezig:", "Meijhorst 60-01"),
        ("Venue: City Hall, Amstel 1, room B.3.10", "Amstel 1"),
    ],
)
def test_a_street_after_a_building_and_a_comma(text, address):
    assert found_texts(text, "ADDRESS") == [address]


def test_a_room_after_the_town_hall_is_no_street():
    assert found_texts("De hoorzitting is in het stadhuis, Kamer 3.", "ADDRESS") == []
    assert found_texts("Location: City Hall, Wedding Room 2\n", "ADDRESS") == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Laatste adres Oekraïne: vul. Sadova 12, kv. 45, Poltava", "vul. Sadova 12, kv. 45"),
        ("address in Poland: ul. Piękna 84/92 m. 17, Warszawa", "ul. Piękna 84/92 m. 17"),
        ("Daniel Okonkwo\n14 Admiralty Way\nLekki, Lagos", "14 Admiralty Way"),
    ],
)
def test_streets_abroad_with_their_flat(text, address):
    assert found_texts(text, "ADDRESS") == [address]


@pytest.mark.parametrize("text", ["Contactnummer: 14 020\n", "Servicenummer 14 024."])
def test_a_municipal_number_after_a_label_for_calling(text):
    assert len(found_texts(text, "PHONE")) == 1


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("hoi! welke, die van meneer vd meer?", []),
        ("mw v.d. berg belde over de claim", ["mw v.d. berg"]),
    ],
)
def test_van_der_abbreviated_after_a_lower_case_title(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("nee wacht, onderteken met mijn naam: sanne koopmans, jurist.", ["sanne koopmans"]),
        ("mijn naam: is niet belangrijk", []),
    ],
)
def test_a_lower_case_name_after_my_name_in_a_sentence(text, names):
    assert found_texts(text) == names


def test_a_person_and_van_before_the_street_at_the_text_start():
    text = "Emre Kaya van Graaf Florislaan 3 haalt de pas op."
    assert found_texts(text, "ADDRESS") == ["Graaf Florislaan 3"]
