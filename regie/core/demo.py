"""The demonstration organisation `regie serve --demo` loads: Gemeente Voorbeeldstad, one
user per role and a handful of realistic dossiers (fictitious, written for Regie, in
`regie/core/demo/*.yaml`). The official instruments (AI-Act decision tree, pre-scan DPIA,
IAMA) are loaded when a copy of the official files is at hand: REGIE_REFERENCE_DIR, else
`../shared/reference` beside the repository; without them the demo runs on Regie's own
instruments. Running it again changes nothing except, with REGIE_DEMO_PASSWORD set, the demo
users' password."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from django.contrib.auth.models import Group
from django.db import transaction

from regie.audit.service import Actor
from regie.instruments.service import load_official
from regie.register.constants import OrganizationKind
from regie.register.dossier import load_dossier_file
from regie.register.models import User
from regie.register.roles import Role, sync_roles
from regie.register.service import get_or_create_organization, import_dossier

DEMO_DIR = Path(__file__).resolve().parent / "demo"
REPOSITORY = Path(__file__).resolve().parents[2]
ORGANIZATION = "Gemeente Voorbeeldstad"
ACTOR = Actor(via="system", name="demo")

# username, first name, last name, department, role
USERS = [
    ("medewerker", "Mark", "Bakker", "Communicatie", Role.MEDEWERKER),
    ("projectleider", "Sanne", "Jansen", "Informatievoorziening", Role.PROJECTLEIDER),
    ("fg", "Aïcha", "El Amrani", "Functionaris gegevensbescherming", Role.FG),
    ("ciso", "Ruben", "Dijkstra", "Informatiebeveiliging", Role.CISO),
    ("directie", "Els", "Visser", "Directie", Role.DIRECTIE),
    ("bestuur", "Hasan", "Demir", "College van B&W", Role.DAGELIJKS_BESTUUR),
    ("beheerder", "Pieter", "Smit", "Functioneel beheer", Role.BEHEERDER),
]


def _email(first: str, last: str) -> str:
    return f"{first[0].lower()}.{last.split()[-1].lower()}@voorbeeldstad.nl"


def reference_dir() -> Path | None:
    """The folder with the official files, when there is one."""
    configured = os.environ.get("REGIE_REFERENCE_DIR", "")
    folder = Path(configured) if configured else REPOSITORY.parent / "shared" / "reference"
    return folder if folder.is_dir() else None


def load_demo(*, stdout) -> str:
    """Load (or refresh) the demonstration organisation; returns a summary to print."""
    dossiers = [load_dossier_file(path) for path in sorted(DEMO_DIR.glob("*.yaml"))]
    password = os.environ.get("REGIE_DEMO_PASSWORD", "")
    created_users = 0
    with transaction.atomic():
        sync_roles()
        organization = get_or_create_organization(ORGANIZATION)
        if not organization.kind:
            organization.kind = OrganizationKind.MUNICIPALITY
            organization.contact_email = "info@voorbeeldstad.nl"
            organization.website = "https://www.voorbeeldstad.nl"
            organization.save(update_fields=["kind", "contact_email", "website"])
        new_password = password or secrets.token_urlsafe(9)
        for username, first, last, department, role in USERS:
            user, created = User.objects.get_or_create(
                username=username,
                defaults={"first_name": first, "last_name": last, "department": department,
                          "email": _email(first, last), "organization": organization})
            if created or password:
                user.set_password(new_password)
                user.save(update_fields=["password"])
            created_users += created
            user.groups.add(Group.objects.get(name=role))
        applications = [import_dossier(data, actor=ACTOR)[0] for data in dossiers]
        references = reference_dir()
        official = load_official(references, actor=ACTOR) if references else []
    stdout.write(f"Demonstratie-organisatie {ORGANIZATION}: {len(applications)} toepassingen.")
    if official:
        stdout.write(f"Officiële instrumenten uit {references}: "
                     + ", ".join(sorted({v.name for v, _created in official})) + ".")
    lines = ["Demo-gebruikers (gebruikersnaam: rol):"]
    lines += [f"  {username}: {role.label}" for username, *_rest, role in USERS]
    if created_users or password:
        lines.append(f"Wachtwoord van alle demo-gebruikers: {new_password}"
                     + (" (uit REGIE_DEMO_PASSWORD)" if password else " (wordt eenmalig getoond)"))
    else:
        lines.append("De demo-gebruikers bestonden al; hun wachtwoord is niet gewijzigd "
                     "(zet REGIE_DEMO_PASSWORD om het opnieuw in te stellen).")
    return "\n".join(lines)
