"""Prepare a database for a gateway run in another process: migrate, register one
application without limits ("open") and one with a monthly token budget ("budget"), both
on the model "fast" at UPSTREAM_URL, and print their ids and gateway keys as JSON.

    DATABASE_URL=... python -m tests.gateway.seed UPSTREAM_URL
"""

from __future__ import annotations

import json
import os
import sys


def seed(upstream_url: str) -> dict:
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "regie.conf.base")
    django.setup()
    from django.core.management import call_command

    from regie.audit.service import Actor
    from regie.gateway.keys import create_key
    from regie.gateway.models import GatewaySettings
    from regie.register.models import AIModel, Application, Organization
    from tests.gateway.conftest import record_approval

    call_command("migrate", verbosity=0, interactive=False)
    organization, _ = Organization.objects.get_or_create(
        slug="gemeente-voorbeeld", defaults={"name": "Gemeente Voorbeeld"})
    model = AIModel.objects.create(organization=organization, name="fast", terms="contract",
                                   endpoint_base_url=upstream_url)
    made = {}
    for slug, budget in (("open", None), ("budget", 10**12)):
        application = Application.objects.create(organization=organization, slug=slug,
                                                 name=slug, status="in_use", model=model)
        GatewaySettings.objects.create(application=application, default_action="redact",
                                       monthly_token_budget=budget)
        record_approval(application)  # the gateway forwards only to what a decision covered
        _key, token = create_key(application=application, actor=Actor(via="test", name="test"))
        made[slug] = {"id": application.pk, "token": token}
    return made


if __name__ == "__main__":
    print(json.dumps(seed(sys.argv[1])))
