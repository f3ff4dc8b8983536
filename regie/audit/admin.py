from django.contrib import admin

from regie.audit.models import AuditEvent


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin):
    """The audit trail, readable and never editable."""

    list_display = ["timestamp", "event", "actor_name", "via", "object_repr"]
    list_filter = ["event", "via"]
    search_fields = ["object_repr", "actor_name"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
