"""Policy benchmark: one dossier's evaluation, and re-evaluating 100,000 stored applications.

    python bench/policy.py [--applications N]

Prints wall-clock time and this process's CPU time: on a shared machine the difference is
time spent waiting for a core. Runs on a fresh SQLite database in a temporary folder (or on
DATABASE_URL when set, which must then point at an empty scratch database). Targets: median
evaluation < 2 ms; re-evaluating 100,000 applications < 2 minutes on SQLite.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def setup_django() -> None:
    os.environ.setdefault("REGIE_DATA_DIR", tempfile.mkdtemp(prefix="regie-bench-policy-"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "regie.conf.base")
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)


def single_dossier_ms(rounds: int) -> tuple[float, float]:
    from regie.policy.engine import evaluate
    from regie.policy.rules import national_policy
    from regie.register.dossier import load_dossier_file

    policy = national_policy()
    dossiers = [load_dossier_file(p) for p in sorted(
        (ROOT / "tests" / "policy" / "dossiers").glob("*.yaml"))]
    timings = []
    for _ in range(rounds):
        for dossier in dossiers:
            started = time.perf_counter()
            evaluate(dossier, policy)
            timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    return statistics.median(timings), timings[int(len(timings) * 0.99)]


def fill_register(count: int) -> None:
    from regie.register import constants as c
    from regie.register.models import AIModel, Application, ApplicationTask, Organization

    rnd = random.Random(42)
    organizations = [Organization.objects.create(name=f"Bench {i}", slug=f"bench-{i}")
                     for i in range(5)]
    models = [AIModel.objects.create(
        organization=org, name=f"Model {i}", terms=rnd.choice(c.Terms.values),
        hosting=rnd.choice(c.Hosting.values), open_source=rnd.choice(c.OpenSource.values),
        developed_in_eu=rnd.choice([True, False, None]), gpai=True)
        for org in organizations for i in range(4)]
    maybe = [True, False, None]
    batch, tasks = [], []
    first_pk = (Application.objects.order_by("-pk").values_list("pk", flat=True).first() or 0) + 1
    for n in range(count):
        org = organizations[n % len(organizations)]
        batch.append(Application(
            organization=org, slug=f"bench-{n}", name=f"Toepassing {n}",
            purpose=rnd.choice(["", "Samenvatten van stukken."]),
            societal_value=rnd.choice(["", "Snellere dienstverlening."]),
            owner_name=rnd.choice(["", "Eigenaar"]), use=rnd.choice(c.Use.values),
            environment=rnd.choice(c.Environment.values),
            decisions_autonomous=rnd.choice(maybe),
            decisions_legal_or_financial_effects=rnd.choice(maybe),
            impact_citizens=rnd.choice(maybe), impact_employees=rnd.choice(maybe),
            data_personal=rnd.choice(maybe), data_confidential=rnd.choice(maybe),
            model=rnd.choice([m for m in models if m.organization_id == org.pk]),
            assessment_dpia=rnd.choice(c.AssessmentStatus.values),
            assessment_iama=rnd.choice(c.AssessmentStatus.values),
            ai_act_risk=rnd.choice(c.AIActRisk.values), advice_fg=rnd.choice(c.Advice.values),
            advice_ciso=rnd.choice(c.Advice.values),
            risk_exit_strategy=rnd.choice(["", "Terug naar handwerk."]),
            register_algoritmeregister=rnd.choice(maybe), training_users_trained=rnd.choice(maybe),
            status=rnd.choice(c.Status.values)))
        tasks.append(ApplicationTask(application_id=first_pk + n,
                                     task=rnd.choice(c.Task.values)))
        if len(batch) == 5000:
            Application.objects.bulk_create(batch)
            batch = []
    Application.objects.bulk_create(batch)
    ApplicationTask.objects.bulk_create(tasks, batch_size=5000)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--applications", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=100)
    args = parser.parse_args()
    setup_django()
    from django.db import connection

    from regie.policy.service import evaluate_application, reevaluate_all
    from regie.register.models import Application

    median, p99 = single_dossier_ms(args.rounds)
    started = time.perf_counter()
    fill_register(args.applications)
    filled = time.perf_counter() - started
    cpu = time.process_time()
    summary = reevaluate_all()
    cpu = time.process_time() - cpu
    sample = list(Application.objects.select_related("organization")[:300])
    started = time.perf_counter()
    for application in sample:
        evaluate_application(application)
    one_by_one = (time.perf_counter() - started) / len(sample) * 1000
    bulk = summary["seconds"] / max(summary["total"], 1) * 1000
    rows = [
        ("evaluate one dossier, median", f"{median:.3f} ms", "< 2 ms", median < 2),
        ("evaluate one dossier, 99th percentile", f"{p99:.3f} ms", "", True),
        (f"re-evaluate {summary['total']:,} applications ({connection.vendor})",
         f"{summary['seconds']:.1f} s", "< 120 s", summary["seconds"] < 120),
        ("  per application", f"{bulk:.3f} ms", "", True),
        ("  CPU time of this process (rest: waiting for a core/disk)", f"{cpu:.1f} s", "",
         True),
        ("evaluate_application one by one (peer), per application", f"{one_by_one:.3f} ms",
         "", True),
        ("  ratio one-by-one / bulk", f"{one_by_one / bulk:.1f}x", "", True),
        ("(filling the register, not measured)", f"{filled:.1f} s", "", True),
    ]
    width = max(len(r[0]) for r in rows)
    print(f"{'measure':<{width}}  {'result':>12}  {'target':>8}  ok")
    for name, result, target, ok in rows:
        print(f"{name:<{width}}  {result:>12}  {target:>8}  {'yes' if ok else 'NO'}")
    print(f"decisions: {summary['allowed']} allowed, {summary['conditional']} conditional, "
          f"{summary['not_allowed']} not allowed")
    sys.exit(0 if all(r[3] for r in rows) else 1)


if __name__ == "__main__":
    main()
