"""Names that no list holds (issue 13, eleventh round), known by their form: Korean and
Taiwanese given names of two hyphenated syllables, pinyin given names after a Chinese family
name, Vietnamese names after a common family name, and surnames by a Frisian,
Javanese-Surinamese, Tamil or Baltic ending; and by how documents and chats write them:
in capitals as a passport does, a nickname in brackets, given names under an English header,
the speakers of a chat export. Each with the words of the same form that are no name.

The sentences are written for these tests in the style of probe AM (tests/privacy/probe/),
whose errors were read; none is copied from it.
"""

from __future__ import annotations

import pytest

from regie.privacy.recognisers import person_context


@pytest.mark.parametrize(
    "text,names",
    [
        ("Gesprek met Park Ji-hoon over de aanvraag.", ["Park Ji-hoon"]),
        ("Lee Seo-yeon belde gisteren.", ["Lee Seo-yeon"]),
        ("Ji-hoon Lee en Hye-jin Choi komen morgen.", ["Ji-hoon Lee", "Hye-jin Choi"]),
        ("Met vriendelijke groet,\n\nSeo-yeon Park\nTeam Onderwijs", ["Seo-yeon Park"]),
        ("De aanvraag van Kwon Tae-yang is binnen.", ["Kwon Tae-yang"]),
        ("Presidente Tsai Ing-wen sprak.", ["Tsai Ing-wen"]),
        ("Wij hebben u gekoppeld aan Li Na uit Chengdu.", ["Li Na"]),
        ("Ik sprak met Wang Fang en Ma Jun.", ["Wang Fang", "Ma Jun"]),
        ("De aanvraag van Zhou Xiuying is binnen.", ["Zhou Xiuying"]),
        ("Gisteren had ik een gesprek met Nguyen Van An.", ["Nguyen Van An"]),
        ("Ngo Quang Huy en Bui Van Nam zijn buren.", ["Ngo Quang Huy", "Bui Van Nam"]),
        ("Gesprek met Tsjalling Halbertsma over de subsidie.", ["Tsjalling Halbertsma"]),
        ("Sarmo Kartoredjo belde gisteren.", ["Sarmo Kartoredjo"]),
        ("De aanvraag van Ngatimin Pawirodikromo is binnen.", ["Ngatimin Pawirodikromo"]),
        ("Tharsini Sivanesan stuurde een mail.", ["Tharsini Sivanesan"]),
        ("Kajan Yogarajah kwam langs.", ["Kajan Yogarajah"]),
    ],
)
def test_a_name_known_by_its_form_is_a_person(find, text, names):
    assert [value for _, value in find(text, "PERSON")] == names


@pytest.mark.parametrize(
    "text",
    [
        "Ma-do 9-17 uur geopend, Wo-do ook 's avonds.",
        "De Pop-up Store op de markt is dicht.",
        "Het Hip-hop Festival is verplaatst.",
        "Het Ping-pong Toernooi begint om tien uur.",
        "Zie ook Park Frankendael en het Plasma Centrum.",
        "Het Charisma Orchestra speelt in het park.",
        "Een Nguyen Museum bestaat niet.",
    ],
)
def test_words_of_the_same_form_are_no_person(find, text):
    assert find(text, "PERSON") == []


def test_a_vietnamese_name_ends_where_a_city_begins(find):
    found = find("Post voor Bui Van Nam Den Haag. Ook Tran Thi Lan, Den Haag.", "PERSON")
    assert [value for _, value in found] == ["Bui Van Nam", "Tran Thi Lan"]


