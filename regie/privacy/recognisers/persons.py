"""Person names: titles, initials, first names, tussenvoegsels and surnames from the shipped
Dutch name lists, combined by a small rule set over one tokenising pass."""

from __future__ import annotations

import re
from collections.abc import Iterator, KeysView
from functools import cache, lru_cache
from typing import NamedTuple

from regie.privacy import lexicon
from regie.privacy.entities import EntityType
from regie.privacy.recognisers import fields, gedcom, mrz, person_context, tables
from regie.privacy.recognisers.base import Recogniser, registry, reversed_text, word_trie

UPPER = person_context.UPPER
# Other languages' forms of address in lower case before a capital ("pan Marek Nowak"); with a
# capital ("Herr Müller") person_context.HONORIFIC finds them. (Not "monsieur", "mme" and
# "signor", rare in lower case: the look-behind on a prefix word's last two letters would
# then pass after every "voor" and "door".)
FOREIGN_TITLES = [
    title
    for title in person_context.FOREIGN_FORMS_OF_ADDRESS
    if title not in ("monsieur", "mme", "signor")
]
TITLE = (
    r"(?:[Dd]e\s+[Hh]eer(?:\s+en\s+[Mm]evrouw)?|[Mm]evrouw(?:\s+en\s+(?:[Mm]eneer|de\s+heer))?"
    r"|[Mm]evr\.?|[Mm]w\.?"
    r"|[Dd]hr\.?(?:\s+en\s+(?:[Mm]evrouw|[Mm]evr\.?|[Mm]w\.?))?"
    r"|[Hh]eer(?:\s+en\s+[Mm]evrouw)?|[Mm]eneer(?:\s+en\s+[Mm]evrouw)?|[Mm]nr\.?|"
    r"[Mm]ijnheer|[Mm]r\.|Mrs?\.?|Ms\.?|mrs\.|ms\.|[Dd]r\.?|[Dd]rs\.?|[Ii]r\.?|[Ii]ng\.?|[Pp]rof\.?|[Pp]rofessor|"
    r"[Dd]s\.|[Zz]r\.|"  # (dominee: "Ds. Van Loon"; zuster: "zr. Meryem Doğan")
    r"[Ff]amilie|[Ff]am\.|Hr\.|[Dd]okter|[Jj]uf(?:frouw)?|[Mm]eester"
    # Frisian and Papiamentu forms of address ("mefrou Sjoerdsma", "de hear Hettinga",
    # "famylje Hoekstra", "señora Thodé", "Sra. Martis", "famia Croes")
    r"|[Mm]efrou|[Dd]e\s+hear|Hear|[Ff]amylje|[Ss]eñora?|Sra?\.|[Ff]amia"
    + "".join(f"|{title}" for title in FOREIGN_TITLES)
    + r"|Md\.)"  # (Muhammad before a Bangladeshi given name: "Md. Kamrul Hasan")
)
# Name particles of other languages (Portuguese, Spanish, Italian, Filipino, Arabic): tussenvoegsels
# too ("Maria do Carmo Silva", "Mohammed bin Salman").
FOREIGN_PARTICLES = "da do dos das di du del della dela delos bin ibn".split()
# Each kind starts with a cheap look-ahead at what its first characters can be, so the regex
# engine drops the kinds a capitalised word cannot be before trying their alternatives.
TOKENS = re.compile(
    rf"(?P<title>(?=[DdMmHhIiPpFfJjSsbkZz])(?<![\w]){TITLE}(?![a-z]|-[{UPPER}]))"
    rf"|(?P<init>(?=[^\W\d_]{{1,3}}\.)(?<![\w.°-])(?:{person_context.INITIAL}\.\s?){{1,6}})"
    r"|(?P<tv>(?=[VvDdTtiEeAa'bOU])(?<![\w'])(?:[Vv]an\s+(?:[Dd]er|[Dd]en|[Dd]e(?!\s+[Hh]e(?:er|ar))|het|'t)|[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|"
    # (a preposition that opens a surname, capitalised as after a title: "mw. Op den Kamp")
    r"(?:Op|Uit)\s+(?:den|der|de(?!\s+[Hh]e(?:er|ar))|'t)|"
    # ("Te" only with its capital, as a surname opens with it: "de heer Te Winkel"; "te" is
    # the preposition of places)
    r"[Tt]en|Te|in\s+'t|v/d|v\.d\.|vd|v\.|v(?=[ \t][A-Z])|d'|'t|[Vv]on|[Ee]l|[Aa]l|"
    + "|".join(FOREIGN_PARTICLES)
    + r")(?=\s|['’]?[A-Z]))"
    rf"|(?P<cap>(?<![\w-])(?:(?<!\w['’])|(?<=(?<!\w)[dD]['’]))[{UPPER}][^\W\d_]*+(?:['’](?!s(?![^\W\d_]))[^\W\d_]+)?+"
    rf"(?:-(?:(?:de|van|der|den|ter|ten|het|'t)\s){{0,2}}[{UPPER}][^\W\d_]*)*+(?!\d))"
)


# Lower-case titles and tussenvoegsels as they stand right before a capital.
PREFIX_TITLES = (
    """heer mevrouw mevr. mevr mw. mw dhr. dhr meneer mnr. mnr mijnheer mr. dr. dr drs. drs ir.
ir ing. ing prof. prof professor familie fam. dokter mrs. mrs mr ms. ms juf juffrouw meester mefrou
famylje famia family señor señora ds. zr.""".split()
    + FOREIGN_TITLES
)
PATRONYMIC_ENDINGS = person_context.PATRONYMIC_ENDINGS
# ("vd" as chat writes "van de(n/r)": "Bas vd Heuvel"; "v." or "v" for "van": "Karin v. Dam",
# "Sjaak v Leeuwen")
PREFIX_TUSSENVOEGSELS = (
    "van der den de ter ten 't v/d v.d. vd v. v von el al".split() + FOREIGN_PARTICLES
)
# (Frisian "de hear" only whole: "hear" alone is an English verb, "I hear Microsoft …")
PREFIX_WORDS = frozenset([*PREFIX_TITLES, *PREFIX_TUSSENVOEGSELS, "het", "de hear"])


