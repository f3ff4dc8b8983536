"""Thin views: public transparency page, dashboard, exports, publishing and PDF reports."""

from __future__ import annotations

import datetime as dt
import json

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from regie.audit.service import Actor, chain_head
from regie.core.links import back_to
from regie.publication import roles, service
from regie.publication.dashboard import charts
from regie.publication.transparency import public_entries
from regie.register.access import get_visible_or_404, is_installation_admin, require_perm
from regie.register.models import Application, Organization


def _organization(request) -> Organization | None:
    """The user's organisation; the installation administrator may pick one (or all)."""
    if is_installation_admin(request.user):
        slug = request.GET.get("organisatie")
        return get_object_or_404(Organization, slug=slug) if slug else None
    if request.user.organization_id is None:
        raise PermissionDenied
    return request.user.organization


def _scoped_applications(request):
    organization = _organization(request)
    apps = Application.objects.all()
    return apps if organization is None else apps.filter(organization=organization)


def _download(data: bytes | str, filename: str, content_type: str) -> HttpResponse:
    response = HttpResponse(data, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def public_page(request, organization_slug: str):
    """The citizens' page: no login, only this organisation, only public facts."""
    organization = get_object_or_404(Organization, slug=organization_slug)
    language = request.GET.get("lang") or translation.get_language() or "nl"
    language = "en" if language.startswith("en") else "nl"
    with translation.override(language):
        return render(
            request,
            "publication/public.html",
            {
                "organization": organization,
                "entries": public_entries(organization),
                # The audit trail's chain head, published outside Regie's own tables: a
                # copy kept by anyone shows later whether entries up to here were removed.
                "audit_anchor": chain_head(),
                "anchored_at": timezone.now(),
                "language": language,
                "other_language": "nl" if language == "en" else "en",
            },
        )


@login_required
def dashboard(request):
    require_perm(request.user, roles.DASHBOARD)
    figures = service.dashboard_figures(_organization(request))
    return render(
        request,
        "publication/dashboard.html",
        {
            "figures": figures,
            "charts": charts(figures),
            "year": timezone.now().year - 1,
        },
    )


@login_required
def yearly_report(request):
    require_perm(request.user, roles.DASHBOARD)
    organization = _organization(request)
    if organization is None:
        return HttpResponseBadRequest(_("Kies een organisatie (?organisatie=…)."))
    raw = request.GET.get("jaar", str(timezone.now().year - 1))
    if not raw.isdigit() or not 2000 <= int(raw) <= 2100:
        return HttpResponseBadRequest(
            _("Veld 'jaar': verwacht een jaartal, kreeg %(v)r.") % {"v": raw[:20]}
        )
    pdf = service.yearly_report_pdf(organization, year=int(raw))
    return _download(pdf, f"jaarverslag-ai-beleid-{organization.slug}-{raw}.pdf", "application/pdf")


@login_required
def application_report(request, slug: str):
    require_perm(request.user, "register.view_application")
    application = get_visible_or_404(Application.objects.all(), request.user, slug=slug)
    pdf = service.application_report_pdf(application)
    return _download(
        pdf, f"dossier-{application.slug}-{dt.date.today().isoformat()}.pdf", "application/pdf"
    )


@login_required
def exports(request):
    require_perm(request.user, roles.EXPORT)
    applications = _scoped_applications(request)
    mapped = service.algoritmeregister_records(applications)
    states = service.register_states(mapped)
    return render(
        request,
        "publication/exports.html",
        {
            "rows": [(m, states[m.slug]) for m in mapped],
            "incomplete": [m for m in mapped if not m.complete],
        },
    )


@login_required
def export_algoritmeregister(request):
    require_perm(request.user, roles.EXPORT)
    mapped = service.algoritmeregister_records(_scoped_applications(request))
    data = json.dumps([m.record for m in mapped], ensure_ascii=False, indent=2)
    return _download(data, "algoritmeregister.json", "application/json; charset=utf-8")


@login_required
def export_cmdb(request, fmt: str):
    require_perm(request.user, roles.EXPORT)
    if fmt not in ("csv", "xlsx"):
        raise Http404
    rows = list(service.cmdb_rows(_scoped_applications(request)))
    service.record_cmdb_export(rows, actor=Actor(user=request.user, via="web"), fmt=fmt,
                               organization_id=request.user.organization_id)
    if fmt == "csv":
        return _download(
            service.cmdb_csv(rows), "cmdb-ai-toepassingen.csv", "text/csv; charset=utf-8"
        )
    if fmt == "xlsx":
        return _download(
            service.cmdb_xlsx(rows),
            "cmdb-ai-toepassingen.xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
    raise Http404


@login_required
def export_application_cmdb(request, slug: str):
    """The CMDB row of one application, for its owner to hand to the CMDB (evidence of
    `registers.cmdb`, as any CMDB export that lists it)."""
    application = get_visible_or_404(Application.objects.all(), request.user, slug=slug)
    if not roles.may_export_cmdb(request.user, application):
        raise PermissionDenied
    rows = list(service.cmdb_rows(Application.objects.filter(pk=application.pk)))
    service.record_cmdb_export(rows, actor=Actor(user=request.user, via="web"), fmt="csv",
                               organization_id=application.organization_id)
    return _download(service.cmdb_csv(rows), f"cmdb-{application.slug}.csv",
                     "text/csv; charset=utf-8")


@login_required
def publication_detail(request, slug: str):
    require_perm(request.user, roles.VIEW_PUBLICATION)
    application = get_visible_or_404(Application.objects.all(), request.user, slug=slug)
    state = service.drift(application)
    return render(
        request,
        "publication/publication_detail.html",
        {
            "application": application,
            "drift": state,
            "record_json": json.dumps(state.current.record, ensure_ascii=False, indent=2),
            "can_publish": request.user.has_perm(roles.PUBLISH),
            "can_confirm": roles.may_confirm_publication(request.user, application),
        },
    )


@login_required
@require_POST
def publication_action(request, slug: str, action: str):
    if action not in ("publish", "retract", "confirm"):
        raise Http404
    application = get_visible_or_404(Application.objects.all(), request.user, slug=slug)
    actor = Actor(user=request.user, via="web")
    if action == "confirm":
        if not roles.may_confirm_publication(request.user, application):
            raise PermissionDenied
        try:
            service.confirm_publication(application, actor=actor,
                                        lars=request.POST.get("lars", ""),
                                        url=request.POST.get("url", ""))
            messages.success(request, _("Publicatie bevestigd."))
        except service.PublishError as exc:
            messages.error(request, str(exc))
        return redirect(back_to(request, reverse("publication:publication_detail",
                                                 args=[application.slug])))
    require_perm(request.user, roles.PUBLISH)
    try:
        with service.AlgoritmeregisterClient(service.config_from_env()) as client:
            if action == "publish":
                publication = service.publish(application, actor=actor, client=client)
                messages.success(
                    request,
                    _("Gepubliceerd in het Algoritmeregister (%(id)s).") % {"id": publication.lars},
                )
            else:
                service.retract(application, actor=actor, client=client)
                messages.success(request, _("Teruggetrokken uit het Algoritmeregister."))
    except service.PublishError as exc:
        messages.error(request, str(exc))
    return redirect("publication:publication_detail", slug=application.slug)
