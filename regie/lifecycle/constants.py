"""Vocabularies of life after approval: incident kinds and states, evaluation outcomes,
reminder kinds. Values are English and stable; labels are what users see."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class IncidentKind(models.TextChoices):
    WRONG_OUTPUT = "wrong_output", _("Onjuiste of schadelijke uitvoer")
    PERSONAL_DATA = "personal_data", _("Persoonsgegevens ingevoerd")
    CONFIDENTIAL_LEAK = "confidential_leak", _("Vertrouwelijke gegevens gelekt")
    BIAS = "bias", _("Vooringenomenheid of discriminatie")
    OUTSIDE_RULES = "outside_rules", _("Gebruik buiten de regels")
    SECURITY = "security", _("Beveiligingsprobleem")


class Handler(models.TextChoices):
    """Who receives an incident (seed 004 §8); the values are role names."""

    FG = "fg", _("Functionaris gegevensbescherming")
    CISO = "ciso", _("CISO")


class IncidentStatus(models.TextChoices):
    REPORTED = "reported", _("Gemeld")
    TRIAGED = "triaged", _("Beoordeeld")
    MEASURES = "measures", _("Maatregelen in uitvoering")
    CLOSED = "closed", _("Afgesloten")


class Severity(models.TextChoices):
    LOW = "low", _("Laag")
    MEDIUM = "medium", _("Middel")
    HIGH = "high", _("Hoog")
    CRITICAL = "critical", _("Kritiek")


class BreachDecision(models.TextChoices):
    """The decision AVG art. 33 asks for within 72 hours."""

    NOTIFY = "notify", _("Melden bij de Autoriteit Persoonsgegevens")
    NO_NOTIFY = "no_notify", _("Niet melden (geen risico voor betrokkenen), vastgelegd")
    NO_BREACH = "no_breach", _("Geen datalek")


class IncidentSource(models.TextChoices):
    WEB = "web", _("Meldformulier")
    GATEWAY = "gateway", _("Gateway (herhaald geblokkeerd)")
    API = "api", _("API")
    SHADOW = "shadow", _("Logs (schaduw-AI)")


class EvaluationOutcome(models.TextChoices):
    CONTINUE = "continue", _("Blijft in gebruik")
    REVIEW = "review", _("Terug naar beoordeling")
    RETIRE = "retire", _("Buiten gebruik stellen (exitstrategie)")


class OperatorRole(models.TextChoices):
    USER = "user", _("Gebruiker")
    OPERATOR = "operator", _("Beheerder / operator")


class TrainingLevel(models.TextChoices):
    BASIC = "basic", _("Basis (alle medewerkers)")
    ADVANCED = "advanced", _("Verdieping (gebruikers van toepassingen)")
    EXPERT = "expert", _("Specialist (beheer en toezicht)")


class ReminderKind(models.TextChoices):
    EVALUATION_DUE = "evaluation_due", _("Evaluatie nodig")
    CONDITION_OPEN = "condition_open", _("Voorwaarde open")
    CONTRACT_ENDING = "contract_ending", _("Contract loopt af")
    TRAINING_EXPIRING = "training_expiring", _("Training verloopt")
    INCIDENT_DEADLINE = "incident_deadline", _("Termijn datalekmelding")
    SERIOUS_INCIDENT = "serious_incident", _("Termijn ernstig incident (AI-verordening)")
    OBLIGATION_DUE = "obligation_due", _("Verplichting AI-verordening")
