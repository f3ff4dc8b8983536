"""What procurement and contract managers, cemetery administrations and HR write (issue 13,
points 1 and 4; twenty-ninth round, from the development probes CX, CZ and DB), and Dutch
villages written in two words."""

from __future__ import annotations

import pytest

from tests.privacy.conftest import found_texts


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("De heer T. de Lange\nWesterweg 204\n1761 LE Anna Paulowna", ["De heer T. de Lange"]),
        (
            "leerling;Bos, Lotte;Dorpsstraat 4;1761 AB;Anna Paulowna;SO De Witte Olifant",
            ["Bos, Lotte"],
        ),
        ("Zij verhuist van Nieuw-Vennep naar Sint-Oedenrode.", []),
        # the first name of the same word alone is still a name
        ("Anna belde over de aanvraag van haar vader.", ["Anna"]),
    ],
)
def test_dutch_villages_in_two_words_are_places(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Geslachtsnaam: DE GRAAF\nVoornamen (voluit): WILHELMINA JOHANNA",
            ["DE GRAAF", "WILHELMINA JOHANNA"],
        ),
        ("Achternaam (bij geboorte): TJOELKER", ["TJOELKER"]),
        ("Surname: OKONKWO\nFirst name(s): CHIDINMA GRACE", ["OKONKWO", "CHIDINMA GRACE"]),
        # a capitalised note is a name in brackets, not a note on the field
        ("[10:05] Visitor (Anil Deshpande): My accountant did.", ["Anil Deshpande"]),
        ("mijn moeder (Trees) belde gisteren", ["Trees"]),
    ],
)
def test_a_note_between_a_label_and_its_colon(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Begeleider (optioneel): Fenna de Vries, VluchtelingenWerk", ["Fenna de Vries"]),
        ("Register with WoningNet Utrecht as soon as you can.", []),
        # an emigrant's surname with its tussenvoegsel glued on
        ('Margaret "Peggy" VanderMeulen\n2214 Oak Bay Avenue', ['Margaret "Peggy" VanderMeulen']),
    ],
)
def test_a_word_with_a_late_capital_is_an_organisation(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a list's next name ends where its word does, not before "and" or "en" inside it
        (
            "Offer B – contact Ms Siobhan Murphy, Grand Canal Quay 10, Dublin 2",
            ["Ms Siobhan Murphy"],
        ),
        (
            "(ingediend door Tsjitske de Jong-Postma, Van Helden Groen B.V.)",
            ["Tsjitske de Jong-Postma"],
        ),
    ],
)
def test_a_listed_name_is_never_cut_inside_a_word(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "KvK\tOnderneming\tFunctionaris\tFunctie\n"
            "24318845\tDura Vermeer Bouw Midden West B.V.\tVermeer, Joris A.\tbestuurder",
            ["Vermeer, Joris A."],
        ),
        ("Aan: Bosch, Ingrid van den <i.vandenbosch@tilburg.nl>", ["Bosch, Ingrid van den"]),
    ],
)
def test_surname_first_with_an_initial_or_tussenvoegsel_after_the_given_name(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Hij bevestigde dat Heijmans geen wijziging heeft verzocht.", []),
        ("Scores:\n- Dura Vermeer: prijs 28, kwaliteit 61 = 89\n- Ballast Nedam: prijs 25", []),
        ("Kees-Jan van Maanen;Elektro Van Maanen;onderaannemer", ["Kees-Jan van Maanen"]),
        ("Bouwcombinatie Heijmans-Vos en Multimedia Haddad zijn uitgenodigd.", []),
        ("Dhr. Hakan Demir, Globalese Vertalingen, belde terug.", ["Dhr. Hakan Demir"]),
        # with a title or a given name the surname is a person's
        ("Geachte mevrouw Heijmans,\n\nUw bezwaar is ontvangen.", ["mevrouw Heijmans"]),
        ("Anne Heijmans belde over de aanvraag.", ["Anne Heijmans"]),
    ],
)
def test_firms_named_after_their_founders(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Van: Team Begraafplaatsen en Crematoria\nDatum: 12 november 2024", []),
        ("Aan: Begraafplaatsen Breda\nOnderwerp: aanvraag vergunning", []),
        ("Prepared by: Cemeteries and Crematoria Team", []),
        (
            "2025-02-03,10:00,Aula Noord,P.H. Schaap,Yarden,Linda Verbeek",
            ["P.H. Schaap", "Linda Verbeek"],
        ),
    ],
)
def test_cemetery_teams_and_funeral_insurers_are_no_people(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "bijzetting van de urn in het graf van haar man, Bernard ten Have, op 3 mei",
            ["Bernard ten Have"],
        ),
        ("Getuige 3: Naomi ten Have, Postjesweg 88-2", ["Naomi ten Have"]),
        # "familie van" before a given name and a surname: the relative's name
        ("bent u familie van Wopke van der Meer, die in 1999 is begraven", ["Wopke van der Meer"]),
        ("De familie van Dam is verhuisd.", ["familie van Dam"]),
    ],
)
def test_a_common_word_after_a_first_name_and_a_tussenvoegsel_is_a_surname(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "De heer J.S. (Jan Sjoerd) Hettinga\nIt Heechhout 6",
            ["De heer J.S. (Jan Sjoerd) Hettinga"],
        ),
        ("Bedankt, mevr. P. (Petra) de Wit belt terug.", ["mevr. P. (Petra) de Wit"]),
        ("top 3? ik had van den Bosch, Aksoy, Mahabier", ["van den Bosch", "Aksoy", "Mahabier"]),
        (
            "Jansen-de Vries, Ria 16:04\nik had Mahabier bovenaan",
            ["Jansen-de Vries, Ria", "Mahabier"],
        ),
        ("Bedrijfsarts: A.J. Peerdeman, Arbo Unie", ["A.J. Peerdeman"]),
        ("Bedrijfsarts: drs. W.H. Tuinman, Human Capital Care", ["drs. W.H. Tuinman"]),
        ("I would travel to The Hague.\n\nMy Dutch phone number will be active in May.", []),
    ],
)
def test_candidates_and_sick_leave_files(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Surname: KRISHNAMURTHY\nGiven names: ARJUN VIKRAM", ["KRISHNAMURTHY", "ARJUN VIKRAM"]),
        (
            "overledene: Johanna 'Annie' Wiśniewska-de Graaf, geboren 3 mei 1939",
            ["Johanna 'Annie' Wiśniewska-de Graaf"],
        ),
        ("Margaret ‘Peggy’ Jansen belde.", ["Margaret ‘Peggy’ Jansen"]),
    ],
)
def test_given_names_in_capitals_and_nicknames_in_single_quotes(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "addresses"),
    [
        (
            "Vestigingsadres: Havenweg 88 unit 4\nPostcode en plaats: 5145 NJ Waalwijk",
            ["Havenweg 88 unit 4", "Waalwijk"],
        ),
        ("Address: Haagweg 331 kamer 4, 4813 XC Breda", ["Haagweg 331 kamer 4", "Breda"]),
        (
            "Adres: DE GRUYTERSTRAAT 4 BIS\nPostcode en plaats: 3521 JK Utrecht",
            ["DE GRUYTERSTRAAT 4 BIS", "Utrecht"],
        ),
        ("Mr Paweł Nowak\nul. Kościuszki 48/7\n61-716 Poznań\nPoland", ["ul. Kościuszki 48/7"]),
        ("V2025-006,Dijkman, H.,Avenue de la Plage 21,,Le Touquet (FR)", ["Avenue de la Plage 21"]),
        ("Mrs E. van der Ploeg,27 Rosebery Avenue,EC1R 4SP,London", ["27 Rosebery Avenue"]),
    ],
)
def test_addresses_with_units_rooms_and_flats_abroad(text, addresses):
    # (the place after a postcode is reported with the address, by design)
    assert found_texts(text, "ADDRESS") == addresses


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Van: TenderNed\nAan: Inkoopmailbox\nDatum: woensdag 18 september", []),
        ("Met vriendelijke groet,\n\nTenderNed\nHet elektronisch aanbestedingsplatform", []),
        ("op 50% van haar contracturen (Wijkteam Nieuwland). Haar leidinggevende belt.", []),
    ],
)
def test_platforms_mailboxes_and_teams_are_no_people(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Afspraak: Kemal Aydın van Heijmans wordt hierover geïnformeerd.", ["Kemal Aydın"]),
        ("en ik heb mw. Ramdin van Dura Vermeer aan de lijn", ["mw. Ramdin"]),
    ],
)
def test_where_someone_works_when_that_is_a_known_firm(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("wie neemt de herinspectie bij BSO Pietje Bell vandaag?", []),
        (
            "R. Haasnoot,2024-10-10,jaarlijks,KDV Frans Hals,Frans Hals Kinderopvang,Chantal Doest",
            ["R. Haasnoot", "Chantal Doest"],
        ),
        ("2024-10-07;262019384;KDV;Kinderdagverblijf Wilhelmina;verhuizing", []),
        (
            "conform taxatie van dhr. K. Wiersma (Wiersma Taxaties, rapport 18-03-2024)",
            ["dhr. K. Wiersma"],
        ),
        ("Van: Ombudsman Metropool Amsterdam <post@ombudsmanmetropool.nl>", []),
        (
            "Geachte mevrouw en meneer Ten Dam,\n\nHierbij bevestigen wij",
            ["mevrouw en meneer Ten Dam"],
        ),
    ],
)
def test_childcare_valuers_and_the_ombudsman(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Eén beroepskracht (A. Krol) was niet tijdig gekoppeld.", ["A. Krol"]),
        ("had een invalkracht geen VOG. Niet Ilse hoor, iemand van het uitzendbureau", ["Ilse"]),
        (
            "Commissie: mr. H.G. Dijkhuis (voorzitter), mw. drs. A. Sijbesma (lid)",
            ["mr. H.G. Dijkhuis", "mw. drs. A. Sijbesma"],
        ),
    ],
)
def test_childcare_staff_and_a_titled_surname_in_huis(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "[08:02] wessel: die klager van gisteren (mevr. sahin) heeft weer gebeld",
            ["wessel", "mevr. sahin"],
        ),
        ("Baliemedewerker ......... W. Kerkhof (mw. nr. 61307)", ["W. Kerkhof"]),
        ("ja. en bel die mevrouw van nr 23 even, ze klaagt", []),
    ],
)
def test_a_lower_case_titled_name_in_brackets(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Werkt momenteel bij Taxatiebureau Hofstede & Knol, dat opdrachten voor ons doet.", []),
        ("Advocatenkantoor Sterk & Van Zanten\nKeizersgracht 455", []),
        ("VG-05,Breestraat 3-5,2311 CH,Gemeente Leiden,,2024-01,anti-kraak", []),
        ("Toezichthouder: GGD Haaglanden\n\nDit uittreksel is gegenereerd.", []),
        # a partner's name with a title is still a person's
        ("Notariskantoor Van der Hoeven & Bosman\nnotaris mr. P. Bosman", ["mr. P. Bosman"]),
    ],
)
def test_firms_of_partners_municipalities_and_the_ggd(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "kind", "values"),
    [
        (
            'Zaaknr,Klager,BSN,Geboortedatum\nZ24-2201,"Tjon-A-Loi, Mireille",507529170,14-02-1990',
            "BSN",
            ["507529170"],
        ),
        ("Het bedrag is 123456782,50 euro.", "BSN", []),
        (
            "Contactpersoon bij ons: Inge Bos, 14 050, i.bos@gemeente-noordenveld.nl",
            "PHONE",
            ["14 050"],
        ),
        ("[10-03 19:10] Wim Heijdra: 14 0318 en dan vragen naar grondzaken", "PHONE", ["14 0318"]),
        ("In 2024 waren er 14 050 meldingen, zie bijlage.", "PHONE", []),
        ("Aantal meldingen\nTotaal: 14 050 (2023: 12 980)", "PHONE", []),
    ],
)
def test_a_bsn_before_a_date_cell_and_a_municipal_number_in_a_contact_line(text, kind, values):
    assert found_texts(text, kind) == values


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "relatienr,naam,bsn,adres\n210350654,Schouten, Klaas,225271357,Zuiderspui 8a\n"
            "665412094,Dekker, Wietske,178209417,Noorderweg 41",
            ["Schouten, Klaas", "Dekker, Wietske"],
        ),
        ("V2025-006,Dijkman, H.,Avenue de la Plage 21,,A-02,2035-09-09,nee", ["Dijkman, H."]),
        # separate columns for surname and given name stay two cells
        (
            "achternaam,voornaam,geboortedatum,plaats\nSchouten,Klaas,1980-01-01,Hoorn",
            ["Schouten", "Klaas"],
        ),
    ],
)
def test_surname_first_in_a_comma_separated_row(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("A02,Ravi Sharma,Sharma Spices,ravi@sharmaspices.nl,spices", ["Ravi Sharma"]),
        ("A07,Willem Hendriks,Hendriks Kaas,,cheese,21.00", ["Willem Hendriks"]),
        (
            "gekocht bij de kraam van Bloemen Bep. Toen ik ze de week erna liet zien",
            [],
        ),
        ("1,Daan Visser,9712 KD,Groningen,Daan's Dutch Pancakes,foodtruck", ["Daan Visser"]),
        ("My steamer stops at 11. Marktmeester Ricardo said he would report it.", ["Ricardo"]),
    ],
)
def test_market_stalls_named_after_their_owners(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("S-053\tBurgemeesterskamer\tKabinetschef M. Koster\tBestuurszaken", ["M. Koster"]),
        (
            "de cursus wordt gegeven door NIBHV-instructeur Paul Ramaker op 12 juni.",
            ["Paul Ramaker"],
        ),
        ("U heeft deelgenomen aan het burgerberaad Friese Taal en Cultuur.", []),
        ("- De verbandtrommel bij de Burgemeester Bruinsmaseal mist handschoenen.", []),
    ],
)
def test_roles_rooms_and_citizen_assemblies(text, names):
    assert found_texts(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Er waren een medewerker van de gemeente, pastoor W. Arts en twee buren aanwezig.",
            ["W. Arts"],
        ),
        ("De mediatoren zijn Hasan Yavuz en imam Abdelhakim.", ["Hasan Yavuz", "Abdelhakim"]),
        (
            "Initiatiefnemer: ŞAHIN, B.\nMede-initiatiefnemer: DEKKER, L.",
            ["ŞAHIN, B.", "DEKKER, L."],
        ),
    ],
)
def test_clergy_and_initiators(text, names):
    assert found_texts(text) == names
