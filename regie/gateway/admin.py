"""Beheer (/beheer/): gateway settings per application are edited here; keys and request
records are read-only (keys are made with `regie apikey create`)."""

from django.contrib import admin

from regie.gateway.models import ApiKey, GatewayRequest, GatewaySettings


@admin.register(GatewaySettings)
class GatewaySettingsAdmin(admin.ModelAdmin):
    list_display = ["application", "default_action", "response_action", "log_content",
                    "rate_limit_per_minute", "monthly_token_budget", "require_trained_users"]
    raw_id_fields = ["application"]


@admin.register(ApiKey)
class ApiKeyAdmin(admin.ModelAdmin):
    list_display = ["prefix", "application", "created_at", "expires_at", "revoked_at"]
    readonly_fields = ["application", "prefix", "key_hash", "created_at", "created_by"]
    fields = [*readonly_fields, "expires_at", "revoked_at"]

    def has_add_permission(self, request):
        return False


@admin.register(GatewayRequest)
class GatewayRequestAdmin(admin.ModelAdmin):
    list_display = ["created_at", "application", "user_label", "model", "decision", "reason",
                    "prompt_tokens", "completion_tokens", "latency_ms"]
    list_filter = ["decision", "endpoint"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
