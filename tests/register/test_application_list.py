"""The application list: search, filters, sorting and paging from GET parameters, scoped to
the user's organisation."""

from django.urls import reverse

import pytest

from regie.register.listing import ApplicationQuery
from regie.register.models import Application
from tests import evidence
from tests.register.conftest import make_register

URL = reverse("register:application_list")


@pytest.fixture
def signed_in(client, make_user):
    client.force_login(make_user("medewerker"))
    return client


def _names(response):
    return [a.name for a in response.context["page"].object_list]


def test_it_searches_name_and_purpose(signed_in, register, other_register):
    assert _names(signed_in.get(URL, {"q": "woo-verzoeken"})) == ["Samenvatten van Woo-verzoeken"]
    assert _names(signed_in.get(URL, {"q": "BEHANDELAAR"})) == ["Samenvatten van Woo-verzoeken"]
    assert _names(signed_in.get(URL, {"q": "chatassistent"})) == []  # other organisation's


def test_it_filters_by_status_risk_owner_model_and_supplier(signed_in, register, organization):
    other = make_register(organization, name="Vertalen van de website",
                          owner_email="m.bakker@voorbeeld.nl", supplier_name="WebCMS B.V.")
    Application.objects.filter(pk=other.application.pk).update(status="in_use",
                                                               ai_act_risk="transparency")
    assert _names(signed_in.get(URL, {"status": "in_use"})) == ["Vertalen van de website"]
    assert _names(signed_in.get(URL, {"risk": "minimal"})) == ["Samenvatten van Woo-verzoeken"]
    assert _names(signed_in.get(URL, {"owner": "m.bakker@voorbeeld.nl"})) == [
        "Vertalen van de website"]
    assert _names(signed_in.get(URL, {"model": register.model.pk})) == [
        "Samenvatten van Woo-verzoeken"]
    assert _names(signed_in.get(URL, {"supplier": other.supplier.pk})) == [
        "Vertalen van de website"]


def test_it_sorts_and_marks_the_sorted_column(signed_in, register, organization):
    make_register(organization, name="Antwoorden op raadsvragen", supplier_name="Ander B.V.")
    assert _names(signed_in.get(URL)) == ["Antwoorden op raadsvragen",
                                          "Samenvatten van Woo-verzoeken"]
    response = signed_in.get(URL, {"sort": "-name"})
    assert _names(response) == ["Samenvatten van Woo-verzoeken", "Antwoorden op raadsvragen"]
    assert 'aria-sort="descending"' in response.content.decode()


def test_it_ignores_malformed_parameters(signed_in, register):
    response = signed_in.get(URL, {"status": "bestaat-niet", "model": "x'; drop", "sort": "pk",
                                   "page": "9999"})
    assert response.status_code == 200
    assert _names(response) == ["Samenvatten van Woo-verzoeken"]


def test_it_pages_and_keeps_the_filters_in_the_links(signed_in, organization):
    Application.objects.bulk_create([
        Application(organization=organization, slug=f"toepassing-{i}",
                    name=f"Toepassing {i:02d}", status="draft") for i in range(30)])
    response = signed_in.get(URL, {"status": "draft", "page": 2})
    assert _names(response) == [f"Toepassing {i:02d}" for i in range(25, 30)]
    assert response.context["previous_url"] == "?status=draft&page=1"


def test_it_answers_htmx_with_only_the_results(signed_in, register):
    response = signed_in.get(URL, {"q": "woo"}, headers={"HX-Request": "true"})
    html = response.content.decode()
    assert "Samenvatten van Woo-verzoeken" in html
    assert "<html" not in html


def test_it_turns_a_query_back_into_shareable_parameters():
    query = ApplicationQuery.from_params({"q": " woo ", "status": "draft", "sort": "-updated",
                                          "model": "3"})
    assert query.params() == {"q": "woo", "status": "draft", "model": "3", "sort": "-updated"}
    assert query.filters_active
    assert not ApplicationQuery.from_params({}).filters_active


def test_it_marks_a_light_risk_class_without_evidence_as_only_declared(signed_in, register,
                                                                       make_user):
    def risk_cell() -> str:
        html = signed_in.get(URL).content.decode()
        row = html[html.index("Samenvatten van Woo-verzoeken"):]
        return row[:row.index("</tr>")]

    assert register.application.ai_act_risk == "minimal"
    assert "alleen verklaard" in risk_cell()  # typed, no decision tree behind it
    evidence.classify_ai_act(register.application, make_user("projectleider", username="pl"))
    assert "Minimaal risico" in risk_cell() and "alleen verklaard" not in risk_cell()
