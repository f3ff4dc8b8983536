"""Person names found by their context rather than by the name lists: salutations and
closings, role labels, English honorifics, lower-case names in chat, first names repeated
alone, and the places and institutions named after people that are not persons.

Used by `persons.PersonRecogniser`; every function here takes the text (and, for the
filters, candidate spans) and returns spans.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from regie.privacy import lexicon

UPPER = "A-ZÀ-ÖØ-ÞŞÇĞİŁŚŻŹĆŃ"
# One capitalised name word: letters, with inner hyphens and apostrophes (Al-Hassan, O'Neil).
CAP = rf"[{UPPER}][^\W\d_]*(?:['’-][{UPPER}]?[^\W\d_]+)*"
PARTICLE = r"(?:van\s+(?:der|den|de|het|'t)|van|de|der|den|ter|ten|in\s+'t|'t|von|el|al|El|Al|ben|bin|da|dos|di|du|le|la)"
INITIALS = rf"(?:[{UPPER}](?:h|r)?\.\s?){{1,5}}"
TITLES = (
    r"(?:de\s+heer|mevrouw|mevr\.?|mw\.?|dhr\.?|heer|meneer|mr\.|dr\.?|drs\.|ir\.|ing\.|prof\.(?:\s+dr\.)?"
    r"|Mr\.?|Mrs\.?|Ms\.?|Miss|Mx\.?|Dr\.?|Prof\.?)"
)
# A name: optional titles and initials, then one to four name words or particles on one line.
NAME = (
    rf"(?:{TITLES}[ \t]+)*(?:{INITIALS}[ \t]?)?"
    rf"(?:{PARTICLE}[ \t]+)*{CAP}(?:[ \t](?:{PARTICLE}[ \t]+)*{CAP}){{0,3}}"
)
ROLE = (
    r"aanvrager|aanvraagster|betrokkene|cli[eë]nt|consulent|voorzitter|griffier|inspreker|"
    r"insprekers|tolk|melder|contactpersoon|namens|behandelaar|casemanager|aanwezig|"
    r"afwezig(?:\s+met\s+bericht)?|secretaris|notulist|medewerker|collega|klant|bewoner|"
    r"huurder|verzoeker|bezwaarmaker|gemachtigde|ouder|kind|partner|"
    r"applicant|client|colleague|chair|chairman|chairwoman|secretary|reporter|interpreter|"
    r"caseworker|contact\s+person|on\s+behalf\s+of|resident|tenant"
)
# Labels that stand before a name only with a colon ("Van: …", "Naam: …").
COLON_ROLE = r"name|naam|from|to|van|aan|cc|bcc|signed|ondertekend|auteur|author"
SALUTATION = r"Geachte|Beste|Lieve|Hoi|Hallo|Hey|Dag|Goedemorgen|Goedemiddag|Dear|Hi|Hello"
CLOSING = (
    r"(?:met\s+)?(?:vriendelijke|hartelijke|beste)\s+groet(?:en)?|groet(?:en|jes)?|hoogachtend|mvg|"
    r"(?:kind|best|warm)\s+regards|regards|sincerely|yours\s+sincerely|yours\s+faithfully|"
    r"cheers|thanks|dank\s+je\s+wel|alvast\s+bedankt"
)
AFTER_SALUTATION = re.compile(rf"(?<![\w])(?:{SALUTATION})[ \t]+(?P<name>{NAME})", re.UNICODE)
AFTER_ROLE = re.compile(
    rf"(?<![\w])(?:(?i:{ROLE})(?P<colon>[ \t]*:[ \t]*|[ \t]+)|(?i:{COLON_ROLE})[ \t]*:[ \t]*)(?P<names>{NAME}(?:[ \t]*(?:,|;|\ben\b|\band\b|&)[ \t]*{NAME})*)"
)
ONE_NAME = re.compile(NAME)
HONORIFIC = re.compile(rf"(?<![\w])(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?[ \t]+(?:{INITIALS}[ \t]?)?(?:{PARTICLE}[ \t]+)*{CAP}")
SIGNATURE = re.compile(
    rf"(?im:^[ \t]*(?:{CLOSING})[ \t]*[,!.]?[ \t]*\n(?:[ \t]*\n)?[ \t]*(?P<name>(?-i:{NAME}))[ \t]*$)"
)
# Chat: "de mail van gülşen", "antwoord aan fatima", "gesprek met ravi en naomi", "collega
# jurre", "ravi belde net".
LOWER_NAME = r"[^\W\d_A-Z][^\W\d_]+"
LOWER_CUE = re.compile(
    rf"(?<![\w])(?:van|aan|met|voor|naar|klant|cliënt|client|collega|bewoner|huurder|"
    rf"mevrouw|meneer|from|to|with|for|colleague|bel|mail|app)\s+(?=(?P<name>{LOWER_NAME})"
    rf"(?:\s*(?:,|en|and)\s+(?P<other>{LOWER_NAME}))?)"  # a look-ahead: cues may follow cues
)
LOWER_START = re.compile(
    rf"(?:^|(?<=[.!?]\s))(?P<name>{LOWER_NAME})\s+(?:belde|mailde|appte|vroeg|zei|schreef|heeft|"
    rf"wil|wilde|is|was|komt|kwam|called|asked|wrote|says|said)\b",
    re.M,
)
NOT_LOWER_NAMES = frozenset("ik jij je u hij zij ze wij we jullie het dit dat die er men iemand".split())

# Words after a name that make it a place or an institution ("Abe Lenstra Stadion").
INSTITUTION_WORDS = frozenset(
    """ziekenhuis gasthuis kliniek museum stadion arena college lyceum gymnasium school
