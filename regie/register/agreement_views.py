"""Recording and withdrawing a supplier's agreement (on the supplier's page)."""

from __future__ import annotations

import datetime as dt

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import FileResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from regie.audit.service import Actor
from regie.core.errors import InputError, for_people
from regie.core.links import back_to
from regie.register import agreements
from regie.register.access import get_visible_or_404, require_perm, scope_to_organization
from regie.register.models import Supplier, SupplierAgreement


def _actor(request) -> Actor:
    return Actor(user=request.user, via="web")


def _agreement(request, pk: int) -> SupplierAgreement:
    queryset = scope_to_organization(SupplierAgreement.objects.select_related("supplier"),
                                     request.user, field="supplier__organization")
    return get_object_or_404(queryset, pk=pk)


@login_required
@require_POST
def record(request, pk: int):
    require_perm(request.user, "register.change_supplier")
    supplier = get_visible_or_404(Supplier.objects.all(), request.user, pk=pk)
    try:
        raw_date = request.POST.get("valid_until", "").strip()
        try:
            valid_until = dt.date.fromisoformat(raw_date) if raw_date else None
        except ValueError as exc:
            raise InputError(_("veld 'valid_until': geef een datum (JJJJ-MM-DD)")) from exc
        agreements.record_agreement(
            supplier, actor=_actor(request),
            terms={key: request.POST.get(key, "") for key in agreements.TERMS},
            document=request.FILES.get("document"), valid_until=valid_until)
        messages.success(request, _("Overeenkomst vastgelegd."))
    except PermissionError as exc:
        raise PermissionDenied(str(exc)) from exc
    except InputError as exc:
        messages.error(request, for_people(exc))
    return redirect(back_to(request, supplier.get_absolute_url()))


@login_required
@require_POST
def withdraw(request, pk: int):
    require_perm(request.user, "register.change_supplier")
    agreement = _agreement(request, pk)
    try:
        agreements.withdraw_agreement(agreement, actor=_actor(request),
                                      reason=request.POST.get("reason", ""))
        messages.success(request, _("Overeenkomst ingetrokken."))
    except PermissionError as exc:
        raise PermissionDenied(str(exc)) from exc
    except InputError as exc:
        messages.error(request, str(exc))
    return redirect(agreement.supplier)


@login_required
def document(request, pk: int):
    require_perm(request.user, "register.view_supplier")
    agreement = _agreement(request, pk)
    return FileResponse(agreement.document.open("rb"), as_attachment=True,
                        filename=agreement.document_name)
