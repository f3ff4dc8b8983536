"""Beheer (/beheer/, superusers only): gateway settings per application are edited here and
audited like every other change; keys are revoked through the key service (they are made
with `regie apikey create`); request records are read-only and never deleted here."""

from django.contrib import admin
from django.forms.models import model_to_dict
from django.utils.translation import gettext_lazy as _

from regie.audit.service import Actor, diff, record_event
from regie.gateway.keys import revoke_key
from regie.gateway.models import ApiKey, GatewayRequest, GatewaySettings


def _actor(request) -> Actor:
    return Actor(user=request.user, via="admin")


@admin.register(GatewaySettings)
class GatewaySettingsAdmin(admin.ModelAdmin):
    list_display = ["application", "default_action", "response_action", "log_content",
                    "rate_limit_per_minute", "monthly_token_budget", "require_trained_users",
                    "injection_mode"]
    raw_id_fields = ["application"]

    def save_model(self, request, obj, form, change):
        stored = GatewaySettings.objects.filter(pk=obj.pk).first() if change else None
        before = model_to_dict(stored, exclude=["id"]) if stored else {}
        super().save_model(request, obj, form, change)
        changes = diff(before, model_to_dict(obj, exclude=["id"]))
        if changes:
            record_event("gateway_settings_changed", actor=_actor(request),
                         obj=obj.application, changes=changes)

    def delete_model(self, request, obj):
        record_event("gateway_settings_deleted", actor=_actor(request), obj=obj.application,
                     data={"settings": model_to_dict(obj, exclude=["id"])})
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        for settings in queryset:
            self.delete_model(request, settings)


@admin.register(ApiKey)
class ApiKeyAdmin(admin.ModelAdmin):
    list_display = ["prefix", "application", "created_at", "expires_at", "revoked_at"]
    readonly_fields = ["application", "prefix", "key_hash", "created_at", "created_by",
                       "expires_at", "revoked_at"]
    actions = ["revoke"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.action(description=_("Geselecteerde sleutels intrekken"))
    def revoke(self, request, queryset):
        for key in queryset.select_related("application"):
            revoke_key(key=key, actor=_actor(request))


@admin.register(GatewayRequest)
class GatewayRequestAdmin(admin.ModelAdmin):
    list_display = ["created_at", "application", "user_label", "model", "decision", "reason",
                    "injection_signals", "prompt_tokens", "completion_tokens", "latency_ms"]
    list_filter = ["decision", "endpoint"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
