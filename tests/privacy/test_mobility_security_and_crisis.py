"""What mobility and public space, information security, crisis teams, webcare, care at home,
integrity officers and animal welfare write (issue 13, points 1 and 4; twenty-eighth round,
from the development probes CJ, CL, CN, CP, CR, CT and CV)."""

from __future__ import annotations

import pytest

from tests.privacy.conftest import found_texts


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Na storm Dirk staan er bij ons nu 23 meldingen open.", []),
        ("Verslag ROT-overleg 3 – Storm Dirk\nVeiligheidsregio Fryslân", []),
        ("During hurricane Irma the office in Sint Maarten closed.", []),
        ("Hij heeft zwemles bij zwembad De Berkel op dinsdag.", []),
        ("De parkeergarages (Garage Wilhelminapark en Garage Prins Hendrik) zijn dicht.", []),
        ("OPV-02,Kulturhus Gerben Rypma,Schoolstraat,Workum,60", []),
        # the person of the same name is still one
        ("Dirk Visser meldt een omgewaaide boom.", ["Dirk Visser"]),
    ],
)
def test_storms_pools_and_garages_named_like_people_are_no_people(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Schrijf een brief aan de bewoners.\n\nToon: zakelijk, geen jargon.", []),
        ("Vat dit samen.\nToon: sober, respectvol. Sluit af met een groet.", []),
        ("Maak er een persbericht van. Toon: heel vriendelijk en kort.", []),
        # the speaker Toon in a chat
        ("[10:01] Toon: ok doe ik\n[10:02] Toon: klaar", ["Toon", "Toon"]),
    ],
)
def test_the_tone_of_a_prompt_is_no_name(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("U moest uw woning verlaten vanwege het hoge water van de Maas.", []),
        ("Het water van de Maas zakt. Vanaf dinsdag mag u terug.", []),
        ("De fietsbrug over de Berkel wordt vernoemd.", []),
        # the surname with a title or a first name
        ("Uw klacht is behandeld door de heer R. Maas, klachtcoördinator.", ["de heer R. Maas"]),
        ("Namens de heer Van Rijn stuur ik u dit.", ["de heer Van Rijn"]),
    ],
)
def test_rivers_after_de_are_no_surnames(text, names):
    assert found_texts(text) == names


def test_a_frisian_morning_greeting_opens_the_names_it_greets():
    text = "Verzonden: zondag 5 november 08:12\n\nMoarn Tjitske en Auke,\n\nNa de storm staan er"
    assert found_texts(text) == ["Tjitske", "Auke"]


def test_the_officer_of_the_public_space_department_is_a_person():
    text = "22:55 piket openbare ruimte Lars Gerritsen ter plaatse, weg afgezet."
    assert found_texts(text) == ["Lars Gerritsen"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Aanwezig: OvD Mustafa Kaya, bevelvoerder L. Dijkstra, OvD-G Ingrid Veenstra.",
            ["Mustafa Kaya", "L. Dijkstra", "Ingrid Veenstra"],
        ),
        (
            "Deelnemers: OL Marten Sikkema (vz), AC Brandweer Douwe Jorritsma, "
            "AC GHOR Reinder de Vries, AC Bevolkingszorg Fenna Haarsma-Visser",
            ["Marten Sikkema", "Douwe Jorritsma", "Reinder de Vries", "Fenna Haarsma-Visser"],
        ),
        ("11:12 OL Janssen: derde opvanglocatie voorbereiden", ["Janssen"]),
        ("Opgesteld door: ACGZ Reinder de Vries\nTijdstip: 16.00 uur", ["Reinder de Vries"]),
        ("Gesprek gevoerd door BOT-lid Anouk Willems op 18 juli.", ["Anouk Willems"]),
        ("10:48  Persvoorlichter Tim van 't Hek: eerste persbericht uit", ["Tim van 't Hek"]),
        ("Dispatch Marco: Goedemorgen!\nFerhat Aksoy: duidelijk", ["Marco", "Ferhat Aksoy"]),
    ],
)
def test_crisis_functions_and_roles_before_a_name_stay_outside_it(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Van: Laura Spijkerman\nAan: Functionaris Gegevensbescherming\nOnderwerp: datalek",
            ["Laura Spijkerman"],
        ),
        ("-----Oorspronkelijk bericht-----\nVan: Selfservice Portaal\nVerzonden: maandag", []),
        (
            "Ontvangen door: Selin Arslan, Meldpunt Informatiebeveiliging\n\nWat is er gebeurd?",
            ["Selin Arslan"],
        ),
        ("Offline gehaald door Joyce van Webredactie en opnieuw geplaatst.", ["Joyce"]),
        ("From: Consular Section, Embassy of India in The Hague", []),
        (
            "AC Politie Esther Koopmans, Wetterskip: Jan Willem Stellingwerf",
            ["Esther Koopmans", "Jan Willem Stellingwerf"],
        ),
        ("Namens alle inwoners van Valkenburg wil ik u bedanken.", []),
        ("Namens de familie van Valkenburg wil ik u bedanken.", ["familie van Valkenburg"]),
        ("Het gesprek met Jan van Valkenburg ging goed.", ["Jan van Valkenburg"]),
    ],
)
def test_offices_mailboxes_and_places_are_no_people(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "[10:01] anna: hoi\n[10:03] bas vd Heuvel (brw): ploeg staat klaar\n[10:05] anna: top",
            ["anna", "bas vd Heuvel", "anna"],
        ),
        ("@sara kun je kijken?\n\ntim v. dijk  10:19\néén login gelukt\n", ["sara", "tim v. dijk"]),
        (
            "Servicedesk: Goedemorgen.\nwillem v/d wal 11:02: hoi ik krijg een fout\n"
            "Servicedesk: Vervelend!",
            ["willem v/d wal"],
        ),
    ],
)
def test_lower_case_speakers_with_an_abbreviated_tussenvoegsel(text, names):
    assert found_texts(text) == names


