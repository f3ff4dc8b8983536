"""Official files that change under us: the AI-omnibus update of the Beslishulp (same
`version: 1.0.0`, new prohibited practice, new dates) is found by content, shown as a
readable difference, and the applications it touches are re-evaluated and their owners told
by e-mail (a real SMTP server on loopback)."""

from __future__ import annotations

import http.server
import shutil
import threading

import pytest

from regie.aiact.changes import check_file, diff_documents, summary_lines
from regie.aiact.models import InstrumentChange, Obligation
from regie.audit.models import AuditEvent
from regie.audit.service import Actor
from regie.core.errors import InputError
from regie.instruments import service as instruments
from regie.instruments.documents import read_document
from regie.policy.models import EvaluationRecord
from regie.register.models import Application
from tests.aiact.conftest import tree_paths
from tests.conftest import run_regie

ACTOR = Actor(via="test", name="test")


@pytest.fixture
def tree_dir(reference_dir):
    return reference_dir / "ai-act-decision-tree"


def _paths(tree_dir):
    from regie.instruments.decision_tree import DecisionTree

    old = DecisionTree(read_document(tree_dir / "decision-tree.2026-01-06.yaml"))
    through_prohibited = untouched = None
    for steps, labels, conclusion in tree_paths(old):
        asked = {q for q, _a in steps}
        if through_prohibited is None and "2.1" in asked and "hoog-risico AI" in labels \
                and "gebruiksverantwoordelijke" in labels:
            through_prohibited = steps
        if untouched is None and "2.1" not in asked and "1.4.1" not in asked \
                and not conclusion.startswith(("12.", "13.", "14.")):
            untouched = steps
    return through_prohibited, untouched


def test_it_shows_the_new_prohibited_practice_as_a_readable_difference(tree_dir):
    old = read_document(tree_dir / "decision-tree.2026-01-06.yaml")
    new = read_document(tree_dir / "decision-tree.yaml")
    assert old["version"] == new["version"]
    difference = diff_documents(old, new)
    changed = {item["id"]: item for item in difference["questions"]["changed"]}
    assert set(changed) == {"1.4.1", "2.1"}
    [field] = changed["2.1"]["fields"]
    assert field["field"] == "explanation"
    assert any("Uitkleedsystemen" in line for line in field["added"])
    assert not field["removed"]
    assert not difference["questions"]["added"] and not difference["questions"]["removed"]
    conclusions = {item["id"] for item in difference["conclusions"]["changed"]}
    assert "12.0.1" in conclusions and len(conclusions) == 19
    lines = summary_lines(difference)
    assert lines[0].startswith("Versie 1.0.0 (ongewijzigd nummer")
    assert any("2 december 2027" in line and line.strip().startswith("+") for line in lines)
    assert any("2 augustus 2026" in line and line.strip().startswith("-") for line in lines)


@pytest.mark.django_db(transaction=True)
def test_it_reevaluates_the_affected_applications_and_mails_their_owners(
        tree_dir, smtp, organization, other_organization, make_user, client):
    through, untouched = _paths(tree_dir)
    assert through and untouched
    instruments.load_instrument(tree_dir / "decision-tree.2026-01-06.yaml", actor=ACTOR)
    owners = [make_user("projectleider", username=f"eigenaar{n}") for n in range(2)]
    apps = []
    for owner, steps in zip(owners, (through, untouched), strict=True):
        application = Application.objects.create(
            organization=organization, name=f"Toepassing van {owner.username}",
            slug=f"toepassing-{owner.username}", owner=owner, owner_email=owner.email,
            created_by=owner)
        run = instruments.start_run(application, instruments.AI_ACT, actor=ACTOR)
        for question_id, answer in steps:
            instruments.answer_tree(run, question_id, answer, actor=ACTOR)
        assert run.status == "completed"
        apps.append(application)
    old_version = instruments.official_version(instruments.AI_ACT)

    new_version, created = instruments.load_instrument(tree_dir / "decision-tree.yaml",
                                                       actor=ACTOR)
    assert created and new_version.version == old_version.version
    change = InstrumentChange.objects.get()
    assert (change.old_version, change.new_version) == (old_version, new_version)
    [entry] = change.affected
    assert entry["slug"] == apps[0].slug
    assert "vraag 2.1" in entry["touched"]
    assert entry["decision"] in ("allowed", "conditional", "not_allowed")
    assert entry["notified"] == [owners[0].email]
    # re-evaluated: the run is on the new version, a fresh policy record, duties derived
    run = instruments.get_run(apps[0], instruments.AI_ACT)
    assert run.instrument == new_version and run.status == "completed"
    assert EvaluationRecord.objects.filter(application=apps[0]).exists()
    assert Obligation.objects.filter(application=apps[0], code="deployer_fria").exists()
    assert instruments.get_run(apps[1], instruments.AI_ACT).instrument == old_version
    assert not EvaluationRecord.objects.filter(application=apps[1]).exists()
    # the owner's mail says what changed and what to do
    assert [rcpt for rcpt, _subject in smtp.messages] == [owners[0].email]
    assert smtp.messages[0][1] == f"[Regie] Officieel bestand gewijzigd: {apps[0].name}"
    body = smtp.bodies[0]
    assert "vraag 2.1" in body and "Uitkleedsystemen" in body
    assert "Wat u moet doen" in body and f"/instrumenten/{apps[0].slug}/" in body
    assert AuditEvent.objects.filter(event="official_file_changed").exists()
    # the change page: the difference for everyone who reads, the applications per organisation
    client.force_login(make_user("fg"))
    page = client.get(f"/ai-verordening/wijzigingen/{change.pk}/").content.decode()
    assert "Uitkleedsystemen" in page and apps[0].name in page
    assert "(1 toepassing geraakt)" in client.get("/ai-verordening/").content.decode()
    client.force_login(make_user("fg", username="fg_elders", org=other_organization))
    page = client.get(f"/ai-verordening/wijzigingen/{change.pk}/").content.decode()
    assert "Uitkleedsystemen" in page and apps[0].name not in page
    # loading the same content again changes nothing
    assert instruments.load_instrument(tree_dir / "decision-tree.yaml", actor=ACTOR)[1] is False
    assert InstrumentChange.objects.count() == 1


