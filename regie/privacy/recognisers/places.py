"""Where someone lives or drives: postcodes, street addresses (+ the city after a postcode),
Dutch licence plates."""

from __future__ import annotations

import re
from collections.abc import Iterator, KeysView
from functools import lru_cache

from regie.privacy import lexicon
from regie.privacy.entities import EntityType
from regie.privacy.recognisers.base import Recogniser, clean_start, lowered, registry
from regie.privacy.recognisers.person_context import (
    CAPITALISED_PARTICLES,
    FOREIGN_STREET_WORDS,
    FORM_OF_ADDRESS,
    PARTICLE_WORDS,
)

# Letter pairs PostNL never uses (SA, SD, SS); abbreviations that follow numbers in
# government texts (Burgerlijk Wetboek, Wetboek van Strafrecht/Strafvordering, …) and units
# count only when a place name follows ("6636 AM Houten").
NEVER_POSTCODE_LETTERS = frozenset({"SA", "SD", "SS"})
UNLIKELY_POSTCODE_LETTERS = frozenset(
    {"BW", "SR", "SV", "EU", "NL", "AM", "PM", "MG", "KG", "ML", "CM", "MM", "KM", "GB", "MB", "KB"}
)
POSTCODE = r"[1-9]\d{3}(?: ?[A-Z]{2}|[a-z]{2})"

