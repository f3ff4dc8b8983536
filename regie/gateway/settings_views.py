"""The beheerder's page for the gateway settings of their organisation's applications
(what the Django admin held, keys apart). Every change is audited."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from regie.audit.service import Actor, record_event
from regie.gateway.models import GatewaySettings, PrivacyAction
from regie.privacy.service import EntityType
from regie.register.access import get_visible_or_404, require_perm, scope_to_organization
from regie.register.models import Application

FIELDS = [
    "default_action", "response_action", "log_content", "content_retention_days",
    "disclosure_text", "rate_limit_per_minute", "monthly_token_budget",
    "block_incident_threshold", "require_trained_users", "injection_mode",
]
AUDITED = [*FIELDS, "entity_actions"]


class SettingsForm(forms.ModelForm):
    """The model's fields, plus one choice per entity type for `entity_actions` (empty:
    the default action)."""

    class Meta:
        model = GatewaySettings
        fields = FIELDS

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        actions = {str(k).upper(): v for k, v in (self.instance.entity_actions or {}).items()}
        choices = [("", _("de standaardactie")), *PrivacyAction.choices]
        for entity in EntityType:
            self.fields[f"action_{entity.value}"] = forms.ChoiceField(
                label=entity.label, choices=choices, required=False,
                initial=actions.get(entity.value, ""))
        # Left out of a post (older clients and scripts): the current mode stays.
        self.fields["injection_mode"].required = False

    def clean_injection_mode(self):
        return self.cleaned_data.get("injection_mode") or self.instance.injection_mode

    def main_fields(self):
        return [self[name] for name in FIELDS]

    def entity_fields(self):
        return [self[f"action_{entity.value}"] for entity in EntityType]

    def save(self, commit=True):
        self.instance.entity_actions = {
            entity.value: self.cleaned_data[f"action_{entity.value}"]
            for entity in EntityType if self.cleaned_data.get(f"action_{entity.value}")
        }
        return super().save(commit)


@login_required
def settings_list(request):
    require_perm(request.user, "gateway.view_gatewaysettings")
    applications = scope_to_organization(Application.objects.all(), request.user).order_by("name")
    known = {s.application_id: s for s in GatewaySettings.objects.filter(
        application__in=applications)}
    rows = [(a, known.get(a.pk)) for a in applications]
    return render(request, "gateway/settings_list.html", {"rows": rows})


@login_required
@require_http_methods(["GET", "POST"])
def settings_edit(request, slug):
    require_perm(request.user, "gateway.view_gatewaysettings")
    application = get_visible_or_404(Application.objects.all(), request.user, slug=slug)
    current = GatewaySettings.objects.filter(application=application).first()
    instance = current or GatewaySettings(application=application)
    before = {f: getattr(instance, f) for f in AUDITED}
    form = SettingsForm(request.POST or None, instance=instance)
    can_change = request.user.has_perm("gateway.change_gatewaysettings")
    if request.method == "POST":
        require_perm(request.user, "gateway.change_gatewaysettings")
        if form.is_valid():
            saved = form.save()
            changed = {f: [before[f], getattr(saved, f)] for f in AUDITED
                       if before[f] != getattr(saved, f)}
            if changed:
                record_event("gateway_settings_changed", actor=Actor(user=request.user, via="web"),
                             obj=application, data={"changed": changed})
            messages.success(request, _("Gateway-instellingen opgeslagen."))
            return redirect("gateway_settings:edit", slug=slug)
    return render(request, "gateway/settings_edit.html",
                  {"application": application, "form": form, "can_change": can_change},
                  status=400 if request.method == "POST" else 200)
