"""Who a gateway request is for (issue 17): a person, not just a key.

In order of trust:
1. a personal key (`ApiKey.user`): every request with it is that employee's;
2. the user headers a chat front-end forwards (Open WebUI's `X-OpenWebUI-User-Email/-Name/
   -Id/-Role`, or `X-Regie-User`), believed ONLY for keys marked as front-end keys: any
   other key could name anyone;
3. the signed-in Regie user (the session cookie of Regie's own pages).

A named person who is not an active user of the application's organisation stays
"unknown": recorded under the forwarded name, without department; applications that
require trained users refuse them (`trained.check_user`). The register's answer is cached
per worker like grants.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import HASH_SESSION_KEY, SESSION_KEY
from django.db.models import Q
from django.utils.crypto import constant_time_compare

from regie.gateway.grants import Grant
from regie.gateway.trained import TRAINED, UNKNOWN, UNTRAINED
from regie.lifecycle.service import training_valid
from regie.register.models import User

FRONT_END_HEADERS = ("x-openwebui-user-email", "x-regie-user", "x-openwebui-user-name",
                     "x-openwebui-user-id")


@dataclass(frozen=True)
class Person:
    """The person a request is attributed to. `name` is how the request named them (empty:
    nobody), `status` their training status (`trained.UNKNOWN` etc.)."""

    name: str = ""
    user_id: int | None = None
    username: str = ""
    department: str = ""
    status: str | None = None

    @property
    def label(self) -> str:
        """What the request record shows: the Regie username, else the forwarded name."""
        return self.username or self.name


NOBODY = Person()


def forwarded_name(grant: Grant, headers: dict[str, str]) -> str:
    """The user a front-end forwards; always empty for keys that are not front-end keys."""
    if not grant.front_end:
        return ""
    for header in FRONT_END_HEADERS:
        value = headers.get(header, "").strip()
        if value:
            return value[:200]
    return ""


def session_key(headers: dict[str, str]) -> str:
    """Regie's session cookie, if the request carries one."""
    cookie = headers.get("cookie", "")
    if not cookie:
        return ""
    wanted = settings.SESSION_COOKIE_NAME + "="
    for part in cookie.split(";"):
        part = part.strip()
        if part.startswith(wanted):
            return part[len(wanted):]
    return ""


def _person(user: User, name: str) -> Person:
    status = TRAINED if training_valid(user) else UNTRAINED
    return Person(name=name, user_id=user.pk, username=user.username,
                  department=user.department, status=status)


def load_named(organization_id: int, name: str) -> Person:
    """A person by username or e-mail (any case) among the organisation's active users.
    Database errors propagate (the gateway refuses: fail closed)."""
    users = list(User.objects.filter(Q(username__iexact=name) | Q(email__iexact=name),
                                     organization_id=organization_id, is_active=True)[:5])
    if not users:
        return Person(name=name, status=UNKNOWN)
    people = [_person(user, name) for user in users]
    return next((p for p in people if p.status == TRAINED), people[0])


def load_user(organization_id: int, user_id: int) -> Person:
    """The owner of a personal key (an inactive or moved employee counts as unknown)."""
    user = User.objects.filter(pk=user_id, organization_id=organization_id,
                               is_active=True).first()
    if user is None:
        return Person(name=f"user:{user_id}", status=UNKNOWN)
    return _person(user, user.username)


def load_session(organization_id: int, key: str) -> Person:
    """The signed-in Regie user of a session, checked like Django's `get_user` does
    (the session's password hash must still match); nobody otherwise."""
    from importlib import import_module

    store = import_module(settings.SESSION_ENGINE).SessionStore(key)
    user_id = store.get(SESSION_KEY)
    if user_id is None:
        return NOBODY
    user = User.objects.filter(pk=user_id, organization_id=organization_id,
                               is_active=True).first()
    if user is None or not constant_time_compare(store.get(HASH_SESSION_KEY, ""),
                                                 user.get_session_auth_hash()):
        return NOBODY
    return _person(user, user.username)
