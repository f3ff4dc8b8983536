"""Gateway resilience: load with faults. Prints requests served, refused and failed, records
written against requests answered (must be equal), p50/p99 latency before, during and after
each fault, the time to recover and the server's memory at start and end.

Stated load (the default): 50 concurrent clients for 60 s with 2 KB prompts; a third of the
way in PostgreSQL is stopped for 5 s, two thirds in the upstream model server is stopped for
5 s; each is then started again. Half the clients use an application with a monthly token
budget (refused while its use cannot be counted), half one without limits.

PostgreSQL is an instance of its own in a temporary folder (`tests/gateway/pgcluster.py`,
needs the PostgreSQL 15 server binaries; as root it runs as the postgres user), so no shared
database is disturbed. Regie runs under uvicorn with the default settings.

Run: `python bench/resilience.py [--clients 50] [--seconds 60] [--fault-seconds 5]
[--workers 1]`; a smaller load on a busy machine is fine, the table states what was run.

"served" is a 200; "refused" is an answer in the OpenAI error shape (the gateway said why,
e.g. 503 register_unavailable, 502 upstream_unavailable); "failed" is anything else (a
connection error, a timeout, a 500). "recover" is the time from the end of a fault until
the last request that was not served.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.gateway import PROMPT, free_port, pct, wait_for_port  # noqa: E402
from tests.gateway import pgcluster  # noqa: E402

AFTER_SECONDS = 10  # the "after" window of a fault
CATCH_UP_SECONDS = 300  # how long to wait for the records kept during the outage


def rss_mb(pid: int) -> float:
    """Resident memory of a process and its children (uvicorn workers, scanner processes)."""
    total = 0
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            text = status.read_text()
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in text.splitlines() if ":" in line)
        if int(status.parent.name) == pid or fields.get("PPid", "").strip() == str(pid):
            total += int(fields.get("VmRSS", "0 kB").split()[0])
    return total / 1024


async def client(session, url: str, token: str, stop: asyncio.Event, answers: list) -> None:
    import aiohttp

    body = json.dumps({"model": "fast", "messages": [{"role": "user", "content": PROMPT}]})
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    while not stop.is_set():
        sent = time.monotonic()
        try:
            async with session.post(url, data=body, headers=headers) as response:
                data = await response.read()
                status = response.status
            code, kind = "", "served"
            if status != 200:
                try:
                    code = json.loads(data)["error"]["code"]
                    kind = "failed" if code == "internal_error" else "refused"
                except (ValueError, KeyError, TypeError):
                    kind = "failed"
        except (aiohttp.ClientError, TimeoutError) as exc:
            status, code, kind = 0, type(exc).__name__, "failed"
        answers.append((sent, time.monotonic(), f"{status} {code}".strip(), kind))
        if kind != "served":
            await asyncio.sleep(0.05)  # a client backs off a little after an error


async def run_load(url: str, tokens: list[str], clients: int, seconds: float, faults) -> list:
    """Clients until `seconds` have passed; `faults` runs alongside with the start time."""
    import aiohttp

    answers: list = []
    stop = asyncio.Event()
    timeout = aiohttp.ClientTimeout(total=30)
    async with aiohttp.ClientSession(timeout=timeout, connector=aiohttp.TCPConnector(
            limit=clients)) as session:
        tasks = [asyncio.ensure_future(client(session, url, tokens[n % len(tokens)], stop,
                                              answers)) for n in range(clients)]
        started = time.monotonic()
        await asyncio.gather(faults(started), asyncio.sleep(seconds))
        stop.set()
        await asyncio.gather(*tasks)
    return answers


def count_records(url: str) -> tuple[int, int]:
    import psycopg

    with psycopg.connect(url.replace("postgres://", "postgresql://")) as db:
        total, forwarded = db.execute(
            "SELECT count(*), count(*) FILTER (WHERE decision = 'forwarded') "
            "FROM gateway_gatewayrequest").fetchone()
    return total, forwarded


def window(answers, start: float, end: float) -> list:
    return [a for a in answers if start <= a[0] < end]


def latency_cell(rows) -> str:
    values = [(done - sent) * 1000 for sent, done, _answer, _kind in rows]
    if len(values) < 2:
        return f"{'-':>9} {'-':>9}"
    return f"{pct(values, 50):>9.1f} {pct(values, 99):>9.1f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--fault-seconds", type=float, default=5)
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    missing = pgcluster.unavailable()
    if missing:
        print(f"bench/resilience.py needs a PostgreSQL instance of its own: {missing}")
        return

    data_dir = tempfile.mkdtemp(prefix="regie-bench-resilience-")
    processes: list[subprocess.Popen] = []
    up_port = free_port()

    def start_upstream() -> subprocess.Popen:
        process = subprocess.Popen([sys.executable, "tests/gateway/upstream.py", str(up_port)],
                                   cwd=REPO, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
        wait_for_port(up_port, process)
        return process

    marks: dict[str, float] = {}
    with pgcluster.TemporaryCluster() as cluster:
        env = {**os.environ, "PYTHONPATH": str(REPO), "REGIE_DATA_DIR": data_dir,
               "DJANGO_SETTINGS_MODULE": "regie.conf.base", "DATABASE_URL": cluster.url,
               "REGIE_LOG_LEVEL": "CRITICAL"}
        upstream = start_upstream()
        try:
            seeded = json.loads(subprocess.run(
                [sys.executable, "-m", "tests.gateway.seed", f"http://127.0.0.1:{up_port}/v1"],
                cwd=REPO, env=env, check=True, capture_output=True, text=True).stdout)
            port = free_port()
            regie = subprocess.Popen(
                [sys.executable, "-m", "uvicorn", "regie.asgi:application", "--host",
                 "127.0.0.1", "--port", str(port), "--lifespan", "off", "--log-level",
                 "critical", "--no-access-log", "--workers", str(args.workers)],
                cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            processes.append(regie)
            wait_for_port(port, regie)
            url = f"http://127.0.0.1:{port}/v1/chat/completions"
            tokens = [seeded["open"]["token"], seeded["budget"]["token"]]
            warmup = asyncio.run(run_load(url, tokens, args.clients, 2,
                                          lambda _s: asyncio.sleep(0)))
            rss_start = rss_mb(regie.pid)

            async def faults(started: float) -> None:
                nonlocal upstream
                loop = asyncio.get_running_loop()
                await asyncio.sleep(args.seconds / 3)
                marks["pg_down"] = time.monotonic()
                await loop.run_in_executor(None, cluster.stop)
                await asyncio.sleep(args.fault_seconds)
                await loop.run_in_executor(None, cluster.start)
                marks["pg_up"] = time.monotonic()
                await asyncio.sleep(max(0.0, started + args.seconds * 2 / 3 - time.monotonic()))
                marks["up_down"] = time.monotonic()
                upstream.terminate()
                await loop.run_in_executor(None, upstream.wait)
                await asyncio.sleep(args.fault_seconds)
                upstream = await loop.run_in_executor(None, start_upstream)
                marks["up_up"] = time.monotonic()

            marks["start"] = time.monotonic()
            answers = asyncio.run(run_load(url, tokens, args.clients, args.seconds, faults))
            marks["end"] = time.monotonic()
            rss_end = rss_mb(regie.pid)
            deadline = time.monotonic() + CATCH_UP_SECONDS
            while True:  # records are written in batches, and after an outage
                total, forwarded = count_records(cluster.url)
                if total >= len(answers) + len(warmup) or time.monotonic() > deadline:
                    break
                time.sleep(0.5)
            caught_up = time.monotonic() - marks["end"]
        finally:
            for process in [*processes, upstream]:
                process.terminate()
            for process in [*processes, upstream]:
                process.wait(timeout=30)
    kinds = {kind: sum(1 for a in answers if a[3] == kind)
             for kind in ("served", "refused", "failed")}
    answered = len(answers) + len(warmup)  # the warm-up requests are recorded too
    served = kinds["served"] + sum(1 for a in warmup if a[3] == "served")

    print(f"Gateway resilience: {args.clients} clients, {args.seconds:g} s, 2 KB prompts, "
          f"{args.workers} worker(s), PostgreSQL stopped {args.fault_seconds:g} s at "
          f"{marks['pg_down'] - marks['start']:.0f} s, upstream stopped "
          f"{args.fault_seconds:g} s at {marks['up_down'] - marks['start']:.0f} s")
    print(f"requests {len(answers)}: served {kinds['served']}, refused {kinds['refused']}, "
          f"failed {kinds['failed']}")
    print(f"records written {total} for {answered} requests answered (with "
          f"{len(warmup)} warm-up); 'forwarded' records {forwarded} for {served} served: "
          f"{'equal' if (total, forwarded) == (answered, served) else 'NOT EQUAL'} "
          f"({caught_up:.0f} s after the load ended)")
    print(f"{'phase':<24} {'requests':>9} {'served':>7} {'p50 ms':>9} {'p99 ms':>9} "
          f"{'recover s':>10}  not served (most frequent)")
    # Each window ends a second before the next fault, so requests still in flight when a
    # fault starts are not counted against the phase before it.
    phases = [("before faults", marks["start"], marks["pg_down"] - 1, None),
              ("PostgreSQL down", marks["pg_down"], marks["pg_up"], None),
              ("after PostgreSQL", marks["pg_up"], min(marks["pg_up"] + AFTER_SECONDS,
                                                       marks["up_down"] - 1), "pg_up"),
              ("upstream down", marks["up_down"], marks["up_up"], None),
              ("after upstream", marks["up_up"], min(marks["up_up"] + AFTER_SECONDS,
                                                     marks["end"]), "up_up")]
    for name, start, end, fault_end in phases:
        rows = window(answers, start, end)
        served = sum(1 for a in rows if a[3] == "served")
        recover = ""
        if fault_end:
            unserved = [a[0] for a in rows if a[3] != "served"]
            recover = f"{(max(unserved) - marks[fault_end]) if unserved else 0:.2f}"
        others = Counter(a[2] for a in rows if a[3] != "served").most_common(3)
        print(f"{name:<24} {len(rows):>9} {served:>7} {latency_cell(rows)} {recover:>10}  "
              + ", ".join(f"{answer} x{n}" for answer, n in others))
    print(f"server RSS: {rss_start:.0f} MB at start, {rss_end:.0f} MB at end")


if __name__ == "__main__":
    main()
