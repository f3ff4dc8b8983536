"""The archive page: the selection list in effect, destruction lists to approve, legal holds."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from regie.archive import service
from regie.archive.forms import LegalHoldForm, RejectForm
from regie.archive.models import DestructionList, LegalHold
from regie.audit.service import Actor
from regie.core.errors import InputError
from regie.register.access import require_perm


def _organization(request, perm: str):
    require_perm(request.user, perm)
    if request.user.organization is None:
        raise PermissionDenied
    return request.user.organization


@login_required
def overview(request):
    organization = _organization(request, "archive.view_destructionlist")
    lists = DestructionList.objects.filter(organization=organization).prefetch_related("items")
    return render(request, "archive/overview.html", {
        "selection": service.selection_list(), "lists": lists[:20],
        "holds": LegalHold.objects.filter(organization=organization, released_at=None),
        "hold_form": LegalHoldForm(organization=organization), "reject_form": RejectForm(),
        "may_approve": request.user.has_perm("archive.approve_destruction"),
        "may_hold": request.user.has_perm("archive.add_legalhold"),
    })


@login_required
@require_POST
def decide(request, pk: int):
    organization = _organization(request, "archive.approve_destruction")
    destruction_list = get_object_or_404(DestructionList, pk=pk, organization=organization)
    actor = Actor(user=request.user, via="web")
    try:
        if request.POST.get("decision") == "approve":
            destroyed, held = service.approve(destruction_list, actor=actor)
            messages.success(request, _("Goedgekeurd: %(d)s stukken vernietigd, %(h)s bewaard "
                                        "wegens een bewaarplicht.") % {"d": destroyed, "h": held})
        else:
            form = RejectForm(request.POST)
            service.reject(destruction_list, actor=actor,
                           reason=form.data.get("reason", "") if form.is_bound else "")
            messages.success(request, _("De vernietigingslijst is afgewezen."))
    except InputError as exc:
        messages.error(request, str(exc))
    return redirect("archive:overview")


@login_required
@require_POST
def hold(request):
    organization = _organization(request, "archive.add_legalhold")
    form = LegalHoldForm(request.POST, organization=organization)
    if form.is_valid():
        service.set_hold(organization, application=form.cleaned_data["application"],
                         reason=form.cleaned_data["reason"],
                         actor=Actor(user=request.user, via="web"))
        messages.success(request, _("De bewaarplicht geldt vanaf nu."))
    else:
        messages.error(request, _("Geef een reden voor de bewaarplicht."))
    return redirect("archive:overview")


@login_required
@require_POST
def release(request, pk: int):
    organization = _organization(request, "archive.change_legalhold")
    legal_hold = get_object_or_404(LegalHold, pk=pk, organization=organization)
    try:
        service.release_hold(legal_hold, actor=Actor(user=request.user, via="web"))
        messages.success(request, _("De bewaarplicht is opgeheven."))
    except InputError as exc:
        messages.error(request, str(exc))
    return redirect("archive:overview")
