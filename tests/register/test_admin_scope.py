"""The Django admin (/beheer/) is for superusers only: staff rights alone give nothing. What a
superuser changes there goes through the same services and audit trail as the web, and
nobody — there or anywhere — grants themselves rights."""

from __future__ import annotations

from django.contrib import admin
from django.contrib.auth.models import Group
from django.forms.models import model_to_dict
from django.urls import reverse
from rest_framework.authtoken.models import Token

import pytest

from regie.audit.models import AuditEvent
from regie.audit.service import SYSTEM, Actor, record_event
from regie.gateway.keys import create_key
from regie.gateway.models import GatewayRequest, GatewaySettings
from regie.register.constants import Status
from regie.register.models import AIModel, Application, User
from regie.register.service import RightsChangeRefused, save_user_rights, user_rights
from tests.conftest import ALL_ROLES

LOGIN = reverse("admin:login")


@pytest.fixture
def everything(register, make_user):
    """One row of every model the admin shows."""
    application = register.application
    GatewaySettings.objects.create(application=application)
    create_key(application=application, actor=SYSTEM)
    GatewayRequest.objects.create(application=application, endpoint="chat", model="echo",
                                  decision="forwarded")
    Token.objects.create(user=make_user("medewerker", username="met-token"))
    record_event("note_added", actor=SYSTEM, obj=application)
    return register


def _admin_routes():
    """(name, method, url) for every admin route that reads or changes state."""
    routes = []
    for model, _model_admin in admin.site._registry.items():
        opts = model._meta
        name = f"admin:{opts.app_label}_{opts.model_name}"
        obj = model._default_manager.order_by("pk").first()
        routes += [("changelist", "get", reverse(f"{name}_changelist")),
                   ("add", "post", reverse(f"{name}_add")),
                   ("bulk delete", "post", reverse(f"{name}_changelist"))]
        if obj is not None:
            routes += [("change", "post", reverse(f"{name}_change", args=[obj.pk])),
                       ("delete", "post", reverse(f"{name}_delete", args=[obj.pk]))]
            if model is User:  # Django names this route after its own user model
                routes.append(("password", "post",
                               reverse("admin:auth_user_password_change", args=[obj.pk])))
    return routes


def _state() -> dict[str, int]:
    counts = {m._meta.label: m._default_manager.count() for m in admin.site._registry}
    return {**counts, "audit": AuditEvent.objects.count(),
            "superusers": User.objects.filter(is_superuser=True).count()}


@pytest.mark.parametrize("role", ALL_ROLES)
def test_it_gives_staff_without_superuser_rights_nothing_in_the_admin(everything, make_user,
                                                                      client, role):
    user = make_user(role, is_staff=True)
    client.force_login(user)
    before = _state()
    unexpected = []
    for name, method, url in _admin_routes():
        data = {"action": "delete_selected", "_selected_action": ["1", "2"], "post": "yes",
                "is_superuser": "on", "name": "Overgenomen", "password1": "nieuw-geheim-1",
                "password2": "nieuw-geheim-1"}
        response = getattr(client, method)(url, data) if method == "post" else client.get(url)
        if not (response.status_code == 302 and response["Location"].startswith(LOGIN)):
            unexpected.append((name, url, response.status_code))
    assert unexpected == []
    assert client.get(reverse("admin:index")).status_code == 302
    assert _state() == before
    user.refresh_from_db()
    assert not user.is_superuser


@pytest.fixture
def superuser(organization):
    return User.objects.create_superuser("root", "root@voorbeeld.nl", "geheim-123")


def test_it_lets_a_superuser_in(superuser, client):
    client.force_login(superuser)
    assert client.get(reverse("admin:index")).status_code == 200


