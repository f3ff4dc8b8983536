"""What residents write to the municipality and what HR pastes from personnel files (issue
13, point 1; fifteenth round, from the development probes AY and AZ): greetings and family
words as chat writes them, chat speakers with a note or a role, printed forms with dot
leaders, names typed in capitals, a name given in two spellings, and the month or the
institution that only looks like a name."""

from __future__ import annotations

import pytest

from tests.privacy.conftest import found_texts


@pytest.mark.parametrize(
    "text,value",
    [
        ("[07:12] +31 6 11122233: goeiemorgen Sharon, sorry dat ik zo vroeg app", "Sharon"),
        ("Goedenavond Nikola, dank voor je bericht.", "Nikola"),
        ("hi Femke, ik ben er om 10 uur", "Femke"),
    ],
)
def test_a_greeting_as_chat_writes_it_opens_a_name(text, value):
    assert found_texts(text) == [value]


@pytest.mark.parametrize(
    "text,value",
    [
        ("Mijn schoonzoon Nikola rijdt mij nu overal heen.", "Nikola"),
        ("Onze pleegdochter Semhar gaat naar groep 5.", "Semhar"),
        ("My stepson Kwabena moved out in May.", "Kwabena"),
    ],
)
def test_a_family_word_opens_a_name(text, value):
    assert found_texts(text) == [value]


def test_a_chat_speaker_named_by_a_family_word_is_the_name_alone():
    text = (
        "[07:12] Mama Jayden: goedemorgen, hij is niet thuis gekomen\n"
        "[07:13] Mama Jayden: zijn vader neemt niet op\n"
    )
    assert found_texts(text) == ["Jayden", "Jayden"]


def test_a_chat_speaker_with_a_note_in_brackets_is_a_name():
    text = (
        "[07:20] Kiewiet (jeugdconsulent): Goedemorgen, wat naar.\n"
        "[07:21] Kiewiet (jeugdconsulent): Ik bel je om 9 uur.\n"
    )
    assert found_texts(text) == ["Kiewiet", "Kiewiet"]


def test_a_paragraph_that_opens_with_a_word_and_a_name_is_no_speaker():
    text = "Voorstel Hans Kuijpers (contractbeheer): de zeven betwiste meldingen vervallen."
    assert found_texts(text) == ["Hans Kuijpers"]


def test_a_role_as_chat_speaker_is_no_name():
    text = (
        "[08:15] Inwoner: goedemorgen is de milieustraat open\n"
        "[08:16] Inwoner: en moet ik dan een afspraak maken\n"
        "[08:20] Gemeente: Goedemorgen! Ik zoek het voor u uit.\n"
    )
    assert found_texts(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Support was stopped, letter dated 5 Jan\n[10:33] Klantcontact: we kijken ernaar",
        "This came in on 8 Jan.",
        "Ik woon hier since Jun 2024 and the heating is broken.",
        "Meeting on Jan 5, 2025 about the permit.",
    ],
)
def test_a_month_that_is_also_a_first_name_stays_a_month_in_a_date(text):
    assert found_texts(text) == []


def test_the_same_first_name_outside_a_date_stays_a_name():
    text = "Jan belt morgen terug. Ik heb op 3 Jan gebeld."
    assert found_texts(text) == ["Jan"]


DOT_LEADER_FORM = (
    "Personeelsgegevens (export uit HR21)\n"
    "NAAM ............ ŞAHIN-KOÇ, Aylin\n"
    "PERS.NR ......... 009371\n"
    "GEB.DATUM ....... 23.08.1991\n"
    "BSN ............. 527601895\n"
)


def test_a_dot_leader_is_read_as_the_colon_it_stands_for(find):
    assert found_texts(DOT_LEADER_FORM) == ["ŞAHIN-KOÇ, Aylin"]
    assert found_texts(DOT_LEADER_FORM, "DATE_OF_BIRTH") == ["23.08.1991"]
    # the findings are the text as written, dots and all around them
    assert ("BSN", "527601895") in find(DOT_LEADER_FORM)


def test_dot_leaders_in_a_table_of_contents_or_an_ellipsis_find_nothing(find):
    text = "Inleiding ........ 3\nHoofdstuk 2 ...... 12\nNou.... ik weet het niet.... misschien"
    assert find(text) == []


@pytest.mark.parametrize(
    "text,value",
    [
        ("Please check the CV.\n\nGEORGI IVANOV\nLabour Migration Coordinator", "GEORGI IVANOV"),
        ("DUS BIJ DEZEN.\n\nH.A. KOOIMAN\nDE ZWAANSTRAAT 17", "H.A. KOOIMAN"),
        ("Met vriendelijke groet,\nKLAAS DE VRIES\n", "KLAAS DE VRIES"),
        (
            "AAN DE HEER BURGEMEESTER\n\nMIJN NAAM IS KLAAS DE VRIES EN IK WOON HIER",
            "KLAAS DE VRIES",
        ),
    ],
)
def test_a_name_typed_in_capitals_is_a_name(text, value):
    assert value in found_texts(text)