STREET_SUFFIXES = (
    "straatweg",
    "straat",
    "noordzijde",
    "oostzijde",
    "zuidzijde",
    "westzijde",
    "laan",
    "weg",
    "plein",
    "gracht",
    "kade",
    "singel",
    "dijk",
    "dreef",
    "hof",
    "park",
    "pad",
    "steeg",
    "markt",
    "plantsoen",
    "boulevard",
    "burgwal",
    "wal",
    "baan",
    "veld",
    "haven",
    "dam",
    "kanaal",
    "allee",
    "stede",
    "hoven",
    "promenade",
    "vaart",
    "wetering",
    "poort",
    # German: residents' addresses across the border ("Lindenstraße 27", "Doerkesplatz 3")
    "straße",
    "strasse",
    "platz",
    "gasse",
    "damm",
    "strjitte",  # Frisian: straat, dijk, laan, pad, wal, hof, vaart
    "dyk",
    "leane",
    "loane",
    "paad",
    "wâl",
    "hôf",
    "feart",
    "str",
    "ln",
    "pln",
    "plnts",
    "sngl",
    "stg",
    "mrkt",
    "prk",
    "drf",
)
# Endings that make a street only after a stem and before a house number of at most three
# digits ("Oosteinde 221", "Skilpadsterwei 4", "Zuiderdiep 212"); alone or before a year
# they are ordinary words ("Einde 2025", "Jaareinde 2025").
STREET_ENDINGS_AFTER_STEM = ("einde", "eind", "wei", "diep")
# A compass word after a street word belongs to the street ("Geert Grooteplein Zuid 10").
COMPASS_WORDS = frozenset(["Noord", "Zuid", "Oost", "West"])
# Words allowed before a street word that carries the suffix: titles, initials, first names
# and tussenvoegsels ("Burgemeester de Vlugtlaan", "Prof. Dr. J.C. Schoutelaan").
STREET_PREFIX_WORDS = frozenset(
    {
        "Burgemeester",
        "Burg.",
        "Professor",
        "Prof.",
        "Doctor",
        "Dokter",
        "Dr.",
        "Mr.",
        "Sint",
        "St.",
        "Koning",
        "Koningin",
        "Prins",
        "Prinses",
        "Graaf",
        "Gravin",
        "Generaal",
        "Admiraal",
        "Pastoor",
        "Dominee",
        "Kardinaal",
        "Pater",
        "Oude",
        "Nieuwe",
        "Lange",
        "Korte",
        "Hoge",
        "Lage",
        "Grote",
        "Kleine",
        "Van",
        "van",
        "de",
        "De",
        "der",
        "den",
        "ter",
        "ten",
        "'t",
        "het",
        "Ds.",
        "Mgr.",
        # more titles and offices streets are named with ("Kapelaan Berixstraat")
        "Kapelaan",
        "Deken",
        "Bisschop",
        "Monseigneur",
        "Broeder",
        "Zuster",
        "Jonkheer",
        "Jhr.",
        "Baron",
        "Hertog",
        "Keizer",
        "Kapitein",
        "Kolonel",
        "Majoor",
        "Luitenant",
        "Meester",
        "Schout",
        "Wethouder",
        # ordinals and adjectives that open street names ("Tweede Walstraat", "Groene
        # Hilledijk", "Verlengde Hoogstraat")
        "Eerste",
        "Tweede",
        "Derde",
        "Vierde",
        "Vijfde",
        "Zesde",
        "Zevende",
        "Achtste",
        "Negende",
        "Tiende",
        "Groene",
        "Zwarte",
        "Witte",
        "Rode",
        "Gele",
        "Blauwe",
        "Brede",
        "Smalle",
        "Verlengde",
        "Kromme",
        "Scheve",
        "Halve",
    }
)
# An ordinal written with digits that opens a street's name ("1e Atjehstraat", "2de
# Weteringdwarsstraat").
ORDINAL = re.compile(r"[1-9](?:e|ste|de)")
# Words of STREET_PREFIX_WORDS that open a street's name and are no tussenvoegsel or article.
STREET_OPENING_WORDS = STREET_PREFIX_WORDS - PARTICLE_WORDS - CAPITALISED_PARTICLES
# Words with a number before a postcode that are no street ("Postbus 12" is read on its own).
NOT_STREET_WORDS = frozenset(
    "Postbus Antwoordnummer Pagina Page Kamer Room Artikel Box Bus Nummer Huisnummer Lid".split()
)
# The flat after a street abroad ("vul. Soborna 112, kv. 45", "ul. Marszałkowska 84/92 m. 17").
FLAT_ABROAD = re.compile(r",? (?:kv\.|m\.|apt\.?) ?\d{1,4}(?![\w/-])")
FOREIGN_STREET_WORD = "(?:" + "|".join(map(re.escape, FOREIGN_STREET_WORDS)) + ")"
FOREIGN_STREET = (
    # (initials of whom it is named after: "Kaya L.D. Gerharts 9", "Kaya Gobernador N. Debrot")
    FOREIGN_STREET_WORD + r"(?: (?:d[aeo]s?|de la|del|della|di|du|des|de|la|le))?"
    r" (?:(?:[A-Z]\.){1,3}|[A-Z][\w'’-]*)"
    r"(?: (?:d[aeo]s?|de|del|di|du|van|von)?[ ]?(?:(?:[A-Z]\.){1,3}|[A-Z][\w'’-]*)){0,3}"
)
NAMED_STREET_HINTS = ("Laan van ", "Oude ", "Nieuwe ", "Lange ", "Korte ")
# Chat writes streets in lower case ("woont op bilderdijkstraat 77-2"): only with the common
# suffixes after a stem, and a house number.
LOWER_STREET_SUFFIXES = (
    "straatweg straat laan weg plein gracht kade singel dijk dreef steeg".split()
)
LEADING_TUSSENVOEGSELS = re.compile(r"(?:(?:van|de|der|den|ter|ten|'t|het)\s+)*")
# A house number and its addition: a letter, a number, a floor in Roman numerals ("140-II"),
# "hs", "bis", "huis", "ws"; never the start of a date or a decimal ("Kruithof 29-02-1988").
HOUSE_NUMBER = (
    # (spaces before the number, not a tab: a street and a number in cells of their own are
    # no address, "Depot Lorentzweg<tab>31"; a houseboat's berth "across from" a number:
    # "Brouwersgracht t/o 84", "Jutfaseweg t.o. 25", "Katwolderweg ws 3")
    r" +(?:(?:t/o|t\.o\.|ws) +)?[1-9]\d{0,3}"
    r"(?:-?[A-Za-z](?![\w])|-\d{1,3}(?![\w])|-(?:III|II|IV|I|V)(?![\w])|-[A-Z]\d{1,3}(?![\w])"
    # (a Belgian box, a flat, a unit, a room: "Kerkstraat 21 bus 2", "Wilhelminakade 135 app.
    # 1204", "Brusselsestraat 88 B01", "Havenweg 88 unit 4", "Haagweg 331 kamer 4", the
    # Polish "ul. Długa 44 m. 7" and "ul. Długa 17/4"; before the single letter)
    r"|\sbus\s\d{1,4}(?![\w])|\s(?:app|m)\.\s?\d{1,4}(?![\w])|\sapp\s?\d{1,4}(?![\w])"
    r"|\s(?:unit|kamer)\s\d{1,4}(?:\.\d{1,3})?(?![\w])|/\d{1,3}(?![\w/])"
    r"|\s[A-Z]\d{2}(?![\w])"
    # (a space before a letter or floor, not a tab or a line break: "Hoofdstraat 12<tab>R.
    # Lansink" is the next cell's initial)
    r"| (?:III|II|IV)(?=[\s,.;)\"]|$)| [A-TV-Za-tv-z](?=[\s,.;)\"]|$)"
    # (the colour of a floor, as Haarlem and Amsterdam write it: "Dreef 40 zwart", "118 rood",
    # "27-rood", "40 rd"; ground floor and upstairs: "4 bg", "71-bv")
    r"|[\s-](?:zwart|rood|zw|rd|ZW|RD)(?=[\s,.;)\"]|$)"
    # (a houseboat's berth: "Amsteldijk Zuid 112 ws", "Noordeinde 3-WS", "Zuiddijk 4-WA",
    # "Stadionkade 3 t/o"; a floor: "Peperstraat 16 2hg")
    r"|-(?:WS|WB|WA)(?![\w])|\st/o(?![\w/])|\s\d(?:hg|hoog)(?![\w])"
    r"|[\s-]?(?:hs|HS|bis|BIS|huis|bv|bg|ws)(?![\w]))?(?![\w]|[-/.]\d)"
)