@pytest.mark.parametrize(
    "text,names",
    [
        ("Md. Kamrul Hasan opende de deur.", ["Md. Kamrul Hasan"]),
        ("Rūta Jankauskienė belde over haar toeslag.", ["Rūta Jankauskienė"]),
        (
            "Uitgenodigd: Tharshini Sivakumaran en Wai-man Cheung.",
            ["Tharshini Sivakumaran", "Wai-man Cheung"],
        ),
        # a name as a document writes it, in capitals
        ("In haar verblijfsvergunning staat haar naam als HEVI KHALIL.", ["HEVI KHALIL"]),
        ("Your passport shows your name as BAEK SEOYEON without a hyphen.", ["BAEK SEOYEON"]),
        ("Naam (zoals in DigiD): JANKAUSKIENE RUTA", ["JANKAUSKIENE RUTA"]),
        ("Licence, name as printed: TOTH BENCE", ["TOTH BENCE"]),
        ("His legal name on the ID is TSANG, Wing Kei; HR has it otherwise.", ["TSANG, Wing Kei"]),
        ('In Youforce staat hij als "Sutrisno, B.", in de lijst niet.', ["Sutrisno, B."]),
        ('In AFAS she was entered as "Daeun Han" last year.', ["Daeun Han"]),
        ('Op oude papieren staat het als "Sukarmin".', ["Sukarmin"]),
        # quoted after a name field or a passport: in capitals or with a listed name
        ('In uw paspoort staat uw familienaam "WU" en uw voornaam "TING".', ["TING"]),
        ('Op het paspoort "KOVÁCSNÉ TÓTH ILDIKÓ", in de BRP anders.', ["KOVÁCSNÉ TÓTH ILDIKÓ"]),
        ('Vul bij voornaam "Onbekend" in.', []),
        ('Het veld achternaam "Verplicht" staat aan.', []),
        ('Our system shows him as "Balasingam, S.".', ["Balasingam, S."]),
        # what someone is called, in brackets after the name or after a cue
        (
            "Cliënt: dhr. K. Owusu-Ansah (Kwabena), geb. 02-11-1979",
            ["dhr. K. Owusu-Ansah", "Kwabena"],
        ),
        # the name in its own script after the romanised one
        ("Name: Wei Zhang (张伟)\nAddress: Stieltjesweg 4", ["Wei Zhang", "张伟"]),
        ("My name is Li Wenjing (李文静) and I apply.", ["Li Wenjing", "李文静"]),
        ("Kim Min-jun (김민준) belde terug.", ["Kim Min-jun", "김민준"]),
        ("Het bedrijf (华为) belde.", []),
        ("Hij werd geholpen door een man genaamd Joris.", ["Joris"]),
        # a column of given names under an English header
        (
            "Date\tSurname\tGiven names\tDate of birth\n12/03/2024\tKOVALENKO\tOLHA\t04/05/1971",
            ["KOVALENKO", "OLHA"],
        ),
        # once two speakers of a chat export are listed names, the others are persons too
        (
            "Kittipong Chaiyasit  9:41 AM\nMorning all.\nSiriporn Wongsawat  9:43 AM\nSure."
            "\nJericho Manalastas  9:44 AM\nok\nPriya Raghunathan  9:50 AM\nyes",
            [
                "Kittipong Chaiyasit",
                "Siriporn Wongsawat",
                "Jericho Manalastas",
                "Priya Raghunathan",
            ],
        ),
    ],
)
def test_names_as_documents_and_chats_write_them(find, text, names):
    assert [value for _, value in find(text, "PERSON")] == names


@pytest.mark.parametrize(
    "text,names",
    [
        ("De naam van het systeem is BRP.", []),
        ('De aanvraag staat als "Afgehandeld" in het systeem.', []),
        ('The ticket is listed as "Closed".', []),
        ('Teams shows him as "Offline" today.', []),
        ("Anna Smit (Utrecht) belde over Jan de Vries (VVD).", ["Anna Smit", "Jan de Vries"]),
        ("Onze kat heet Saar, ze is zoek.", []),
        ("Opening  9:30 AM\nWelkom\nPresentatie Verkeer  9:45 AM\nDiscussie  10:15 AM\n", []),
    ],
)
def test_what_looks_like_a_name_there_is_none(find, text, names):
    assert [value for _, value in find(text, "PERSON")] == names