def _after_prefix_word() -> str:
    """Look-behinds (one per word length, as they need a fixed width) for a capital right
    after one of PREFIX_WORDS standing alone (after a space, a line break, an opening bracket
    or quote, a slash or a cell's ";", "|" or ",") and followed by one space or tab ("de
    Vries", "mr. Jansen", "(mw. Hodan Ali)", ";mw. Veenstra;", ",mr. P. Hageman,"), or right
    after "d'"; first a cheap one on the last two characters of such a word (every one has at
    least two; the last letter alone lets nearly every word pass)."""
    by_length: dict[int, list[str]] = {}
    for word in sorted(PREFIX_WORDS):
        by_length.setdefault(len(word), []).append(re.escape(word))
    # ("v" for "van" has one letter: the space before it makes its two)
    last_two = "|".join(sorted({re.escape(f" {word}"[-2:]) for word in PREFIX_WORDS}))
    return (
        rf"(?:(?<=(?:{last_two})[ \t])|(?<=d'))(?:"
        + "|".join(
            [
                rf"(?<=(?<![^ \n\t(\[\"“‘/;|,])(?:{'|'.join(words)})[ \t])"
                for words in by_length.values()
            ]
            + [r"(?<=d')"]
        )
        + ")"
    )


# A token at a capital (finditer jumps from capital to capital, skipping a token's own);
# group 1 (`prefixed`) is set when a lower-case title or tussenvoegsel stands right before it.
# (An empty alternative, not `?`: the regex engine sets up a repeat for `?` at every capital.)
TOKEN_AT_CAPITAL = re.compile(
    rf"(?=[{UPPER}])(?:(?P<prefixed>{_after_prefix_word()})|)(?:{TOKENS.pattern})"
)
# Lower-case titles and tussenvoegsels directly before a capital ("de heer ", "van der "),
# read backwards from the capital in the reversed text: one anchored match instead of a
# search that tries every position of the stretch before it. Each word must stand alone
# (no letter before it); the tokens themselves are read forwards by TOKENS afterwards.
# (Optional dots written out: the words are read as a trie of literals.)
PREFIX_WORDS_BEFORE_CAPITAL = [
    *sorted(PREFIX_WORDS),
    *("de heer", "in"),
    *("de heer en mevrouw", "heer en mevrouw", "meneer en mevrouw"),
    *("mevrouw en meneer", "mevrouw en de heer"),
    *(
        f"{sir} en {madam}"
        for sir in ("dhr.", "dhr")
        for madam in ("mevrouw", "mevr.", "mevr", "mw.", "mw")
    ),
]
REVERSED_LOWER_PREFIX = re.compile(
    r"(?:(?:[ \t]{1,2}"
    + word_trie((word[::-1] for word in PREFIX_WORDS_BEFORE_CAPITAL), blank=r"\s+")
    + r"|'d)(?![\w']))+"
)
# The token kind of a single lower-case prefix word, as TOKENS reads it ("in" and "het"
# alone are no token).
SINGLE_PREFIX_KINDS = {
    **dict.fromkeys(PREFIX_TITLES, "title"),
    **dict.fromkeys([*PREFIX_TUSSENVOEGSELS, "d'"], "tv"),
}
# First names that before a number are the words maximum and minimum ("Max 200 woorden").
MEASURE_WORDS = frozenset(["Max", "Min"])
# First names that after a number are units named after a person ("5 Pascal", "2 Henry").
UNIT_WORDS = frozenset(["Pascal", "Henry", "Kelvin", "Newton", "Tesla", "Joule", "Weber"])
# Species names of bacteria, written after the genus's initial ("E. Coli", "H. Pylori").
SPECIES_NAMES = frozenset(["Coli", "Aureus", "Pylori", "Difficile", "Pneumoniae", "Typhi"])
# PREPOSITIONS_IN_SURNAMES as they stand between a name's tokens: only after a name, and
# `_surname` asks more of the word after it.
PREPOSITIONS_IN_SURNAMES = person_context.PREPOSITIONS_IN_SURNAMES
PREPOSITION_GAPS = frozenset(f" {word} " for word in PREPOSITIONS_IN_SURNAMES)
OLD_ARTICLES = ("den", "der", "'t")


def _led_by_preposition(tussenvoegsel: str) -> bool:
    """Whether a tussenvoegsel token starts with one of PREPOSITIONS_IN_SURNAMES ("op de"),
    other than "in 't", a tussenvoegsel of its own ("van 't Hek", "in 't Veld")."""
    return tussenvoegsel.split(None, 1)[0] in PREPOSITIONS_IN_SURNAMES and tussenvoegsel != "in 't"


