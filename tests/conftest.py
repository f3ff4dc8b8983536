"""Shared fixtures: organisations, users per role, a dossier file, and the reference data."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from regie.register.models import Organization, User
from regie.register.roles import Role

REPO = Path(__file__).resolve().parent.parent
# The official reference files live beside the repository, never inside it.
REFERENCE = Path(os.environ.get("REGIE_REFERENCE_DIR", REPO.parent / "shared" / "reference"))
ALL_ROLES = [role.value for role in Role]


@pytest.fixture
def reference_dir() -> Path:
    if not REFERENCE.is_dir():
        pytest.fail(f"reference files not found at {REFERENCE} (set REGIE_REFERENCE_DIR)")
    return REFERENCE


@pytest.fixture
def organization(db) -> Organization:
    return Organization.objects.create(name="Gemeente Voorbeeld", slug="gemeente-voorbeeld",
                                       kind="gemeente")


@pytest.fixture
def other_organization(db) -> Organization:
    return Organization.objects.create(name="Gemeente Elders", slug="gemeente-elders",
                                       kind="gemeente")


@pytest.fixture
def make_user(db, organization):
    """`make_user("fg")` → a user of the organisation with that role (password "geheim-123")."""
    from django.contrib.auth.models import Group

    from regie.register.roles import sync_roles

    sync_roles(strict=True)

    def factory(*roles: str, username: str | None = None, org: Organization | None = None,
                **extra) -> User:
        name = username or ("_".join(roles) or "zonderrol")
        user = User.objects.create_user(
            username=name, password="geheim-123", email=f"{name}@voorbeeld.nl",
            organization=org or organization, first_name=name.capitalize(), **extra)
        for role in roles:
            user.groups.add(Group.objects.get(name=role))
        return user

    return factory


def run_regie(*args: str, env: dict | None = None, input: str | None = None,
              cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run the real `regie` command line in a subprocess, against this checkout."""
    full_env = {**os.environ, "PYTHONPATH": str(REPO), **(env or {})}
    return subprocess.run([sys.executable, "-m", "regie", *args], capture_output=True,
                          text=True, env=full_env, input=input, cwd=cwd or REPO, timeout=300)
