"""Thin views: the policy panel of an application, the allowed-tools overview, and the
beheerder's policy pages (versions, upload, diff, re-evaluate)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from regie.audit.service import Actor
from regie.policy import service
from regie.policy.forms import PolicyUploadForm
from regie.policy.models import PolicyVersion
from regie.policy.panel import panel_context
from regie.policy.rules import PolicyError
from regie.policy.sources import resolve
from regie.policy.tools import allowed_tools, never_allowed
from regie.register.access import get_visible_or_404, is_installation_admin, require_perm
from regie.register.models import Application
from regie.shadow.service import seen_services_for


def _actor(request) -> Actor:
    return Actor(user=request.user, via="web")


@login_required
def application_policy(request, slug):
    require_perm(request.user, "policy.view_evaluationrecord")
    application = get_visible_or_404(Application.objects.select_related("organization"),
                                     request.user, slug=slug)
    if request.method == "POST":
        require_perm(request.user, "policy.add_evaluationrecord")
        service.evaluate_application(application, actor=_actor(request))
        messages.success(request, _("De toepassing is opnieuw getoetst."))
        return redirect("policy:application", slug=slug)
    return render(request, "policy/application.html",
                  {"application": application, **panel_context(application, request.user)})


@login_required
def tools(request):
    if request.user.organization_id is None:
        raise PermissionDenied
    policy = service.active_policy(request.user.organization_id)
    return render(request, "policy/tools.html", {
        "tools": allowed_tools(request.user.organization_id, policy),
        "never": never_allowed(policy), "policy": policy,
        "seen": seen_services_for(request.user)})


def _versions_for(user):
    versions = PolicyVersion.objects.select_related("organization", "loaded_by")
    if is_installation_admin(user):
        return versions
    return versions.filter(Q(organization__isnull=True) | Q(organization=user.organization_id))


@login_required
def overview(request):
    require_perm(request.user, "policy.view_policyversion")
    organization = request.user.organization_id
    national, extra = service.active_versions(organization)
    return render(request, "policy/overview.html", {
        "national": national, "extra": extra, "policy": service.policy_of(national),
        "extra_policy": service.policy_of(extra) if extra else None,
        "versions": _versions_for(request.user)[:50],
        "can_load": request.user.has_perm("policy.add_policyversion"),
    })


@login_required
def version_detail(request, pk):
    require_perm(request.user, "policy.view_policyversion")
    version = _get_version(request.user, pk)
    previous = (PolicyVersion.objects.filter(organization_id=version.organization_id,
                                             loaded_at__lte=version.loaded_at)
                .exclude(pk=version.pk).order_by("-loaded_at", "-pk").first())
    diff = service.diff_policies(service.policy_of(previous) if previous else None,
                                 service.policy_of(version))
    return render(request, "policy/version.html", {
        "version": version, "previous": previous, "diff": diff,
        "policy": service.policy_of(version),
        "can_load": request.user.has_perm("policy.add_policyversion"),
    })


def _get_version(user, pk) -> PolicyVersion:
    version = _versions_for(user).filter(pk=pk).first()
    if version is None:
        raise Http404
    return version


@login_required
def upload(request):
    require_perm(request.user, "policy.add_policyversion")
    allow_national = is_installation_admin(request.user)
    if not allow_national and request.user.organization_id is None:
        raise PermissionDenied
    form = PolicyUploadForm(request.POST or None, request.FILES or None,
                            allow_national=allow_national)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            national = allow_national and form.cleaned_data.get("national", False)
            try:
                version = service.load_policy(
                    content=form.cleaned_data["file"], source=request.FILES["file"].name,
                    actor=_actor(request),
                    organization=None if national else request.user.organization)
            except PolicyError as exc:
                form.add_error("file", str(exc))
            else:
                messages.success(request, _("Beleidsversie %(v)s is geladen en actief.")
                                 % {"v": version.version})
                return redirect("policy:version", pk=version.pk)
        status = 400
    return render(request, "policy/upload.html", {"form": form}, status=status)


@login_required
@require_POST
def reevaluate(request):
    require_perm(request.user, "policy.add_policyversion")
    require_perm(request.user, "policy.add_evaluationrecord")
    if is_installation_admin(request.user):
        summary = service.reevaluate_all(actor=_actor(request))
    elif request.user.organization is not None:
        summary = service.reevaluate_all(actor=_actor(request),
                                         organization=request.user.organization)
    else:
        return HttpResponseBadRequest()
    messages.success(request, _("%(total)s toepassingen opnieuw getoetst: %(allowed)s "
                                "toegestaan, %(conditional)s onder voorwaarden, "
                                "%(not_allowed)s niet toegestaan.") % summary)
    return redirect("policy:overview")


def source(request):
    """One cited source: the official title of the document and Regie's summary of the
    passage. Public knowledge, so no sign-in needed (the public page cites sources too)."""
    reference = request.GET.get("bron", "").strip()[:200]
    if not reference:
        raise Http404
    found = resolve(reference)
    return render(request, "policy/source.html", {"source": found},
                  status=200 if found.known else 404)