# Arabic and Berber articles and words for "son of", "father of" joined to a surname with a
# hyphen ("Al-Khatib", "Ba-Abbad", "Abu-Zeid", "Aït-Ahmed").
JOINED_SURNAME_PREFIXES = frozenset(["Al", "El", "Ba", "Bin", "Abu", "Ait", "Aït"])
# Written short for "van der", "van de", "van", "de": never an article, unlike "de" or "het".
ABBREVIATED_TUSSENVOEGSELS = frozenset(["v/d", "v.d.", "vd", "v.", "v", "d'", "d’"])
# Capitalised words that never continue a name after a first name or title.
NOT_NAMES = (
    frozenset(
        """
Januari Februari Maart April Mei Juni Juli Augustus September Oktober November December
Maandag Dinsdag Woensdag Donderdag Vrijdag Zaterdag Zondag Gemeente Provincie Ministerie
Rijk Raad Staat College Burgemeester Wethouder Afdeling Team Bezwaar Woo Wet Awb Geachte
Met Ik Wij Hij Zij Het De Een En Of Uw Op In Te Van Dit Dat Bijlage Datum Betreft
The And Or But From With On At To For Is Are Was Has Have Had This That We You Our Your
Please Thanks Thank Subject Date Dear I Box Paraaf Handtekening Signature
""".split()
    )
    | person_context.ENGLISH_DATE_WORDS
    | person_context.HOLIDAY_WORDS
    | person_context.SENTENCE_ADVERBS
    | person_context.REQUEST_VERBS
)


class Token(NamedTuple):
    kind: str
    start: int
    end: int
    text: str


def _is_street(word: str) -> bool:
    """A word such as 'Thorbeckeplein': a street, not a surname."""
    lower = word.lower()
    endings = person_context.STREET_ENDINGS
    return lower.endswith(endings) and lower not in endings


def _is_first_name(token: Token, first_names: KeysView[str]) -> bool:
    """'Jan', 'Jan-Willem', 'Mei-Ling', 'Onbekend-Willem'."""
    text = token.text
    return token.kind == "cap" and (
        text in first_names
        or ("-" in text and any(part in first_names for part in text.split("-")))
    )


@lru_cache(maxsize=person_context.WORD_CACHE_SIZE)
def _ends_a_surname(word: str) -> bool:
    """A word after which no surname continues: a common word, a street, a medicine."""
    return word in NOT_NAMES or _is_street(word) or person_context.is_medicine(word)


def _prefixed_tokens(text: str, position: int, start: int) -> list[tuple[str, int, int]]:
    """Lower-case titles and tussenvoegsels right before the capital at `start` (kind, start,
    end), not reaching back before `position`, where the previous token ended."""
    size = len(text)
    prefix = REVERSED_LOWER_PREFIX.match(
        reversed_text(text), size - start, size - max(position, start - 32)
    )
    if prefix is None:
        return []
    prefix_start = size - prefix.end()
    word = text[prefix_start:start].rstrip(" \t")
    if " " not in word and "\t" not in word:
        # One word, by far the most common ("de Vries", "mevrouw Jansen"): its kind is known
        # without reading it again ("in" and "het" alone are no token, as in TOKENS).
        kind = SINGLE_PREFIX_KINDS.get(word)
        return [] if kind is None else [(kind, prefix_start, prefix_start + len(word))]
    return [
        (kind, prefix_start + token_start, prefix_start + token_end)
        for kind, token_start, token_end in _prefix_tokens(
            text[prefix_start - 1 : prefix_start] if prefix_start else "",
            text[prefix_start : start + 1],
        )
    ]


@lru_cache(maxsize=1024)
def _prefix_tokens(before: str, prefix: str) -> tuple[tuple[str, int, int], ...]:
    """The tokens (kind, start, end, relative to `prefix`) of several lower-case words before
    a capital ("de heer", "mevrouw van der"), `prefix` running on to the capital so that a
    look-ahead sees it ("d'Sluis"); `before` is the character before them (TOKENS looks back
    no further). Their few spellings are read by TOKENS once each, not once per name."""
    offset, read = len(before), before + prefix
    capital = len(read) - 1
    return tuple(
        (token.lastgroup, token.start() - offset, token.end() - offset)
        for token in TOKENS.finditer(read, offset)
        if token.start() < capital
    )


# Lower-case words after which a listed first name alone is a person ("ask Jules", "is
# Soufiane", "met Tariq", "volgens Jet", "request from Agnieszka", "that Kasia"), not a
# club, product or place ("speelt morgen Ajax", "uit Ghana").
PERSON_BEFORE = frozenset(
    """van aan met voor door volgens namens is was ask tell call told asked with for by and en
    heeft zegt belde mailde bel mail from to naar bij dat that but maar via kan kon zal zou moet
    mag wil gaat""".split()
)  # (an auxiliary before the subject of an inverted sentence: "Dan kan Bohdan de flyers …")


def _mid_sentence(text: str, start: int, end: int) -> bool:
    """Whether the word at start:end stands capitalised right after one of PERSON_BEFORE on
    its line, and before no house number or hyphen ("Rua Augusta 88", "Bernhard-manege"):
    there a listed first name is a name, not a word that opens a sentence."""
    if start < 2 or text[start - 1] not in " \t" or not text[start - 2].islower():
        return False
    after = text[end : end + 2].lstrip(" ")
    if after[:1].isdigit() or after[:1] == "-":
        return False
    return text[max(0, start - 16) : start].split()[-1] in PERSON_BEFORE


# A list item's bullet and the space after it, from the start of its line; a lower-case word
# after the word it opens ("- Sjors bellen over de kade", "• Bogusław had weer ruzie").
ITEM_BULLET = re.compile(r"[ \t]*[-*•–][ \t]+")
LOWER_WORD_NEXT = re.compile(r" [a-zà-ÿ]")


def _opens_an_item(text: str, start: int, end: int) -> bool:
    """Whether the word at start:end opens a bulleted list item and a lower-case word
    follows it: a listed first name there is a name (a noun that opens an item is a word of
    the dictionaries, which the derived first names leave out)."""
    line_start = text.rfind("\n", 0, start) + 1
    return (
        start - line_start <= 4
        and ITEM_BULLET.fullmatch(text, line_start, start) is not None
        and LOWER_WORD_NEXT.match(text, end) is not None
    )


