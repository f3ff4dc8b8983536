"""What the public transparency page tells citizens, in plain language (B1).

Only these facts leave the organisation: name, purpose, human oversight, model and supplier,
hosting, the kind of data used and a contact address — of applications in use. Internal
fields (owner, risk analysis, endpoints, advice) never reach the page.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from regie.register import constants as c
from regie.register.models import Application, Organization

__all__ = ["PublicEntry", "public_entries"]

_HOSTING = {
    c.Hosting.ON_PREMISES: _("Het AI-model draait op computers van de organisatie zelf."),
    c.Hosting.EU_CLOUD: _("Het AI-model draait in een datacentrum in de Europese Unie."),
    c.Hosting.NON_EU_CLOUD: _("Het AI-model draait bij een bedrijf buiten de Europese Unie."),
}


@dataclass(frozen=True)
class PublicEntry:
    slug: str
    name: str
    purpose: str
    human_oversight: str
    model: str
    supplier: str
    hosting: str
    data: list[str]
    contact: str


def _data_sentences(app: Application) -> list[str]:
    sentences = []
    if app.data_personal is True:
        sentences.append(_("Wij gebruiken persoonsgegevens."))
    elif app.data_personal is False:
        sentences.append(_("Wij gebruiken geen persoonsgegevens."))
    if app.data_special_categories:
        sentences.append(_("Ook gevoelige gegevens, zoals over gezondheid of geloof."))
    if app.data_confidential:
        sentences.append(_("Wij gebruiken ook vertrouwelijke informatie van de organisatie."))
    return sentences or [_("Dit is nog niet bekend.")]


def public_entries(organization: Organization) -> list[PublicEntry]:
    apps = (
        Application.objects.filter(organization=organization, status=c.Status.IN_USE)
        .select_related("model", "supplier")
        .order_by("name")
    )
    entries = []
    for app in apps:
        model = app.model
        entries.append(
            PublicEntry(
                slug=app.slug,
                name=app.name,
                purpose=app.purpose,
                human_oversight=app.human_oversight,
                model=(
                    f"{model.name} ({model.provider})"
                    if model and model.provider
                    else model.name
                    if model
                    else ""
                ),
                supplier=app.supplier.name if app.supplier else "",
                hosting=str(_HOSTING.get(model.hosting, "")) if model else "",
                data=[str(s) for s in _data_sentences(app)],
                contact=app.contact_email or organization.contact_email,
            )
        )
    return entries
