"""Benchmark of the register pages at scale (issue 2).

Loads 100,000 applications into a fresh database, then measures the median server time of
the application list (unfiltered, and filtered by status + AI-Act risk + search), of one
application page, and the time to import the public Algoritmeregister dump. Runs on SQLite,
and also on PostgreSQL when DATABASE_URL is set.

    python bench/register.py [--applications N] [--iterations N]

Each database runs in its own subprocess (Django settings are per process).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
REFERENCE = Path(os.environ.get("REGIE_REFERENCE_DIR", REPO.parent / "shared" / "reference"))
TARGETS_MS = {"list": 150, "list_filtered": 150, "application": 50, "import": 5000}
LABELS = {"list": "lijst, ongefilterd", "list_filtered": "lijst, status+risico+zoeken",
          "application": "toepassingspagina", "import": "import algoritmes.json (1.530)"}
WORDS = ("samenvatten vertalen notuleren chatassistent bezwaar subsidie vergunning klantcontact "
         "archief woo-verzoek raadsvragen handhaving parkeren afval jeugdzorg wmo belasting "
         "personeel inkoop communicatie").split()


def load(n: int) -> dict:
    """Bulk-load one organisation with `n` applications, models, suppliers and tasks."""
    from django.contrib.auth.models import Group

    from regie.register import constants as c
    from regie.register.models import (
        AIModel,
        Application,
        ApplicationTask,
        Organization,
        Supplier,
        User,
    )
    from regie.register.roles import sync_roles

    rng = random.Random(2)
    sync_roles()
    org = Organization.objects.create(name="Gemeente Groot", slug="gemeente-groot")
    Organization.objects.create(name="Gemeente Klein", slug="gemeente-klein")
    models = AIModel.objects.bulk_create(
        [AIModel(organization=org, name=f"Model {i}", provider="Leverancier",
                 hosting=rng.choice(c.Hosting.values)) for i in range(20)])
    suppliers = Supplier.objects.bulk_create(
        [Supplier(organization=org, name=f"Leverancier {i} B.V.") for i in range(10)])
    user = User.objects.create_user("bench", organization=org, email="bench@groot.nl")
    user.groups.add(Group.objects.get(name="beheerder"))
    batch = []
    for i in range(n):
        words = rng.sample(WORDS, 4)
        batch.append(Application(
            organization=org, slug=f"toepassing-{i}", name=f"{words[0].capitalize()} {i}",
            purpose=f"Toepassing voor {words[1]} en {words[2]} bij de afdeling {words[3]}; "
                    "medewerkers controleren elke uitkomst voordat die wordt gebruikt.",
            owner_name=f"Eigenaar {i % 400}", owner_email=f"eigenaar{i % 400}@groot.nl",
            status=rng.choice(c.Status.values), ai_act_risk=rng.choice(c.AIActRisk.values),
            use=rng.choice(c.Use.values), model=rng.choice(models),
            supplier=rng.choice(suppliers)))
        if len(batch) == 5000:
            Application.objects.bulk_create(batch)
            batch = []
    Application.objects.bulk_create(batch)
    ids = list(Application.objects.filter(organization=org).values_list("pk", flat=True))
    ApplicationTask.objects.bulk_create(
        [ApplicationTask(application_id=pk, task=rng.choice(c.Task.values)) for pk in ids],
        batch_size=5000)
    return {"user": user, "slug": f"toepassing-{n // 2}"}


def median_ms(client, url: str, iterations: int) -> float:
    client.get(url)  # warm caches and the query plan
    times = []
    for _ in range(iterations):
        start = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    return statistics.median(times)


def run_one(n: int, iterations: int) -> dict:
    """Inside the subprocess: a fresh test database, the load, the measurements."""
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "regie.conf.base")
    django.setup()
    from django.conf import settings
    from django.db import connection, transaction
    from django.test import Client
    from django.urls import reverse

    from regie.audit.service import Actor
    from regie.register.public_register import import_public_register, read_records

    # The test Client's host; setup_test_environment() is left out on purpose: its template
    # instrumentation would add test-only work to every measured request.
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]
    if connection.vendor == "sqlite":
        # a file, not the in-memory default, so the numbers mean what a real install gets
        connection.settings_dict["TEST"]["NAME"] = str(Path(settings.DATA_DIR) / "bench.sqlite3")
    connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    try:
        start = time.perf_counter()
        with transaction.atomic():
            loaded = load(n)
        load_s = time.perf_counter() - start
        with connection.cursor() as cursor:  # planner statistics, as a running install has
            cursor.execute("ANALYZE")
        client = Client()
        client.force_login(loaded["user"])
        base = reverse("register:application_list")
        result = {
            "list": median_ms(client, base, iterations),
            "list_filtered": median_ms(client, f"{base}?status=in_use&risk=minimal&q=archief",
                                       iterations),
            "application": median_ms(
                client, reverse("register:application_detail", args=[loaded["slug"]]),
                iterations),
        }
        start = time.perf_counter()
        records = read_records(REFERENCE / "public-register" / "algoritmes.json")
        import_public_register(records, actor=Actor(via="bench", name="bench"))
        result["import"] = (time.perf_counter() - start) * 1000
        result["load_s"] = load_s
        return result
    finally:
        connection.creation.destroy_test_db(connection.settings_dict["NAME"], verbosity=0)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--applications", type=int, default=100_000)
    parser.add_argument("--iterations", type=int, default=30)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_one(args.applications, args.iterations)))
        return 0

    backends = [("SQLite", {k: v for k, v in os.environ.items() if k != "DATABASE_URL"})]
    if os.environ.get("DATABASE_URL"):
        backends.append(("PostgreSQL", dict(os.environ)))
    failed = False
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"Register-benchmark: {args.applications:,} toepassingen, mediaan van "
          f"{args.iterations} verzoeken (Django test Client); systeembelasting {load}\n")
    print(f"{'database':<11} {'meting':<32} {'ms':>9} {'doel':>8}  resultaat", flush=True)
    for name, env in backends:
        with tempfile.TemporaryDirectory(prefix="regie-bench-") as data_dir:
            env = {**env, "REGIE_DATA_DIR": data_dir, "PYTHONPATH": str(REPO)}
            proc = subprocess.run(
                [sys.executable, __file__, "--child", "--applications", str(args.applications),
                 "--iterations", str(args.iterations)],
                env=env, capture_output=True, text=True, cwd=REPO)
        if proc.returncode != 0:
            print(f"{name}: mislukt\n{proc.stderr}", file=sys.stderr)
            return 1
        result = json.loads(proc.stdout.strip().splitlines()[-1])
        for key, target in TARGETS_MS.items():
            ok = result[key] < target
            failed |= not ok
            print(f"{name:<11} {LABELS[key]:<32} {result[key]:>9.1f} {'< ' + str(target):>8}  "
                  f"{'gehaald' if ok else 'NIET GEHAALD'}", flush=True)
        print(f"{name:<11} {'(laden van de toepassingen)':<32} {result['load_s'] * 1000:>9.0f}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
