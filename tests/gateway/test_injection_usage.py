"""What the detector saw is visible with the usage: per application and model the requests
with injection signals, and per signal type how many requests showed it (no text)."""

import pytest

from regie.gateway.models import GatewayRequest
from regie.gateway.service import injection_summary, usage_summary


@pytest.fixture
def application(application):
    """The gateway tests' application with four recorded requests, two with signals."""
    for signals in ({"INSTRUCTION_OVERRIDE": 2, "ROLE_PLAY": 1}, {"INSTRUCTION_OVERRIDE": 1},
                    {}, {}):
        GatewayRequest.objects.create(application=application, endpoint="chat", model="llama",
                                      decision="forwarded", injection_signals=signals)
    return application


@pytest.mark.django_db
def test_it_counts_requests_with_signals_per_application_and_type(application):
    (row,) = usage_summary(application=application)
    assert (row.requests, row.injection_flagged) == (4, 2)
    assert injection_summary(organization=application.organization) == {
        "INSTRUCTION_OVERRIDE": 2, "ROLE_PLAY": 1}


@pytest.mark.django_db
def test_it_shows_them_on_the_applications_gateway_page(client, make_user, application):
    client.force_login(make_user("beheerder"))
    page = client.get(f"/gateway/toepassingen/{application.slug}/sleutels/").content.decode()
    assert "Met injectiesignalen" in page
    assert "INSTRUCTION_OVERRIDE 2, ROLE_PLAY 1" in page
