"""Derives the large name lists (`extra_first_names.txt`, `extra_surnames.txt`,
`extra_name_words.txt`, `frequent_first_names.txt`) from the `names-dataset` package. See
NAMES.md for provenance and licence.

Reproduce (a developer tool, not needed at run time):

    .venv/bin/pip install names-dataset==3.3.1
    apt-get install wdutch wamerican          # /usr/share/dict/dutch, american-english
    .venv/bin/python regie/privacy/data/build_name_lists.py

For each country below, the first names and surnames up to the given rank (by frequency in
that country) are taken; names that are ordinary Dutch or English words (lower case in one
of the two dictionaries) go to `extra_name_words.txt`, which the scanner uses only with
context (a title, a salutation, a role label, another name), except FIRST_NAMES_NOT_WORDS.
Only plain words of letters (with hyphens or apostrophes) of at least two letters are kept.
"""

from __future__ import annotations

import gzip
import importlib.resources
import pickle
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
DICTIONARIES = [Path("/usr/share/dict/dutch"), Path("/usr/share/dict/american-english")]
# Countries of the people who live in the Netherlands (CBS origin groups) and neighbours.
# names-dataset has no Suriname, Eritrea, Somalia or Ukraine: NL (Surinamese names are
# common there), ET and SD (Horn of Africa), RU (East Slavic) stand in for them.
COUNTRIES = {
    "NL": (8000, 15000),
    "BE": (3000, 5000),
    "DE": (2500, 5000),
    "TR": (3000, 5000),
    "MA": (3000, 5000),
    "DZ": (1500, 2500),
    "TN": (1500, 2500),
    "EG": (1500, 2500),
    "SY": (3000, 5000),
    "IQ": (2000, 3000),
    "IR": (2000, 3000),
    "AF": (2000, 3000),
    "PS": (1000, 2000),
    "LB": (1000, 2000),
    "JO": (1000, 2000),
    "SD": (2000, 3000),
    "ET": (3000, 4000),
    "PL": (3000, 5000),
    "RU": (3000, 5000),
    "BG": (1500, 2500),
    "RS": (1000, 2000),
    "HR": (1000, 2000),
    "AL": (1000, 2000),
    "GR": (1000, 2000),
    "HU": (1000, 2000),
    "CZ": (1000, 2000),
    "LT": (1000, 2000),
    "CN": (3000, 5000),
    "HK": (1500, 2000),
    "TW": (1000, 1500),
    "SG": (1000, 1500),
    "ID": (3000, 5000),
    "MY": (1000, 1500),
    "PH": (1000, 2000),
    "IN": (3000, 5000),
    "BD": (1000, 2000),
    "NG": (2000, 3000),
    "GH": (2000, 3000),
    "CM": (1000, 1500),
    "AO": (1000, 1500),
    "GB": (3000, 5000),
    "US": (3000, 5000),
    "IE": (1000, 1500),
    "FR": (2000, 3000),
    "ES": (2000, 3000),
    "PT": (1500, 2500),
    "IT": (2000, 3000),
    "BR": (1500, 2500),
    "JM": (1000, 1500),
    "CO": (1000, 1500),
    "SE": (1000, 1500),
    "DK": (1000, 1500),
    "NO": (1000, 1500),
    "FI": (1000, 1500),
    "AZ": (1000, 1500),
}
# Given names among the most frequent in the Netherlands (names-dataset rank <= 2,000 there)
# or in another of COUNTRIES (rank <= 300) that one of the dictionaries also holds in lower
# case, but that running text nearly always writes as a first name: an instrument ("bas"), a
# bird ("mees"), a plant ("erica"), a unit ("pascal", "henry"), a plural ("karen") or a word
# of another language ("rien", "mien"). They stay first names. Names whose word is an
# everyday one stay name words ("Roos", "Ben", "Ton", "Riet", "Elke", "Max", "Mark", "Jack",
# "Jet", "Guy", "Greet", "Adem", "Dan", "Helder", "Nader", "Servet", "Wang", "Zou"), and so
# does "Babs", a municipality's wedding registrar.
FIRST_NAMES_NOT_WORDS = frozenset(
    """Aalt Aat Aga Aline Alla Amanda Amine Ank Attila Aurelia Axel Barend Bas Beate
    Belen Bente Berrie Bobby Bonnie Bridget Cas Christin Darren Dieter Dolf Donna Dries Eddy
    Elco Eren Erica Erin Erna Franca Geertje Ger Geurt Glen Gloria Grietje Han Hank Hannes
    Henkie Henry Herwin Hilly Iva Jaden Janet Jantje Janus Jasmijn Jay Joe Joel Jonathan
    Joop Jozef Juan Kaatje Karen Karst Kelly Koert Kornel Krijn Kris Lammert Liane Lien
    Liesje Loet Lori Lorraine Lotje Luis Madelief Manou Maren Marien Marlijn Marten Mary
    Mattie Maxwell Mazen Mees Melis Mia Mickey Mien Miep Mike Mina Minne Mirte Mitra
    Muleta Nabi Nel Nelson Nick Nik Nol Omer Paco Pascal Peet Pietje Pietsje Raf Ramin Rani
    Ria Rico Riek Rien Rietje Roan Roosje Rowan Rozemarijn Russell Sema Silvan Sjonnie Sonny
    Steef Stein Sten Steven Tiffany Tine Tjerk Tommy Torsten Trijntje Troy Uwe Valentijn
    Vishal Waldo Wiep Wies Willie Wout""".split()
)
# The given names most frequent in the Netherlands (rank <= FREQUENT_RANK there), of three
# letters or more, that are no ordinary word: common enough to be a name on their own
# ("Sjors, kun jij…", "contact Sjors"), as the hand-compiled `first_names.txt` are
# (`lexicon.common_first_names`). Two letters are left out: "Jo" is also Frisian for "you".
FREQUENT_RANK = 600
WORD = re.compile(r"^[^\W\d_][^\W\d_'’-]*(?:['’-][^\W\d_]+)*$")