def test_a_line_in_capitals_that_is_no_name_is_left_alone():
    text = "GROTE MARKT\nANNE FRANK HUIS\nDEN HAAG\nWERK EN INKOMEN\nZIE BIJLAGE\n"
    assert found_texts(text) == []


@pytest.mark.parametrize(
    "text,values",
    [
        ("ze heette volgens mij Chantal of Chantalle, op vrijdag.", ["Chantal", "Chantalle"]),
        ("The lady on the phone, Sanne or Sanna?, told me", ["Sanne", "Sanna"]),
        (
            "met mevrouw Dijkhuis (of Dijkhuizen, dat weet ik niet)",
            ["mevrouw Dijkhuis", "Dijkhuizen"],
        ),
    ],
)
def test_a_name_in_a_second_spelling_is_a_name(text, values):
    assert found_texts(text) == values


def test_a_firm_after_of_stays_a_firm():
    assert found_texts("Een brief van Jansen of Janssen Advocaten.") == ["Jansen"]


@pytest.mark.parametrize(
    "text",
    [
        "NEVENFUNCTIES\nPenningmeester Molukse Vereniging Dordrecht (sinds 2010)",
        "2010–2015     Pharmacist, Ibn Sina Pharmacy, Homs",
        "Naam organisatie: Oranjevereniging Juliana",
        "Het Rembrandthuis is gesloten.",
    ],
)
def test_an_association_or_a_pharmacy_named_after_someone_is_no_person(text):
    assert found_texts(text) == []


@pytest.mark.parametrize(
    "text,value",
    [
        ("Kandidaat 3: Jolanda Meester-Ruiter — 3 / 5 / 4", "Jolanda Meester-Ruiter"),
        ("- begeleider: ik + Rens van Verkeersveiligheid", "Rens"),
    ],
)
def test_a_surname_that_opens_with_a_title_and_a_colleague_by_department(text, value):
    assert value in found_texts(text)


@pytest.mark.parametrize(
    "text,value",
    [
        ("Shurandy Martina\nZwaanshals 250\n3035 KN Rotterdam", "Zwaanshals 250"),
        ("Nguyen Thi Lan\nParade 14b, 5911 CC Venlo", "Parade 14b"),
        ("Teamleider P&O | Stadskantoor, Stadsplateau 1, 3521 AZ Utrecht", "Stadsplateau 1"),
        ("Adres: Ringbaan-Oost 204, 5013 CE Tilburg", "Ringbaan-Oost 204"),
    ],
)
def test_a_street_and_number_right_before_a_postcode_is_an_address(text, value):
    assert value in found_texts(text, "ADDRESS")


@pytest.mark.parametrize(
    "text,value",
    [
        ("We live at Singel 160, 2312 GH Leiden", "Singel 160"),
        ("Het adres is Loolaan 26, 7314 AJ Apeldoorn", "Loolaan 26"),
    ],
)
def test_the_sentence_before_a_street_is_no_part_of_it(text, value):
    assert value in found_texts(text, "ADDRESS")


def test_a_postbus_before_a_postcode_stays_a_postbus():
    assert found_texts("Postbus 70012\n3000 KP Rotterdam", "ADDRESS")[0] == "Postbus 70012"


@pytest.mark.parametrize(
    "text,value",
    [
        ("BSN: 111-222-333", "111-222-333"),
        ("burgerservicenummer: 1112 22 333", "1112 22 333"),
        ("BSN111222333 (export)", "111222333"),
    ],
)
def test_a_bsn_written_with_dashes_spaces_or_glued_to_its_label(text, value):
    assert found_texts(text, "BSN") == [value]


def test_nine_digits_glued_to_another_word_are_no_bsn():
    assert found_texts("ABC111222333", "BSN") == []


@pytest.mark.parametrize(
    "text,value",
    [
        ("ik ben geboren 17 01 1972 en woon tijdelijk bij mijn broer", "17 01 1972"),
        ("Nguyen Thi Lan\ngeb 09 - 09 - 1991\nBSN 625276012", "09 - 09 - 1991"),
        ("Date of birth: 03/14/1990 (MM/DD/YYYY as entered)", "03/14/1990"),
    ],
)
def test_a_birth_date_with_spaces_or_the_month_first(text, value):
    assert found_texts(text, "DATE_OF_BIRTH") == [value]


def test_dates_without_a_birth_cue_stay_unreported():
    assert found_texts("afspraak 03/14/2025 en daarna 17 01 2026", "DATE_OF_BIRTH") == []