basisschool academie universiteit hogeschool instituut centrum mc umc huis zaal theater
schouwburg fonds cultuurfonds stichting hospital stadium university institute foundation
centre center theatre library street road avenue square airport""".split()
)
# Institution words that are also surnames ("van der Sluis", "Bos"): only when not listed.
WEAK_INSTITUTION_WORDS = frozenset(
    "prijs kazerne kerk moskee bibliotheek park plein boulevard brug tunnel sluis haven "
    "station tuin bos hal hall bridge".split()
)
# Word endings that make a single word a place or an institution ("Rembrandthuis").
INSTITUTION_ENDINGS = (
    "huis", "school", "zaal", "college", "museum", "stadion", "ziekenhuis", "gasthuis",
    "fonds", "kerk", "toren", "brug", "straat", "laan", "weg", "plein", "gracht", "kade",
    "singel", "dreef", "steeg", "markt", "plantsoen", "park", "hof", "kazerne", "theater",
)
# Words before a name that make it an institution or an organisation ("Stichting …").
INSTITUTION_BEFORE = re.compile(
    r"(?i:(?:\b(?:het|the|stichting|museum|ziekenhuis|kliniek|prijs|fonds|fort|sint|st\.|"
    r"station|vereniging|foundation|museum|stadium|school|supermarkt|bij\s+de|naar\s+de|"
    r"van\s+de|in\s+de|aan\s+de|op\s+de|de)\s+)$)"
)
# Companies and institutions named after their founders or namesakes, written without an
# institution word ("Douwe Egberts", "Albert Heijn").
NAMESAKES = frozenset(
    """Albert Heijn|Dirk van den Broek|Jan Linders|Douwe Egberts|Van Oord|Van Lanschot|
Van der Valk|Van Haren|Hunkemöller|Philips|Fokker|Heineken|Verkade|Droste|Kröller-Müller|
Boijmans Van Beuningen|Antoni van Leeuwenhoek|Erasmus|Johan Cruijff ArenA|Vincent van Gogh|
Anne Frank|Jeroen Bosch|Willem de Zwijger|Christiaan Huygens|Hugo de Groot|Max Havelaar|
Kamerlingh Onnes|Thorbecke|Boerhaave|Rembrandt|Spinoza|Multatuli|Johan de Witt|
Michiel de Ruyter|Piet Hein|Jan Pieterszoon Coen|Gerrit Rietveld|Abe Lenstra|Anton Philips|
Prins Bernhard|Prinses Máxima|Prinses Maxima|Koning Willem|Koningin Wilhelmina|Juliana|
Beatrix|Wilhelmina|Dr. Nassau|Martini|Sint Antonius|Sint Franciscus""".replace("\n", "").split("|")
)


def _name_parts(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The names in a role label's list ("A Bakker, B de Vries en C Jansen")."""
    for match in ONE_NAME.finditer(text, start, end):
        yield match.span()


def _plausible(span_text: str) -> bool:
    """A context-found run is a name only if its first name word is not a common word."""
    words = [w for w in re.split(r"[ \t]+", span_text) if w[:1].isupper() and not w.endswith(".")]
    if not words:
        return False
    stop = STOP_CAPITALS
    return all(w not in stop for w in words) and not any(
        w.lower() in INSTITUTION_WORDS or w.lower().endswith(INSTITUTION_ENDINGS) for w in words
    )


STOP_CAPITALS = frozenset(
    """De Het Een Dit Dat Deze Die Wij Ik U Uw Zij Hij Je Jij We Graag Bedankt Dank Team
Afdeling Gemeente Provincie Ministerie Raad College Commissie Burgemeester Wethouder
Januari Februari Maart April Mei Juni Juli Augustus September Oktober November December
Maandag Dinsdag Woensdag Donderdag Vrijdag Zaterdag Zondag Monday Tuesday Wednesday
Thursday Friday Saturday Sunday January February March May June July August October
The A An This That We I You Our Your Please Thanks Thank Team Department Municipality
Geachte Beste Dear Hi Hello Met Vriendelijke Groet Kind Regards Best All Allen Iedereen
Collega Collega's Heer Mevrouw Sir Madam Madame Bijlage Betreft Onderwerp Subject Re RE
Aanwezig Afwezig Notulen Verslag Agenda Opening Rondvraag Sluiting Actiepunten Voorzitter
Griffier Tolk Melder Cliënt Client Aanvrager Betrokkene Contactpersoon Namens Behandelaar
Datum Date Telefoon Phone Adres Address Naam Name Geboortedatum Woonplaats Email E-mail
Wet Awb Woo Bezwaar Besluit Beschikking Aanvraag Brief Mail Bericht Klacht Melding
Nederland Netherlands Dutch English Engels Nederlands Europa Europe Municipality
Stichting Museum Ziekenhuis Stadion Gasthuis Samenvatting Omschrijving Incidentmelding""".split()
)


