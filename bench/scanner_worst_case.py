"""The privacy scanner on hostile text: long runs of one character or word after a cue, which
make a backtracking regular expression slow when two runs side by side can split a long run
in every way, or when a pattern reads a word to its end from each of its letters.

For each shape the scan time at 10,000, 40,000 and 160,000 characters, the growth per four
times the length (about 4 when the time grows with the length, 16 when with its square) and
the time against ordinary prose of the same length (the probes' texts joined). The gateway
refuses a prompt whose scan takes longer than `REGIE_GATEWAY_SCAN_TIMEOUT_MS` (1,000 by
default), so a shape that grows with the square would turn a long prompt into a refusal.

Run: `.venv/bin/python bench/scanner_worst_case.py [--repeat 3]` (best of the repeats).
"""

from __future__ import annotations

import argparse
import base64
import os
import random
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "regie.conf.test")

import django  # noqa: E402

django.setup()

from regie.privacy.evaluation import load_heldout  # noqa: E402
from regie.privacy.service import scan  # noqa: E402

LENGTHS = (10_000, 40_000, 160_000)
random.seed(7)
# (name, what opens the text, the run repeated after it, what closes it)
SHAPES = [
    ("blanks after 'geb'", "geb", " ", " 12-03-1980"),
    ("tabs after 'date of birth'", "date of birth", "\t", " 1 May 1990"),
    ("blanks after a first name", "Jan", " ", "Jansen"),
    ("blanks after a role label", "Consulent:", " ", "Femke de Vries"),
    ("a line of dashes under a header", "Naam | Geboortedatum\n", "-", "\nJan | 12-03-1980"),
    ("a word of capitals", "", "A", " Kerkstraat 12"),
    ("capitals and apostrophes", "Dhr. ", "A'", " Kerkstraat 12"),
    ("capitals and digits", "", "A1", " Kerkstraat 12"),
    ("first names and particles", "", "Jan van ", "Dijk"),
    ("initials", "", "A. ", "Jansen"),
    ("a pasted key (base64)", "", base64.b64encode(random.randbytes(30_000)).decode(), ""),
    ("a dot leader after a label", "NAAM ", ".", " Jansen, Piet"),
    ("lines of words in capitals", "", "AAAA BBBB CCCC DDDD EEEE\n", ""),
    ("streets before postcodes", "", "Zwaanshals 250, 3035 KN ", ""),
    ("names and their spellings", "", "Chantal of Chantalle of ", ""),
    ("a comma-separated line of numbers", "BSN", ",507529170", ""),
    ("family words and 'heet'", "", "zijn zus heet Marian en ", ""),
    ("names before birth cues", "", "Hofstra, Jildou (dochter, berne 12-12-2012), ", ""),
    ("a surname, initials and a dash", "", "Zhuk, P. - ", ""),
    ("a surname, a given name and a dash", "", "Marchenko, Olena – dossier ", ""),
    ("a hyphenated word in quotes", 'noemt zich "', "Abc-", "x"),
]


def _prose() -> str:
    paths = sorted((REPO / "tests/privacy/probe").glob("*.jsonl"))
    return "\n\n".join(document.text for path in paths for document in load_heldout(path))


def _best(text: str, repeat: int) -> float:
    """The best of `repeat` scans, each of a text of its own (the scanner keeps a few
    per-text results, such as the text in lower case, for its recognisers)."""
    best = float("inf")
    for attempt in range(repeat):
        own = f"{text}\n{attempt}"
        started = time.perf_counter()
        scan(own)
        best = min(best, time.perf_counter() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    repeat = parser.parse_args().repeat
    prose = _prose()
    baseline = {n: _best(prose[:n], repeat) for n in LENGTHS}
    header = " | ".join(f"{n // 1000:>4}k ms" for n in LENGTHS)
    print(f"{'shape':34} | {header} | growth per 4x | vs prose at {LENGTHS[-1] // 1000}k")
    print(
        f"{'ordinary prose (the probes)':34} | "
        + " | ".join(f"{baseline[n] * 1000:7.1f}" for n in LENGTHS)
        + f" | {baseline[LENGTHS[-1]] / baseline[LENGTHS[-2]]:13.1f} | {1:>12.2f}x"
    )
    for name, opening, run, closing in SHAPES:
        times = {}
        for n in LENGTHS:
            body = (run * (n // len(run) + 1))[: n - len(opening) - len(closing)]
            times[n] = _best(opening + body + closing, repeat)
        growth = times[LENGTHS[-1]] / times[LENGTHS[-2]]
        ratio = times[LENGTHS[-1]] / baseline[LENGTHS[-1]]
        cells = " | ".join(f"{times[n] * 1000:7.1f}" for n in LENGTHS)
        print(f"{name:34} | {cells} | {growth:13.1f} | {ratio:>11.2f}x")


if __name__ == "__main__":
    main()
