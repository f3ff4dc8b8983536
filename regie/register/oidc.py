"""Single sign-on with OpenID Connect (mozilla-django-oidc), configured by REGIE_OIDC_*.

The identity provider is trusted for who someone is, which organisation they belong to
(claim REGIE_OIDC_ORGANIZATION_CLAIM, matched on an existing organisation's name or slug) and,
when it sends the claim REGIE_OIDC_ROLES_CLAIM, which Regie roles they hold. Someone whose
organisation is unknown is not let in: Regie never guesses a tenant.

What a sign-in changes goes through the same door as every other change of rights
(`save_user_rights`, acting as the identity provider): roles and the organisation of a new
user are taken over and audited (`user_created`, `user_rights_changed`); moving an existing
user to another organisation, or any flag or permission, is refused — the sign-in fails,
nothing is changed and the refusal is audited (`user_sign_in_refused_sso`).
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.exceptions import SuspiciousOperation
from django.db import transaction
from django.db.models import Q

from mozilla_django_oidc.auth import OIDCAuthenticationBackend

from regie.audit.service import Actor, record_event
from regie.register.models import Organization, User
from regie.register.rights import (
    IDENTITY_PROVIDER,
    RightsChangeRefused,
    save_user_rights,
    user_rights,
)
from regie.register.roles import Role

logger = logging.getLogger(__name__)


def _organization(claims: dict) -> Organization | None:
    value = claims.get(settings.REGIE_OIDC_ORGANIZATION_CLAIM)
    if not isinstance(value, str) or not value.strip():
        return None
    return Organization.objects.filter(Q(name=value.strip()) | Q(slug=value.strip())).first()


def _roles(claims: dict) -> set[str] | None:
    """Known role names in the roles claim; None when the provider does not send it."""
    value = claims.get(settings.REGIE_OIDC_ROLES_CLAIM)
    if value is None:
        return None
    names = value.split() if isinstance(value, str) else value
    if not isinstance(names, list):
        return set()
    return {name for name in names if isinstance(name, str) and name in Role.values}


class RegieOIDCBackend(OIDCAuthenticationBackend):
    def verify_claims(self, claims: dict) -> bool:
        if not super().verify_claims(claims):
            return False
        if _organization(claims) is None:
            logger.warning("OIDC: onbekende organisatie in claim %r",
                           settings.REGIE_OIDC_ORGANIZATION_CLAIM)
            return False
        return True

    def filter_users_by_claims(self, claims: dict):
        email = claims.get("email")
        if not email:
            return self.UserModel.objects.none()
        return self.UserModel.objects.filter(email__iexact=email)

    def create_user(self, claims: dict) -> User:
        username = claims.get("preferred_username") or claims["email"]
        base, n = username[:140], 1
        while User.objects.filter(username=username).exists():
            n += 1
            username = f"{base}-{n}"
        user = User.objects.create_user(username=username, email=claims["email"])
        return self._sync(user, claims, created=True)

    def update_user(self, user: User, claims: dict) -> User:
        return self._sync(user, claims, created=False)

    def _sync(self, user: User, claims: dict, *, created: bool) -> User:
        provider = Actor(via=IDENTITY_PROVIDER, name="identiteitsprovider (SSO)")
        before = user_rights(user)  # for a new user: the bare account, active, no rights
        roles = _roles(claims)
        try:
            with transaction.atomic():
                user.first_name = (claims.get("given_name") or user.first_name)[:150]
                user.last_name = (claims.get("family_name") or user.last_name)[:150]
                user.organization = _organization(claims)
                user.save(update_fields=["first_name", "last_name", "organization"])
                if roles is not None:
                    user.groups.set(Group.objects.filter(name__in=roles))
                save_user_rights(user, before, actor=provider, created=created)
        except RightsChangeRefused as exc:
            user.refresh_from_db()
            record_event("user_sign_in_refused_sso", actor=provider, obj=user,
                         organization_id=user.organization_id,
                         data={"reason": str(exc), "organization_claim":
                               claims.get(settings.REGIE_OIDC_ORGANIZATION_CLAIM),
                               "roles": sorted(roles) if roles is not None else None})
            logger.warning("OIDC: aanmelding van %s geweigerd: %s", user.username, exc)
            raise SuspiciousOperation(str(exc)) from exc
        record_event("user_signed_in_sso", actor=Actor(user=user, via=IDENTITY_PROVIDER),
                     obj=user, organization_id=user.organization_id,
                     data={"roles": sorted(roles) if roles is not None else None})
        return user
