"""Thin views: organisation scoping (404 for other organisations), role checks (403), the
service does the work and names the field when input is refused (HTTP 400)."""

from __future__ import annotations

import datetime as dt
import json

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from regie.aiact import service
from regie.aiact.models import (
    InstrumentChange,
    Obligation,
    ObligationStatus,
    SeriousIncident,
    SeriousIncidentCategory,
)
from regie.aiact.obligations import BY_CODE
from regie.audit.service import Actor
from regie.core.errors import InputError
from regie.register.access import (
    can_edit_application,
    get_visible_or_404,
    is_installation_admin,
    require_perm,
    scope_to_organization,
)
from regie.register.models import Application, User
from regie.register.roles import Role
from regie.register.service import save_application


def _actor(request) -> Actor:
    return Actor(user=request.user, via="web")


def _application(request, slug: str) -> Application:
    require_perm(request.user, "aiact.view_obligation")
    return get_visible_or_404(Application.objects.select_related("organization", "owner"),
                              request.user, slug=slug)


def _date(value: str, field: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise InputError(f"{field}: geen geldige datum (JJJJ-MM-DD)") from exc


@login_required
def overview(request):
    """The organisation's AI-Act dashboard: open and overdue duties, serious-incident
    clocks, and the changes in official files."""
    require_perm(request.user, "aiact.view_obligation")
    organization = None if is_installation_admin(request.user) else request.user.organization
    today = timezone.localdate()
    obligations = list(service.open_obligations(organization)[:200])
    serious = [(item, service.clocks(item.incident))
               for item in service.open_serious_incidents(organization)]
    return render(request, "aiact/overview.html", {
        "obligations": obligations,
        "overdue": sum(1 for o in obligations if o.overdue(today)),
        "serious": serious,
        "changes": [(change, len(_own_affected(request.user, change)))
                    for change in InstrumentChange.objects.select_related("new_version")[:20]],
        "today": today,
    })


@login_required
@require_http_methods(["GET", "POST"])
def application(request, slug):
    item = _application(request, slug)
    can_work = request.user.has_perm("aiact.change_obligation") and can_edit_application(
        request.user, item)
    status = 200
    if request.method == "POST":
        if not can_work:
            raise PermissionDenied
        obligation_id = request.POST.get("obligation", "")
        obligation = get_object_or_404(
            Obligation, pk=obligation_id if obligation_id.isdigit() else 0, application=item)
        people = scope_to_organization(User.objects.all(), request.user)
        owner_id = request.POST.get("owner", "")
        try:
            owner = people.filter(pk=owner_id).first() if owner_id.isdigit() else None
            if owner_id and owner is None:
                raise InputError("eigenaar: onbekende medewerker")
            service.update_obligation(
                obligation, actor=_actor(request), status=request.POST.get("status", ""),
                owner=owner, evidence=request.POST.get("evidence", ""),
                evidence_link=request.POST.get("evidence_link", ""),
                due_date=_date(request.POST.get("due_date", ""), "uiterlijk gereed"),
                reason=request.POST.get("reason", ""))
        except InputError as exc:
            messages.error(request, f"{obligation.article}: {exc}")
            status = 400
        else:
            messages.success(request, _("Verplichting bijgewerkt."))
            return redirect(f"{request.path}#o{obligation.pk}")
    return _application_page(request, item, can_work=can_work, status=status)


def _application_page(request, item: Application, *, can_work: bool | None = None,
                      status: int = 200):
    if can_work is None:
        can_work = request.user.has_perm("aiact.change_obligation") and can_edit_application(
            request.user, item)
    obligations = service.sync_obligations(item, actor=_actor(request))
    from regie.instruments.service import IAMA, current_version, get_run

    iama = get_run(item, IAMA)
    instruments = {}
    for obligation in obligations:
        duty = BY_CODE.get(obligation.code)
        if duty and duty.card and current_version(duty.card) is not None:
            run = get_run(item, duty.card)
            instruments[obligation.code] = {"key": duty.card,
                                            "status": run.get_status_display() if run else ""}
    return render(request, "aiact/application.html", {
        "application": item,
        "profile": service.profile_of(item),
        "obligations": obligations,
        "evidence": service.automatic_evidence(item),
        "instruments": instruments,
        "statuses": ObligationStatus.choices,
        "people": User.objects.filter(organization=item.organization, is_active=True)
        .order_by("last_name", "username"),
        "can_work": can_work,
        "fria": service.fria_mapping(iama.answers if iama else None)
        if any(o.code == "deployer_fria" and o.applies for o in obligations) else None,
        "registration_required": service.registration_required(item),
        "registration": service.registration_for(item),
        "can_decide": request.user.has_role(Role.DIRECTIE)
        and request.user.organization_id == item.organization_id,
        "today": timezone.localdate(),
    }, status=status)


@login_required
def eu_database(request, slug):
    """Annex VIII section C as a JSON file."""
    item = _application(request, slug)
    try:
        data = service.eu_database_export(item)
    except InputError as exc:
        return HttpResponse(str(exc), status=400, content_type="text/plain; charset=utf-8")
    response = HttpResponse(json.dumps(data, ensure_ascii=False, indent=2),
                            content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{item.slug}-eu-databank.json"'
    return response


@login_required
@require_POST
def registration(request, slug):
    item = _application(request, slug)
    if not (request.user.has_perm("aiact.change_deployerregistration")
            and can_edit_application(request.user, item)):
        raise PermissionDenied
    values = {key: request.POST.get(key, "") for key in (
        "deployer_address", "submitter_name", "submitter_email", "submitter_address",
        "provider_entry_url", "fria_summary", "dpia_summary", "eu_reference")}
    try:
        values["registered_on"] = _date(request.POST.get("registered_on", ""),
                                        "geregistreerd op")
        service.save_registration(item, values, actor=_actor(request))
    except (InputError, ValidationError) as exc:
        text = "; ".join(f"{k}: {' '.join(v)}" for k, v in exc.message_dict.items()) \
            if isinstance(exc, ValidationError) else str(exc)
        messages.error(request, text)
        return _application_page(request, item, status=400)
    messages.success(request, _("Registratiegegevens opgeslagen."))
    return redirect("aiact:application", slug=slug)


@login_required
@require_POST
def directie_decision(request, slug):
    """The directie's explicit decision on AI at decisions with legal or financial effects
    (004 §4), with its reasoning; written into the dossier and audited."""
    item = _application(request, slug)
    if not (request.user.has_role(Role.DIRECTIE)
            and request.user.organization_id == item.organization_id):
        raise PermissionDenied
    reasoning = request.POST.get("reasoning", "").strip()
    if len(reasoning) < 20:
        messages.error(request, _("Onderbouwing: leg het besluit en de redenen vast "
                                  "(ten minste 20 tekens)."))
        return _application_page(request, item, status=400)
    stamp = f"{request.user.get_full_name() or request.user.username}, " \
            f"{timezone.localdate():%Y-%m-%d}"
    save_application(item, {"decisions_directie_decision": f"{reasoning}\n— {stamp}"[:5000]},
                     actor=_actor(request))
    messages.success(request, _("Het besluit van de directie is vastgelegd."))
    return redirect("aiact:application", slug=slug)


@login_required
@require_http_methods(["GET", "POST"])
def serious_incident(request, pk):
    """Mark an incident as serious (art. 3(49)) and record the provider and authority
    steps; for the FG or CISO the incident is routed to."""
    from regie.lifecycle.incidents import can_handle
    from regie.lifecycle.models import Incident

    incident = get_visible_or_404(Incident.objects.select_related("application"),
                                  request.user, pk=pk)
    if not (request.user.has_perm("aiact.change_seriousincident")
            and can_handle(request.user, incident)):
        raise PermissionDenied
    serious = SeriousIncident.objects.filter(incident=incident).first()
    status = 200
    if request.method == "POST":
        action = request.POST.get("action", "mark")
        try:
            if action == "mark":
                aware = request.POST.get("aware_at", "")
                aware_at = None
                if aware:
                    try:
                        aware_at = timezone.make_aware(dt.datetime.fromisoformat(aware))
                    except ValueError as exc:
                        raise InputError("bekend sinds: geen geldige datum en tijd") from exc
                service.mark_serious(
                    incident, actor=_actor(request),
                    category=request.POST.get("category", ""),
                    reasoning=request.POST.get("reasoning", ""), aware_at=aware_at,
                    provider_name=request.POST.get("provider_name", ""))
            elif serious is None:
                raise InputError("stap: markeer het incident eerst als ernstig incident")
            else:
                service.record_step(serious, actor=_actor(request), step=action,
                                    reference=request.POST.get("reference", ""))
        except InputError as exc:
            messages.error(request, str(exc))
            status = 400
        else:
            messages.success(request, _("Vastgelegd."))
            return redirect("aiact:serious_incident", pk=pk)
    return render(request, "aiact/serious_incident.html", {
        "incident": incident, "serious": serious, "clocks": service.clocks(incident),
        "categories": SeriousIncidentCategory.choices,
    }, status=status)


@login_required
def change(request, pk):
    require_perm(request.user, "aiact.view_instrumentchange")
    item = get_object_or_404(InstrumentChange.objects.select_related("old_version",
                                                                     "new_version"), pk=pk)
    return render(request, "aiact/change.html", {
        "change": item, "affected": _own_affected(request.user, item),
        "summary": service.summary_lines(item.difference),
    })


def _own_affected(user, change: InstrumentChange) -> list[dict]:
    """The affected applications of the user's own organisation (all for the installation
    administrator): a change in a national file is shared, who it touched is not."""
    if is_installation_admin(user):
        return change.affected
    own = set(Application.objects.filter(organization=user.organization_id)
              .values_list("pk", flat=True))
    return [a for a in change.affected if a["application"] in own]
