"""Per-person budgets: CPU time per request of the gateway's budget path, in-process.

Runs what the gateway does for each request with budgets (`GatewayApp.take_budgets`: the
organisation's rules from the worker's cache, the counting, and the batched token settlement)
for `--requests` requests of `--people` employees over `--departments` departments, with a
per-person token budget and a per-department request budget, and prints the process's CPU
time per request (all threads: the event loop, the database threads and the client library).
Without the HTTP server, the scanner and the upstream it is much steadier than the "Regie +
people" row of `bench/gateway.py` on a shared machine (target: < 0.2 ms).

Run: `DATABASE_URL=postgres://… python bench/budgets.py` (PostgreSQL: counted in the event
loop; without DATABASE_URL SQLite in a temporary folder, counted in a database thread).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def setup(people: int, departments: int):
    import django

    django.setup()
    from django.core.management import call_command

    from regie.gateway.grants import Grant, Policy
    from regie.gateway.models import Budget
    from regie.gateway.people import Person
    from regie.register.models import Organization, User

    call_command("migrate", verbosity=0, interactive=False)
    org = Organization.objects.create(slug=f"budgets-{time.time_ns()}",
                                      name=f"Budgets {time.time_ns()}")
    User.objects.bulk_create([
        User(username=f"{org.slug}-{i}", email=f"medewerker{i}@{org.slug}.nl", password="!",
             organization=org, department=f"Afdeling {i % departments}")
        for i in range(people)], batch_size=2000)
    Budget.objects.create(organization=org, scope="person", metric="tokens", period="day",
                          soft_limit=10**12, hard_limit=10**13)
    Budget.objects.create(organization=org, scope="department", metric="requests",
                          period="day", hard_limit=10**9)
    policy = Policy(entity_actions={}, default_action="block", response_action="log",
                    log_content=False, retention_days=0, disclosure_text="",
                    rate_limit_per_minute=None, monthly_token_budget=None,
                    block_incident_threshold=0, require_trained_users=False)
    grant = Grant(key_id=0, key_prefix="bench", expires_at=None, revoked=False,
                  application_id=0, organization_id=org.pk, application_slug="bench",
                  application_name="Bench", status="in_use", environment="production",
                  routes={}, policy=policy)
    persons = [Person(name=email, user_id=pk, username=username, department=department)
               for pk, username, email, department in User.objects.filter(organization=org)
               .values_list("pk", "username", "email", "department")]
    return grant, persons


async def measure(grant, persons, requests: int, rounds: int) -> list[float]:
    from regie.gateway.proxy import GatewayApp

    app = GatewayApp()

    async def one(i: int) -> None:
        ticket = await app.take_budgets(grant, persons[i % len(persons)], 600)
        if ticket is not None:
            app.settlements.add(ticket, 550)

    for i in range(len(persons)):  # every person's counters exist, as after a day's use
        await one(i)
    await asyncio.sleep(0.3)
    results = []
    for _ in range(rounds):
        started = time.process_time()
        for i in range(requests):
            await one(i)
        await asyncio.sleep(0.25)  # the last settlement batch
        results.append((time.process_time() - started) / requests * 1000)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--people", type=int, default=10000)
    parser.add_argument("--departments", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    sys.path.insert(0, str(REPO))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "regie.conf.base")
    os.environ.setdefault("REGIE_DATA_DIR", tempfile.mkdtemp(prefix="regie-bench-budgets-"))
    os.environ.setdefault("REGIE_GATEWAY_CACHE_SECONDS", "3600")
    os.environ.setdefault("REGIE_LOG_LEVEL", "ERROR")
    grant, persons = setup(args.people, args.departments)
    from django.db import connection

    results = asyncio.run(measure(grant, persons, args.requests, args.rounds))
    print(f"Budget path per request, in-process: {connection.vendor}, {args.people} people in "
          f"{args.departments} departments, a person token budget and a department request "
          f"budget, {args.requests} requests x {args.rounds} rounds")
    print(f"{'round':>5}  {'CPU ms/req':>10}")
    for n, cpu in enumerate(results, 1):
        print(f"{n:>5}  {cpu:>10.3f}")
    print(f"best: {min(results):.3f} ms CPU per request (target < 0.2 ms)")


if __name__ == "__main__":
    main()
