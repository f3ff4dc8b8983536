"""The policy's vocabularies."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Decision(models.TextChoices):
    ALLOWED = "allowed", _("Toegestaan")
    CONDITIONAL = "conditional", _("Toegestaan onder voorwaarden")
    NOT_ALLOWED = "not_allowed", _("Niet toegestaan")


class Level(models.TextChoices):
    BLOCKING = "blocking", _("Blokkerend")
    REQUIRED = "required", _("Vereist")
    ADVICE = "advice", _("Advies")
