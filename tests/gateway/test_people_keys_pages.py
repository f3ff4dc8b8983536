"""Personal keys and front-end keys in the key pages (issue 17): a beheerder makes a key for
one employee or for a chat front-end; both at once is refused, with nothing stored."""

from django.urls import reverse

import pytest

from regie.gateway.models import ApiKey
from regie.register.models import Application


@pytest.fixture
def application(organization):
    return Application.objects.create(organization=organization, slug="govchat",
                                      name="GovChat", status="in_use")


def test_it_makes_a_personal_key_and_a_front_end_key(client, make_user, application):
    employee = make_user(username="jdevries")
    client.force_login(make_user("beheerder"))
    url = reverse("gateway:application_keys", args=[application.slug])
    assert client.post(url, {"expires_in_days": "30", "user": employee.pk}).status_code == 200
    assert client.post(url, {"expires_in_days": "30", "front_end": "on"}).status_code == 200
    personal, front_end = ApiKey.objects.order_by("pk")
    assert (personal.user, personal.front_end) == (employee, False)
    assert (front_end.user, front_end.front_end) == (None, True)
    page = client.get(url).content.decode()
    assert "persoonlijk: Jdevries" in page and "chatomgeving" in page


def test_it_refuses_a_personal_front_end_key(client, make_user, application, other_organization):
    employee = make_user(username="jdevries")
    outsider = make_user(username="elders", org=other_organization)
    client.force_login(make_user("beheerder"))
    url = reverse("gateway:application_keys", args=[application.slug])
    both = client.post(url, {"expires_in_days": "30", "user": employee.pk, "front_end": "on"})
    assert both.status_code == 400
    assert "kies één van beide" in " ".join(both.context["form"].errors["front_end"])
    stranger = client.post(url, {"expires_in_days": "30", "user": outsider.pk})
    assert stranger.status_code == 400
    assert "user" in stranger.context["form"].errors
    assert not ApiKey.objects.exists()
