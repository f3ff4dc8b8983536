"""The dashboard counts facts Regie evidences from its records, never from typed values:
trained employees from training records (as the AI-literacy page counts them, for one
organisation and for the whole installation), a light AI-Act class from the decision tree."""

import datetime as dt
import io

from django.urls import reverse

from pypdf import PdfReader

from regie.audit.service import Actor
from regie.instruments import service as instruments
from regie.lifecycle import service as lifecycle
from regie.publication.dashboard import dashboard_figures
from regie.publication.report import yearly_report_pdf
from tests import evidence


def test_it_counts_trained_employees_only_from_training_records(
    make_application, make_user, organization, other_organization, client
):
    make_application()  # in use, its dossier types "users trained: true"
    beheerder = make_user("beheerder", username="beheer")
    employee = make_user("medewerker", username="medewerker")
    make_user("medewerker", username="elders", org=other_organization)
    by = Actor(user=beheerder, via="test")
    assert dashboard_figures(organization).training == (0, 2)  # declared only: not counted
    assert dashboard_figures(None).training == (0, 3)

    training = lifecycle.save_training(organization, actor=by, name="AI-geletterdheid",
                                       level="basic", validity_months=12)
    record = lifecycle.record_training(user=employee, training=training,
                                       completed_on=dt.date.today(), actor=by)
    assert dashboard_figures(organization).training == (1, 2)  # evidence counts
    assert dashboard_figures(None).training == (1, 3)
    client.force_login(make_user("directie", username="directie"))
    html = client.get(reverse("publication:dashboard")).content.decode()
    assert "Training van gebruikers" in html

    lifecycle.revoke_training(record, actor=by, reason="Certificaat van een andere cursus.")
    assert dashboard_figures(organization).training == (0, 3)  # withdrawn: not counted
    assert dashboard_figures(None).training == (0, 4)


def yearly_text(organization) -> str:
    pdf = PdfReader(io.BytesIO(yearly_report_pdf(organization, year=2026)))
    return " ".join(" ".join(page.extract_text().split()) for page in pdf.pages)


def test_it_counts_a_light_ai_act_class_only_from_the_decision_tree(
    make_application, make_user, organization
):
    application = make_application()  # in use, typed "minimal"
    make_application(name="Hoog", assessments={"ai_act": {"risk": "high", "roles": ["deployer"],
                                                            "gpai": True}})
    risk = dashboard_figures(organization).by_risk
    assert (risk["Minimaal risico"], risk["Onbekend"], risk["Hoog risico"]) == (0, 1, 1)
    assert "Mistral Small · Onbekend" in yearly_text(organization)

    owner = make_user("projectleider", username="petra")
    run = evidence.classify_ai_act(application, owner)  # the tree says: minimal
    risk = dashboard_figures(organization).by_risk
    assert (risk["Minimaal risico"], risk["Onbekend"], risk["Hoog risico"]) == (1, 0, 1)
    assert "Mistral Small · Minimaal risico" in yearly_text(organization)

    instruments.undo_tree(run, actor=Actor(user=owner, via="test"))  # reopened: no evidence
    risk = dashboard_figures(organization).by_risk
    assert (risk["Minimaal risico"], risk["Onbekend"]) == (0, 1)
