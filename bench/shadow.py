"""Shadow-AI import: throughput (lines per second) and peak memory for a proxy log of
1,000,000 lines (Squid native format, 15% of it to AI services, 3,000 people, 30 days).

    .venv/bin/python bench/shadow.py [--lines N]

Prints a table. Runs `regie shadow import` as a child process on a fresh SQLite database, so
the peak memory is that of the real command (including Django), as the kernel counts it; the
peak of `regie check` in the same run shows what Django alone takes.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def main() -> None:
    from tests.shadow.synthetic import run_measured, write_log

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lines", type=int, default=1_000_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="regie-bench-shadow-") as tmp:
        folder = Path(tmp)
        env = {**os.environ, "REGIE_DATA_DIR": str(folder), "DATABASE_URL": "",
               "PYTHONPATH": str(REPO)}
        log = folder / "access.log"
        write_log(log, args.lines)
        for setup in (["migrate", "--verbosity", "0"],
                      ["shell", "-c", "from regie.register.models import Organization as O; "
                       "O.objects.create(name='Bench', slug='bench')"]):
            done, _ = run_measured(setup, env)
            if done.returncode:
                raise SystemExit(done.stderr)
        _, django_only = run_measured(["check"], env)
        started = time.perf_counter()
        done, peak = run_measured(["shadow", "import", str(log), "--format", "squid"], env)
        seconds = time.perf_counter() - started
        if done.returncode:
            raise SystemExit(done.stderr)
        size = log.stat().st_size / 1e6
    print(f"Shadow-AI import: Squid log of {args.lines:,} lines ({size:.0f} MB), SQLite")
    print(f"| {'measure':<34} | {'value':>12} |")
    print(f"|{'-' * 36}|{'-' * 14}|")
    print(f"| {'wall time (s)':<34} | {seconds:>12.1f} |")
    print(f"| {'lines per second':<34} | {args.lines / seconds:>12,.0f} |")
    print(f"| {'peak RSS of the import (MB)':<34} | {peak:>12} |")
    print(f"| {'peak RSS of `regie check` (MB)':<34} | {django_only:>12} |")
    print(done.stdout.strip().splitlines()[0])


if __name__ == "__main__":
    main()
