"""Every asset a page loads comes from Regie itself: the API documentation (Swagger UI)
included, so it works on a machine without internet access."""

import re

import pytest


@pytest.mark.django_db
def test_it_serves_swagger_ui_from_its_own_static_files(client, make_user):
    client.force_login(make_user("beheerder"))
    page = client.get("/api/v1/docs/")
    assert page.status_code == 200
    html = page.content.decode()
    sources = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert sources and all(s.startswith("/") and not s.startswith("//") for s in sources)
    assert "<script>" not in html  # the start-up script is a file too
    for source in sources:
        assert client.get(source).status_code == 200, source
