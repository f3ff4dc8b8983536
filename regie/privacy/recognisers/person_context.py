"""Person names found by their context rather than by the name lists: salutations and
closings, role labels, English honorifics, lower-case names in chat, first names repeated
alone, and the places and institutions named after people that are not persons.

Used by `persons.PersonRecogniser`; every function here takes the text (and, for the
filters, candidate spans) and returns spans.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterator, KeysView
from functools import lru_cache
from itertools import accumulate, dropwhile, takewhile

from regie.privacy import lexicon
from regie.privacy.recognisers.base import (
    clean_start,
    line_end,
    lowered,
    reversed_text,
    word_trie,
)
from regie.privacy.recognisers.date_forms import CUED_DATE

# Capitals that open a name: Latin, with the capitals of Turkish, Polish, Romanian, Czech,
# Croatian and Hungarian names ("Şahin", "Łukasz", "Ștefănescu", "Čapek", "Đorđević", "Őry").
UPPER = "A-ZÀ-ÖØ-ÞŞÇĞİŁŚŻŹĆŃȘȚŢŠŽČĐŘŐŰĽŤĎŇ"
# One capitalised name word: letters, with inner hyphens and apostrophes (Al-Hassan, O'Neil).
# (A possessive 's is no part of it: "Ms Lindqvist's team".)
# (after a hyphen or apostrophe any letters, capitals among them: one way to read a word, so
# a word that fails at its end is not read again in every split, "Abc-Abc-…-x")
CAP = rf"[{UPPER}][^\W\d_]*(?:(?!['’]s(?![^\W\d_]))['’-][^\W\d_]+)*"
PARTICLE = (
    r"(?:[Vv]an\s+(?:[Dd]er|[Dd]en|[Dd]e|het|'t)|[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en"
    r"|in\s+'t|(?:op|uit|aan|in)\s+(?:den|der|'t)|'t|'T|von|el|al|El|Al|ben|bin|ait|da|do|dos|di|du"
    r"|le|la)"
)
# The same words, to leave them out where capitalised words are judged ("De Graaf").
PARTICLE_WORDS = frozenset(
    "van der den de het 't ter ten in von el al ben bin ait da do dos di du le la".split()
)
# A preposition that with the tussenvoegsel after it opens a surname ("op den Kamp", "uit den
# Bogaard", "aan de Stegge", "op 't Hof").
PREPOSITIONS_IN_SURNAMES = ("op", "uit", "aan", "in")
# The marker of a bulleted or numbered list item ("-", "•", "1.", "2)").
LIST_ITEM = r"(?:[-*•]|\d{1,3}[.)])"
# The same, or a bare number, as candidate lists number their lines ("1 Koster, M.A.").
LIST_ITEM_OR_NUMBER = rf"(?:{LIST_ITEM}|\d{{1,3}})"
# Forms of address of other languages, as people from those communities are written about
# and to ("Herr Müller", "pan Marek Nowak", "Sayın Yılmaz", "ibu Dewi Sulistyowati", "Khun
# Lamai"). Left out: "madame" ("Dear Sir or Madame", Madame Tussauds), the Frisian "frou"
# (also "wife", a role word), and "Pan" with a capital (a Chinese surname: "Wei Pan").
FOREIGN_FORMS_OF_ADDRESS = (
    *("herr", "herrn", "frau", "monsieur", "mme", "signor", "signora", "pan", "pani"),
    *("sayın", "ibu", "bapak", "khun"),
)
# Forms of address and titles written before a name, lower case and without their dot (Dutch,
# English, Frisian, Papiamentu and Spanish, and those above): one list for every rule that asks
# whether a name opens with one, so that "meneer", "mw." or "de hear" count wherever "mevrouw"
# does.
FORMS_OF_ADDRESS = (
    *("de heer", "heer", "meneer", "mnr", "mijnheer", "mevrouw", "mevr", "mw", "dhr"),
    *("mrs", "ms", "miss", "mx"),
    *("mefrou", "de hear", "hear", "señor", "señora", "sr", "sra"),
    *FOREIGN_FORMS_OF_ADDRESS,
)
# (with "mr", the Dutch lawyer's title and the English "Mr": "het Mr. Van Bemmelenhuis" is a
# building, as no form of address stands before it)
ACADEMIC_TITLES = ("mr", "dr", "drs", "ir", "ing", "prof", "professor", "dokter")
# Titles for a family or a teacher, written inside the name ("familie Kaya", "juf Anouk").
FAMILY_TITLES = frozenset("familie family fam juf juffrouw meester famylje famia".split())


def _titles_pattern(titles) -> str:
    """A case-blind alternation of `titles` as a whole word, any blank inside a title
    ("de  heer")."""
    return "(?i:" + word_trie(titles, blank=r"\s+") + r")\b"


# A name that opens with a form of address or a title of any kind.
TITLE_START = re.compile(_titles_pattern([*FORMS_OF_ADDRESS, *ACADEMIC_TITLES, *FAMILY_TITLES]))
# A name that opens with a form of address ("mevrouw Brinkhuis": a surname, no building).
FORM_OF_ADDRESS = re.compile(_titles_pattern(FORMS_OF_ADDRESS))
# One initial: a capital, or the digraphs and short forms Dutch initials are written with
# ("Th.", "Ph.", "Chr.", "Joh."), and "Kh." of transliterated names ("Kh. Noorzai" for
# Khalid); "Dr." and "Ah." are no initials.
INITIAL = rf"(?:Chr|Ch|Ph|Th|Tj|Joh|Jac|Fr|Wm|Sj|Kh|[{UPPER}])"
# (German double initials with their hyphen: "H.-P. Bröcker")
INITIALS = rf"(?:{INITIAL}\.(?:[ \t]|-(?={INITIAL}\.))?){{1,5}}"
TITLES = (
    r"(?:de\s+heer|mevrouw|mevr\.?|mw\.?|dhr\.?|heer|meneer|mnr\.?|mijnheer|mr\.|dr\.?|drs\.|ir\.|ing\.|ds\."
    r"|professor|dokter"
    r"|prof\.(?:\s+dr\.)?|Mr\.?|Mrs\.?|Ms\.?|Miss|Mx\.?|Dr\.?|Prof\.?|familie|fam\.|[Jj]uf(?:frouw)?"
    r"|[Mm]eester|[Mm]efrou|de\s+hear|[Hh]ear|[Ff]amylje|[Ss]eñora?|Sra?\.|[Ff]amia"
    r"|[Hh]errn?|[Ff]rau|[Mm]onsieur|[Mm]me\.?|[Ss]ignora?|pani?|Pani|[Ss]ayın|[Ii]bu|[Bb]apak"
    r"|[Kk]hun)"
)
# A name: optional titles and initials, then one to four name words or particles on one line,
# perhaps with a middle initial ("Tsjalling Y. Westra").
NAME = (
    rf"(?:{TITLES}[ \t]+)*(?:{INITIALS}[ \t]?)?"
    rf"(?:{PARTICLE}[ \t]+)*{CAP}(?:[ \t](?:{INITIAL}\.[ \t])?(?:{PARTICLE}[ \t]+)*{CAP}){{0,3}}"
)
# Public offices: after one, a name the dictionaries also list as a word is a surname
# ("Minister Heinen", "Kamerlid Bikker").
OFFICES = frozenset(
    """minister staatssecretaris kamerlid wethouder burgemeester raadslid statenlid gedeputeerde
dijkgraaf commissaris mayor councillor alderman ministers staatssecretarissen kamerleden
wethouders burgemeesters raadsleden statenleden gedeputeerden councillors aldermen heemraad
heemraden hoogheemraad portefeuillehouder fractievoorzitter commissielid wethâlder
wethâlders boargemaster riedslid riedsleden steatelid deputearre gezaghebber eilandsraadslid
eilandsraadsleden eilandgedeputeerde governor commissioner councilmember councilmembers""".split()
)
# Family members, neighbours and a baby: a capitalised run after one is a name even when no
# list has it ("uw dochter Achieng Oduya", "zoon Reyno", "my neighbour Achieng"), as after a
# label with a colon.
KINSHIP_WORDS = frozenset(
    """zoon dochter moeder vader broer zus echtgenoot echtgenote partner oma opa oom tante
neef nicht kleinzoon kleindochter stiefvader stiefmoeder schoonvader schoonmoeder zwager
schoonzus son daughter mother father husband wife brother sister uncle aunt cousin nephew
niece grandmother grandfather vrouw man kinderen children vriend vriendin friend schoonzoon
schoondochter schoonbroer schoonzuster stiefzoon stiefdochter stiefbroer stiefzus halfbroer
halfzus pleegzoon pleegdochter pleegkind kleinkind tweelingbroer tweelingzus mama papa mam pap
stepson stepdaughter grandson granddaughter stepfather stepmother heit mem pake beppe soan
frou omke muoike hòmber muhé kasá ruman wela welo baby neighbour neighbor buurman
buurvrouw""".split()
)
# Labels before a name, with or without a colon ("tolk: …", "cliënt Amina Tahiri"); "afwezig
# met bericht" (or "met kennisgeving", "m.k."), "contact person" and "on behalf of" are read
# from their last word. Offices and family words are role words too.
ROLE_WORDS = (
    frozenset(
        """aanvrager aanvraagster betrokkene cliënt client consulent voorzitter griffier inspreker
