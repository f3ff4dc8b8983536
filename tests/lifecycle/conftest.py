"""Fixtures of the lifecycle tests: applications in a given state, trainings."""

from __future__ import annotations

import datetime as dt

import pytest

from regie.lifecycle.models import Training
from regie.register.models import Application


@pytest.fixture
def make_application(organization):
    """`make_application(status="in_use", **fields)` → an application of the organisation."""
    counter = iter(range(1, 1000))

    def factory(*, org=None, **fields) -> Application:
        n, org = next(counter), org or organization
        defaults = {"name": f"Toepassing {n}", "slug": f"toepassing-{n}-{org.slug}",
                    "status": "in_use", "owner_email": "eigenaar@voorbeeld.nl",
                    "registered_on": dt.date(2026, 1, 15)}
        return Application.objects.create(organization=org,
                                          **{**defaults, **fields})

    return factory


@pytest.fixture
def training(organization) -> Training:
    return Training.objects.create(organization=organization, name="AI-basis",
                                   level="basic", validity_months=12)