# What ends a name that stands apart: the line's end, a cell's or a list's separator, a bracket,
# "en" or a dash ("| R. Sitaldin |", "(S. Kartosen)", "R. Dwarkasing en E. de Wolff").
SET_APART_AFTER = re.compile(r"[ \t]*(?:$|[,;|\t()]| en | [-–] )", re.MULTILINE)
SET_APART_BEFORE = (*":(,;|\t&", " en")


def _set_apart(text: str, start: int, end: int) -> bool:
    """Whether the name at start:end stands apart as a list's item, a table's cell, a
    bracket's content or a signature: after a separator, a bracket, "en", an item's bullet or
    a line that ends with a comma ("De ambtenaar van de burgerlijke stand,"), and before
    SET_APART_AFTER (not at a line's start otherwise: "A. Aanvrager" heads a part)."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 8) : start].rstrip(" ")
    return (
        before.endswith(SET_APART_BEFORE)
        or (start - line_start <= 4 and ITEM_BULLET.fullmatch(text, line_start, start) is not None)
        or (start == line_start and text.endswith(",\n", 0, start))
    ) and SET_APART_AFTER.match(text, end) is not None


def _after_capital_role(chain: list[Token], index: int) -> bool:
    """Whether the capitalised word before the token at `index` in its run is a role, also a
    plural or a compound one ("Handhavers Samir en Ingrid", "Locatiecoördinator Natalia"):
    the listed first name after it is a person's, as after a role in lower case."""
    return (
        index > 0
        and chain[index - 1].kind == "cap"
        and person_context.is_role(chain[index - 1].text)
    )


def _word_name_before_surname(
    text: str, chain: list[Token], index: int, surnames: KeysView[str]
) -> bool:
    """'Amir Rahimi', 'Grietje de Boer', 'Ton Willems', 'Job de Kleijn': a name that the
    dictionaries also list as a word ('amir', 'grietje'; `lexicon.name_words`, tested by the
    caller), also one that is mostly a word (`lexicon.ambiguous_names`: before a listed
    surname it is the given name), but no role ('Zoon') nor institution word ('Centrum'), is
    a first name right before a listed surname that is no place and has no house number
    after it ('Zwarte Dijk 3')."""
    token = chain[index]
    if token.kind != "cap":
        return False
    after = index + 1 + (index + 1 < len(chain) and chain[index + 1].kind == "tv")
    if after >= len(chain) or chain[after].kind != "cap":
        return False
    surname = chain[after]
    word = token.text
    return (
        surname.text in surnames
        and surname.text not in lexicon.cities()
        and not text[surname.end : surname.end + 2].lstrip(" ")[:1].isdigit()
        and not _something_else(word)
        and not _ends_a_surname(surname.text)
    )


def _opening_stop_word(
    text: str,
    chain: list[Token],
    index: int,
    first_names: KeysView[str],
    common_first: KeysView[str],
) -> bool:
    """A word that the lists hold as a name but that here is an ordinary capitalised word
    before a first name ("Ok Petra, noteer dat"); not a common first name ("Frans Willem
    Bakker") nor a month ("June Anne Smith"), unless a day stands before the month ("On 2
    July Kwabena forwarded")."""
    token = chain[index]
    if (
        token.kind != "cap"
        or index + 1 >= len(chain)
        or not _is_first_name(chain[index + 1], first_names)
    ):
        return False
    if token.text in person_context.ENGLISH_DATE_WORDS:
        return (
            person_context.DAY_BEFORE.search(text, max(0, token.start - 6), token.start)
            is not None
        )
    return token.text in person_context.STOP_CAPITALS and token.text not in common_first


def _something_else(word: str) -> bool:
    """Whether a capitalised word that the lists hold as a name is something else here: a
    common capitalised word, a role ('Zoon'), a word after which no surname continues (a
    common word, a street, a medicine) or an institution word ('Centrum')."""
    return (
        word in person_context.STOP_CAPITALS
        or word.lower() in person_context.ROLE_WORDS
        or _ends_a_surname(word)
        or person_context.institution_word(word)
    )


# A role word after a name and a comma, or alone in brackets ("A. Wubbena,
# schuldhulpverlener", "T. Hoekman, wijkagent", "I. Pinas (gebiedsmakelaar)", "K. Dekker
# (wethouder, VVD)"): it says the name before it is a person's.
ROLE_AFTER = re.compile(r",[ \t]+([^\W\d_]+)|[ \t]+\(([^\W\d_]+)[),]")


def _role_after(text: str, end: int) -> bool:
    """Whether a comma and a role word, or a role in brackets, follow the name ending at
    `end`."""
    match = ROLE_AFTER.match(text, end)
    return match is not None and person_context.is_role(match[1] or match[2])


def _capital_van_mid_sentence(text: str, token: Token) -> bool:
    """'belt Van Dijk', 'Wethouder Van Eerde': a capitalised "Van" (a "tv" token) after a
    lower-case word or a role opens a surname written without first name, as a title would
    ("Van" starts no Dutch place name; firms named after people are namesakes, see
    person_context)."""
    if not token.text.startswith("Van") or token.start < 2:
        return False
    if text[token.start - 1] != " ":
        return False
    before = text[max(0, token.start - 20) : token.start].split()[-1:]
    return bool(before) and (before[0].islower() or person_context.is_role(before[0]))


@cache
def _name_words() -> KeysView[str]:
    return lexicon.all_names()