def test_a_web_forms_required_field_is_a_label():
    text = "Voornaam*: Semhar\nAchternaam*: Tekle Gebremariam\nGeboortedatum*: 12-03-1990"
    assert found_texts(text) == ["Semhar", "Tekle Gebremariam"]
    assert found_texts(text, "DATE_OF_BIRTH") == ["12-03-1990"]


def test_a_first_name_and_the_organisation_where_they_work():
    assert found_texts("kan Jeroen van Veilig Thuis vandaag nog bellen?") == ["Jeroen"]
    assert found_texts("Ik woon in de Jan van Galenstraat.") == []
    assert found_texts("Opgenomen in het Jan van Goyen Ziekenhuis.") == []


def test_a_username_is_no_name_but_a_mention_is():
    text = (
        "bericht van @lisa.maakt.dingen: hoi\n"
        "— Rohan Mehta (@rohan_m_phd), 5 March\n"
        "@GemeenteLeiden Dear municipality\n"
        "@Bas kun jij dit oppakken?"
    )
    assert found_texts(text) == ["Rohan Mehta", "Bas"]


def test_a_university_named_by_its_city_is_no_person():
    text = "My supervisor at TU Delft, Prof. dr. ir. Anneke van der Sluis, can confirm."
    assert found_texts(text) == ["Prof. dr. ir. Anneke van der Sluis"]


def test_a_shared_mailbox_in_a_mail_header_is_no_person():
    text = (
        "Van: Rachida Amezian <r.amezian@utrecht.nl>\n"
        "Aan: Recruitment <recruitment@utrecht.nl>\n"
        "CC: Pieter <pieter@utrecht.nl>\n"
    )
    assert found_texts(text) == ["Rachida Amezian", "Pieter"]


@pytest.mark.parametrize(
    "text,value",
    [
        ("Dragan Petrović, geboren 2 juni 1969 in Novi Sad, BSN 432319487", "Dragan Petrović"),
        ("Ik ben geboren te Mostar Sjever maar woon nu met Sanne Brouwer", "Sanne Brouwer"),
    ],
)
def test_where_someone_was_born_is_a_place(text, value):
    assert found_texts(text) == [value]


@pytest.mark.parametrize(
    "text,value",
    [
        ("mijn broer woont nu op zeemanstraat 29 B sinds vorige week", "zeemanstraat 29 B"),
        (
            "ze woont op de burgemeester van suchtelenstraat 2 punt",
            "burgemeester van suchtelenstraat 2",
        ),
        ("uit de woning aan de hertog van gelreweg 8 vanwege", "hertog van gelreweg 8"),
    ],
)
def test_a_street_in_lower_case_with_its_number(text, value):
    assert found_texts(text, "ADDRESS") == [value]


def test_a_name_before_a_lower_case_street_stays_a_name():
    text = "ik ben johan van reigerstraat 4 btw"
    assert found_texts(text) == ["johan"]
    assert found_texts(text, "ADDRESS") == ["reigerstraat 4"]


@pytest.mark.parametrize(
    "text,value",
    [
        (
            "Het onderzoek is uitgevoerd door mr. drs. Saskia van Hulst van Integis Onderzoek.",
            "mr. drs. Saskia van Hulst",
        ),
        (
            "ingediend door journalist Sevda Yılmaz-Koç van Omroep West. Zij vraagt",
            "Sevda Yılmaz-Koç",
        ),
        ("heeft iemand de stukken voor het Woo-verzoek van Tielemans al gezien?", "Tielemans"),
    ],
)
def test_where_a_named_person_works_is_no_part_of_the_name(text, value):
    assert found_texts(text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Het overleg is op 1 augustus in buurthuis Prinses Margriet.",
        "Illegale bewoning van recreatiepark De Vossenberg.",
        "Voor het programma Thorbecke Digitaal is € 340.000 gereserveerd.",
        "Locatie: Het Gebouw Anton Jurgens, Oss.",
        "Twee juristen worden ingehuurd via bureau Erasmus Legal.",
        "Teams chat export – project Rembrandt Tower lease",
    ],
)
def test_a_programme_a_building_or_a_place_named_after_someone_is_no_person(text):
    assert found_texts(text) == []


def test_a_municipal_short_number_on_a_signatures_phone_line():
    text = "Marieke Hoekstra\nJuridisch adviseur | Team Bestuurszaken\nT 14 0512\nM 06-22931745"
    assert found_texts(text, "PHONE") == ["14 0512", "06-22931745"]
    assert found_texts("versie 14 0512 van de tekst", "PHONE") == []


def test_a_name_someone_is_referred_to_by():
    text = (
        "Names of interpreters, such as the one referred to as Farid in the cables, are redacted."
    )
    assert found_texts(text) == ["Farid"]


def test_a_forms_field_for_initials_alone_is_a_persons():
    text = "Voorletters: M.A.\nAchternaam: van Rooij\nInitials*: K. L.\nvoorletters: zie paspoort"
    assert found_texts(text) == ["M.A.", "van Rooij", "K. L."]
