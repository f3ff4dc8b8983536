"""Values every page needs: the navigation the user may see, grouped by what people come to
do, with the number of things waiting for them."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.conf import settings
from django.urls import NoReverseMatch, reverse
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _

from regie.core.work import Work, work_for

# Groups of (url name, label, permission or None for every signed-in user). Apps add their
# pages to the group they belong to; entries whose url does not exist are skipped. Counts
# name a `Work` attribute (or "count" for all of it) shown next to the link.
NAVIGATION = [
    ("register", _("Register"), [
        ("register:application_list", _("Toepassingen"), "register.view_application"),
        ("register:model_list", _("AI-modellen"), "register.view_aimodel"),
        ("register:supplier_list", _("Leveranciers"), "register.view_supplier"),
    ]),
    ("procedure", _("Procedure"), [
        ("workflow:inbox", _("Mijn taken"), "workflow.view_procedure"),
        ("workflow:list", _("Alle aanvragen"), "workflow.view_procedure"),
        ("instruments:index", _("Instrumenten"), "instruments.view_instrumentrun"),
        ("lifecycle:evaluation_list", _("Evaluaties"), "lifecycle.view_applicationevaluation"),
    ]),
    ("use", _("Gebruik"), [
        ("policy:tools", _("Toegestane AI-tools"), None),
        ("lifecycle:rules", _("Gedragsregels"), None),
        ("lifecycle:literacy", _("AI-geletterdheid"), None),
        ("lifecycle:incident_report", _("Incident melden"), "lifecycle.add_incident"),
        ("lifecycle:incident_list", _("Incidenten"), None),
        ("shadow:overview", _("Schaduw-AI"), "shadow.view_usage"),
        ("gateway:my_usage", _("Mijn gebruik"), None),
    ]),
    ("policy", _("Beleid"), [
        ("policy:overview", _("Beleidsversies"), "policy.view_policyversion"),
        ("aiact:overview", _("AI-verordening"), "aiact.view_obligation"),
        ("publication:dashboard", _("Dashboard"), "publication.view_dashboard"),
        ("publication:exports", _("Exports"), "publication.export_register"),
        ("woo:index", _("Woo-verzoeken"), "woo.handle_woo"),
    ]),
    ("admin", _("Beheer"), [
        ("gateway:key_list", _("Gatewaysleutels"), "gateway.add_apikey"),
        ("gateway:budgets", _("Budgetten"), "gateway.view_budget"),
        ("gateway:department_usage", _("Gebruik per afdeling"), "gateway.view_gatewayrequest"),
        ("archive:overview", _("Archief"), "archive.view_destructionlist"),
        ("register:person_list", _("Gebruikers en rollen"), "register.change_user"),
        ("gateway_settings:list", _("Gateway-instellingen"), "gateway.change_gatewaysettings"),
        ("instruments:versions", _("Instrumenten beheren"), "instruments.add_instrumentversion"),
    ]),
]

# Which part of the waiting work a link or group counts.
COUNTS = {
    "home": ("advice", "decisions", "conditions", "resubmit", "incidents", "evaluations",
             "trainings"),
    "workflow:inbox": ("advice", "decisions", "conditions", "resubmit", "evaluations"),
    "procedure": ("advice", "decisions", "conditions", "resubmit", "evaluations"),
    "lifecycle:incident_list": ("incidents",),
    "use": ("incidents",),
}


@dataclass
class NavItem:
    url: str
    label: str
    current: bool
    count: int = 0


@dataclass
class NavGroup:
    key: str
    label: str
    items: list[NavItem] = field(default_factory=list)
    count: int = 0

    @property
    def url(self) -> str:
        return self.items[0].url

    @property
    def current(self) -> bool:
        return any(item.current for item in self.items)


def waiting_work(request, *, checklists: bool = False) -> Work:
    """The user's waiting work, computed once per request (the start page asks for the
    checklists too; the menu counts without them, see `work_for`)."""
    attribute = "_regie_work_full" if checklists else "_regie_work"
    if not hasattr(request, attribute):
        setattr(request, attribute, work_for(request.user, checklists=checklists))
    return getattr(request, attribute)


def _count(request, key: str) -> int:
    parts = COUNTS.get(key)
    if not parts:
        return 0
    work = waiting_work(request)
    return sum(len(getattr(work, part)) for part in parts)


def navigation_for(request) -> dict[str, object]:
    user = request.user
    groups = []
    for key, label, entries in NAVIGATION:
        group = NavGroup(key, label)
        for name, item_label, perm in entries:
            if perm and not user.has_perm(perm):
                continue
            try:
                url = reverse(name)
            except NoReverseMatch:
                continue
            group.items.append(NavItem(url, item_label, request.path == url
                                       or request.path.startswith(url), _count(request, name)))
        organization = getattr(user, "organization", None)
        if key == "use" and organization is not None:
            url = reverse("publication:public_page", args=[organization.slug])
            group.items.append(NavItem(url, _("Openbare pagina"), request.path == url))
        if group.items:
            group.count = _count(request, key)
            groups.append(group)
    # The most specific match is the current page (/procedure/ is also a prefix of others).
    current = [item for group in groups for item in group.items if item.current]
    for item in current:
        item.current = item is max(current, key=lambda i: len(i.url))
    home = NavItem(reverse("home"), _("Start"), request.path == reverse("home"),
                   _count(request, "home"))
    return {"home": home, "groups": groups,
            "current_group": next((g for g in groups if g.current), None)}


def regie(request):
    user = getattr(request, "user", None)
    navigation = None
    if user is not None and user.is_authenticated:
        navigation = SimpleLazyObject(lambda: navigation_for(request))
    return {"navigation": navigation, "oidc_enabled": settings.OIDC_ENABLED}
