"""Creating and editing applications through the web form: validation, the organisation's
own catalogue, and every change in the audit trail."""

from django.urls import reverse

import pytest

from regie.audit.models import AuditEvent
from regie.register.forms import ApplicationForm
from regie.register.models import Application

CREATE = reverse("register:application_create")


@pytest.fixture
def projectleider(client, make_user):
    user = make_user("projectleider")
    client.force_login(user)
    return user


def test_it_creates_an_application_with_its_lists_and_audits_it(client, projectleider,
                                                                register):
    response = client.post(CREATE, {
        "name": "Antwoorden op raadsvragen", "purpose": "Conceptantwoorden voor de griffie.",
        "owner_email": projectleider.email, "use": "project", "tasks": ["text_drafting",
                                                                        "summarising"],
        "experts": ["legal"], "ai_act_roles": ["deployer"], "model": register.model.pk,
        "other_models": [register.model.pk], "data_personal": "false",
        "contract_end_date": "2027-12-31",
    })
    application = Application.objects.get(name="Antwoorden op raadsvragen")
    assert response.status_code == 302
    assert response["Location"] == application.get_absolute_url()
    assert application.organization == projectleider.organization
    assert application.created_by == projectleider
    assert application.status == "draft"
    assert application.task_values == ["summarising", "text_drafting"]
    assert application.expert_values == ["legal"]
    assert application.data_personal is False and application.data_special_categories is None
    event = AuditEvent.objects.get(application_id=application.pk)
    assert event.event == "application_created" and event.via == "web"
    assert event.actor_id == projectleider.pk


def test_it_refuses_missing_facts_with_linked_dutch_messages(client, projectleider):
    response = client.post(CREATE, {"name": "", "purpose": "", "owner_email": "geen-adres",
                                    "contract_end_date": "31-31-2027"})
    html = response.content.decode()
    assert response.status_code == 400
    assert Application.objects.count() == 0
    assert 'id="id_name_error"' in html and 'aria-describedby="id_name_error"' in html
    assert 'aria-invalid="true"' in html
    assert "Dit veld is vereist." in html
    assert "e-mailadres" in html.lower()
    assert 'href="#id_contract_end_date"' in html


def test_it_offers_and_accepts_only_the_own_organisations_models(client, projectleider,
                                                                 register, other_register):
    form = ApplicationForm(organization=projectleider.organization)
    assert list(form.fields["model"].queryset) == [register.model]
    page = client.get(CREATE).content.decode()
    assert '<option value="" selected>— niet ingevuld —</option>' in page
    model_select = str(ApplicationForm(organization=projectleider.organization)["model"])
    assert f'value="{register.model.pk}"' in model_select
    assert f'value="{other_register.model.pk}"' not in model_select
    response = client.post(CREATE, {"name": "X", "purpose": "Y",
                                    "model": other_register.model.pk})
    assert response.status_code == 400
    assert Application.objects.filter(name="X").count() == 0


def test_it_records_field_changes_when_editing(client, projectleider, register):
    application = register.application
    url = reverse("register:application_edit", args=[application.slug])
    form = client.get(url).context["form"]
    assert form.initial["tasks"] == ["summarising"]
    data = {name: value for name, value in form.initial.items()
            if value is not None and name in form.fields}
    data.update({"purpose": "Nieuw doel.", "model": register.model.pk,
                 "supplier": register.supplier.pk, "tasks": ["summarising", "faq_answering"],
                 "other_models": []})
    response = client.post(url, data)
    assert response.status_code == 302
    event = AuditEvent.objects.filter(application_id=application.pk).latest("id")
    assert event.event == "application_updated"
    assert {c["field"] for c in event.changes} == {"purpose", "tasks"}
    application.refresh_from_db()
    assert application.status == "in_review"  # status belongs to the workflow, not the form
    history = client.get(application.get_absolute_url()).content.decode()
    assert "Nieuw doel." in history and "Vragen beantwoorden" in history


def test_it_keeps_the_stored_dossier_when_an_edit_is_refused(client, projectleider, register):
    url = reverse("register:application_edit", args=[register.application.slug])
    response = client.post(url, {"name": "", "purpose": "Ander doel"})
    assert response.status_code == 400
    assert "Samenvatten van Woo-verzoeken wijzigen" in response.content.decode()
    register.application.refresh_from_db()
    assert register.application.purpose.startswith("Lange Woo-verzoeken")


def test_it_keeps_other_organisations_dossiers_out_of_reach(client, projectleider,
                                                            other_register):
    url = reverse("register:application_edit", args=[other_register.application.slug])
    response = client.post(url, {"name": "Overgenomen", "purpose": "x"})
    assert response.status_code == 404
    other_register.application.refresh_from_db()
    assert other_register.application.name == "Chatassistent elders"


def test_it_lets_a_projectleider_edit_only_dossiers_they_own_or_created(client, make_user,
                                                                         register):
    client.force_login(make_user("projectleider", username="tweede"))
    url = reverse("register:application_edit", args=[register.application.slug])
    assert client.get(url).status_code == 403
    assert client.post(url, {"name": "Gekaapt", "purpose": "x"}).status_code == 403
    register.application.refresh_from_db()
    assert register.application.name == "Samenvatten van Woo-verzoeken"
