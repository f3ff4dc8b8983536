"""Django admin (/beheer/, superusers only: `regie.core.admin_site`). Every write goes
through the register service, so the admin leaves the same audit trail and meets the same
rules as every other door: catalogue changes are material changes of the applications that
rely on them, and nobody grants themselves rights."""

from django.contrib import admin
from django.contrib.auth.admin import GroupAdmin as DjangoGroupAdmin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.contrib.auth.models import Group
from django.utils.translation import gettext_lazy as _
from rest_framework.authtoken.admin import TokenAdmin
from rest_framework.authtoken.models import TokenProxy

from regie.audit.service import Actor, record_event
from regie.register.models import AIModel, Application, Organization, Supplier, User
from regie.register.service import (
    delete_application,
    delete_catalogue_item,
    delete_organization,
    save_catalogue_item,
    save_organization,
    save_user_rights,
    user_rights,
)


def _actor(request) -> Actor:
    return Actor(user=request.user, via="admin")


@admin.register(Organization)
class OrganizationAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "slug"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}

    def save_model(self, request, obj, form, change):
        save_organization(obj, {}, actor=_actor(request))

    def delete_model(self, request, obj):
        delete_organization(obj, actor=_actor(request))

    def delete_queryset(self, request, queryset):
        for organization in queryset:
            delete_organization(organization, actor=_actor(request))


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    list_display = ["username", "email", "first_name", "last_name", "organization", "is_active"]
    list_filter = ["organization", "groups", "is_active"]
    fieldsets = [
        *DjangoUserAdmin.fieldsets,
        (_("Organisatie"), {"fields": ["organization", "department"]}),
    ]

    def save_model(self, request, obj, form, change):
        # The rights as stored before this change; checked and audited once the groups and
        # permissions are saved too (`save_related`), inside the admin's transaction.
        stored = User.objects.filter(pk=obj.pk).first() if change else None
        request.regie_rights_before = user_rights(stored)
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        save_user_rights(form.instance, request.regie_rights_before, actor=_actor(request),
                         created=not change)

    def user_change_password(self, request, id, form_url=""):
        response = super().user_change_password(request, id, form_url)
        if request.method == "POST" and response.status_code == 302:
            record_event("user_password_changed", actor=_actor(request),
                         obj=User.objects.get(pk=id))
        return response

    def delete_model(self, request, obj):
        record_event("user_deleted", actor=_actor(request), obj=obj,
                     data={"rights": user_rights(obj)})
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        for user in queryset:
            self.delete_model(request, user)


admin.site.unregister(Group)
admin.site.unregister(TokenProxy)


@admin.register(TokenProxy)
class AuditedTokenAdmin(TokenAdmin):
    """API tokens act as their user: making or removing one is recorded."""

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        record_event("api_token_created", actor=_actor(request), obj=obj.user)

    def delete_model(self, request, obj):
        record_event("api_token_deleted", actor=_actor(request), obj=obj.user)
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        for token in queryset:
            self.delete_model(request, token)


@admin.register(Group)
class RoleAdmin(DjangoGroupAdmin):
    """Roles are defined in code (`<app>/roles.py`, merged by `sync_roles`): readable here,
    never edited, so what a role may do is the same on every installation."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class _AuditedCatalogueAdmin(admin.ModelAdmin):
    def get_readonly_fields(self, request, obj=None):
        # A model or supplier stays with its organisation (other organisations' dossiers
        # would silently change with it).
        return ["organization"] if obj is not None else []

    def save_model(self, request, obj, form, change):
        # The form has already set the new values on `obj`; the service diffs against the
        # stored row, checks the rights on the applications relying on it, and audits.
        save_catalogue_item(obj, {}, actor=_actor(request))

    def delete_model(self, request, obj):
        delete_catalogue_item(obj, actor=_actor(request))

    def delete_queryset(self, request, queryset):
        for obj in queryset:
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
