"""Gateway overhead: latency Regie adds to a chat completion, and throughput next to the
LiteLLM proxy, on the same fast upstream on loopback.

Measures, with 2 KB prompts and the privacy scanner on (action `redact` for every type):
- p50/p99 latency calling the upstream directly and through Regie, at concurrency 1 and 50;
  "added" is the difference (targets: p50 <= 2 ms, p99 <= 10 ms);
- requests per second at concurrency 50 for the upstream, Regie and the LiteLLM proxy
  (target: Regie >= LiteLLM). LiteLLM runs from its own environment, bench/.venv-gateway
  (`python -m venv bench/.venv-gateway && bench/.venv-gateway/bin/pip install 'litellm[proxy]'`);
  without it the table says so.

CPU ms/req is the CPU time (user + system) the server's processes spent per request, read
from /proc: on a shared, noisy machine it is steadier than wall time.

Run: `python bench/gateway.py [--requests 2000] [--workers 2]`. Uses SQLite in a temporary
folder, or PostgreSQL when DATABASE_URL is set. The upstream and LiteLLM run as one process;
Regie runs with one worker and, with `--workers N` (PostgreSQL only), also with N workers.
`--http h11 --loop asyncio` measures uvicorn without its fast extras.

`--people 10000 --departments 200` adds two rows on the same server: "Regie + people", a chat
front-end's key of a second organisation with that many employees, each request naming the
next employee in Open WebUI's `X-OpenWebUI-User-Email` (attribution only, no budgets), and
"Regie + people+budgets", the same through a third organisation whose people also count
against per-person budgets (tokens per day, soft and hard) and per-department budgets
(requests per day), never reached. Every person is sent one request before measuring (their
first request reads the register and creates their counters; later ones use the worker's
cache of people).

The configurations are measured interleaved, `--rounds` times in turn (each round in another
order), so a change in the machine's load hits them alike. Per round, "budgets" is the CPU
ms/req of "people+budgets" minus "people" (what the issue's target, < 0.2 ms, is about) and
"people+budgets" minus plain Regie the whole cost of attribution and budgets; the summary
prints the median of the per-round differences and their spread (lowest..highest).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
LITELLM = REPO / "bench" / ".venv-gateway" / "bin" / "litellm"
PROMPT = ("De gemeente ontving een verzoek op grond van de Wet open overheid over de "
          "besluitvorming rond het nieuwe parkeerbeleid in het centrum. ") * 15
PROMPT = PROMPT[:2048]


def no_scan(text: str) -> list:
    """A scanner that finds nothing (`--scanner bench.gateway.no_scan`)."""
    return []


PEOPLE = "Regie + people"
BUDGETS = "Regie + people+budgets"


def free_port() -> int:
    from tests.gateway.upstream import free_port as pick

    return pick()


def wait_for_port(port: int, process: subprocess.Popen, seconds: float = 90) -> None:
    import socket

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server on port {port} exited with {process.returncode}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"server on port {port} did not start")


def setup_regie(upstream_url: str, *, limits: bool) -> str:
    """Migrate, register one application with one model, return its gateway key. With
    `limits`, the application has a (never reached) rate limit and token budget, so every
    request updates the shared counters."""
    import django

    django.setup()
    from django.core.management import call_command

    from regie.audit.service import Actor
    from regie.gateway.keys import create_key
    from regie.gateway.models import GatewaySettings
    from regie.register.models import AIModel, Application, Organization

    call_command("migrate", verbosity=0, interactive=False)
    org, _ = Organization.objects.get_or_create(slug="bench", defaults={"name": "Bench"})
    model = AIModel.objects.create(organization=org, name="fast", terms="contract",
                                   endpoint_base_url=upstream_url)
    app = Application.objects.create(organization=org, slug=f"bench-{time.time_ns()}",
                                     name="Bench", status="in_use", model=model)
    approve(app)
    GatewaySettings.objects.create(
        application=app, default_action="redact",
        rate_limit_per_minute=10**9 if limits else None,
        monthly_token_budget=10**15 if limits else None)
    _key, token = create_key(application=app, actor=Actor(via="bench", name="bench"))
    return token


def approve(application) -> None:
    """The gateway forwards only to endpoints an approval covered: record one."""
    from regie.workflow.gate import Gate
    from regie.workflow.models import Decision
    from regie.workflow.records import freeze

    decision = Decision.objects.create(application=application, outcome="approved",
                                       rationale="Bench", decided_by_name="bench")
    freeze(decision, evaluation=None, gate=Gate(findings=[], missing_advice=[],
                                                negative_advice=[]))


def setup_people(upstream_url: str, people: int, departments: int, *,
                 budgets: bool) -> tuple[str, str]:
    """An organisation with `people` employees over `departments` departments, a front-end
    key of its chat application and, with `budgets`, budgets per person and per department.
    Returns the key and the organisation's slug (the people's e-mail domain)."""
    from regie.audit.service import Actor
    from regie.gateway.keys import create_key
    from regie.gateway.models import Budget, GatewaySettings
    from regie.register.models import AIModel, Application, Organization, User

    stamp = time.time_ns()
    org = Organization.objects.create(slug=f"people-{stamp}", name=f"Provincie Bench {stamp}")
    User.objects.bulk_create([
        User(username=f"{org.slug}-{i}", email=f"medewerker{i}@{org.slug}.nl", password="!",
             organization=org, department=f"Afdeling {i % departments}")
        for i in range(people)], batch_size=2000)
    model = AIModel.objects.create(organization=org, name="fast", terms="contract",
                                   endpoint_base_url=upstream_url)
    app = Application.objects.create(organization=org, slug=f"chat-{time.time_ns()}",
                                     name="GovChat", status="in_use", model=model)
    approve(app)
    GatewaySettings.objects.create(application=app, default_action="redact")
    if budgets:
        Budget.objects.create(organization=org, scope="person", metric="tokens",
                              period="day", soft_limit=10**12, hard_limit=10**13)
        Budget.objects.create(organization=org, scope="department", metric="requests",
                              period="day", hard_limit=10**9)
    _key, token = create_key(application=app, actor=Actor(via="bench", name="bench"),
                             front_end=True)
    return token, org.slug


async def _one_connection(port: int, requests: list[bytes], count: int,
                          latencies: list[float]):
    """`count` requests on one keep-alive connection, taking them in turn from `requests`
    (shared by all connections: each request is sent once before any is sent again)."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        for _ in range(count):
            request = requests[0] if len(requests) == 1 else requests.pop()
            started = time.perf_counter()
            writer.write(request)
            head = await reader.readuntil(b"\r\n\r\n")
            status = int(head.split(b" ", 2)[1])
            length = None
            chunked = False
            for line in head.split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                if name.lower() == b"content-length":
                    length = int(value)
                elif name.lower() == b"transfer-encoding" and b"chunked" in value.lower():
                    chunked = True
            if length is not None:
                await reader.readexactly(length)
            elif chunked:
                while True:
                    size = int((await reader.readuntil(b"\r\n")).strip(), 16)
                    await reader.readexactly(size + 2)
                    if size == 0:
                        break
            if status != 200:
                raise RuntimeError(f"status {status} from port {port}")
            latencies.append((time.perf_counter() - started) * 1000)
    finally:
        writer.close()


