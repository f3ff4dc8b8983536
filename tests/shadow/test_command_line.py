"""`regie shadow import` from the real command line: output, exit 2, a million lines."""

from __future__ import annotations

import os

import pytest

from tests.conftest import REPO, run_regie
from tests.shadow.conftest import SAMPLES
from tests.shadow.synthetic import run_measured, write_log

MEMORY_BOUND_MB = 250


@pytest.fixture(scope="module")
def shadow_env(cli_env):
    created = run_regie("shell", "-c", "from regie.register.models import Organization as O; "
                        "O.objects.get_or_create(name='Gemeente Schaduw', "
                        "slug='gemeente-schaduw')", env=cli_env)
    assert created.returncode == 0, created.stderr
    return cli_env


def _import(env, *args):
    return run_regie("shadow", "import", *args, "--organization", "gemeente-schaduw", env=env)


def test_it_imports_a_csv_export_with_its_mapping_once(shadow_env):
    args = (str(SAMPLES / "swg-export.csv"), "--format", "csv",
            "--mapping", str(SAMPLES / "swg-export.mapping.yaml"))
    first = _import(shadow_env, *args)
    assert first.returncode == 0, first.stderr
    assert "8 regels, 5 naar AI-diensten, 1 onleesbaar" in first.stdout
    assert "gemini: 2" in first.stdout
    again = _import(shadow_env, *args)
    assert again.returncode == 0 and "al eerder ingelezen" in again.stdout


@pytest.mark.parametrize("args, expected", [
    (["/nonexistent/access.log", "--format", "squid"], "bestand niet gevonden"),
    ([str(SAMPLES / "swg-export.csv"), "--format", "csv",
      "--mapping", str(SAMPLES / "squid-access.log")], "--mapping"),
    ([str(SAMPLES / "squid-access.log"), "--format", "csv"], "kolommen"),
    ([str(SAMPLES / "bind-query.log"), "--format", "bind", "--organization", "bestaat-niet"],
     "onbekende organisatie"),
])
def test_it_says_what_is_wrong_with_exit_2(shadow_env, args, expected):
    result = run_regie("shadow", "import", *args, *(
        [] if "--organization" in args else ["--organization", "gemeente-schaduw"]),
        env=shadow_env)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert expected in result.stderr


def test_it_reads_a_million_lines_in_bounded_memory(shadow_env, tmp_path):
    log = tmp_path / "access.log"
    write_log(log, 1_000_000)
    done, peak_mb = run_measured(["shadow", "import", str(log), "--format", "squid",
                                  "--organization", "gemeente-schaduw"],
                                 {"PYTHONPATH": str(REPO), **os.environ, **shadow_env})
    assert done.returncode == 0, done.stderr
    assert "1000000 regels" in done.stdout
    assert 0 < peak_mb < MEMORY_BOUND_MB