def _chains(text: str) -> Iterator[list[Token]]:
    """Runs of name-like tokens separated by at most two spaces (never a newline) that can
    hold a person: only a listed name, or a title or initials with more after them, can make
    one (`_persons` finds nothing in other runs). Most runs are a single capitalised word
    that is no listed name, so tokens stay plain tuples until a run is worth returning.

    Tokens are found fast: every token run holds a capital, so the scan jumps from capital
    to capital and reads lower-case titles / tussenvoegsels just before one (the hot loop of
    the scanner, hence written out in one function)."""
    names = _name_words()
    chain: list[tuple[str, int, int, str]] = []
    named = marked = False  # the run holds a listed name / a title or initials
    previous_end = position = 0  # the end of the run's last token / of the last match
    for match in TOKEN_AT_CAPITAL.finditer(text):
        kind = match.lastgroup
        start, end = match.span()
        if match.start(1) < 0:  # not prefixed
            found = ((kind, start, end),)
        else:
            found = _prefixed_tokens(text, position, start)
            found.append((kind, start, end))
        position = end
        for kind, start, end in found:
            word = text[start:end]
            if kind == "cap":
                if word.isupper() and len(word) > 1:
                    # Initials written without dots after a title ("dr ABC Jansen");
                    # otherwise an abbreviation or a heading, which ends the run.
                    # ("dhr. LAMBRECHTS": a surname in capitals after a title)
                    after_title = chain and chain[-1][0] == "title" and start - previous_end <= 2
                    kind = ("init" if len(word) <= 4 else "cap") if after_title else "other"
            elif kind == "init":
                word = word.rstrip()
                end = start + len(word)
                if word in person_context.COMPANY_FORMS and not (chain and chain[-1][0] == "title"):
                    kind = "other"  # "Vastgoed B.V. Vervolg": a company, no initials
                elif person_context.opens_a_note(text, start, end):
                    kind = "other"  # "N.B. Chidi Okonkwo gaf aan": nota bene, no initials
            if chain:
                gap = start - previous_end
                if kind == "tv" and 2 < gap <= 5 and text[previous_end:start] in PREPOSITION_GAPS:
                    # "H.J.M. op den Kamp", "Johan op de Beek": the preposition joins the
                    # tussenvoegsel after a name (`_surname` decides whether a surname follows)
                    start, gap = previous_end + 1, 1
                    word = text[start:end]
                if (
                    gap > 2
                    or kind == "other"
                    # two spaces before initials after a name: two columns of signatures
                    # ("R. Kerkhof  E. Bulut")
                    or (gap == 2 and kind == "init" and chain[-1][0] == "cap")
                    or (
                        gap
                        and (
                            not (
                                (between := text[previous_end:start]).isspace()
                                # the dot of a patronymic ("Pieter Jansz. Kooiman")
                                or (
                                    between[0] == "."
                                    and between[1:] == " "
                                    and chain[-1][3].endswith(PATRONYMIC_ENDINGS)
                                )
                            )
                            or "\n" in between
                            or "\t" in between  # a cell ends ("Wijnbergen<tab>Maartje")
                        )
                    )
                ):
                    if named or (marked and len(chain) > 1):
                        yield [Token(*token) for token in chain]
                    elif marked and (titled := _titled_article_surname(text, chain)):
                        yield titled
                    chain = []
                    named = marked = False
            if kind != "other":
                chain.append((kind, start, end, word))
                previous_end = end
                if kind == "cap":
                    named = named or (
                        word in names
                        or ("-" in word and any(part in names for part in word.split("-")))
                        or lexicon.surname_by_form(word)
                    )
                elif kind != "tv" or word.startswith("Van"):  # see _capital_van_mid_sentence
                    marked = True
    if named or (marked and len(chain) > 1):
        yield [Token(*token) for token in chain]
    elif marked and (titled := _titled_article_surname(text, chain)):
        yield titled


def _titled_article_surname(text: str, chain: list[tuple[str, int, int, str]]) -> list[Token]:
    """A capitalised title alone and an Arabic surname with its article glued on after it
    ("Dr. al-Masri", "Mevrouw el-Amrani"; the lower-case article opens no token), as one run;
    or none. (A lower-case title makes no run here: no capital follows it.)"""
    if len(chain) != 1 or chain[0][0] != "title":
        return []
    article = person_context.ARTICLE_SURNAME_AFTER.match(text, chain[0][2])
    if article is None:
        return []
    start, end = article.start() + 1, article.end()
    return [Token(*chain[0]), Token("cap", start, end, text[start:end])]


