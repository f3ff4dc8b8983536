"""Budgets in Regie's own pages: a beheerder sets them (bad input: 400, a Dutch message
naming the field, nothing stored), others may not; "Mijn gebruik" and the use per
department show the counters."""

from django.urls import reverse
from django.utils import timezone

import pytest

from regie.audit.models import AuditEvent
from regie.gateway.budgets import window_start
from regie.gateway.models import Budget, BudgetCounter, GatewayRequest
from regie.register.models import Application

PERSON_DAY = {"scope": "person", "metric": "tokens", "period": "day", "soft_limit": "800",
              "hard_limit": "1000"}


@pytest.fixture
def employee(make_user):
    user = make_user(username="jdevries")
    user.department = "Burgerzaken"
    user.save()
    return user


def test_it_lets_a_beheerder_set_a_budget(client, make_user):
    client.force_login(make_user("beheerder"))
    response = client.post(reverse("gateway:budgets"), PERSON_DAY)
    assert response.status_code == 302
    budget = Budget.objects.get()
    assert (budget.scope, budget.soft_limit, budget.hard_limit) == ("person", 800, 1000)
    assert AuditEvent.objects.filter(event="gateway_budget_created").exists()
    page = client.get(reverse("gateway:budgets")).content.decode()
    assert "Per medewerker" in page and "1.000" in page
    assert client.post(reverse("gateway:delete_budget", args=[budget.pk])).status_code == 302
    assert not Budget.objects.exists()
    assert AuditEvent.objects.filter(event="gateway_budget_deleted").exists()


@pytest.mark.parametrize("change,field,message", [
    ({"soft_limit": "2000"}, "soft_limit", "lager zijn dan de harde grens"),
    ({"soft_limit": "", "hard_limit": ""}, "hard_limit", "Vul een waarschuwingsgrens"),
    ({"hard_limit": "-5"}, "hard_limit", "minstens 0"),
    ({"department": "Burgerzaken"}, "department", "hoort alleen bij niveau"),
    ({"period": "week"}, "period", "geldige keuze"),
])
def test_it_refuses_bad_input_and_stores_nothing(client, make_user, change, field, message):
    client.force_login(make_user("beheerder"))
    response = client.post(reverse("gateway:budgets"), {**PERSON_DAY, **change})
    assert response.status_code == 400
    assert message in " ".join(response.context["form"].errors[field])
    assert not Budget.objects.exists()


def test_it_refuses_budgets_to_others(client, make_user):
    client.force_login(make_user("projectleider", username="pl"))
    assert client.get(reverse("gateway:budgets")).status_code == 403
    assert client.post(reverse("gateway:budgets"), PERSON_DAY).status_code == 403
    assert client.get(reverse("gateway:department_usage")).status_code == 403
    assert not Budget.objects.exists()


def test_it_shows_my_usage_and_the_departments(client, make_user, employee, organization):
    budget = Budget.objects.create(organization=organization, scope="person", metric="tokens",
                                   period="day", soft_limit=800, hard_limit=1000)
    BudgetCounter.objects.create(budget=budget, subject=f"u:{employee.pk}",
                                 window_start=window_start("day", timezone.now()), value=850)
    app = Application.objects.create(organization=organization, slug="chat", name="Chat",
                                     status="in_use")
    GatewayRequest.objects.create(application=app, user=employee, user_label="jdevries",
                                  department="Burgerzaken", endpoint="chat", model="echo",
                                  decision="forwarded", prompt_tokens=600,
                                  completion_tokens=250)
    client.force_login(employee)
    page = client.get(reverse("gateway:my_usage")).content.decode()
    assert "850 (85%)" in page and "waarschuwingsgrens bereikt" in page
    assert "Chat" in page
    client.force_login(make_user("beheerder"))
    page = client.get(reverse("gateway:department_usage")).content.decode()
    assert "Burgerzaken" in page and "850" in page
