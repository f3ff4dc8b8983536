"""Django admin for beheerders. Writes to dossiers, models and suppliers go through the
register service so the admin leaves the same audit trail as every other door."""

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.utils.translation import gettext_lazy as _

from regie.audit.service import Actor
from regie.register.models import AIModel, Application, Organization, Supplier, User
from regie.register.service import (
    delete_application,
    delete_catalogue_item,
    save_catalogue_item,
)


def _actor(request) -> Actor:
    return Actor(user=request.user, via="admin")


@admin.register(Organization)
class OrganizationAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "slug"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    list_display = ["username", "email", "first_name", "last_name", "organization", "is_active"]
    list_filter = ["organization", "groups", "is_active"]
    fieldsets = [
        *DjangoUserAdmin.fieldsets,
        (_("Organisatie"), {"fields": ["organization", "department"]}),
    ]


class _AuditedCatalogueAdmin(admin.ModelAdmin):
    def save_model(self, request, obj, form, change):
        # The form has already set the new values on `obj`; the service diffs against the
        # stored row and audits.
        save_catalogue_item(obj, {}, actor=_actor(request))

    def delete_model(self, request, obj):
        delete_catalogue_item(obj, actor=_actor(request))


@admin.register(AIModel)
class AIModelAdmin(_AuditedCatalogueAdmin):
    list_display = ["name", "provider", "organization", "hosting", "terms", "open_source"]
    list_filter = ["organization", "hosting", "terms", "open_source"]
    search_fields = ["name", "provider"]


@admin.register(Supplier)
class SupplierAdmin(_AuditedCatalogueAdmin):
    list_display = ["name", "organization", "country"]
    list_filter = ["organization"]
    search_fields = ["name"]


@admin.register(Application)
class ApplicationAdmin(admin.ModelAdmin):
    """Read-only here: dossiers are edited in Regie's own pages, the API or as files."""

    list_display = ["name", "organization", "status", "ai_act_risk", "updated_at"]
    list_filter = ["status", "ai_act_risk", "organization"]
    search_fields = ["name", "slug"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def delete_model(self, request, obj):
        delete_application(obj, actor=_actor(request))

    def delete_queryset(self, request, queryset):
        for application in queryset:
            delete_application(application, actor=_actor(request))