@registry.register
class PersonRecogniser(Recogniser):
    entity_type = EntityType.PERSON
    priority = 0

    def find(self, text: str) -> Iterator[tuple[int, int]]:
        return iter(person_spans(text))

    @classmethod
    def _persons(cls, text: str, chain: list[Token]) -> Iterator[tuple[int, int]]:
        first_names, surnames = lexicon.all_first_names(), lexicon.all_surnames()
        name_words = lexicon.name_words()
        ambiguous = lexicon.ambiguous_names()
        common_first = lexicon.common_first_names()
        size = len(chain)
        index = emitted = 0
        while index < size:
            if _opening_stop_word(text, chain, index, first_names, common_first):
                index = emitted = index + 1
                continue
            whose = cls._family_of(chain, index, ambiguous)
            if whose is not None:
                yield whose[:2]
                index = emitted = whose[2]
                continue
            cursor = index
            while cursor < size and chain[cursor].kind == "title":
                cursor += 1
            titled = cursor > index
            initials = cursor < size and chain[cursor].kind == "init"
            cursor += initials
            firsts = cursor
            while cursor < size and (
                _is_first_name(chain[cursor], first_names)
                or (
                    cursor == firsts
                    and chain[cursor].text in name_words
                    and _word_name_before_surname(text, chain, cursor, surnames)
                )
            ):
                cursor += 1
            has_first = cursor > firsts
            context = (
                titled
                or initials
                or has_first
                or (
                    cursor == index
                    and chain[cursor].kind == "tv"
                    and _capital_van_mid_sentence(text, chain[cursor])
                )
            )
            given_before = not context and index > emitted and cls._given_name(chain[index - 1])
            # a middle initial between the given names and the surname ("Maria T. Okafor")
            middle = has_first and cursor + 1 < size and chain[cursor].kind == "init"
            end = cls._surname(
                chain,
                cursor + middle,
                context,
                surnames,
                ambiguous,
                given_before,
                titled and not has_first,
            )
            if (
                end == cursor
                and initials
                and not (titled or has_first)
                and cls._weak_initial(text, chain[firsts - 1], chain[end], surnames)
                and not _role_after(text, chain[end].end)
            ):
                end = None
            if end is None and titled and initials and cursor == firsts:
                end = cursor - 1  # "dr. A.B.", "dr ABC": a title with initials only
            elif end is None and has_first:
                lone = chain[firsts].text
                # a first name and the initial of the surname end the run ("Frank R.,
                # geboren …", "Ook Ayşe K. was erbij"): a person, whatever else the name means
                surname_initial = (
                    cursor == size - 1
                    and cursor - firsts == 1
                    and chain[cursor].kind == "init"
                    and len(chain[cursor].text) == 2
                    and lone not in person_context.STOP_CAPITALS
                )
                if (
                    titled
                    or initials
                    or cursor - firsts > 1
                    or surname_initial
                    or (
                        lone not in ambiguous
                        and (
                            any(part in common_first for part in lone.split("-"))
                            or (
                                (
                                    _mid_sentence(text, chain[firsts].start, chain[firsts].end)
                                    or _after_capital_role(chain, firsts)
                                    or _opens_an_item(text, chain[firsts].start, chain[firsts].end)
                                    # "Ghulam (vader)", "Iryna, collega"
                                    or (cursor == size and _role_after(text, chain[firsts].end))
                                )
                                and lone not in person_context.STOP_CAPITALS
                            )
                        )
                    )
                ):
                    end = cursor - 1
                    if (
                        cursor == size - 1
                        and chain[cursor].kind == "init"
                        and len(chain[cursor].text) == 2
                    ):
                        end = cursor  # a first name and the initial of the surname ("Stijn K.")
                    elif (
                        (
                            lone in MEASURE_WORDS
                            and text[chain[firsts].end :].lstrip(" .")[:1].isdigit()
                        )
                        or (
                            lone in person_context.MONTH_NAMES
                            and person_context.in_a_date(
                                text, chain[firsts].start, chain[firsts].end
                            )
                        )
                        or (
                            lone in UNIT_WORDS
                            and text[: chain[firsts].start].rstrip(" ")[-1:].isdigit()
                        )
                    ):
                        end = None  # "Max 120 words", "Max. 12 punten", "dated 5 Jan", "5 Pascal"
                elif cursor - firsts == 1:
                    # one word that only the large lists know as a first name, and nothing
                    # else makes it one: read as a surname alone ("Jansen, M.")
                    end = cls._surname(chain, firsts, False, surnames, ambiguous)
            if end is None and cls._two_listed(chain, index):
                end = index + 1
            if end is None:
                index += 1
                continue
            start = index
            if given_before or (not context and index > emitted and cls._double(chain, index)):
                # an unlisted first name before a listed surname, or the first part of a
                # double surname that is also a word ("Groot Wassink")
                start = index - 1
            yield chain[start].start, chain[end].end
            index = emitted = end + 1

    @staticmethod
    def _family_of(
        chain: list[Token], index: int, ambiguous: KeysView[str]
    ) -> tuple[int, int, int] | None:
        """'de familie van Geertje Wolters', 'juf van Anna Smit', 'familie van Wopke van der
        Meer': two capitalised words after "familie van" (or "juf van"), perhaps with a
        tussenvoegsel between, are the name of the one whose family (or teacher) it is, and
        "van" opens no surname, as it does before one word ("de familie van Dam") or a listed
        surname ("familie van Dam Hendriks" stays whole). The name's start and end, and the
        index of the token after it."""
        if index + 4 > len(chain):
            return None
        title, van, given, surname = chain[index : index + 4]
        after = index + 4
        if surname.kind == "tv" and after < len(chain):
            surname, after = chain[after], after + 1  # "Wopke van der Meer"
        if (
            title.kind == "title"
            and title.text.lower().rstrip(".") in person_context.FAMILY_TITLES
            and van.text == "van"
            and given.kind == "cap"
            and surname.kind == "cap"
            and given.text not in lexicon.surnames()
            and given.text not in ambiguous
            and not _ends_a_surname(surname.text)
            and (after == len(chain) or chain[after].kind != "cap")
        ):
            return given.start, surname.end, after
        return None

    @staticmethod
    def _two_listed(chain: list[Token], index: int) -> bool:
        """Whether the token at `index` and the next are two capitalised words that the large
        lists hold as names and nothing else does ("Kifle Tesfamariam": a surname and a name
        that the lists hold as a first name and a surname; neither order is known, so the
        rules of first name and surname found nothing). No word that is also an ordinary word,
        a place, a role or an institution word."""
        if index + 1 >= len(chain) or chain[index].kind != "cap" or chain[index + 1].kind != "cap":
            return False
        names, words = lexicon.all_names(), lexicon.name_words()
        cities, countries = lexicon.cities(), lexicon.countries()
        for word in (chain[index].text, chain[index + 1].text):
            if (
                word not in names
                or word in words
                or word in cities
                or word in countries
                or _something_else(word)
            ):
                return False
        return True

    @staticmethod
    def _given_name(token: Token) -> bool:
        return (
            token.kind == "cap"
            and token.text.lower() not in person_context.ROLE_WORDS  # "Collega Smit"
            # "Opmerking van Esther" (but the initial "A Visser")
            and (token.text not in person_context.STOP_CAPITALS or len(token.text) == 1)
            and token.text not in lexicon.ambiguous_names()
            and not _ends_a_surname(token.text)
        )

    @staticmethod
    def _weak_initial(text: str, initial: Token, word: Token, surnames: KeysView[str]) -> bool:
        """One initial before one unlisted word ("M. Alzheimer", "E. Coli", "I. Ulna") is
        too little: Latin, medical and other terms are written that way too. More initials,
        a title, a listed or a double surname ("A. Achternaam-Achternaam") make a name, and
        so does a listed name that is also a word ("T. Hoekman", "J. Schrijvers"), unless it
        is a role ("slaapzaal D. Tolk"), a species or a heading: the letter opens the line and
        lower-case words follow ("C. Doel en grondslag"). A salutation or role label before it
        is read by the context rules; an unlisted word is a surname where the two stand apart
        as an item, a cell or a bracket's content (`_set_apart`: "| R. Sitaldin |")."""
        if len(initial.text.rstrip(".")) != 1 or "-" in word.text:
            return False
        if word.text in lexicon.name_words():
            line_start = text.rfind("\n", 0, initial.start) + 1
            return (
                word.text in SPECIES_NAMES
                or person_context.is_role(word.text)
                or (
                    not text[line_start : initial.start].strip()
                    and text[word.end : word.end + 2].lstrip(" ")[:1].islower()
                )
            )
        return word.text not in surnames and not _set_apart(text, initial.start, word.end)

    @staticmethod
    def _double(chain: list[Token], index: int) -> bool:
        """Whether the token before a surname alone is the first half of a double surname:
        a capitalised word of the shipped surname list, even one that is also a word."""
        before = chain[index - 1].text
        return (
            chain[index - 1].kind == "cap"
            and before in lexicon.surnames()
            and before not in NOT_NAMES
            and chain[index].kind == "cap"
        )

    @staticmethod
    def _surname(
        chain: list[Token],
        cursor: int,
        context: bool,
        surnames: KeysView[str],
        ambiguous: KeysView[str],
        given_before: bool = False,
        title_only: bool = False,
    ) -> int | None:
        """Index of the last token of the surname starting at `cursor`, or None. A surname
        alone must be in the shipped list; one from the large lists needs a first name or
        an unlisted capitalised word (`given_before`) before it ("Koert Brinkhuis"). After a
        title without a listed first name (`title_only`), two unlisted words are a first name
        and a surname ("de heer Eldon Sulvaran")."""
        last = None
        size = len(chain)
        cities = lexicon.cities()
        common_surnames = lexicon.surnames()
        first_names = lexicon.all_first_names()
        name_words = lexicon.name_words()
        while cursor < size:
            has_tv = chain[cursor].kind == "tv"
            position = cursor + has_tv
            if position >= size or chain[position].kind != "cap":
                break
            word = chain[position].text
            parts = word.split("-")
            # "Al-Khatib", "El-Amrani", "Ba-Abbad": the article or "son of" joined to the
            # name is no surname core
            core = parts[1] if len(parts) > 1 and parts[0] in JOINED_SURNAME_PREFIXES else parts[0]
            known = core in surnames or lexicon.surname_by_form(core)
            if (
                _ends_a_surname(word)
                and not (context and known and _is_street(word))
                # after initials (also before a capitalised one: "M. Ten Have") or a first
                # name and a tussenvoegsel in lower case a common word is the surname ("mr.
                # A.G. ten Have", "H.J. de Raad", "Bernard ten Have")
                and not (
                    has_tv
                    and cursor > 0
                    and (chain[cursor].text.islower() or chain[cursor - 1].kind == "init")
                    and (
                        chain[cursor - 1].kind == "init"
                        or (
                            chain[cursor - 1].kind == "cap"
                            and chain[cursor - 1].text in first_names
                        )
                    )
                    and word in NOT_NAMES
                    and (known or word in lexicon.name_words())  # (not "Januari", "Gemeente")
                )
                # nor after a hyphen and a tussenvoegsel ("Schuurman-Ten Have")
                and not (
                    last is not None
                    and position == last + 1
                    and chain[last].text.rpartition("-")[2].lower() in person_context.PARTICLE_WORDS
                    and word in lexicon.name_words()
                )
            ):
                break  # (after a title, initials or a first name: "de heer D.J. Versteeg")
            if has_tv and not known and chain[cursor].text.lower() == "van het":
                break  # "Mirjam van het Juridisch Loket": where she works ("van het Reve")
            if has_tv and not context and word in person_context.STOP_CAPITALS:
                break  # "in de Friese bijbelvertaling", "de Turkse gemeenschap"
            if has_tv and chain[cursor].text == "v." and word not in common_surnames:
                break  # "v." is also "versus" ("Ajax v. Feyenoord"); "Karin v. Dam" is common
            if (
                has_tv
                and _led_by_preposition(chain[cursor].text)
                and not (
                    context
                    and word not in cities
                    and word not in lexicon.countries()
                    and not person_context.institution_word(word)
                    # after initials ("P. aan de Stegge"), or with the old article forms that
                    # mark a surname ("Johan op den Kamp", "Sanne op 't Hof"), not after a first
                    # name alone ("Johan op de Markt", "Piet aan de Maas": where, not who)
                    and (
                        chain[cursor - 1].kind == "init"
                        or chain[cursor].text.endswith(OLD_ARTICLES)
                    )
                )
            ):
                break
            if len(core) == 2 and not (
                known and (not has_tv or (core in common_surnames and core not in ambiguous))
            ):
                # "dr Vi", "van der Li": a two-letter surname must be a listed one, or a name
                # that is also a word after "van" and a first name or title ("Sandra van Es",
                # "Mrs Marjolein van Os", "dhr. P. van der Aa")
                particle = chain[cursor].text.lower() if has_tv else ""
                if not (
                    context
                    and (
                        particle == "van"
                        # (after initials alone "van der Li" may be a word: a title or a
                        # first name says it is a name)
                        or (
                            particle in ("van der", "van den")
                            and any(token.kind in ("title", "cap") for token in chain[:cursor])
                        )
                    )
                    and word in name_words
                    and word not in NOT_NAMES
                ):
                    break
            if last is None:
                # "de Post", "de Groot": a one-word tussenvoegsel before an ordinary word
                # needs more context; "van der Meer" does not.
                plain = (
                    core not in ambiguous
                    or " " in chain[cursor].text
                    or chain[cursor].text in ABBREVIATED_TUSSENVOEGSELS
                )
                # "van Willy ter Horst": a first name after a tussenvoegsel starts the name
                # itself, unless the shipped surname list has it ("de Jan" never, "van Dam").
                first = has_tv and word in first_names and core not in common_surnames
                # "van Maastricht": a tussenvoegsel before a city is a place ("het college
                # van Maastricht") unless context makes it a name ("mevrouw van Maastricht").
                place = word in cities and core not in common_surnames
                if first and chain[cursor].text == "van" and word in lexicon.common_first_names():
                    break  # "de familie van Shiar", "Casussen van Nadia": whose, no surname
                acceptable = (
                    context
                    or (has_tv and known and plain and not first and not place)
                    # a double surname whose second part has a tussenvoegsel, as married women
                    # write it ("Pietersen-de Haas"): a person's, whatever stands before it
                    or (known and "-" in word and " " in word and core not in ambiguous)
                    or (
                        (core in common_surnames or (given_before and known and not first))
                        and core not in ambiguous
                        and word not in cities
                    )
                )
            else:  # a second part of a double name ("Bruins Slot", "Oude Nijhuis")
                acceptable = (
                    known
                    or (title_only and not has_tv and position == last + 1 and word not in cities)
                    # after a hyphen and a tussenvoegsel, the rest of a married name
                    # ("Verschuren-Van Gool")
                    or (
                        not has_tv
                        and position == last + 1
                        and chain[last].text.rpartition("-")[2].lower()
                        in person_context.PARTICLE_WORDS
                    )
                    # after the adjective that opens many a surname of the east of the country
                    or (
                        not has_tv
                        and position == last + 1
                        and chain[last].text in person_context.SURNAME_ADJECTIVES
                        and word not in cities
                        and not person_context.institution_word(word)
                    )
                )
            if not acceptable:
                break
            last = position
            cursor = position + 1
        return last


