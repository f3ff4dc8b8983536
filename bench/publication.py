"""Benchmark: Algoritmeregister export and dashboard rendering with 10,000 applications.

Targets (issue 8): export under 3 s, dashboard under 300 ms. Runs on a fresh SQLite database
in a temporary folder, or on PostgreSQL when DATABASE_URL is set (use a scratch database).
Prints a table with the median of several runs.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("REGIE_DATA_DIR", tempfile.mkdtemp(prefix="regie-bench-publication-"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "regie.conf.base")
os.environ.setdefault("REGIE_ALLOWED_HOSTS", "testserver")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402

from regie.publication import service  # noqa: E402
from regie.register import constants as c  # noqa: E402
from regie.register.models import (  # noqa: E402
    AIModel,
    Application,
    ApplicationTask,
    Organization,
    Supplier,
    User,
)

N = 10_000
RUNS = 5


def populate(rng: random.Random) -> Organization:
    organization = Organization.objects.create(
        name="Gemeente Benchmark", slug="benchmark", contact_email="ai@benchmark.nl"
    )
    models = AIModel.objects.bulk_create(
        [
            AIModel(
                organization=organization,
                name=f"Model {i}",
                provider=f"Aanbieder {i % 4}",
                developed_in_eu=rng.choice([True, False, None]),
                open_source=rng.choice(c.OpenSource.values),
                hosting=rng.choice(c.Hosting.values),
            )
            for i in range(20)
        ]
    )
    suppliers = Supplier.objects.bulk_create(
        [Supplier(organization=organization, name=f"Leverancier {i}") for i in range(10)]
    )
    apps = Application.objects.bulk_create(
        [
            Application(
                organization=organization,
                slug=f"toepassing-{i}",
                name=f"Toepassing {i}",
                purpose="Medewerkers helpen bij het samenvatten van stukken. " * rng.randint(1, 8),
                human_oversight="Een medewerker controleert elke uitkomst.",
                theme=rng.choice(c.Theme.values),
                status=rng.choice(c.Status.values),
                ai_act_risk=rng.choice([*c.AIActRisk.values, ""]),
                impact_citizens=rng.choice([True, False, None]),
                decisions_legal_or_financial_effects=rng.choice([True, False]),
                data_personal=rng.choice([True, False]),
                assessment_dpia=rng.choice(c.AssessmentStatus.values),
                contact_email=rng.choice(["", "info@benchmark.nl"]),
                model=rng.choice(models),
                supplier=rng.choice([*suppliers, None]),
                training_users_trained=rng.choice([True, False, None]),
            )
            for i in range(N)
        ],
        batch_size=1000,
    )
    ApplicationTask.objects.bulk_create(
        [
            ApplicationTask(application=app, task=task)
            for app in apps
            for task in rng.sample(c.Task.values, 2)
        ],
        batch_size=2000,
    )
    return organization


def timed(function) -> tuple[float, float]:
    """Median wall-clock and CPU seconds; on a shared machine the two differ."""
    wall, cpu = [], []
    for _ in range(RUNS):
        start, start_cpu = time.perf_counter(), time.process_time()
        function()
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return statistics.median(wall), statistics.median(cpu)


def main() -> int:
    call_command("migrate", verbosity=0)
    organization = populate(random.Random(8))
    from django.contrib.auth.models import Group

    user = User.objects.create_user("directie", organization=organization)
    user.groups.add(Group.objects.get(name="directie"))
    client = Client()
    client.force_login(user)
    apps = Application.objects.filter(organization=organization)

    def export() -> None:
        records = service.algoritmeregister_records(apps)
        assert len(records) == N

    def dashboard() -> None:
        response = client.get("/publicatie/dashboard/")
        assert response.status_code == 200

    dashboard()  # warm template and URL caches
    rows = [
        ("export Algoritmeregister (10.000)", *timed(export), 3.0),
        ("dashboard renderen (10.000)", *timed(dashboard), 0.3),
    ]
    print(f"{'meting':<36} {'wandklok':>10} {'cpu':>10} {'doel':>8}  oordeel")
    failed = False
    for name, seconds, cpu, target in rows:
        ok = seconds < target
        failed |= not ok
        print(
            f"{name:<36} {seconds * 1000:>8.0f}ms {cpu * 1000:>8.0f}ms {target * 1000:>6.0f}ms"
            f"  {'OK' if ok else 'TE TRAAG'}"
        )
    print(f"(mediaan van {RUNS} runs; load {os.getloadavg()[0]:.1f} op {os.cpu_count()} cores)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
