"""Every role × every register page: allowed (200), forbidden (403), hidden (404) or sent
to the login page, for the own organisation's objects and another organisation's."""

from __future__ import annotations

from django.urls import reverse

import pytest

from tests.conftest import ALL_ROLES

EVERYONE = set(ALL_ROLES)
KEEPERS = {"projectleider", "ciso", "beheerder"}  # keep the model/supplier catalogue
REGISTRARS = {"projectleider", "beheerder"}
# The application's owner is the projectleider; beheerders edit every dossier.
EDITORS = {"projectleider", "beheerder"}

# (url name, which objects, roles that get 200); others get 403, other-org objects 404.
PAGES = [
    ("application_list", None, EVERYONE),
    ("application_detail", "application", EVERYONE),
    ("application_create", None, REGISTRARS),
    ("application_edit", "application", EDITORS),
    ("model_list", None, EVERYONE),
    ("model_detail", "model", EVERYONE),
    ("model_create", None, KEEPERS),
    ("model_edit", "model", KEEPERS),
    ("supplier_list", None, EVERYONE),
    ("supplier_detail", "supplier", EVERYONE),
    ("supplier_create", None, KEEPERS),
    ("supplier_edit", "supplier", KEEPERS),
]

CASES = []
for page_name, kind, allowed in PAGES:
    for role in [*ALL_ROLES, "anonymous"]:
        expected = 302 if role == "anonymous" else 200 if role in allowed else 403
        CASES.append(pytest.param(role, page_name, kind, "own", expected,
                                  id=f"{role}-{page_name}"))
        if kind and role != "anonymous":
            CASES.append(pytest.param(role, page_name, kind, "other", 404,
                                      id=f"{role}-{page_name}-other-organisation"))


def _url(name: str, kind: str | None, objects) -> str:
    if kind is None:
        return reverse(f"register:{name}")
    obj = getattr(objects, kind)
    return reverse(f"register:{name}", args=[obj.slug if kind == "application" else obj.pk])


@pytest.mark.parametrize(("role", "page_name", "kind", "whose", "expected"), CASES)
def test_it_allows_each_role_exactly_its_register_pages(client, make_user, register,
                                                        other_register, role, page_name, kind,
                                                        whose, expected):
    if role != "anonymous":
        client.force_login(make_user(role))
    url = _url(page_name, kind, register if whose == "own" else other_register)
    response = client.get(url)
    assert response.status_code == expected, url
    if expected == 302:
        assert response["Location"].startswith(reverse("login"))
