"""What single sign-on changes goes through `save_user_rights`, acting as the identity
provider: roles and a new user's organisation are taken over and audited; flags,
permissions and moving someone to another organisation are refused, audited, unchanged."""

from django.contrib.auth.models import Group, Permission
from django.core.exceptions import SuspiciousOperation

import pytest

from regie.audit.models import AuditEvent
from regie.audit.service import Actor
from regie.register.models import User
from regie.register.oidc import RegieOIDCBackend
from regie.register.service import RightsChangeRefused, save_user_rights, user_rights

PROVIDER = Actor(via="oidc", name="identiteitsprovider (SSO)")


@pytest.fixture
def backend(settings, make_user):
    make_user()  # the roles exist (make_user syncs them)
    settings.OIDC_OP_TOKEN_ENDPOINT = "https://idp.voorbeeld.nl/token"
    settings.OIDC_OP_USER_ENDPOINT = "https://idp.voorbeeld.nl/userinfo"
    settings.OIDC_OP_JWKS_ENDPOINT = "https://idp.voorbeeld.nl/jwks"
    settings.OIDC_RP_CLIENT_ID, settings.OIDC_RP_CLIENT_SECRET = "regie", "geheim"
    return RegieOIDCBackend()


def claims(organization, *roles, email="j.devries@voorbeeld.nl"):
    return {"email": email, "preferred_username": "jdevries", "given_name": "Jan",
            "organization": organization.name, "regie_roles": list(roles)}


def groups(user) -> set[str]:
    return set(user.groups.values_list("name", flat=True))


def test_it_takes_over_roles_through_save_user_rights_and_audits_them(backend, organization):
    user = backend.create_user(claims(organization, "fg"))
    assert user.organization == organization and groups(user) == {"fg"}
    created = AuditEvent.objects.get(event="user_created", object_id=str(user.pk))
    assert (created.via, created.actor_name) == ("oidc", "identiteitsprovider (SSO)")
    assert {"field": "groups", "old": [], "new": ["fg"]} in created.changes

    backend.update_user(user, claims(organization, "directie"))
    assert groups(user) == {"directie"}
    changed = AuditEvent.objects.get(event="user_rights_changed", object_id=str(user.pk))
    assert changed.via == "oidc" and changed.actor_id is None
    assert {"field": "groups", "old": ["fg"], "new": ["directie"]} in changed.changes
    assert AuditEvent.objects.filter(event="user_signed_in_sso").count() == 2

    backend.update_user(user, claims(organization, "directie"))  # nothing new: no change event
    assert AuditEvent.objects.filter(event="user_rights_changed").count() == 1


def test_it_refuses_moving_someone_to_another_organisation(backend, make_user, organization,
                                                           other_organization):
    beheerder = make_user("beheerder", username="beheer")
    with pytest.raises(SuspiciousOperation):  # mozilla-django-oidc: the sign-in fails
        backend.update_user(beheerder, claims(other_organization, "beheerder", "directie"))
    beheerder.refresh_from_db()
    assert beheerder.organization == organization and groups(beheerder) == {"beheerder"}
    refused = AuditEvent.objects.get(event="user_sign_in_refused_sso")
    assert refused.organization_id == organization.pk and refused.via == "oidc"
    assert other_organization.slug in refused.data["reason"]
    assert refused.data["organization_claim"] == other_organization.name
    assert not AuditEvent.objects.filter(event__in=["user_rights_changed",
                                                    "user_signed_in_sso"]).exists()


@pytest.mark.parametrize("grant", ["is_staff", "is_superuser", "permission"])
def test_it_never_grants_flags_or_permissions_as_the_identity_provider(make_user, grant):
    user = make_user("medewerker", username="medewerker")
    before = user_rights(user)
    if grant == "permission":
        user.user_permissions.add(Permission.objects.get(codename="change_application"))
    else:
        User.objects.filter(pk=user.pk).update(**{grant: True})
    with pytest.raises(RightsChangeRefused, match="identiteitsprovider"):
        save_user_rights(user, before, actor=PROVIDER)
    assert not AuditEvent.objects.filter(event="user_rights_changed").exists()


def test_it_lets_the_identity_provider_give_roles_within_the_organisation(make_user):
    user = make_user("medewerker", username="medewerker")
    before = user_rights(user)
    user.groups.add(Group.objects.get(name="beheerder"))
    save_user_rights(user, before, actor=PROVIDER)  # what a beheerder there may do
    event = AuditEvent.objects.get(event="user_rights_changed")
    assert event.via == "oidc" and {"field": "groups", "old": ["medewerker"],
                                    "new": ["beheerder", "medewerker"]} in event.changes
