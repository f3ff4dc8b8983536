"""`regie serve --demo` loads Gemeente Voorbeeldstad with its users and dossiers, and
loading it twice changes nothing."""

import sqlite3

from tests.conftest import run_regie


def test_it_loads_the_demo_organisation_idempotently(tmp_path):
    env = {"REGIE_DATA_DIR": str(tmp_path), "REGIE_DEMO_PASSWORD": "demo-geheim-42",
           "DATABASE_URL": "", "REGIE_ADMIN_PASSWORD": "beheer-geheim-42"}
    first = run_regie("serve", "--demo", "--no-run", env=env)
    assert first.returncode == 0, first.stderr
    assert "Gemeente Voorbeeldstad: 7 toepassingen" in first.stdout
    assert "demo-geheim-42" in first.stdout
    assert "Officiële instrumenten uit" in first.stdout  # ../shared/reference is at hand

    db = sqlite3.connect(tmp_path / "regie.sqlite3")
    counts = lambda: db.execute(  # noqa: E731
        "SELECT (SELECT COUNT(*) FROM register_application),"
        " (SELECT COUNT(*) FROM workflow_auditevent),"
        " (SELECT COUNT(*) FROM register_user)").fetchone()
    before = counts()
    statuses = {row[0] for row in db.execute("SELECT status FROM register_application")}
    official = {row[0] for row in db.execute(
        "SELECT key FROM instruments_instrumentversion WHERE builtin = 0")}
    assert official == {"ai_act", "urn:nl:prescan", "urn:nl:iama", "urn:nl:dpia"}
    assert before[0] == 7 and {"in_use", "approved", "in_review", "draft", "rejected"} <= statuses
    roles = {row[0] for row in db.execute(
        "SELECT g.name FROM auth_group g JOIN register_user_groups ug ON ug.group_id = g.id")}
    assert roles == {"medewerker", "projectleider", "fg", "ciso", "directie",
                     "dagelijks_bestuur", "beheerder"}

    second = run_regie("serve", "--demo", "--no-run", env=env)
    assert second.returncode == 0, second.stderr
    assert counts() == before