@pytest.mark.parametrize(
    "text,names",
    [
        ("I work until 17:00.\n\nDank u wel,\nMartins Kalnins", ["Martins Kalnins"]),
        # speakers surname first after a time, and unlisted speakers who recur
        (
            "[09:12] Tjalsma, Wybren: iemand ervaring?\n[09:13] Sabina Gurung: ja",
            ["Tjalsma, Wybren", "Sabina Gurung"],
        ),
        (
            "hibo jaamac: salaam\nCabdiraxmaan Geelle: ja\n"
            "hibo jaamac: ok\nCabdiraxmaan Geelle: top",
            ["hibo jaamac", "Cabdiraxmaan Geelle", "hibo jaamac", "Cabdiraxmaan Geelle"],
        ),
        ("anna zegt: hoi\nanna zegt: doei", ["anna", "anna"]),
        ("Ferdinand dela Paz en Jose delos Santos", ["Ferdinand dela Paz", "Jose delos Santos"]),
        # surname first: in passport capitals, with initials opening a line or after a dash
        (
            "1. TAVARES SEMEDO, Adilson, geb. 07-08-2001, wonende te Rotterdam",
            ["TAVARES SEMEDO, Adilson"],
        ),
        # (the name a person goes by, in brackets after a surname-first name, is one with it
        # since the thirty-first round, as in registers: "Kuijpers, Johanna (Joke)")
        ("Cc: Lin, Chia-hao (Jeff)\nDate: Thu 14 Nov", ["Lin, Chia-hao (Jeff)"]),
        ("Nagaan bij Burgerzaken.\n\nAloeboetoe, S. – wijkconsulent", ["Aloeboetoe, S."]),
        ("Rapportage trajectbegeleiding – Elamin, M.O.\nStart: maart", ["Elamin, M.O."]),
        ("Zie Bijlage, A.\nUtrecht, M.\n", []),
        # a chat export's header lines in lower case; an agenda's times are none
        ("wubbo 10:02\nheb jij het dossier?\nines 10:04\nja", ["wubbo", "ines"]),
        ("pauze 10:30\nkoffie\nlunch 12:00\nbrood", []),
        ("Can it be mailed?\n\nThank you,\nAnna", ["Anna"]),
        (
            "Naam aanvrager: Ramsaroep-Jagesar, R.D. (Reshma)\nGeboortedatum: 22-08-1956",
            # the given name completes a name written surname first with initials
            ["Ramsaroep-Jagesar, R.D. (Reshma)"],
        ),
    ],
)
def test_closings_chat_headers_and_initials_before_a_nickname(find, text, names):
    assert [value for _, value in find(text, "PERSON")] == names


@pytest.mark.parametrize(
    "text,names",
    [
        # a plural role word with a colon lists people, listed or not
        ("Getuigen: Wanjiru Kamau, Sjoerd Hiemstra", ["Wanjiru Kamau", "Sjoerd Hiemstra"]),
        (
            "Kandidaten: Olumide Adeyemi en Ruta Jankauskiene",
            ["Olumide Adeyemi", "Ruta Jankauskiene"],
        ),
        ("Zaken: Bouwvergunning, Kapvergunning", []),
        # a quoted name after a cue for what someone is called
        ('De melder noemt zich "Chuko" en wil anoniem blijven.', ["Chuko"]),
        ('Maria (roepnaam "Nana") start maandag.', ["Maria", "Nana"]),
        ("Her brother, known as 'Tolu', called twice.", ["Tolu"]),
        ('Hij zegt zelf "Kwabena" of "Kobby".', ["Kwabena", "Kobby"]),
        ('De AI-assistent heet "Sophia" en de chatbot "Gem".', []),
        ('Het gebouw is bekend als "Rotterdam".', []),
        ("Zij wordt aangesproken als 'Mami' door iedereen.", ["Mami"]),
        # "called" after a word for a person; a signature's label
        ("I spoke to a man called Kwesi at the desk.", ["Kwesi"]),
        ("The tool is called Copilot.", []),
        ("Signature: T. Ozoliņa", ["T. Ozoliņa"]),
        ("Handtekening: B. Mwangi", ["B. Mwangi"]),
        # the family name in capitals, as a passport writes it; a Korean syllable in -h
        ("Client: PARK Ji-hoon, start date 01-06-2024", ["PARK Ji-hoon"]),
        ("Op de pas staat NGUYEN Van Minh als naam.", ["NGUYEN Van Minh"]),
        ("Her sister is Lee Soo-ah, she lives nearby.", ["Lee Soo-ah"]),
        ("Het PARK Noord-Oost is open.", []),
    ],
)
def test_plural_labels_quoted_names_and_capital_family_names(find, text, names):
    assert [value for _, value in find(text, "PERSON")] == names


@pytest.mark.parametrize(
    "text,name,expected",
    [
        ("Akkoord R. Zeefuik en collega.", "Zeefuik", "R. Zeefuik"),
        ("Getekend: A.S. van Dam", "van Dam", "A.S. van Dam"),
        ("Prof. Dr. Th. Ir. Bakker", "Ir. Bakker", "Ir. Bakker"),  # a title opens the name
        ("Zie fig. Jansen", "Jansen", "Jansen"),  # no initial: a lower-case abbreviation
    ],
)
def test_initials_right_before_a_name_found_without_them_belong_to_it(text, name, expected):
    start = text.index(name)
    [(begin, end)] = person_context.joined(text, [(start, start + len(name))])
    assert text[begin:end] == expected
