"""How dates are written, as regular-expression sources in lower case (compile them with
re.IGNORECASE or match lowered text), their day and month in named groups that
`markings.valid_date` checks: read by the birth-date recogniser (`markings`) and by the person
rules that take a date right after a name as a sign of a person (`person_context`)."""

from __future__ import annotations

MONTHS = (
    r"januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|"
    r"december|january|february|march|may|june|july|august|october|"
    r"jan|feb|mrt|mar|apr|jun|jul|aug|sept|sep|okt|oct|nov|dec|"
    # Frisian and Papiamentu ("9 jannewaris 1952", "2 di yanüari 1936")
    r"jannewaris|febrewaris|maaie|juny|septimber|novimber|desimber|"
    r"yanüari|febrüari|mart|aprel|yüni|yüli|ougùstùs|sèptèmber|òktober|novèmber|desèmber|"
    # and as old registers spell them ("4 januarij 1796")
    r"januarij|februarij|junij|julij"
)
# A year of a date: from 1600 on, as archives and registers of the dead hold them too
# ("geboren 17 augustus 1822"); a year alone is read as 19xx or 20xx only (markings.YEAR).
DATE_YEAR = r"(?:1[6-9]|20)\d{2}"
DATE = (
    rf"(?P<d>\d{{1,2}})[-/.](?P<m>\d{{1,2}})[-/.](?P<y>{DATE_YEAR})"
    # (also with hyphens, as a form or a system writes it: "12-mrt-1961"; and with the month
    # in two languages, as a Dutch passport or identity card prints it: "07 MRT/MAR 1985")
    rf"|\d{{1,2}}(?:st|nd|rd|th)?(?:\s+(?:of|di))?(?:\s+|-)(?:{MONTHS})\.?(?:/(?:{MONTHS}))?"
    rf"(?:,?\s+|-)"
    rf"(?:di\s+)?{DATE_YEAR}"
    rf"|(?:{MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+{DATE_YEAR}"
    rf"|{DATE_YEAR}[-/.](?P<m2>\d{{1,2}})[-/.](?P<d2>\d{{1,2}})"
    # (all in one, as airlines and travel documents write it: "04MAY1966")
    r"|(?:0[1-9]|[12]\d|3[01])(?-i:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)(?:19|20)\d{2}"
)
# A date said in words, as dictation and transcripts write it down: "achtentwintig mei
# negentienvijftig", "twee januari negentien zevenentachtig", "the fifteenth of march
# nineteen eighty-four", "March 3rd, two thousand eleven" is read with digits already.
_NL_UNIT = r"een|twee|drie|vier|vijf|zes|zeven|acht|negen"
_NL_TEEN = r"tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien"
_NL_TEN = r"twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig"
_NL_1_99 = rf"(?:(?:{_NL_UNIT})(?:en|ën)(?:{_NL_TEN})|{_NL_TEEN}|{_NL_TEN}|{_NL_UNIT})"
_NL_YEAR = (
    rf"(?:negentien[ \t]?(?:honderd[ \t]?(?:en[ \t]?)?)?{_NL_1_99}"
    rf"|tweeduizend(?:[ \t]?(?:en[ \t]?)?{_NL_1_99})?)"
)
_EN_UNIT = r"one|two|three|four|five|six|seven|eight|nine"
_EN_TEEN = r"ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_EN_TEN = r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_EN_ORDINAL = (
    r"(?:(?:twenty|thirty)[- ])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
    r"|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth"
    r"|eighteenth|nineteenth|twentieth|thirtieth"
)
_EN_YEAR = (
    rf"(?:nineteen[- ](?:hundred[- ](?:and[- ])?)?(?:(?:{_EN_TEN})(?:[- ](?:{_EN_UNIT}))?"
    rf"|{_EN_TEEN}|oh[- ](?:{_EN_UNIT}))"
    rf"|two[- ]thousand(?:[- ](?:and[- ])?(?:(?:{_EN_TEN})(?:[- ](?:{_EN_UNIT}))?|{_EN_TEEN}"
    rf"|{_EN_UNIT}))?)"
)
SPOKEN_DATE = (
    rf"(?:(?:{_NL_1_99})\s+(?:{MONTHS})\s+{_NL_YEAR}"
    rf"|(?:{_EN_ORDINAL})\s+of\s+(?:{MONTHS})\s+{_EN_YEAR}"
    rf"|(?:{MONTHS})\s+(?:the\s+)?(?:{_EN_ORDINAL}),?\s+{_EN_YEAR})(?![^\W\d_])"
)
# Where a birth date is announced (after a cue, in a birth-date column) it may also be
# written short: a two-digit year ("6/7/92", "22 mrt '94") or all digits ("19650312"), or said
# in words.
CUED_DATE = (
    rf"{DATE}|(?P<d3>\d{{1,2}})[-/.](?P<m3>\d{{1,2}})[-/.]\d{{2}}"
    # with spaces for separators or around them ("17 01 1972", "09 - 09 - 1991")
    rf"|(?P<d5>\d{{1,2}})(?:[ \t]*[-/.][ \t]*|[ \t]+)(?P<m5>\d{{1,2}})(?:[ \t]*[-/.][ \t]*|[ \t]+)"
    rf"(?:19|20)\d{{2}}"
    rf"|\d{{1,2}}\s+(?:{MONTHS})\.?\s+['’]\d{{2}}|(?:19|20)\d{{2}}(?P<m4>[01]\d)(?P<d4>[0-3]\d)"
    rf"|{SPOKEN_DATE}"
)