def context_spans(text: str) -> Iterator[tuple[int, int]]:
    """Names after a salutation, a role label or an English honorific, and in a signature."""
    for match in AFTER_SALUTATION.finditer(text):
        start, end = match.span("name")
        if _plausible(text[start:end]):
            yield start, end
    names = lexicon.all_first_names() | lexicon.all_surnames()
    for match in AFTER_ROLE.finditer(text):
        # Without a colon the label may precede a department ("consulent Werk en Inkomen"):
        # then the run must hold a listed name.
        loose = match.group("colon") is not None and ":" not in match.group("colon")
        for start, end in _name_parts(text, *match.span("names")):
            candidate = text[start:end]
            if _plausible(candidate) and (
                not loose or any(part in names for part in re.split(r"[\s-]+", candidate))
            ):
                yield start, end
    for match in HONORIFIC.finditer(text):
        if _plausible(text[match.start() : match.end()].split(None, 1)[1]):
            yield match.span()
    for match in SIGNATURE.finditer(text):
        start, end = match.span("name")
        if _plausible(text[start:end]):
            yield start, end


def lowercase_spans(text: str) -> Iterator[tuple[int, int]]:
    """Lower-case first names in chat ("de mail van gülşen", "mijn klant amina"), only after
    a cue and only if listed as a first name that is not also an ordinary word."""
    first_names = lexicon.all_first_names()
    for pattern in (LOWER_CUE, LOWER_START):
        for match in pattern.finditer(text):
            for group in ("name", "other"):
                if group not in pattern.groupindex or match.group(group) is None:
                    continue
                word = match.group(group)
                if word in NOT_LOWER_NAMES:
                    continue
                if word[:1].upper() + word[1:] in first_names:
                    yield match.span(group)


def repeated_first_names(text: str, spans: Iterable[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Once 'Lieuwe Hoekstra' is a name, 'Lieuwe' alone elsewhere in the text is one too."""
    seen: set[str] = set()
    for start, end in spans:
        words = text[start:end].split()
        names = [w for w in words if w[:1].isupper() and not w.endswith(".") and w not in STOP_CAPITALS]
        if len(names) >= 2 and words[0] == names[0]:
            seen.add(names[0])
        elif len(words) == 1 and words[0][:1].islower():
            seen.add(words[0])
    for word in seen:
        for match in re.finditer(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])", text):
            yield match.span()


def _institution_word(word: str) -> bool:
    lower = word.lower()
    if lower in INSTITUTION_WORDS or word in {"MC", "UMC", "ArenA"}:
        return True
    return (
        (lower in WEAK_INSTITUTION_WORDS or lower.endswith(INSTITUTION_ENDINGS))
        and lower not in INSTITUTION_ENDINGS
        and word not in lexicon.all_surnames()  # Brinkhuis, Nijhof
    )


def is_institution(text: str, start: int, end: int) -> bool:
    """Whether the name at start:end names a place or an institution, not a person: an
    institution word in it or in the name-like words after it ("Jan Pieterszoon
    Coenstraat", "Abe Lenstra Stadion"), a known namesake, or an article before it."""
    span = text[start:end]
    if any(_institution_word(word) for word in span.split()[1:] or span.split()[-1:]):
        return True
    following = FOLLOWING.match(text, end)
    if following and any(_institution_word(w) for w in following.group(0).split()):
        return True
    if any(re.search(rf"(?<![\w]){re.escape(n)}(?![\w])", span) for n in NAMESAKES):
        return True
    before = text[max(0, start - 20) : start]
    return bool(INSTITUTION_BEFORE.search(before)) and not re.match(
        r"(?i:de\s+heer|mevrouw|mevr|dhr|mr|mrs|ms|dr|drs|ir|ing|prof)\b", span
    ) and not _starts_with_particle(span)


# Up to four name-like words right after a name, on the same line.
FOLLOWING = re.compile(rf"(?:[ \t]*-?[ \t]*(?:{PARTICLE}[ \t]+)*(?:{CAP}|[a-z]+)){{1,4}}")


def _starts_with_particle(span: str) -> bool:
    return bool(re.match(r"(?:van|de|der|den|ter|ten|in 't|'t|el|al)\s", span))
