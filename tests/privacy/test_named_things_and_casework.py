"""Things named after people, the social domain and enforcement (issue 13, tenth round):
sports halls, care homes and firms known by a person's name, assistants, ships and trains
with a person's name wherever they recur, firms with partners, teams in mail headers, and
the role words, portfolios and lower-case children's names of casework; each with the
negatives the rule must leave alone.

Development sentences in the style of probes AA, AB, AD and AF (tests/privacy/probe/), whose
errors were read.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "De renovatie van Sporthal Anton Geesink begint in maart.",
        "Het wedstrijdbad van Zwembad Inge de Bruijn is dicht.",
        "Mevrouw wil graag naar woonzorgcentrum Titus Brandsma, waar haar zus woont.",
        "De bestelbus van bakkerij Van der Meulen stond dubbel geparkeerd.",
        "Loonbeslag via deurwaarderskantoor Van Dijk & Partners.",
        "Uitvaartcentrum Hendriks & Zn. regelt de begrafenis.",
        "De aannemer (Hermans & Zonen) begint maandag.",
        "Ons wijkteam Noord heeft de prijs gewonnen.",
        "Gesprek met tolk (Twi) gepland.",
        "Keti Koti vieren we op 1 juli.",
        "Fietsen via Truus Oversteegenpad en Joke Smitlaan.",
    ],
)
def test_a_place_firm_or_word_named_after_someone_is_no_person(find, text):
    assert find(text, "PERSON") == []


@pytest.mark.parametrize(
    "text,names",
    [
        # the institution word stands on another line: a salutation follows
        ("Betreft: aanvraag Herdenkingscentrum\n\nDag Rob,\n\nZoals besproken", ["Rob"]),
        ("Locatie: sporthal\nAnton Geesink belde over de sleutel.", ["Anton Geesink"]),
        # a department opens no place ("Burgerzaken" is where she works)
        ("Dit is afgestemd met Anna de Vries van Burgerzaken.", ["Anna de Vries"]),
        # the person the firm is named after, as a person
        ("Bas Hendriks van Hendriks & Zn. belde.", ["Bas Hendriks"]),
    ],
)
def test_people_beside_places_and_firms_stay_names(find, text, names):
    assert [value for _, value in find(text, "PERSON")] == names


@pytest.mark.parametrize(
    "text",
    [
        "De chatbot Gijs is bijgewerkt. Gijs antwoordt nu ook in het Engels.",
        'Launch of our digital assistant "Lotte". Residents can ask Lotte about permits.',
        "De pilot van Erasmus (onze interne AI-assistent) loopt. Erasmus antwoordde in het Latijn.",
        'assistant_name: "Thorbecke"\ngreeting: "Goedemiddag"',
        "- Zr.Ms. Karel Doorman – Nieuwe Haven, ligplaats 4",
        "Incident on the ferry Dokter Wagemaker at 14:20.",
        'The ferries "Willem Barentsz" and "Aaltje Noordewier" stay provincial property. '
        "The Willem Barentsz needs new engines.",
        "We namen de nachttrein Chopin naar Wenen.",
    ],
)
def test_an_assistant_ship_or_train_with_a_persons_name_is_a_thing_wherever_it_recurs(find, text):
    assert find(text, "PERSON") == []


@pytest.mark.parametrize(
    "text,names",
    [
        ("Bel assistent Jan Smit even over de planning.", ["Jan Smit"]),
        (
            "Max Verbeek: who broke the bot Max? Ayesha: not me, Max Verbeek.",
            ["Max Verbeek", "Max Verbeek"],
        ),
    ],
)
def test_people_beside_named_things_stay_names(find, text, names):
    assert [value for _, value in find(text, "PERSON")] == names


@pytest.mark.parametrize(
    "text,names",
    [
        ("From: Aisha Mohammed\nTo: Participation team\nSubject: interpreter", ["Aisha Mohammed"]),
        ("Aan: Woo-verzoeken gemeente\nOnderwerp: verzoek", []),
        ("Aan: Jan de Vries en Piet Smit\nOnderwerp: planning", ["Jan de Vries", "Piet Smit"]),
        ("To: Tesfaye Girma\nSubject: your appointment", ["Tesfaye Girma"]),
    ],
)
def test_a_team_in_a_mail_header_is_no_person(find, text, names):
    assert [value for _, value in find(text, "PERSON")] == names


def test_a_postcodes_letters_and_place_before_a_birth_cue_are_no_name(find):
    text = "Adres: Kanaalweg 37, 3526 KL Utrecht, geboren 03-09-1986."
    assert find(text, "PERSON") == []
    assert find(text, "POSTCODE") == [("POSTCODE", "3526 KL")]
    assert find(text, "DATE_OF_BIRTH") == [("DATE_OF_BIRTH", "03-09-1986")]


@pytest.mark.parametrize(
    "text,names",
    [
        ("moeder met 3 kids. oudste sem (14) spijbelt, noor (9) gaat wel", ["sem", "noor"]),
        ("zoon milan (6 jaar) is ziek", ["milan"]),
        ("groep (8) en klas (3) hebben vrij", []),
    ],
)
def test_a_lower_case_first_name_with_an_age_is_a_child(find, text, names):
    assert [value for _, value in find(text, "PERSON")] == names


@pytest.mark.parametrize(
    "text,names",
    [
        ("Bewindvoerder Aarts heeft per mail gereageerd.", ["Aarts"]),
        ('Juryvoorzitter Abena Owusu: "een sterk jaar".', ["Abena Owusu"]),
        ("Jongerenwerker Kofi Mensah belt de ouders.", ["Kofi Mensah"]),
        ("zegt gedeputeerde Mobiliteit Rutger Wiersma bij de opening.", ["Rutger Wiersma"]),
        ("Wendy: Nee Ronald woont in Spanje.", ["Wendy", "Ronald"]),
        (
            "Candidate: Gabriel Ionuț Marinescu – position: data engineer",
            ["Gabriel Ionuț Marinescu"],
        ),
        (
            "Penningmeester Marja Kroeze-Ten Hove licht het jaarverslag toe.",
            ["Marja Kroeze-Ten Hove"],
        ),
        ("Gesprek via buurmeisje Esma, zij tolkt.", ["Esma"]),
        (
            "mevrouw Bleijenberg (88 jr, roepnaam Corrie) woont alleen",
            ["mevrouw Bleijenberg", "Corrie"],
        ),
    ],
)
def test_role_words_portfolios_and_interjections_stay_outside_the_name(find, text, names):
    assert [value for _, value in find(text, "PERSON")] == names


@pytest.mark.parametrize(
    "text,names",
    [
        # a surname that ends like a street, after a title or initials
        ("Overtreder: de heer D.J. Versteeg (huurder van het chalet)", ["de heer D.J. Versteeg"]),
        ("Gesprek met mevrouw Korteweg over de aanvraag.", ["mevrouw Korteweg"]),
        # without one it stays a street
        ("We lopen via de Kerklaan naar het stadhuis.", []),
        # a family title opens the name but is not a name itself
        (
            "De familie Kaya wenst een begrafenis. Namens de familie belt zoon Hasan Kaya.",
            ["familie Kaya", "Hasan Kaya"],
        ),
    ],
)
def test_surnames_that_end_like_a_street_and_family_titles(find, text, names):
    assert [value for _, value in find(text, "PERSON")] == names


@pytest.mark.parametrize(
    "text,names",
    [
        (
            "schuldeiser;status;contactpersoon\nZiggo;akkoord;Incassodesk\nDUO;open;via cliënt\n"
            "Eneco;akkoord;Mevr. P. Hollander",
            ["Mevr. P. Hollander"],
        ),
        ("melding;adres;melder;telefoon\nscooter;Stationsplein 2;jeroen;0611092734", ["jeroen"]),
    ],
)
def test_a_remark_in_a_name_column_is_no_name(find, text, names):
    assert [value for _, value in find(text, "PERSON")] == names


@pytest.mark.parametrize(
    "text",
    [
        "KW-001,lock,Prinses Beatrixsluis,1938,3\nKW-002,lock,Prins Bernhardsluis,1952,2",
        "- Zr.Ms. Tromp en Zr.Ms. Van Amstel – demonstratie varend",
        "De uitreiking is in het Ir. Lely Paviljoen op de Afsluitdijk.",
    ],
)
def test_locks_ships_and_pavilions_named_after_people(find, text):
    assert find(text, "PERSON") == []


@pytest.mark.parametrize(
    "text,names",
    [
        (
            "De hal is vernoemd naar Fanny Blankers-Koen, die vier keer goud won.",
            ["Fanny Blankers-Koen"],
        ),
        (
            "Graffiti op het standbeeld van Michiel de Ruyter aan de boulevard.",
            ["Michiel de Ruyter"],
        ),
        ("The prize is named after the engineer Cornelis Lely.", ["Cornelis Lely"]),
        ("Bloemen bij het beeld van Koningin Wilhelmina.", ["Wilhelmina"]),
        # no listed name: a treaty, a river
        ("Het besluit verwijst naar het Europees Verdrag voor de Rechten van de Mens.", []),
        ("De brug is vernoemd naar de Amstel.", []),
    ],
)
def test_who_a_thing_is_named_after_or_depicts_is_a_person(find, text, names):
    assert [value for _, value in find(text, "PERSON")] == names


@pytest.mark.parametrize(
    "text",
    [
        "Schildersbedrijf Wiśniewski;Gouda;akkoord",
        "Petrov Logistics EOOD heeft de factuur gestuurd.",
        "Ionescu & Asociatii SRL won the tender.",
        "Zij heeft een eenmanszaak Salon Shirin in de Kerkstraat.",
        "De steekproef bij Zorggroep Maria Magdalena was onvoldoende.",
        "Subsidieaanvraag van Fundação Brasil Cultura ontvangen.",
        "Institutions holding an Erasmus Charter apply for Erasmus+ KA131.",
        "The Ministry of Foreign Affairs has the honour to inform.",
        "Vacancies: policy officer Africa, senior advisor Asia.",
        "The partner meeting will be in Le Havre in June.",
    ],
)
def test_firms_programmes_and_places_abroad_are_no_persons(find, text):
    assert find(text, "PERSON") == []


@pytest.mark.parametrize(
    "text,names",
    [
        # an Android WhatsApp export: a dash after the time
        (
            "12/05/2024, 19:02 - Maryam: the family arrived\n12/05/2024, 19:03 - tom: ok",
            ["Maryam", "tom"],
        ),
        ("Debiteur: Dragan Petrović, h.o.d.n. Petrović Tegelwerken", ["Dragan Petrović"]),
        # "floor" and "will" are no lower-case first names
        ("The Thorbecke room on the 6th floor will not be available.", []),
    ],
)
def test_chat_exports_sole_traders_and_english_words(find, text, names):
    assert [value for _, value in find(text, "PERSON")] == names


@pytest.mark.parametrize(
    "text,names",
    [
        ("- Dr. Cohen: Jaylen (3) has delayed speech.", ["Dr. Cohen", "Jaylen"]),
        ("My son (Artem, 9) is afraid now.", ["Artem"]),
        ("Groep (8) en Klas (3) hebben vrij.", []),
        ("[19:02] Marlon K.: de opening\n[19:03] Marlon K.: yes", ["Marlon K.", "Marlon K."]),
        # a second lower-case word only as a listed surname
        ("[19:05] jurgen rosaria: ik kom\n[19:06] anna zegt: ok", ["jurgen rosaria", "anna"]),
        ("2025-03-05;Troelstrazaal;mw. Veenstra;overleg", ["mw. Veenstra"]),
        # a namesake after a role label is the person; without one it is the firm or place
        ("Naam cliënt: Johan Cruijff\nOpmerking: heet echt zo", ["Johan Cruijff"]),
        ("We gaan naar de Johan Cruijff ArenA.", []),
    ],
)
def test_ages_speakers_cells_and_labelled_namesakes(find, text, names):
    assert [value for _, value in find(text, "PERSON")] == names


@pytest.mark.parametrize(
    "text,dates",
    [
        ("name: Rahul\npartner_dob: 1992-11-27\npassport_no: P7743018", ["1992-11-27"]),
        ("Your date of birth has been registered as 8 October 1990.", ["8 October 1990"]),
        ("Uw geboortedatum in uw aanvraag (1991-10-02) klopt niet.", ["1991-10-02"]),
        ("Het gebouw in 2019-01-01 opgeleverd.", []),
    ],
)
def test_birth_date_keys_and_longer_cues(find, text, dates):
    assert [value for _, value in find(text, "DATE_OF_BIRTH")] == dates