QUOTES = ('"', "“", "'", "‘")


def _abbreviation(name: str) -> bool:
    """Two to four capitals that spell no listed name: a department, a team or someone's
    initials as a register's code ("KCC", "ICT", "JP"), not a name in capitals ("ELIF", "WU");
    also two such codes joined by a hyphen ("JZ-ES": a team and an officer)."""
    return all(
        2 <= len(part) <= 4
        and part.isascii()
        and part.isalpha()
        and part.isupper()
        and part.capitalize() not in lexicon.all_names()
        for part in name.split("-", 1)
    )


@lru_cache(maxsize=4)
def person_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Every person name in `text`, computed once per text: the birth-date rules read which
    dates follow a name."""
    spans = [span for chain in _chains(text) for span in PersonRecogniser._persons(text, chain)]
    spans.extend(person_context.context_spans(text))
    spans.extend(person_context.lowercase_spans(text))
    spans.extend(person_context.login_names(text))
    spans.extend(tables.cells(text).persons)
    spans.extend(fields.found(text).persons)
    if "<<" in text:
        spans.extend(mrz.found(text).persons)
    if gedcom.present(text):
        spans.extend(gedcom.found(text).persons)
    if "\t" in text:
        spans = [cell for span in spans for cell in person_context.per_cell(text, *span)]
    spans = person_context.surname_first(
        text,
        sorted(
            person_context.without_role_word(text, *span)
            for span in {person_context.without_affiliation(text, *span) for span in set(spans)}
            if not person_context.is_institution(text, *span)
        ),
    )
    if "(" in text:
        spans = sorted([*spans, *person_context.bracketed_nicknames(text, spans)])
    listed = person_context.list_neighbours(text, spans)
    repeated = person_context.repeated_names(text, spans)
    lines = person_context.line_neighbours(text, spans)
    alike = person_context.spelled_alike(text, spans)
    found = person_context.joined(
        text,
        [
            *spans,
            *person_context.depicted_people(text),
            *(
                person_context.without_role_word(text, *span)
                for span in {
                    person_context.without_affiliation(text, *span)
                    for span in {*listed, *repeated, *lines, *alike}
                }
                if not person_context.is_institution(text, *span)
            ),
        ],
    )
    if listed or repeated or lines or alike:
        # a given name found only as a neighbour or a repeat joins its surname before the
        # comma as the names found first did ("Hoofd: Bakker, Jacobus")
        found = person_context.surname_first(text, found)
    if "-\n" in text or " - " in text:
        found = person_context.hyphenated_rests(text, found)
    things = person_context.named_things(text)
    if things[0]:
        found = [span for span in found if not person_context.is_named_thing(text, *span, things)]
    pets = person_context.animal_names(text, found)
    if pets:
        found = [span for span in found if text[span[0] : span[1]] not in pets]
    found = [
        span
        for span in found
        if not person_context.is_known_firm(text[span[0] : span[1]])
        and not person_context.is_vehicle(text[span[0] : span[1]])
        and not (
            _abbreviation(text[span[0] : span[1]])
            # (a name quoted from a document: 'uw voornaam "TING"')
            and text[span[0] - 1 : span[0]] not in QUOTES
        )
    ]
    if "Toon" in text or "Ernst:" in text:
        found = [span for span in found if not person_context.is_quality_label(text, *span)]
    return tuple(found)