def _load(name: str) -> dict:
    path = importlib.resources.files("names_dataset") / "v3" / name
    with path.open("rb") as raw, gzip.open(raw) as unzipped:
        return pickle.load(unzipped)  # the package's own data file, as its loader reads it


def _selected(data: dict, column: int) -> set[str]:
    chosen = set()
    for name, info in data.items():
        ranks = info.get("rank") or {}
        if any(rank <= COUNTRIES[c][column] for c, rank in ranks.items() if c in COUNTRIES):
            if WORD.match(name) and len(name) >= 2 and name[0].isupper():
                chosen.add(name)
    return chosen


def _frequent_in_the_netherlands(data: dict, names: set[str]) -> set[str]:
    """Those of `names` of FREQUENT_RANK or better in the Netherlands, of three letters or
    more."""
    return {
        name
        for name in names
        if len(name) > 2 and 0 < (data[name].get("rank") or {}).get("NL", 0) <= FREQUENT_RANK
    }


def main() -> None:
    words = set()
    for dictionary in DICTIONARIES:
        words |= {w for w in dictionary.read_text(encoding="utf-8").split() if w.islower()}
    first_data = _load("first_names.pkl.gz")
    first = _selected(first_data, 0)
    last = _selected(_load("last_names.pkl.gz"), 1)
    kept = FIRST_NAMES_NOT_WORDS & first
    common = {n for n in first | last if n.lower() in words} - kept
    header = "# Derived by build_name_lists.py from names-dataset 3.3.1 (see NAMES.md).\n"
    for filename, names in (
        ("extra_first_names.txt", first - common),
        ("extra_surnames.txt", last - common - kept),
        ("extra_name_words.txt", common),
        ("frequent_first_names.txt", _frequent_in_the_netherlands(first_data, first - common)),
    ):
        (HERE / filename).write_text(header + "\n".join(sorted(names)) + "\n", encoding="utf-8")
        print(filename, len(names))


if __name__ == "__main__":
    main()
