"""Application keys: `rg-` plus 256 random bits; only the sha256 is stored, so a database
leak reveals no usable key."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from regie.audit.service import Actor, record_event
from regie.core.errors import InputError
from regie.gateway.models import ApiKey
from regie.register.models import Application, User

PREFIX = "rg-"


def hash_key(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def create_key(*, application: Application, actor: Actor, expires_in_days: int | None = None,
               user: User | None = None, front_end: bool = False) -> tuple[ApiKey, str]:
    """A new key; the token is returned once and never stored. With `user` it is that
    employee's personal key; a `front_end` key (a chat front-end such as Open WebUI) may
    name the user of each request in headers (`people.py`)."""
    if expires_in_days is not None and expires_in_days < 1:
        raise InputError(_("--expires: het aantal dagen moet minstens 1 zijn"))
    if user is not None and user.organization_id != application.organization_id:
        raise InputError(_("medewerker: '%(user)s' hoort niet bij de organisatie van deze "
                           "toepassing") % {"user": user.username})
    if user is not None and front_end:
        raise InputError(_("chatomgeving: een persoonlijke sleutel kan geen sleutel van een "
                           "chatomgeving zijn"))
    token = PREFIX + secrets.token_urlsafe(32)
    now = timezone.now()
    expires_at = now + dt.timedelta(days=expires_in_days) if expires_in_days else None
    with transaction.atomic():
        key = ApiKey.objects.create(application=application, prefix=token[:10], created_at=now,
                                    key_hash=hash_key(token), expires_at=expires_at,
                                    created_by=actor.user, user=user, front_end=front_end)
        record_event("gateway_key_created", actor=actor, obj=application,
                     data={"key": key.prefix, "expires_at": expires_at,
                           "user": user.username if user else None, "front_end": front_end})
    return key, token


def revoke_key(*, key: ApiKey, actor: Actor) -> ApiKey:
    if key.revoked_at is None:
        with transaction.atomic():
            key.revoked_at = timezone.now()
            key.save(update_fields=["revoked_at"])
            record_event("gateway_key_revoked", actor=actor, obj=key.application,
                         data={"key": key.prefix})
    return key


def find_key(reference: str) -> ApiKey:
    """A key by its full token or its printed prefix (as `apikey list` shows it)."""
    if reference.startswith(PREFIX) and len(reference) > 20:
        found = ApiKey.objects.filter(key_hash=hash_key(reference))
    else:
        found = ApiKey.objects.filter(prefix=reference.rstrip("…"))
    keys = list(found.select_related("application")[:2])
    if len(keys) != 1:
        raise InputError(_("sleutel: geen (unieke) sleutel gevonden voor '%(ref)s'")
                         % {"ref": reference})
    return keys[0]
