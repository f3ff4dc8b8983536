"""Stored policy versions and the evaluations made with them.

The national policy and each organisation's extra rules are separate `PolicyVersion` rows;
at most one of each scope is active. A version's content never changes once stored, so an
`EvaluationRecord` keeps only the ids of the rules that fired and the version resolves
their message, sources and field (which keeps 100,000 records small).
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from regie.policy.constants import Decision
from regie.register.models import Application, Organization


class PolicyVersion(models.Model):
    organization = models.ForeignKey(
        Organization, on_delete=models.CASCADE, null=True, blank=True,
        related_name="policy_versions", verbose_name=_("organisatie"),
        help_text=_("Leeg: landelijk beleid; anders extra regels van de organisatie."),
    )
    version = models.CharField(_("versie"), max_length=50)
    title = models.CharField(_("titel"), max_length=300)
    content = models.TextField(_("inhoud (YAML)"))
    content_hash = models.CharField(_("SHA-256"), max_length=64)
    active = models.BooleanField(_("actief"), default=False)
    loaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                  null=True, blank=True, related_name="+")
    loaded_via = models.CharField(_("geladen via"), max_length=20, blank=True)
    loaded_at = models.DateTimeField(_("geladen op"), auto_now_add=True)

    class Meta:
        ordering = ["-loaded_at", "-pk"]
        verbose_name = _("beleidsversie")
        verbose_name_plural = _("beleidsversies")
        constraints = [
            models.UniqueConstraint(fields=["organization", "content_hash"],
                                    name="policy_version_unique_content"),
            models.UniqueConstraint(
                fields=["content_hash"], condition=models.Q(organization__isnull=True),
                name="policy_version_unique_national_content"),
            models.UniqueConstraint(fields=["organization"], condition=models.Q(active=True),
                                    name="policy_version_one_active_per_org"),
            models.UniqueConstraint(
                fields=["active"], condition=models.Q(active=True, organization__isnull=True),
                name="policy_version_one_active_national"),
        ]

    def __str__(self) -> str:
        scope = self.organization.name if self.organization_id else _("landelijk")
        return f"{self.version} ({scope})"


class EvaluationRecord(models.Model):
    application = models.ForeignKey(Application, on_delete=models.CASCADE,
                                    related_name="policy_evaluations")
    policy_version = models.ForeignKey(PolicyVersion, on_delete=models.PROTECT, related_name="+",
                                       verbose_name=_("landelijke beleidsversie"))
    organization_policy_version = models.ForeignKey(
        PolicyVersion, on_delete=models.PROTECT, null=True, blank=True, related_name="+",
        verbose_name=_("beleidsversie van de organisatie"))
    decision = models.CharField(_("uitkomst"), max_length=20, choices=Decision.choices)
    findings = models.JSONField(_("open bevindingen (regel-ids)"), default=list)
    required_instruments = models.JSONField(_("vereiste instrumenten"), default=list)
    ai_act = models.JSONField(_("AI-verordening"), default=dict)
    created_at = models.DateTimeField(_("beoordeeld op"), db_index=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("beleidstoets")
        verbose_name_plural = _("beleidstoetsen")
        indexes = [models.Index(fields=["application", "-created_at", "-id"])]

    def __str__(self) -> str:
        return f"{self.application} · {self.get_decision_display()}"
