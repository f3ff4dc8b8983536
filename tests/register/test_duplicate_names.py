"""A second application with a name the organisation already uses is refused with a message
naming the field, instead of silently getting a kenmerk ending in "-2"."""

from django.urls import reverse

from regie.register.models import Application


def test_it_refuses_a_name_the_organisation_already_uses(client, make_user, organization):
    Application.objects.create(organization=organization, name="Woo-samenvatter",
                               slug="woo-samenvatter")
    client.force_login(make_user("projectleider"))
    response = client.post(reverse("register:application_create"),
                           {"name": "woo-Samenvatter", "purpose": "Samenvatten."})
    assert response.status_code == 400
    assert "heeft al een toepassing met de naam" in response.content.decode()
    assert Application.objects.count() == 1


def test_it_allows_the_same_name_in_another_organisation(client, make_user, organization,
                                                         other_organization):
    Application.objects.create(organization=other_organization, name="Woo-samenvatter",
                               slug="woo-samenvatter")
    client.force_login(make_user("projectleider"))
    response = client.post(reverse("register:application_create"),
                           {"name": "Woo-samenvatter", "purpose": "Samenvatten."})
    assert response.status_code == 302
    assert Application.objects.filter(organization=organization).count() == 1
