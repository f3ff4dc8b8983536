"""The procedure's vocabularies (values English, labels Dutch)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class AdviceRole(models.TextChoices):
    """Who advises before use (seed 002: CIO and FG; seed 004 §5: FG/PO and CISO)."""

    FG = "fg", _("Functionaris gegevensbescherming")
    CISO = "ciso", _("CISO / ICT-businessanalist")


class AdviceOutcome(models.TextChoices):
    POSITIVE = "positive", _("Positief")
    CONDITIONAL = "conditional", _("Positief onder voorwaarden")
    NEGATIVE = "negative", _("Negatief")


class DecisionOutcome(models.TextChoices):
    APPROVED = "approved", _("Goedgekeurd")
    REJECTED = "rejected", _("Afgewezen")


class ConditionStatus(models.TextChoices):
    OPEN = "open", _("Open")
    MET = "met", _("Voldaan")


class Trigger(models.TextChoices):
    """Why a transition happened."""

    MANUAL = "manual", _("Handmatig")
    DECISION = "decision", _("Besluit")
    MATERIAL_CHANGE = "material_change", _("Wezenlijke wijziging van het dossier")
    EVALUATION_DUE = "evaluation_due", _("Jaarlijkse evaluatie")


class TaskKind(models.TextChoices):
    ADVICE_FG = "advice_fg", _("Advies geven (privacy)")
    ADVICE_CISO = "advice_ciso", _("Advies geven (informatiebeveiliging)")
    DECISION = "decision", _("Besluit nemen")
    CONDITION = "condition", _("Voorwaarde invullen")
    RESUBMIT = "resubmit", _("Afgewezen: aanpassen of opnieuw indienen")
    INTAKE = "intake", _("Intake: ongeregistreerd AI-gebruik aanmelden of stoppen")


class EvidenceKind(models.TextChoices):
    FILE = "file", _("Bestand")
    LINK = "link", _("Link")
    NOTE = "note", _("Toelichting")


class StepState(models.TextChoices):
    DONE = "done", _("Gereed")
    STARTED = "started", _("Bezig")
    OPEN = "open", _("Open")
