"""The application page shows, for every fact Regie evidences, the record behind it — or that
the typed value is only a declaration that does not count."""

import re

from django.urls import reverse

from regie.audit.service import Actor
from regie.publication import service as publication
from regie.register.models import Application
from tests import evidence


def fact_row(html: str, label: str) -> str:
    """The <dd> after the <dt> with `label`, tags and spacing removed."""
    match = re.search(rf"<dt>{label}</dt>\s*<dd[^>]*>(.*?)</dd>", html, re.S)
    assert match, label
    return " ".join(re.sub(r"<[^>]+>", " ", match.group(1)).split())


def test_it_marks_a_typed_fact_as_declared_until_a_record_evidences_it(client, register,
                                                                       make_user):
    application = register.application
    Application.objects.filter(pk=application.pk).update(register_algoritmeregister=True)
    beheerder = make_user("beheerder")
    client.force_login(beheerder)
    url = reverse("register:application_detail", args=[application.slug])
    label = "Opgenomen in het Algoritmeregister"

    row = fact_row(client.get(url).content.decode(), label)
    assert row.startswith("Ja") and "Alleen verklaard; telt niet zonder registratie" in row

    evidence.publish(application, beheerder)
    row = fact_row(client.get(url).content.decode(), label)
    assert "Bewezen: Gepubliceerd in het Algoritmeregister (LARS-1234)" in row
    assert "Alleen verklaard" not in row

    publication.retract(application, actor=Actor(user=beheerder, via="test"), client=None)
    assert "Alleen verklaard" in fact_row(client.get(url).content.decode(), label)
