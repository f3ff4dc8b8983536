"""People, not just keys (issue 17): a request is attributed to a person from a personal
key, from the user headers of a chat front-end (only for keys marked as front-end keys) or
from the signed-in Regie user; the record names the person and their department."""

from django.conf import settings

import httpx
import pytest

from regie.audit.service import Actor
from regie.gateway.keys import create_key
from regie.gateway.models import GatewayRequest
from regie.gateway.service import department_rows
from regie.register.models import User
from tests.gateway.conftest import RegieServer, wait_for

HELLO = {"model": "echo", "messages": [{"role": "user", "content": "Hallo"}]}
ACTOR = Actor(via="test", name="test")
OPEN_WEBUI = {"X-OpenWebUI-User-Name": "Jan de Vries", "X-OpenWebUI-User-Id": "u-123",
              "X-OpenWebUI-User-Email": "J.deVries@voorbeeld.nl", "X-OpenWebUI-User-Role": "user"}


def chat(server, token, headers=None, cookies=None):
    return httpx.post(f"{server.url}/v1/chat/completions", json=HELLO, timeout=20,
                      headers={"Authorization": f"Bearer {token}", **(headers or {})},
                      cookies=cookies)


def last_record(count):
    wait_for(lambda: GatewayRequest.objects.count() >= count)
    return GatewayRequest.objects.order_by("-id").first()


@pytest.fixture
def employee(gateway_app):
    """(application, employee of department Burgerzaken)."""
    app, _token = gateway_app()
    user = User.objects.create_user("jdevries", email="j.devries@voorbeeld.nl",
                                    organization=app.organization, department="Burgerzaken")
    return app, user


def test_it_attributes_a_personal_key_to_its_employee(regie_server, employee):
    app, user = employee
    _key, token = create_key(application=app, actor=ACTOR, user=user)
    # Headers never override a personal key.
    assert chat(regie_server, token, {"X-Regie-User": "iemand-anders"}).status_code == 200
    record = last_record(1)
    assert (record.user_id, record.user_label, record.department) == (
        user.pk, "jdevries", "Burgerzaken")


def test_it_believes_open_webui_headers_from_a_front_end_key(regie_server, employee):
    app, user = employee
    _key, token = create_key(application=app, actor=ACTOR, front_end=True)
    assert chat(regie_server, token, OPEN_WEBUI).status_code == 200
    record = last_record(1)
    assert (record.user_id, record.user_label, record.department) == (
        user.pk, "jdevries", "Burgerzaken")


def test_it_never_believes_user_headers_from_other_keys(regie_server, gateway_app, employee):
    app, _user = employee
    _key, token = create_key(application=app, actor=ACTOR)
    assert chat(regie_server, token, {**OPEN_WEBUI, "X-Regie-User": "jdevries"}
                ).status_code == 200
    record = last_record(1)
    assert (record.user_id, record.department) == (None, "")
    assert record.user_label.startswith("key:")


def test_it_records_an_unknown_forwarded_person_by_name_only(regie_server, employee):
    app, _user = employee
    _key, token = create_key(application=app, actor=ACTOR, front_end=True)
    assert chat(regie_server, token, {"X-OpenWebUI-User-Email": "gast@elders.nl"}
                ).status_code == 200
    record = last_record(1)
    assert (record.user_id, record.user_label, record.department) == (
        None, "gast@elders.nl", "")


def test_it_attributes_the_signed_in_regie_user(employee, client):
    app, user = employee
    _key, token = create_key(application=app, actor=ACTOR)
    client.force_login(user)
    session = {"sessionid": client.cookies["sessionid"].value}
    # The gateway shares Regie's secret key (one installation), so it can read the session.
    with RegieServer(REGIE_SECRET_KEY=settings.SECRET_KEY) as server:
        assert chat(server, token, cookies=session).status_code == 200
        assert last_record(1).user_id == user.pk
        # A session that no longer matches the password (changed since) names nobody.
        user.set_password("nieuw-wachtwoord-123")
        user.save()
        assert chat(server, token, cookies=session).status_code == 200
        assert last_record(2).user_id is None


def test_it_counts_people_per_department(regie_server, employee):
    app, user = employee
    colleague = User.objects.create_user("pjansen", organization=app.organization,
                                         department="Burgerzaken")
    other = User.objects.create_user("kbakker", organization=app.organization,
                                     department="Financiën")
    for person in (user, user, colleague, other):
        _key, token = create_key(application=app, actor=ACTOR, user=person)
        assert chat(regie_server, token).status_code == 200
    wait_for(lambda: GatewayRequest.objects.filter(department__gt="").count() >= 4)
    rows = {row.department: row for row in department_rows(app.organization)}
    assert (rows["Burgerzaken"].people, rows["Burgerzaken"].requests) == (2, 3)
    assert (rows["Financiën"].people, rows["Financiën"].requests) == (1, 1)
    assert rows["Burgerzaken"].tokens == 30  # 10 tokens an answer (the test upstream)