def test_a_surname_in_capitals_with_its_particle_opens_a_cell():
    text = (
        "Kaartnr.   | Houder                        | Geb.datum  | Soort\n"
        "NL-SWF-2211 | ZIJLSTRA, Wopke                | 14-05-1949 | Bestuurder\n"
        "NL-SWF-2212 | DE VRIES-ATTEMA, Hiltsje       | 02-08-1938 | Passagier\n"
    )
    assert found_texts(text) == ["ZIJLSTRA, Wopke", "DE VRIES-ATTEMA, Hiltsje"]


def test_a_role_after_a_comma_ends_a_list_of_names():
    text = "Attn. Mr Krzysztof Zieliński, Fleet Manager\nul. Portowa 17\n87-100 Toruń"
    assert found_texts(text) == ["Mr Krzysztof Zieliński"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Behandelend arts / huisarts: DR. P.H. VAN 'T WOUT, Huisartsenpraktijk Wittevrouwen",
            ["DR. P.H. VAN 'T WOUT"],
        ),
        ("Specialist: DR. N. EL KHATTABI, UMC Utrecht", ["DR. N. EL KHATTABI"]),
        (
            "Postbus 40219\n8004 DE Zwolle\n\nMEVROUW Y. HOEKSTRA-BOSMA\nNOARD 14",
            ["MEVROUW Y. HOEKSTRA-BOSMA"],
        ),
        ("Gewenste babs: MEVR. C. PAULUS\n\nHandtekening partner 1:", ["MEVR. C. PAULUS"]),
        # no initials, no name by this rule
        ("AFDELING MW. VERGUNNINGEN", []),
    ],
)
def test_a_title_and_initials_in_capitals_open_a_name(text, names):
    assert found_texts(text) == names


