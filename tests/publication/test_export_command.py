"""`regie export …` on the real command line: records on stdout or in a file, to-dos on
stderr, exit status 2 with a one-line message for bad input."""

import io
import json

from django.core.management import CommandError, call_command

import pytest
from openpyxl import load_workbook

from ..conftest import run_regie
from .conftest import complete_dossier

ORG = ["--organization", "gemeente-publicatie-cli"]


def test_it_exports_from_the_command_line(tmp_path, cli_env):
    env = cli_env
    for name, extra in (("Samenvatten", {}), ("Onvolledig", {"contact_email": None})):
        path = tmp_path / f"{name}.json"
        path.write_text(
            json.dumps(
                complete_dossier(
                    name=name,
                    slug=f"publicatie-cli-{name.lower()}",
                    organization="Gemeente Publicatie CLI",
                    **extra,
                )
            )
        )
        imported = run_regie("dossier", "import", str(path), env=env)
        assert imported.returncode == 0, imported.stderr

    result = run_regie("export", "algoritmeregister", *ORG, env=env)
    assert result.returncode == 0, result.stderr
    records = json.loads(result.stdout)
    assert [r["name"] for r in records] == ["Onvolledig", "Samenvatten"]
    assert "publicatie-cli-onvolledig: contact_email (verplicht)" in result.stderr
    assert "2 registratie(s) geëxporteerd; 1 met verplichte open punten." in result.stderr

    out = tmp_path / "register.json"
    result = run_regie(
        "export",
        "algoritmeregister",
        "-o",
        str(out),
        "--application",
        "publicatie-cli-samenvatten",
        env=env,
    )
    assert result.returncode == 0 and result.stderr.count("\n") == 1
    assert [r["source_id"] for r in json.loads(out.read_text())] == ["publicatie-cli-samenvatten"]

    xlsx = tmp_path / "cmdb.xlsx"
    result = run_regie("export", "cmdb", "--format", "xlsx", "-o", str(xlsx), *ORG, env=env)
    assert result.returncode == 0, result.stderr
    assert load_workbook(io.BytesIO(xlsx.read_bytes())).active.max_row == 3


def test_it_refuses_bad_arguments_with_exit_status_2(db):
    for args, word in (
        (["algoritmeregister", "--application", "bestaat-niet"], "bestaat-niet"),
        (["algoritmeregister", "--organization", "nergens"], "nergens"),
        (["cmdb", "--format", "xlsx"], "-o"),
    ):
        with pytest.raises(CommandError) as caught:
            call_command("export", *args)
        assert caught.value.returncode == 2 and word in str(caught.value)
