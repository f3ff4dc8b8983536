"""An organisation starts from another organisation's published dossier, origin recorded."""

from django.contrib.auth.models import Group

import pytest

from regie.audit.service import AuditEvent
from regie.publication import service as publication
from regie.register.dossier import parse_dossier
from regie.register.models import Application, User
from regie.register.service import import_dossier
from regie.workflow import service
from tests import evidence

from .conftest import ALLOWED, actor, advise


@pytest.fixture
def published(other_organization, users):
    """An application of Gemeente Elders, approved with advice and published in the algorithm
    register (its publication record, confirmed with the register's id)."""
    colleague = User.objects.create_user(
        "elders", email="pl@elders.nl", organization=other_organization
    )
    colleague.groups.add(Group.objects.get(name="projectleider"))
    data = parse_dossier(
        {
            **ALLOWED,
            "organization": other_organization.name,
            "owner": {"name": "Elders", "email": "pl@elders.nl"},
            "model": {**ALLOWED["model"], "endpoint": {"base_url": "http://10.0.0.5/v1"}},
        }
    )
    source, _ = import_dossier(data, actor=actor(colleague))
    fg = User.objects.create_user("fg-elders", organization=other_organization)
    ciso = User.objects.create_user("ciso-elders", organization=other_organization)
    fg.groups.add(Group.objects.get(name="fg"))
    ciso.groups.add(Group.objects.get(name="ciso"))
    Application.objects.filter(pk=source.pk).update(status="in_review")
    advise(source, {"fg": fg, "ciso": ciso})
    Application.objects.filter(pk=source.pk).update(status="in_use")
    evidence.publish(source, colleague)
    return Application.objects.get(pk=source.pk)


def test_it_lists_only_other_organisations_published_dossiers(
    published, organization, make_application
):
    own = make_application()
    Application.objects.filter(pk=own.pk).update(status="in_use")
    assert list(service.published_dossiers(organization)) == [published]
    publication.retract(published, actor=actor(User.objects.get(username="elders")), client=None)
    assert list(service.published_dossiers(organization)) == []  # retracted: not listed


def test_it_lists_no_dossier_that_only_declares_its_publication(published, organization,
                                                                 other_organization):
    colleague = User.objects.get(username="elders")
    typed = parse_dossier({**ALLOWED, "name": "Alleen verklaard", "status": "in_use",
                           "organization": other_organization.name,
                           "registers": {"algoritmeregister": True, "cmdb": True}})
    declared, _ = import_dossier(typed, actor=actor(colleague), status="in_use")
    assert declared.register_algoritmeregister is True
    assert list(service.published_dossiers(organization)) == [published]
    evidence.publish(declared, colleague)
    assert set(service.published_dossiers(organization)) == {published, declared}


def test_it_copies_the_analysis_and_records_the_origin(published, organization, users):
    copy = service.reuse_dossier(
        published, organization=organization, actor=actor(users["owner"]), name="Woo-samenvattingen"
    )
    assert copy.organization == organization and copy.status == "draft"
    assert copy.risk_care == published.risk_care
    assert copy.model.organization == organization
    assert copy.model.endpoint_base_url == ""  # their systems are not ours
    assert copy.owner == users["owner"]
    assert (copy.advice_fg, copy.register_algoritmeregister) == ("none", None)
    origin = copy.origin
    assert (origin.source, origin.source_organization) == (published, "Gemeente Elders")
    assert {a["role"] for a in origin.snapshot["advice"]} == {"fg", "ciso"}
    event = AuditEvent.objects.get(event="application_reused")
    assert event.data["source_slug"] == published.slug
    published.refresh_from_db()
    assert published.organization.name == "Gemeente Elders"  # the source is untouched


def test_it_imports_through_the_page_and_refuses_unpublished_sources(
    published, users, client, make_application
):
    client.force_login(users["owner"])
    page = client.get("/procedure/hergebruik/")
    assert published.name in page.content.decode()
    response = client.post("/procedure/hergebruik/", {"source": published.pk, "name": "Kopie"})
    copy = Application.objects.get(name="Kopie")
    assert response.status_code == 302 and response["Location"].endswith(f"/{copy.slug}/")
    assert "Gemeente Elders" in client.get(response["Location"]).content.decode()
    Application.objects.filter(pk=published.pk).update(status="draft")
    assert client.post("/procedure/hergebruik/", {"source": published.pk}).status_code == 404
    client.force_login(users["fg"])
    assert client.get("/procedure/hergebruik/").status_code == 403


def test_it_keeps_the_source_declarations_marked_as_such(published, organization, users):
    copy = service.reuse_dossier(published, organization=organization,
                                 actor=actor(users["owner"]))
    view = service.overview(copy, user=users["owner"])
    supplier = next(row for row in view.checklist if row.item.key == "supplier")
    assert not supplier.met  # their agreement is not ours
    [declared, *_rest] = supplier.declared
    assert declared.origin == "overgenomen van Gemeente Elders"
    assert supplier.as_dict()["declared"][0]["declared_by"] == "overgenomen van Gemeente Elders"
