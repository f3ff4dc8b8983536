"""The dashboard's training figure comes from training records, as the AI-literacy page
counts it — for one organisation and for the whole installation — never from the typed
`training.users_trained` of the dossiers."""

import datetime as dt

from django.urls import reverse

from regie.audit.service import Actor
from regie.lifecycle import service as lifecycle
from regie.publication.dashboard import dashboard_figures


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
