"""A PostgreSQL instance of its own (the newest installed server, or the binaries in
REGIE_PG_BIN), in a temporary folder on a free port, that a test or benchmark may stop and
start at will (the shared server is never touched).

    with TemporaryCluster() as cluster:   # initdb, start, create role and database
        cluster.url                       # postgres://regie:regie@127.0.0.1:PORT/regie
        cluster.stop(); cluster.start()

As root the server runs as the `postgres` user. `unavailable()` says why it cannot run here.
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path

from tests.gateway.upstream import free_port


def _newest_bin() -> Path:
    """The newest installed server's binaries (Debian keeps one folder per version)."""
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"),
                      key=lambda path: int(path.parts[-3]) if path.parts[-3].isdigit() else 0)
    return versions[-1].parent if versions else Path("/usr/lib/postgresql/15/bin")


BIN = Path(os.environ.get("REGIE_PG_BIN") or _newest_bin())


def _as_owner() -> list[str]:
    return ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []


def unavailable() -> str:
    """Why no temporary cluster can be made here ("" when it can)."""
    if not (BIN / "initdb").exists():
        return f"PostgreSQL binaries not found in {BIN} (REGIE_PG_BIN)"
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root without a postgres user"
        if not shutil.which("runuser"):
            return "running as root without runuser"
    return ""


class TemporaryCluster:
    def __init__(self) -> None:
        self.port = free_port()
        self.url = f"postgres://regie:regie@127.0.0.1:{self.port}/regie"

    def _run(self, *args: str) -> None:
        subprocess.run([*_as_owner(), *args], check=True, capture_output=True, cwd="/")

    def __enter__(self) -> TemporaryCluster:
        self.folder = Path(tempfile.mkdtemp(prefix="regie-pg-"))
        self.data = self.folder / "data"
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres", "postgres")
        try:
            self._run(str(BIN / "initdb"), "-D", str(self.data), "-U", "postgres",
                      "--auth=trust", "--no-sync", "-E", "UTF8", "--locale=C.UTF-8")
            self.start()
            for sql in ("CREATE ROLE regie LOGIN SUPERUSER PASSWORD 'regie'",
                        "CREATE DATABASE regie OWNER regie"):
                self._run(str(BIN / "psql"), "-h", str(self.folder), "-p", str(self.port),
                          "-U", "postgres", "-c", sql)
        except BaseException:
            self.__exit__()
            raise
        return self

    def start(self) -> None:
        self._run(str(BIN / "pg_ctl"), "-D", str(self.data), "-w", "-l",
                  str(self.folder / "server.log"), "-o",
                  f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1", "start")

    def stop(self) -> None:
        self._run(str(BIN / "pg_ctl"), "-D", str(self.data), "-w", "-m", "fast", "stop")

    def __exit__(self, *exc) -> None:
        if (self.data / "postmaster.pid").exists():
            self._run(str(BIN / "pg_ctl"), "-D", str(self.data), "-w", "-m", "immediate",
                      "stop")
        shutil.rmtree(self.folder, ignore_errors=True)