def test_a_surname_recurs_with_its_tussenvoegsel_capitalised():
    text = (
        "Aanwezig: Tim van 't Hek (communicatie), Jan ten Brink.\n"
        "4. Communicatie\nVan 't Hek stelt voor een bewonersavond te houden.\n"
        "- Brief aan bewoners – Van 't Hek"
    )
    assert found_texts(text) == ["Tim van 't Hek", "Jan ten Brink", "Van 't Hek", "Van 't Hek"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "[10:40] Oksana Melnyk: family Bondarenko has no insurance",
            ["Oksana Melnyk", "family Bondarenko"],
        ),
        ("I live with the family Holtrop since April 2022.", ["family Holtrop"]),
    ],
)
def test_the_english_family_opens_a_name_as_familie_does(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("die brief is van 2022. ik heb Ghulam (vader) gevraagd om een nieuwe", ["Ghulam"]),
        ("Rasha (moeder) belde vrijdag over de taxi.", ["Rasha"]),
    ],
)
def test_a_role_in_brackets_after_a_first_name_makes_it_one(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Please sign the letter as R. Ouchan, privacy officer.", ["R. Ouchan"]),
        (
            "Schrijf een reactie. Onderteken met Femke de Vries, beleidsmedewerker.",
            ["Femke de Vries"],
        ),
        ("This is a design as Bill wanted it.", []),
    ],
)
def test_the_signature_asked_of_an_assistant_is_a_name(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "addresses"),
    [
        ("EV-0117;Kusters;Maria Johanna;03-02-1935;Helbeek 41;5912 AB;Venlo", ["Helbeek 41"]),
        (
            "TW-1104\tSzymańska, Agnieszka\tGrote Oost 101-A\t1621 BX\tHoorn",
            ["Grote Oost 101-A", "Hoorn"],
        ),
        (
            "07-03-2025 0098217    Jorritsma, W.               De Kolk 77                  8443 TA",
            ["De Kolk 77"],
        ),
        ("Prioriteit:\n\n1. Noard 14, 8711 AA – boom op dak", ["Noard 14"]),
        ("Adres: Kerkstraat 21 bus 2\nPostcode en plaats: 5211 KE", ["Kerkstraat 21 bus 2"]),
        (
            "Address in the Netherlands: Wilhelminakade 135 app. 1204, 3072 AP Rotterdam",
            ["Wilhelminakade 135 app. 1204", "Rotterdam"],
        ),
        ('"Chen, Wei",Financiën,Emmastraat 40 rd,1814 DN,Alkmaar', ["Emmastraat 40 rd"]),
        (
            '"Dogan, Hüseyin",1972-06-19,Brusselsestraat 88 B01,6211 PG,Maastricht',
            ["Brusselsestraat 88 B01"],
        ),
    ],
)
def test_streets_before_a_postcode_in_a_cell_and_house_number_additions(text, addresses):
    # (the city after a postcode is reported with the address, see places.py)
    assert found_texts(text, "ADDRESS") == addresses


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("From: Chen Mei <mei.chen@contractor.com>\nTo: iac@veiligheidsregio.nl", ["Chen Mei"]),
        ("ik heb de foto's van Haarsma gezien, it looks worse", ["Haarsma"]),
        ("Van: Rode Kruis Herstellen Familiebanden <rfl@redcross.nl>\nAan: iac@denhaag.nl", []),
        (
            "Yvonne Tjon-A-Fat\nvrijwilliger Herstellen Familiebanden\nNederlandse Rode Kruis",
            ["Yvonne Tjon-A-Fat"],
        ),
    ],
)
def test_the_red_cross_a_chinese_given_name_mei_and_a_plural_before_van(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # handles are user names: a first name found elsewhere is not repeated inside one
        ("@jeroen.t;Jeroen ten Hove;X;05-06-2024", ["Jeroen ten Hove"]),
        ("Shanaya Ramdin (influencer, @shanaya.vibes, 38k volgers)", ["Shanaya Ramdin"]),
        ("Van: Team Pers en Media\nAan: persberichten@rotterdam.nl", []),
        ("Ref: SEC-2024-051 | Owner: Online Communication\n\nSummary", []),
        ("Prepared by: Sarah van Rijn, Head of Communications", ["Sarah van Rijn"]),
        ("na de post van lokale nieuwssite Deventer RTV Online over het zwembad", []),
        ("Nb: mw. had geen personenalarmering.", []),
        (
            "Mrs Whitfield has fallen twice. Her GP, Dr. Groeneveld, supports it.",
            ["Mrs Whitfield", "Dr. Groeneveld"],
        ),
        ("met muziek van het Mr. Jacobs Mannenkoor.", []),
        ("Wondzorg door de wijkverpleging.\n\nErnst: matig. Herhalingskans: groot.", []),
        ("[10:01] Ernst: ik ga erheen", ["Ernst"]),
    ],
)
def test_handles_press_teams_and_labels_are_no_people(text, names):
    assert found_texts(text) == names


def test_a_lower_case_display_name_after_a_handle():
    text = (
        "@henkie1966 (henk vd berg): ja ja nieuwe boompjes\n"
        "@roelofje88 (roelof): kan die jos niet gewoon antwoorden\n"
        "@x_nieuws (de redactie): wij volgen dit"
    )
    assert found_texts(text) == ["henk vd berg", "roelof"]


def test_at_home_after_a_name_is_no_institution():
    text = "Mevrouw H. Wijnberg samen met haar dochter Esther thuis bezocht."
    assert found_texts(text) == ["Mevrouw H. Wijnberg", "Esther"]