# A street's name that only its place tells apart, whatever it ends in: capitalised words
# and particles (read where a postcode follows or an address label stands before it).
ANY_STREET_NAME = r"[A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|van|de|der|den|het|ter|ten|'t|in)){0,3}"
# Buildings a street and number can follow after a comma (`AddressRecogniser`): words written
# with or without a capital, and names written with one.
BUILDINGS = ("stadhuis", "raadhuis", "gemeentehuis", "stadskantoor", "stadsdeelkantoor")
BUILDINGS += ("stadsloket", "wijkcentrum", "buurthuis", "gebouw")
BUILDING_NAMES = ("Timmerhuis", "City Hall", "Town Hall")
BUILDING = "(?:" + "|".join(
    [*(f"[{b[0].upper()}{b[0]}]{b[1:]}" for b in BUILDINGS), *BUILDING_NAMES]
) + ")"
# A year after a word of time is no house number ("in 2024 Abbey Road was closed").
YEAR_BEFORE = re.compile(r"(?:in|since|until|sinds|tot|van) (?:19|20)\d\d ")
POSTCODE_ALONE = re.compile(rf"{POSTCODE}(?![\w])")


@lru_cache(maxsize=4)
def postcode_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Every postcode shape in `text` (they never overlap); read by the postcode and the
    address recogniser, so found once per text."""
    return tuple(match.span() for match in POSTCODE_ALONE.finditer(text))


@registry.register
class PostcodeRecogniser(Recogniser):
    """1234 AB or 1234AB (never starting with 0, not SA/SD/SS)."""

    entity_type = EntityType.POSTCODE
    priority = 1
    city_follows = re.compile(r" {1,2}(?:'s-)?[A-Z]\w")
    # A house number (and addition) ending the cell or clause before it: the postcode of an
    # address whatever its letters ("Stationsweg 2,6711 PM", "Zwart Janstraat 17\t3035 AM").
    house_number_before = re.compile(
        r"[ \t][1-9]\d{0,3}(?:-?[A-Za-z]{1,2}|-\d{1,3})?[ \t]*[,;\t|][ \t]*$"
    )

    # A postcode written in lower case with its space, as chat writes it, its letters no word
    # ("sinds 2022 in paramaribo"): before a listed place ("lindenlaan 9, 3701 bp zeist"; "1200
    # km verder" is none), or after a house number and its comma ("karel doormanstraat 88b,
    # 3012 gh, maar"), its letters then no unit ("nummer 12, 1200 km").
    # (the digit first and the look-behind after it: a pattern that opens with a look-behind is
    # tried at every position of the text)
    lower_case = re.compile(r"[1-9](?<![\w.,-][1-9])\d{3} [a-z]{2}(?![\w-])")
    lower_place_after = re.compile(r" ([a-z][a-z'-]+)")
    lower_letters_units = frozenset("km kg cm mm ml cl dl ha mg ms pk kw mb gb kb".split())
    lower_letters_words = frozenset(
        "in en op te om na nu of al er is ik je we ze uw ja at to on by as so".split()
    )
    # A postcode's label before it ("Postcode: 2312 KM", "Postal code 1017 GB"): one whatever
    # its letters.
    label_before = re.compile(r"(?i:postcode|postal code|post code|zip code)[ \t]*:?[ \t]*$")
    # A whole cell of a row between separators, perhaps quoted ('"Moerwijk 12","2532 CM"',
    # "Wiebe<tab>9251 GB<tab>12", "8;9741 KM;…"): a postcode whatever its letters.
    cell_before = re.compile(r"(?:[\t;|]|\",?)\"?$")
    cell_after = re.compile(r"\"?(?:[\t;|\n\r,]|$)")

    @staticmethod
    def _fills_a_cell(text: str, start: int, end: int) -> bool:
        """Whether the postcode is a whole cell of a comma-separated row ("…,Westzijde
        204-3,1506 EJ,Zaandam"): glued to the comma before it, as no decimal is followed by
        two capitals and a comma or the line's end."""
        return text[start - 1 : start] == "," and text[end : end + 1] in ("", ",", "\n", "\r")

    def _a_whole_cell(self, text: str, start: int, end: int) -> bool:
        """Whether the postcode is a whole cell of a row separated by tabs, semicolons or bars,
        or quoted in a comma-separated one."""
        return (
            self.cell_before.search(text, max(0, start - 2), start) is not None
            and self.cell_after.match(text, end) is not None
            and (text[start - 1 : start] != '"' or text[end : end + 1] == '"')
        )

    def find(self, text: str) -> Iterator[tuple[int, int]]:
        for start, end in postcode_spans(text):
            letters = text[end - 2 : end].upper()
            if (
                not (clean_start(text, start, ".,-") or self._fills_a_cell(text, start, end))
                or letters in NEVER_POSTCODE_LETTERS
                or (
                    letters in UNLIKELY_POSTCODE_LETTERS
                    and not self.city_follows.match(text, end)
                    and not self.house_number_before.search(text, max(0, start - 12), start)
                    and not self._a_whole_cell(text, start, end)
                    and not self.label_before.search(text, max(0, start - 16), start)
                )
            ):
                continue
            # (an article of a law, "art. 1234 BW"; not a word ending so: "Dreef 40 zwart")
            if text[max(0, start - 9) : start].lower().split()[-1:] in (
                ["art."],
                ["artikel"],
                ["art"],
            ):
                continue
            yield start, end
        if " " in text:
            cities = lexicon.cities()
            for match in self.lower_case.finditer(text):
                start, end = match.span()
                letters = text[end - 2 : end]
                if letters in self.lower_letters_words:
                    continue
                place = self.lower_place_after.match(text, end)
                if (place is not None and place[1][:1].upper() + place[1][1:] in cities) or (
                    letters not in self.lower_letters_units
                    and self.house_number_before.search(text, max(0, start - 12), start)
                ):
                    yield start, end


# The article that opens a place's name ("De Wijk", "Den Ham", "Ter Apel").
PLACE_ARTICLES = frozenset("De Den Het Ter Ten Te".split())


@registry.register
class AddressRecogniser(Recogniser):
    """Street + house number (+ addition), 'Postbus N', and the city after a postcode."""

    entity_type = EntityType.ADDRESS
    priority = 1
    # A capitalised word and a house number; the street suffix is checked in Python (much
    # faster than a regex alternation tried inside every word). The ASCII letters are listed
    # beside \w so that the engine finds them in its bitmap of listed characters before it
    # tries the slower Unicode word test. The look-behind after the first capital ends a try
    # inside a word at once (glued to a word character or a hyphen, as `clean_start` would
    # say), and no street word is longer than 60 characters: a long word of capitals
    # ("AAAA…", "A'A'A'…", a pasted key) was read to its end once per capital.
    street = re.compile(rf"[A-Z](?<![\w-][A-Z])[A-Za-z\w'’éèëï-]{{0,60}}+\.?{HOUSE_NUMBER}")
    # Every alternative starts with its own literal word (see base.py on speed).
    named_street = re.compile(
        r"(?:Laan van (?:[A-Z][\w'-]+ ){0,2}[A-Z][\w'-]+|"
        + "|".join(f"{word} [A-Z][a-z]+" for word in ("Oude", "Nieuwe", "Lange", "Korte"))
        + rf"){HOUSE_NUMBER}"
    )
    # Looked for only before a capitalised word and a house number that is no Dutch street
    # (`_abroad`), not in the whole text.
    foreign_word = re.compile(f"{FOREIGN_STREET_WORD} ")
    foreign_street = re.compile(rf"{FOREIGN_STREET}{HOUSE_NUMBER}")
    postbus = re.compile(r"[Pp]ostbus\s+\d{1,5}(?!\d)")
    # English addresses put the number first ("42 Wattle Street", "14 Ashfield Road"): found
    # from the street word (literals: the regex engine skips to their first letters), the
    # number and name read back from it.
    english_street_word = re.compile(
        r"(?:Street|Road|Avenue|Lane|Drive|Close|Crescent|Square|Terrace|Gardens|Grove|Way)"
        r"(?![\w])"
    )
    english_number_first = re.compile(
        # (also in a CSV cell: "Mr D. Hoekstra,1420 Lakeshore Drive"; not after a number)
        r"(?<![\w/.-])(?<!\d,)[1-9]\d{0,3}[A-Za-z]? (?:[A-Z][\w'’-]* ){1,3}$"
    )
    # A common street suffix and a house number, from which the lower-case street word is
    # read back (a pattern that starts at every lower-case letter costs more than all
    # streets written with a capital).
    lower_street_end = re.compile(rf"(?:{'|'.join(LOWER_STREET_SUFFIXES)}){HOUSE_NUMBER}")
    after_postcode = re.compile(
        rf"{POSTCODE}(?:[ \t]{{1,2}}|,[ \t]?)"  # (on the same line: a CSV row ends there)
        r"((?:'s-)?[A-Z][\w'’-]*(?: (?:aan|den|de|op|[A-Z][\w'’-]*)){0,4})"
    )
    street_before_compass = re.compile(r"[A-Z][\w'’-]* $")
    # A title or first name and a particle before a street written in lower case ("hertog
    # van gelreweg 8", "vincent van goghstraat 3"): the person the street is named after.
    lower_named_after = re.compile(
        r"(?<![^\W\d_])(?P<opener>[^\W\d_]+) (?:van (?:der |den |de )?|de |ter |ten )$"
    )
    # A word right before a lower-case street that may open its name (`_lower_opening`).
    lower_opening = re.compile(r"(?<![^\W\d_])(?P<word>[a-z]+) (?:(?P<particle>der|den|de) )?$")
    # A street and number that open a line or a field and end right before a postcode,
    # after a comma or at the line's end ("Zwaanshals 250\n3035 KN", "Parade 14b, 5911 CC"),
    # in the cell before it ("Helbeek 41;5912 AB", "De Kolk 77      8443 TA"), or after a
    # numbered item ("1. Noard 14, 8711 AA"): an address whatever the street's name ends in
    # (capitalised words and particles).
    # (or after a lower-case word or a bracket: "woonachtig Heechhiem 4, 8604 AK", "woont aan
    # de Hillevliet 76-B, 3074 KE", "(Kerkewijk 63, 3904 JD Veenendaal)")
    street_before_postcode = re.compile(
        r"(?:^|(?<=[\n,:|;\t(])|(?<=[a-zà-ÿ] )|(?<=\d\. )|(?<=  ))[ \t]*"
        rf"(?P<street>(?P<name>{ANY_STREET_NAME}){HOUSE_NUMBER})"
        r"[ \t]*(?:[,;\t|][ \t]*|\n[ \t]*|(?<=[^ ])[ ]{2,})$"
    )
    # A street and number after a building and a comma, whatever the street's name ends in:
    # the town hall, an office, a desk, a community centre ("in het stadhuis, Spui 70",
    # "Raadhuis, Laan Nieuwer-Amstel 1", "Wijkcentrum Dukenburg, Meijhorst 60-01", "City
    # Hall, Amstel 1"). Found from the building word (literals), the street read after it.
    building_then_street = re.compile(
        rf"{BUILDING}"
        r"(?: [A-Z][\w'’-]*){0,2}, "
        rf"(?P<street>{ANY_STREET_NAME}{HOUSE_NUMBER})(?=[ \t]*(?:$|[\n,.;)(]))",
        re.MULTILINE,
    )
    # (looked for only where one of the buildings occurs, in the lower-cased text: most texts
    # hold none, and an alternation that opens with classes is tried at every position)
    building_hints = tuple(building.lower() for building in (*BUILDINGS, *BUILDING_NAMES))
    # A street and number filling the field of an address label ("Adres: Heechhiem 4",
    # "Straat en huisnummer: Botter 14-22", "Adres school: Stadsfenne 2, Sneek"), whatever
    # the street's name ends in.
    # (matched where a hint of the label is found: "dres" of "Adres", "Address", "Woonadres")
    label_hints = ("dres", "DRES", "huisnummer")
    # (or the word "adres" in a sentence, the street and number ending it or a clause: "woont
    # op het adres Boeier 32-14.", "naar het nieuwe adres, Tuinen 7-A.")
    labelled_street = re.compile(
        r"(?:(?:dres|DRES|huisnummer)[^\n:]{0,20}:[ \t]*"
        rf"(?P<street>{ANY_STREET_NAME}{HOUSE_NUMBER})|(?<=[ \t]a)dress?,?[ \t]+"
        rf"(?P<in_text>{ANY_STREET_NAME}{HOUSE_NUMBER})(?=[ \t]*[.)]))(?=[ \t]*(?:$|[\n;\t,.)]))",
        re.MULTILINE,
    )
    # Up to three capitalised words (or particles) opening a field before a street word, and
    # the field's end after the number: a line, a cell, a list item.
    field_words = re.compile(r"(?:(?:[A-Z][\w'’-]*|van|de|der|den|ter|ten) ){1,3}$")
    field_end = re.compile(r"[ \t]*(?:$|[\n;\t,)\"])")
    prefix_token = re.compile(
        r"(?:\b[A-Z][\w'’.]*|\b[a-z]{2,3}|'t|[A-Z]{1,2}|(?:[A-Z][a-z]?\.)+|\b[1-9](?:e|ste|de))"
        # (one space: a tab ends a table cell, and two spaces or more a column of text copied
        # from a PDF; what stands before them is no part of the street)
        r" $"
    )

    def find(self, text: str) -> Iterator[tuple[int, int]]:
        cities = lexicon.cities()
        for match in self.street.finditer(text):
            word, number = match.group().split()[:2]
            start = match.start()
            if word in COMPASS_WORDS:
                street = self.street_before_compass.search(text, max(0, start - 40), start)
                if street is not None and _street_word(street.group().rstrip(), cities, number):
                    start = street.start()
                    word = street.group().rstrip()
            if _street_word(word, cities, number):
                left = self._extend_left(text, start)
                field = self._field_start(text, start, match.end())
                yield (left if field is None else min(left, field)), match.end()
            else:
                yield from self._abroad(text, match)
        if any(word in text for word in NAMED_STREET_HINTS):
            for match in self.named_street.finditer(text):
                if clean_start(text, match.start(), "-"):
                    yield match.span()
        yield from self._lower_case_streets(text)
        lower = lowered(text)
        if any(hint in lower for hint in self.building_hints):
            for match in self.building_then_street.finditer(text):
                # (no room: "City Hall, Wedding Room 2", "stadhuis, Kamer 3")
                if not any(word in NOT_STREET_WORDS for word in match["street"].split()):
                    yield match.span("street")
        for hint in self.label_hints:
            at = text.find(hint)
            while at >= 0:
                match = self.labelled_street.match(text, at)
                street = match and ("street" if match["street"] else "in_text")
                if street and match[street].split()[0] not in NOT_STREET_WORDS:
                    yield match.span(street)
                at = text.find(hint, at + len(hint))
        for match in self.english_street_word.finditer(text):
            number = self.english_number_first.search(
                text, max(0, match.start() - 40), match.start()
            )
            if number is not None and not YEAR_BEFORE.search(
                text, max(0, number.start() - 7), number.end()
            ):
                yield number.start(), match.end()
        if "ostbus" in text:
            for match in self.postbus.finditer(text):
                if clean_start(text, match.start()):
                    yield match.span()
        # A city follows a postcode: tried only where postcode_spans found one (the same as
        # a finditer, whose matches all start there). A street may stand before it.
        position = 0
        for postcode_start, _ in postcode_spans(text):
            before = self.street_before_postcode.search(
                text, max(0, postcode_start - 60), postcode_start
            )
            if (
                before is not None
                and before["name"].split()[0] not in NOT_STREET_WORDS
                # (a street word is read on its own, from its first word on)
                and not _street_word(before["name"].split()[-1], cities, "")
            ):
                yield before.span("street")
            match = (
                None
                if postcode_start < position
                else self.after_postcode.match(text, postcode_start)
            )
            if match is None:
                continue
            position = match.end()
            if not clean_start(text, match.start(), ".,-"):
                continue
            words = match.group(1).split(" ")
            # (an unlisted place keeps its article: "7957 NB De Wijk", not "De")
            least = 2 if len(words) > 1 and words[0] in PLACE_ARTICLES else 1
            for count in range(len(words), 0, -1):
                phrase = " ".join(words[:count])
                if phrase in cities or count == least:
                    start = match.start(1)
                    yield start, start + len(phrase)
                    break

    def _lower_case_streets(self, text: str) -> Iterator[tuple[int, int]]:
        """'bilderdijkstraat 77-2': a lower-case word of a stem of two letters or more and a
        common suffix, and a house number."""
        for match in self.lower_street_end.finditer(text):
            start = match.start()
            while start and text[start - 1].isalpha() and text[start - 1].islower():
                start -= 1
            if match.start() - start >= 2 and clean_start(text, start, "-"):
                named = self.lower_named_after.search(text, max(0, start - 40), start)
                if named is not None and _names_a_street(
                    named["opener"], text[start : match.start()]
                ):
                    start = named.start()  # "burgemeester van suchtelenstraat 2"
                else:
                    start = self._lower_opening(text, start, text[start : match.start()])
                yield start, match.end()

    def _lower_opening(self, text: str, start: int, stem: str) -> int:
        """Where a lower-case street starts: a word streets open with right before it
        ("burgemeester visserstraat 12", "korte koediefstraat 9") or a common first name
        ("karel doormanstraat 88b", "pieter de hoochstraat 5"), or "van" before a stem that
        is a listed surname ("van hallstraat 7"); not an article ("in de kerkstraat")."""
        opening = self.lower_opening.search(text, max(0, start - 20), start)
        if opening is None:
            return start
        word = opening["word"]
        if word == "van":
            # (not "van de": "die van de brinkstraat 4", the one from that street)
            listed = stem.capitalize() in lexicon.all_surnames()
            return opening.start() if listed and opening["particle"] != "de" else start
        opens = word.capitalize() in STREET_OPENING_WORDS or (
            word.capitalize() in lexicon.common_first_names()
        )
        return opening.start() if opens else start

    def _abroad(self, text: str, match: re.Match) -> Iterator[tuple[int, int]]:
        """'Rua Helena Vieira 12': a street word abroad at most 50 characters before the
        capitalised word and house number `match` opens the whole street."""
        opener = self.foreign_word.search(text, max(0, match.start() - 50), match.start())
        if opener is None or not clean_start(text, opener.start()):
            return
        street = self.foreign_street.match(text, opener.start())
        if street is not None and street.end() == match.end():
            flat = FLAT_ABROAD.match(text, street.end())
            yield street.start(), street.end() if flat is None else flat.end()

    def _field_start(self, text: str, start: int, end: int) -> int | None:
        """Where the street starts when street and number fill a whole line or cell, with
        capitalised words before the street word that no list knows ("Kamerlingh
        Onneslaan 58", "Nelson Mandelaplein 112;", "Aert van Nesstraat 60"); None elsewhere
        (in a sentence, "Op Kerkstraat 5 staat …", the words before are no street). A field
        opens a line, a cell (also a quoted one: '"Aert van Nesstraat 8",') or a bracket, or
        follows a label."""
        if self.field_end.match(text, end) is None:
            return None
        words = self.field_words.search(text, max(0, start - 60), start)
        if words is None:
            return None
        # the character before the words and their spaces (read back, not copied: a text
        # with many streets stays linear)
        opener = words.start()
        while opener and text[opener - 1] == " ":
            opener -= 1
        if opener and text[opener - 1] not in '\n;\t(:,"':
            return None
        return words.start()

    def _extend_left(self, text: str, start: int) -> int:
        """Take titles, initials, first names and tussenvoegsels before the street word, and
        capitalised words between them and the street ("Jan Pieterszoon Coenstraat")."""
        first_names = lexicon.all_first_names()
        best = position = start
        for _ in range(5):
            window = text[max(0, position - 40) : position]
            # (a token holds no space: searched from the window's last word on, not from
            # every position of the window)
            match = self.prefix_token.search(window, window.rfind(" ", 0, len(window) - 1) + 1)
            if match is None:
                break
            token = match.group().strip()
            # (initials with dots, or one or two letters: "BRP Julianastraat 6" is an office
            # before the street)
            initials = re.fullmatch(r"(?:[A-Z][a-z]?\.?){1,3}", token) is not None and (
                "." in token or len(token) <= 2
            )
            position -= len(window) - match.start()
            if (
                token in STREET_PREFIX_WORDS
                or token in first_names
                or initials
                or ORDINAL.fullmatch(token)  # "1e Atjehstraat", "2e Hugo de Grootstraat"
                # an adjective of a place ("Woenselse Markt 18", "Amsterdamse Poort 3")
                or (token[:1].isupper() and token.endswith(("se", "sche")) and len(token) > 5)
            ):
                best = position
            elif not token[:1].isupper() or token.endswith("."):
                break
        # After a form of address the words are a person's name, not the start of a street
        # named after one ("meneer Yilmaz van Merelstraat 9": his name, then the street).
        before = text[max(0, best - 12) : best].split()[-1:]
        if best < start and before and FORM_OF_ADDRESS.fullmatch(before[0].rstrip(".")):
            best = start
        best = _after_where_someone_lives(text, best, start)
        # A street never starts with a bare tussenvoegsel ("in de Kerkstraat").
        best += LEADING_TUSSENVOEGSELS.match(text, best, start).end() - best
        return best


def _after_where_someone_lives(text: str, best: int, start: int) -> int:
    """Where the street starts when the words taken before it are a name of two words or
    more, "van" and the street word, perhaps with "de", "het" or a title streets are named
    with between them: a person and where they live ("Samira Benali van de Marshalllaan 8",
    "Emre Yılmaz van Graaf Florislaan 3"); one word or a common first name before "van" opens
    a street named after someone ("Jan van Goyenkade", "Johan Maurits van Nassaulaan")."""
    van = text.rfind(" van ", max(0, best - 1), start)  # (best - 1 < 0 would search nothing)
    if van < 0 or not all(
        token in ("de", "het") or token in STREET_PREFIX_WORDS
        for token in text[van + 5 : start].split()
    ):
        return best
    words = text[best:van].split()
    if (
        len(words) < 2
        or not all(word[:1].isupper() for word in words)
        or words[0] in CAPITALISED_PARTICLES
        or any(word in STREET_PREFIX_WORDS for word in words)
        or words[-1] in lexicon.common_first_names()
    ):
        return best
    return van + 5


def _names_a_street(word: str, stem: str) -> bool:
    """Whether a lower-case `word` before a particle opens the name of a street: a title
    streets are named with ("burgemeester", "hertog"), or a first name where the street's
    `stem` is a listed surname ("vincent van goghstraat"; not "johan van reigerstraat",
    Johan who lives there)."""
    title = word.capitalize()
    return title in STREET_PREFIX_WORDS or (
        title in lexicon.all_first_names() and stem.capitalize() in lexicon.all_surnames()
    )


def _street_word(word: str, cities: KeysView[str], number: str) -> bool:
    """A street word before house `number`: it ends in a street suffix ("Kerkstraat"), or
    in an ending that makes a street after a stem ("Oosteinde"), and is no city."""
    lower = word.rstrip(".").lower()
    stem, _, compass = lower.rpartition("-")
    if stem and compass.capitalize() in COMPASS_WORDS:
        lower = stem  # "Ringbaan-Oost"
    return word not in cities and (
        lower.endswith(STREET_SUFFIXES)
        or (
            lower.endswith(STREET_ENDINGS_AFTER_STEM)
            and len(lower) > 6
            and not (len(number) >= 4 and number[:4].isdigit())
        )
    )


@registry.register
class LicensePlateRecogniser(Recogniser):
    """Dutch plates in sidecodes 1–14, written with dashes (e.g. 12-ABC-3, GB-123-X)."""

    entity_type = EntityType.LICENSE_PLATE
    priority = 1
    sidecodes = [
        r"[A-Z]{2}-\d{2}-\d{2}",
        r"\d{2}-\d{2}-[A-Z]{2}",
        r"\d{2}-[A-Z]{2}-\d{2}",
        r"[A-Z]{2}-\d{2}-[A-Z]{2}",
        r"[A-Z]{2}-[A-Z]{2}-\d{2}",
        r"\d{2}-[A-Z]{2}-[A-Z]{2}",
        r"\d{2}-[A-Z]{3}-\d",
        r"\d-[A-Z]{3}-\d{2}",
        r"[A-Z]{2}-\d{3}-[A-Z]",
        r"[A-Z]-\d{3}-[A-Z]{2}",
        r"[A-Z]{3}-\d{2}-[A-Z]",
        r"[A-Z]-\d{2}-[A-Z]{3}",
        r"\d-[A-Z]{2}-\d{3}",
        r"\d{3}-[A-Z]{2}-\d",
    ]
    shape = re.compile(rf"(?:{'|'.join(sidecodes)})")
    candidate = re.compile(r"[A-Z0-9][A-Z0-9]{0,2}-[A-Z0-9]{2,3}-[A-Z0-9]{1,3}(?![\w-])")
    # What every candidate holds, from its first dash: a literal start the regex engine finds
    # fast, so texts without a plate cost almost nothing.
    hint = re.compile(r"-[A-Z0-9]{2,3}-[A-Z0-9]{1,3}(?![\w-])")

    def find(self, text: str) -> Iterator[tuple[int, int]]:
        if self.hint.search(text) is None:
            return
        for match in self.candidate.finditer(text):
            if clean_start(text, match.start(), "-") and self.shape.fullmatch(match.group()):
                yield match.span()
