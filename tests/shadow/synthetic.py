"""A large synthetic Squid log and a way to run `regie` with its peak memory measured; shared
by the million-line test and `bench/shadow.py`."""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
AI_HOSTS = ["chatgpt.com", "claude.ai", "gemini.google.com", "www.deepl.com",
            "chat.mistral.ai", "api.openai.com", "copilot.microsoft.com", "www.perplexity.ai"]
OTHER_HOSTS = ["www.rijksoverheid.nl", "www.overheid.nl", "login.microsoftonline.com",
               "outlook.office365.com", "www.google.com", "www.kadaster.nl", "www.kvk.nl",
               "teams.microsoft.com", "www.nu.nl", "cdn.jsdelivr.net"]
START = 1_761_955_200  # 2025-11-01 00:00 UTC
# Runs Regie's command line and reports the process's own peak RSS on its last stderr line.
_MEASURED = ("import resource, sys\nfrom regie.cli import main\n"
             "sys.argv = ['regie', *sys.argv[1:]]\n"
             "try:\n    main()\nfinally:\n    print('MAXRSS', resource.getrusage("
             "resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)\n")


def write_log(path: Path, lines: int, *, seed: int = 7) -> None:
    """`lines` lines over 30 days: 15% to AI services, 3,000 people, 16 subnets."""
    rng = random.Random(seed)
    with path.open("w") as out:
        for n in range(lines):
            t = START + n * (30 * 86_400 / lines)
            host = rng.choice(AI_HOSTS) if rng.random() < 0.15 else rng.choice(OTHER_HOSTS)
            user = f"user{rng.randrange(3000):04d}"
            ip = f"10.20.{rng.randrange(16)}.{rng.randrange(1, 250)}"
            out.write(f"{t:.3f} {rng.randrange(20, 2000):6d} {ip} TCP_TUNNEL/200 "
                      f"{rng.randrange(500, 90000)} CONNECT {host}:443 {user} "
                      f"HIER_DIRECT/104.18.32.47 -\n")


def run_measured(args: list[str], env: dict[str, str]) -> tuple[subprocess.CompletedProcess,
                                                                int]:
    """Run `regie ARGS` in a child process; return it and its peak RSS in MB."""
    done = subprocess.run([sys.executable, "-c", _MEASURED, *args], env=env, cwd=REPO,
                          capture_output=True, text=True, timeout=900)
    peak = next((int(line.split()[1]) for line in done.stderr.splitlines()
                 if line.startswith("MAXRSS")), 0)
    return done, peak // 1024