@pytest.mark.parametrize(
    ("text", "postcodes"),
    [
        ("AS-24-101;08-01-2024;Mulder, J.;Van Hogendorpstraat 3;7412 AM;fiets", ["7412 AM"]),
        ('"boom over fietspad",Stationsweg 2,6711 PM,opgelost', ["6711 PM"]),
        ("Mohammadi, Farid\t30-10-1984\tZwart Janstraat 17\t3035 AM\tRotterdam", ["3035 AM"]),
        # after no address, the letters of a time or a unit stay no postcode
        ("De vergadering duurt van 9 tot 1200 AM, daarna lunch.", []),
    ],
)
def test_a_postcode_with_unlikely_letters_after_an_address(text, postcodes):
    assert found_texts(text, "POSTCODE") == postcodes


@pytest.mark.parametrize(
    ("text", "addresses"),
    [
        ("Ms Magdalena Wiśniewska\nul. Długa 44 m. 7\n00-238 Warszawa", ["ul. Długa 44 m. 7"]),
        ("bij mw. Bakker (82), Tuinstraat 4 bg. Aanleiding: een val", ["Tuinstraat 4 bg"]),
        ("De bus stopt op de Kerkweg 4 m. Daarna links.", ["Kerkweg 4 m"]),
    ],
)
def test_a_polish_flat_and_the_ground_floor_as_house_number_additions(text, addresses):
    assert found_texts(text, "ADDRESS") == addresses


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Medewerker: Kevin Sloot, BOA Parkeerhandhaving\nGeboortedatum: 12-12-1990",
            ["Kevin Sloot"],
        ),
        ("Fase 1: hoofdingang – Aanvrager: Facilitair. Planning september.", []),
        ("Afgehandeld door: Functionaris Gegevensbescherming (R. Ramdin)", ["R. Ramdin"]),
    ],
)
def test_a_department_after_a_role_label_is_no_name(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Terugkoppeling huisbezoek mw. Wijnberg (geb. 1951)\n\nBeste dokter,", ["1951"]),
        ("I live with my grandmother, Halyna Melnyk (born 1942). We live here.", ["1942"]),
        ('op naam van "Nikolai Kowalenko", geboren 1921 in "Poltawa".', ["1921"]),
        # a year in a story, a year to come, a year that is part of a number
        ("Zoon is geboren in 1990 en woont in Utrecht.", []),
        ("Het kind wordt geboren 2099, zegt de planning.", []),
        ("geb. 1951-2 is het dossiernummer", []),
    ],
)
def test_a_year_alone_after_a_birth_cue_is_the_birth_date(text, years):
    assert found_texts(text, "DATE_OF_BIRTH") == years


def test_a_team_named_by_a_plural_role_in_a_mail_header_is_no_name():
    text = (
        "From: Ravi Chandrasekaran <ravi.c@rvo.nl>\n"
        "To: Vertrouwenspersonen <vertrouwenspersoon@rvo.nl>"
    )
    assert found_texts(text) == ["Ravi Chandrasekaran"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Bij besluit heb ik uw hond Guus aangewezen. Sindsdien geldt voor Guus een gebod.",
            [],
        ),
        ("Er staat een oudere merrie (naam Bella, ca. 24 jaar) in de tuin.", []),
        (
            "Kevin Hermsen en Esra Doğan claimen beiden de hond Luna.",
            ["Kevin Hermsen", "Esra Doğan"],
        ),
        # the owner, and a person of the pet's name in full
        (
            "de hond van Jan Visser beet; onze hond Max is dood, groet Max Verstappen",
            ["Jan Visser", "Max Verstappen"],
        ),
    ],
)
def test_a_name_right_after_an_animal_word_is_a_pets(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("kennel 7, quarantaine. Dierenarts Van Dongen komt om 2 uur", ["Van Dongen"]),
        ("Keuringsarts voor herkeuring NL-SWF-2214: F. Ouchan, basisarts.", ["F. Ouchan"]),
    ],
)
def test_a_vet_and_a_junior_doctor_are_roles(text, names):
    assert found_texts(text) == names


def test_an_animals_birth_date_column_holds_no_persons_birth_date():
    text = (
        "chip_number\tanimal\tanimal_dob\towner_name\towner_dob\n"
        "528140000442190\tdog\t2023-02-20\tBakker, Thijs\t1984-05-02\n"
    )
    assert found_texts(text, "DATE_OF_BIRTH") == ["1984-05-02"]
