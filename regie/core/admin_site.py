"""The Django admin (/beheer/) is for superusers only: staff rights alone give nothing.
A beheerder does their work in Regie's own pages, scoped to their organisation."""

from django.contrib import admin
from django.contrib.admin.apps import AdminConfig
from django.utils.translation import gettext_lazy as _


class SuperuserAdminSite(admin.AdminSite):
    site_header = _("Regie — technisch beheer")
    site_title = _("Regie technisch beheer")

    def has_permission(self, request) -> bool:
        user = request.user
        return bool(user.is_active and user.is_superuser)


class RegieAdminConfig(AdminConfig):
    default_site = "regie.core.admin_site.SuperuserAdminSite"