@pytest.mark.django_db
def test_it_checks_a_file_against_what_is_loaded_without_loading_it(tree_dir, tmp_path):
    instruments.load_instrument(tree_dir / "decision-tree.2026-01-06.yaml", actor=ACTOR)
    count = instruments.InstrumentVersion.objects.count()
    assert check_file(str(tree_dir / "decision-tree.2026-01-06.yaml")) == (True, [])
    equal, lines = check_file(str(tree_dir / "decision-tree.yaml"))
    assert not equal and any("Uitkleedsystemen" in line for line in lines)
    assert instruments.InstrumentVersion.objects.count() == count
    with pytest.raises(InputError, match="niet gevonden"):
        check_file(str(tmp_path / "weg.yaml"))
    with pytest.raises(InputError, match="alleen http"):
        check_file("ftp://example.org/tree.yaml")


@pytest.fixture
def served(tree_dir, tmp_path):
    """The current official files on a local HTTP server."""
    for name in ("decision-tree.yaml", "definitions.yaml", "categories.yaml"):
        shutil.copy(tree_dir / name, tmp_path / name)

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=str(tmp_path), **kwargs)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_it_gives_the_exit_status_of_diff_on_the_command_line(tree_dir, cli_env, served,
                                                              tmp_path):
    loaded = run_regie("instrument", "load", str(tree_dir / "decision-tree.2026-01-06.yaml"),
                       env=cli_env)
    assert loaded.returncode == 0, loaded.stderr
    same = run_regie("instrument", "check", str(tree_dir / "decision-tree.2026-01-06.yaml"),
                     env=cli_env)
    assert same.returncode == 0, same.stderr
    changed = run_regie("instrument", "check", str(tree_dir / "decision-tree.yaml"),
                        env=cli_env)
    assert changed.returncode == 1, changed.stderr
    assert "~ vraag 2.1 gewijzigd (explanation)" in changed.stdout
    assert "Uitkleedsystemen" in changed.stdout
    remote = run_regie("instrument", "check", f"{served}/decision-tree.yaml", env=cli_env)
    assert remote.returncode == 1 and "Uitkleedsystemen" in remote.stdout
    assert "begrippenlijst" not in remote.stdout  # the glossary beside it was fetched too
    current = run_regie("instrument", "load", str(tree_dir / "decision-tree.yaml"), env=cli_env)
    assert current.returncode == 0, current.stderr
    same_remote = run_regie("instrument", "check", f"{served}/decision-tree.yaml", env=cli_env)
    assert same_remote.returncode == 0, same_remote.stdout
    (tmp_path / "kapot.yaml").write_text("questions: [", encoding="utf-8")
    for bad in (str(tmp_path / "kapot.yaml"), str(tmp_path / "weg.yaml"),
                f"{served}/bestaat-niet.yaml"):
        result = run_regie("instrument", "check", bad, env=cli_env)
        assert result.returncode == 2, (bad, result.stdout, result.stderr)
        assert "Traceback" not in result.stderr


@pytest.mark.django_db
def test_it_reevaluates_questionnaire_answers_a_changed_task_touches(reference_dir, tmp_path,
                                                                     organization, make_user,
                                                                     mailoutbox):
    source = reference_dir / "dpia-prescan" / "prescan.yaml"
    instruments.load_instrument(source, actor=ACTOR)
    owner = make_user("projectleider")
    application = Application.objects.create(organization=organization, slug="prescan-wijz",
                                             name="Pre-scan wijziging", owner=owner,
                                             owner_email=owner.email, created_by=owner)
    run = instruments.start_run(application, instruments.PRESCAN, actor=ACTOR)
    instruments.save_answers(run, {"0.2": "Samenvatten van bezwaren"}, actor=ACTOR)
    changed = tmp_path / "prescan.yaml"
    changed.write_text(source.read_text(encoding="utf-8").replace(
        "- task: Beschrijving van de verwerking", "- task: Beschrijving van de verwerkingen"),
        encoding="utf-8")
    new_version, created = instruments.load_instrument(changed, actor=ACTOR)
    assert created
    change = InstrumentChange.objects.get(key=instruments.PRESCAN)
    assert [c["id"] for c in change.difference["tasks"]["changed"]] == ["0.2"]
    [entry] = change.affected
    assert entry["touched"] == ["taak 0.2"] and entry["notified"] == [owner.email]
    run.refresh_from_db()
    assert run.instrument == new_version and run.answers["0.2"]["value"].startswith("Samen")
    assert mailoutbox[0].to == [owner.email]
