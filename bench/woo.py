"""Benchmark: a Woo request over 1,000 documents (incidents that name citizens, with BSNs,
IBANs and phone numbers): selection with the scanner's proposals, review of every redaction,
and the export of the package (1,000 PDFs and the inventory list).

    .venv/bin/python bench/woo.py [--documents N]

Runs on a fresh SQLite database in a temporary folder (or PostgreSQL when DATABASE_URL is
set: use a scratch database). Prints a table: time per phase and the process's peak memory.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("REGIE_DATA_DIR", tempfile.mkdtemp(prefix="regie-bench-woo-"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "regie.conf.base")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402

from regie.audit.service import Actor  # noqa: E402
from regie.lifecycle.models import Incident  # noqa: E402
from regie.register.models import Application, Organization  # noqa: E402
from regie.woo import service  # noqa: E402
from regie.woo.models import Redaction, WooRequest  # noqa: E402

FIRST = ["Fatima", "Jan", "Mehmet", "Sanne", "Oksana", "Wei", "Priya", "Kees", "Yohannes"]
LAST = ["el Idrissi", "de Vries", "Yilmaz", "Bakker", "Kowalski", "Chen", "Ramdin", "Haile"]
BSNS = ["111222333", "123456782", "010464554", "192837465"]


def populate(documents: int, rng: random.Random) -> WooRequest:
    organization = Organization.objects.create(name="Gemeente Bench", slug="bench")
    app = Application.objects.create(organization=organization, name="Samenvatter",
                                     slug="samenvatter")
    Incident.objects.bulk_create([Incident(
        organization=organization, application=app, kind="personal_data", handler="fg",
        description=(
            f"Op {rng.randrange(1, 28)} november plakte een medewerker de brief van "
            f"mevrouw {rng.choice(FIRST)} {rng.choice(LAST)} (BSN {rng.choice(BSNS)}, "
            f"rekening NL91ABNA0417164300, telefoon 06-{rng.randrange(10**7, 10**8)}) in de "
            "samenvatter. De uitvoer is verwijderd en de medewerker is gewezen op de "
            "gedragsregels. " * 2))
        for _ in range(documents)])
    return WooRequest.objects.create(organization=organization, reference="WOO-2026-0001",
                                     subject="Incidenten met de samenvatter",
                                     received_on=django.utils.timezone.localdate(),
                                     application=app, words="medewerker")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--documents", type=int, default=1000)
    args = parser.parse_args()
    call_command("migrate", verbosity=0)
    actor = Actor(via="cli", name="bench")
    woo = populate(args.documents, random.Random(3))
    timings = {}

    def timed(phase, work):
        wall, cpu = time.perf_counter(), time.process_time()
        result = work()
        timings[phase] = (time.perf_counter() - wall, time.process_time() - cpu)
        return result

    found = timed("select and scan", lambda: service.select_documents(woo, actor=actor))
    timed("review (all accepted)", lambda: Redaction.objects.filter(
        document__request=woo).update(status="accepted"))
    package = timed("export package", lambda: service.export_package(woo, actor=actor))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    redactions = Redaction.objects.filter(document__request=woo).count()
    print(f"Woo request: {found:,} documents, {redactions:,} redactions, package "
          f"{len(package) / 1e6:.1f} MB")
    print(f"| {'phase':<26} | {'wall (s)':>9} | {'CPU (s)':>8} |")
    print(f"|{'-' * 28}|{'-' * 11}|{'-' * 10}|")
    for phase, (wall, cpu) in timings.items():
        print(f"| {phase:<26} | {wall:>9.1f} | {cpu:>8.1f} |")
    print(f"| {'peak RSS (MB)':<26} | {peak:>9} | {'':>8} |")


if __name__ == "__main__":
    main()