insprekers tolk melder contactpersoon namens behandelaar casemanager aanwezig afwezig
secretaris notulist medewerker collega klant bewoner huurder verzoeker bezwaarmaker
gemachtigde ouder kind applicant colleague chair chairman chairwoman secretary reporter
interpreter caseworker resident tenant budgetcoach coach buurtcoach klantmanager jurist
adviseur begeleider mentor wijkagent buurman buurvrouw neighbour manager officer door by met
with bericht person of present absent attendees gezin gast boa's nichtje neefje casus
zaak dossier cliënte patiënt patiënte patient leerling student deelnemer deelneemster
participant bewoonster huurster fg boa handhaver agent agente huisarts agenten handhavers
verpleegkundige docent leerkracht teamleider teamchef leidinggevende directeur projectleider
beleidsmedewerker beller caller tandarts verloskundige fysiotherapeut psycholoog advocaat advocate
notaris rechter doctor nurse lawyer solicitor judge teacher beveiliger portier conciërge
receptionist receptioniste baliemedewerker chauffeur toezichthouder boswachter vrijwilliger
stagiair stagiaire trainee volunteer guard driver leerplichtambtenaar jeugdarts
wijkverpleegkundige vertrouwenspersoon roosterplanner planner bedrijfsarts ondergetekende
undersigned spouse buddy assistent assistant cio ceo cfo cto ciso dpo coo curator voogd
gezinsvoogd jeugdbeschermer schuldhulpverlener buurmeisje buurjongen roepnaam schipper
pedicure badmeester havenmeester brugwachter sluiswachter purser rector conrector eigenaar
exploitant vergunninghouder getuige verdachte aangever marktkoopman owner witness
suspect candidate kandidaat sollicitant employee werknemer director bestuurder penningmeester
treasurer debiteur debtor begunstigde beneficiary ondernemer apologies citizen inwoner inwoonster
claimant customer foarsitter ynwenner ynwenners oanfreger kollega amtner bisiña kolega
kliente direktor sergeant brigadier hoofdagent inspecteur hoofdinspecteur wachtmeester detective
inspector beheerder
constable korporaal clerk overledene deceased bruid bruidegom bride groom nabestaande
uitvaartleider babs trouwambtenaar klager klaagster bewindvoerder
zorgverlener belanghebbende appellant appellante eiser eiseres verweerder verweerster gedaagde
slachtoffer benadeelde erfgenaam executeur vertegenwoordiger indiener indienster mantelzorger
pleegouder pleegmoeder pleegvader verzorger verzorgster cursist jeugdconsulent
trajectbegeleider reclasseringswerker ambtenaar controleur complainant stagebegeleider
praktijkbegeleider studiebegeleider loopbaanadviseur arbeidsdeskundige verzekeringsarts
keuringsarts specialist therapeut psychiater hulpverlener jeugdhulpverlener gezinscoach
casusregisseur zaakbehandelaar dossierhouder accounthouder gastouder oppas onderhuurder
medehuurder medeaanvrager kamerbewoner minderjarige jongere langstlevende erflater schuldenaar
geïnterviewde
respondent respondente verzoekster gebruiker guardian attendee reviewer requester requestor
victim parent child heir executor carer occupant signatory assignee approver
defendant plaintiff pupil editor contributor borrower guarantor werker coördinator coordinator
huisgenoot kamergenoot klasgenoot teamgenoot bovenbuurman bovenbuurvrouw benedenbuurman
benedenbuurvrouw onderbuurman onderbuurvrouw overbuurman overbuurvrouw erkenner erkenster
geregistreerde genomineerde uithuisgeplaatste verbalisant overtreder overtreedster pleger
perceeleigenaar grondeigenaar pachter zaakvoerder bezoeker bezoekster visitor guest
chatbot voorlichter persvoorlichter dispatch dispatcher centralist lid head dierenarts
basisarts beroepskracht marktmeester kabinetschef member initiatiefnemer imam pastoor dominee
pater rabbijn rabbi pandit priester swami elder abba abune zaalwacht suppoost gastvrouw
gastheer rondleider bibliothecaris verteller vertelster organisator pastor associate scientist
analyst developer consultant designer researcher paralegal dichter dichteres kunstenaar
kunstenares beeldhouwer fotograaf restaurateur restaurator architect demonstrant eigenares
onderzoeker galeriehouder initiator organiser organizer reiziger reizigster passagier
passenger kennisgeving m.k. chef
majoor kapitein luitenant kolonel generaal adjudant vaandrig kornet ritmeester marinier
achterwacht
matroos commandeur admiraal kpl kpl1 sld sld1 sgt sgt1 smi aoo elnt tlnt lkol kol bgen
pte cpl capt cpt lt maj col brig cdr wo1 wo2 corporal captain lieutenant colonel""".split()
    )
    | OFFICES
    | KINSHIP_WORDS
)
# Role words that are no person noun: after one, a single word that is both a name and an
# ordinary word ("collega Bas", "budgetcoach Floor") is no name ("met Roos", "door Hart").
NOT_PERSON_ROLES = frozenset(
    "namens aanwezig afwezig door by met with bericht person of present absent attendees zaak "
    "dossier casus apologies kennisgeving m.k.".split()
)
# Words for a case: after one, even with a colon, a name must be listed or start with
# initials ("Casus 1: J. Diallo", not "Zaak: Overlast in de wijk").
CASE_WORDS = frozenset(["zaak", "dossier", "casus"])
# Role words that count only after the word given ("on behalf of", "met bericht").
# ("Afwezig met kennisgeving: Carlos", "Afwezig m.k.: Carlos")
ROLE_AFTER = {
    "of": "behalf",
    "person": "contact",
    "bericht": "met",
    "kennisgeving": "met",
    "m.k.": "afwezig",
}
# Labels that stand before a name only with a colon ("Van: …", "Naam: …").
COLON_ROLE_WORDS = frozenset(
    """name naam from to van aan cc bcc signed ondertekend signature handtekening paraaf auteur
    author achternaam voornaam voornamen roepnaam geslachtsnaam surname kin names""".split()
)
# Per-word verdicts (medicine, institution word, plausible name) are cached across scans:
# the same names and words come back in text after text. The benchmark's 6,892 texts hold
# 7,000–14,000 distinct words per cache, more than 8,192 (which evicted what came back); four
# full caches of 65,536 words cost about 20 MB.
WORD_CACHE_SIZE = 65536


def _plurals(words: frozenset[str]) -> frozenset[str]:
    """The plural forms a role word may take, Dutch and English ("getuigen", "kandidaten",
    "docenten", "zussen", "officers", "witnesses"); forms that are no word never occur."""
    forms = set()
    for word in words:
        forms.update([word + "s", word + "en", word + "n", word + "es", word + word[-1] + "en"])
        if len(word) > 3 and word[-2] == word[-3] and word[-2] in "aeou":
            forms.add(word[:-2] + word[-1] + "en")  # "kandidaat", "advocaat"
    return frozenset(forms)


# The plurals among the role words: a list of people follows ("wethouders", "insprekers").
ROLE_PLURALS = frozenset(
    """wethouders burgemeesters ministers staatssecretarissen kamerleden raadsleden statenleden
    gedeputeerden heemraden councillors councilmembers insprekers attendees ynwenners
    wethâlders agenten handhavers""".split()
)
# A plural role word with a colon lists people too ("Getuigen: …", "Kandidaten: …").
# (not of the words that are no person: "door", "met", "zaak", "dossier")
ROLE_LABELS = (
    ROLE_WORDS
    | COLON_ROLE_WORDS
    | _plurals(
        ROLE_WORDS
        - {
            *("door", "by", "met", "with", "of", "bericht", "kennisgeving", "m.k.", "person"),
            *("zaak", "dossier", "casus"),
        }
    )
)
# Lower-case titles that may follow a role label ("cliënt de heer Jansen").
# (Not those ending in "a", "u" or "x", rare there: the reversed pattern below is tried at
# every occurrence of a title's last letter, and "a" would double its cost; nor the forms of
# address of other languages, whose last letters "e" and "n" would cost more still.)
LABEL_TITLES = tuple(
    title
    for title in (*FORMS_OF_ADDRESS, *ACADEMIC_TITLES)
    if title[-1] not in "aux" and title not in FOREIGN_FORMS_OF_ADDRESS
)
# A word that may be a role label is followed by a colon, or by spaces and a capital or a
# lower-case title. These are searched in the reversed text, where the colon, the capital or
# the title comes first: the regex engine skips in C to those few characters instead of trying
# every word; the label itself is the letters after them (a look-ahead, so a word that is
# itself followed by a name is read too: "Jan Bakker" after "tolk"). Only a whole word that
# is a label, in any case, is taken (a prefix trie of the reversed labels); Python compares
# its lower-case form with ROLE_LABELS as before. Labels that count only with a colon ("van",
# "aan") are left out of the patterns without one.


def _reversed_label(labels: frozenset[str]) -> str:
    """The labels backwards, each as written in lower case, capitalised and in capitals (a
    trie of the three forms is read faster than one of the lower-case forms with (?i:))."""
    forms = {form for label in labels for form in (label, label.capitalize(), label.upper())}
    return "(?=(" + word_trie(sorted(form[::-1] for form in forms)) + r")(?![^\W\d_]))"


# A note between a form's label and its colon, on how to fill in the field ("(voluit)",
# "(s)"), in lower case (a capital is a name: "Visitor (Anil Deshpande): …"); backwards for
# the reversed text.
LABEL_NOTE = r"[a-zà-ÿ][^()\n:]{0,29}"
LABEL_NOTE_REVERSED = r"[^()\n:]{0,29}[a-zà-ÿ]"
REVERSED_LABEL_BEFORE = (
    # (a web form marks a required field with an asterisk: "Voornaam*: …"; a form numbers
    # the fields of one kind: "Kind 1: …", "Getuige 2: …"; a form notes how to fill in a
    # field: "Voornamen (voluit): …", "Achternaam (bij geboorte): …")
    re.compile(
        rf":(?:\){LABEL_NOTE}\()?[ \t]*\*?[ \t]*(?:\d{{1,2}}[ \t]+)?{_reversed_label(ROLE_LABELS)}"
    ),
    # (also a capital after a comma or a bracket: a relative's name in apposition, "his
    # wife, Iryna,", "mijn moeder (Trees)"; `_after_roles` keeps those for family words)
    re.compile(rf"[{UPPER}][ \t(][ \t]*,?{_reversed_label(ROLE_WORDS)}"),
)
# Reversed titles; the word boundary after a title (before it here) is checked in Python so
# the pattern keeps its literal first characters.
REVERSED_TITLE_BEFORE = re.compile(
    f"(?:{word_trie(title[::-1] for title in LABEL_TITLES)})[ \t]+{_reversed_label(ROLE_WORDS)}"
)
WORD_CHARACTER = re.compile(r"\w")
# (Every alternative opens with a capital written out: an optional group first would make the
# engine try AFTER_SALUTATION at every position, ten times the cost.)
SALUTATION = (
    r"Geachte|Beste|Lieve|Hoi|Hallo|Hey|Dag|Goe(?:de|ie)(?:morgen|middag|navond|n?dag)|Dear|Hi"
    r"|Hello|Welkom|Welcome|Bêste|Stimá|Bon[ \t]+(?:dia|tardi|nochi)|Goeiemoarn|Moarn"
)
# The same in lower case as chat writes them ("goeiemorgen Sharon"; not "dag" and "welkom",
# ordinary words there), found backwards from the capital after them in the reversed text
# (a pattern that starts with a lower-case alternation is tried at nearly every position).
LOWER_SALUTATIONS = (
    "geachte beste lieve hoi hallo hey hi hello dear goedemorgen goeiemorgen goedemiddag "
    "goeiemiddag goedenavond goeienavond goedendag goeiedag bêste goeiemoarn stimá"
).split()
REVERSED_LOWER_SALUTATION = re.compile(
    rf"[{UPPER}][ \t]+(?:{word_trie(' '.join(word[::-1] for word in LOWER_SALUTATIONS))})"
    r"(?![^\W\d_])"
)
CLOSING = (
    # (Frisian: "Mei freonlike groetnis")
    r"(?:met\s+|mei\s+)?(?:vriendelijke|hartelijke|beste|freonlike)\s+groet(?:en|nis)?"
    r"|groet(?:en|jes|nis)?|hoogachtend|mvg|"
    r"(?:kind|best|warm)\s+regards|regards|best|sincerely|yours\s+sincerely|yours\s+faithfully|"
    r"cheers|thanks|thank\s+you(?:\s+(?:very|so)\s+much)?|many\s+thanks|dank\s+(?:je|u)(?:\s+wel)?|(?:alvast\s+)?bedankt"
    r"|met\s+dank"
)
# The closings of residents who write in their own language ("Pozdrawiam", "Dziękuję /
# bedankt"): a pattern of their own, tried only where one of them occurs (SIGNATURE's
# alternation is tried at every line break).
FOREIGN_CLOSING = (
    r"pozdrawiam|z\s+poważaniem|dziękuję|mit\s+freundlichen\s+grüßen|viele\s+grüße"
    r"|cordialement|saludos|saygılarımla|teşekkürler|з\s+повагою|дякую"
)
# (those in letters beyond ASCII are looked for only in a text that holds such a letter)
ASCII_FOREIGN_CLOSING_HINTS = ("pozdrawiam", "cordialement", "saludos")
FOREIGN_CLOSING_HINTS = (
    *ASCII_FOREIGN_CLOSING_HINTS,
    *("poważaniem", "dziękuję", "grüße", "saygı", "teşekkür", "повагою", "дякую"),
)
# A word every CLOSING holds: signatures are only looked for when one occurs.
CLOSING_HINTS = (
    "groet",
    "hoogachtend",
    "mvg",
    "regards",
    "sincerely",
    "faithfully",
    "cheers",
    "thanks",
    "thank you",
    "dank",
    "best,",  # "Best,\nSid" (not every "beste")
    "best\n",
)
AFTER_SALUTATION = re.compile(rf"(?:{SALUTATION})[ \t]+(?P<name>{NAME})")
NAME_AT = re.compile(NAME)
# Someone introducing themselves or introduced ("mijn naam is Gerbrich", "my name is Adaeze",
# "een man genaamd Joris"): looked for only when one of the hints occurs. "Ik ben", "I am",
# "I'm", "this is", "named", "genaamd" and "noemt zich", and how someone wants to be called
# ("prefers to be called Saba", "spreek haar aan als Senait", "he goes by Kenny"), introduce a
# name only when its first word is listed ("Ik ben Esmée van de afdeling", not "ik ben
# Nederlander"). "Heet" and
# "called" alone are left out: pets and things have names too ("ze heet Saar", "an assistant
# called Max"); after a word for a person "called" counts ("a lady called Joy"), after a family
# word "heet" ("zijn zus heet Marian"). The Papiamentu "mi ta" (I am) before a capital is a
# name: the language has no "ik ben Nederlander" that capitalises what follows.
SELF_INTRODUCTION_HINTS = (
    *("naam is", "name is", "ik heet", "ik ben ", "i am ", "i'm ", "this is "),
    "mi ta ",  # Papiamentu
    *("named ", "genaamd ", "noemt zich ", "noemde zich ", "called ", "referred to as "),
    *("aan als ", "goes by ", "sign ", "onderteken "),
    # who someone said they were or is called ("die zich voorstelde als Yonas", "volgens mij
    # heet hij Tesfay", "introduced herself as Marisol", "een zekere Faduma")
    *("voorstelde als ", "voorstelt als ", "zich voor als ", "introduced "),
    *("heet hij ", "heet zij ", "heet ze ", "heette hij ", "heette zij ", "heette ze "),
    *("een zekere ", "a certain "),
)
PERSON_NOUNS = "lady woman man gentleman guy girl boy person someone somebody colleague".split()
# ("zijn zus heet Marian": after a family word "heet" names a person, not a pet or a thing)
KIN_WHO_ARE_CALLED = frozenset(
    """zus broer zoon dochter moeder vader vrouw man vriend vriendin partner neef nicht oom
    tante opa oma""".split()
)
SELF_INTRODUCTION = re.compile(
    r"(?i:naam is|name is|ik heet|mi ta"
    + "".join(rf"|(?<=\b{word} )called" for word in PERSON_NOUNS)
    + r"|(?P<weak>ik ben|i am|i'm|this is|named|genaamd|noem(?:t|de) zich|referred to as"
    r"|(?<=\bto be )called|aan als|goes by|voorstel(?:de|t)[ \t]+als|zich[ \t]+voor[ \t]+als"
    r"|introduced[ \t]+(?:himself|herself|themselves)[ \t]+as|een[ \t]+zekere|a[ \t]+certain"
    r"|heet(?:te)?[ \t]+(?:hij|zij|ze)"
    # a signature asked of an assistant ("Sign it as Bill", "sign the letter as R. Ouchan",
    # "Onderteken met Femke de Vries")
    r"|sign(?:[ \t]+(?:it|off|the[ \t]+(?:letter|e-?mail|mail|message|reply)))?[ \t]+as"
    r"|onderteken[ \t]+(?:met|als)))"
    rf"[ \t]+(?P<name>{NAME})"
)
# A name in quotes after a cue that gives what someone is called ("Noemt zich "Pato"",
# "Akua (roepnaam "Serwaa")", "zegt zelf "Mawuli" of "Dzidzi"", "known as "Nelu""): a
# person's name, listed or not. Not after "heet" or "called": assistants and projects have
# quoted names too ("de AI-assistent heet "Sophia"").
QUOTED_NAME_HINTS = (
    *("noemt zich", "roepnaam", "bijnaam", "nickname", "goes by", "known as"),
    *("bekend als", "zegt zelf", "aangesproken als"),
    *("alias", "aan ene"),  # 'alias "Rocky"', 'aan ene "Henkie"'
    *("voorstelde als", "voorstelt als", "zich voor als"),  # 'zich voorstelde als "Marisol"'
)
# The words for a surname, Dutch and English (a name field; a note on the name before it,
# see `_names_with_surname_note`).
SURNAME_WORDS = (
    *("achternaam", "familienaam", "geslachtsnaam"),
    *("surname", "last name", "family name"),
)
# The same after a name field or a passport, how they write a name ("uw voornaam "TING"",
# "op het paspoort "KOVÁCSNÉ TÓTH ILDIKÓ""), where a form's instructions quote words too
# ("vul bij voornaam "Onbekend" in"): in capitals, as a passport prints it, or with a listed
# name (`_quoted_names`).
FIRST_NAME_WORDS = ("voornaam", "voornamen", "first name", "given name")
QUOTED_FIELD_HINTS = (
    *FIRST_NAME_WORDS,
    *SURNAME_WORDS,
    *("paspoort", "passport"),
    # a change of name ("te wijzigen van 'Boateng' in 'Mensah'", "naamgebruik
    # 'Arslan-Yıldız' of 'Yıldız-Arslan'", "noemt namen 'Dragan' en 'Milica'")
    *("wijzigen van", "wijzigen in", "gewijzigd van", "gewijzigd in", "naamgebruik"),
    "noemt namen",
)


def _in_quotes(group: str, particles: bool) -> str:
    """One to three name words in quotes, as the named group `group`; with `particles`
    perhaps with tussenvoegsels ("de Jong", "Van der Meer")."""
    word = rf"(?:{PARTICLE}[ \t]+)?{CAP}" if particles else CAP
    return rf"[\"“„'‘](?P<{group}>{word}(?:[ \t]{word}){{0,2}})[\"”“'’]"


def _quoted_after(hints: tuple[str, ...], particles: bool = False) -> re.Pattern:
    """One or two quoted names (groups `name`, `other`) right after one of `hints` (see
    `_in_quotes`)."""
    return re.compile(
        "(?i:" + "|".join(hint.replace(" ", r"[ \t]+") for hint in hints) + ")"
        rf"[ \t]*:?[ \t]*(?:(?:is|was|wordt|blijft|becomes)[ \t]+)?{_in_quotes('name', particles)}"
        # (or the name it changes into: "van 'Boateng' in 'Mensah'", "'Hrytsenko' instead of")
        rf"(?:[ \t]+(?:of|or|en|and|in|naar|into|to)[ \t]+{_in_quotes('other', particles)})?"
    )


QUOTED_NAME = _quoted_after(QUOTED_NAME_HINTS)
# (a field's names may hold a tussenvoegsel; a nickname's a word with an article: "bekend als
# "de Professor"")
QUOTED_FIELD = _quoted_after(QUOTED_FIELD_HINTS, particles=True)
# A name field named in running text, the name after it unquoted ("geslachtsnaam Park,
# voornaam Jiwoo", "zijn voornaam is Jiwoo", "the surname Park-Eriksen"): one name word, perhaps
# after a tussenvoegsel. Single spaces only: a table's header row separates its field names by
# tabs or aligned spaces ("Achternaam<tab>Voornaam", "First name          Last name").
NAME_FIELD = re.compile(
    "(?i:"
    + "|".join(w.replace(" ", "[ ]") for w in (*FIRST_NAME_WORDS, "roepnaam", *SURNAME_WORDS))
    + ")"
    rf"(?: (?:is|was|blijft|wordt))? (?P<name>(?:{PARTICLE}[ \t]+)?{CAP})(?![\w'’-])"
)
# Where QUOTED_FIELD or NAME_FIELD may start (one search for both, see `_at_hints`).
FIELD_HINTS = (*QUOTED_FIELD_HINTS, "roepnaam")
# What a form asks to fill in where no name is known ("vul bij voornaam Onbekend in").
NAME_FIELD_PLACEHOLDERS = frozenset("Onbekend Unknown Leeg Empty Geen None".split())
# What follows a role word: the separator and one or more names, each perhaps with a short
# note in brackets ("Aanwezig: Martijn (vz), Gonny, Jasper (notulen)").
NOTE = r"(?:[ \t]*\([^()\n]{1,30}\))?"
INITIALS_START = re.compile(rf"{INITIALS}[ \t]*[{UPPER}]")
INITIALS_ONLY = re.compile(rf"(?:{INITIAL}\.){{1,5}}")
# A form's field for initials alone ("Voorletters: M.A.", "Initials*: J."): a person's, though
# no name follows.
INITIALS_FIELD = re.compile(
    rf"(?im:^[ \t]*(?:voorletters|initialen|initials)[ \t]*\*?[ \t]*:[ \t]*"
    rf"(?P<initials>(?-i:{INITIAL}\.(?:[ \t]?{INITIAL}\.){{0,4}}))[ \t]*$)"
)
# A paraph: the initials an officer signs a form with, after "Paraaf" and perhaps a role
# ("Paraaf medewerker: J.S.", "Paraaf leidinggevende: HV", "Paraaf: EvD"), in dots or in
# capitals with perhaps a lower-case particle ("EvD", "DAH"), ending the field.
PARAPH = re.compile(
    rf"(?i:paraaf|paraph)(?:[ \t]+[^\W\d_]+)?[ \t]*:[ \t]*"
    # (not a word in capitals: "Paraaf: OK", "n.v.t." in capitals)
    r"(?!(?:OK|NVT|NB|JA|NEE|GEEN|AKK)(?![\w.]))"
    rf"(?P<initials>{INITIAL}\.(?:[ \t]?{INITIAL}\.){{0,4}}|[A-Z](?:[a-z]{{0,3}}[A-Z]){{1,3}})"
    r"(?=[ \t]*(?:\n|$)|[ \t]{2,}|\t)"
)
AFTER_ROLE = re.compile(
    rf"(?P<colon>(?:[ \t]+\d{{1,2}})?[ \t]*\*?[ \t]*(?:\({LABEL_NOTE}\)[ \t]*)?:[ \t]*"
    r"|[ \t]+|,[ \t]+|[ \t]*\()"
    rf"(?P<names>{NAME}{NOTE}(?:[ \t]*(?:,|;|\ben\b|\band\b|&)[ \t]*{NAME}{NOTE})*)"
)
# One name of such a list with its note, which is read past (never for names).
ONE_NAME = re.compile(rf"(?P<name>{NAME}){NOTE}")
# A chat or minutes line that starts with a speaker: "[09:14] Adwoa Ofori: …", "Pieter: …",
# also as a list item ("- Yonas: …"); in chat exports also with the time after the name
# ("Mahlet 09:14 — goedemorgen").
TIME = r"(?:\d{1,2}[-/.]\d{1,2}(?:[-/.]\d{2,4})?,?[ \t]+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?"
EMOJI = r"[\u2600-\u27bf\U0001f300-\U0001faff]"
SPEAKER = re.compile(
    rf"(?m:^[ \t]*(?:[-*•][ \t]+)?(?P<time>\[?{TIME}\]?(?:[ \t]+[-–])?[ \t]+)?"
    # (after a time also surname first, as chat programs show staff: "[09:12] Tjalsma, Wybren:")
    rf"(?P<name>(?:(?(time){CAP},[ \t]+|(?!)))?{NAME}(?:[ \t]{INITIAL}\.)?)"
    # (a role or organisation in brackets after the name: "Sharon (jeugdconsulent): …")
    r"(?P<note>[ \t]+\([^()\n:]{1,30}\))?"
    # (emoji after a display name: "Gaby ❤️: …")
    rf"(?:[ \t]+{EMOJI}(?:{EMOJI}|[\ufe0f\u200d])*)?"
    # (the time in brackets after the name: "Ayşe K. [09:03]: ik")
    rf"(?(time)|(?:[ \t]+\[{TIME}\])?)"
    r"[ \t]*:[ \t])"
)
# (An Android WhatsApp export puts a dash after the time: "12/05/2024, 19:02 - Maryam: …".)
# The same in lower case, perhaps with an initial ("sanne k: …", "[09:13] fatima b: …").
LOWER_SPEAKER = re.compile(
    rf"(?m:^[ \t]*(?:[-*•][ \t]+)?(?P<time>\[?{TIME}\]?(?:[ \t]+[-–])?[ \t]+)?"
    r"(?P<name>[^\W\d_A-Z][^\W\d_]+(?:-[^\W\d_]+)?(?:[ \t][^\W\d_](?![^\W\d_])"
    # a surname, perhaps after a tussenvoegsel ("sanne de graaf", "kevin vd berg", "hennie v d
    # brink", "tim v. dijk", "fatima el khatib"), after which it may be capitalised ("bas vd
    # Heuvel")
    r"|(?:[ \t](?:van|de|der|den|ter|ten|'t|vd|v\.d\.|v[ \t]d|v/d|v\.|el|al|ben|bin|da|dos))+"
    r"[ \t][^\W\d_][^\W\d_]+"
    r"|[ \t][^\W\d_A-Z][^\W\d_]+"
    # or a user name of Slack or Teams ("alex.morgan", "priya.r", "jorrit_dekker")
    r"|(?:[._][^\W\d_]+)+)?)"
    # (with a note in brackets: "marieke (lto):")
    r"(?:[ \t]+\([^()\n]{1,20}\))?"
    # a colon, or (with no time before) the time after it, alone, before the message after
    # two spaces or with a colon: a chat export's header line in lower case ("wubbo 10:02",
    # "priya.r 08:41  morning all", "willem v/d wal 11:02: hoi")
    r"(?:[ \t]*:[ \t]|(?(time)(?!)|[ \t]+\d{1,2}[:.]\d{2}(?:[ \t]*$|[ \t]{2}|:[ \t]))))"
)
# The parts of a user name ("alex.morgan", "jorrit_dekker").
USER_NAME_PARTS = re.compile(r"[._]")


def _speaker_given(name: str) -> str:
    """The first word of a LOWER_SPEAKER name, of a user name its first part ("priya.r")."""
    return USER_NAME_PARTS.split(name.split()[0])[0]


# A chat export's header line: the speaker alone on a line, with a time before or after the
# name and the message on the next line ("[09:14] Jansen, Pieter", "Yıldırım, Serkan 14:02",
# "de Groot-Amrani, Leila 11:09", "Marleen Stoop (Gast) 14:02", "Pieter Jansen 9:14 AM").
SPEAKER_LINE = re.compile(
    rf"(?m:^[ \t]*(?P<time>\[{TIME}\][ \t]+)?(?P<name>(?:(?:{PARTICLE}[ \t]+)*{CAP},[ \t]+)?{NAME})"
    r"(?:[ \t]+\((?i:gast|guest|extern|external)\))?"
    r"(?(time)|[ \t]+(?P<after>\d{1,2}[:.]\d{2}(?:[ \t]?[AaPp]\.?[Mm]\.?)?))[ \t]*$)"
)
SPEAKER_BEFORE_TIME = re.compile(
    # (also surname first, as Teams shows staff: "Kaya, Derya 09:02: …")
    rf"(?m:^[ \t]*(?P<name>(?:{CAP},[ \t]+)?{NAME})"
    rf"[ \t]+(?P<time>\d{{1,2}}[:.]\d{{2}})[ \t]*[—–:-][ \t])"
)
# A transcript's speaker after "spreker 2" / "speaker 1", in any case ("spreker 1 jan-hein:",
# "spreker 2 dhr hiddema:"): the label makes the name.
NUMBERED_SPEAKER = re.compile(
    r"(?im:^[ \t]*(?:spreker|speaker)[ \t]*\d{1,2}[ \t]+"
    r"(?P<name>(?:(?:dhr|mevr|mw|mr|ms|mrs|dr)\.?[ \t]+)?"
    r"[^\W\d_]+(?:[-'’][^\W\d_]+)*(?:[ \t]+[^\W\d_]+(?:[-'’][^\W\d_]+)*)?)"
    r"[ \t]*:)"
)
# A name alone on the first line of a mail or after a blank line, with a comma: the person
# addressed ("Bas,\n\nJe ziekmelding…"); read back from the comma and line break.
ADDRESSED_LINE = re.compile(
    rf"(?:^|(?<=\n\n)|(?<=\n\r\n))[ \t]*(?P<name>{CAP}(?:[ \t]+{CAP})?)[ \t]*,"
)
# A Vietnamese name with its middle name Thi ("Nguyen Thi Lan", "Thi Huong Pham").
VIETNAMESE_NAME = re.compile(rf"(?:{CAP}[ \t]+)?Th[iị][ \t]+{CAP}(?:[ \t]+{CAP})?")
# East Asian names written family name first, which no list can hold: a Korean or Chinese
# family name before a given name known by its form. Korean (and Taiwanese) given names are
# two romanised syllables joined by a hyphen ("Kim Min-jun", "Seo-yeon Park", "Tsai
# Ing-wen"); a Chinese given name after a Chinese family name is one or two pinyin syllables
# ("Li Na", "Wang Xiuying"); a Vietnamese name starts with one of the common family names
# ("Nguyen Van An", "Ngo Quang Huy"). The family names are the most frequent ones of each
# country, without those that are also common Dutch or English words.
_ROMANISED_SYLLABLE = (
    r"(?:kk|tt|pp|ss|jj|ch|hs|ts|sh|[bdghjklmnprstwy])?"
    r"(?:yae|yeo|wae|you|iao|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|oo|ee|ou|ia|ie|iu|ua|uo|ao"
    r"|ai|ei|[aeiou])(?:ng|[klmnpth])?"  # ("Soo-ah")
)
HYPHENATED_GIVEN_NAME = re.compile(
    rf"(?=[A-Z][a-z])(?i:{_ROMANISED_SYLLABLE})-(?=[A-Za-z][a-z])(?i:{_ROMANISED_SYLLABLE})"
)
PINYIN_GIVEN_NAME = re.compile(
    r"(?i:(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo"
    r"|ui|ue|er|[aoeiu])){1,2})"
)
KOREAN_FAMILY_NAMES = frozenset(
    "Kim Lee Yi Park Pak Choi Choe Jung Jeong Chung Kang Cho Jo Yoon Yun Jang Lim Han Oh Seo "
    "Suh Shin Kwon Hwang Ahn Jeon Hong Yoo Ko Moon Yang Bae Baek Heo Nam Noh Roh Kwak Sung "
    "Seong Cha Joo Woo Min Ryu Jin Eom Chae Cheon Hyun Byun Yeom Choo Seok Gil Pyo".split()
)
CHINESE_FAMILY_NAMES = frozenset(
    "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Luo Gao Zheng "
    "Liang Xie Tang Song Feng Deng Han Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du "
    "Ye Cheng Wei Su Lu Ding Shen Ren Yao Jin Fu Zhong Tan Qian Qiu Xiong Hou Meng Bai Kong "
    "Wong Chan Cheung Leung Ng Tsang Chow Lau Kwok Yip Tse Tsai Chang Lai Hsu Kuo Chiang Chou "
    "Hsieh Tseng".split()
)
VIETNAMESE_FAMILY_NAMES = frozenset(
    "Nguyen Nguyễn Tran Trần Pham Phạm Hoang Hoàng Huynh Huỳnh Phan Dang Đặng Bui Bùi Ngo Ngô "
    "Duong Dương Truong Trương Trinh Trịnh Dinh Đinh Doan Đoàn Luong Lương Vuong Vương".split()
)
# One syllable of a Vietnamese name, with or without its diacritics ("Van", "Thị", "Quang").
VIETNAMESE_SYLLABLE = re.compile(
    r"(?=[A-ZĐ])(?i:(?:ngh|ng|nh|ch|tr|th|kh|ph|gh|gi|qu|[bcdđghklmnprstvx])?"
    r"[aeiouyà-ãè-êì-íò-õù-úýăđĩũơưạ-ỹ]{1,3}(?:ng|nh|ch|[cmnpt])?)"
)
WORD = re.compile(r"\S+")
NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)")
# Opening hours are no given names ("Ma-do 9-17 uur").
WEEKDAY_RANGES = frozenset(
    f"{first}-{last}" for first in ("ma", "di", "wo", "do") for last in ("ma", "di", "wo", "do")
)
# A family name with up to three capitalised words after it, and a hyphenated given name
# before a family name (found from its hyphen, the rarer character); both are checked by
# _east_asian_names. (No look-behind before the family name: clean_start checks it.)
_FAMILY_NAMES = KOREAN_FAMILY_NAMES | CHINESE_FAMILY_NAMES | VIETNAMESE_FAMILY_NAMES
FAMILY_NAME_FIRST = re.compile(
    # (also in capitals, as a passport writes the family name: "PARK Ji-hoon")
    rf"(?P<family>{word_trie(' '.join([*_FAMILY_NAMES, *map(str.upper, _FAMILY_NAMES)]))})"
    rf"(?P<given>(?:[ \t]+[{UPPER}][^\W\d_]*(?:-[A-Za-z][a-z]*)?){{1,3}})(?![\w'’-])"
)
GIVEN_NAME_FIRST = re.compile(r"-[A-Za-z][a-z]*[ \t]+(?P<family>[A-Z][a-z]+)(?![\w'’-])")
# A Chinese name in Western order, the family name last: one or two pinyin syllables before it
# ("Li Na Chen", "mevrouw Mei Chen", "Ms Mei Ling Chan"), found from the family name after a
# space; not the family names that are also English or Dutch words ("Yang He", "Ming Tan").
_AMBIGUOUS_CHINESE_FAMILY_NAMES = frozenset(
    "He Ye Ma Du Pan Tan Han Ding Dong Hu Su Lu Ren Jin Fu Bai Yu Song Sun Lin Kong Meng Hou "
    "Wei Ng Lau Lai Jiang Tang Wu Xu Tse".split()
)
FAMILY_NAME_LAST = re.compile(
    rf" (?:{word_trie(' '.join(sorted(CHINESE_FAMILY_NAMES - _AMBIGUOUS_CHINESE_FAMILY_NAMES)))})"
    rf"(?:-[{UPPER}][a-z]+)?(?![\w'’-])"
)
ADDRESS_BEFORE_CHINESE_NAME = frozenset(
    "mevrouw mevr mw meneer dhr heer ms mr mrs miss dr prof".split()
)
LINE_WORD = re.compile(r"[^\s(\"'“‘]+")
CHINESE_NAME_REACH = 40
# A Surinamese-Chinese surname with its A ("Dylan Tjon A Fong", "Lie A Kwie"), also as the
# second part of a double surname ("Bosgra-Tjoe A Foe", "Van Ommeren-Tjon A Fat").
A_WORD = (
    rf"(?:Tjon|Tjin|Tjoe|Lie|Kon|Sang|Man|Fung|Chin|Kwie|Jong|Tsang|Wong|Chong"
    rf"|Phang|Loe|Ho|Fo|Sjauw|Kam|Joe|Sew|Pon|Liauw|Kwok|Fat)[ \t]A[ \t][{UPPER}][a-z]{{1,6}}(?!\w)"
)
A_SURNAME = re.compile(rf"(?:(?:{PARTICLE}[ \t]+)?{CAP}-|{CAP}[ \t]+)?{A_WORD}")
# (the A and the words around it alone: a cheap test first, as the surname before it opens
# at any capital)
A_SURNAME_CORE = re.compile(A_WORD)
# A council member with the party in brackets ("Hoekman (Lokaal Belang)", "Mw. Van der Laan
# (GroenLinks)"): found from the party, the name read back from it.
PARTY = re.compile(
    r"\((?:VVD|PvdA|CDA|D66|GroenLinks(?:-PvdA)?|GL-PvdA|SP|PVV|ChristenUnie|CU|SGP|PvdD|JA21|FvD"
    r"|Volt|BBB|DENK|50PLUS|NSC|(?:Lokaal|Leefbaar|Gemeentebelangen|Stadspartij)(?: [A-Z][\w-]*)?"
    r"|[A-Z][\w-]* Belang)\)"
)
NAME_BEFORE_PARTY = re.compile(
    rf"(?:(?:{TITLES})[ \t]+)?(?:{PARTICLE}[ \t]+)*{CAP}"
    rf"(?:[ \t]+(?:{PARTICLE}[ \t]+)*{CAP})?[ \t]*$"
)
# A Chinese given name opening with Mei, which alone is the month ("Mei Lin Zhang", "Mei
# Chen"): the word after it must be a listed first name or surname.
MEI_NAME = re.compile(rf"Mei[ \t]+(?P<next>{CAP})(?:[ \t]+{CAP})?")
# A first name alone as the subject of a typical verb: "Lieuwe belde terug", "Mursal geeft aan",
# "Mariëlle checkt", and before "from" ("Sofia from procurement").
# Searched verb first (a literal alternation the regex engine skips to in C), then the name
# is read backwards from it.
_VERB_WORDS = (
    word_trie(
        """belde mailde appte vroeg vraagt zei zegt schreef geeft gaf heeft had wil wilde komt
        kwam meldt meldde laat liet werd wordt is was called asked wrote says said has will
        wants came from belt mailt appt stuurt stuurde pakt neemt checkt regelt doet gaat
        spreekt kan moet zal calls emails sends takes checks can bedoelde bedoelt zoekt vindt
        vond denkt dacht stelt stelde presented reported explained mentioned suggested agreed
        confirmed proposed vertaalt tolkt translates needs antwoordt answered replied
        bevestigt bevestigde informeert asks noted notes forwarded forwards drafts drafted
        leaves handles handled verwerkt opent sluit"""
    )
    + r"\b"
)
VERB = re.compile(r"[ \t]" + _VERB_WORDS)
# The same from a space only (a one-character literal, which the regex engine finds much
# faster than a class of two): for texts without a tab.
VERB_AFTER_SPACE = re.compile(" " + _VERB_WORDS)
NAME_BEFORE_VERB = re.compile(
    rf"(?P<name>{CAP}(?:[ \t](?:{PARTICLE}[ \t]+)*(?P<last>{CAP}))?)[ \t]*$"
)
# An English honorific and a name: a surname, or a first name and a surname ("Ms Hiroko
# Tanabe", "Mr and Mrs Kovačević"); the second word (`more`) is left out again when it makes
# the name implausible. (The German forms of address also before an academic title: "Herrn
# Dr. Klaus Weber".)
HONORIFIC = re.compile(
    r"(?:Mr\.?[ \t]+(?:and|&)[ \t]+Mr?s|Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Mefrou|Señora?|Sra?|Herrn?|Frau"
    r"|Monsieur|Mme|Signora?|Pani|Sayın|Ibu|Bapak|Khun)\.?[ \t]+"
    # (a group inside the alternation above would cost the regex engine its quick skip to
    # the first letters: the titles after a German form are read behind it)
    r"(?:(?:(?<=Herr )|(?<=Herrn )|(?<=Frau ))(?:(?:Dr|Prof)\.[ \t]+)+)?"
    rf"(?:{INITIALS}[ \t]?)?"
    rf"(?:{PARTICLE}[ \t]+)*{CAP}(?P<more>[ \t]+(?:{PARTICLE}[ \t]+)*{CAP})?"
)


# Between a letter's closing and its signer: on whose behalf the signer signs ("namens
# burgemeester en wethouders,", "de burgemeester van Ede,", "for and on behalf of the
# Board,"), a line or two, and room for the signature.
ON_BEHALF = (
    r"(?:[ \t]*(?:namens|uit[ \t]+naam[ \t]+van|(?:for[ \t]+and[ \t]+)?on[ \t]+behalf[ \t]+of"
    r"|de[ \t]+burgemeester|het[ \t]+college|burgemeester[ \t]+en)[^\n]{0,90}\n"
    r"(?:[ \t]*\n){0,2}){1,2}"
)


def _signature_lines(closing: str) -> str:
    """A name alone on the line after a closing, perhaps with its translation after a slash
    ("Met vriendelijke groet,\n\nFenna de Wit", "Dziękuję / bedankt,\nMagda"), or after
    whom the signer signs for (ON_BEHALF)."""
    return (
        rf"[ \t]*(?:{closing})(?:[ \t]*/[ \t]*[^\W\d_]+(?:[ \t]+[^\W\d_]+)?)?"
        rf"[ \t]*[,!.]?[ \t]*\n(?:[ \t]*\n)?(?:{ON_BEHALF})?"
        rf"[ \t]*(?P<name>(?-i:{NAME}))[ \t]*$"
    )


SIGNATURE_LINES = _signature_lines(CLOSING)
SIGNATURE = re.compile(rf"(?im:^{SIGNATURE_LINES})")
FOREIGN_SIGNATURE = re.compile(rf"(?im:^{_signature_lines(FOREIGN_CLOSING)})")
# A closing and a name on the same line, ending it or a quotation ("Groet, Bas", "Regards,
# Bas\"", "Thanks, Anna"): matched right after a closing word found in the lower-cased text
# (a case-blind alternation tried at every position would cost more than all other rules).
NAME_AFTER_CLOSING_WORD = re.compile(
    rf"(?:en|jes|[ \t]+je[ \t]+wel)?[ \t]*,?[ \t]+(?P<name>{NAME})[ \t]*[.!]?[ \t]*"
    r"(?=$|[\"”’]|\n)",
    re.MULTILINE,
)
# The same after a line break: a literal first character, which the regex engine skips to in
# C (a line start, `^`, it would try at every position). Only the text's first line needs
# SIGNATURE itself.
SIGNATURE_AFTER_BREAK = re.compile(rf"(?im:\n{SIGNATURE_LINES})")
# Chat: "de mail van gülşen", "antwoord aan fatima", "gesprek met ravi en naomi", "collega
# jurre", "ravi belde net".
LOWER_NAME = r"[^\W\d_A-Z][^\W\d_]+"
# The words most often after a cue, none of them a listed first name (a test checks): left
# out by the pattern itself, so they cost no match in Python ("van de", "met een").
ARTICLES_AND_PRONOUNS = frozenset(
    """de het een the uw der den mijn je dit dat die deze zijn haar hun ons onze a an u hem
    ze zij wie wat welke elkaar alle andere all your my our this that their his her its
    zn mn""".split()
)  # ("youssef zn moeder": "zijn" as a chat writes it)
# (Tried at the text's start and after a blank, a hyphen, a quote or a bracket only: see
# LOWER_CUE_AFTER.)
LOWER_CUE = re.compile(
    word_trie(
        """van aan met voor naar klant cliënt client collega bewoner huurder mevrouw meneer
        from to with for colleague bel mail app ben heet
        dochter zoon vrouw moeder vader oma opa oom tante neef nicht juf man broer zus vriend
        vriendin buurman buurvrouw voornaam roepnaam mantelzorger verpleegkundige voogd kleinzoon
        kleindochter kinderen begeleider consulent tolk echtgenote echtgenoot partner groetjes
        gr thanks thx thnx tnx bedankt ex mentor behandelaar medewerker eigenaar trainer coach
        docent leerkracht wijkagent bruid bruidegom getuige getuigen zwager schoonzus buurjongen
        buurmeisje teamleider aanvrager kindje husband wife son daughter mother father brother
        sister neighbour neighbor friend manager mum dad coordinator coördinator lifeguard
        instructor instructeur badmeester toezichthouder vraag """
        + " ".join(LOWER_SALUTATIONS)
    )
    # (dictation: "haar voornaam is naima", "kinderen kacper en zuzia")
    + rf":?\s+(?:is\s+)?(?!(?:{word_trie(' '.join(sorted(ARTICLES_AND_PRONOUNS)))})(?![^\W\d_]))"
    rf"(?=(?P<name>{LOWER_NAME}(?:-{LOWER_NAME})*)"
    rf"(?:\s*(?:,|en|and)\s+(?P<other>{LOWER_NAME}))?)"  # a look-ahead: cues may follow cues
)


# The same after a space, a line break, a tab, a hyphen or an opening quote or bracket ("e-mail
# van sanne", "\"hoi daan"), as a look-ahead after that one character: the regex engine skips
# in C to such a first character, where it would try the cue words at every occurrence of
# their first letters (a cue glued to a letter counts nowhere).
def _after_characters(pattern: re.Pattern, characters: tuple[str, ...]) -> dict[str, re.Pattern]:
    """`pattern` as a look-ahead (group 1) after each of `characters` (a literal or a class)."""
    return {before: re.compile(f"{before}(?=({pattern.pattern}))") for before in characters}


def _after_each(patterns: dict[str, re.Pattern], text: str) -> Iterator[re.Match]:
    """The matches of each pattern of `_after_characters` (the tab's only in a text with one)."""
    for before, pattern in patterns.items():
        if before != "\t" or before in text:
            yield from pattern.finditer(text)


def _at_start_and_after(
    pattern: re.Pattern, after: dict[str, re.Pattern], text: str
) -> Iterator[re.Match]:
    """`pattern`'s match at the text's start, then the matches of `after` (its
    `_after_characters` patterns, whose look-ahead holds the same groups)."""
    first = pattern.match(text)
    if first is not None:
        yield first
    yield from _after_each(after, text)


LOWER_CUE_AFTER = _after_characters(LOWER_CUE, (" ", "\n", "\t", "[-\"'“‘„(]"))
# The adjective that opens many a surname of the east of the country ("Klein Gunnewiek",
# "Oude Egbrink", "Groot Wassink", "Olde Rikkert"): the capitalised word after it is the rest.
SURNAME_ADJECTIVES = frozenset(["Klein", "Oude", "Olde", "Groot", "Grote", "Lange", "Nieuwe"])
# A name with a nickname in brackets or quotes ("Cornelia (Corrie) Blom-Kok", "J.W.
# (Jan-Willem) Zuidema", 'Margaret "Peggy" VanderMeulen', "Johanna 'Annie' Wiśniewska"):
# found from the bracket or quote (a class of a few characters the regex engine skips to);
# the nickname must be a listed first name or shorten the given name, and the name before it
# (`BEFORE_NICKNAME`, one word or initials, with titles) is read back from the bracket. (The
# nickname is one word, perhaps hyphenated, of bounded length: read as CAP, which runs on over
# apostrophes, a long run of "A'A'A'…" was read to its end from every apostrophe.)
NICKNAME = re.compile(
    rf"(?:\([\"“'‘]?|[\"“'‘])"
    # (or the initials of the given names a short name stands for: "Kees (C.J.) Boonstra")
    rf"(?P<nick>[{UPPER}][^\W\d_]{{0,24}}(?:-[{UPPER}]?[^\W\d_]{{1,24}})?|(?:[{UPPER}]\.){{1,4}})"
    rf"(?:[\"”'’]?\)|[\"”'’])[ \t]+"
    rf"(?:(?:{PARTICLE}|{word_trie(SURNAME_ADJECTIVES)})[ \t]+)*{CAP}"
)  # (in a bracket also quoted: 'Theodorus ("Theo") Beukers')
BEFORE_NICKNAME = re.compile(
    # (from a word's start: "burgemeester J.P." holds the title "meester")
    rf"(?<![^\W\d_])(?:(?i:{TITLES})[ \t]+)*(?:{INITIALS}|(?:{CAP}[ \t]+){{0,2}}{CAP})[ \t]*$"
)
# Chat: lower-case titles (and initials) and a lower-case name, the span with the titles as
# everywhere ("mevr tahiri", "mrs kowalski", "dr. amira saleh", "dhr. mr. m. de vries").
# (Not the forms of address of other languages, rare in a chat: each title is tried after
# every space.)
LOWER_TITLE_WORDS = frozenset(
    title
    for title in (*FORMS_OF_ADDRESS, *ACADEMIC_TITLES)
    if " " not in title and title not in FOREIGN_FORMS_OF_ADDRESS
)
LOWER_TITLE = "(?:" + "|".join(sorted(LOWER_TITLE_WORDS, key=len, reverse=True)) + ")"
# (The first title is one that opens a name: "ir", "ing" and "prof" end many words, and
# "hear" alone is an English verb, "did you hear john".)
LOWER_OPENING_TITLES = word_trie(
    [
        title
        for title in (*FORMS_OF_ADDRESS, *ACADEMIC_TITLES, *sorted(FAMILY_TITLES))
        if title not in ("ir", "ing", "prof", "hear", *FOREIGN_FORMS_OF_ADDRESS)
    ],
    blank=r"[ \t]+",
)
# (chat abbreviates "van der" and "van den": "meneer vd meer", "mw v.d. berg")
LOWER_PARTICLE = rf"(?:{PARTICLE}|vd|v\.d\.)"
LOWER_SURNAME_PART = rf"(?:{LOWER_PARTICLE}[ \t]+)*{LOWER_NAME}"
# ("ir", "ing" and "prof" open one with their dot: "ir. bakker"; a double surname's parts
# are joined by a hyphen: "mw. de vries-jorritsma")
LOWER_TITLED = re.compile(
    rf"(?:(?:{LOWER_OPENING_TITLES})\.?|(?:ir|ing|prof)\.)[ \t]+"
    rf"(?:{LOWER_TITLE}\.?[ \t]+)*(?:(?:[a-z]\.){{1,5}}[ \t]*)?"
    rf"(?P<first>{LOWER_SURNAME_PART}(?:-{LOWER_SURNAME_PART})?)"
    rf"(?:[ \t]+(?P<second>{LOWER_SURNAME_PART}(?:-{LOWER_SURNAME_PART})?))?"
)
# (also in brackets: "die klager van gisteren (mevr. sahin)")
LOWER_TITLED_AFTER = _after_characters(LOWER_TITLED, (" ", "\n", "\t", r"\("))
# A lower-case word (a first name in a chat).
LOWER_WORD = re.compile(r"[^\W\d_A-Z][^\W\d_]+")
# A lower-case word as a whole, also hyphenated ("jan-willem"): a first name in a chat.
LOWER_GIVEN = rf"(?:^|(?<=\s))(?P<name>{LOWER_NAME}(?:-{LOWER_NAME})*)"
# One right before a VERB ("sjoukje belde net", "ok dus hassan zegt").
LOWER_BEFORE_VERB = re.compile(rf"{LOWER_GIVEN}[ \t]*$")
NOT_LOWER_NAMES = frozenset(
    """ik jij je u hij zij ze wij we jullie het dit dat die er men iemand wil mag dutch
    english max min oke oké okee floor will binne gean gjin jim nea nei sei seit sil sille soe
    wolle bern awa bai biba bisa huma kiko kolega manda nan ruman sali shon tambe yama
    fam nr erna mevr mw dhr meer enzo dobry toon erin januari january februari february maart
    march april mei may juni june juli july augustus august september oktober october november
    december bsn tel monday tuesday wednesday thursday friday saturday sunday maandag dinsdag
    woensdag donderdag vrijdag zaterdag zondag""".split()
)  # ("dhr. wil dat niet": the verb, not the name Wil; "to dutch": the language; "the 6th
# floor will"; "met fam. Yilmaz": the family; "mevrouw van nr 23", "mw. nr. 61307": a number;
# "mevr zegt dank je wel": a form of address alone; "geen familie meer", "telefoonnummers
# enzo", "dzień dobry", "positief van toon", "staat erin": words; "from january", "in june":
# months; "before friday": a day; "mevr el bakkali bsn 7574…", "tel 06…": the label of a
# number)

# Legal forms of companies ("Heijmans Infra B.V.", "Smit & Zn. BV"); the first ones are
# also looked for after a name (COMPANY_AFTER).
COMPANY_FORMS_AFTER_NAME = (
    *("B.V.", "N.V.", "BV", "NV", "V.O.F.", "VOF", "GmbH", "Ltd", "LLP", "LLC", "plc"),
    *("SRL", "S.R.L.", "EOOD", "OOD", "BVBA", "S.A."),  # Romanian, Bulgarian, Belgian, others
    "Sp. z o.o.",  # Polish
)
COMPANY_FORMS = frozenset([*COMPANY_FORMS_AFTER_NAME, "C.V.", "Ltd.", "Inc.", "LLC"])
# The forms a name's run may end inside, at their first dot, by the word the run ends with.
DOTTED_COMPANY_FORMS = {"B": "B.V.", "N": "N.V.", "V": "V.O.F.", "Sp": "Sp. z o.o."}
# A company's legal form after a name and perhaps a few more words ("Heijmans Infra B.V.",
# "Mahabier Vastgoed BV"); not across a tab, which ends a table cell ("Van Houten,
# Bas<tab>Event Medics BV").
COMPANY_AFTER = re.compile(
    r"(?: +(?:&|[A-Z][\w&'’-]*)){0,4} +(?:"
    + "|".join(map(re.escape, COMPANY_FORMS_AFTER_NAME))
    + r")(?!\w)"
)
# Partners after a name: a firm ("Hendriks & Zn.", "Bosman & Zonen", "Van Dijk & Partners").
FIRM_PARTNERS_AFTER = re.compile(r"[ \t]*&[ \t]*(?:Zn\.?|Zonen|Zoon|Partners|Co\.?|Dochters)(?!\w)")
# Words after a name that make it a place or an institution ("Abe Lenstra Stadion").
INSTITUTION_WORDS = frozenset(
    """ziekenhuis gasthuis kliniek museum stadion arena college lyceum gymnasium school
basisschool academie universiteit hogeschool instituut centrum mc umc huis zaal theater
schouwburg fonds cultuurfonds stichting hospital stadium university institute foundation
centre center theatre library street road avenue square airport office services fund
lecture lezing award dienst bureau directie gemaal tunnel nederland foods group holding
bewindvoering bewind mentoraat advies adviezen ecologie prize cup trofee bokaal halt campus
church chapel mandir tempel temple camii cami moskee mosque synagoge synagogue gurdwara parochie
parish misja sabha wegenbouw grondverzet bemaling bemalingen bouwmaterialen klussen traject
pleegzorg jeugdzorg thuiszorg administratie advocaten advocatuur accountants makelaardij
notariaat consultancy groep
huisartsen praktijk fabriek coöperatie herdenking healthcare loket locatie bedrijf hotel café cafe
restaurant commemoration festival uitvaartzorg buurtzorg architecten vastgoed infra makelaars
notarissen fysiotherapie installaties transport zwembad sporthal paviljoen academy court room
fellowship fellowships scholarship run loop lounge trading software solutions systems logistics
charter programme program programma actions
architects consulting consultants rechtsanwälte hoveniers klub vereniging association society
pharmacy apotheek consult begraafplaats crematorium uitvaartcentrum uitvaartverzorging
uitvaartonderneming uitvaartvereniging rouwcentrum cemetery speeltuin kinderboerderij embassy
consulate ambassade consulaat jobcenter ordnungsamt meldpunt portaal section wetterskip
clinic online bouwcombinatie combinatie elektro elektrotechniek multimedia boomverzorging
vertalingen translations personenvervoer catering taxibedrijf natuursteen interim
begraafplaatsen crematoria crematoriums intercontinental international national day tours
travel
cemeteries arbo arbodienst care unie kinderopvang kinderdagverblijf peuterspeelzaal
gastouderbureau rentmeesters taxaties taxatie ombudsman kitchen dumplings spices pancakes
koffiebar loempia gelateria gelato frites sklep shop kaas vishandel foodtruck snacks
burgerberaad europe farm farms gallery galerie building district foyer milieustraat depot
kringloop recycling afvalservice afvalbrengpunt afvalbrengstation tweewielers rechtsbijstand
inspectorate lab mausoleum property police aid voorwerpen erfgoed army harmonie fanfare
council gemeenten beveiliging restauratie restauraties atelier legal bouw akkerbouw
veehouderij melkveehouderij sweets coffee garden bar onderhoud kolegio skol legion dagblad
veteraneninstituut""".split()
)
# Words after a name that make it a medical eponym, a condition or a measure named after its
# describer ("Pierre-Robin sequentie", "Guillain-Barré syndroom", "Glasgow Coma Scale"); only
# nouns that are no Dutch or English verb, so "Piet Jansen test de app" keeps its name.
EPONYM_WORDS = frozenset(
    """syndroom syndrome sequentie sequence sarcoom sarcoma lymfoom lymphoma tumor tumour
reflex manoeuvre maneuver fractuur fracture cyste cyst schaal scale score law principle
theorem paradox index""".split()
)
# Words before "van" that make the name after it an eponym or a place ("ziekte van Parkinson",
# "syndroom van Sjögren", "wet van Boyle", "het gemeentehuis van Hoogeveen").
EPONYM_BEFORE_VAN = frozenset(
    """ziekte syndroom wet stelling methode principe effect test proef schaal gemeentehuis
    stadhuis raadhuis stadskantoor""".split()
)
# Institution words that are also surnames ("van der Sluis", "Bos"): only when not listed.
WEAK_INSTITUTION_WORDS = frozenset(
    "prijs kazerne kerk moskee bibliotheek park plein boulevard brug tunnel sluis haven "
    "station tuin bos hal hall bridge circle place crescent terrace gardens club".split()
)
# Street words ("Thorbeckeplein"): never a surname, and a place rather than a person (suffixes
# such as -veld and -dijk are left out, they end many surnames). `persons` uses them too.
STREET_ENDINGS = (
    "straat",
    "laan",
    "weg",
    "plein",
    "gracht",
    "kade",
    "singel",
    "dreef",
    "steeg",
    "markt",
    "plantsoen",
    "pad",  # Truus Oversteegenpad
    "boulevard",
    "burgwal",
    "park",
    "kanaal",  # Johan van Hasseltkanaal
)
# Word endings that make a single word a place or an institution ("Rembrandthuis").
INSTITUTION_ENDINGS = (
    "huis",
    "school",
    "zaal",
    "college",
    "museum",
    "stadion",
    "ziekenhuis",
    "gasthuis",
    "fonds",
    "kerk",
    "toren",
    "brug",
    "hof",
    "kazerne",
    "theater",
    "zaken",  # Burgerzaken, Sociale Zaken: a department
    "bureau",  # Tolkenbureau, Adviesbureau
    "haven",  # Willem-Alexanderhaven
    "tunnel",
    "gemaal",
    "fabriek",
    "coöperatie",
    "kliniek",
    "centrum",
    "ruimte",  # Aletta Jacobsruimte
    "kamer",  # Thorbeckekamer
    "prijs",  # Erasmusprijs, Dr. A.F. Philipsprijs
    "schap",  # Hoogheemraadschap, Waterschap
    "bedrijf",  # Hoveniersbedrijf
    "techniek",  # Installatietechniek
    "voorziening",  # Groenvoorziening
    "erij",  # Bakkerij, Visrokerij
    "vereniging",  # Oranjevereniging
    "kantoor",  # Notariskantoor
    *("bataljon", "regiment", "brigade", "divisie", "eskader"),  # Pantserinfanteriebataljon
    "praktijk",  # Huisartsenpraktijk
    "verhuur",  # Feestverhuur
    "verlening",  # Schuldhulpverlening
    "desk",  # Incassodesk
    "gebouw",  # Westerdijkgebouw
    "systeem",  # Raadsinformatiesysteem
    "polder",  # Carel Coenraadpolder
    "orkest",  # Jeugdorkest Johan Wagenaar
    "opvang",  # Nachtopvang De Herberg, Vrouwenopvang
    "bank",  # Sociale Verzekeringsbank, Voedselbank
    "zorgpunt",  # Mantelzorgpunt Leeuwarden (not any "-punt": "Actiepunt Rianne")
    "steunpunt",
    "depot",  # Fietsdepot Rotterdam
    "servicepunt",
    "informatiepunt",
    "winkel",  # Stadswinkel
    "transport",  # Kunsttransport
    "werkplaats",  # Metaalwerkplaats
    "taxaties",  # Kunsttaxaties
    "beveiliging",  # Objectbeveiliging
    "behörde",  # Kreispolizeibehörde Kleve
    "sluizen",  # Stevinsluizen
    "paviljoen",
    "zwembad",
    "bad",  # Pieter van den Hoogenbandbad, Sportbad
    "sporthal",
    "griffie",  # Raadsgriffie, Statengriffie
    "loket",  # Energieloket, Omgevingsloket
    "servicepunt",  # Werkgeversservicepunt
    "samenwerking",  # Belastingsamenwerking Rivierenland
    "centrale",  # Bedieningscentrale Zaandam
    "dienst",  # Treindienst Groningen
    "leverancier",  # Energieleverancier
    "commissie",  # Examencommissie Bedrijfskunde
    "lyceum",  # Onze Lieve Vrouwelyceum
    "toernooi",  # Anton Geesink Jeugdtoernooi
    "corporatie",  # Wooncorporatie
    "handel",  # Papierhandel
    "groep",  # Zorggroep
    "salon",  # Kapsalon
    "atelier",  # Naaiatelier
    "diensten",  # Schoonmaakdiensten
    "werken",  # Tegelwerken
    "sluis",  # Prinses Beatrixsluis
    "buurt",  # J.P. Coenbuurt
    "advies",  # Milieuadvies, Bouwadvies
    "kwartier",  # Willem Dreeskwartier
    "waarders",  # Gerechtsdeurwaarders
    "ambulance",  # Dierenambulance
    "eenheid",  # Faunabeheereenheid, Wildbeheereenheid
    "stichting",  # Woonstichting
    "bestrijding",  # Ongediertebestrijding
    "beheer",  # Budgetbeheer
    "koor",  # Mannenkoor
    "schade",  # Autoschade, Letselschade
    "seal",  # Bruinsmaseal (Frisian for zaal)
    "team",  # Wijkteam, Jeugdteam
    "mailbox",  # Inkoopmailbox
    "club",  # Badmintonclub, Ponyclub
    "portaal",  # Patiëntportaal
    "parochie",  # Xaveriusparochie
    "café",  # Watersportcafé Het Starteiland, Grandcafé
    *STREET_ENDINGS,
)
# Departments, teams and portfolios after "van" or an office: where someone works, not a
# surname ("Marloes van Salarisadministratie", "Joost van Parkeren", "priscilla van P&O",
# "wethouder Wonen en Zorg"). Street and place words are no department: "Johan van
# Oldenbarneveltlaan" stays a street.
DEPARTMENT_WORDS = frozenset(
    """administratie communicatie financiën financien juridische inkoop ict hr it facilitair
facilities parkeren handhaving vergunningen belastingen archief secretariaat planning control
communications werving selectie parket
personeelszaken burgerzaken bestuurszaken onderwijs welzijn zorg jeugd wonen werk inkomen
participatie subsidies informatievoorziening receptie klantcontact kcc finance procurement
legal sales marketing support sport cultuur economie verkeer vervoer mobiliteit duurzaamheid
energie klimaat milieu veiligheid armoede schuldhulp leerplicht natuur landbouw ruimte bestuur
privacy media pers persvoorlichting woordvoering webcare communication
middelen facilitaire sociale salaris personeel backoffice frontoffice""".split()
)
DEPARTMENT_ENDINGS = (
    *("administratie", "zaken", "beheer", "communicatie", "handhaving", "veiligheid"),
    *("ontwikkeling", "beleid", "dienstverlening", "toezicht", "vergunningen", "belastingen"),
    "archief",  # Stadsarchief, Bouwarchief
    *("beveiliging", "bescherming", "redactie"),  # Informatiebeveiliging, Webredactie
    "werk",  # Vluchtelingenwerk, Jongerenwerk
)


def _department_word(lower: str) -> bool:
    return lower in DEPARTMENT_WORDS or lower.endswith(DEPARTMENT_ENDINGS)


def _department(word: str) -> bool:
    return (
        _department_word(word.lower())
        or "&" in word
        or (word.isupper() and 2 <= len(word) <= 4 and word not in lexicon.all_surnames())
        or CAMEL_CASE.match(word) is not None
    )


def without_affiliation(text: str, start: int, end: int) -> tuple[int, int]:
    """The name at start:end without "van" + where the person works: a department or team
    ("Marloes van Salarisadministratie"), a firm named with "&" ("mr. H. Olthof van Olthof &
    Scholten"), or, after a first name and a surname, anything that is no listed surname
    ("Gerrit-Jan ter Haar van Natuurmonumenten": a tussenvoegsel does not follow a whole
    name); "het" and a capital ("de heer Sharif van het Meldpunt"); after a titled name,
    "de" and an unlisted word ("mevrouw Van der Velde van de Dierenbescherming") or a firm
    ("de heer A. Mahabier van Mahabier Vastgoed B.V.", "mr. F.H. Tjon-A-Fong van Tjon-A-Fong
    Advocaten"). A name without "van" loses the object of its sentence (`_without_object`)."""
    at = text.find(" van ", start, end)
    if at < 0:
        return _without_object(text, start, end)
    second = text.find(" van ", at + 5, end)
    if second > 0:
        return start, second  # a name holds one "van": "Saskia van Hulst van Integis"
    after = text[at + 5 : end].split()
    before = text[start:at].split()
    if not (after and before):
        return start, end
    if (
        after[0] in ("de", "het")
        and len(after) == 2
        and after[1].isupper()
        and not before[-1].isupper()
        and _department(after[1])
    ):
        return start, at  # "Sevda Yılmaz van de NVWA", "Mustafa van de ODNL"
    if text[at + 5 : end] in KNOWN_FIRMS or NAMESAKES.fullmatch(text, at + 5, end):
        return start, at  # "Kemal Aydın van Heijmans", "mw. Ramdin van Dura Vermeer"
    surnames = lexicon.all_surnames()
    if (
        after[0][:1].isupper()
        and (
            (_department(after[0]) and not before[-1].isupper())
            or (
                before[-1][:1].isupper() and before[-1] in after
            )  # "B. Claassen van Uitvaartzorg Claassen"
            or text[end : end + 3].lstrip(" \t").startswith("&")
            or (_full_name(before) and after[0] not in surnames)
        )
    ):
        return start, at
    # (after a name word, not after titles and initials only: "mr. drs. J. van der Linden")
    if not before[-1][:1].isupper() or before[-1].endswith("."):
        return start, end
    if (
        len(before) == 1
        and before[0] in lexicon.all_first_names()
        and after[0][:1].isupper()
        and after[0] not in surnames
        and " ".join(after) not in lexicon.cities()
        and not _room_named_after(after)
        and is_institution(text, at + 5, _capitalised_run_end(text, end))
    ):
        return start, at  # "Jeroen van Veilig Thuis": where a first name works
    unlisted_after_article = (
        len(after) > 1 and after[1][:1].isupper() and after[1].split("-")[0] not in surnames
    )
    if after[0] == "het" and unlisted_after_article:
        return start, at
    if len(before) > 1 and TITLE_START.match(text, start):
        following = FOLLOWING.match(text, end)[0].split()
        if following[:1] == ["van"]:
            # where the person works follows the surname: "dhr. Koos van Dam van Stichting
            # Natuur"
            following = []
        if (
            # ("den" and "der" open surnames, seldom an organisation: "mw. Teuntje van den
            # Akker" is one name)
            (after[0] == "de" and unlisted_after_article)
            or COMPANY_AFTER.match(text, at + 4)
            or any(map(institution_word, after + following))
        ):
            return start, at
    return start, end


ROOM_ENDINGS = ("kamer", "zaal", "ruimte", "gebouw", "foyer")
# A compound that names a kind of firm ("adviesbureau", "installatiebedrijf").
FIRM_ENDINGS = ("bureau", "bedrijf")
# A room's number in a building ("3.14", "B1.07", "0.21a", "2.07"), floor and room.
ROOM_NUMBER = re.compile(r"[a-z]?\d{1,2}\.\d{2,3}[a-z]?")
# rooms of a home, where a person may stand ("in de woonkamer Fatima zag")
HOME_ROOMS = frozenset(
    "woonkamer huiskamer slaapkamer badkamer kinderkamer logeerkamer studeerkamer".split()
)


def _room_named_after(after: list[str]) -> bool:
    """Whether the words after "van" end a room or building named after the whole name, its
    surname glued to the room ("Vincent van Goghkamer", "Jan van Galenzaal"): the name is
    the room's, no one works there."""
    if len(after) == 1:
        for ending in ROOM_ENDINGS:
            if after[0].endswith(ending):
                return after[0][: -len(ending)] in lexicon.all_surnames()
    return False


def _without_object(text: str, start: int, end: int) -> tuple[int, int]:
    """The name at start:end without "de" and an unlisted word after two capitalised words:
    the object of the sentence, not a double surname ("tekende Zeynep Arslan de Memorandum
    of Understanding"; "Maria Silva de Souza", "Pieter Bakker de Vries" stay whole); after a
    title a given name and a surname ("Ms Femke de Klerk")."""
    at = text.find(" de ", start, end)
    if at < 0 or TITLE_START.match(text, start):
        return start, end
    before, after = text[start:at].split(), text[at + 4 : end].split()
    if (
        len(before) > 1
        and all(word[:1].isupper() and not word.endswith(".") for word in before)
        and after
        and after[0][:1].isupper()  # ("Sofía Martínez de la Cruz")
        and after[0].split("-")[0] not in lexicon.all_surnames()
    ):
        return start, at
    return start, end


# Words before a name that make it an institution or an organisation ("het …",
# "Stichting …", a firm's form: "VOF Van den Oetelaar", a wildlife management unit: "WBE De
# Wolden"); "de" too, unless the run starts with a title or a tussenvoegsel.
INSTITUTION_BEFORE = frozenset(
    """het the de stichting museum ziekenhuis kliniek prijs fonds fort sint st. station
begraafplaats crematorium uitvaartcentrum uitvaartverzorging villa st
vereniging foundation stadium school supermarkt gymnasium lyceum college academie
basisschool kazerne stadion theater schouwburg bibliotheek kerk schip stoomschip veerboot
boot trein ship wet obs cbs rkbs pcbs café cafe restaurant hotel koor orkest team ruimte
kamer zaal gemaal afdeling vergaderruimte vergaderruimtes vergaderzaal wijkcentrum verpleeghuis
zorgcentrum hospice salonboot firma bv nv b.v. n.v. room kreis landkreis gemeinde stadt
université universität universidad università azc ikc club sportpark schaakclub voetbalclub
atletiekvereniging zwemclub taxi buurtbemiddeling landgoed kasteel theehuis court veer
veerpont pont nachttrein chatbot gebr. gebroeders motorvrachtschip vrachtschip eetcafé
traiteur eenmanszaak h.o.d.n. kanzlei fundação fundación fondation stiftung fundashon klub
programma programme project gebouw bureau speeltuin kinderboerderij bar cafetaria snackbar
lunchroom maatschap zwembad garage kulturhus brasserie bistro grillroom shishalounge coffeeshop
kamp staatsmijn kolenmijn steenkolenmijn mijnzetel colliery zeche hôtel az uz scouting
scoutinggroep
vof v.o.f. wbe fbe dierenasiel opvang halte bushalte tramhalte polder fysio
pizzeria trattoria ristorante foodtruck broodje bsc msc pabo huize voedselbank verhuur locatie
gurdwara moskee mandir tempel afc fc sv vv
kdv bso psz kinderdagverblijf kinderopvang peuterspeelzaal gastouderbureau ggd
bloemen ijs patat
storm orkaan hurricane
lijst partij foyer galerie gallery thermen akkerbouw veehouderij milieustraat depot
kringloop recycling tweewielers shotbar kroeg taverna warung vve sushi kebab studio
corporatie woningcorporatie woningstichting
""".split()  # ("Lijst Pim Fortuyn", "storm Dirk", "Depot Tinbergen", "AZ Jan Palfijn")
)
# "van het", "van de", "uit", "bij" after a titled name: where the person works or lives.
OF_THE = re.compile(r"[ \t]+(?:van[ \t]+(?:het|de|'t)|uit|bij|of[ \t]+the|at)[ \t]")
PARTICLE_START = re.compile(r"(?:van|de|der|den|ter|ten|in 't|'t|el|al)\s")
# Companies and institutions named after their founders or namesakes, written without an
# institution word ("Douwe Egberts", "Albert Heijn").
# (Single words such as "Beatrix" or "Philips" are left out: they are also people's names.)
NAMESAKES = re.compile(
    r"(?<![\w])(?:"
    + "|".join(
        re.escape(name)
        for name in """Albert Heijn|Dirk van den Broek|Rode Kruis|Jan Linders|Douwe Egberts|
Van Oord|Van Lanschot|Van der Valk|Van Haren|Kröller-Müller|Boijmans Van Beuningen|
Antoni van Leeuwenhoek|Johan Cruijff|Vincent van Gogh|Anne Frank|Jeroen Bosch|
Willem de Zwijger|Christiaan Huygens|Hugo de Groot|Max Havelaar|Kamerlingh Onnes|
Johan de Witt|Michiel de Ruyter|Piet Hein|Jan Pieterszoon Coen|Gerrit Rietveld|Abe Lenstra|
Anton Philips|Prins Bernhard|Prinses Máxima|Prinses Maxima|Koning Willem|
Koningin Wilhelmina|Koningin Juliana|Koningin Beatrix|Dr. Nassau|Sint Antonius|
Sint Franciscus|Keti Koti|Dura Vermeer|Ballast Nedam|Janssen de Jong|Dijkstra Draisma|
Van Hattum en Blankevoort|Van Ameyde|Piter Jelles|Twynstra Gudde|Witteveen+Bos|
Van Gansewinkel|Vroom & Dreesmann|
Start People|Baker Tilly|Royal Brinkman|Vattenfall|Reinier de Graaf|
Kabinet van de Koning""".replace("\n", "").split("|")
    )
    + r")(?![\w])"
)
# After a name: name-like words in the same line and table cell (a space, not a tab nor the
# run of spaces between columns of text copied from a PDF, between them, or a hyphen or
# "&"), and at most one lower-case word, also joined by a hyphen ("Antoni van Leeuwenhoek
# ziekenhuis", "Abe Lenstra Stadion", "Jan Pieterszoon Coenstraat", "Pieter Dumont-prijs",
# "Lubbers & Kranenburg Advocaten").
# (a dash with spaces around it separates the name from where the person works: "M. Bakırcı
# - Havenkantoor Lelystad")
FOLLOWING = re.compile(rf"(?:(?: ?& ?|-| )(?:{PARTICLE} +)*{CAP}){{0,3}}(?:(?: |-)[a-z]+)?")


def _capitalised_run_end(text: str, end: int) -> int:
    """The end of the capitalised words that continue a name ending at `end` ("Jeroen van
    Veilig" + " Thuis")."""
    while (
        text.startswith(" ", end)
        and text[end + 1 : end + 2].isupper()
        and (following := ONE_CAPITAL_WORD.match(text, end + 1))
    ):
        end = following.end()
    return end


ONE_CAPITAL_WORD = re.compile(rf"{CAP}")


# An abbreviation in capitals before a name that is not in capitals: the team or the
# organisation of the role ("medewerker KCC Rosa Kalloe", "medewerker COA Linda Roosendaal").
ABBREVIATION_BEFORE_NAME = re.compile(rf"([A-Z]{{2,4}})[ \t]+(?=([{UPPER}][a-zß-ÿ]+))")


def _name_parts(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The names in a role label's list ("A Bakker, B de Vries en C Jansen"), without a
    common word in capitals after a name that is not ("wethouder Kuiper NIET noemen")."""
    for match in ONE_NAME.finditer(text, start, end):
        name_start, name_end = match.span("name")
        if not text[name_start:name_end].isupper():
            trimmed = _end_without_last_words(
                text,
                name_start,
                name_end,
                lambda word: word.isupper() and word.capitalize() in STOP_CAPITALS,
                keep=1,
            )
            if text[name_start:trimmed].rsplit(None, 1)[-1] not in PARTICLE_WORDS:
                name_end = trimmed  # (not "mr. Vellinga van BIJ12": where he works)
            abbreviation = ABBREVIATION_BEFORE_NAME.match(text, name_start, name_end)
            if abbreviation is not None and as_listed(abbreviation[1]) not in lexicon.all_names():
                if abbreviation[2] not in lexicon.all_first_names():
                    continue  # an organisation's name ("Aan: HALT Midden-Brabant")
                name_start = abbreviation.end()  # ("medewerker KCC Rosa Kalloe": her team's)
        yield name_start, name_end


# A capital after five lower-case letters: an organisation written as one word
# ("VluchtelingenWerk", "WoningNet"); names put their inner capital early ("McDonald",
# "DeShawn", "FitzGerald") or after a tussenvoegsel, as emigrants write it ("VanderMeulen").
CAMEL_CASE = re.compile(
    r"(?!(?:V[ae]n(?:de[nr]?)?|Te[nr]|De[nr]?)[A-ZÀ-Þ])[A-ZÀ-Þ][a-zß-ÿ]*[a-zß-ÿ]{5}[A-ZÀ-Þ]"
)


@lru_cache(maxsize=WORD_CACHE_SIZE)
def plausible_name(span_text: str) -> bool:
    """A context-found run is a name only if none of its capitalised words is a common
    capitalised word or names an institution."""
    words = [
        w
        for w in re.split(r"[ \t]+", span_text)
        if w[:1].isupper() and not w.endswith(".") and w.lower() not in PARTICLE_WORDS
    ]
    if not words or (
        len(words) == 1
        and len(words[0]) <= 3
        and words[0].isupper()
        # (not a short surname after its tussenvoegsel in capitals: "VAN DAM")
        and not (
            span_text.isupper()
            and len(span_text.split()) > 1
            and as_listed(words[0]) in lexicon.all_surnames()
        )
    ):
        return False  # nothing name-like, or an abbreviation ("Behandelaar: FG")
    if span_text in lexicon.cities() or span_text in lexicon.countries():
        return False  # "Afghanistan" in a list after "Cliënt:"
    if span_text.split()[-1] in COMPANY_FORMS:
        return False  # "Heijmans Infra B.V." (but "dhr. B.V. Jansen")
    if "-" in words[0] and is_role(words[0]):
        return False  # "KCC-medewerker"
    stop = STOP_CAPITALS
    surnames = lexicon.all_surnames()
    # a surname such as "Bouwhuis" after initials or a first name ("A. Bouwhuis")
    given = span_text.split()[0]
    house_surname = (INITIALS_ONLY.fullmatch(given) or given in lexicon.all_first_names()) and (
        _surname_in_huis_or_hof(words[-1])
    )
    in_capitals = _stop_words_in_capitals()
    return all(w not in stop and w not in in_capitals for w in words) and not any(
        w.lower() in INSTITUTION_WORDS
        or (
            w.lower().endswith(INSTITUTION_ENDINGS)
            and (w if not w.isupper() else as_listed(w)) not in surnames  # "Veldhuis", "VELDHUIS"
            and not (house_surname and w is words[-1])
        )
        or is_medicine(w)
        or CAMEL_CASE.match(w)
        or w.lower().endswith(("nummer", "number"))  # "Valys-pasnummer 7731 0492"
        for w in words
    )


@lru_cache(maxsize=1)
def _stop_words_in_capitals() -> frozenset[str]:
    """STOP_CAPITALS written in capitals, as the words they are, but not those that are first
    names too, listed or also a word ("HIJ IS GEBOREN OP …", but "MEI LING DE JONG-WU")."""
    names = lexicon.all_first_names() | lexicon.ambiguous_names()
    return frozenset(
        word.upper() for word in STOP_CAPITALS if word not in names and word.upper() != word
    )


# Stems of the WHO's international non-proprietary names for medicines ("Olanzapine",
# "Metoprolol", "Omeprazol"): a capitalised word ending in one is a medicine, not a name.
MEDICINE_STEMS = (
    "apine",
    "azepam",
    "azolam",
    "olol",
    "pril",
    "sartan",
    "statine",
    "statin",
    "cilline",
    "cillin",
    "mycine",
    "mycin",
    "floxacine",
    "floxacin",
    "prazol",
    "prazole",
    "tidine",
    "oxetine",
    "triptan",
    "parine",
    "parin",
    "gliptine",
    "gliptin",
    "umab",
    "imab",
    "tinib",
    "navir",
    "previr",
    "profen",
    "coxib",
    "dronaat",
    "dronate",
    "setron",
    "peridol",
)


@lru_cache(maxsize=WORD_CACHE_SIZE)
def is_medicine(word: str) -> bool:
    """'Olanzapine', 'Metoprolol': a medicine by its stem, unless a listed name."""
    return word.lower().endswith(MEDICINE_STEMS) and word not in lexicon.all_names()


# English weekdays and months, sentence adverbs and requests that open a sentence before a
# name ("Then Wróblewska asked", "Gisteren Wiebren belde", "Zet Naima in de cc"): never a
# name nor part of one (`persons.NOT_NAMES` holds them too).
# (Abbreviations as mail headers and logs write dates, "Mon Apr 8 14:22:51 2024"; not "Jan",
# "Jun", "Mar", "Thu" and "Sun", which are given names or surnames too.)
ENGLISH_DATE_WORDS = frozenset(
    """Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March May June
July August October Mon Tue Tues Wed Fri Sat Feb Apr Jul Aug Sep Sept Oct Nov Dec Mondays
Tuesdays Wednesdays Thursdays Fridays Saturdays Sundays""".split()
)
# First names that are also a month or its abbreviation ("5 Jan", "Jun 2024", "3 Mei").
MONTH_NAMES = frozenset(["Jan", "Jun", "Mar", "Mei"])
DAY_BEFORE = re.compile(r"(?<![\d.,])(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th|e)?(?:[ \t]|(?<=\d)/)$")
YEAR_OR_DAY_AFTER = re.compile(r"\.?[ \t](?:(?:19|20)\d\d|(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?,)")


def in_a_date(text: str, start: int, end: int) -> bool:
    """Whether the month name at start:end stands in a date: after a day ("dated 5 Jan",
    "3 Mei"), or before a year or a day and a comma ("Jan 2025", "Jun 5, 2024")."""
    return bool(
        DAY_BEFORE.search(text, max(0, start - 5), start) or YEAR_OR_DAY_AFTER.match(text, end)
    )


# Feasts and holidays of the faiths and the calendar ("Eid", "Jom Kipoer", "Vaisakhi
# Nagar Kirtan"): never a person's name where they stand capitalised.
HOLIDAY_WORDS = frozenset(
    """Christmas Kerstmis Kerst Pasen Easter Eid Ramadan Ramadhan Suikerfeest
Offerfeest Diwali Divali Holi Vaisakhi Kirtan Kipoer Kippoer Chanoeka Hanukkah Pesach Iftar
Pinksteren Hemelvaart Hemelvaartsdag Koningsdag Bevrijdingsdag Nieuwjaar Oudejaarsavond""".split()
)
SENTENCE_ADVERBS = frozenset(
    """Then Also Today Yesterday Tomorrow Daarna Toen Gisteren Vandaag Morgen Ook Maar Als Nadat
Omdat Volgens Hierna Alleen Verder Inmiddels Helaas Eerst Daarom Intussen Misschien Only En
However Unfortunately Meanwhile Nee Ja Nou Jawel Oké Oke Yes No Yeah Sorry Klopt Precies
Inderdaad""".split()
)
REQUEST_VERBS = frozenset(
    """Zet Stuur Vraag Bel Mail Laat Geef Maak Schrijf Neem Check Controleer Vat Herschrijf
Vertaal Informeer Nodig Plan Ask Tell Send Call Email Let Give Make Write Invite Forward
Inform Remind Translate Summarise Summarize Draft Mention Use Noem Gebruik""".split()
)
# Verbs that open a question ("Kan Wendy van handhaving mee?"); not "Wil", also a name.
QUESTION_VERBS = frozenset("Kan Kun Kunt Wilt Zou Moet Mag Heb".split())
# The points of the compass: no name ("wijkteam Noord"), and in a compound a district.
COMPASS_WORDS = frozenset("Noord Oost Zuid West Noordoost Noordwest Zuidoost Zuidwest".split())
# Languages by their Dutch names ("spreekt Arabisch en Frans"; some are names too: Frans, Dari).
LANGUAGE_NAMES = frozenset(
    """Arabisch Dari Farsi Perzisch Pashtoe Pashto Tigrinya Amhaars Somalisch Turks Koerdisch
Pools Roemeens Bulgaars Oekraïens Russisch Chinees Mandarijn Kantonees Vietnamees Urdu
Hindi Tamil Portugees Spaans Frans Duits Italiaans Grieks Papiamento Sranantongo Fries
Engels Nederlands Wolof""".split()
)
# Words before a language that say it is one ("zij spreekt Frans", "vertaald in het Frans").
LANGUAGE_BEFORE = frozenset("spreekt spreken sprak spraken spreek verstaat het".split())
# Words after one that say so ("een Frans paspoort", "Spaans sprekend").
LANGUAGE_AFTER = ("paspoort", "nationaliteit", "sprekend", "sprekende", "talig", "talige")

STOP_CAPITALS = (
    LANGUAGE_NAMES
    | ENGLISH_DATE_WORDS
    | HOLIDAY_WORDS
    | COMPASS_WORDS
    | SENTENCE_ADVERBS
    | QUESTION_VERBS
    | REQUEST_VERBS
    | frozenset(
        """De Het Een Dit Dat Deze Die Wij Ik U Uw Zij Hij Je Jij We Graag Bedankt Dank Team
Afdeling Gemeente Provincie Ministerie Raad College Commissie Burgemeester Wethouder
Januari Februari Maart April Mei Juni Juli Augustus September Oktober November December
Maandag Dinsdag Woensdag Donderdag Vrijdag Zaterdag Zondag
And Or But From With Of On At In To For Is Are Was Were Has Have Had Does Did Could
Would Should Shall Might Must
The A An This That We I You Our Your Please Thanks Thank Team Department Municipality
Geachte Beste Dear Hi Hello Met Vriendelijke Groet Kind Regards Best All Allen Iedereen
Collega Collega's Heer Mevrouw Sir Madam Madame Bijlage Betreft Onderwerp Subject Re RE
Aanwezig Afwezig Notulen Verslag Agenda Opening Rondvraag Sluiting Actiepunten Voorzitter
Griffier Tolk Melder Cliënt Client Aanvrager Betrokkene Contactpersoon Namens Behandelaar
Datum Date Telefoon Phone Adres Address Naam Name Geboortedatum Woonplaats Email E-mail
Wet Awb Woo Bezwaar Besluit Beschikking Aanvraag Brief Mail Bericht Klacht Melding
Nederland Netherlands Dutch English Engels Nederlands Europa Europe Municipality
Stichting Museum Ziekenhuis Stadion Gasthuis Samenvatting Omschrijving Incidentmelding
Staten Gedeputeerde Provinciale Generaal Kamer Customer Service Support Helpdesk
Servicedesk Klantenservice Secretariaat Griffie Facilities Facility Desk Committee
Brandweer Politie Veiligheidsregio Waterschap
Hoi Hallo Hey Lieve Goedemorgen Goedemiddag Goedenavond Goeiemorgen Goeiemiddag Goeienavond
Goedendag Goeiedag Welkom Welcome
Der Das Dem Des Ihre Ihr Ihnen Mein Meine Wir Unser Unsere Bitte Mit Und Für Zum Zur
Damen Herren Sehr Geehrte Geehrter Grüße Grüßen Freundlichen
Copilot ChatGPT Claude Gemini Outlook Excel SharePoint Teams Jira Slack Zoom Webex
WhatsApp Messenger Signal Telegram Instagram Facebook Systeem System Bot
Actie Action Antwoord Answer Vraag Question Notitie Note Opmerking Reactie Update Status
Besluit Decision Pauze Break Lunch Koffie Coffee Start Einde Afsluiting Presentatie
Discussie Overleg Evaluatie Info Informatie Wmo Wlz Zvw Wob Privacy Security Information
Officer City Faculty Ministry University
Twi Akan Berbers Tamazight Riffijns Tarifit Swahili Amharic Arabic Somali Ukrainian Russian
Polish Romanian Turkish Persian Kurdish Sorani Kurmanji Lingala Yoruba Bengaals Bengali Punjabi
Nepalees Nepali Thai Tagalog Indonesisch Indonesian Koreaans Korean Japans Japanese Vietnamese
Hongaars Hungarian Tsjechisch Czech Slowaaks Slovak Litouws Lithuanian Lets Latvian Servisch
Serbian Kroatisch Croatian Bosnisch Bosnian Albanees Albanian Armeens Armenian Georgisch
Hebreeuws Hebrew Marokkaans Creools Spanish Italian Portuguese Greek Chinese Mandarin
Cantonese Frisian French German Zn Zr Secretariat Train Consul Affairs Windows Horizon
Africa Afrika Asia Azië America Amerika
Mij Mijn Me Hem Ons So Well Now Okay Ok OK Alright Host Moderator Interviewer Researcher
Onderzoeker Gespreksleider
Naar Bij Over Uit Aan Door Voor Onder Tegen Tot Om Sinds Zonder Vanaf Tijdens Binnen Tussen
Naast Behalve Dankzij Ondanks Wegens Vanwege Via Want Zodat Hoewel Toch Dus
Nb NB Her His Their My Our Your Niet Geen Nog I'll I'm I've I'd Ze Top Super Prima
Wat Wie Waar Wanneer Hoe Waarom Welke Welk Hoeveel God
Irish Scottish Welsh British American Canadian Australian Belgian
Eritrean Ethiopian Syrian Afghan Moroccan Surinamese Iraqi Iranian Sudanese Yemeni Nigerian
Ghanaian Congolese Indian Pakistani Palestinian Lebanese Egyptian Tunisian Algerian Brazilian
Colombian Venezuelan Filipino
Toelichting Aantekening Opmerking Notitie Sgt Insp Colleague Colleagues Rev Ven Gebr
Friese Eritrese Marokkaanse Turkse Poolse Syrische Surinaamse Antilliaanse Afghaanse
Somalische Oekraïense Indiase Indonesische Nieuwsbrief Newsletter Abonnees Subscribers
Offerte Factuur Claim Beroep Mogelijk Waarschijnlijk Vermoedelijk Wellicht Eventueel
Possibly Probably Maybe Perhaps Heeft Hebben Wordt Worden Kunnen Moeten Willen Gaat Gaan Komt
Zal Zullen Mogen Waren Werd Hadden Gevonden Omstreken Capt Cllr Pte Cpl Lt Lieut
Opent Vraagt Meldt Stelt Antwoordt Deelt Merkt Sluit Benadrukt Bevestigt Concludeert Zegt
Opmerkingen Aantekeningen Notities Privéadres Asked Told Emailed Phoned Forwarded Informed
Reminded Standpunt""".split()
    )
)


# Words after a name that make a salutation greet a group ("Dear Protocol team,").
GREETED_GROUPS = (" team", " Team", "-team", "-Team", " colleagues", " collega's")


def context_spans(text: str) -> Iterator[tuple[int, int]]:
    """Names after a salutation, a role label or an English honorific, speakers in a log,
    names as the subject of a verb, and signatures under a closing."""
    lower = lowered(text)
    for match in AFTER_SALUTATION.finditer(text):
        start, end = match.span("name")
        name = text[start:end]
        if text.startswith(("Dag van ", "Dag der "), match.start()):
            continue  # a day named for something ("de Dag van de Vrijwilliger")
        if name.rstrip(".") in ("Mr", "Mrs", "Ms", "Miss", "Dr", "Prof"):
            continue  # a title alone: "Dear Mr and Mrs Lindqvist" is read by HONORIFIC
        if text.startswith(GREETED_GROUPS, end):
            continue  # a team greeted by its name ("Dear Protocol team", "Beste Burgerzaken-team")
        if clean_start(text, match.start()) and (
            plausible_name(name) or (name in MONTH_NAMES and text[end : end + 1] in (",", "\n"))
        ):
            yield start, end  # (a month alone after a greeting is whom it greets: "Hi Mei,")
    yield from _after_lower_salutations(text)
    yield from _after_roles(text)
    # (the rules that read `_at_hints` look for their hints themselves, once)
    yield from _names_as_written(text, lower)
    names = lexicon.all_names()
    for match in _self_introductions(text, lower):
        start, end = match.span("name")
        if text[start:end].isupper():  # "MIJN NAAM IS KLAAS DE VRIES EN IK …"
            end = _without_closing_capitals(text, start, end)
        name = text[start:end]
        if plausible_name(name) and (
            match.group("weak") is None
            or name.split()[0] in names
            or INITIALS_START.match(name)  # "sign the letter as R. Ouchan"
            # (a given name in no list before a listed name: "Ik ben Shurendy Martina")
            or (" " in name and name.split()[-1] in names)
        ):
            yield start, end
    if " heet " in lower and len(lower) == len(text):
        yield from _called_by_kin(text, lower)
    if " heet" in lower:
        for match in NAME_BEFORE_HEET.finditer(text):
            if match.group("name") in names:
                yield match.span("name")
    for match in _at_hints((QUOTED_NAME,), text, lower, QUOTED_NAME_HINTS):
        yield from _quoted_names(text, match)
    for match in _at_hints((QUOTED_FIELD, NAME_FIELD), text, lower, FIELD_HINTS):
        if match.re is QUOTED_FIELD:
            yield from _quoted_names(text, match, written=True)
            continue
        start, end = match.span("name")
        name = text[start:end]
        if (
            plausible_name(name)
            and name not in STOP_CAPITALS
            and name not in NAME_FIELD_PLACEHOLDERS
        ):
            yield start, end
    surnames = lexicon.all_surnames()
    for match in HONORIFIC.finditer(text):
        if not clean_start(text, match.start()):
            continue
        start, end = match.span()
        name = text[start:end].split(None, 1)[1]
        if match.group("more") is not None and not plausible_name(name):
            end = match.start("more")
            name = text[start:end].split(None, 1)[1]
        last = name.split()[-1]
        # a two-letter surname must be listed ("Dr. Li", not "Dr. Vi")
        if plausible_name(name) and (len(last) != 2 or last in surnames):
            yield start, end
    first_names = lexicon.all_first_names()
    speakers = _speakers(text)
    if speakers:  # (most texts have none: no counting then)
        yield from _speaker_names(text, speakers, names, first_names, surnames)
    yield from _subjects_of_verbs(text)
    if any(cue in lower for cue in ("geb", "born", "of birth", "dob", "berne", "nasé", "nase")):
        yield from _names_before_birth_cues(text, lower)
    yield from _persons_listed_with_dates(text)
    if "/" in text and any(title in text for title in BOOKING_TITLES):
        yield from _booking_names(text)
    if "spreker" in lower or "speaker" in lower:
        for match in NUMBERED_SPEAKER.finditer(text):
            yield match.span("name")
    if "(" in text or '"' in text or "“" in text or "'" in text or "‘" in text:
        yield from _nicknamed(text)
    if "(" in text:
        yield from _party_members(text)
        yield from _names_with_age(text, first_names)
        yield from _first_names_in_brackets(text, first_names)
        if len(lower) == len(text):  # (positions in `lower` are read in `text`)
            yield from _names_with_surname_note(text, lower)
    if ",\n" in text or ",\r\n" in text:
        yield from _addressed(text)
    yield from _addressed_with_a_question(text)
    yield from _names_by_shape(text, first_names, surnames)
    yield from _relatives_of(text)
    if " en " in lower or " and " in lower or "&" in text:
        yield from _beside_the_writer(text)
    if ", " in text:
        yield from _surnames_with_initials(text)
        yield from _surnames_with_given_names(text)
    if "'s" in text or "’s" in text:
        yield from _possessives(text)
    if " van " in text:
        yield from _first_names_of_a_department(text)
    if "@" in text:
        yield from _mentions(text)
    if "oorletters" in lower or "nitial" in lower:
        for match in INITIALS_FIELD.finditer(text):
            yield match.span("initials")
    if "paraaf" in lower or "paraph" in lower:
        for match in PARAPH.finditer(text):
            yield match.span("initials")
    yield from _signed_with_a_first_name(text)
    closings = [word for word in CLOSING_HINTS if word in lower]
    foreign = [
        word
        for word in (ASCII_FOREIGN_CLOSING_HINTS if text.isascii() else FOREIGN_CLOSING_HINTS)
        if word in lower
    ]
    if not closings and not foreign:
        return
    for match in _signatures(text, bool(foreign)):
        start, end = match.span("name")
        if plausible_name(text[start:end]):
            yield start, _without_post_nominals(text, start, end)
    if len(lower) == len(text):
        yield from _names_after_closing_words(text, lower, closings + foreign)


# A message signed with a first name alone: the name on its own line at the end of the text,
# after a blank line or a line that ends a sentence, perhaps with a dash before it and one
# short line after it (a department, a phone number): "…on Teams.\n\nMonika", "Dank!\nWubbo",
# "\n– Gosse", "\n\nJorien\nIT Service Desk".
SIGNED_FIRST_NAME = re.compile(
    rf"(?:\n[ \t]*\n|[!.,?]\n)[ \t]*(?:[-–][ \t]*)?"
    rf"(?P<name>[{UPPER}][^\W\d_]+(?:-[{UPPER}][^\W\d_]+)?)[ \t]*(?:\n[^\n]{{1,60}})?\s*\Z"
)


def _signed_with_a_first_name(text: str) -> Iterator[tuple[int, int]]:
    """The first name that signs a message without a closing (SIGNED_FIRST_NAME): only a
    listed first name that is no ordinary word ("Monika", not "Mei" or "Bijlage")."""
    match = SIGNED_FIRST_NAME.search(text, max(0, len(text.rstrip()) - 120))
    if match is None:
        return
    name = match["name"]
    if (
        name in lexicon.all_first_names()
        and name not in lexicon.name_words()
        and name not in STOP_CAPITALS
    ):
        yield match.span("name")


# Where a person known by the first name works, after "van": a department ("Miriam van
# privacy", "kees van burgerzaken", "priscilla van P&O") or a workplace in lower case ("Rob
# van de buitendienst", "mo van het buurthuis", "sander van de gemeente"), or the number of
# a neighbour's house ("ans van nr 16").
DEPARTMENT_AFTER_VAN = re.compile(
    r"(?:de|het|'t)[ \t]+(?P<noun>[a-zà-ÿ]{3,})(?![\w&-])|nr\.?(?=[ \t]*\d)"
    r"|(?P<department>[^\W\d_][\w&-]*)(?![\w&-])"
)


def _first_names_of_a_department(text: str) -> Iterator[tuple[int, int]]:
    """First names before " van " and a DEPARTMENT_AFTER_VAN: listed first names, in lower
    case too (as chat writes them); a capitalised one that is also a word only before a
    department (not "Floor van de gemeente": the floor)."""
    first_names = lexicon.all_first_names()
    at = text.find(" van ")
    while at >= 0:
        where = DEPARTMENT_AFTER_VAN.match(text, at + 5)
        department = where is not None and where.group("department")
        if where is not None and (
            where.group("noun") not in ARTICLES_AND_PRONOUNS
            if not department
            else department.lower() in DEPARTMENT_WORDS
            or "&" in department
            or (department.isupper() and len(department) <= 4)
        ):
            start = at
            while (
                start > 0
                and at - start < 25
                and (text[start - 1].isalpha() or text[start - 1] == "-")
            ):
                start -= 1  # (back over the word before "van")
            word = text[start:at]
            if word and not (start and (text[start - 1].isalnum() or text[start - 1] in "@._")):
                if (word in first_names and (department or word not in lexicon.name_words())) or (
                    word.islower() and _lower_given_name(word, first_names)
                ):
                    yield start, at
        at = text.find(" van ", at + 5)


def _quoted_names(text: str, match: re.Match, written: bool = False) -> Iterator[tuple[int, int]]:
    """The plausible names of a QUOTED_NAME match (`written`: of a QUOTED_FIELD match, in
    capitals or with a listed name)."""
    names = lexicon.all_names()
    for group in ("name", "other"):
        start, end = match.span(group)
        if start < 0:
            continue
        name = text[start:end]
        if (
            plausible_name(name)
            and not is_institution(text, start, end)
            and (
                not written
                or name.isupper()
                or any(part in names for word in name.split() for part in word.split("-"))
            )
        ):
            yield start, end


CLOSING_CAPITAL_WORDS = frozenset("en of and or uit van te in op met bij".split())


# Degrees and memberships written after a signed name ("Dr. Richard Okafor MBBS MRCGP",
# "Anna de Vries MSc").
POST_NOMINAL = re.compile(r"[A-Z]{2,6}|PhD|MSc|BSc|MBA|MPH|LLM|LLB")


def _without_post_nominals(text: str, start: int, end: int) -> int:
    """The end of a name without the degrees after it (POST_NOMINAL, no listed name: "Dr.
    Richard OKAFOR" keeps its surname)."""
    names = lexicon.all_names()
    return _end_without_last_words(
        text,
        start,
        end,
        lambda word: POST_NOMINAL.fullmatch(word) is not None and word.capitalize() not in names,
        keep=2,
    )


def _without_closing_capitals(text: str, start: int, end: int) -> int:
    """The end of a name written in capitals without the common words that close the run
    ("KLAAS DE VRIES EN" → "KLAAS DE VRIES")."""
    return _end_without_last_words(
        text,
        start,
        end,
        lambda word: word.capitalize() in STOP_CAPITALS or word.lower() in CLOSING_CAPITAL_WORDS,
        keep=1,
    )


def _end_without_last_words(
    text: str, start: int, end: int, drop: Callable[[str], bool], keep: int
) -> int:
    """The end of start:end once its last words that `drop` are left out, keeping at least
    `keep` words."""
    words = text[start:end].split()
    while len(words) > keep and drop(words[-1]):
        words.pop()
    return text.rindex(words[-1], start, end) + len(words[-1])


def _after_lower_salutations(text: str) -> Iterator[tuple[int, int]]:
    """A capitalised name after a greeting in lower case ("goeiemorgen Sharon", "hi Femke")."""
    size = len(text)
    for match in REVERSED_LOWER_SALUTATION.finditer(reversed_text(text)):
        greeting = size - match.end()
        if text.startswith(("beste", "lieve"), greeting) and text[
            text.rfind("\n", 0, greeting) + 1 : greeting
        ].strip(" \t:"):
            continue  # an adjective within a line ("de beste Oplossing")
        name = NAME_AT.match(text, size - 1 - match.start())  # from the capital on
        if name is not None and plausible_name(name.group()):
            yield name.span()


def _speaker_names(
    text: str,
    speakers: tuple[re.Match, ...],
    names: KeysView[str],
    first_names: KeysView[str],
    surnames: KeysView[str],
) -> Iterator[tuple[int, int]]:
    """The speakers of a chat or a log that are persons (see `_speakers`)."""
    name_words = lexicon.name_words()
    # a speaker with a time on two lines or more is a chat's or log's participant, listed
    # or not ("Mahlet 09:14 — …" … "Mahlet 09:16 — …"), and so is one written surname
    # first on a chat export's header line ("[10:02] Mukherjee, Ananya")
    timed = Counter(
        match.group("name")
        for match in speakers
        if match.group("time") or (match.re is SPEAKER_LINE and match.group("after"))
    )
    # once two timed speakers hold a listed name, the text is a chat export and its other
    # timed speakers are participants too ("Siriporn Wongsawat  9:43 AM")
    listed = sum(any(part in names for part in re.split(r"[\s,-]+", speaker)) for speaker in timed)
    # a speaker of two words or more on two lines or more is a person too ("Cabdiraxmaan
    # Geelle: …", "hibo jaamac: …"), unless the second word is a verb ("anna zegt:")
    repeated = Counter(match.group("name") for match in speakers)
    # people talk here: another speaker holds a listed first name ("mike:" beside "Femke B:")
    # (read for lower-case speakers only)
    chatting = any(match.re is LOWER_SPEAKER for match in speakers) and any(
        _lower_first_name(speaker.split()[0], first_names) or speaker.split()[0] in first_names
        for speaker in repeated
    )
    # two speakers who talk on more lines hold a listed first name, or one does and talks with
    # one other only: the text is a chat, and a name that is also a word, speaking on more
    # lines, is one of its people ("Bram: …", "Shirley: …", "Mo: …" twice; "Inge: …" and "Mo:
    # …" in turn)
    talking = [speaker for speaker, count in repeated.items() if count > 1]
    named = sum(speaker.split()[0] in first_names for speaker in talking)
    chat_of_names = named >= 2 or (named == 1 and len(talking) == 2)
    for match in speakers:
        start, end = match.span("name")
        candidate = text[start:end]
        if (
            match.re is SPEAKER
            and match.group("note")
            and (candidate.isupper() or is_role(candidate))
        ):
            # an organisation or a role speaking, the person in brackets ("OLB (Mirna): …",
            # "Klantcontact (Ruud): …")
            note_start, note_end = match.span("note")
            note = text[note_start:note_end].strip(" \t()")
            if note in first_names and GIVEN_WORD.fullmatch(note):
                at = text.index(note, note_start)
                yield at, at + len(note)
        if match.re is LOWER_SPEAKER:
            given, *rest = candidate.split()
            if _lower_given_name(_speaker_given(candidate), first_names) or (
                # a name that is also a word, speaking on more lines in a chat of several
                # speakers ("mike: raised a ticket" … "mike: ok good to know")
                repeated[candidate] > 1
                and chatting
                # (of two letters only with a time on two lines or more: "[14:01] mo: …")
                and (len(given) > 2 or timed[candidate] > 1)
                and given not in NOT_LOWER_NAMES
                and given not in ROLE_WORDS
                and given[:1].upper() + given[1:] in name_words
            ):
                # a second lower-case word only as a listed surname ("jurgen rosaria:", not
                # "anna zegt:") or in a repeated speaker
                surname = rest[-1] if rest and len(rest[-1]) > 1 else None
                if surname is not None and not (
                    surname.capitalize() in surnames
                    or (repeated[candidate] > 1 and not VERB.match(candidate, len(given)))
                ):
                    end = start + len(given)
                yield start, end
        elif (
            (
                plausible_name(candidate)
                # "[08:15] Inwoner: …", "01.02.10 Voornamen: …" (a field of a BRP extract)
                and (
                    " " in candidate
                    or not (is_role(candidate) or candidate.lower() in COLON_ROLE_WORDS)
                )
                # with a note, a name of at most two capitalised words ("Voorstel Hans Kuijpers
                # (contractbeheer): …" opens a paragraph)
                and not (
                    match.re is SPEAKER
                    and match.group("note")
                    and sum(word[:1].isupper() for word in candidate.split()) > 2
                )
            )
            and (
                timed[candidate] > 1
                or (timed[candidate] and listed >= 2)
                or (repeated[candidate] > 1 and " " in candidate.strip())
                or (
                    repeated[candidate] > 1
                    and chat_of_names
                    and candidate in name_words
                    and candidate not in STOP_CAPITALS
                )
                or ("," in candidate and (match.re is SPEAKER_LINE or match.group("time")))
                or any(p in names for p in re.split(r"[\s,-]+", candidate))
            )
        ):
            yield start, end


# A birth-date cue after a name makes it a person's: "Gul Bibi Noorzai (geb. 1-1-1962)",
# "Rahimi, Mohammad Zaher, geboren", "- Ama Serwaa Appiah, 29, geb. 8/8/1995", "MELNYK
# KATERYNA, date of birth 04.04.1993", and in a list
# also in lower case: "wietske hoekstra - geb. 14-02-1961", "gerrit-jan oosting (66) geb …".
# The cue is searched in the lower-cased text; the name is read back from it (at most a
# line, at most 80 characters).
BIRTH_CUE = re.compile(
    r"geb(?:oren|\.|(?=[ \t]))|born(?![a-z])|date of birth|dob(?![a-z])"
    r"|berne(?![a-z])|nas[eé](?![a-z])"
)
# The literal start of each of BIRTH_CUE's alternatives: found with str.find, which is many
# times faster than the regex engine trying the pattern at every g, b, d and n.
BIRTH_CUE_STARTS = ("geb", "born", "date of birth", "dob", "berne", "nase", "nasé")
# Between the name and the cue: a comma (and an age), a dash, an age or a word in brackets
# ("(66)", "(zoon)"), an opening bracket perhaps with a word and a comma ("(zoon, geb."), or
# spaces.
_BEFORE_CUE = (
    r"(?:[ \t]*(?:,[ \t]*(?:\d{1,3}[ \t]*,[ \t]*)?|[-–][ \t]*|\((?:\d{1,3}|[^\W\d_]{1,12})\)[ \t]*"
    r"|\([ \t]*(?:[^\W\d_]{1,12},[ \t]*)?)|[ \t]+)$"
)
# A capitalised name, also surname first where a line or field starts ("Tsegaye, Almaz",
# "Betrokkene: Rahimi, Mohammad Zaher"; not "de moeder van Ahmad, Gul Bibi Noorzai"), or a
# lower-case one of two to four words.
_CAPITALISED_RUN = (
    rf"(?:(?:^|(?<=[\n:;(|\t])|(?<=[\n:;(|\t][ \t])|(?<=[.)] )|(?<=\), )){CAP},[ \t]+)?{NAME}"
)
_LOWER_WORD = rf"{LOWER_NAME}(?:-{LOWER_NAME})*"
_LOWER_RUN = rf"{_LOWER_WORD}(?:[ \t]+(?:{PARTICLE}[ \t]+)*{_LOWER_WORD}){{1,3}}"
_LIST_MARKER = rf"(?:{LIST_ITEM}[ \t]+)?"
NAME_BEFORE_BIRTH_CUE = re.compile(rf"(?<![^\W\d_])(?P<name>{_CAPITALISED_RUN}){_BEFORE_CUE}")
# Up to three lower-case words right before a birth cue, blanks between them.
LOWER_WORDS_BEFORE = re.compile(rf"(?<![^\W\d_])(?:{LOWER_NAME}[ \t]+){{1,3}}$")
LOWER_NAME_BEFORE_BIRTH_CUE = re.compile(
    rf"(?:^|\n)[ \t]*{_LIST_MARKER}(?P<name>{_LOWER_RUN}){_BEFORE_CUE}"
)

# A person in a list item with a date right after the name, as a list of people and their
# birth dates is pasted ("- lucas meijer 12 mrt '07", "1. Tsegaye, Almaz – 03.03.1999", "*
# Kees Jansen (12-04-1961)"): surname first with a comma, capitalised words of which one is
# a listed name, or lower-case words of which the first is a listed first name.
PERSON_ITEM_WITH_DATE = re.compile(
    rf"[ \t]*{LIST_ITEM}[ \t]+"
    rf"(?:(?P<comma>{CAP},[ \t]+{CAP}(?:[ \t]+{CAP})?)"
    rf"|(?P<caps>{CAP}(?:[ \t]+(?:{PARTICLE}[ \t]+)*{CAP}){{1,3}})"
    rf"|(?P<lower>{_LOWER_RUN}))"
    rf"[ \t]*(?:[-–—,:][ \t]*|\([ \t]*)?(?i:{CUED_DATE})(?!\d)"
)
ITEM_WITH_DATE_AFTER_BREAK = _after_characters(PERSON_ITEM_WITH_DATE, ("\n",))

# A contraction said before a name ("I'm", "It's").
CONTRACTION = re.compile(r"[A-Z][a-z]?['’][a-z]{1,2}")
# The digits of a postcode right before a capitalised run: its letters and the place.
POSTCODE_DIGITS_BEFORE = re.compile(r"[1-9]\d{3}[ \t]?$")


def _names_before_birth_cues(text: str, lower: str) -> Iterator[tuple[int, int]]:
    """Names right before a birth-date cue (see `_person_run`)."""
    for at in _birth_cues(lower):
        if not clean_start(lower, at):
            continue
        line_start = max(text.rfind("\n", max(0, at - 80), at), at - 80, 0)
        match = NAME_BEFORE_BIRTH_CUE.search(text, line_start, at)
        if match is not None:
            span = _person_run(text, *match.span("name"))
        else:
            match = LOWER_NAME_BEFORE_BIRTH_CUE.search(text, line_start, at)
            span = (match and _lower_person_run(match)) or _lower_name_right_before(text, at)
        if span:
            yield span


def _lower_name_right_before(text: str, at: int) -> tuple[int, int] | None:
    """A lower-case name in running text right before `at`, as dictation writes it ("het
    gaat om semhar geboren 3 oktober 2011", "mevrouw oosterhof karin oosterhof geboren"): a
    listed first name among the last three words on the line, only blanks between them, and
    after it only listed surnames and particles."""
    if at < 2 or text[at - 1] not in " \t" or not text[at - 2].islower():
        return None  # (the cheap test first: most cues follow a capitalised name or a comma)
    line_start = text.rfind("\n", max(0, at - 60), at) + 1 or max(0, at - 60)
    run = LOWER_WORDS_BEFORE.search(text, line_start, at)
    if run is None:
        return None
    words = list(WORD.finditer(text, run.start(), run.end()))
    first_names, surnames = lexicon.all_first_names(), lexicon.all_surnames()
    for index, word in enumerate(words):
        if _lower_first_name(word[0], first_names) and all(
            other[0] in PARTICLE_WORDS or other[0].capitalize() in surnames
            for other in words[index + 1 :]
        ):
            return word.start(), words[-1].end()
    return None


def _birth_cues(lower: str) -> list[int]:
    """Where a BIRTH_CUE starts in the lower-cased text, in order (the alternatives never
    overlap one another)."""
    found = []
    for literal in BIRTH_CUE_STARTS:
        at = lower.find(literal)
        while at >= 0:
            if BIRTH_CUE.match(lower, at):
                found.append(at)
            at = lower.find(literal, at + 1)
    return sorted(found)


# A traveller's name as airlines, travel agencies and booking systems write it (IATA's
# passenger name): the surname, a slash, the given names, in capitals, and the title after them
# ("DE JONG/PIETER MR", "OYELARAN/ADEBOLA MRS"); the name is what comes before the title.
BOOKING_NAME = re.compile(
    r"(?<![\w/.@&-])(?P<name>[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]*){0,3}"
    r"/[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]*){0,3}?) (?:MRS|MR|MS|MISS|MSTR|DR|PROF|CHD|INF)(?![\w-])"
)


# (a text holds one of them before the pattern is tried: " MR" also finds " MRS")
BOOKING_TITLES = (" MR", " MS", " MISS", " DR", " PROF", " CHD", " INF")


def _booking_names(text: str) -> Iterator[tuple[int, int]]:
    """BOOKING_NAME names."""
    for match in BOOKING_NAME.finditer(text):
        yield match.span("name")


def _persons_listed_with_dates(text: str) -> Iterator[tuple[int, int]]:
    """PERSON_ITEM_WITH_DATE names, at the text's start and after each line break."""
    first_names, names = lexicon.all_first_names(), lexicon.all_names()
    for match in _at_start_and_after(PERSON_ITEM_WITH_DATE, ITEM_WITH_DATE_AFTER_BREAK, text):
        if match["lower"] is not None:
            if _lower_first_name(match["lower"].split()[0], first_names):
                yield match.span("lower")
            continue
        group = "comma" if match["comma"] is not None else "caps"
        words = match[group].replace(",", " ").split()
        if (
            plausible_name(" ".join(words))
            and match[group] not in lexicon.cities()
            and (group == "comma" or any(word in names for word in words))
        ):
            yield match.span(group)


def _person_run(text: str, start: int, end: int, one_word: bool = False) -> tuple[int, int] | None:
    """The capitalised run at start:end as a person's name, without leading role words and
    pronouns ("Dochter Marian"): more than one word or a listed first name (any one word
    where the context says a person is named: `one_word`), a plausible name, no city and not
    after an institution word; a document's abbreviation and "van" before it are left out
    ("PIP van Aisha Yusuf Ali")."""
    while (space := text.find(" ", start, end)) > 0:
        if (
            text[start:space].rstrip(",").lower() in ROLE_LABELS  # "Ondergetekende, Mo Bouali"
            or text[start:space].lower() in ARTICLES_AND_PRONOUNS
            # a pronoun before a comma: "Ik, Gurpreet Singh Dhillon, geboren …"
            or (text[space - 1] == "," and text[start : space - 1] in STOP_CAPITALS)
            or CONTRACTION.fullmatch(text, start, space) is not None  # "I'm Sipho Ndlovu"
        ):
            start = space + 1
        elif text.startswith(" van ", space) and text[start:space].isupper() and space - start < 6:
            start = space + 5
        else:
            break
    name = text[start:end]
    core = [w for w in name.split() if w.lower() not in PARTICLE_WORDS]
    if (
        not POSTCODE_DIGITS_BEFORE.search(text, max(0, start - 6), start)  # "3526 KL Utrecht"
        and plausible_name(name)
        and name not in lexicon.cities()
        and (
            len(core) > 1
            or core[0] in lexicon.all_first_names()
            # (in capitals, as a form writes it: "YASMINE (geb. 14-02-2012)")
            or (core[0].isupper() and as_listed(core[0]) in lexicon.all_first_names())
            or one_word
        )
        and not institution_before(text, start)
    ):
        return start, end
    return None


def _lower_person_run(match: re.Match) -> tuple[int, int] | None:
    """A lower-case run (group `name`) as a person's name: its first word a listed first
    name."""
    given = match.group("name").split()[0]
    first_names = lexicon.all_first_names()
    if any(_lower_first_name(part, first_names) for part in given.split("-")):
        return match.span("name")
    return None


# A first name alone in brackets after a word in lower case, perhaps with an age, a comma or a
# second name after it: whom the word before means ("de eigenaar van de snackbar (Sinan)",
# "een zoontje (Jaydon) met astma", "two children (Fatmata, 4, and Ibrahim, 7)").
FIRST_NAME_IN_BRACKETS = re.compile(
    # (the bracket first, the look-behind after it: the engine skips to each bracket)
    rf"\((?<=[a-zà-ÿ\d] \()(?P<name>{CAP})(?=\)|,|[ \t]+(?:en|and|\+|\d))"
)


def _first_names_in_brackets(text: str, first_names: KeysView[str]) -> Iterator[tuple[int, int]]:
    """FIRST_NAME_IN_BRACKETS: a listed first name that is no word nor ordinary capital."""
    name_words = lexicon.name_words()
    for match in FIRST_NAME_IN_BRACKETS.finditer(text):
        name = match["name"]
        if name in first_names and name not in name_words and name not in STOP_CAPITALS:
            yield match.span("name")


# An age in brackets after a given name, or with it ("Jaylen (3) has", "oudste yassin (14)
# spijbelt", "My son (Artem, 9) is afraid"). The bracket is searched (a literal: cheap), the
# name before it read back.
AGE_IN_BRACKETS = re.compile(
    rf"\((?:(?P<inner>{CAP}),[ \t]*)?"
    r"\d{1,2}(?:[ \t]?(?:jaar|jr\.?|j\.?|years?|yrs?|mnd|maanden|months?))?\)"
)
WORD_BEFORE_AGE = re.compile(r"(?<![\w@'’-])[^\W\d_]+[ \t]?$")


def _names_with_age(text: str, first_names: KeysView[str]) -> Iterator[tuple[int, int]]:
    """Listed first names with an age (see AGE_IN_BRACKETS), in lower case too, not words
    ("Groep (8)")."""
    for match in AGE_IN_BRACKETS.finditer(text):
        if match.group("inner") is not None:
            start, end = match.span("inner")
        else:
            word = WORD_BEFORE_AGE.search(text, max(0, match.start() - 30), match.start())
            if word is None:
                continue
            start, end = word.start(), word.start() + len(word.group().rstrip())
        name = text[start:end]
        if (
            _lower_first_name(name, first_names)
            if name.islower()
            else (
                name in first_names
                and name not in STOP_CAPITALS
                and name not in lexicon.ambiguous_names()
            )
        ):
            yield start, end


# A note on the surname in brackets after a name, as a writer marks what is missing or which
# word is which ("Shanaira (achternaam onbekend)", "Mariusz (achternaam niet gegeven)",
# "Dmytro (surname known to shelter staff)", "PARK Ji-hoon (surname first)", "Mr Hung
# (surname Tran)"): a person is named before it, listed or not. The note word is searched in
# the lower-cased text (literals: cheap), the bracket and the name read back from it.
NAME_BEFORE_BRACKET = re.compile(rf"(?<![^\W\d_])(?P<name>{NAME})[ \t]*\($")


def _names_with_surname_note(text: str, lower: str) -> Iterator[tuple[int, int]]:
    """Names right before a bracket that opens with a note on the surname (SURNAME_WORDS,
    at most 30 characters in; "(Filipijnen, achternaam onbekend)"); `lower` is `text`
    lower-cased, of the same length."""
    for note in SURNAME_WORDS:
        at = lower.find(note)
        while at >= 0:
            bracket = lower.rfind("(", max(0, at - 30), at)
            if (
                bracket >= 0
                and not lower[at - 1].isalpha()
                and ")" not in lower[bracket:at]
                and "\n" not in lower[bracket:at]
            ):
                reach = max(0, bracket - 80)
                line_start = text.rfind("\n", reach, bracket) + 1 or reach
                match = NAME_BEFORE_BRACKET.search(text, line_start, bracket + 1)
                span = match and _person_run(text, *match.span("name"), one_word=True)
                if span and text[span[0] : span[1]].lower() not in ROLE_LABELS:
                    yield span  # (not a field: "Voornaam (surname first)")
            at = lower.find(note, at + 1)


def _nicknamed(text: str) -> Iterator[tuple[int, int]]:
    """'Cornelia (Corrie) Blom-Kok', 'Hendrikus (Henk) ten Brink': the whole name."""
    first_names = lexicon.all_first_names()
    for match in NICKNAME.finditer(text):
        nick = match.group("nick")
        before = BEFORE_NICKNAME.search(text, max(0, match.start() - 40), match.start())
        if before is None or not clean_start(text, before.start(), "'’-"):
            continue
        given = before.group().split()[-1]
        # (one name the short form of the other: "Hermanus (Herman)", "Ed (Eduard)")
        shortened = given[:3] == nick[:3] or (len(given) > 1 and nick.startswith(given))
        if nick.endswith("."):
            if given not in first_names:
                continue  # (initials after a listed first name only: "Kees (C.J.) Boonstra")
        elif (
            nick not in first_names
            and not any(part in first_names for part in nick.split("-"))
            # (a quoted nickname in no list after a title or a listed first name: 'Mr. Alvin
            # "Shorty" Hook', 'Sanne "Sunny" Wessel')
            and not (
                (TITLE_START.match(before.group()) or given in first_names)
                and text[match.start()] in "\"“'‘"
            )
            # (nor a listed first name it shortens: "Nomvula (Nomi) Dlamini")
            and not shortened
        ):
            continue
        # the name before the bracket is initials or a listed first name ("Utrecht (Nederland)
        # Zuid" is none), or a baptismal name the nickname shortens ("Hermanus (Herman)"),
        # the whole without the nickname a plausible name; after initials a tussenvoegsel
        # makes the word after it a surname, also one that is a word ("J.P. (Hans) de Laat")
        surname = text[match.end("nick") : match.end()].lstrip("\"”'’)").split()
        if (
            given.endswith(".")
            or given in first_names
            or (shortened and given not in STOP_CAPITALS)
        ) and (
            plausible_name(" ".join([*before.group().split(), *surname]))
            or (
                given.endswith(".")
                and len(surname) > 1
                and surname[-2].lower() in PARTICLE_WORDS
                and (surname[-1] in lexicon.all_names() or surname[-1] in lexicon.name_words())
            )
        ):
            yield before.start(), match.end()


def _party_members(text: str) -> Iterator[tuple[int, int]]:
    """NAME_BEFORE_PARTY names, read back from each PARTY in brackets."""
    for party in PARTY.finditer(text):
        name = NAME_BEFORE_PARTY.search(text, max(0, party.start() - 50), party.start())
        if name is not None and clean_start(text, name.start(), "'’-"):
            span = name.group().rstrip()
            if plausible_name(span):
                yield name.start(), name.start() + len(span)


# The capitalised word before a generation's suffix (GENERATION_SUFFIX: "Ramón jr.").
FIRST_NAME_AT_END = re.compile(rf"(?<![^\W\d_]){CAP}$")


def _names_by_shape(
    text: str, first_names: KeysView[str], surnames: KeysView[str]
) -> Iterator[tuple[int, int]]:
    """Names known by a word in them: Vietnamese `Thi`, the `A` of Surinamese-Chinese
    surnames and Chinese `Mei` before a listed name (each looked for only where the word
    occurs)."""
    if "Thi " in text or "Thị " in text:
        for match in VIETNAMESE_NAME.finditer(text):
            if clean_start(text, match.start(), "'’-") and plausible_name(match.group()):
                yield match.span()
    if " A " in text and A_SURNAME_CORE.search(text):
        for match in A_SURNAME.finditer(text):
            if clean_start(text, match.start(), "'’-") and plausible_name(
                match.group().replace(" A ", " ")
            ):
                yield match.span()
    yield from _east_asian_names(text)
    yield from _name_lines_in_capitals(text, first_names, surnames)
    yield from _initials_and_capitals_in_fields(text)
    if ", " in text:
        yield from _quoted_surnames_with_initials(text)
    for match in CAPITALS_SURNAME_COMMA_GIVEN.finditer(text) if CAPITALS_COMMA.search(text) else ():
        surname = match.group("surname").split()[-1]
        if (
            (
                as_listed(surname) in surnames
                or lexicon.surname_by_form(surname)
                # an unlisted one on a numbered line, as a family's members are listed
                # ("1. TEKLE, Yonas Gebremedhin – hoofd gezin")
                or (match.start() < match.start("name") and ACRONYM.fullmatch(surname) is None)
            )
            and match.group("given").split()[0] in first_names
            and surname.capitalize() not in STOP_CAPITALS
        ):
            yield match.span("name")
    if any(title in text for title in CAPITAL_TITLES):
        for match in TITLED_NAME_IN_CAPITALS.finditer(text):
            surname = match.group("surname").split("-")[0].split()[-1]
            initials = match.group("initials") or match.group("addressed")  # "DR. M. TEN HAVE"
            if clean_start(text, match.start()) and (
                initials
                or (
                    surname.capitalize() not in STOP_CAPITALS
                    and not institution_word(surname)
                    and not _department_word(surname.lower())  # "AFDELING MW. VERGUNNINGEN"
                )
            ):
                yield match.span()
    for match in GENERATION_SUFFIX.finditer(text):
        # a first name alone before "jr." or "sr." ("De oudste, Ramón jr., werkt"; a name
        # of more words before it is read with its suffix by the other rules)
        given = FIRST_NAME_AT_END.search(text, max(0, match.start() - 30), match.start())
        if given is not None and given.group() in first_names and clean_start(
            text, given.start(), "'’-"
        ):
            yield given.start(), match.end()
    if "Mei " in text:
        for match in MEI_NAME.finditer(text):
            before = text[max(0, match.start() - 2) : match.start()].strip()
            if (
                clean_start(text, match.start(), "'’-")
                and not before[-1:].isdigit()  # "1 Mei Lin…" is a date
                and (match.group("next") in first_names or match.group("next") in surnames)
                and plausible_name(match.group()[4:])
            ):
                yield match.span()


# A line of two to four words in capitals and nothing else ("OLENA KOVALCHUK", "H.A.
# KOOIMAN", "KLAAS DE VRIES"): a CV's heading, a signature typed in capitals.
# (Matched after each line break, found by its literal, and at the text's start: a pattern
# that opens with a line-start anchor is tried at every position.)
CAPITALS_LINE = re.compile(
    rf"[ \t]*(?P<name>(?:[{UPPER}]\.)+|[{UPPER}][{UPPER}'’-]+)"
    rf"(?P<rest>(?:[ \t]+[{UPPER}][{UPPER}'’-]*){{1,3}})[ \t]*(?=\n|$)"
)
CAPITALS_LINE_AFTER_BREAK = _after_characters(CAPITALS_LINE, ("\n",))
CAPITAL_PARTICLES = frozenset("VAN DE DER DEN TER TEN OP EL AL".split())
CAPITALS_PARTICLE = "(?:" + "|".join(sorted(CAPITAL_PARTICLES)) + ")"


# A listed surname in capitals, a comma and given names opening a line or a list item, as
# registers list people ("- YILMAZ, Osman, uitgetreden per …", "3. TEKLE, Meron – dochter");
# the first given name listed.
CAPITALS_COMMA = re.compile(rf"[{UPPER}]{{2}}, ")  # (a cheap test first: most texts hold none)
CAPITALS_SURNAME_COMMA_GIVEN = re.compile(
    rf"(?m:^[ \t]*(?:{LIST_ITEM_OR_NUMBER}[ \t]+)?(?P<name>(?P<surname>(?:(?:{CAPITALS_PARTICLE}"
    rf"|'T)[ \t]+)*[{UPPER}][{UPPER}'’]+),[ \t]+(?P<given>{CAP}(?:[ \t]+{CAP}){{0,2}}))"
    r"(?=[ \t]*(?:[,;(\n]|$|[-–][ \t])))"
)
# A title or a form of address and a surname, all in capitals, as forms and address blocks
# type them ("DR. P.H. VAN 'T WOUT", "MEVROUW Y. HOEKSTRA-BOSMA", "MEVR. KLEINJAN", "FAM.
# AKKERMANS-VAN DE VEN"): the title makes it a name wherever it stands; an academic title
# only with initials ("DR. HOUSE" may be a film), a family only without. Without initials
# the surname must be no common word, institution or department ("MW. VERGUNNINGEN").
CAPITAL_TITLES = ("DR", "MR", "PROF", "ING", "IR", "DHR", "MEVR", "MW", "FAM", "HEER", "HR")
TITLED_NAME_IN_CAPITALS = re.compile(
    # ("HR." for "heer" only with initials: "HR. B.A.M. ZONNEVELD", never Human Resources)
    r"(?:(?:DR|DRS|MR|PROF|ING|IR|MENEER|HR)\.?[ \t]+(?P<initials>(?:[A-Z]\.){1,5})[ \t]*"
    r"|(?:DHR|MEVR|MW|MEVROUW|DE HEER)\.?[ \t]+(?:(?P<addressed>(?:[A-Z]\.){1,5})[ \t]*)?"
    r"|(?:FAM|FAMILIE)\.?[ \t]+)"
    # (the A of a Surinamese-Chinese surname between hyphens: "TJIN-A-KIEM")
    rf"(?P<surname>(?:(?:{CAPITALS_PARTICLE}|'T|’T)[ \t]+)*[{UPPER}][{UPPER}'’]+"
    rf"(?:-(?:A-)?(?:(?:{CAPITALS_PARTICLE})[ \t]+)*[{UPPER}][{UPPER}'’]+)*)"
    r"(?![^\W\d_]|\.[^\W\d_])"
)


# Initials and a surname in capitals filling a field, a line's opening or an account's holder
# ("Tenaamstelling: A. TAHIRI", "Akkoord budgethouder: S. VAN DER MEER", "t.n.v. N.T.H.
# PHAM", "K. ALAOUI (VERZOEKER)"), to the line's end, a bracket or a comma.
INITIALS_CAPITALS_VALUE = _after_characters(
    re.compile(
        rf"[ \t]*(?P<name>(?:[{UPPER}]\.){{1,5}}[ \t]?(?:{CAPITALS_PARTICLE}[ \t]+)*"
        rf"(?P<surname>[{UPPER}][{UPPER}'’]+(?:-[{UPPER}][{UPPER}'’]+)?))(?=[ \t]*(?:$|[\n(,]))",
        re.MULTILINE,
    ),
    (": ", "\n", r"t\.n\.v\. "),
)


# A surname and initials in quotes, as a letter or a list spells a name back ('appears as "De
# Boer, A.M."', 'staat "de Haan, J." zonder roepnaam'): the quotes hold nothing else.
QUOTED_SURNAME_INITIALS = re.compile(
    rf"[\"“„'‘](?P<name>(?P<surname>(?:{PARTICLE}[ \t]+)*{CAP}),[ \t]?(?:[{UPPER}]\.){{1,5}})"
    r"[\"”“'’]"
)


def _quoted_surnames_with_initials(text: str) -> Iterator[tuple[int, int]]:
    """QUOTED_SURNAME_INITIALS names whose surname is no place, institution or common word."""
    for match in QUOTED_SURNAME_INITIALS.finditer(text):
        surname = match.group("surname").split()[-1]
        if (
            surname not in STOP_CAPITALS
            and surname not in lexicon.cities()
            and not institution_word(surname)
        ):
            yield match.span("name")


def _initials_and_capitals_in_fields(text: str) -> Iterator[tuple[int, int]]:
    """INITIALS_CAPITALS_VALUE names whose surname is no common word or institution; after one
    initial a listed name (a lettered heading: "Bijlage: B. BEREKENING")."""
    for match in _after_each(INITIALS_CAPITALS_VALUE, text):
        surname = match.group("surname").split("-")[0].capitalize()
        if (
            surname not in STOP_CAPITALS
            and not institution_word(surname)
            and (len(match.group("name").split(".")) > 2 or surname in lexicon.all_names())
        ):
            yield match.span("name")


def _name_lines_in_capitals(
    text: str, first_names: KeysView[str], surnames: KeysView[str]
) -> Iterator[tuple[int, int]]:
    """CAPITALS_LINE lines that open with initials, or with a listed first name and end
    with a listed surname, with only particles between ("GEORGI IVANOV", "H.A. KOOIMAN",
    not "GROTE MARKT" or "ANNE FRANK HUIS")."""
    for match in _at_start_and_after(CAPITALS_LINE, CAPITALS_LINE_AFTER_BREAK, text):
        given, *middle, last = [match.group("name"), *match.group("rest").split()]
        words = [word.capitalize() for word in (given, *middle, last)]
        if (
            (
                # (one initial before a long word that is no listed name: a lettered
                # heading, "A. ORGANISATIE", "E. ONDERTEKENING")
                (
                    given.endswith(".")
                    and (len(given) > 2 or len(last) < 9 or words[-1] in lexicon.all_names())
                )
                or (
                    words[0] in first_names
                    and (words[-1] in surnames or all(p in surnames for p in last.split("-")))
                )
            )
            and all(word in CAPITAL_PARTICLES for word in middle)
            and not any(
                word in STOP_CAPITALS or institution_word(word) for word in (words[0], words[-1])
            )
            and " ".join(words) not in lexicon.cities()
            and not _lettered_heading(text, given)
        ):
            yield match.start("name"), match.end("rest")


# A letter and a dot that open a line ("C. INKOMEN").
LINE_LETTER = re.compile(r"^([A-Z])\. ", re.MULTILINE)


def _lettered_heading(text: str, given: str) -> bool:
    """Whether `given` is one letter and a dot, and a line of the text opens with the letter
    before or after it and a dot: a part of a form's lettered parts ("B. BEZITTINGEN",
    "C. INKOMEN"), not an initial."""
    if len(given) != 2 or not given[0].isalpha():
        return False
    letter = ord(given[0])
    return not _line_letters(text).isdisjoint((chr(letter - 1), chr(letter + 1)))


@lru_cache(maxsize=4)
def _line_letters(text: str) -> frozenset[str]:
    """The letters that open a line with a dot and a space (once per text)."""
    return frozenset(match[1] for match in LINE_LETTER.finditer(text))


def _east_asian_names(text: str) -> Iterator[tuple[int, int]]:
    """East Asian names whose given name has the form of one (see FAMILY_NAME_FIRST)."""
    for match in FAMILY_NAME_FIRST.finditer(text):
        if clean_start(text, match.start(), "'’-"):
            family, start = match.group("family").capitalize(), match.start()
            words = list(WORD.finditer(text, match.end("family"), match.end()))
            if family in VIETNAMESE_FAMILY_NAMES:
                end = _vietnamese_name_end(text, words)
                if end is not None:
                    yield start, end
            elif _given_name_by_form(words[0][0], family in CHINESE_FAMILY_NAMES):
                yield start, words[0].end()
    yield from _chinese_names_family_last(text)
    if "-" not in text:
        return
    surnames = lexicon.all_surnames()
    for match in GIVEN_NAME_FIRST.finditer(text):
        start = match.start()
        while start > 0 and text[start - 1].isalpha():
            start -= 1
        family = match.group("family")
        if (
            clean_start(text, start, "'’-")
            and _given_name_by_form(text[start : match.start("family")].rstrip(), False)
            and (family in KOREAN_FAMILY_NAMES or family in surnames)
        ):
            yield start, match.end()


def _chinese_names_family_last(text: str) -> Iterator[tuple[int, int]]:
    """FAMILY_NAME_LAST after one or two capitalised pinyin syllables on its line, with a form
    of address before them ("mevrouw Li Na Chen-Zhou", "(Li Na Cheng)")."""
    for match in FAMILY_NAME_LAST.finditer(text):
        # Read back only as far as a title and two syllables reach (8 + 1 + 12 + 1 + 12
        # characters), not the whole line: a long line with many family names would make the
        # scan quadratic. A word cut off at the window's edge is too long to count anyway.
        window = max(0, match.start() - CHINESE_NAME_REACH)
        line_start = max(window, text.rfind("\n", window, match.start()) + 1)
        words = list(LINE_WORD.finditer(text, line_start, match.start()))
        if words and line_start == window > 0 and LINE_WORD.match(text, window - 1):
            del words[0]
        given = 0
        while (
            given < min(2, len(words))
            and words[-1 - given].end() == (words[-given].start() - 1 if given else match.start())
            and _pinyin_syllable(words[-1 - given][0])
        ):
            given += 1
        if not given:
            continue
        start = words[-given].start()
        if not clean_start(text, start, "'’-"):
            continue
        title = words[-1 - given] if len(words) > given else None
        if (
            title is not None
            and title.end() == start - 1
            and title[0].rstrip(".").lower() in ADDRESS_BEFORE_CHINESE_NAME
        ):
            start = title.start()
            if text.startswith(("de ", "De "), start - 3) and title[0] == "heer":
                start -= 3
        yield start, match.end()


def _pinyin_syllable(word: str) -> bool:
    """A capitalised pinyin given name of one or two syllables ("Na", "Mei", "Xiuying")."""
    return (
        word[:1].isupper()
        and word[1:].islower()
        and PINYIN_GIVEN_NAME.fullmatch(word.lower()) is not None
    )


def _given_name_by_form(word: str, chinese: bool) -> bool:
    """Two hyphenated romanised syllables ("Min-jun", "Ing-wen", not opening hours "Ma-do"),
    or after a Chinese family name one or two pinyin syllables ("Na", "Xiuying")."""
    if (word in STOP_CAPITALS and not (chinese and word == "Mei")) or not word[:1].isupper():
        return False  # ("Chen Mei": after a Chinese family name no month)
    if "-" in word:
        return bool(HYPHENATED_GIVEN_NAME.fullmatch(word)) and word.lower() not in WEEKDAY_RANGES
    return chinese and word[1:].islower() and bool(PINYIN_GIVEN_NAME.fullmatch(word.lower()))


def _vietnamese_name_end(text: str, words: list[re.Match]) -> int | None:
    """The end of a Vietnamese name after its family name: its words that are Vietnamese
    syllables, up to a place ("Pham Van Den Haag") or an institution word; None if none."""
    end = None
    for index, word in enumerate(words):
        following = words[index + 1][0] if index + 1 < len(words) else _next_word(text, word.end())
        if (
            not VIETNAMESE_SYLLABLE.fullmatch(word[0])
            or institution_word(word[0])
            or f"{word[0]} {following}" in lexicon.cities()
        ):
            break
        end = word.end()
    return end


def _next_word(text: str, position: int) -> str:
    match = NEXT_WORD.match(text, position)
    return match[1] if match else ""


# The tussenvoegsel after the initials, where registers and candidate lists put it
# ("Linden, P. van der", "Heuvel-Peeters, L. op den").
TUSSENVOEGSEL_LAST = rf"(?:[ \t]+{PARTICLE})?"
# Initials after a surname and a comma, also those of a hyphenated given name ("J.-P.").
COMMA_INITIALS = rf"{INITIAL}\.(?:-?{INITIAL}\.){{0,4}}"
# A surname, a comma and initials opening a line, a list item or a labelled field, or after
# a dash, as registers, candidate lists and signatures write a person ("Aloeboetoe, S. –
# wijkconsulent", "Baldewsingh, D. - raadslid", "… – Elamin, M.O.", "3. Linden, P. van der
# (Pieter) (m)", "Naam en voorletters: DIJKSTRA, J.H.", before the next column of text copied
# from a PDF: "Rosario-Cijntje, E.     BSN …"): found from the comma and the
# initials (a literal first, so the regex engine skips ahead), the surname read back.
COMMA_INITIALS_AT_END = re.compile(
    rf",[ \t]+{COMMA_INITIALS}{TUSSENVOEGSEL_LAST}"
    rf"(?=[ \t]*(?:$|[–—(\t|;)\"”])|[ \t]+(?:en|-|\d+)[ \t]| {{3,}}\S|,[^ \n]|[ \t]+->)",
    re.MULTILINE,
)  # (also before a CSV row's bare comma, "…,Bakkal, E.,2001-08-30,…", or a log's arrow)
# Tussenvoegsels in capitals ("DE GROOT", "OP DEN BROUW").
# (a double surname whose second part has a tussenvoegsel: "TEN BOER-DE ZWART, M.")
SURNAME_AT_END = re.compile(
    rf"(?<![\w'’-])(?:(?:{PARTICLE}|{CAPITALS_PARTICLE}|'T)[ \t]+)*"
    rf"(?:{CAP}-(?:{PARTICLE}|{CAPITALS_PARTICLE})[ \t]+)?{CAP}$"
)
# What may stand before such a surname on its line: a list item's marker, also a bare number
# or a letter ("1 Koster, M.A. (Michiel)", "a. YILMAZ, K.A."), a label and its colon, a dash,
# a cell's bar, the slash between the parties of a case ("Woonpunt / Pinas, R."), a log's
# quoted value ('door="Ter Horst, M."'), or another such name and ";", "(" or "en" ("DEKKER,
# L.; POPOVIĆ, M.", "(VAN DOORN, M. en VAN DOORN, R.J.)"); such a name ends its line or
# stands before one of them.
LINE_OPENING_BEFORE_SURNAME = re.compile(
    rf"[ \t]*(?:(?:{LIST_ITEM_OR_NUMBER}|[a-z][.)])[ \t]+)?"
)
SEPARATORS_BEFORE_SURNAME = (*":–—|;(", " /", "\t/", " en", "\ten", '="', "=“")


def _before_surname_with_initials(text: str, line_start: int, start: int) -> bool:
    """Whether `text[line_start:start]` is what may stand before such a surname: a line's
    opening, anything ending in a separator and blanks, or a role and a blank ("uitvoerder
    Vermeulen, T.") (read back from `start`, not over the whole line: once per name on a long
    line that would make the scan quadratic)."""
    if text[start - 1 : start] == "\t" or LINE_OPENING_BEFORE_SURNAME.fullmatch(
        text, line_start, start
    ):
        return True  # (a tab opens a cell: "zelf<tab>De Groot, J. en …")
    if text[start - 1 : start] == "," and _comma_separated_row(text, start):
        return True  # a cell of a CSV row ("HT-2024-0779,Bakkal, E.,2001-08-30,…")
    end = start
    while end > line_start and text[end - 1] in " \t":
        end -= 1
    if text.endswith(SEPARATORS_BEFORE_SURNAME, max(line_start, end - 3), end):
        return True
    before = text[max(line_start, end - 30) : end].rsplit(None, 1)
    # (or a number: a log's record of someone, "mdw 31045 Ramautar, D.P. -> …")
    return end < start and bool(before) and (is_role(before[-1]) or before[-1].isdigit())


# The same in capitals with given names, as registers and forms write a person ("2. DE GROOT,
# FLEUR", "3. HADDOUCHI, MOHAMED EL  (vader bruidegom)"): the surname and the first given
# name must be listed.
COMMA_CAPITALS_AT_END = re.compile(
    rf", (?P<given>[{UPPER}]{{2,}}(?:-[{UPPER}]{{2,}})?(?:[ \t]+[{UPPER}]{{2,}}){{0,2}}?)"
    rf"(?:[ \t]+{CAPITALS_PARTICLE}){{0,2}}(?=[ \t]*(?:$|[–—(\t;])|[ \t]{{2}}|[ \t]en[ \t])",
    re.MULTILINE,
)
SURNAME_IN_CAPITALS_AT_END = re.compile(
    rf"(?:(?:{CAPITALS_PARTICLE}|'T)[ \t]+)*"
    rf"(?:[{UPPER}][{UPPER}'’]+-{CAPITALS_PARTICLE}[ \t]+)?[{UPPER}][{UPPER}'’-]+$"
)


def _surnames_with_initials(text: str) -> Iterator[tuple[int, int]]:
    """COMMA_INITIALS_AT_END names and COMMA_CAPITALS_AT_END names, their surname read back
    from the comma."""
    for match in COMMA_INITIALS_AT_END.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        surname = SURNAME_AT_END.search(text, max(line_start, match.start() - 60), match.start())
        if surname is None:
            continue
        if (
            _before_surname_with_initials(text, line_start, surname.start())
            and plausible_name(surname.group())
            # (a heading in capitals: "BIJLAGE, A.")
            and as_listed(surname.group().split()[-1]) not in STOP_CAPITALS
        ):
            yield surname.start(), match.end()
    first_names, surnames = lexicon.all_first_names(), lexicon.all_surnames()
    name_words = lexicon.name_words()
    for match in COMMA_CAPITALS_AT_END.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        surname = SURNAME_IN_CAPITALS_AT_END.search(
            text, max(line_start, match.start() - 40), match.start()
        )
        if (
            surname is not None
            # (a part of a double surname, or a surname that is also a word: "VAN DOORN";
            # any surname after a tussenvoegsel: "VAN 'T WESTEINDE, CORNELIS")
            and (
                " " in surname.group()
                or any(
                    part in surnames or part in name_words
                    for part in as_listed(surname.group().split()[-1]).split("-")
                )
            )
            and as_listed(match.group("given").split()[0]) in first_names
            and _before_surname_with_initials(text, line_start, surname.start())
        ):
            yield surname.start(), match.end()


def _addressed(text: str) -> Iterator[tuple[int, int]]:
    """ADDRESSED_LINE names, read back from each comma at a line end: a listed first name,
    also one that is a word ("Roos", "Job"; not the words of the large lists, "Ja", "Top"),
    perhaps with a surname."""
    first_names, ambiguous = lexicon.all_first_names(), lexicon.ambiguous_names()
    at = text.find(",\n")
    while at >= 0:
        line_start = text.rfind("\n", 0, at) + 1
        match = ADDRESSED_LINE.match(text, line_start, at + 1)
        if match is not None and match.end() == at + 1:
            name = match.group("name")
            given = name.split()[0]
            # (the large lists hold some two-letter words: "Ok")
            listed = given in ambiguous or (given in first_names and len(given) > 2)
            if listed and plausible_name(name):
                yield match.span("name")
        at = text.find(",\n", at + 2)


# A question put to someone named at the start of a sentence ("Berk, kun jij de beantwoording
# …", "Mo, kun je kijken", "Sanne, could you"): the verb and the pronoun after the comma.
VOCATIVE_QUESTION = re.compile(
    r",[ \t]+(?:kun|kan|wil|zou|zoudt|heb|ben|weet|mag|ga|can|could|would|will|did|do|have)"
    r"[ \t]+(?:je|jij|u|you)(?![^\W\d_])"
)
# The same named at the end, after a comma ("the bot or you, Max?", "Klopt dat, Sanne?"), or
# asked alone after a question ("Wie pakt dit op? Ricardo misschien?", "… perceel? Frank?"):
# read back from the question or exclamation mark.
VOCATIVE_BEFORE_MARK = re.compile(
    rf"(?:, |\?[ \t]+)(?P<name>{CAP})(?:[ \t]+(?:misschien|maybe|perhaps))?$"
)
VOCATIVE_NAME = re.compile(rf"(?:^|(?<=[\n.!?]))[ \t]*(?P<name>{CAP})$")


def _addressed_with_a_question(text: str) -> Iterator[tuple[int, int]]:
    """The listed name (also one that is a word: "Berk", "Mo"), no place nor country, that
    opens a sentence before a comma and a question to its bearer (VOCATIVE_QUESTION), or
    that ends a question or an exclamation after a comma or is asked alone after a question
    (VOCATIVE_BEFORE_MARK)."""
    names, words = lexicon.all_names(), lexicon.name_words()
    cities, countries = lexicon.cities(), lexicon.countries()

    def addressed(match: re.Match | None) -> bool:
        if match is None:
            return False
        name = match.group("name")
        return (
            (name in names or name in words)
            and name not in STOP_CAPITALS
            and name not in cities
            and name not in countries
            and not is_role(name)
        )

    if ", " in text:
        for question in VOCATIVE_QUESTION.finditer(text):
            at = question.start()
            match = VOCATIVE_NAME.search(text, max(0, at - 30), at)
            if addressed(match):
                yield match.span("name")
    for mark in "?!":
        at = text.find(mark)
        while at >= 0:
            match = VOCATIVE_BEFORE_MARK.search(text, max(0, at - 50), at)
            if addressed(match):
                yield match.span("name")
            at = text.find(mark, at + 1)


# What makes a possessive name an eponym ("Raynaud's phenomenon", "Parkinson's disease").
POSSESSIVE_EPONYMS = EPONYM_WORDS | {"disease", "phenomenon", "ziekte"}


def _word_after(text: str, position: int) -> str:
    """The word after `position`, lower case, without the punctuation after it."""
    words = text[position : position + 30].split(None, 1)
    return words[0].strip(".,;:!?").lower() if words else ""


# A possessive 's ending a word; the word is read back from it in Python (a literal first
# character keeps the pass cheap).
POSSESSIVE = re.compile(r"['’]s(?![\w'’])")


def _possessives(text: str) -> Iterator[tuple[int, int]]:
    """'Lina's broertje', "Tariq's mail", "zeynep's zoon", "Szymański's partner": a listed
    first name or surname with a possessive 's is a person (a lower-case first name only if
    it is no ordinary word)."""
    first_names, surnames = lexicon.all_first_names(), lexicon.all_surnames()
    for match in POSSESSIVE.finditer(text):
        end = start = match.start()
        while start > 0 and text[start - 1].isalpha():
            start -= 1
        word = text[start:end]
        if not word or not clean_start(text, start, "'’-"):
            continue
        if (
            (word in first_names or word in surnames)
            and word not in STOP_CAPITALS
            and word not in lexicon.cities()
            and _word_after(text, match.end()) not in POSSESSIVE_EPONYMS
        ) or (word[:1].islower() and _lower_first_name(word, first_names)):
            yield start, end


# (The name possessive and the look-ahead bounded: a long run of "@a@a…" stays linear.)
MENTION = re.compile(r"@(?P<name>[^\W\d_][^\W\d_-]*+)(?![\w@.-]{0,64}\.[a-z])")


def _mentions(text: str) -> Iterator[tuple[int, int]]:
    """'@Bas kun jij…', '@kevin @samira': a mention in a chat (not an e-mail address) names
    a person; a capitalised one if it is a plausible name, a lower-case one if it is a listed
    first name and no ordinary word ("@iedereen", "@team" are none)."""
    first_names = lexicon.all_first_names()
    for match in MENTION.finditer(text):
        if not clean_start(text, match.start(), ".@"):
            continue  # part of an e-mail address
        word = match.group("name")
        if text[match.end() : match.end() + 1] in HANDLE_GOES_ON or _camel_case(word):
            continue  # a username, not a name ("@lisa.maakt.dingen", "@GemeenteLeiden")
        if (word[:1].isupper() and plausible_name(word) and len(word) > 1) or (
            word[:1].islower() and _lower_first_name(word, first_names)
        ):
            yield match.span("name")
    for match in HANDLE_WITH_NAME.finditer(text):
        if _lower_first_name(match.group("name").split()[0], first_names):
            yield match.span("name")


# A handle and, in brackets after it, the display name in lower case, as social media
# exports show a commenter ("@henkie1966 (henk vd berg): …", "@roelofje88 (roelof)").
HANDLE_WITH_NAME = re.compile(
    r"@[\w.]+[ \t]+\((?P<name>[^\W\d_A-Z][^\W\d_]+(?:[ \t][^\W\d_A-Z][^\W\d_./'-]*){0,3})\)"
)


# What continues a handle past the name-like word it opens with ("@rohan_m_phd").
HANDLE_GOES_ON = frozenset("._-0123456789")


def _camel_case(word: str) -> bool:
    """'GemeenteLeiden': a capital inside the word, as handles and products are written
    ("McDonald", "DeVries" aside: a capital after the first two letters)."""
    return any(character.isupper() for character in word[3:])


def _names_after_closing_words(
    text: str, lower: str, closings: list[str]
) -> Iterator[tuple[int, int]]:
    """A name right after a closing word on its line ("Regards, Bas"); `lower` is `text`
    lower-cased, of the same length; `closings` the CLOSING_HINTS and FOREIGN_CLOSING_HINTS it
    holds."""
    for word in closings:
        at = lower.find(word)
        while at >= 0:
            end = at + len(word)
            match = NAME_AFTER_CLOSING_WORD.match(text, end) if clean_start(lower, at) else None
            if match is not None and plausible_name(match.group("name")):
                yield match.span("name")
            at = lower.find(word, end)


def _signatures(text: str, foreign: bool) -> Iterator[re.Match]:
    """SIGNATURE.finditer(text), found from line breaks (a signature ends before one), and
    FOREIGN_SIGNATURE's where one of its closings occurs (`foreign`)."""
    first = SIGNATURE.match(text)
    if first is not None:
        yield first
    yield from SIGNATURE_AFTER_BREAK.finditer(text, first.end() if first else 0)
    if foreign:
        yield from FOREIGN_SIGNATURE.finditer(text)


# A listed name between a pronoun and "heet" in a clause ("ik denk dat hij Faisal heette").
NAME_BEFORE_HEET = re.compile(
    rf"(?<![^\W\d_])(?:hij|zij|ze)[ \t]+(?P<name>{CAP})[ \t]+heet(?:te)?(?![^\W\d_])"
)


def _called_by_kin(text: str, lower: str) -> Iterator[tuple[int, int]]:
    """A name after "heet" right after a family word ("zijn zus heet Marian"), or a given name
    and a surname after it ("Hij heet Kléber Sousa"); `lower` is `text` lower-cased, of the
    same length. (Not one word after "heet" alone: "ze heet Saar" may be a pet, "heet …
    welkom" welcomes.)"""
    at = lower.find(" heet ")
    while at >= 0:
        before = lower[max(0, at - 12) : at].split()
        name = NAME_AT.match(text, at + 6)
        if (
            name is not None
            and (
                (before and before[-1] in KIN_WHO_ARE_CALLED)
                or sum(word[:1].isupper() for word in name.group().split()) > 1
            )
            and plausible_name(name.group())
        ):
            yield name.span()
        at = lower.find(" heet ", at + 6)


def _self_introductions(text: str, lower: str) -> Iterator[re.Match]:
    """SELF_INTRODUCTION matches (see _at_hints)."""
    return _at_hints((SELF_INTRODUCTION,), text, lower, SELF_INTRODUCTION_HINTS)


def _at_hints(
    patterns: tuple[re.Pattern, ...], text: str, lower: str, hints: tuple[str, ...]
) -> Iterator[re.Match]:
    """Matches of each of `patterns`, tried only where one of `hints` starts a word in the
    lower-cased text `lower` (a case-blind alternation tried at every position costs more
    than the rest of a rule together; patterns that share hints share the search)."""
    if len(lower) != len(text):  # lower-casing changed the length ("İ"): positions differ
        if any(hint in lower for hint in hints):
            for pattern in patterns:
                yield from pattern.finditer(text)
        return
    for hint in hints:
        at = lower.find(hint)
        while at >= 0:
            if not (at and lower[at - 1].isalnum()):
                for pattern in patterns:
                    match = pattern.match(text, at)
                    if match is not None:
                        yield match
            at = lower.find(hint, at + 1)


@lru_cache(maxsize=4)
def _speakers(text: str) -> tuple[re.Match, ...]:
    """SPEAKER (or SPEAKER_BEFORE_TIME, SPEAKER_LINE, LOWER_SPEAKER) matches, tried only at
    the start of lines that hold a colon (computed once per text: two rules read them)."""
    return tuple(_speaker_matches(text))


def _speaker_matches(text: str) -> Iterator[re.Match]:
    colon = text.find(":")
    while colon >= 0:
        line_start = text.rfind("\n", 0, colon) + 1
        match = (
            SPEAKER.match(text, line_start)
            or SPEAKER_BEFORE_TIME.match(text, line_start)
            or SPEAKER_LINE.match(text, line_start)
            or LOWER_SPEAKER.match(text, line_start)
        )
        if match is not None:
            yield match
        newline = text.find("\n", colon)
        colon = text.find(":", newline) if newline >= 0 else -1


@lru_cache(maxsize=4)
def _verbs(text: str) -> tuple[int, ...]:
    """Where a VERB starts (read by two rules, so found once per text)."""
    pattern = VERB if "\t" in text else VERB_AFTER_SPACE
    return tuple(match.start() for match in pattern.finditer(text))


def _label_candidates(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, lower-case word) of every word that is a role label and is followed by a
    colon, or by spaces and a capital or a lower-case title (in no particular order)."""
    reverse, size = reversed_text(text), len(text)
    for pattern in REVERSED_LABEL_BEFORE:
        for match in pattern.finditer(reverse):
            lower = match.group(1)[::-1].lower()
            if lower in ROLE_LABELS:
                yield size - match.end(1), size - match.start(1), lower
    for match in REVERSED_TITLE_BEFORE.finditer(reverse):
        at = match.start()
        if at and WORD_CHARACTER.match(reverse, at - 1):
            continue  # the title runs on ("drie", "ingang")
        lower = match.group(1)[::-1].lower()
        if lower in ROLE_LABELS:
            yield size - match.end(1), size - match.start(1), lower


def _mailbox_name(text: str, candidate: str, end: int, names: KeysView[str]) -> bool:
    """Whether `candidate` in a mail header is the name of a shared mailbox: its first word
    unlisted and opening the address after it ("Aan: Recruitment <recruitment@…>", "To:
    Huwelijken Den Haag <huwelijken@denhaag.nl>")."""
    first = candidate.split()[0]
    return first not in names and text.startswith(f" <{first.lower()}@", end)


# Mail header fields whose value may be a team or a mailbox rather than a person.
MAIL_HEADER_LABELS = frozenset("to aan cc bcc van from".split())
# A lower-case word after the name on its line that is no conjunction or particle: the name
# was a team's or desk's ("Participation team", "Wmo intake").
LOWER_WORD_AFTER = re.compile(
    r"[ \t]+(?!(?:en|and|of|or|namens|via|van|de|der|den|ter|ten|te|le|la|da|do|dos|el|al|bin)"
    r"(?![^\W\d_]))[a-zà-ÿ]"
)


# A name quoted as a document or a system writes it: "staat haar naam als HEVI KHALIL",
# "your name as BAEK SEOYEON", "Naam (zoals in DigiD): JANKAUSKIENE RUTA", "name as printed:
# TOTH BENCE", "his legal name on the ID is TSANG, Wing Kei", "in Youforce staat hij als
# "Sutrisno, B."", "she was entered as "Daeun Han"", "our system shows him as "Balasingam, S."".
NAME_AS_WRITTEN = re.compile(
    r"(?i:\b(?:naam|name)\b(?:[ \t]+[^\W\d_]+){0,5}?[ \t]+(?:als|as|is)(?:[ \t]+printed)?"
    r"|\b(?:naam|name)[ \t]*\((?:zoals|as)[^()\n]{1,30}\)"
    r"|\b(?:staat|stond|staan|stonden)(?:[ \t]+[^\W\d_]+){0,4}?[ \t]+als"
    r"|\b(?:listed|entered|registered|written|spelled|spelt|appears)[ \t]+as"
    r"|\bshows[ \t]+(?:him|her|them|you)[ \t]+as"
    # and only quoted: "er staat "Sofia"", "staat ten onrechte "Rashida"", "gespeld als
    # "Kovalenco" in plaats van "Kovalenko"", "schrijft zelf "Ramovic"" (not after "naam"
    # alone: a dog's, a stage's, a farm's name)
    r"|\b(?:staat|stond)(?:[ \t]+[^\W\d_]+){0,3}?(?=[ \t]+[\"“„'‘])"
    r"|\b(?:gespeld|geschreven|vermeld|genoteerd)[ \t]+als(?=[ \t]+[\"“„'‘])"
    r"|\b(?:in[ \t]+plaats[ \t]+van|instead[ \t]+of)(?=[ \t]+[\"“„'‘])"
    r"|\bschrijft[ \t]+(?:zelf|hij|zij|ze)(?=[ \t]+[\"“„'‘]))"
    rf":?[ \t]+(?P<quote>[\"“„'‘])?"
    rf"(?P<name>{CAP}(?:,?[ \t]+{CAP}){{0,3}}(?:,[ \t]+(?:{INITIAL}\.)+)?)"
    r"(?(quote)[\"”“'’])"
)
NAME_AS_WRITTEN_HINTS = (
    *("naam", "name", "staat", "stond", "staan"),
    *("listed", "entered", "registered", "written", "spelled", "spelt", "shows", "appears"),
    *("gespeld", "geschreven", "vermeld", "genoteerd", "in plaats", "instead", "schrijft"),
)
ACRONYM = re.compile(r"[^aeiouyAEIOUY]+|.{1,2}")
# A status a system shows, no name: a Dutch past participle ("Afgehandeld", "Ingetrokken",
# "Goedgekeurd") or an English status word.
STATUS_WORD = re.compile(
    r"(?i:(?:af|aan|in|op|uit|door|over|mee|terug|toe|vast|weg|goed)?ge[^\W\d_]+(?:d|t|en)"
    r"|open|closed|pending|approved|rejected|active|inactive|draft|final|unknown|resolved|online"
    r"|offline|away|busy|available|absent)"
)


def _names_as_written(text: str, lower: str) -> Iterator[tuple[int, int]]:
    """NAME_AS_WRITTEN names that are quoted or hold a word in capitals (other names there
    are found by the lists and the other context rules), with no acronym ("BRP", "ID") nor a
    common capitalised word in its usual case ("DE REGENBOOG"). The pattern is tried only
    where one of NAME_AS_WRITTEN_HINTS starts a word in the lower-cased text `lower`."""
    for match in _at_hints((NAME_AS_WRITTEN,), text, lower, NAME_AS_WRITTEN_HINTS):
        words = [w for w in match.group("name").replace(",", " ").split() if not w.endswith(".")]
        if all(not ACRONYM.fullmatch(word) for word in words) and (
            any(word.isupper() for word in words)
            or (
                match.group("quote")
                and not (
                    len(words) == 1
                    and STATUS_WORD.fullmatch(words[0])
                    and words[0] not in lexicon.all_names()
                )
            )
        ):
            if plausible_name(" ".join(word.capitalize() for word in words)):
                yield match.span("name")


# A role label opening a line, with its colon: on two lines or more it is a transcript's
# speaker ("Medewerker: En uw geboortedatum?"), and what follows is what they said (a role:
# not a form's field, "Naam:", "Voornamen:", nor a mail header's, "Van:").
# (perhaps after the time a chat or a transcript puts first: "14:02 Agent: Good afternoon")
LINE_TIME = re.compile(r"[ \t]*(?:\[?\d{1,2}:\d\d(?::\d\d)?\]?[ \t]+)?")
LINE_LABEL = re.compile(rf"(?m:^{LINE_TIME.pattern}([^\W\d_]+)[ \t]*:)")
# After a speaker's label a name stands alone on the line ("Cliënt: Stefan Roelofs") or is
# followed by punctuation, not by more words of a sentence ("Dan is het woord aan").
SPEECH_AFTER = re.compile(r"[ \t]+[a-zà-ÿ]")
# Said before a name by its speaker: a greeting or a contraction ("Dag Jerrel", "I'm Thomas").
SPEECH_BEFORE_NAME = re.compile(rf"(?:{SALUTATION}|{CONTRACTION.pattern})[ \t]+")


NAME_PARTS_SPLIT = re.compile(r"[\s-]+")


def _after_roles(text: str) -> Iterator[tuple[int, int]]:
    names, cities, name_words = lexicon.all_names(), lexicon.cities(), lexicon.name_words()
    first_names = lexicon.all_first_names()
    speakers: frozenset[str] | None = None  # the repeated line labels, counted when needed
    for word_start, word_end, lower in _label_candidates(text):
        match = AFTER_ROLE.match(text, word_end)
        if match is None:
            continue
        separator = match.group("colon")
        colon = ":" in separator
        if not colon and (lower not in ROLE_WORDS or text[word_start:word_end].isupper()):
            continue  # (in capitals a heading: "INWONENDE KINDEREN JONGER DAN 18")
        if (
            colon
            and lower in ROLE_WORDS
            and lower not in MAIL_HEADER_LABELS
            and LINE_TIME.fullmatch(text, text.rfind("\n", 0, word_start) + 1, word_start)
        ):
            if speakers is None:
                counts = Counter(m.group(1).lower() for m in LINE_LABEL.finditer(text))
                speakers = frozenset(label for label, count in counts.items() if count > 1)
            # (a register repeats its labels too: "Genomineerde: Benali, Hamid" on a line of
            # its own is a field, read as one below)
            if lower in speakers and not SURNAME_COMMA_GIVEN_LINE.match(text, match.start("names")):
                yield from _speaker_addressed(text, match, names)
                continue
        if not colon and ("," in separator or "(" in separator):
            yield from _relative_in_apposition(text, match, lower, separator)
            continue
        before = text[max(0, word_start - 12) : word_start].rstrip().lower()
        if lower in ROLE_AFTER and not before.endswith(ROLE_AFTER[lower]):
            continue
        # Without a colon the label may precede a department ("consulent Werk en Inkomen"):
        # then the run must hold a listed name or start with initials ("R. Hoekman").
        # After a plural ("wethouders Ouchan, Van Dijk en Slabbekoorn") every plausible name
        # of the list is one when another of it is listed.
        unlisted: list[tuple[int, int]] | None = [] if lower in ROLE_PLURALS else None
        listed = False
        for start, end in _name_parts(text, *match.span("names")):
            candidate = text[start:end]
            if lower in MAIL_HEADER_LABELS and (
                LOWER_WORD_AFTER.match(text, end)
                or _mailbox_name(text, candidate, end, names)
                or NAMESAKES.match(candidate)  # "Van: Rode Kruis Herstellen Familiebanden"
                or candidate.lower() in ROLE_LABELS  # a team's mailbox: "To: Vertrouwenspersonen"
                or any(
                    not word.endswith(".") and (_department(word) or institution_word(word))
                    for word in candidate.split()
                )
            ):
                # "To: Participation team", "Aan: Woo-verzoeken gemeente", "Aan:
                # Begraafplaatsadministratie", "To: Nationaal Archief"
                continue
            if SPEECH_BEFORE_NAME.match(text, start):
                continue  # "Consulent: Dag Femke" (the greeting's rule finds the name)
            if not plausible_name(candidate) or is_role(candidate) or _job_title(candidate):
                continue  # ("owner: L. Chaudhry, CISO", "Reviewed by: …, Safety Manager")
            # a name in capitals of two words or more whose first word is a listed first name
            # ("teamgenoot JORIS WESSELINK"; not "collega HR", "student HAN Bestuurskunde",
            # "ABS L. Hagenaars")
            in_capitals = (
                candidate.isupper()
                and len(parts := NAME_PARTS_SPLIT.split(candidate)) > 1
                and as_listed(parts[0]) in first_names
                and all(ACRONYM.fullmatch(part) is None for part in parts)
            )
            last = candidate.rsplit(" ", 1)[-1]
            if _department_word(last.lower()) and last not in names:
                continue  # ("Medewerker: Kevin Sloot, BOA Parkeerhandhaving")
            if (
                (colon and lower not in CASE_WORDS)
                or (lower in KINSHIP_WORDS and candidate not in cities)
                or (
                    candidate not in cities
                    and (
                        INITIALS_START.match(candidate)
                        # an office before one capitalised word: the holder's surname, listed
                        # or not ("burgemeester Marcouch", "wethouder Yeşilgöz")
                        or (
                            lower in OFFICES
                            and unlisted is None  # (after a plural see below)
                            and not colon
                            and GIVEN_WORD.fullmatch(candidate)
                            and not _portfolio(candidate)
                            and not PARTY.fullmatch(f"({candidate})")  # "raadslid DENK"
                        )
                        or in_capitals
                        or any(
                            part in names
                            or (
                                part in name_words
                                and not _department(part)
                                # after an office any part; after another word for a person
                                # only a single word ("collega Bas")
                                and (
                                    lower in OFFICES
                                    or (part == candidate and lower not in NOT_PERSON_ROLES)
                                )
                            )
                            for part in NAME_PARTS_SPLIT.split(candidate)
                        )
                    )
                )
            ):
                listed = True
                yield start, end
            elif unlisted is not None and candidate not in cities:
                unlisted.append((start, end))
        if listed and unlisted:
            yield from unlisted


def _speaker_addressed(
    text: str, match: re.Match, names: KeysView[str]
) -> Iterator[tuple[int, int]]:
    """After a transcript speaker's label ("Cliënt: Stefan Roelofs"): the name that opens the
    utterance when it holds a listed name and no sentence runs on from it ("Medewerker:
    Vervelend.", "Voorzitter: Dan is het woord aan…" are speech)."""
    lead = SPEECH_BEFORE_NAME.match(text, match.start("names"))
    name = ONE_NAME.match(text, lead.end() if lead else match.start("names"))
    if name is None:
        return
    start, end = name.span("name")
    candidate = text[start:end]
    if (
        plausible_name(candidate)
        and any(part in names for part in re.split(r"[\s-]+", candidate))
        and not SPEECH_AFTER.match(text, end)
    ):
        yield start, end


def _relative_in_apposition(
    text: str, match: re.Match, lower: str, separator: str
) -> Iterator[tuple[int, int]]:
    """A name between commas or in brackets right after a family or role word ("His wife,
    Iryna, later called", "mijn moeder (Trees) heeft", "Een bewoner, Tesfaldet, werd") is
    that person's name, listed or not."""
    if lower not in ROLE_WORDS:
        return
    name = ONE_NAME.match(text, match.start("names"))
    start, end = name.span("name")
    # (the comma's apposition may end the sentence: "de naam van mijn moeder, Kutluhan.")
    closing = (",", ". ", ".\n") if "," in separator else (")",)
    if (
        (text.startswith(closing, end) or text[end:] == ".")
        and plausible_name(text[start:end])
        and text[start:end] not in lexicon.cities()
        # (an alderman's brackets hold a portfolio: "wethouder (Financiën)")
        and not (
            lower in PORTFOLIO_ROLES
            and "(" in separator
            and text[start:end] not in lexicon.all_names()
        )
    ):
        yield start, end


PORTFOLIO_ROLES = frozenset(
    "wethouder gedeputeerde minister staatssecretaris portefeuillehouder alderman".split()
)


def per_cell(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The name at start:end split where a tab ends a cell of a pasted table
    ("Wijnbergen<tab>Maartje" are two cells, "Yonas Berhane<tab>Ethiopische" a name and a
    nationality): each cell that holds a listed name and is a plausible name."""
    if "\t" not in text[start:end]:
        return [(start, end)]
    names, cells, position = lexicon.all_names(), [], start
    for cell in text[start:end].split("\t"):
        words = cell.split()
        if words and plausible_name(cell.strip()) and any(word in names for word in words):
            left = position + len(cell) - len(cell.lstrip())
            cells.append((left, left + len(cell.strip())))
        position += len(cell) + 1
    return cells


# Words after which a lower-case "van" opens a surname ("met van Dijk", "de heer van Dijk"),
# not a preposition ("de aanvraag van Yildiz").
BEFORE_VAN_SURNAME = frozenset(
    """met aan voor door bij naar volgens namens en of is was heeft belde mailde zegt zei heer
    meneer mevrouw mevr dhr mw familie fam""".split()
)


def _portfolio(word: str) -> bool:
    """A department or portfolio written before a name ("gedeputeerde Mobiliteit Rutger
    Wiersma"), not an abbreviation, which may be initials ("AB Jansen")."""
    return not word.isupper() and _department_word(word.lower())


# Family words whose "van" / "of" is followed by the relative's name ("moeder van Gulalai",
# "Broer van Soufiane", "father of Berivan"); not "vrouw", "man", "partner" or "vriend", which
# also name a firm's partner or a friend of a club.
RELATIVE_WORDS = KINSHIP_WORDS - frozenset("vrouw man partner vriend vriendin friend".split())


def _relatives_of(text: str) -> Iterator[tuple[int, int]]:
    """The name after a family word and "van" or "of": a person whether a list knows the
    name or not (the family word says so). And the one word before "van" and a department
    or team, mid-sentence: a colleague named by where they work, listed or not ("geef het
    door aan Anjali van de Centrale Toegang" aside, "check bij Gergely van Handhaving")."""
    cities = lexicon.cities()
    for joint in (" van ", " of "):
        at = text.find(joint)
        while at >= 0:
            after = at + len(joint)
            if text[after : after + 1].isupper():
                before = text[max(0, at - 20) : at].split()[-1:]
                if before and before[0].lower() in RELATIVE_WORDS:
                    name = ONE_NAME.match(text, after)
                    if name is not None:
                        start, end = name.span("name")
                        if plausible_name(text[start:end]) and text[start:end] not in cities:
                            yield start, end
            if joint == " van " and (colleague := _colleague_before(text, at, after)):
                yield colleague
            at = text.find(joint, after - 1)


# "van de Wmo", "van het wijkteam", "van Burgerzaken": where a colleague works.
WORKPLACE_AFTER = re.compile(r"(?:(?:de|het)[ \t]+)?([^\W\d_]+)(?![^\W\d_-])")
TEAM_ENDINGS = ("team", "loket")


def _colleague_before(text: str, at: int, after: int) -> tuple[int, int] | None:
    """The capitalised word that ends at `at`, before " van " and a department or team,
    after a lower-case word or comma (or a word that opens a sentence, "Dan"): "Gergely
    van Handhaving", "kees van burgerzaken" aside (lower case), "Sastrowidjojo van Wmo"."""
    place = WORKPLACE_AFTER.match(text, after)
    if place is None:
        return None
    lower = place.group(1).lower()
    if not (_department_word(lower) or lower.endswith(TEAM_ENDINGS) or lower == "wmo"):
        return None
    start = at
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] in "-'’"):
        start -= 1
    word = text[start:at]
    if (
        len(word) < 3
        or not word[0].isupper()
        or word.isupper()
        or word in STOP_CAPITALS
        or word in lexicon.cities()
        or is_role(word)
        or institution_word(word)
        or not plausible_name(word)
    ):
        return None
    before = text[max(0, start - 20) : start].rstrip(" ")
    last = before.split()[-1:] if before else []
    if _after_lower_word_or_comma(text, start) or (last and last[0] in STOP_CAPITALS):
        return start, at
    return None


# Letters after a name: degrees and professional bodies.
POST_NOMINALS = frozenset("MSc BSc MA BA LLM LLB MBA PhD RA RC AA RIBA MD MPA EMIA CPA".split())
TITLES_AND_JOINERS = LOWER_TITLE_WORDS | {"de", "and", "en", "&", "herr", "herrn", "frau"}
# (from the space before it: a literal first character, which the engine skips to in C)
INNER_TITLE = re.compile(r" (?:Mrs?|Ms|Miss|Dr|Prof|Mevrouw|Mevr|Mw|Dhr)\.?(?=[ \t]|$)")


# A greeting as a whole word (some are also names: "Dag").
GREETING = re.compile(SALUTATION)


# The functions of a crisis organisation, written as abbreviations before the name of who
# holds them ("OvD-G Ingrid Veenstra", "OL Janssen:", "ACGZ Reinder de Vries"), and the
# discipline after an "AC" (algemeen commandant: "AC GHOR Reinder de Vries").
CRISIS_FUNCTIONS = frozenset(
    """OL OvD OvD-B OvD-G OvD-P OvD-Bz OvD-BZ HOvD CvD AC ACGZ ACBZ ACB ACP IM HON LO LOCC
    COPI-leider ROT-leider""".split()
)
CRISIS_DISCIPLINES = frozenset(
    """Brandweer Politie GHOR Bevolkingszorg Gemeente Gemeenten Defensie Waterschap GGD
    Gezondheidszorg Communicatie""".split()
)


# The last part of words that name a case after the person it is about.
CASE_ENDINGS = ("aanvraag", "vragen", "verzoek", "dossier", "zaak", "besluit", "melding", "klacht")


def without_role_word(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without a role word opening it ("Wijkagent Soufiane", "Dochter Marian"): the
    role is no part of the name, nor is a greeting that opens a line ("Dag Yusuf,"); nor is
    a "van" after a noun, a preposition there ("de aanvraag van Yildiz", "het verzoek van de
    Vries", "Vraag van Smit:"); nor the birth cue after a name written in capitals ("KHADIJA
    EL AMRANI GEB. 17-03-1965"), nor the letters of a degree or a professional body after it
    ("Oliver Hastings RIBA", "A.P. van Oort RA")."""
    if text.startswith(" GEB.", end - 4) and end - start > 4:
        end -= 4
    last_space = text.rfind(" ", start, end)
    if last_space > start and text[last_space + 1 : end] in POST_NOMINALS:
        end = last_space
    space = text.find(" ", start, end)
    if (
        space > 0
        and (
            is_role(first := text[start:space])
            or _portfolio(first)
            # a case named after the person ("Statenvragen Van Dijk", "Wnb-aanvraag Van Beek")
            or first.lower().endswith(CASE_ENDINGS)
            or (text[start - 1 : start] in ("\n", "") and GREETING.fullmatch(first))
        )
    ):
        start, space = space + 1, text.find(" ", space + 1, end)  # ("Broer van Soufiane")
    if space > 0 and text[start:space] in CRISIS_FUNCTIONS:
        start, space = space + 1, text.find(" ", space + 1, end)  # "OvD-G Ingrid Veenstra"
        if space > 0 and text[start:space] in CRISIS_DISCIPLINES:
            start, space = space + 1, text.find(" ", space + 1, end)  # "AC GHOR Reinder …"
    if space > 0 and (title := INNER_TITLE.search(text, space, end)) is not None:
        # a title opens the name: capitalised words before it are an office or a label
        # ("Island Governor Mrs. C. Spanner-Gibbs", "Island Secretary Mr"); not after titles
        # ("Mw. Prof. Dr. A.B. de Vries", "Mr and Mrs Kovačević")
        before = text[start : title.start()].split()
        if not all(w.rstrip(".").lower() in TITLES_AND_JOINERS for w in before):
            start = title.start() + 1
    if (
        0 < space < end - 1
        and text.startswith("van ", start)
        and text[start - 1 : start] == " "
        and not text.startswith(("van der ", "van den "), start)  # ("ik had van den Bosch")
    ):
        before = text[max(0, start - 20) : start].split()[-1:]
        if (
            before
            and before[0].replace("-", "").replace("'", "").isalpha()  # ("de foto's van Haarsma")
            and (
                before[0].islower()
                or before[0].rsplit("-", 1)[-1].islower()  # "het Woo-verzoek van Tielemans"
                or before[0] in STOP_CAPITALS
                or before[0].lower() in RELATIVE_WORDS  # "Broer van Soufiane"
                or is_role(before[0])  # "Jeugdbeschermer van Noah"
            )
            and before[0].lower() not in BEFORE_VAN_SURNAME
        ):
            return space + 1, end
    return start, end


# Endings of compound role words ("Locatiecoördinator", "Leerplichtambtenaar") and of words
# made of an abbreviation ("BHV'er", "IB'er").
ROLE_ENDINGS = (
    "coördinator",
    "coordinator",
    "ambassadeur",  # jongerenambassadeur
    "advisor",  # Policy Advisor
    "adviser",
    "medewerker",
    "consulent",
    "begeleider",
    "adviseur",
    "ambtenaar",
    "voorzitter",  # Juryvoorzitter
    "werker",  # jongerenwerker
    "voerder",  # bewindvoerder, uitvoerder
    "coach",  # jobcoach
    "makelaar",  # gebiedsmakelaar, wijkmakelaar
    "instructeur",  # NIBHV-instructeur
    "regisseur",  # zorgregisseur
    "genoot",  # lotgenoot, partijgenoot
    "chauffeur",  # taxichauffeur, buschauffeur
    "boa",  # wijkboa, milieuboa
    "'er",
    "’er",
)


def is_role(word: str) -> bool:
    """'Wijkagent', 'Handhavers', 'Agenten': a role word, also in the plural, in a compound
    ("KCC-medewerker", "Locatiecoördinator") or made of an abbreviation ("BHV'er")."""
    lower = word.lower()
    last = lower.rsplit("-", 1)[-1]  # "KCC-medewerker" (but the given name "Wai-man")
    return (
        not (last != lower and HYPHENATED_GIVEN_NAME.fullmatch(word))
        and (
            last in ROLE_WORDS
            or (last.endswith("s") and last[:-1] in ROLE_WORDS)
            # "Agenten", "Consulenten" (not the surname "Oomen", nor a double one's second part)
            or (last == lower and len(last) > 6 and last.endswith("en") and last[:-2] in ROLE_WORDS)
            or lower.endswith(ROLE_ENDINGS)
        )
    )


# A surname's tussenvoegsel with its capital, as it opens a sentence ("Ten Thije wil").
CAPITALISED_PARTICLES = frozenset(["De", "Van", "Ten", "Ter", "Den", "Der"])


def _subjects_of_verbs(text: str) -> Iterator[tuple[int, int]]:
    """'Wiebren belde', 'Hylkje Reitsema belde', 'Gisteren Wiebren belde' → the name."""
    first_names = lexicon.all_first_names()
    surnames, cities = lexicon.all_surnames(), lexicon.cities()
    for verb in _verbs(text):
        # The name's last word is in the last whitespace-free chunk before the verb and
        # starts with a capital: a chunk without one cannot end a name (cheap test first).
        window = text[max(0, verb - 60) : verb]
        last = window.rsplit(None, 1)[-1:]
        if not last or last[0].lower() == last[0]:
            continue
        match = NAME_BEFORE_VERB.search(text, max(0, verb - 60), verb)
        if match is None or not clean_start(text, match.start(), "'’-"):
            continue
        start, end = match.span("name")
        words = text[start:end].split()
        if (
            len(words) == 2
            and words[0] in CAPITALISED_PARTICLES
            and (words[1] in surnames or words[1] in first_names)
        ):
            # "De Wit zegt reparatie toe", "Ten Thije wil": a surname written capitalised
            yield start, end
            continue
        if any(word in STOP_CAPITALS for word in words):
            if match.group("last") is None or words[-1] in STOP_CAPITALS:
                continue
            start, words = match.start("last"), words[-1:]
        if len(words) > 2 and words[-2] == "het" and words[-1] not in surnames:
            # "Yilmaz van het Wijkteam belde": where the person works, after the name
            end, words = start + len(words[0]), words[:1]
        if len(words) == 1:
            if words[0] in cities:
                continue  # "… te Assen wordt"
            if (
                words[0] in first_names
                # a surname alone opening a sentence or an item, as minutes write the
                # speaker ("Berkhof vraagt", "- Groot geeft aan")
                or (
                    words[0] in surnames
                    and words[0] not in lexicon.name_words()
                    and text[:start].rstrip(" \t")[-1:] in SENTENCE_ENDS
                )
                or (words[0] in lexicon.name_words() and _after_lower_word_or_comma(text, start))
                # a common surname that is also a word, opening a line of minutes before a
                # verb of speech ("Blom meldt dat", "Bos vraagt of")
                or (
                    words[0] in lexicon.surnames()
                    and text.startswith(SPEECH_VERBS, end + 1)
                    and _opens_a_line(text, start)
                )
            ):
                yield start, end
        elif (
            words[-1] in first_names
            and words[0] not in first_names
            and words[0] not in surnames
            and words[0].lower() not in PARTICLE_WORDS  # ("El Ayadi vraagt")
            and match.group("last") is not None
        ):
            # a capitalised word that is no name before a first name ("Afscheid Pieter gaat
            # door", "PS Mehmet is bereikbaar"): the first name alone
            yield match.start("last"), end
        elif (words[0] in first_names or words[-1] in surnames) and words[-1] not in cities:
            yield start, end
        elif words[-1] in first_names:
            yield match.start("last"), end


ARTICLES_BEFORE_NOUNS = frozenset(["een", "de", "het", "geen", "the", "a", "an", "no"])
# Verbs of the minutes that only a person does (a word opening a line before one is a surname).
SPEECH_VERBS = tuple(
    f"{verb} " for verb in "meldt vraagt zegt antwoordt bevestigt stelt opent sluit".split()
)
# What stands before a sentence or a list item: its end, a line break, a bullet, or nothing.
SENTENCE_ENDS = ("", ".", "!", "?", "\n", "-", "•", "*")


def _opens_a_line(text: str, start: int) -> bool:
    """Whether only blanks stand between the line's start and `start` (read back a little)."""
    before = text[max(0, start - 12) : start].rstrip(" \t")
    return before.endswith("\n") or (not before and start <= 12)


def _after_lower_word_or_comma(text: str, start: int) -> bool:
    """Whether the word at `start` stands mid-sentence: after a lower-case word that is no
    article or after a comma on its line ("…, Bas regelt de zaal", "en Roos zegt"), where a
    capitalised ordinary word is a name ("een Pfeiffer heeft" is a thing; after a role or
    case word the role rules decide: "de casus Noord is besproken")."""
    before = text[max(0, start - 20) : start].rstrip(" ")
    if not before:
        return False
    if before[-1] == ",":
        return True
    # (a lower-case letter first: a line break or tab before the word leaves no word to split)
    return (
        before[-1].islower()
        and (last := before.split()[-1]) not in ARTICLES_BEFORE_NOUNS
        and last not in ROLE_WORDS
    )


# A user name made of an initial and a surname, as systems write them in logs, exports and
# notes ("2024-03-04 10:12 | j.mertens | Zaak aangemaakt", "Export door: r.kemper", "user
# t.mulder"): the letters after the dot a listed surname, perhaps after its particles glued on
# ("p.deruiter", "m.vanderlinden"). Not part of an e-mail address, a domain or a file name.
LOGIN_NAME = re.compile(r"\.([a-z]{3,}+)(?![\w@-]|\.\w)")
GLUED_PARTICLES = ("vander", "vanden", "vande", "van", "vd", "der", "den", "de", "ter", "ten")
# After a label that says so, any such user name, listed surname or not ("| user r.kartosen |",
# "gebruiker: m.eloualladi").
USER_LABEL_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:user|username|gebruiker|gebruikersnaam|login|account)[ \t]*[:=]?[ \t]*$",
    re.IGNORECASE,
)


def login_names(text: str) -> Iterator[tuple[int, int]]:
    """User names written as an initial, a dot and a listed surname ("s.elkaddouri"), or any
    surname after a user label."""
    surnames = lexicon.all_surnames()
    for match in LOGIN_NAME.finditer(text):
        start = match.start() - 1
        if start < 0 or not "a" <= text[start] <= "z" or not clean_start(text, start, "._@/:+'’-"):
            continue
        word = match[1]
        if (
            word.capitalize() in surnames
            or any(
                word.startswith(particle) and word[len(particle) :].capitalize() in surnames
                for particle in GLUED_PARTICLES
                if len(word) - len(particle) >= 3
            )
            or USER_LABEL_BEFORE.search(text, max(0, start - 20), start) is not None
        ):
            yield start, match.end()


def lowercase_spans(text: str) -> Iterator[tuple[int, int]]:
    """Lower-case names in chat ("de mail van gülşen", "mijn klant amina", "hoi daan", "mevr
    tahiri"), only after a cue or a title and only if listed as a first name (after a title
    also as a surname) that is not also an ordinary word; in a chat with speakers typed in
    lower case, every such listed first name ("thomas: ik heb marit gevraagd")."""
    first_names = lexicon.all_first_names()
    for match in _lower_cues(text):
        for group in ("name", "other"):
            word = match.group(group)
            # the listed-name test first: most cues are followed by "de", "het", "the"
            # (`_lower_given_name` written out: the hot loop of the rule)
            if word is not None and (
                _lower_first_name(word, first_names)
                if "-" not in word
                else all(_lower_first_name(part, first_names) for part in word.split("-"))
            ):
                yield match.start(group), _with_lower_surname(text, match.end(group))
    if _is_lower_case_chat(text, first_names):
        for match in LOWER_WORD.finditer(text):
            start = match.start()
            if (
                _lower_first_name(match.group(), first_names)
                and clean_start(text, start, "@'’-")
                and not text[max(0, start - 3) : start].strip()[-1:].isdigit()  # "5 jan"
            ):
                end = _with_lower_surname(text, match.end())
                if end > match.end() and _lower_first_name(
                    text[match.end() : end].split()[-1], first_names
                ):
                    end = match.end()  # a second first name: "hylke wytske" are two people
                yield start, end
    else:
        yield from _lower_full_names(text, first_names)
    surnames = lexicon.all_surnames()
    for match in _lower_titled(text):
        end = None
        # the first word a listed first name or surname, a second one a listed surname
        for group, lists in (("first", (first_names, surnames)), ("second", (surnames,))):
            word = match.group(group)
            if word is None:
                break
            if not all(
                part not in NOT_LOWER_NAMES
                and part not in ARTICLES_AND_PRONOUNS
                and part not in LOWER_TITLE_WORDS
                and any(part[:1].upper() + part[1:] in names for names in lists)
                for part in (part.split()[-1] for part in word.split("-"))
            ):
                break
            end = match.end(group)
        if end is not None:
            yield match.start(), end
    for verb in _verbs(text):
        # A match is the whole last whitespace-free chunk before the verb (a space, a line
        # start or the text start precedes it): test that word first, it is cheap.
        last = text[max(0, verb - 30) : verb].rsplit(None, 1)[-1:]
        if not last or not _lower_given_name(last[0], first_names):
            continue
        match = LOWER_BEFORE_VERB.search(text, max(0, verb - 30), verb)
        if match is not None and _lower_given_name(match.group("name"), first_names):
            yield match.span("name")
    yield from _contacted(text, first_names)
    if " van de" in text:
        yield from _lower_surnames_with_van_der(text)
    for match in LOWER_ITEM_NAME.finditer(text):
        end = _with_lower_surname(text, match.end("name"))
        if end > match.end("name") and _lower_first_name(match.group("name"), first_names):
            yield match.start("name"), end
    if "<" in text and "@" in text:
        yield from _lower_display_names(text, first_names)
    if "aam" in text or "ame" in text or "AAM" in text or "AME" in text:
        yield from _lower_names_asked_for(text, first_names)


@lru_cache(maxsize=1)
def _lower_common_first_name() -> re.Pattern:
    """A common first name in lower case after a space, before a space and a lower-case word
    (the literal space first lets the regex engine jump from space to space)."""
    names = (name.lower() for name in lexicon.common_first_names())
    return re.compile(
        rf" (?P<name>{word_trie(name for name in names if name.isalpha())})(?= [^\W\d_A-Z])"
    )


def _lower_full_names(text: str, first_names: KeysView[str]) -> Iterator[tuple[int, int]]:
    """A common first name in lower case, perhaps with more listed first names, and a listed
    surname after it, anywhere ("leidinggevende is ruud van leeuwen", "die oom heette gerrit jan
    van den akker"): a first and a last name together are a person's, also without a cue;
    not after a number ("3 jan van ...": a date)."""
    after = 0
    for match in _lower_common_first_name().finditer(text):
        start = match.start("name")
        if start < after or not _lower_first_name(match.group("name"), first_names):
            continue
        if text[max(0, start - 4) : start].strip()[-1:].isdigit():
            continue
        end = match.end()
        for _ in range(3):
            surname_end = _with_lower_surname(text, end)
            if surname_end > end:
                if _lower_first_name(text[end + 1 : surname_end], first_names):
                    # a second first name the lists also hold as a surname ("mehmet ali yilmaz")
                    surname_end = _with_lower_surname(text, surname_end)
                after = surname_end
                yield start, surname_end
                break
            given = LOWER_SURNAME_AFTER.match(text, end)
            if (
                given is None
                or given.start("surname") != end + 1
                or not _lower_first_name(given.group("surname"), first_names)
            ):
                break  # (a second first name only right after the first: "mehmet ali yilmaz")
            end = given.end()


# "van der" or "van den" in lower case and a lower-case word: a surname without its first
# name, as chat writes it ("marleen zegt dat van der linden belde", "van den berg never
# replies"); Dutch writes these two only in names.
LOWER_VAN_DER = re.compile(r" (van de[nr] (?P<surname>[a-zß-ÿ][^\W\d_]+))(?![^\W\d_]|-)")


LOWER_TITLE_BEFORE = re.compile(
    rf"(?<![^\W\d_])(?:{word_trie(sorted({*LOWER_TITLE_WORDS, *FAMILY_TITLES}))})\.?[ \t]+$"
)


def _lower_surnames_with_van_der(text: str) -> Iterator[tuple[int, int]]:
    """LOWER_VAN_DER surnames whose word is a listed surname."""
    surnames, name_words, places = lexicon.all_surnames(), lexicon.name_words(), lexicon.cities()
    for match in LOWER_VAN_DER.finditer(text):
        word = match.group("surname")
        listed = word[:1].upper() + word[1:]
        if "Den " + listed in places:
            continue  # "het nummer van den haag": of The Hague
        if listed in surnames or listed in name_words or listed in places:
            # (also a place's name: "van der horst", "van den bosch"), with a title or
            # "fam" before it ("mr van der poel", "fam van der aa")
            start = match.start(1)
            title = LOWER_TITLE_BEFORE.search(text, max(0, start - 12), start)
            yield title.start() if title else start, match.end(1)


# A list item that opens with a lower-case first name and a surname, as a chat lists people
# ("- sjaak van der meer (libanon 1981)", "- nadia el idrissi, nog in dienst").
LOWER_ITEM_NAME = re.compile(r"\n[ \t]*[-*•][ \t]+(?P<name>[a-zà-ÿ]+)(?=[ \t])")


# A lower-case name after a name's label ("Naam melder: anouk van der steen", "Name: fernando
# da silva"), or as the whole answer in a chat line right after a line that asks for a name
# ("Mag ik uw naam?" … "Bezoeker: henk van den elzen. ik woon …"). Both are read from each
# "naam" or "name" in the lower-cased text (a literal search), the label from its line's start.
NAME_LABEL_START = re.compile(r"[ \t]*(?:(?:uw|your|je|jouw)[ \t]+)?(?:(?:volledige|full)[ \t]+)?$")
# Or "mijn naam:" in a sentence ("ondertekenen met mijn naam: sanne koopmans").
MY_NAME_LABEL_START = re.compile(r"(?<![^\W\d_])(?:mijn|my)[ \t]+$")
NAME_LABEL_END = re.compile(
    rf"(?:[ \t]+[^\W\d_]+)?[ \t]*:[ \t]*(?P<name>{LOWER_NAME})(?=[ \t,.\n]|$)"
)
ASKED_BY = re.compile(r"(?<![^\W\d_])(?:uw|je|jouw|your)[ \t]+(?:(?:volledige|full)[ \t]+)?$")
LOWER_ANSWER = re.compile(
    rf"[^\n]{{0,40}}?:[ \t]*(?P<name>{LOWER_NAME})(?=[ \t,.]|$)", re.MULTILINE
)


def _lower_names_asked_for(text: str, first_names: KeysView[str]) -> Iterator[tuple[int, int]]:
    """A listed first name in lower case after a name's label, or answering the line that asks
    for a name (a question ending its line), with a listed surname after it."""
    lower = lowered(text)
    if len(lower) != len(text):
        return  # (positions in `lower` are read in `text`)
    for word in ("naam", "name"):
        at = lower.find(word)
        while at >= 0:
            end = at + 4
            line_start = lower.rfind("\n", 0, at) + 1
            match = None
            if NAME_LABEL_START.match(lower, line_start, at) or MY_NAME_LABEL_START.search(
                lower, max(line_start, at - 8), at
            ):
                match = NAME_LABEL_END.match(text, end)
            elif ASKED_BY.search(lower, max(line_start, at - 20), at):
                line_end = lower.find("\n", end)
                if line_end > 0 and lower[end:line_end].rstrip(" \t").endswith("?"):
                    match = LOWER_ANSWER.match(text, line_end + 1)
            if match is not None and _lower_first_name(match.group("name"), first_names):
                yield match.start("name"), _with_lower_surname(text, match.end("name"))
            at = lower.find(word, end)


# A mail header's display name in lower case before the address ("Van: marjolein de bruijn
# <mdebruijn1971@kpnmail.nl>", "From: gerda.v.t.zand <gerda.v.t.zand@hotmail.com>").
LOWER_DISPLAY_NAME = re.compile(
    r"(?m:^[ \t]*(?i:van|from|aan|to|cc|afzender|sender)[ \t]*:[ \t]*"
    r"(?P<name>[^\W\d_A-Z][^\W\d_]*(?:[-._][^\W\d_]+)*(?:[ \t]+[^\W\d_A-Z][^\W\d_]*){0,4})"
    r"[ \t]*<[^<>\s@]+@)"
)


def _lower_display_names(text: str, first_names: KeysView[str]) -> Iterator[tuple[int, int]]:
    """LOWER_DISPLAY_NAME names whose first word (of a user name its first part) is a
    listed first name."""
    for match in LOWER_DISPLAY_NAME.finditer(text):
        if _lower_given_name(_speaker_given(match.group("name")), first_names):
            yield match.span("name")


# A verb of getting in touch after the person it is about, as chat writes it ("kun je sanne
# even bellen", "heb je daan al gemaild?", "ik moet fatima nog spreken"), perhaps with an
# adverb between.
CONTACT_VERB = re.compile(
    " "
    + word_trie(
        """bellen mailen appen spreken terugbellen uitnodigen gebeld gemaild geappt gesproken
        teruggebeld uitgenodigd"""
    )
    + r"(?![^\W\d_])"
)
CONTACT_ADVERBS = (
    "even nog ook morgen straks vandaag gisteren al dan maar eens zelf direct meteen nu"
)
LOWER_BEFORE_CONTACT = re.compile(
    rf"{LOWER_GIVEN}(?:[ \t]+(?:{word_trie(CONTACT_ADVERBS)}))?[ \t]*$"
)


def _contacted(text: str, first_names: KeysView[str]) -> Iterator[tuple[int, int]]:
    """Lower-case listed first names before a CONTACT_VERB."""
    for verb in CONTACT_VERB.finditer(text):
        match = LOWER_BEFORE_CONTACT.search(text, max(0, verb.start() - 40), verb.start())
        if match is not None and _lower_given_name(match.group("name"), first_names):
            yield match.span("name")


def _lower_given_name(word: str, first_names: KeysView[str]) -> bool:
    """A listed first name in lower case, also hyphenated ("jan-willem")."""
    if "-" not in word:
        return _lower_first_name(word, first_names)
    return all(_lower_first_name(part, first_names) for part in word.split("-"))


# A lower-case surname after a lower-case first name ("haar broer yonas tesfaye", "vader
# mohamed el idrissi", "petra vd linden").
LOWER_SURNAME_AFTER = re.compile(rf"[ \t]+(?:{LOWER_PARTICLE}[ \t]+)*(?P<surname>{LOWER_NAME})")


# Particles that open a surname and no affiliation ("klaas de boor", "priscilla de windt";
# not "kees van burgerzaken", "anouk van de zorg").
SURNAME_ONLY_PARTICLES = frozenset(["de", "den", "der", "ter", "ten", "van der", "van den"])


def _with_lower_surname(text: str, end: int) -> int:
    """The end of the lower-case first name ending at `end`, with a listed surname after it
    (not a word: the dictionaries' words are no listed surnames), or after a particle that
    only a surname follows a surname that is also a word."""
    match = LOWER_SURNAME_AFTER.match(text, end)
    if match is None:
        return end
    surname = match.group("surname")
    if surname in ARTICLES_AND_PRONOUNS:
        return end
    listed = surname[:1].upper() + surname[1:]
    if len(surname) < 3 and listed not in lexicon.surnames():
        return end  # a chat's short word ("vraag erik ff"), not a rare surname the large lists hold
    if listed in lexicon.all_surnames() or (
        listed in lexicon.name_words()
        and " ".join(text[end : match.start("surname")].split()) in SURNAME_ONLY_PARTICLES
    ):
        return _with_lower_married_name(text, match.end())
    return end


# The second half of a double surname in lower case ("wiersma-de jong", "de jong-van dam").
LOWER_MARRIED_NAME = re.compile(rf"-(?:{LOWER_PARTICLE}[ \t]+)*(?P<surname>{LOWER_NAME})")


def _with_lower_married_name(text: str, end: int) -> int:
    """The end of the lower-case surname ending at `end`, with a listed surname joined to it by a
    hyphen."""
    match = LOWER_MARRIED_NAME.match(text, end) if text[end : end + 1] == "-" else None
    if match is None:
        return end
    surname = match.group("surname")
    return match.end() if surname[:1].upper() + surname[1:] in lexicon.all_surnames() else end


def _is_lower_case_chat(text: str, first_names: KeysView[str]) -> bool:
    """Whether two lines or more start with a speaker who is a person, one of them written
    in lower case: a listed lower-case first name or a capitalised plausible name (not a
    mail header's "From:")."""
    people = lower = 0
    for match in _speakers(text):
        name = match.group("name")
        if match.re is LOWER_SPEAKER:
            if _lower_given_name(_speaker_given(name), first_names):
                people, lower = people + 1, lower + 1
        elif plausible_name(name):
            people += 1
    return people > 1 and lower > 0


def _lower_titled(text: str) -> Iterator[re.Match]:
    """LOWER_TITLED matches at the text's start and after a space or a line break (as
    LOWER_CUE_AFTER, a literal first character), in order and not overlapping, as `finditer`
    would give them (a title after a title, "dhr. mr. m. de vries", is part of the first)."""
    starts = sorted(match.start(1) for match in _after_each(LOWER_TITLED_AFTER, text))
    first = LOWER_TITLED.match(text)
    end = 0
    if first is not None:
        end = first.end()
        yield first
    for start in starts:
        if start >= end:
            titled = LOWER_TITLED.match(text, start)
            end = titled.end()
            yield titled


def _lower_cues(text: str) -> Iterator[re.Match]:
    """LOWER_CUE matches at the text's start and after the characters of LOWER_CUE_AFTER (the
    look-ahead's groups hold the names)."""
    return _at_start_and_after(LOWER_CUE, LOWER_CUE_AFTER, text)


def _lower_first_name(word: str, first_names: KeysView[str]) -> bool:
    """A listed first name in lower case; of two letters none ("ok", "ja", "oh" are chat)."""
    return (
        len(word) > 2 and word not in NOT_LOWER_NAMES and word[:1].upper() + word[1:] in first_names
    )


# A comma and initials after a surname, ending the name ("van Wijk, J.", "Jansen, M.", "Mulder,
# E. - wethouder", "From: Lankhorst, C.A.M. <c.lankhorst@…>").
COMMA_AND_INITIALS = re.compile(
    rf",[ \t]+{COMMA_INITIALS}{TUSSENVOEGSEL_LAST}(?=[ \t]*(?:$|[\n;,|()\"”’–—<])|\t|[ \t]+-[ \t])",
    re.MULTILINE,
)
# The same in running text: initials before a lower-case word, a bracket, punctuation or the
# line's end or a cell's bar ("Okafor, C.N. (lijst 2)", "(Rijnders, B. moet op 2", "cliënt
# Hamidi, R. | 45 min"); not before a capital, where "Jansen, A. Bakker" are two people.
COMMA_AND_INITIALS_IN_A_SENTENCE = re.compile(
    rf",[ \t]+{COMMA_INITIALS}(?=[ \t]+(?:[a-z(]|$)|[ \t]*[)\n;,:|]|$)", re.MULTILINE
)
# A surname and a comma right before given names ("Jansen, ", "van Wijk, ", "WILLEMS, ").
SURNAME_BEFORE_COMMA = re.compile(
    rf"(?:{PARTICLE}[ \t]+)*(?:[{UPPER}]{{2,}}[ \t]+){{0,2}}"  # ("VAN DER LAAN, ")
    rf"[{UPPER}][^\W\d_]+(?:-[{UPPER}][^\W\d_]+)?,[ \t]*$"
)


COMMA_AND_SPACE = frozenset([", ", ",\t"])
# The end of a line, or of a cell: a tab or the run of spaces between columns of text
# copied from a PDF.
CELL_END = re.compile(r"[ \t]*(?:\n|$)| {2,}|\t")
# A numbered or bulleted item's marker at a line start ("1. Bakker, Coen"), also a bare
# number ("1 Koster, M.A.").
LIST_MARKER = re.compile(rf"(?:^|\n)[ \t]*{LIST_ITEM_OR_NUMBER}$")
# A tussenvoegsel or an initial after the given names ("Groot, Dirk de", "Oyelaran,
# Funmilayo T."), ending the field, before the address of a mail header ("Bosch, Ingrid van
# den <i.vandenbosch@…>") or before the time of a chat export's header line ("Groot, Marloes
# de  09:12").
AFTER_GIVEN = re.compile(
    rf"[ \t]+(?:{PARTICLE}|(?:[{UPPER}]\.)+)(?=[ \t]*(?:$|[\n;|)<,])"
    rf"|[ \t]+\d{{1,2}}[:.]\d{{2}}(?!\d))",
    re.MULTILINE,
)
# A name label right before the name, also mid-line ("… ontheemde. Naam: KOVALCHUK, Nataliia").
# A name's label: "Naam:", "op naam van", "ten name van", "t.n.v.", "in the name of" (an ID
# or an account in someone's name, as forms and registers write it: "Georgiev, Stoyan").
NAME_LABEL_BEFORE = re.compile(
    r"(?<![^\W\d_])(?i:(?:naam|name)[ \t]*:|(?:op|ten)[ \t]+na(?:am|me)[ \t]+van|t\.n\.v\."
    r"|in[ \t]+the[ \t]+name[ \t]+of)[ \t]*$"
)
HEADER_FIELD = re.compile(
    r"[ \t]*(?i:van|aan|cc|bcc|from|to|naam|name)[ \t]*:[ \t]*(?:[^\n;]*;[ \t]*)*$"
)
# A line that opens with the label of one person and its colon ("Aanvrager:", "Applicant:",
# "Next of kin:"): its value is one person, written surname first as forms write it
# ("Applicant: Albrecht, Markus Stefan"). Not a label of several ("Aanwezig:", "Attendees:").
PERSON_FIELD = re.compile(
    r"[ \t]*(?:[-*•][ \t]+)?(?:[^\W\d_]+\.?[ \t]+){0,2}([^\W\d_]+)[ \t]*:[ \t]*"
)  # ("Tel. contactpersoon:")


def _person_field(text: str, line_start: int, start: int) -> bool:
    """Whether the words from `start` to a comma stand in a PERSON_FIELD and are no reply
    of a transcript's speaker ("Cliënt: Ja, Rita Pinas", "Client: Yes, Yuki")."""
    label = PERSON_FIELD.fullmatch(text, line_start, start)
    if label is None:
        return False
    word = label.group(1).lower()
    comma = text.find(",", start, start + 60)
    before_comma = text[start:comma].split() if comma >= 0 else []
    return (
        word in ROLE_WORDS
        and word not in NOT_PERSON_ROLES
        and bool(before_comma)
        and not any(part in STOP_CAPITALS for part in before_comma)
    )


# A day of the week as a line's label, as a rota writes it ("di:", "Wednesday:")
WEEKDAY_LABEL = re.compile(
    r"[ \t]*(?i:(?:ma|di|wo|do|vr|za|zo|mon|tue|wed|thu|fri|sat|sun)[a-z]{0,7})\.?[ \t]*:[ \t]*"
)
# ("]": after a chat line's time; ">" and "→": a changed value, "Kerkhof, Jan -> Kerkhof,
# Janna")
FIELD_OPENERS = frozenset("\n:;(|\t=\"'“‘[]–—>→")
GIVEN_WORD = re.compile(rf"[{UPPER}][^\W\d_]+(?:-[^\W\d_]+)?")
# Titles and initials after a surname's comma ("Blokland, mr. E.F.", "Bakker, drs. W.F.").
TITLED_INITIALS = re.compile(rf"(?:{TITLE_START.pattern}\.?[ \t]+)+{INITIALS}")
# The given names after a surname's comma (`surname_first` reads them in a cell).
COMMA_AND_GIVEN_WORDS = re.compile(
    rf",[ \t]+(?P<given>{GIVEN_WORD.pattern}(?: {GIVEN_WORD.pattern}){{0,2}})(?![^\W\d_])"
)
# A line that holds only "Surname, Given" ("Benali, Hamid", "van Dam, Joke Marie").
SURNAME_COMMA_GIVEN_LINE = re.compile(
    rf"(?:[a-z]+[ \t]+){{0,3}}{GIVEN_WORD.pattern},[ \t]*{GIVEN_WORD.pattern}"
    rf"(?:[ \t]+{GIVEN_WORD.pattern})?[ \t]*(?:\n|$)"
)
# A list of people: a comma (perhaps with "en" / "and"), or "en", "and", "&", "+" between
# names ("Werkgroep: Ria, Bouchra, Zeynep, Marco", "Paweł Nowak, Grzegorz Zieliński en Ionuț
# Dumitrescu", "Akosua + Kofi Agyemang"). One item: one to three name words.
LIST_SEPARATOR = r"(?:[ \t]*,[ \t]*(?:(?:en|and)[ \t]+)?|[ \t]+(?:en|and|&|\+|/)[ \t]+)"
# A capitalised word listed after a name, perhaps after a role word ("Grietje, Bert,
# consulent Souad Amrani"): the name is one of a list of people.
LIST_GOES_ON = re.compile(
    rf"{LIST_SEPARATOR}(?:(?i:{word_trie(' '.join(sorted(ROLE_WORDS)))})[ \t]+)?"
    rf"(?!(?:BSN|IBAN|DOB|KvK|Tel|Email|E-mail)(?![^\W\d_]))"  # (a field's label: "…, Ana, BSN …")
    rf"[{UPPER}][^\W\d_]*(?![.\w])"
)


def _after_given(text: str, end: int) -> int:
    """The end of given names with a tussenvoegsel or initial after them, or the dot of
    their last initial ("Funmilayo T.")."""
    tail = AFTER_GIVEN.match(text, end)
    if tail:
        return tail.end()
    if text.startswith(".", end) and end >= 2 and text[end - 1].isupper() and text[end - 2] == " ":
        return end + 1
    return end


def as_listed(word: str) -> str:
    """'WILLEMS' as the name lists write it ('Willems'); hyphenated parts alike; a Turkish
    dotted capital as the lists' plain letter ('DEMİR' as 'Demir', not 'Demi̇r')."""
    return "-".join(part[:1] + part[1:].replace("İ", "I").lower() for part in word.split("-"))


# A comma that separates cells: no space after it.
CELL_COMMA = re.compile(r",(?=[^ \n])")


# Where a cell of a row opens and closes: a bar, a semicolon, a tab or a bare comma (a CSV
# row's), or the line's start or end; before the cell's value perhaps its label ("melder:").
CELL_OPENING = re.compile(
    r"(?:^|(?P<delimiter>[|;\t]|,(?! )))[ \t]*(?:(?P<label>[^\W\d_]+)[ \t]*:[ \t]*)?\Z",
    re.MULTILINE,
)
CELL_CLOSING = re.compile(r"[ \t]*(?P<delimiter>[|;\t\n]|,(?! )|\Z)")


def _comma_separated_row(text: str, position: int) -> bool:
    """Whether `position` lies on a line of at least three cells separated by bare commas (a
    CSV row), where a comma and a space inside a cell join a surname and given names."""
    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", position)
    return len(CELL_COMMA.findall(text, line_start, len(text) if line_end < 0 else line_end)) >= 3


def _last_word(text: str, line_start: int, end: int) -> str:
    """The last whitespace-separated word of `text[line_start:end]` ("" if that is blank),
    read back from `end`: not a copy of the whole line, as a rule that asks once per comma on a
    long line would make the scan quadratic."""
    stop = end
    while stop > line_start and text[stop - 1].isspace():
        stop -= 1
    start = stop
    while start > line_start and not text[start - 1].isspace():
        start -= 1
    return text[start:stop]


# A surname, a comma and given names opening a line or a list item, before a dash or the
# next column, as registers list people ("Marchenko, Olena – dossier UA-034417", "1. Horbunova,
# Larysa – echtgenote", "Bilous, Olena<spaces>echtgenote"): found from the comma and the
# given names, the surname read back; it may be in no list, the given names must be.
# (Not before a line's end: "Cheers, Mike" signs a mail.)
COMMA_GIVEN_BEFORE_COLUMN = re.compile(
    rf",[ \t](?P<given>{GIVEN_WORD.pattern}(?:[ \t]{GIVEN_WORD.pattern})?)"
    rf"(?=[ \t]+[–—-][ \t]| {{2,}}\S|\t)"
)


def _surnames_with_given_names(text: str) -> Iterator[tuple[int, int]]:
    """COMMA_GIVEN_BEFORE_COLUMN names: the surname no listed first name, place or ordinary
    capitalised word."""
    first_names, cities = lexicon.all_first_names(), lexicon.cities()
    for match in COMMA_GIVEN_BEFORE_COLUMN.finditer(text):
        line_start = text.rfind("\n", max(0, match.start() - 60), match.start()) + 1
        surname = SURNAME_AT_END.search(text, max(line_start, match.start() - 60), match.start())
        if surname is None or not LINE_OPENING_BEFORE_SURNAME.fullmatch(
            text, line_start, surname.start()
        ):
            continue
        last = as_listed(surname.group().split()[-1])
        given = match.group("given").split()
        if (
            last not in first_names
            and last not in STOP_CAPITALS
            and last not in cities
            and not institution_word(last)
            and all(as_listed(word) in first_names for word in given)
            and not any(word in STOP_CAPITALS for word in given)
        ):
            yield surname.start(), match.end()


def surname_first(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """'Bakker, Tineke', 'EL AMRANI, SAID', 'WILLEMS, Thijs', 'van Wijk, J.': a surname, a
    comma and the given names or initials are one name, as lists, forms and address lines
    write it. `spans` are sorted. The surname is a found name or a listed surname that opens
    a field (a line, a list item, a labelled field, a cell) and is no common first name; the
    given names are found and no listed surname only ("Tineke, Rob" and "Visser, Bakker" are
    two people). In an e-mail header or form field ("Aan:", "Name:") the comma always joins:
    mail programs separate people with ";"."""

    def next_to_comma(start: int, end: int) -> bool:
        return text.startswith(",", end) or "," in text[max(0, start - 2) : start]

    if not any(next_to_comma(start, end) for start, end in spans):
        return spans  # by far the most texts: no found name next to a comma
    first_names, surnames = lexicon.all_first_names(), lexicon.all_surnames()
    common_first_names, common_surnames = lexicon.common_first_names(), lexicon.surnames()

    def surname(words: list[str], header: bool) -> bool:
        # a surname ("Bakker", "van Wijk", "EL AMRANI", "KOWALCZYK": forms write it in
        # capitals), not an abbreviation ("FG") nor, outside a header field, a common
        # first name
        last = as_listed(words[-1])
        capitals = words[-1].isupper()
        return (
            # (in capitals, as passports write it, a double surname too: "GÓMEZ RESTREPO")
            (
                all(
                    w.lower() in PARTICLE_WORDS
                    or (capitals and w.isupper())
                    # a double surname whose second part has a tussenvoegsel ("Jansen-de
                    # Vries, Ria")
                    or (
                        w is words[0] and w.rpartition("-")[2] in PARTICLE_WORDS and w[:1].isupper()
                    )
                    for w in words[:-1]
                )
                or A_SURNAME.fullmatch(" ".join(words)) is not None  # "Tjon A Fat, Yvonne"
            )
            and not (capitals and len(words[-1]) <= 3 and len(words) == 1)  # ("VAN DAM, Anna")
            and words[-1] not in STOP_CAPITALS  # "Ik, Gurpreet Singh Dhillon"
            and (
                header
                or capitals
                or last not in first_names
                or (last in common_surnames and last not in common_first_names)
            )
        )

    def double_surname(words: list[str]) -> bool:
        # a Spanish or Portuguese double surname in a header field before listed given names
        # or initials ("Naam: Sánchez Ortega, María Fernanda", "cliënt: Rodríguez Pérez,
        # J.G."); its first part no common first name ("Van: Jan Bakker, …") nor an
        # abbreviation ("GGD Zuid, …")
        return (
            len(words) == 2
            and GIVEN_WORD.fullmatch(words[0]) is not None
            and not words[0].isupper()
            and as_listed(words[0]) not in common_first_names
        )

    def given(start: int, end: int, header: bool, cell: bool = False) -> bool:
        # given names only, perhaps with an initial ("Tineke", "Anna Cornelia", "Funmilayo
        # T", "Joris A."), and no list goes on after them ("Alina, Yonas, Bilal": first names in a
        # list). Outside a header field one unlisted word may be a given name ("Berk"), two
        # may be a first name and a surname ("Yılmaz, Fatima Ouali" are two people).
        if cell and TITLED_INITIALS.fullmatch(text, start, end):
            return True  # a title and initials ("| melder: Blokland, mr. E.F. |")
        words = text[start:end].split()
        while len(words) > 1 and len(words[-1].rstrip(".")) == 1:
            words.pop()  # an initial
        return (
            all(GIVEN_WORD.fullmatch(w) for w in words)
            and (
                header
                or all(as_listed(w) in first_names for w in words)
                or (len(words) == 1 and as_listed(words[0]) not in surnames)
            )
            and (cell or LIST_GOES_ON.match(text, end) is None)  # (a cell ends at its comma)
        )

    def in_header(start: int) -> bool:
        # an e-mail header or form field ("Aan: Groot, Dirk de; Kleine, Esther", "Name:
        # Oyelaran, Funmilayo T."): there the comma is the one between surname and given
        # names (mail programs separate people with ";")
        # (a header field is short: a long line is none, and is not read back)
        line_start = text.rfind("\n", max(0, start - 200), start) + 1
        return (
            (line_start or start <= 200)
            and (
                HEADER_FIELD.match(text, line_start, start) is not None
                or _person_field(text, line_start, start)
            )
        ) or after_name_label(start)

    def after_name_label(start: int) -> bool:
        # "Naam:", "op naam van", "t.n.v." right before the name
        return NAME_LABEL_BEFORE.search(text, max(0, start - 16), start) is not None

    def only_a_name(surname_start: int, words: list[str], start: int, end: int) -> bool:
        # a line or cell that holds only "Surname, Given", a common first name after a word
        # that is none, is read as a header field is ("Benali, Youssef" on a form's line);
        # not a rota's day ("di: Oksana, Jorrit" are two people)
        line_start = text.rfind("\n", 0, surname_start) + 1
        return (
            WEEKDAY_LABEL.fullmatch(text, line_start, surname_start) is None
            and as_listed(words[-1]) in surnames
            and as_listed(words[-1]) not in common_first_names
            and words[-1] not in STOP_CAPITALS  # "Groet, Lieke"
            and all(as_listed(w) in common_first_names for w in text[start:end].split())
            and CELL_END.match(text, end) is not None
        )

    def alone_in_a_cell(surname_start: int, end: int) -> bool:
        # "Surname, Given" as the whole cell of a row separated by bars, semicolons, tabs or
        # bare commas, perhaps after the cell's label ("| melder: Hamid, Karim |", ";Tjon A
        # Fong, Desiree;", "Amrani, Khadija,Stationsstraat 22a,…"): one person per cell
        line_start = text.rfind("\n", max(0, surname_start - 200), surname_start) + 1
        if not (line_start or surname_start <= 200):
            return False
        opening = CELL_OPENING.search(text, line_start, surname_start)
        closing = CELL_CLOSING.match(text, _after_given(text, end))
        if opening is None or closing is None:
            return False
        label = opening.group("label")
        if label is not None and (
            label.lower() not in ROLE_WORDS or label.lower() in NOT_PERSON_ROLES
        ):
            return False  # a label of several ("Aanwezig: Khadija, Remco")
        delimiters = {opening.group("delimiter"), closing.group("delimiter")} - {None, "\n", ""}
        return bool(delimiters) and (
            delimiters != {","} or _comma_separated_row(text, surname_start)
        )

    def opens_a_field(start: int, words: list[str]) -> bool:
        # the surname starts a line (perhaps a numbered or bulleted item), a labelled field,
        # a cell or a quotation; not a list item ("Gonny, Soufiane, Ellen") nor running text
        # ("agent De Graaf, Rachida"), unless a listed surname is written in capitals as a
        # register writes it ("gehuwd met KOOPMAN, Willem"; not "als ZORGVERLENER, Maria")
        if (
            len(words[-1]) > 3
            and all(w.isupper() for w in words)
            and (as_listed(words[-1]) in surnames or lexicon.surname_by_form(words[-1]))
        ):
            return True
        if text[start - 1 : start] == "\t" or text[start - 2 : start] == "  ":
            return True  # a cell of a row separated by tabs or aligned with spaces
        if text[start - 1 : start] == "," and _comma_separated_row(text, start):
            return True  # a cell of a CSV row, its name "Surname, Given" ("…,Sipkes, W.,…")
        before = text[max(0, start - 8) : start].rstrip(" \t")
        return (
            not before
            or before[-1] in FIELD_OPENERS
            or LIST_MARKER.search(before) is not None
            or after_name_label(start)
        )

    def closes_a_line(surname_start: int, words: list[str], start: int, end: int) -> bool:
        # in running text too, a listed surname that is no common first name, also a double
        # one of listed surnames, and given names that end a line, a log's cell, a sentence
        # or a quoted mail's header ("moeder: Akın, Melis", "bijgeschreven Kloosterman, Pim.",
        # "weduwnaar van Hoekstra-Zijlstra, Antje", "schreef Willemsen, Daan:"): not an item
        # of a list ("Visser, Bakker, Jansen")
        given_words = text[start:end].split()
        line_start = text.rfind("\n", 0, surname_start) + 1
        after = _after_given(text, end)
        tail = text[after : after + 2]
        parts = [as_listed(part) for part in words[0].split("-")]
        return (
            len(words) == 1
            and all(part[1:].islower() for part in words[0].split("-"))
            and all(part in surnames and part not in common_first_names for part in parts)
            and words[0] not in STOP_CAPITALS
            # after a label or a lower-case word (not a list's comma nor another name's end),
            # and not a rota's day ("di: Oksana, Jorrit" are two people)
            and (
                not (before := _last_word(text, line_start, surname_start))
                or before[-1] in ":|;"
                or before.islower()
                or before.isdigit()
            )
            and WEEKDAY_LABEL.fullmatch(text, line_start, surname_start) is None
            and all(as_listed(w) in first_names for w in given_words)
            and (given_words[0] in common_first_names or given_words[0] not in surnames)
            # (or a column's: "klant Vlasblom, Dirk<spaces>medewerker Naomi"; after a number,
            # a log's record of someone: "mdw 30521 Visser, Anneke +7,2 uur")
            and (
                tail in ("", ".", "  ")
                or tail[0] in "\n\t"
                or tail in (" |", ". ", ".\n", ":\n")
                or (before.isdigit() and LIST_GOES_ON.match(text, after) is None)
            )
        )

    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if not next_to_comma(start, end):
            merged.append((start, end))
            continue
        previous = merged[-1] if merged else None
        if previous and text[previous[1] : start] in COMMA_AND_SPACE:
            words = text[previous[0] : previous[1]].split()
            cell = alone_in_a_cell(previous[0], end)
            header = cell or in_header(previous[0]) or only_a_name(previous[0], words, start, end)
            if (
                (
                    surname(words, header)
                    or (
                        header
                        and double_surname(words)
                        and all(as_listed(w) in first_names for w in text[start:end].split())
                    )
                )
                and opens_a_field(previous[0], words)
                and given(start, end, header, cell)
            ) or closes_a_line(previous[0], words, start, end):
                merged[-1] = (previous[0], _after_given(text, end))
                continue
        elif text[max(0, start - 2) : start] in COMMA_AND_SPACE:
            line_start = text.rfind("\n", max(0, start - 40), start) + 1
            before = SURNAME_BEFORE_COMMA.search(text, max(line_start, start - 40), start)
            words = before.group().rstrip(", \t").split() if before else []
            header = before is not None and (
                in_header(before.start()) or only_a_name(before.start(), words, start, end)
            )
            if (
                before
                and (previous is None or previous[1] <= before.start())
                and clean_start(text, before.start(), "'’-")
                and (
                    header
                    or any(part in surnames for part in as_listed(words[-1]).split("-"))
                    # in capitals as a passport writes it ("TAVARES SEMEDO, Adilson")
                    or all(w.isupper() and not ACRONYM.fullmatch(w) for w in words)
                )
                and surname(words, header)
                and opens_a_field(before.start(), words)
                and given(start, end, header)
            ):
                merged.append((before.start(), _after_given(text, end)))
                continue
        initials = COMMA_AND_INITIALS.match(text, end)
        words = text[start:end].split()
        if (
            initials
            and (
                surname(words, header := in_header(start))
                or (header and double_surname(words) and words[1] in surnames)
            )
            and opens_a_field(start, words)
        ):
            merged.append((start, initials.end()))
            continue
        given_in_cell = COMMA_AND_GIVEN_WORDS.match(text, end)
        if (
            given_in_cell
            and CELL_END.match(text, after := _after_given(text, given_in_cell.end()))
            and surname(words, False)
            and opens_a_field(start, words)
            and given(*given_in_cell.span("given"), False)
        ):
            # a cell that holds "Surname, Given" alone, its given names in no other rule's
            # reach ("09:15  Terpstra, Lieuwe      paspoort")
            merged.append((start, after))
            continue
        initials = COMMA_AND_INITIALS_IN_A_SENTENCE.match(text, end)
        if (
            initials
            and all(w.lower() in PARTICLE_WORDS for w in words[:-1])
            and as_listed(words[-1]) not in common_first_names
            and words[-1] not in STOP_CAPITALS
        ):
            # a surname in running text ("de diakrieten van Çelebi, A. op lijst 6")
            merged.append((start, initials.end()))
            continue
        merged.append((start, end))
    return merged


# (a tab ends a cell: "Kuijpers, Ton<tab>Ait Said, Nora" are two names; so do three spaces, a
# column's gap in a table aligned with spaces: "Inschrijving RNI      Abdi, Hodan")
LIST_NAME = rf"{CAP}(?: {{1,2}}(?:{PARTICLE} {{1,2}})*{CAP}){{0,2}}"
NEXT_IN_LIST = re.compile(
    # (the name ends where its word does: not "Gr" before "and Canal Quay")
    rf"{LIST_SEPARATOR}(?P<name>{LIST_NAME})(?![^\W\d_])"
    r"(?=[ \t]*(?:[,.;:)!?\n]|$|(?:en|and|&|\+|/)[ \t]))"
)
NEXT_WITH_INITIALS = re.compile(
    rf"{LIST_SEPARATOR}(?P<name>{INITIALS}[ \t]?(?:{PARTICLE}[ \t]+)*{CAP})(?![^\W\d_])"
)
LIST_SEPARATOR_STARTS = (",", "en ", "en\t", "and ", "and\t", "&", "+", "/")
PREVIOUS_IN_LIST = re.compile(rf"(?:^|(?<=[\s:(]))(?P<name>{LIST_NAME}){LIST_SEPARATOR}$")


def _job_title(name: str) -> bool:
    """Whether words ending in a role are a job title ("Projectleider Wonen" aside: "Safety
    Manager", "HR Business Partner"), not a surname that is also a role after a given name or
    a tussenvoegsel ("Jan Schipper", "Sanne de Voogd", "wethouder De Pater")."""
    words = name.split()
    if len(words) < 2 or not is_role(words[-1]) or words[-2].lower() in PARTICLE_WORDS:
        return False
    return words[-1] not in lexicon.all_surnames() or words[-2] not in lexicon.all_first_names()


def _list_name(text: str, start: int, end: int) -> bool:
    """A list item next to a found name is a name too if one of its words is a listed name,
    also one that is an ordinary word ("Bas, Rose en mij"), and it is a plausible name and no
    place ("Jan Bakker, Amsterdam", "Anna Smit, Projectleider Wonen", "Mr Krzysztof
    Zieliński, Fleet Manager" are none)."""
    name = text[start:end]
    if not plausible_name(name) or name in lexicon.cities() or is_role(name.split()[0]):
        return False
    if _job_title(name):
        return False
    names, words = lexicon.all_names(), lexicon.name_words()
    return any(w in names or w in words for w in name.split() if w not in PARTICLE_WORDS)


# The writer named last in a list ("met Bas en mij", "Visser and I"): the item before is a
# person too.
# (a space first, one literal the regex engine skips to)
WRITER_LAST_IN_LIST = re.compile(
    r" (?:en|and|&)[ \t]+(?P<writer>mij|ik|me|I|mezelf|mijzelf|myself)(?![^\W\d_])"
)


def _beside_the_writer(text: str) -> Iterator[tuple[int, int]]:
    """The name listed before the writer's pronoun. "ik" and "I" may also open a new clause
    ("we moved to Boston and I need"): before them only a list that opens a sentence counts
    ("Jan en ik gaan", "Visser and I reviewed"), and only with a listed name."""
    names = lexicon.all_names()
    for match in WRITER_LAST_IN_LIST.finditer(text):
        position = match.start("writer")
        line_start = max(text.rfind("\n", 0, position) + 1, position - 80)
        name = PREVIOUS_IN_LIST.search(text, line_start, position)
        if name is None or not _list_name(text, *name.span("name")):
            continue
        if match.group("writer") in ("ik", "I"):
            first = name.start("name")
            while (previous := PREVIOUS_IN_LIST.search(text, line_start, first)) is not None:
                first = previous.start("name")  # "Bas, Rose en ik": the list's first name
            opening = text[line_start:first].rstrip(" \t")
            if opening[-1:] not in ("", ".", "!", "?", ":") or not any(
                word in names for word in text[name.start("name") : name.end("name")].split()
            ):
                continue
        yield name.span("name")


def _without_separator(before: str) -> str:
    """`before` without the list separator it ends with."""
    head = before.rstrip(" \t")
    if head.endswith((" en", "\ten", " and", "\tand")):
        head = head[: -3 if head.endswith("en") else -4].rstrip(" \t")
    return (
        head.removesuffix(",").removesuffix("&").removesuffix("+").removesuffix("/").rstrip(" \t")
    )


def list_neighbours(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The names listed before and after found ones (see LIST_SEPARATOR)."""
    found = []
    # Each walk stops at the next found name, which walks on itself: a long list of found
    # names ("Jan, Piet, Kees, …") is read once, not once per name.
    starts, ends = {start for start, _ in spans}, {end for _, end in spans}
    for start, end in spans:
        position = end
        # (a cheap test before the pattern: most names are followed by no separator)
        while (
            text[position : position + 8].lstrip(" \t").startswith(LIST_SEPARATOR_STARTS)
            and (match := NEXT_IN_LIST.match(text, position))
            and match.start("name") not in starts
            and _list_name(text, *match.span("name"))
        ):
            found.append(match.span("name"))
            position = match.end("name")
        if INITIALS_ONLY.match(text, start) and (
            next_initials := NEXT_WITH_INITIALS.match(text, end)
        ):
            # initials and a surname after a name written so ("officers A. de Graaf and Y.
            # Oukili"): the initials say it is a name, listed or not
            name = next_initials["name"]
            if (
                next_initials.start("name") not in starts
                and plausible_name(name)
                and name.split()[-1] not in lexicon.cities()
            ):
                found.append(next_initials.span("name"))
        position = start
        while position > 0 and (
            "," in (before := text[max(0, position - 5) : position])
            or before.rstrip(" \t").endswith(("en", "and", "&", "+", "/"))
        ):
            if position - len(before) + len(_without_separator(before)) in ends:
                break  # the name before is found itself ("Bakker, Tineke", "Zeynep, Marco")
            line_start = max(text.rfind("\n", 0, position) + 1, position - 80)
            match = PREVIOUS_IN_LIST.search(text, line_start, position)
            if match is None or not _list_name(text, *match.span("name")):
                break
            found.append(match.span("name"))
            position = match.start("name")
    return found


# A name after "of" / "or" right after a found one: the writer unsure of its spelling.
SPELLED_ALIKE_AFTER = re.compile(rf"[ \t]*\(?(?:of|or)[ \t]+(?P<name>{CAP})")


def spelled_alike(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The other spelling a writer gives after a found name ("Chantal of Chantalle", "Sanne
    or Sanna?", "mevrouw Dijkhuis (of Dijkhuizen"): a word after "of" or "or" that begins
    with the same four letters as the name's last word."""
    found = []
    for start, end in spans:
        if " o" not in text[end : end + 5]:  # (a cheap test before the pattern)
            continue
        match = SPELLED_ALIKE_AFTER.match(text, end)
        if match is not None:
            last, other = text[start:end].split()[-1].lower(), match.group("name")
            if len(last) >= 4 and other.lower().startswith(last[:4]) and plausible_name(other):
                found.append(match.span("name"))
    return found


# ("in" alone joins nothing: "van Van der Meulen in Hoekstra" are two names)
JOINING_PARTICLES = (PARTICLE_WORDS - {"in"}) | {"dela", "del", "van der", "van den", "van de"}


NAME_WORD = re.compile(rf"[{UPPER}][^\W\d_]{{2,}}")
# Patronymics written short, as old registers have them ("Jansz.", "Claasdr.", "Jz."): the
# dot belongs to the name.
PATRONYMIC_ENDINGS = ("sz", "dr", "Jz")
# "junior" and "senior" after a name are part of it.
GENERATION_SUFFIXES = (" jr.", " sr.", " Jr.", " Sr.")
GENERATION_SUFFIX = re.compile("|".join(map(re.escape, GENERATION_SUFFIXES)))
# The initial of a surname after a given name alone ("Venkatesh S.", "Jay G."; not a middle
# initial before a surname, "Jan B. Jansen").
INITIAL_AFTER = re.compile(rf" [{UPPER}]\.(?![^\W\d_]|\.|[ \t]*[{UPPER}])")
# An Arabic surname, its article glued to it with a hyphen, after a name ("Firas al-Khatib",
# "Fatima el-Amrani", "Abd al-Rahman", "Zia ul-Haq", "Omar as-Sayed"): an article in lower
# case opens no name token, so the rules find only the name before it.
ARTICLE_SURNAME_AFTER = re.compile(rf"(?:[ \t](?:al|el|ul|a[dnrstz]|ash)-[{UPPER}][^\W\d_]+)+")


INITIALS_BEFORE = re.compile(rf"(?<![\w.°]){INITIALS_ONLY.pattern} $")
# Abbreviations that open a note or a sentence and are no initials ("N.B. Chidi Okonkwo gaf
# aan", "P.S. Pieter komt ook").
NOTE_ABBREVIATIONS = frozenset(["N.B.", "P.S.", "P.s."])


def opens_a_note(text: str, start: int, end: int) -> bool:
    """Whether start:end is a NOTE_ABBREVIATIONS word opening a line or a sentence (not
    after a title: "dhr. N.B. Jansen")."""
    if text[start:end].rstrip() not in NOTE_ABBREVIATIONS:
        return False
    head = text[text.rfind("\n", 0, start) + 1 : start].strip()
    return not head or (
        head[-1] in ".!?" and head.split()[-1].rstrip(".").lower() not in LOWER_TITLE_WORDS
    )


# The rest of a word hyphenated at a line's end, at the start of the next line.
LINE_BREAK_TAIL = re.compile(r"[^\W\d_]+")
# The second part of a double surname typed with spaces round its hyphen, perhaps after its
# particle, the name's last word (no third part or further name after it).
SPACED_SECOND_SURNAME = re.compile(
    rf" - (?P<surname>(?:{PARTICLE} )*{CAP})(?![\w'’-]| - |[ \t]+[{UPPER}])"
)


def hyphenated_rests(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted `spans`, a name whose hyphen does not join its parts on one line made one with
    the part after it: hyphenated at the end of a line, as a scanned page or a narrow column
    breaks it ("Sjoukje Hoekstra-⏎Bouma", "Frederik Pattia-⏎sina"), or a double surname typed
    with spaces round its hyphen, as forms let people write it ("Sjoukje van der Wal -
    Dijkstra", "Mw. T. van der Meulen - Postma": after a name of two words or more, a listed
    surname, in capitals only after a name in capitals); that part found on its own is then no
    name of its own."""
    result: list[tuple[int, int]] = []
    extended_to = -1
    surnames = lexicon.all_surnames()
    for start, end in spans:
        if start < extended_to:
            continue
        if text.startswith("-\n", end) and (tail := LINE_BREAK_TAIL.match(text, end + 2)):
            end = extended_to = tail.end()
        elif (
            text.startswith(" - ", end)
            and " " in text[start:end]
            and (second := SPACED_SECOND_SURNAME.match(text, end))
            and as_listed(second.group("surname").split()[-1]) in surnames
            # (in capitals only after a name in capitals: "Lieke - BSN …" is a list)
            and (not second.group("surname").isupper() or text[start:end].isupper())
        ):
            end = extended_to = second.end()
        result.append((start, end))
    return result


def joined(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted `spans`, each with an Arabic surname (ARTICLE_SURNAME_AFTER), "jr." or, after
    a given name alone, the initial of a surname after it, with names that stand right next
    to each other on a line, only spaces or a particle between them, made one ("Abebe"
    "Girma", "Maricel" dela "Cruz"); not where the second opens with a title, which starts
    another person ("dhr. Jansen mevr. Pietersen"), nor across a tab, which ends a table cell
    ("Wijnbergen<tab>Maartje"); overlapping names on one line are one."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if (article := ARTICLE_SURNAME_AFTER.match(text, end)) is not None:
            end = article.end()
        if text.startswith(GENERATION_SUFFIXES, end):
            end += 4  # "Jan Jansen jr.", "Safet jr."
        elif text.startswith(".", end) and text.endswith(PATRONYMIC_ENDINGS, start, end):
            end += 1  # "Pieter Jansz.", "Grietje Claasdr."
        elif (initial := INITIAL_AFTER.match(text, end)) and " " not in text[start:end]:
            end = initial.end()  # "Venkatesh S.", "Jay G."
        if (
            text.startswith("Heer ", start)
            and text[start - 3 : start] in ("de ", "De ")
            and clean_start(text, start - 3)
        ):
            start -= 3  # the title as old minutes write it: "de Heer H. Zuidema"
        if text[start - 2 : start] == ". " and not TITLE_START.match(text, start):
            # initials right before a name found without them ("Akkoord R. Zeefuik"; not
            # before a title, "Prof. Dr. Th. Ir. Bakker")
            initials = INITIALS_BEFORE.search(text, max(0, start - 20), start)
            if initials is not None and not opens_a_note(text, initials.start(), start):
                start = initials.start()
        gap = start - merged[-1][1] if merged else 0
        # overlapping finds of two rules on one line that share a name word are one name
        # ("Mr Kevin Tjon" and "Kevin Tjon A Joe"; not "J. Dr" and "Dr. Mulder")
        if (
            gap < 0
            and "\n" not in text[merged[-1][0] : end]
            and NAME_WORD.search(text, start, merged[-1][1]) is not None
        ):
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            continue
        if 0 < gap <= 10 and not TITLE_START.match(text, start):
            between = text[merged[-1][1] : start]
            if (
                gap <= 2
                and between.strip(" ") == ""
                # (two spaces before initials part two columns: "R. Kerkhof  E. Bulut")
                and (gap == 1 or INITIALS_START.match(text, start) is None)
            ) or (
                between[0] == " "
                and between[-1] == " "
                and between.strip(" \t").lower() in JOINING_PARTICLES
            ):
                if between == " van " and text.endswith(text[start:end], *merged[-1]):
                    continue  # a firm named after its lawyer: "mr Kuipers van Kuipers & Slot"
                merged[-1] = (merged[-1][0], end)
                continue
        merged.append((start, end))
    return merged


# A name in brackets right after a found name: what the person is called ("dhr. K.
# Owusu-Ansah (Kwabena)", "Kajendran Balasingam (Kajan)"), or the name in the characters of
# its own script, two to four Chinese (also Japanese kanji) or Korean ones ("Wei Zhang
# (张伟)", "Kim Min-jun (김민준)").
NICKNAME_AFTER = re.compile(
    rf"[ \t]*\((?:(?P<nick>{CAP})|(?P<script>[\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3]{{2,4}}))\)"
)


# Given names in brackets between initials and the surname ("De heer J.S. (Jan Sjoerd)
# Hettinga", "dhr. M. (Mehmet) Aydın"): one name.
GIVEN_NAMES_THEN_SURNAME = re.compile(
    rf" \((?P<given>{CAP}(?: {CAP}){{0,2}})\) (?P<surname>(?:{PARTICLE} +)*{CAP}"
    # (a double surname whose second part has a tussenvoegsel: "Hiemstra-van der Wal")
    rf"(?:(?:(?<=-van)|(?<=-de)|(?<=-ter)|(?<=-ten)|(?<=-te)) (?:(?:der|den|de) )?{CAP})?)"
)


def bracketed_nicknames(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The listed first names, and names in Chinese or Korean characters, in brackets right
    after the found names `spans`. After a name written surname first with initials, as
    registers and candidate lists write it, the given name completes that name and is one
    with it ("Yılmaz, S. (Sevda)"); so do given names and a surname after initials ("J.S.
    (Jan Sjoerd) Hettinga")."""
    first_names, found = lexicon.all_first_names(), []
    for start, end in spans:
        if text.startswith(("(", " (", "\t("), end):  # (a cheap test before the pattern)
            whole = text[end - 1] == "." and GIVEN_NAMES_THEN_SURNAME.match(text, end)
            if (
                whole
                # (the form itself says they are given names: unlisted ones too, "T.W.
                # (Tsjalling) de Jong", but no word of another kind)
                and all(
                    word in first_names or (word not in STOP_CAPITALS and not is_role(word))
                    for word in whole.group("given").split()
                )
                and plausible_name(whole.group("surname"))
            ):
                found.append((start, whole.end()))
                continue
            match = NICKNAME_AFTER.match(text, end)
            if match is None:
                continue
            nick = match.group("nick")
            initials = COMMA_AND_INITIALS.search(text, start, end)
            after_initials = initials is not None and initials.end() == end
            surname_first = "," in text[start:end]
            if match.group("script") or (
                nick not in STOP_CAPITALS
                and (
                    nick in first_names
                    # (after given names written surname first, a name that is also a word:
                    # "WILLEMS, Maria Theresia (Riet)")
                    or (surname_first and not after_initials and nick in lexicon.name_words())
                )
            ):
                if after_initials or surname_first:
                    # ("Yılmaz, S. (Sevda)", "Nguyen, Thi Lan (Lan)": the register's name)
                    found.append((start, match.end()))
                else:
                    found.append(match.span(match.lastgroup))
    return found


# A line that opens with a name of two to four capitalised words and a separator ("Ioana
# Marin, 01.01.1961", "- Rui Figueiredo 05/05/1969", "Abebe Girma | tolk").
LINE_HEAD = re.compile(
    rf"[ \t]*(?:[-*•][ \t]+|\d{{1,2}}[.)][ \t]+)?"
    rf"(?P<name>{CAP}(?:[ \t]+(?:{PARTICLE}[ \t]+)*{CAP}){{1,3}})"
    r"(?P<separator>[ \t]*[,;|–][ \t]*|[ \t]+-[ \t]+|\t|[ \t]+(?=\d))(?P<next>\S*)"
)
# What may stand between a line's start and the name that opens it (LINE_HEAD).
# (matched from the line's start)
LINE_OPENER = re.compile(r"(?:^|(?<=\n))[ \t]*(?:[-*•][ \t]+|\d{1,2}[.)][ \t]+)?$")
# The form of the value after the name: digits as 9, letters as a, runs of either as one
# ("15.08.1958" → "9.9.9", "tolk" → "a").
VALUE_FORM = (re.compile(r"\d+"), re.compile(r"[^\W\d_]+"))


# A line that opens with a name: (separator, form of the value, name start, name end, found)
LineHead = tuple[str, str, int, int, bool]


def _found_alike(line: LineHead, other: LineHead | None) -> bool:
    """Whether `other` is a line whose name was found, with `line`'s separator and value form."""
    return other is not None and other[4] and other[:2] == line[:2]


def line_neighbours(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A list of people written one per line, each line opening with a name, then the same
    separator and the same kind of value ("Cătălina Rusu, 15.08.1958" between "Florin
    Stanciu, 31.12.1960" and "Adrian Popa, 02.02.1960"): a line between two lines whose name
    was found, or after two such, holds a name too when it is a plausible one and no place.
    Only the lines next to a found name that opens a line are read."""
    found_lines: dict[int, tuple[int, int]] = {}  # line start -> the found name opening it
    for start, end in spans:
        opener = LINE_OPENER.search(text, max(0, start - 8), start)
        if opener is not None:
            found_lines[opener.start()] = (start, end)
    if len(found_lines) < 2:
        return []
    heads: dict[int, LineHead | None] = {}

    def head(line_start: int | None) -> LineHead | None:
        if line_start is None:
            return None
        if line_start not in heads:
            heads[line_start] = _line_head(text, line_start, found_lines.get(line_start))
        return heads[line_start]

    def previous_line(line_start: int | None) -> int | None:
        if not line_start:
            return None
        return text.rfind("\n", 0, line_start - 1) + 1

    def next_line(line_start: int) -> int | None:
        end = text.find("\n", line_start)
        return None if end < 0 else end + 1

    candidates = {
        line
        for found in found_lines
        for line in (previous_line(found), next_line(found))
        if line is not None and line not in found_lines
    }
    found = []
    cities = lexicon.cities()
    for candidate in sorted(candidates):
        line = head(candidate)
        if line is None:
            continue
        _, form, start, end, _ = line
        above = _found_alike(line, head(previous_line(candidate)))
        below = _found_alike(line, head(next_line(candidate)))
        # (the last line of a list only after a value with digits in it: a date, a number)
        twice_above = (
            above
            and "9" in form
            and _found_alike(line, head(previous_line(previous_line(candidate))))
        )
        name = text[start:end]
        if (
            ((above and below) or twice_above)
            and plausible_name(name)
            and name not in cities
            and not is_role(name.split()[0])
            and not is_institution(text, start, end)
        ):
            found.append((start, end))
    return found


def _line_head(text: str, line_start: int, found: tuple[int, int] | None) -> LineHead | None:
    """The LINE_HEAD of the line at `line_start`, whether its name is `found`, or None."""
    head = LINE_HEAD.match(text, line_start, line_end(text, line_start))
    if head is None:
        return None
    separator = head.group("separator")
    digits, letters = VALUE_FORM
    form = letters.sub("a", digits.sub("9", head.group("next")))
    start, end = head.span("name")
    return (separator.strip(" \t") or separator[:1], form, start, end, found == (start, end))


def _speaker_labels_in_capitals(
    text: str, surnames: set[str], capital_particles: dict[str, str]
) -> Iterator[tuple[int, int]]:
    """A surname found as a name, written in capitals as its speaker's label in minutes
    ("mevrouw Tesfamariam" … "TESFAMARIAM: Dank u.", "De heer Op den Kamp" … "OP DEN KAMP
    (VVD): Wij …")."""
    heads = {match.group() for match in LINE_HEAD_IN_CAPITALS.finditer(text)}
    for surname in surnames:
        label = f"{capital_particles.get(surname, '')} {surname}".strip().upper()
        if label in heads:
            for match in re.finditer(rf"(?m)^{re.escape(label)}(?=:| \()", text):
                yield match.span()


# What opens a line in capitals before a colon or a bracket: a speaker's label ("OP DEN KAMP").
LINE_HEAD_IN_CAPITALS = re.compile(r"(?m)^[^\W\d_a-z][^\n:(a-z]*?(?=:| \()")


def repeated_names(text: str, spans: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Once 'Lieuwe Hoekstra' (or a listed first name alone) is a name, 'Lieuwe' alone
    elsewhere in the text is one too; so is the surname of a name with a title, initials or
    a first name ('mevrouw Ouahabi', 'J. Lewandowski': 'Ouahabi biedt excuses aan'), unless
    it is also an ordinary word ('Post', 'Koning') or a place, and with the capitalised
    tussenvoegsel it had, capitalised ('mw. Ten Thije': 'Ten Thije wil tekenen'; 'Tim van 't
    Hek': 'Van 't Hek stelt voor'). `spans` are sorted."""
    first_names = lexicon.all_first_names()
    ambiguous, cities = lexicon.ambiguous_names(), lexicon.cities()
    seen: set[str] = set()
    surnames_seen: set[str] = set()
    capital_particles: dict[str, str] = {}  # surname -> "Ten", "Van der" written before it
    for start, end in spans:
        words = text[start:end].split()
        if words[0].endswith(",") and len(words) > 1:
            words = words[1:]  # "Bakker, Tineke": the given name is what may recur
        names = [
            w for w in words if w[:1].isupper() and not w.endswith(".") and w not in STOP_CAPITALS
        ]
        if len(words) >= 2 and names and names[-1] == words[-1]:
            surname = names[-1]
            if (
                len(surname) > 2
                and surname not in ambiguous
                and surname not in cities
                and not surname.isupper()
                and (
                    len(names) >= 2
                    or words[0].endswith(".")
                    or TITLE_START.match(" ".join(words[:2]))
                )
            ):
                seen.add(surname)
                surnames_seen.add(surname)
                particles = list(takewhile(_is_particle, reversed(words[:-1])))[::-1]
                if particles:  # (written capitalised where the surname opens: "Van 't Hek")
                    particles[0] = particles[0][:1].upper() + particles[0][1:]
                    capital_particles[surname] = " ".join(particles)
        if (
            len(names) >= 2
            and words[0] == names[0]
            and names[0].lower() not in PARTICLE_WORDS
            and TITLE_START.fullmatch(names[0]) is None  # "Meneer Sital": not "Meneer"
        ):
            seen.add(names[0])
        elif (len(words) == 1 and words[0] in first_names) or (
            words[0][:1].islower()
            and words[0].rstrip(".") not in LOWER_TITLE_WORDS
            and words[0].rstrip(".") not in FAMILY_TITLES  # "familie Kaya": not "familie"
            and words[0] not in PARTICLE_WORDS
            and words[0] not in PREPOSITIONS_IN_SURNAMES  # ("op den Brouw, M.": not "op")
        ):
            seen.add(words[0])  # "Gonny" after "Aanwezig:", "gülşen", "wendy rademaker"
    if not seen:
        return
    yield from _speaker_labels_in_capitals(text, surnames_seen, capital_particles)
    # a first name is written in lower case too, as chats do ("Marieke: …" … "fix jij t
    # marieke?"), where the lower-case word is no word of the dictionaries
    name_words = lexicon.name_words()
    seen |= {
        word.lower()
        for word in seen
        if word[:1].isupper()
        and len(word) > 3
        and word in first_names
        and word not in name_words
        and word.lower() not in NOT_LOWER_NAMES
    }
    # Occurrences inside a name already found are left out: they add nothing but work.
    starts = [start for start, _ in spans]
    reach = list(accumulate((end for _, end in spans), max))
    occurrences = _whole_word_occurrences(text, seen)
    for word in seen:
        for position in occurrences[word]:
            end = position + len(word)
            index = bisect_right(starts, position) - 1
            if (
                (index < 0 or reach[index] < end)
                # (also in lower case: "jan kowalczyk" is no name in "3 jan")
                and not (
                    word[:1].upper() + word[1:] in MONTH_NAMES and in_a_date(text, position, end)
                )
                and text[position - 1 : position] != "@"  # a handle ("@jeroen.t"), see _mentions
            ):
                start = position
                if (particles := capital_particles.get(word)) and text.endswith(
                    f"{particles} ", 0, position
                ):
                    start = position - len(particles) - 1
                yield start, _with_lower_surname(text, end) if word.islower() else end


# A word with the apostrophes and hyphens inside it ("D'Souza", "Jan-Willem"), as a whole.
WHOLE_WORD = re.compile(r"[\w'’-]+")
# Above this many words one pass over the text's words is cheaper than a search per word.
WORDS_FOR_ONE_PASS = 64


def _whole_word_occurrences(text: str, words: set[str]) -> dict[str, list[int]]:
    """Where each of `words` stands in `text` as a whole word, not glued to a word character,
    an apostrophe or a hyphen. A long text names many people, and a search per name grew
    with the square of its length: there one pass over the text's words finds them all."""
    one_pass = len(words) > WORDS_FOR_ONE_PASS
    found: dict[str, list[int]] = {}
    for word in words:
        if one_pass and WHOLE_WORD.fullmatch(word) is not None:
            found[word] = []  # (filled below)
            continue
        found[word] = positions = []
        position = text.find(word)
        while position >= 0:
            end = position + len(word)
            if clean_start(text, position, "'’-") and not (
                end < len(text) and (text[end].isalnum() or text[end] in "_'’-")
            ):
                positions.append(position)
            position = text.find(word, end)
    if one_pass:
        for match in WHOLE_WORD.finditer(text):
            if (positions := found.get(match.group())) is not None:
                positions.append(match.start())
    return found


def _is_particle(word: str) -> bool:
    return word.lower() in PARTICLE_WORDS


COMPASS_PARTS = COMPASS_WORDS | {"Midden", "Centrum"}
# Special schools, by the abbreviation that names them ("SO Prins Johan Friso", "Juliana van
# Stolberg SBO").
SPECIAL_SCHOOL_TYPES = frozenset("SO VSO SBO SBAO SBaO PrO".split())
# Abbreviations that make a name with them an institution ("Amsterdam UMC", "TU Delft").
INSTITUTION_ABBREVIATIONS = (
    frozenset(
        """MC UMC ArenA TU VU UvA HvA RUG WUR RTV KDV BSO PSZ GGD JGZ CJG LUMC UMCG AMC OLVG
        MUMC ETZ CWZ JBZ HMC""".split()
    )
    | SPECIAL_SCHOOL_TYPES
)


@lru_cache(maxsize=WORD_CACHE_SIZE)
def institution_word(word: str) -> bool:
    if word[1:2] in ("'", "’"):
        word = word[2:]  # "d'Sluis": judged by the word after the article
    if "-" in word.strip("-"):
        # judged by the last part: "Anne-Frankhuis" is a place, the double surname
        # "Bijl-Kamphuis" is not (Kamphuis is a listed surname); or by a first part that
        # names an institution ("Fonds-delegatie"); a compass word makes a district or a
        # project ("Rotterdam-Zuid", "project Jansen-Oost")
        parts = word.strip("-").split("-")
        if (
            parts[0].lower() in INSTITUTION_WORDS
            or parts[0] in INSTITUTION_ABBREVIATIONS  # "CJG-chat"
            or parts[-1] in COMPASS_PARTS
        ):
            return True
        if parts[0] in lexicon.all_surnames() and parts[-1] in lexicon.name_words():
            return False  # a double surname whose second part is also a word ("Rossum-Hall")
        return institution_word(parts[-1])
    if word == "thuis":
        return False  # at home ("haar dochter Esther thuis"; "Veilig Thuis" is capitalised)
    lower = word.lower()
    if lower in INSTITUTION_WORDS or lower in EPONYM_WORDS or word in INSTITUTION_ABBREVIATIONS:
        return True
    if lower in WEAK_INSTITUTION_WORDS or (
        lower.endswith(INSTITUTION_ENDINGS) and lower not in INSTITUTION_ENDINGS
    ):
        # Brinkhuis, Nijhof, van der Sluis; in capitals too ("GERDA WESTERHOF"), in lower case
        # as chat writes it ("sandra bos")
        listed = word.capitalize() if word.isupper() or word.islower() else word
        return listed not in lexicon.all_surnames()
    return False


def _after_titles(words: list[str]) -> str:
    """The first of `words` after the titles that open them ("H.G." of "mr. H.G. Dijkhuis")."""
    for word in words[:-1]:
        if not TITLE_START.fullmatch(word) and not TITLE_START.fullmatch(word.rstrip(".")):
            return word
    return words[-1]


def _surname_in_huis_or_hof(word: str, addressed: bool = False) -> bool:
    """'Bouwhuis', 'Kruithof', 'Versluis', 'Verkerk' after a first name: a surname ("Sanne
    Bouwhuis"); a house, court, lock or church named after someone has a first name before the
    ending ("Anne Frankhuis", "Rembrandthuis", "Prinses Beatrixsluis"), unless a form of
    address stands before it (`addressed`: "mevrouw Dijkhuis"). A surname alone before it is
    a word of the surname, not the person it honours ("Martin Dijkhuis", "R. Kappelhof": a
    dike, a chapel)."""
    lower = word.lower()
    ending = next((e for e in ("huis", "hof", "sluis", "kerk") if lower.endswith(e)), None)
    if ending is None or len(word) < len(ending) + 3:
        return False
    if any(lower.endswith(longer) for longer in ("ziekenhuis", "gasthuis", "kerkhof")):
        return False
    if addressed:
        return True
    stem = word[: -len(ending)].split("-")[-1]
    first_names = lexicon.all_first_names()
    return stem not in first_names and stem.removesuffix("s") not in first_names


def _korean_name(words: list[str]) -> bool:
    """'Park Ji-hoon', 'Seo-yeon Park': the family name Park with a Korean given name is no
    park."""
    if len(words) != 2:
        return False
    family, given = words if words[0].capitalize() in KOREAN_FAMILY_NAMES else reversed(words)
    return family.capitalize() in KOREAN_FAMILY_NAMES and bool(
        HYPHENATED_GIVEN_NAME.fullmatch(given)
    )


# Rivers whose names are also surnames, as "de" and the river ("de Maas", "de Waal").
RIVERS = frozenset(
    """Maas Waal Rijn IJssel Geul Dommel Vecht Amstel Lek Schelde Roer Linge Dinkel Berkel
Regge Eem Zaan Merwede Niers Swalm Rotte Spaarne Schie Gouwe Hunze Reest Vliet Donau Elbe
Oder""".split()
)


# A Dutch postcode and a space: what follows on the line is the place ("7957 NB De Wijk"), a
# tab would open another cell ("3062 AM<tab>Hans de Boer")
POSTCODE_BEFORE_PLACE = re.compile(r"\b[1-9]\d{3} ?[A-Z]{2} {1,2}$")
POSTCODE_DIGITS_BEFORE = re.compile(r"[1-9]\d{3} ")


# Streets abroad open with a word for street or square ("Rua Augusta 88", "Calle Mayor 5",
# "Kaya Kadushi 14" on Curaçao, "Rue de la Paix 3"); the name after it may be a person's.
FOREIGN_STREET_WORDS = (
    "Rua Avenida Av. Avenue Calle Carrer Rue Viale Piazza Kaya Strada Ulica ul. Travessa Largo "
    "Praça Plaza Paseo Straße Strasse Plasa Kaminda Boulevard vul. prosp. Passeig Avinguda "
    "Chaussée Jalan Jl."
).split()
# (which open no name: "Kaya" is a given name and a surname too, see `_caribbean_street`)
STREET_ABROAD_OPENERS = frozenset(FOREIGN_STREET_WORDS) - {"Kaya"}


def _a_language(text: str, start: int, end: int) -> bool:
    """Whether the word at start:end is a language as spoken or written: after a verb of
    speaking or "het", before "paspoort" and the like, or beside another language ("spreekt
    Arabisch en Frans", "in het Nederlands, Engels, Frans of Duits", "bleek Frans paspoort")."""
    if text[start:end] not in LANGUAGE_NAMES:
        return False
    before = _last_word(text, max(0, start - 30), start)
    if before.lower() in LANGUAGE_BEFORE or before.rstrip(",/") in LANGUAGE_NAMES:
        return True
    if before in ("en", "of", "and", "or"):
        earlier = _last_word(text, max(0, start - 50), start - len(before) - 1).rstrip(",")
        if earlier in LANGUAGE_NAMES:
            return True
    after = text[end : end + 30].lstrip(" ,/").split(None, 2)
    if after and after[0].rstrip(".,;") in LANGUAGE_AFTER:
        return True
    if after and after[0] in ("en", "of", "and", "or") and len(after) > 1:
        after = after[1:]
    return bool(after) and after[0].rstrip(".,;)") in LANGUAGE_NAMES


def _inside_a_place(text: str, start: int, end: int, span: str) -> bool:
    """Whether the span, with one or two words before it and perhaps one after it on its
    line, is a listed place ("Chi Minh City", "Minh" in "Ho Chi Minh City")."""
    before = text[max(0, start - 24) : start].rsplit("\n", 1)[-1].split()[-2:]
    if not before or not before[-1].lstrip("(\"'“‘")[:1].isupper():
        return False  # (a place's words are capitalised: most names have none before them)
    before = [word.lstrip("(\"'“‘") for word in before]
    after = text[end : end + 16].split("\n", 1)[0].split()[:1]
    places = lexicon.cities()
    return any(
        " ".join([*before[first:], span, *after[:last]]).rstrip(",.;:)") in places
        for first in range(len(before))
        for last in (0, 1)
    )


def is_institution(text: str, start: int, end: int) -> bool:
    """Whether the name at start:end names a place, an institution or a medical eponym, not a
    person: a listed place or country, an institution or eponym word in it or in the
    name-like words after it ("Jan Pieterszoon Coenstraat", "Abe Lenstra Stadion",
    "Pierre-Robin sequentie"), a known namesake, or an article before it."""
    span = text[start:end]
    if span in lexicon.cities() or span in lexicon.countries() or _place_of_birth(text, start):
        return True  # "embassy in Addis Ababa", "Ter Apel", "geboren … in Novi Sad"
    if POSTCODE_BEFORE_PLACE.search(text, max(0, start - 10), start) and not TITLE_START.match(
        text, start
    ):
        return True  # the place of an address line, listed or not ("7957 NB De Wijk")
    if span.startswith("van ") and span[4:] in lexicon.cities():
        return True  # "de inwoners van Valkenburg" ("Jan van Valkenburg" has more words)
    if text[max(0, start - 4) : start] in ("Den ", "den ") and "Den " + span in lexicon.cities():
        return True  # the rest of "Den Haag", "Den Helder"
    if text[start - 1 : start] == " " and _inside_a_place(text, start, end, span):
        return True  # a part of a place of more words ("(Ho Chi Minh City)")
    opening, _, rest = span.partition(" ")
    if rest in lexicon.cities() and (
        opening in ("Gemeente", "Provincie")
        # an office: an abbreviation of three letters or more, not initials written without
        # dots before a surname that is also a place ("SVB Leeuwarden"; not "JW Hoogeveen")
        or (
            len(opening) >= 3
            and opening.isalpha()
            and opening.isupper()
            and rest not in lexicon.surnames()
        )
        # a postcode's letters ("5615 PB Eindhoven")
        or POSTCODE_DIGITS_BEFORE.fullmatch(text, max(0, start - 5), start) is not None
    ):
        return True  # "Gemeente Leiden" in an owner's column, an office
    if span in ("van de Koning", "van de Koningin") and text[max(0, start - 12) : start].rstrip(
        " \t"
    ).lower().endswith("commissaris"):
        return True  # the King's Commissioner, a province's office
    words = span.split()
    if words[-1] in RIVERS and words[:-1] in (["de"], ["van", "de"]):
        return True  # "het hoge water van de Maas" (the surname is written "De Waal" alone)
    if _korean_name(words):
        return False
    if _caribbean_street(text, words, end):
        return True
    if len(words) > 1 and (
        words[0] in STREET_ABROAD_OPENERS
        or (len(words) > 2 and words[0].lower() in ARTICLES and words[1] in STREET_ABROAD_OPENERS)
    ):
        # a street abroad without its number ("Rua Vasco da Gama, Faro", "de Rua Augusta")
        return True
    if _a_language(text, start, end):
        return True
    if "Dutch" in words or "Dutch-" in span or "-Dutch" in span:
        return True  # a nationality ("Dutch Government", "Dutch-Ghanaian families")
    if span == "Wijk":
        return True  # a district ("Wijk: Oudorp", "Wijk Malberg"); the surname is "van Wijk"
    if words[0] in ("Het", "The") and len(words) > 1:
        return True  # "Het Baken", "The Bridge": a home, a building (only "van het Reve")
    if len(words) > 1 and (
        institution_word(words[0])
        or (words[0].lower() in INSTITUTION_BEFORE and words[0].lower() not in ARTICLES)
    ):
        return True  # "Adviesbureau Witteveen", "Stichting Jansen", "Hotel Karel V"
    if text.startswith("\\", end):
        return True  # the domain of an account ("GEMEENTE\\koopmanl")
    if text.startswith("+", end) or (
        text.startswith("/", end) and text[end + 1 : end + 2].isdigit()
    ):
        return True  # a programme ("Erasmus+"), a case number ("ONDERMIJNING/2024/033")
    if text.startswith(("- en ", "- of ", "-/"), end):
        return True  # the first part of a compound whose end is left out ("Ruiter- en Ponyclub")
    if text.startswith("-", end) and (tail := COMPOUND_TAIL.match(text, end + 1)):
        if tail.group() not in PARTICLE_WORDS:
            return True  # "de Drees-kamer", "Abel Tasman-expeditie", "Keti Koti-herdenking"
    flagged = [word for word in words[1:] or words[-1:] if institution_word(word)]
    if (
        flagged
        and not (
            flagged == words[-1:]
            and len(words) > 1
            and (
                # "Mevrouw Dijkhuis", "dr. Bakhuis": no house is addressed so, nor titled in
                # lower case, whatever the stem ("Dijk"; a building writes its title
                # capitalised: "het Dr. Schaepmanhuis")
                (
                    (
                        FORM_OF_ADDRESS.match(span)
                        or (span[:1].islower() and TITLE_START.match(span))
                    )
                    and _surname_in_huis_or_hof(words[-1], addressed=True)
                )
                # "Mr Gregory Hall": a title, a first name and a surname that is also a word; no
                # hall is addressed so
                or (
                    TITLE_START.match(span)
                    and words[-1] in lexicon.name_words()
                    and _after_titles(words) in lexicon.all_first_names()
                )
                # a surname that is also the bare word, after a tussenvoegsel and a title or a
                # given name ("dhr. Van Hal", "Riet van Hal"; not "Johan de Wittschool", nor
                # "Rachidi van Stichting Sleutelstad")
                or (
                    len(words) > 2
                    and words[-2].lower() in PARTICLE_WORDS
                    and words[-1] in lexicon.name_words()
                    and (
                        words[-1].lower() in INSTITUTION_WORDS
                        or words[-1].lower() in WEAK_INSTITUTION_WORDS
                    )
                    # (an institution's name goes on: "van Harmonie Wilhelmina")
                    and not (text[end : end + 1] == " " and text[end + 1 : end + 2].isupper())
                )
                or (
                    # (in lower case too, as dictation writes it: "karin oosterhof"; after titles
                    # too: "mr. H.G. Dijkhuis")
                    (
                        (given := _after_titles(words))[:1].upper() + given[1:]
                        in lexicon.all_first_names()
                        or INITIALS_ONLY.fullmatch(given)
                    )
                    and _surname_in_huis_or_hof(words[-1])
                )
            )
        )
    ):
        return True
    if text.startswith((" a ", " à "), end) and _holds_institution_word(
        FOLLOWING.match(text, end + 2)[0]
    ):
        return True  # "Thomas a Kempisstraat", "Thomas à Kempis College"
    # "Sophia Children's Hospital": the words after a possessive count too
    following = FOLLOWING.match(text, end + 2 if text.startswith(("'s", "’s"), end) else end)[0]
    if len(words) == 1 and following.split()[:1] in (["Noord"], ["Zuid"], ["Oost"], ["West"]):
        return True  # a district or a place ("Wijk Noord", "Haven Oost")
    if (
        following
        and _holds_institution_word(following)
        # "mevrouw Van Rooij van het Thomashuis", "Mirjam van het Juridisch Loket", "Lex Baars
        # van Adviesbureau Witteveen", "mr. H. Olthof van Olthof & Scholten Advocaten": where a
        # titled person, a common first name or one named in full works, not a place
        and not (
            (
                (
                    TITLE_START.match(span)
                    or (len(words) == 1 and span in lexicon.common_first_names())
                    # a first name and a surname ("collega Yara Mendes van het Expat Centre")
                    or (len(words) == 2 and _listed_first_name(words[0]))
                )
                and OF_THE.match(text, end)
            )
            or (
                following.lstrip()[:4].lower() == "van "  # (also "VAN" in capitals)
                and (
                    _full_name(words)
                    or _department(following.split()[1])
                    or TITLE_START.match(span)
                    # after a role ("collega K. Vos van Pleegzorg Brabant")
                    or _role_word_before(text, start)
                    # a common first name and an organisation whose first word is no name
                    # ("Jeroen van Veilig Thuis"; not "Jan van Galenstraat", "Jan van Goyen
                    # Ziekenhuis")
                    or (
                        len(words) == 1
                        and span in lexicon.common_first_names()
                        and following.split()[1] not in lexicon.all_names()
                        and not any(map(_street_word_like, following.split()))
                    )
                )
            )
        )
    ):
        return True
    if (
        (
            # (also one that runs on past a name of two words or more: "Van Hattum en
            # Blankevoort"; not "Jan" of "Jan Linders", whose surname would be left alone)
            (NAMESAKES.search(span) or (len(words) > 1 and NAMESAKES.match(text, start)))
            and not TITLE_START.match(span)  # "mevrouw Van Lanschot"
            and not _labelled_person(text, start)  # "Naam cliënt: Johan Cruijff"
        )
        or (
            _company_may_follow(text, end)
            and (COMPANY_AFTER.match(text, end) or FIRM_PARTNERS_AFTER.match(text, end))
        )
        or words[-1] in COMPANY_FORMS
        # a name that ends in a company form cut at its first dot ("Groenwerken Oost B.V.",
        # "Snackbar Het Hoekje V.O.F.", "PolBud Sp. z o.o.")
        or (
            (form := DOTTED_COMPANY_FORMS.get(words[-1])) is not None
            and text.startswith(form[len(words[-1]) :], end)
        )
    ):
        return True
    before = institution_word_before(text, start)
    if before is None:
        return _listed_after_institution(text, start)
    # After an article a title or a tussenvoegsel still opens a person ("de heer", "het
    # Van Dijk-rapport" aside); after "verpleeghuis" or "Fonds" it names the place. A form of
    # address opens a person after any word: no place is named "de heer Kartosen" ("namens
    # de afdeling Parkeren de heer Kartosen", "namens het college dhr. M. de Wit").
    if before in ("het", "the") and BUILDING_TITLE.match(span):
        return True  # "het Dr. Willem Dreeshuis", "the Dr. Martin Luther Kingkerk"
    if FORM_OF_ADDRESS.match(span) or (before == "het" and _told_person(text, start, words)):
        return False
    return before not in ARTICLES or not (TITLE_START.match(span) or PARTICLE_START.match(span))


def _holds_institution_word(words: str) -> bool:
    """Whether one of `words` (or of a hyphenated word's parts) is an institution word."""
    return any(map(institution_word, words.replace("-", " ").split()))


# A capitalised title that opens the name of a building or institution after "het" (a person
# is "de": "de heer", "de Dr."; "het Dr. Willem Dreeshuis").
BUILDING_TITLE = re.compile(r"(?:Dr|Prof|Mr|Mgr|Ir|Ds)\.?[ \t]")


# Words before "het" after which it is an article ("in het Jeroen Bosch", "en het Anne Frank
# Huis"), not the object of a verb before a person ("laat het Saskia weten").
WORDS_BEFORE_THE_ARTICLE = frozenset(
    """in aan op bij van naar uit voor met door over onder tegen tot om achter via langs tijdens
    na rond richting vanuit binnen buiten nabij tussen zoals en of dat wat waar""".split()
)


def _told_person(text: str, start: int, words: list[str]) -> bool:
    """Whether "het" before the name at `start` is the object of a verb and the name the
    person told or asked ("Laat het Saskia weten", "vraag het Rachid even", "Is het Tomáš
    Novák?"): a listed first name after "het" and a lower-case word that is no preposition
    or conjunction."""
    first = words[0]
    if first not in lexicon.all_first_names() or first in lexicon.name_words():
        return False
    before = text[max(0, start - 24) : start].split()
    return (
        len(before) > 1
        and before[-1] == "het"
        and (before[-2].islower() or before[-2].istitle())  # "Is het Tomáš Novák?"
        and before[-2].isalpha()
        and before[-2].lower() not in WORDS_BEFORE_THE_ARTICLE
    )


def _street_word_like(word: str) -> bool:
    return word.lower().endswith(STREET_ENDINGS)


BIRTH_BEFORE_PLACE = re.compile(r"(?i:geboren|geb\.|born)\b[^\n.;]{0,30}$")


def _place_of_birth(text: str, start: int) -> bool:
    """Whether the name at `start` follows "in" or "te" after a birth cue on its line: where
    someone was born ("geboren 2 juni 1969 in Novi Sad", "born in Mosul")."""
    return text[start - 3 : start] in ("in ", "te ") and bool(
        BIRTH_BEFORE_PLACE.search(text, max(0, start - 45), start - 3)
    )


def _company_may_follow(text: str, end: int) -> bool:
    """Whether a blank or "&" follows `end`, as COMPANY_AFTER and FIRM_PARTNERS_AFTER need:
    most names end a sentence or a line, and then neither pattern is tried."""
    return text[end : end + 1] in (" ", "\t", "&")


# A role label and a colon right before a name ("Naam cliënt: ", "Aan: ").
LABEL_BEFORE = re.compile(r"([^\W\d_]+)[ \t]*:[ \t]*$")


def _role_word_before(text: str, start: int) -> bool:
    """Whether a role word that names a person stands right before `start` ("collega",
    "jeugdbeschermer"; not "met", "door")."""
    if text[start - 1 : start] not in (" ", "\t"):
        return False
    word = _last_word(text, max(0, start - 30), start).lower()
    return word in ROLE_WORDS and word not in NOT_PERSON_ROLES


def _labelled_person(text: str, start: int) -> bool:
    """Whether a role label with a colon stands right before `start`: a namesake there is
    the person ("Naam cliënt: Johan Cruijff", "Aan: Jan Linders <…>")."""
    label = LABEL_BEFORE.search(text, max(0, start - 30), start)
    return label is not None and label.group(1).lower() in ROLE_LABELS


LIST_SEPARATOR_ENDS = (",", ", ", " en ", " and ", " & ")
LIST_LAST_SEPARATORS = (" en ", " and ", " & ")


def _listed_after_institution(text: str, start: int) -> bool:
    """Whether the name at `start` is the last of a list ("…, … en …") after names that an
    institution word opens ("de vergaderruimtes Jan Steen en Frans Hals", "verpleeghuis
    Joachim en Anna", "Taxatiebureau Hofstede & Knol"): named after someone too. Articles do
    not count here ("de Jong en Bakker"), nor a comma alone ("team Groen, Anneke pakt het
    op")."""
    if not text[max(0, start - 5) : start].endswith(LIST_LAST_SEPARATORS):
        return False
    position = start
    for _ in range(4):  # up to four items back
        if not text[max(0, position - 5) : position].endswith(LIST_SEPARATOR_ENDS):
            return False
        item = PREVIOUS_IN_LIST.search(text, max(0, position - 60), position)
        if item is None:
            return False
        position = item.start("name")
        if len(words := item.group("name").split()) > 1 and institution_word(words[0]):
            return True  # the item opens with it ("Taxatiebureau Hofstede & Knol")
        before = institution_word_before(text, position)
        if before is not None:
            return before not in ARTICLES
    return False


def _caribbean_street(text: str, words: list[str], end: int) -> bool:
    """'Kaya Internashonal z/n', 'de Kaya Gob. N. Debrot': a street of the Caribbean
    Netherlands (Papiamento "kaya", street), without a house number: after an article, or
    before a word that is no listed surname; not the Turkish surname or the given name Kaya
    ("Kaya Yılmaz", "Kaya de Vries", "Kaya vraagt")."""
    street = list(dropwhile(_is_particle, words))
    if street[:1] != ["Kaya"]:
        return False
    after_kaya = street[1:] or FOLLOWING.match(text, end)[0].split()[:1]
    return bool(after_kaya) and not (
        after_kaya[0][:1].islower()
        or after_kaya[0].lower() in PARTICLE_WORDS
        or (len(street) == len(words) and after_kaya[0] in lexicon.all_surnames())
    )


def _listed_first_name(word: str) -> bool:
    """A listed first name, or a hyphenated one whose parts all are ("Gert-Jan")."""
    first_names = lexicon.all_first_names()
    return all(part in first_names for part in word.split("-"))


def _full_name(words: list[str]) -> bool:
    """A first name and a surname that is no first name ("Lex Baars", "Gerrit-Jan ter Haar";
    not "Gijsbert Karel" of the Gijsbert Karel van Hogendorpstraat)."""
    return (
        len(words) > 1
        and _listed_first_name(words[0])
        and (
            words[-2] in PARTICLE_WORDS
            or (words[-1] in lexicon.all_surnames() and words[-1] not in lexicon.all_first_names())
            or ("-" in words[-1] and all(p in lexicon.all_surnames() for p in words[-1].split("-")))
        )
    )


# The words before a name, without the punctuation and cell separators around them.
WORDS_BEFORE = re.compile(r"[^\s;|,(\"'“‘\[]+")
# A lower-case word after a hyphen: a compound noun made with a name.
COMPOUND_TAIL = re.compile(r"[a-zà-ÿ]+")
ARTICLES = frozenset(["het", "the", "de"])
# Endings of lower-case words for a business before the name it is known by ("bakkerij Van
# der Meulen", "deurwaarderskantoor Van Dijk", "woonzorgcentrum Titus Brandsma").
BUSINESS_ENDINGS = (
    *("erij", "bedrijf", "kantoor", "praktijk", "verhuur", "centrum", "sporthal", "huis"),
    "park",  # "buurthuis Prinses Margriet", "recreatiepark De Vossenberg"
)


def institution_before(text: str, start: int) -> bool:
    """Whether the word before `start` makes what follows a place or an institution ("het",
    "Stichting", "Wet", "museum", "ziekte van")."""
    return institution_word_before(text, start) is not None


def institution_word_before(text: str, start: int) -> str | None:
    """The word before `start` (lower case) that makes what follows a place, an institution
    or an eponym, if there is one (see `institution_before`); an opening quote between them
    changes nothing ("vergaderzaal 'Sven Kramer'", 'verzorgingshuis "Huize Johanna"'), unless
    the word is an article ('kan het "Nguyen Thi Lan" zijn': the name as written)."""
    before = text[max(0, start - 30) : start]
    quoted = before.endswith(("'", '"', "‘", "“"))
    if quoted:
        before = before[:-1]
    gap = before[len(before.rstrip()) :]
    if not gap or "\t" in gap or "\n" in gap:
        return None  # glued to the word before, or in another table cell or line
    tokens = before[before.rfind("\n") + 1 :].split()[-2:]  # on the name's line
    if not tokens or tokens[-1][-1] in ",;|:":
        return None  # another list item or cell ("team, Ms Van Houten", "college | Marloes")
    words = WORDS_BEFORE.findall(" ".join(tokens))[-2:]  # ("100260;Drukkerij": the word)
    if not words:
        return None  # only a quote or bracket before it ('" Jan Jansen belde')
    previous = [word.lower() for word in words]
    if previous == ["openbare", "ruimte"]:
        return None  # a department, and its officer ("piket openbare ruimte Lars Gerritsen")
    if quoted and previous[-1] in ARTICLES:
        return None
    if (
        previous[-1] in INSTITUTION_BEFORE
        or words[-1] in SPECIAL_SCHOOL_TYPES
        or words[-1] in STREET_ABROAD_OPENERS
    ):
        return previous[-1]
    if (
        previous[-1].endswith(ROOM_ENDINGS)
        and len(previous[-1]) > 6
        and previous[-1] not in HOME_ROOMS
    ):
        return previous[-1]  # a meeting room named after someone ("vergaderkamer Aletta Jacobs")
    if previous[-1].endswith(FIRM_ENDINGS) and len(previous[-1]) > 9:
        return previous[-1]  # a firm ("asbestinventarisatiebureau De Vries & Dijkstra")
    if (
        len(previous) == 2
        and previous[0].endswith(ROOM_ENDINGS)
        and previous[0] not in HOME_ROOMS
        and ROOM_NUMBER.fullmatch(previous[1])
        and (quoted or len(previous[0]) > 6)  # ("kamer 2.14 Henk de Vries": who sits there)
    ):
        return previous[0]  # and with its number ('Vergaderzaal 3.14 "Aletta Jacobs"')
    last = tokens[-1]
    if _names_a_place(words[-1]):
        return previous[-1]
    # "ziekte van Parkinson", "wet van Boyle" (also with "van" read into the name); not a
    # common first name ("bij ziekte van Noor": whose illness)
    if previous[-1] == "van" and len(previous) == 2 and previous[0] in EPONYM_BEFORE_VAN:
        return None if _common_first_name_at(text, start) else previous[0]
    if previous[-1] in EPONYM_BEFORE_VAN and text.startswith(("van ", "Van "), start):
        return None if _common_first_name_at(text, start + 4) else previous[-1]
    # one capitalised word between ("OBS Koningin Wilhelmina", "Café Tante Sjaan"), not
    # ending a sentence ("de Sint Servaasbrug. Mariëlle checkt")
    if (
        len(previous) == 2
        and last[:1].isupper()
        and not last.endswith((".", "!", "?", ":", ","))
        and (
            (previous[0] in INSTITUTION_BEFORE and previous[0] not in ARTICLES)
            or (len(words) == 2 and (_names_a_place(words[0]) or words[0] in STREET_ABROAD_OPENERS))
        )
    ):
        return previous[0]
    return None


def _common_first_name_at(text: str, start: int) -> bool:
    given = GIVEN_WORD.match(text, start)
    return given is not None and given.group() in lexicon.common_first_names()


def _names_a_place(word: str) -> bool:
    """A named place or firm whose first word says what it is ("Sporthal Anton Geesink",
    "Woonzorgcentrum Titus Brandsma", "bakkerij Van der Meulen"); not a department, where
    people work ("Burgerzaken Anna de Vries")."""
    return (
        (word[:1].isupper() or word.endswith(BUSINESS_ENDINGS))
        and word.isalpha()
        and institution_word(word)
        and not _department(word)
    )


# Things known by a person's name: an assistant or chatbot ("de chatbot Gijs", "'Hugo' (onze
# AI-assistent)", "Lotte, the new digital assistant"), a ship or a train ("Zr.Ms. Karel
# Doorman", "ferry Dokter Wagemaker", "the ferries \"Willem Barentsz\" and \"Aaltje
# Noordewier\"", "nachttrein Chopin", "MTS \"Gerda Johanna\"", "woonboot \"Tante Truus\"",
# "KNRM lifeboat \"Dorus Rijkers\"", "Naam vaartuig: WILLEMPJE"). Spoken to or about later in
# the text, the same name is the thing again ("Gijs answers in Dutch").
_THING_NAME = rf"[\"'“‘]?(?P<name>{CAP}(?:[ \t](?:{PARTICLE}[ \t]+)*{CAP}){{0,3}})[\"'”’]?"
_ASSISTANT = (
    r"(?:(?:(?:digit(?:al|ale)|virtu(?:al|ele)|AI|ai|intern(?:al|e)|new|nieuwe)[ \t-]*)+"
    r"(?:assistent|assistant)|chatbot|voicebot|bot)"
)
_VESSEL = (
    r"(?:Zr\.[ \t]?Ms\.|Hr\.[ \t]?Ms\.|MS|SS|MTS|MVS|(?:motor)?(?:vracht)?schip|ship|vessel|ferry"
    r"|ferries|veerboot|veerpont|nachttrein|night train|trein|train"
    # (inland shipping, houseboats and pleasure craft, a lifeboat; a vessel's form field)
    r"|woonboot|woonschip|sloep|(?:plezier)?jacht|skûtsje(?:-replica)?|tjalk|klipper|lifeboat"
    r"|reddingboot|[Nn]aam[ \t]+(?:schip|vaartuig):"
    # (navies: "HNLMS Karel Doorman", "the aircraft carrier Karel Doorman", "fregat Tromp")
    r"|HNLMS|HMS|USS|(?:aircraft[ \t]+)?carrier|fregat|frigate)"
)
NAMED_THING = re.compile(
    rf"(?<![\w.])(?:{_ASSISTANT}|{_VESSEL})[ \t]+{_THING_NAME}"
    rf"(?:(?:[ \t]+(?:en|and|&)[ \t]+|,[ \t]*)(?:{_VESSEL}[ \t]+)?"
    rf"{_THING_NAME.replace('<name>', '<more>')})?"
    rf"|(?!(?:De|Het|The|Een|An?|Onze|Our|Hun|Their|Ik|I|We|Wij|Dit|This)\b)"
    rf"{_THING_NAME.replace('<name>', '<called>')},?[ \t]+\(?(?:(?:onze|our|de|the|een|an?)[ \t]+)?"
    rf"{_ASSISTANT}(?![\w])"
    r"|assistant_name:[ \t]*[\"']?(?P<setting>[^\W\d_]+)"
)
# Where NAMED_THING may match: its cue words, in the case the pattern has them (texts
# without any are not searched); NAMED_THING itself, whose "called" form opens with any
# capital, is only tried in a window around each.
THING_HINTS = tuple(
    "bot assist Zr. Hr. MS SS MTS MVS schip ship vessel ferr veer trein train sloep jacht skûtsje"
    " tjalk klipper lifeboat boot vaartuig HNLMS HMS USS carrier fregat frigate".split()
)
THING_CUE = re.compile("|".join(re.escape(hint) for hint in THING_HINTS))
THING_WINDOW = (60, 80)  # characters before and after a cue


def named_things(text: str) -> tuple[list[tuple[int, int]], frozenset[str]]:
    """Where a thing known by a person's name is named, and those names (see NAMED_THING)."""
    if not any(hint in text for hint in THING_HINTS):
        return [], frozenset()
    places, names = set(), set()
    before, after = THING_WINDOW
    for cue in THING_CUE.finditer(text):  # (also inside a word: "motorvrachtschip")
        for match in NAMED_THING.finditer(text, max(0, cue.start() - before), cue.end() + after):
            for group in ("name", "more", "called", "setting"):
                if match.group(group) is not None:
                    places.add(match.span(group))
                    names.add(match.group(group))
    return sorted(places), frozenset(names)


# "Toon" is a first name and the label of a prompt's instruction about tone: as the label,
# how the text should sound follows it ("Toon: zakelijk, geen jargon", "Toon: sober,
# respectvol"), perhaps after a degree word ("Toon: heel vriendelijk").
TONE_WORDS = """zakelijk formeel informeel vriendelijk sober respectvol feitelijk neutraal
empathisch excuserend duidelijk warm helder persoonlijk positief rustig begripvol
professioneel beleefd luchtig kort direct open toegankelijk menselijk meelevend
klantvriendelijk correct serieus geruststellend informatief eenvoudig begrijpelijk stellig
streng daadkrachtig oplossingsgericht verontschuldigend betrokken hartelijk collegiaal
ambtelijk feestelijk plechtig""".split()
# (also as a request, without the colon: "Toon vriendelijk, B1-niveau graag")
TONE_LABEL = re.compile(
    r"Toon:?[ \t]*(?:(?:heel|zeer|erg|vooral|wel|niet|te)[ \t]+)?(?:"
    + "|".join(TONE_WORDS)
    + r")(?![\w-])"
)


# "Ernst" is a first name and the label of a risk's severity ("Ernst: matig. Herhalingskans:
# groot"), with the degree after it.
SEVERITY_LABEL = re.compile(
    r"Ernst:[ \t]*(?:zeer[ \t]+)?(?:gering|beperkt|licht|matig|gemiddeld|middel|groot|hoog|laag"
    r"|ernstig|zwaar|klein|aanzienlijk|kritiek|onbekend)(?![\w-])"
)


def is_quality_label(text: str, start: int, end: int) -> bool:
    """Whether the name at start:end is a label with the quality it names after it, not a
    person: "Toon" before a prompt's tone (TONE_LABEL), "Ernst" before a severity
    (SEVERITY_LABEL)."""
    if text.startswith("Toon", start):
        return TONE_LABEL.match(text, start) is not None
    return text.startswith("Ernst:", start) and SEVERITY_LABEL.match(text, start) is not None


# Words for an animal right before its name ("uw hond Guus", "de merrie (naam Bella",
# "the dog Luna"): the name is a pet's, here and elsewhere in the text.
ANIMAL_WORDS = frozenset(
    """hond honden reu teef pup puppy kat kater poes kitten paard merrie hengst ruin pony
    veulen ezel konijn cavia papegaai kanarie geit schaap koe stier varken dog cat horse mare
    stallion rabbit""".split()
)
NAMING_WORDS = frozenset("naam genaamd named called".split())


def animal_names(text: str, spans: list[tuple[int, int]]) -> frozenset[str]:
    """The one-word names in `spans` that an animal word stands right before, perhaps with
    a word for naming between ("hond Guus", "merrie (naam Bella", "the dog called Luna")."""
    names = set()
    for start, end in spans:
        if " " in text[start:end]:
            continue
        before = text[max(0, start - 24) : start].lower().replace("(", " ").split()[-2:]
        if before and before[-1] in NAMING_WORDS:
            before = before[:-1]
        if before and before[-1] in ANIMAL_WORDS:
            names.add(text[start:end])
    return frozenset(names)


# Firms and public services known by one name that is also a person's ("offerte van Heijmans",
# "Heijmans voert het werk uit", the funeral insurer "Yarden" in a column of undertakers;
# "Valys", the national transport for people with a disability; "Justis", the screening
# agency): the name alone is the firm; with a title or a given name it is a person ("mevrouw
# Heijmans"). Not "Dela": alone it is also a part of Filipino surnames ("Dela Cruz").
# (A surname that also names a firm in the same text, "Schoonmaakbedrijf Dimitrov" …
# "Dimitrov belde", is read both ways by writers, so only known firms count.)
KNOWN_FIRMS = frozenset(
    """Heijmans Hurks Strukton Boskalis Mammoet Vebego Asito Bechtle Fokker Stork Heineken
    Yarden Monuta ArboNed Eneco Essent Vattenfall Vestia Woonbron Ymere Menzis Evides Vitens
    Wehkamp Ziggo Philips Valys Justis""".split()
)


# Makes of cars and vans, and their models: "Skoda Octavia", "Mercedes Sprinter" is a vehicle,
# though both words are also given names ("mevrouw Mercedes Rozenblad", "Octavia").
VEHICLE_MAKES = frozenset(
    """Skoda Škoda Opel Volkswagen VW Peugeot Renault Citroën Citroen Toyota Kia Hyundai
    Nissan Mazda Mitsubishi Subaru Audi BMW Tesla Volvo Fiat Dacia Lexus Mercedes
    Mercedes-Benz Ford Iveco""".split()
)
VEHICLE_MODELS = frozenset(
    """Octavia Fabia Superb Kodiaq Karoq Astra Corsa Vivaro Zafira Movano Combo Polo Golf
    Passat Caddy Transporter Crafter Tiguan Touran Clio Megane Mégane Kangoo Trafic Master
    Zoe Berlingo Jumpy Jumper Partner Expert Boxer Yaris Corolla Aygo Prius Hilux Niro
    Picanto Sportage Ceed Qashqai Micra Juke Leaf Sprinter Vito Citan Transit Fiesta Focus
    Kuga Ducato Doblo Panda Punto Sandero Duster Logan Tucson Kona Ioniq Daily""".split()
)


def is_vehicle(name: str) -> bool:
    """A make and a model ("Skoda Octavia", "Kia Niro"), also after "Auto" ("Auto Opel Corsa"
    cut to "Auto Opel"): a vehicle, not a person."""
    words = name.split()
    if words[0] == "Auto":
        return len(words) > 1 and words[1] in VEHICLE_MAKES
    return len(words) > 1 and words[0] in VEHICLE_MAKES and words[1] in VEHICLE_MODELS


def is_known_firm(name: str) -> bool:
    """A known firm's name alone, or after a word that is no given name nor title
    ("Incidentrapport Valys", "Contact Valys"; not "mevrouw Valys", "Anna Valys")."""
    if name in KNOWN_FIRMS:
        return True
    first, _, last = name.partition(" ")
    return (
        last in KNOWN_FIRMS
        and first not in lexicon.all_names()
        and first not in lexicon.name_words()
        and TITLE_START.match(name) is None
        and FORM_OF_ADDRESS.match(name) is None
    )


def is_named_thing(text: str, start: int, end: int, things) -> bool:
    """Whether the name at start:end is, or is inside, a thing's name (see `named_things`):
    overlapping where it is named, or elsewhere its words a run of the thing's ("the Willem
    Barentsz requires", "Gijs answers")."""
    places, names = things
    if any(start < thing_end and thing_start < end for thing_start, thing_end in places):
        return True
    span = text[start:end]
    return any(span == name or f" {span} " in f" {name} " for name in names)


# Who a thing is named after or depicts is a person, however famous or institution-like the
# name ("vernoemd naar Fanny Blankers-Koen", "het standbeeld van Michiel de Ruyter", "named
# after the jurist Hugo de Groot"): up to three lower-case words may stand between.
# Royal and noble titles stay outside the name ("het beeld van Koningin Wilhelmina").
ROYAL_TITLE = (
    r"(?:Koning|Koningin|Prins|Prinses|King|Queen|Prince|Princess|Keizer|Graaf|Gravin|Baron)"
)
EPONYM_PERSON_CUE = re.compile(
    r"(?i:vernoemd[ \t]+naar|genoemd[ \t]+naar|verwijst[ \t]+naar|named[ \t]+after"
    r"|(?:stand|borst)?beeld[ \t]+van|buste[ \t]+van|portret[ \t]+van|statue[ \t]+of"
    r"|bust[ \t]+of|portrait[ \t]+of)"
    rf"(?:[ \t]+[a-zà-ÿ-]+){{0,3}}?[ \t]+(?:{ROYAL_TITLE}[ \t]+)?"
    rf"(?P<name>{CAP}(?:[ \t](?:{PARTICLE}[ \t]+)*{CAP}){{0,3}})"
)
EPONYM_PERSON_HINTS = (
    *("vernoemd", "genoemd naar", "verwijst naar", "named after", "beeld van", "buste van"),
    *("portret van", "statue of", "bust of", "portrait of"),
)


def depicted_people(text: str) -> Iterator[tuple[int, int]]:
    """People a thing is named after or depicts (see EPONYM_PERSON_CUE): a run holding a listed
    name, not a place ("verwijst naar het Europees Verdrag")."""
    lower = lowered(text)
    if not any(hint in lower for hint in EPONYM_PERSON_HINTS):
        return
    names = lexicon.all_names()
    for match in EPONYM_PERSON_CUE.finditer(text):
        start, end = match.span("name")
        name = text[start:end]
        words = [word for word in name.split() if word.lower() not in PARTICLE_WORDS]
        if (
            name not in lexicon.cities()
            and name not in lexicon.countries()
            and all(word not in STOP_CAPITALS for word in words)
            and any(part in names for word in words for part in word.split("-"))
            and not any(institution_word(word) for word in words)
        ):
            yield start, end