def test_it_sends_a_model_change_in_the_admin_through_the_procedure(register, superuser,
                                                                    client):
    Application.objects.filter(pk=register.application.pk).update(status=Status.IN_USE)
    client.force_login(superuser)
    model = register.model
    data = {k: ("" if v is None else v) for k, v in model_to_dict(model).items()
            if k not in ("id", "organization")}
    data["endpoint_base_url"] = "https://llm.elders.example/v1"
    response = client.post(reverse("admin:register_aimodel_change", args=[model.pk]), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert AIModel.objects.get(pk=model.pk).endpoint_base_url == data["endpoint_base_url"]
    assert Application.objects.get(pk=register.application.pk).status == Status.IN_REVIEW
    events = AuditEvent.objects.filter(via="admin")
    assert {"aimodel_updated", "application_updated"} <= set(events.values_list("event",
                                                                                flat=True))


def _user_form(user: User, **changes) -> dict:
    data = {"username": user.username, "first_name": user.first_name,
            "last_name": user.last_name, "email": user.email,
            "is_active": "on", "date_joined_0": "2026-01-01", "date_joined_1": "09:00:00",
            "last_login_0": "", "last_login_1": "",
            "groups": [str(g) for g in user.groups.values_list("pk", flat=True)],
            "user_permissions": [], "organization": user.organization_id or "",
            "department": user.department}
    if user.is_staff:
        data["is_staff"] = "on"
    if user.is_superuser:
        data["is_superuser"] = "on"
    data.update(changes)
    return {k: v for k, v in data.items() if v is not None}


def test_it_refuses_a_superuser_widening_their_own_scope_in_the_admin(organization, client):
    scoped = User.objects.create_superuser("beheer-gemeente", "b@voorbeeld.nl", "geheim-123",
                                           organization=organization)
    client.force_login(scoped)
    events = AuditEvent.objects.count()
    response = client.post(reverse("admin:register_user_change", args=[scoped.pk]),
                           _user_form(scoped, organization=""))
    assert response.status_code == 403
    scoped.refresh_from_db()
    assert scoped.organization_id == organization.pk
    assert AuditEvent.objects.count() == events


def test_it_audits_roles_a_superuser_gives_in_the_admin(superuser, make_user, client):
    colleague = make_user("medewerker", username="collega")
    client.force_login(superuser)
    fg = Group.objects.get(name="fg")
    data = _user_form(colleague)
    data["groups"] = [*data["groups"], str(fg.pk)]
    response = client.post(reverse("admin:register_user_change", args=[colleague.pk]), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert User.objects.get(pk=colleague.pk).has_role("fg")
    event = AuditEvent.objects.filter(event="user_rights_changed").latest("id")
    assert event.via == "admin" and event.actor_name == "root"
    assert {"field": "groups", "old": ["medewerker"], "new": ["fg", "medewerker"]} in \
        event.changes


def test_it_keeps_roles_read_only_in_the_admin(superuser, make_user, client):
    make_user("fg")
    client.force_login(superuser)
    fg = Group.objects.get(name="fg")
    permissions = set(fg.permissions.values_list("pk", flat=True))
    response = client.post(reverse("admin:auth_group_change", args=[fg.pk]),
                           {"name": "fg", "permissions": []})
    assert response.status_code == 403
    assert set(fg.permissions.values_list("pk", flat=True)) == permissions


# --- the rule itself, for every door (admin, Regie's own user pages) ----------------------

def _grant(actor_user: User, target: User, *, groups=(), **flags) -> None:
    before = user_rights(target)
    for name in groups:
        target.groups.add(Group.objects.get(name=name))
    if flags:
        User.objects.filter(pk=target.pk).update(**flags)
    save_user_rights(target, before, actor=Actor(user=actor_user, via="web"))


@pytest.mark.parametrize("change", [{"groups": ["fg"]}, {"is_superuser": True},
                                    {"is_staff": True}, {"groups": ["directie"]}])
def test_it_refuses_anyone_granting_themselves_rights(make_user, change):
    beheerder = make_user("beheerder")
    with pytest.raises(RightsChangeRefused):
        _grant(beheerder, beheerder, **change)


@pytest.mark.parametrize("change", [{"is_superuser": True}, {"is_staff": True}])
def test_it_refuses_a_beheerder_granting_flags_they_do_not_hold(make_user, change):
    beheerder = make_user("beheerder")
    colleague = make_user("medewerker")
    with pytest.raises(RightsChangeRefused):
        _grant(beheerder, colleague, **change)


def test_it_lets_a_beheerder_give_a_colleague_a_role_and_audits_it(make_user):
    beheerder = make_user("beheerder")
    colleague = make_user("medewerker")
    _grant(beheerder, colleague, groups=["fg"])
    event = AuditEvent.objects.filter(event="user_rights_changed").latest("id")
    assert event.actor_name == beheerder.username and event.object_id == str(colleague.pk)


def test_it_refuses_roles_given_by_someone_who_is_not_beheerder_of_that_organisation(
        make_user, other_organization):
    projectleider = make_user("projectleider")
    colleague = make_user("medewerker")
    with pytest.raises(RightsChangeRefused):
        _grant(projectleider, colleague, groups=["fg"])
    beheerder = make_user("beheerder")
    elsewhere = make_user("medewerker", username="elders", org=other_organization)
    with pytest.raises(RightsChangeRefused):
        _grant(beheerder, elsewhere, groups=["fg"])
