"""Values every page needs: the navigation the user may see."""

from __future__ import annotations

from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _

# (url name, label, permission or None for every signed-in user). Apps add their pages
# here as they get them; entries whose url does not exist are skipped.
NAVIGATION = [
    ("home", _("Start"), None),
    ("register:application_list", _("Toepassingen"), "register.view_application"),
    ("register:model_list", _("AI-modellen"), "register.view_aimodel"),
    ("register:supplier_list", _("Leveranciers"), "register.view_supplier"),
    ("workflow:inbox", _("Procedure en taken"), "workflow.view_procedure"),
    ("instruments:index", _("Instrumenten"), "instruments.view_instrumentrun"),
    ("publication:dashboard", _("Dashboard"), "publication.view_dashboard"),
    ("publication:exports", _("Exports"), "publication.export_register"),
    ("policy:tools", _("Toegestane AI-tools"), None),
    ("policy:overview", _("Beleid"), "policy.view_policyversion"),
    ("aiact:overview", _("AI-verordening"), "aiact.view_obligation"),
    ("lifecycle:incident_report", _("Incident melden"), "lifecycle.add_incident"),
    ("lifecycle:incident_list", _("Incidenten"), None),
    ("lifecycle:evaluation_list", _("Evaluaties"), "lifecycle.view_applicationevaluation"),
    ("lifecycle:literacy", _("AI-geletterdheid"), None),
    ("lifecycle:rules", _("Gedragsregels"), None),
]


def regie(request):
    user = getattr(request, "user", None)
    items = []
    if user is not None and user.is_authenticated:
        for name, label, perm in NAVIGATION:
            if perm and not user.has_perm(perm):
                continue
            try:
                url = reverse(name)
            except NoReverseMatch:
                continue
            items.append({"url": url, "label": label,
                          "current": request.path == url or (url != "/" and
                                                             request.path.startswith(url))})
    from django.conf import settings

    return {"navigation": items, "oidc_enabled": settings.OIDC_ENABLED}
