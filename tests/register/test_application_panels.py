"""Other apps add panels to the application page through `register.panels`."""

from django.template import engines

import pytest

from regie.register import panels


@pytest.fixture
def evaluation_panel(monkeypatch):
    """A panel as the policy app would register it (template from a string loader)."""
    template = engines["django"].from_string(
        '<section id="beleid">{{ application.name }}: {{ decision }} {% csrf_token %}</section>')
    monkeypatch.setattr(panels, "render_to_string",
                        lambda name, context, request: template.render(context, request))
    monkeypatch.setattr(panels, "_PANELS", [])
    panels.register_panel("policy/_panel.html",
                          context=lambda request, application: {"decision": "conditional"})
    panels.register_panel("lifecycle/_hidden.html", context=lambda request, application: None)


def test_it_shows_registered_panels_on_the_application_page(client, make_user, register,
                                                            evaluation_panel):
    client.force_login(make_user("fg"))
    html = client.get(register.application.get_absolute_url()).content.decode()
    assert '<section id="beleid">Samenvatten van Woo-verzoeken: conditional' in html
    assert 'name="csrfmiddlewaretoken"' in html
    assert html.count('<section id="beleid">') == 1


def test_it_shows_the_real_panels_of_policy_instruments_gateway_and_publication(
        client, make_user, register):
    from regie.register.models import Application

    Application.objects.filter(pk=register.application.pk).update(status="in_use")
    client.force_login(make_user("beheerder"))
    response = client.get(register.application.get_absolute_url())
    assert response.status_code == 200
    html = response.content.decode()
    for heading in ("Procedure", "Vijf stappen van de procedure", "Toets aan het beleid",
                    "Instrumenten",
                    "Gebruik via de gateway (deze maand)", "Rapportage en publicatie"):
        assert heading in html, heading
    assert f"/publicatie/rapport/{register.application.slug}.pdf" in html
    assert f"/instrumenten/{register.application.slug}/" in html


def test_it_leaves_out_panels_the_role_may_not_use(client, make_user, register):
    client.force_login(make_user("medewerker"))
    html = client.get(register.application.get_absolute_url()).content.decode()
    assert "/instrumenten/" not in html
    assert "Gebruik via de gateway" not in html  # not approved yet
