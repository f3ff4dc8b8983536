"""The Algoritmekader catalogue loads from a folder or archive, applies per AI-Act profile,
and a reload keeps recorded work; the command line refuses bad files with exit status 2."""

import shutil
import zipfile

from regie.audit.service import Actor
from regie.instruments import service
from regie.instruments.models import Measure, MeasureWork, Requirement
from regie.register.models import Application
from tests.conftest import run_regie


def test_it_loads_the_catalogue_and_keeps_work_on_reload(
    application, make_user, reference_dir, tmp_path
):
    actor = Actor(user=make_user("beheerder"), via="cli")
    source = reference_dir / "algoritmekader"
    version, created = service.load_instrument(source, actor=actor)
    assert created and version.content["requirements"] == 63
    assert service.load_instrument(source, actor=actor)[1] is False  # same hash: skipped
    Application.objects.filter(pk=application.pk).update(ai_act_risk="high", ai_act_gpai=True)
    application.ai_act_roles.create(role="deployer")
    application.refresh_from_db()
    requirements, _work = service.applicable_requirements(application)
    urns = {r.urn for r in requirements}
    assert "urn:nl:ak:ver:aia-21" in urns and "urn:nl:ak:ver:avg-13" in urns
    assert "urn:nl:ak:ver:aia-03" not in urns  # provider duty
    measure = requirements[0].measures.first()
    service.record_measure_work(
        application,
        measure,
        actor=actor,
        status="done",
        evidence_link="https://intranet.example/bewijs",
    )
    # A newer catalogue, delivered as a zip archive with one measure renamed.
    copy = tmp_path / "algoritmekader"
    shutil.copytree(source, copy)
    measure_file = next((copy / "measures").glob(f"*-{measure.urn.rsplit(':', 1)[-1]}-*"))
    measure_file.write_text(measure_file.read_text().replace("name:", "name: Herzien -", 1))
    archive = tmp_path / "algoritmekader.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for item in copy.rglob("*"):
            zf.write(item, item.relative_to(tmp_path).as_posix())
    assert service.load_instrument(archive, actor=actor)[1] is True
    work = MeasureWork.objects.get(application=application)
    assert work.measure_id == measure.pk and work.status == "done"
    assert Measure.objects.get(pk=measure.pk).name.startswith("Herzien")
    assert Requirement.objects.count() == 63


def test_it_requires_a_reason_for_not_applicable(application, make_user, reference_dir):
    actor = Actor(user=make_user("beheerder"), via="web")
    service.load_instrument(reference_dir / "algoritmekader", actor=actor)
    measure = Measure.objects.first()
    try:
        service.record_measure_work(application, measure, actor=actor, status="not_applicable")
    except service.InstrumentError as exc:
        assert "reden" in str(exc)
    assert not MeasureWork.objects.exists()


def _cli_env(tmp_path):
    # The command line gets its own database in a fresh data folder (SQLite), so it never
    # touches the test database or a shared PostgreSQL one.
    return {"REGIE_DATA_DIR": str(tmp_path / "data"), "DATABASE_URL": ""}


def test_it_loads_and_lists_instruments_on_the_command_line(reference_dir, tmp_path):
    env = _cli_env(tmp_path)
    assert run_regie("migrate", "-v0", env=env).returncode == 0
    tree = reference_dir / "ai-act-decision-tree" / "decision-tree.yaml"
    loaded = run_regie("instrument", "load", str(tree), env=env)
    assert loaded.returncode == 0, loaded.stderr
    assert "Beslishulp AI-verordening" in loaded.stdout
    listing = run_regie("instrument", "list", env=env)
    assert "Beslishulp AI-verordening" in listing.stdout
    assert "urn:nl:regierisicoanalyse" in listing.stdout


def test_it_refuses_a_bad_tree_naming_file_place_and_problem(reference_dir, tmp_path):
    env = _cli_env(tmp_path)
    run_regie("migrate", "-v0", env=env)
    text = (reference_dir / "ai-act-decision-tree" / "decision-tree.yaml").read_text()
    bad = tmp_path / "tree.yaml"
    bad.write_text(text.replace('nextQuestionId: "1.3"', 'nextQuestionId: "9.9"', 1))
    result = run_regie("instrument", "load", str(bad), env=env)
    assert result.returncode == 2
    assert str(bad) in result.stderr and "vraag 1.2" in result.stderr
    assert "9.9" in result.stderr and "Traceback" not in result.stderr
    hostile = tmp_path / "hostile.yaml"
    hostile.write_text(text.replace("'\"distributeur\" in labels'", "'__import__(\"os\")'", 1))
    result = run_regie("instrument", "load", str(hostile), env=env)
    assert result.returncode == 2 and "vraag 1.4.2" in result.stderr
    assert "onbekende functie '__import__'" in result.stderr