def http_request(path: str, data: bytes, headers: dict) -> bytes:
    head = "".join(f"{k}: {v}\r\n" for k, v in headers.items())
    return (f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            f"{head}Content-Length: {len(data)}\r\n\r\n").encode() + data


async def load(port: int, path: str, body: dict, headers: dict, *, concurrency: int,
               total: int, people: list[dict] | None = None) -> tuple[list[float], float]:
    """Latencies (ms) of `total` POSTs over `concurrency` keep-alive connections, and
    requests per second. With `people`, request i carries the headers of people[i] (each
    person's headers are used in turn)."""
    data = json.dumps(body).encode()
    if people:
        # Reversed, as connections pop from the end: person 0 goes first.
        requests = [http_request(path, data, {**headers, **person})
                    for person in reversed((people * (1 + total // len(people)))[:total + 5
                                                                                * concurrency])]
    else:
        requests = [http_request(path, data, headers)]
    latencies: list[float] = []
    per = max(1, total // concurrency)
    await asyncio.gather(*[_one_connection(port, requests, 5, []) for _ in range(concurrency)])
    started = time.perf_counter()
    await asyncio.gather(*[_one_connection(port, requests, per, latencies)
                           for _ in range(concurrency)])
    return latencies, len(latencies) / (time.perf_counter() - started)


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of a process and its children (uvicorn's workers)."""
    total = 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(stat.parent.name) == pid or int(fields[1]) == pid:
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def measure(pid: int, *args, **kwargs) -> tuple[list[float], float, float]:
    """`load` with the CPU milliseconds per request the server at `pid` spent (including
    what the requests leave for a moment later: batched records and settlements)."""
    before = cpu_seconds(pid)
    latencies, rps = asyncio.run(load(*args, **kwargs))
    time.sleep(0.3)  # the last batch of records and settlements belongs to these requests
    requests = len(latencies) + 5 * kwargs["concurrency"]  # with the warm-up requests
    return latencies, rps, (cpu_seconds(pid) - before) * 1000 / requests


def pct(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=1,
                        help="also measure Regie with this many workers (PostgreSQL only)")
    parser.add_argument("--http", default="auto", choices=["auto", "h11", "httptools"])
    parser.add_argument("--loop", default="auto", choices=["auto", "asyncio", "uvloop"])
    parser.add_argument("--scanner", default="regie.privacy.service",
                        help="REGIE_GATEWAY_SCANNER; bench.gateway.no_scan shows the cost of "
                             "the gateway without the scanner")
    parser.add_argument("--limits", action="store_true",
                        help="give the application a rate limit and token budget")
    parser.add_argument("--people", type=int, default=0,
                        help="also measure per-person attribution and budgets for this many "
                             "people (e.g. 10000)")
    parser.add_argument("--departments", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=5,
                        help="measure the configurations this many times, interleaved")
    args = parser.parse_args()
    if args.workers > 1 and not os.environ.get("DATABASE_URL"):
        parser.error("--workers > 1 needs PostgreSQL (set DATABASE_URL)")

    data_dir = tempfile.mkdtemp(prefix="regie-bench-gateway-")
    scanner = args.scanner
    env = {**os.environ, "PYTHONPATH": str(REPO), "REGIE_DATA_DIR": data_dir,
           "DJANGO_SETTINGS_MODULE": "regie.conf.base", "REGIE_GATEWAY_SCANNER": scanner,
           "REGIE_LOG_LEVEL": "ERROR",
           # The warm-up sends every person one request; keep them all cached meanwhile.
           "REGIE_GATEWAY_PEOPLE_CACHE_SECONDS": "3600"}
    os.environ.update({k: env[k] for k in ("REGIE_DATA_DIR", "DJANGO_SETTINGS_MODULE")})
    processes = []

    def start(cmd: list[str], port: int, extra_env: dict | None = None) -> int:
        merged = {k: v for k, v in {**env, **(extra_env or {})}.items() if v is not None}
        process = subprocess.Popen(cmd, cwd=REPO, env=merged,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        processes.append(process)
        wait_for_port(port, process)
        return process.pid

    def start_regie(workers: int) -> tuple[int, int]:
        port = free_port()
        pid = start([sys.executable, "-m", "uvicorn", "regie.asgi:application", "--host",
                     "127.0.0.1", "--port", str(port), "--lifespan", "off", "--log-level",
                     "warning", "--no-access-log", "--http", args.http, "--loop", args.loop,
                     "--workers", str(workers)], port)
        return port, pid

    try:
        up_port = free_port()
        up_pid = start([sys.executable, "tests/gateway/upstream.py", str(up_port)], up_port)
        upstream_url = f"http://127.0.0.1:{up_port}/v1"
        token = setup_regie(upstream_url, limits=args.limits)
        people = {}  # row name: (front-end key, each person's headers)
        if args.people:
            for label, with_budgets in ((PEOPLE, False), (BUDGETS, True)):
                people_token, org_slug = setup_people(upstream_url, args.people,
                                                      args.departments, budgets=with_budgets)
                people[label] = (people_token, [
                    {"X-OpenWebUI-User-Email": f"medewerker{i}@{org_slug}.nl"}
                    for i in range(args.people)])
        regies = [(f"Regie {n} worker{'s' if n > 1 else ''}", *start_regie(n))
                  for n in sorted({1, args.workers})]
        litellm = None  # (name, port, pid, headers, None), measured in the first round
        litellm_note = ""
        if LITELLM.exists():
            litellm_port = free_port()
            litellm_key = "sk-" + secrets.token_hex(32)
            config = Path(data_dir) / "litellm.yaml"
            config.write_text(json.dumps({"model_list": [{"model_name": "fast", "litellm_params": {
                "model": "openai/fast", "api_base": upstream_url, "api_key": "bench"}}],
                "litellm_settings": {"telemetry": False, "drop_params": True}}))
            try:
                litellm_pid = start(
                    [str(LITELLM), "--config", str(config), "--port", str(litellm_port),
                     "--host", "127.0.0.1", "--num_workers", "1"], litellm_port,
                    {"LITELLM_LOG": "ERROR", "LITELLM_TELEMETRY": "False",
                     "LITELLM_MASTER_KEY": litellm_key,
                     "DATABASE_URL": None})  # LiteLLM would take Regie's database as its own
                litellm = ("LiteLLM proxy", litellm_port, litellm_pid,
                           {"Authorization": f"Bearer {litellm_key}"}, None)
            except RuntimeError as exc:
                litellm_note = f"LiteLLM did not start: {exc}"
        else:
            litellm_note = "LiteLLM not installed in bench/.venv-gateway"

        body = {"model": "fast", "messages": [{"role": "user", "content": PROMPT}]}
        auth = {"Authorization": f"Bearer {token}"}
        # (name, port, pid, headers, people's headers)
        targets = [(name, port, pid, auth, None) for name, port, pid in regies]
        if people:
            name, port, pid = regies[0]
            for position, (label, (people_token, headers)) in enumerate(people.items(), 1):
                people_auth = {"Authorization": f"Bearer {people_token}"}
                # Every person once (register reads, new counters), then measure.
                asyncio.run(load(port, "/v1/chat/completions",
                                 {"model": "fast", "messages": [{"role": "user",
                                                                 "content": "Hoi"}]},
                                 people_auth, concurrency=50, total=len(headers),
                                 people=headers))
                targets.insert(position, (label, port, pid, people_auth, headers))
        rows = []
        cpu_per_round: dict[tuple[str, int], list[float]] = {}
        for concurrency in (1, 50):
            total = args.requests // 4 if concurrency == 1 else args.requests
            runs: dict[str, list] = {}
            for turn in range(args.rounds):
                # Interleaved, each round in another order: load changes hit all alike.
                shift = turn % len(targets)
                for name, port, pid, headers, persons in (
                        [("upstream direct", up_port, up_pid, {}, None)]
                        + targets[shift:] + targets[:shift]
                        + ([litellm] if litellm and turn == 0 else [])):
                    latencies, rps, cpu = measure(
                        pid, port, "/v1/chat/completions", body, headers,
                        concurrency=concurrency, total=total, people=persons)
                    run = runs.setdefault(name, [[], [], []])
                    run[0] += latencies
                    run[1].append(rps)
                    run[2].append(cpu)
                    cpu_per_round.setdefault((name, concurrency), []).append(cpu)
            direct = runs["upstream direct"][0]
            for name, (latencies, rps, cpu) in runs.items():
                rows.append((name, concurrency, latencies, statistics.mean(rps),
                             statistics.mean(cpu), None if name == "upstream direct" else direct))
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(timeout=20)

    database = "PostgreSQL" if os.environ.get("DATABASE_URL") else "SQLite"
    print(f"Gateway overhead, 2 KB prompts, scanner {scanner}, {database}, "
          f"limits {'on' if args.limits else 'off'}, "
          + (f"{args.people} people in {args.departments} departments, " if people else "")
          + "uvicorn "
          f"--http {args.http} --loop {args.loop}; {args.requests} requests at concurrency 50 "
          "(a quarter at 1)")
    print(f"{'path':<22} {'conc':>4} {'p50 ms':>8} {'p99 ms':>8} {'added p50':>10} "
          f"{'added p99':>10} {'req/s':>8} {'CPU ms/req':>11}")
    for name, concurrency, values, rps, cpu, base in rows:
        added = ("", "") if base is None else (
            f"{pct(values, 50) - pct(base, 50):.2f}", f"{pct(values, 99) - pct(base, 99):.2f}")
        print(f"{name:<22} {concurrency:>4} {pct(values, 50):>8.2f} {pct(values, 99):>8.2f} "
              f"{added[0]:>10} {added[1]:>10} {rps:>8.0f} {cpu:>11.2f}")
    latencies = {(name, c): values for name, c, values, *_rest in rows}
    for concurrency in (1, 50) if people else ():
        for label, base in (("budgets (people+budgets - people)", PEOPLE),
                            ("people and budgets (people+budgets - Regie)", regies[0][0])):
            diffs = [with_budgets - without for with_budgets, without in zip(
                cpu_per_round[BUDGETS, concurrency], cpu_per_round[base, concurrency],
                strict=True)]
            ours, theirs = latencies[BUDGETS, concurrency], latencies[base, concurrency]
            print(f"added CPU at concurrency {concurrency:>2}, {label}: median "
                  f"{statistics.median(diffs):.3f} ms/req over {len(diffs)} rounds "
                  f"(spread {min(diffs):.3f}..{max(diffs):.3f}); added p50 "
                  f"{pct(ours, 50) - pct(theirs, 50):.2f} ms, p99 "
                  f"{pct(ours, 99) - pct(theirs, 99):.2f} ms")
    if people:
        print("target: per-person budgets add < 0.2 ms CPU per request")
    if litellm_note:
        print(f"{'LiteLLM proxy':<16} {'-':>4} {litellm_note}")
    print("targets: added p50 <= 2 ms, added p99 <= 10 ms; Regie req/s >= LiteLLM req/s")


if __name__ == "__main__":
    main()
