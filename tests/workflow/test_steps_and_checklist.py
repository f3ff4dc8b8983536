"""The five steps and the ten checklist items follow from the dossier; evidence fills the
rest, with limits on what may be uploaded."""

from django.core.files.uploadedfile import SimpleUploadedFile

import pytest

from regie.publication import service as publication
from regie.workflow import service
from regie.workflow.steps import CHECKLIST, steps_for

from .conftest import ALLOWED, actor, use_evidence

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def test_it_derives_the_five_steps_from_the_dossier():
    assert [s.state for s in steps_for(ALLOWED)] == ["done"] * 5
    empty = {"name": "x"}
    assert [s.state for s in steps_for(empty)] == ["open"] * 5
    half = {
        **ALLOWED,
        "societal_value": None,
        "registers": {"algoritmeregister": False},
        "data": {"personal_data": True},
        "assessments": {"dpia": "in_progress"},
    }
    assert [s.state for s in steps_for(half)] == ["started", "started", "done", "open", "done"]


def test_it_shows_ten_checklist_items_with_sources_and_evidence(make_application, users):
    assert len(CHECKLIST) == 10 and all(i.source == "004 Bijlage 2" for i in CHECKLIST)
    application = make_application()
    use_evidence(application, users)
    view = service.overview(application, user=users["owner"])
    assert view.steps_done == 5
    assert {r.item.key for r in view.checklist if not r.met} == {"measures", "explainability"}
    service.add_evidence(
        application,
        actor=actor(users["ciso"]),
        item="measures",
        kind="file",
        file=SimpleUploadedFile("maatregelen.pdf", PDF),
    )
    row = next(
        r
        for r in service.overview(application, user=users["owner"]).checklist
        if r.item.key == "measures"
    )
    assert row.met and row.evidence[0].confirmed_by_name == str(users["ciso"])
    publication.retract(application, actor=actor(users["beheerder"]), client=None)
    view = service.overview(application, user=users["owner"])
    assert view.steps_done == 4 and view.checklist_done == 8


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("script.exe", b"MZ....", "niet toegestaan"),
        ("nep.pdf", b"<html>geen pdf</html>", "geen echt"),
        ("leeg.txt", b"", "leeg"),
        ("binair.txt", b"abc\x00def", "geen echt"),
    ],
)
def test_it_refuses_unsafe_uploads(make_application, users, name, content, problem):
    application = make_application()
    with pytest.raises(service.ProcedureError, match=problem):
        service.add_evidence(
            application,
            actor=actor(users["owner"]),
            item="measures",
            kind="file",
            file=SimpleUploadedFile(name, content),
        )
    assert not application.evidence.exists()


def test_it_refuses_large_uploads(make_application, users, settings, monkeypatch):
    from regie.core import uploads

    monkeypatch.setattr(uploads, "MAX_EVIDENCE_BYTES", 1024)
    application = make_application()
    with pytest.raises(service.ProcedureError, match="groter dan"):
        service.add_evidence(
            application,
            actor=actor(users["owner"]),
            item="measures",
            kind="file",
            file=SimpleUploadedFile("groot.pdf", PDF + b"x" * 2000),
        )


def test_it_refuses_evidence_without_content(make_application, users):
    application = make_application()
    with pytest.raises(service.ProcedureError, match="url"):
        service.add_evidence(
            application,
            actor=actor(users["owner"]),
            item="measures",
            kind="link",
            url="javascript:alert(1)",
        )
    with pytest.raises(service.ProcedureError, match="item"):
        service.add_evidence(
            application, actor=actor(users["owner"]), item="bestaat-niet", kind="note", note="x"
        )


def test_it_offers_other_pages_the_status_exception_and_progress_bar(make_application, users):
    from django.template import Context, Template

    application = make_application()  # not published, nobody trained yet
    html = Template(
        "{% load procedure %}{% procedure_status a %}{% procedure_steps a %}"
        "{% procedure_exception a %}"
    ).render(Context({"a": application}))
    assert "regie-badge--draft" in html
    assert html.count("procedure-step--done") == 3 and "procedure-step--open" in html
    assert "procedure-exception" not in html
