"""Thin views: the shadow-AI overview, reading a log in, and revealing a pseudonym (FG)."""

from __future__ import annotations

import datetime as dt

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Max, Sum
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

import yaml

from regie.audit.service import Actor
from regie.core.errors import InputError
from regie.core.uploads import check_upload
from regie.register.access import require_perm
from regie.shadow import service
from regie.shadow.forms import LogImportForm
from regie.shadow.models import Finding, LogImport, Person, Usage
from regie.shadow.trend import weekly_series

LOG_TYPES = ["log", "txt", "csv", "json", "jsonl"]
TOP_PEOPLE = 25


def _organization(request):
    if request.user.organization is None:
        raise PermissionDenied
    return request.user.organization


@login_required
def overview(request):
    require_perm(request.user, "shadow.view_usage")
    organization = _organization(request)
    catalogue = service.default_catalogue()
    usage = Usage.objects.filter(organization=organization)
    per_service = list(
        usage.values("service_key").annotate(requests=Sum("requests"), uploads=Sum("uploads"),
                                             people=Count("person", distinct=True),
                                             departments=Count("department", distinct=True),
                                             last=Max("day")).order_by("-requests"))
    today = timezone.localdate()
    series = weekly_series(usage, today=today)
    for row in per_service:
        row["service"] = catalogue.services.get(row["service_key"])
        row["trend"] = series.get(row["service_key"])
    per_department = list(usage.values("department")
                          .annotate(requests=Sum("requests"), uploads=Sum("uploads"),
                                    services=Count("service_key", distinct=True))
                          .order_by("-requests"))
    department_series = weekly_series(usage, today=today, by="department")
    for row in per_department:
        row["trend"] = department_series.get(row["department"])
    findings = (Finding.objects.filter(organization=organization)
                .select_related("application", "incident"))
    for finding in findings:
        finding.service = catalogue.services.get(finding.service_key)
    people = (usage.exclude(person=None).values("person__pk", "person__pseudonym")
              .annotate(requests=Sum("requests"), services=Count("service_key", distinct=True))
              .order_by("-requests")[:TOP_PEOPLE])
    return render(request, "shadow/overview.html", {
        "per_service": per_service, "per_department": per_department, "findings": findings,
        "people": people, "imports": LogImport.objects.filter(organization=organization)[:10],
        "catalogue": catalogue,
        "may_import": request.user.has_perm("shadow.add_logimport"),
        "may_reveal": request.user.has_perm("shadow.reveal_person"),
    })


@login_required
@require_http_methods(["GET", "POST"])
def import_log(request):
    require_perm(request.user, "shadow.add_logimport")
    organization = _organization(request)
    form = LogImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST":
        if form.is_valid():
            upload = form.cleaned_data["file"]
            try:
                name = check_upload(upload, field=_("logbestand"), allowed=LOG_TYPES)
                mapping = _mapping(form.cleaned_data["mapping"])
                result = service.import_and_refresh(
                    upload.file, organization=organization, file_name=name,
                    log_format=form.cleaned_data["log_format"], mapping=mapping,
                    actor=Actor(user=request.user, via="web"))
            except InputError as exc:
                form.add_error(None, str(exc))
            else:
                if result.already_imported:
                    messages.info(request, _("Dit log is al eerder ingelezen; er is niets "
                                             "gewijzigd."))
                else:
                    done = result.log_import
                    messages.success(request, _(
                        "%(name)s ingelezen: %(lines)s regels, waarvan %(matched)s naar "
                        "AI-diensten en %(skipped)s onleesbaar.") % {
                        "name": name, "lines": done.lines, "matched": done.matched,
                        "skipped": done.skipped})
                return redirect("shadow:overview")
        return render(request, "shadow/import.html", {"form": form}, status=400)
    return render(request, "shadow/import.html", {"form": form})


def _mapping(text: str) -> service.Mapping | None:
    if not text.strip():
        return None
    try:
        return service.Mapping.from_dict(yaml.safe_load(text))
    except yaml.YAMLError as exc:
        raise InputError(_("veld 'kolommen': dit is geen geldige YAML")) from exc
    except ValueError as exc:
        raise InputError(_("veld 'kolommen': %(error)s") % {"error": exc}) from exc


@login_required
@require_POST
def reveal(request, pk: int):
    require_perm(request.user, "shadow.reveal_person")
    person = get_object_or_404(Person, pk=pk, organization=_organization(request))
    identity = service.reveal(person, user=request.user)
    return render(request, "shadow/reveal.html", {
        "person": person, "identity": identity, "at": dt.datetime.now(tz=dt.UTC)})
