"""Thin views for the Woo coordinator (FG): requests, selection, review, export."""

from __future__ import annotations

from html import escape

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from regie.audit.service import Actor, record_event
from regie.core.errors import InputError
from regie.register.access import require_perm
from regie.woo import service
from regie.woo.forms import PassageForm, WithholdForm, WooRequestForm
from regie.woo.models import Redaction, WooDocument, WooRequest
from regie.woo.package import short_ground


def _actor(request) -> Actor:
    return Actor(user=request.user, via="web")


def _organization(request):
    require_perm(request.user, "woo.handle_woo")
    if request.user.organization is None:
        raise PermissionDenied
    return request.user.organization


@login_required
@require_http_methods(["GET", "POST"])
def index(request):
    organization = _organization(request)
    form = WooRequestForm(request.POST or None, organization=organization,
                          initial={"received_on": timezone.localdate()})
    if request.method == "POST":
        if form.is_valid():
            woo = form.save(commit=False)
            woo.organization, woo.created_by = organization, request.user
            woo.reference = service.next_reference(organization, woo.received_on.year)
            woo.save()
            record_event("woo_request_registered", actor=_actor(request), obj=woo,
                         organization_id=organization.pk, data={"subject": woo.subject})
            return redirect(woo)
        status = 400
    else:
        status = 200
    requests = WooRequest.objects.filter(organization=organization)
    return render(request, "woo/index.html", {"form": form, "requests": requests},
                  status=status)


def _review_html(document: WooDocument) -> str:
    """The text with each redaction marked for review (accepted ones dark, proposed ones
    highlighted), escaped."""
    text, out, position = document.text, [], 0
    for redaction in sorted(document.redactions.all(), key=lambda r: r.start):
        if redaction.start < position:
            continue
        out.append(escape(text[position:redaction.start]))
        css = {"accepted": "woo-accepted", "rejected": "woo-rejected"}.get(
            redaction.status, "woo-proposed")
        out.append(f'<mark class="{css}" id="r{redaction.pk}">'
                   f'{escape(text[redaction.start:redaction.end])}'
                   f'<small> [{escape(short_ground(redaction.ground))}]</small></mark>')
        position = redaction.end
    out.append(escape(text[position:]))
    return "".join(out)


@login_required
def detail(request, pk: int):
    organization = _organization(request)
    woo = get_object_or_404(WooRequest, pk=pk, organization=organization)
    documents = list(woo.documents.prefetch_related("redactions"))
    for document in documents:
        document.review_html = mark_safe(_review_html(document))  # noqa: S308 (escaped above)
    return render(request, "woo/request.html", {
        "woo": woo, "documents": documents, "waiting": service.open_reviews(woo).count(),
        "passage_form": PassageForm(), "withhold_form": WithholdForm(),
        "inventory": service.inventory(woo) if documents else []})


def _redirect_with_error(request, woo, exc: InputError, anchor: str = ""):
    messages.error(request, str(exc))
    return redirect(woo.get_absolute_url() + anchor)


@login_required
@require_POST
def select(request, pk: int):
    woo = get_object_or_404(WooRequest, pk=pk, organization=_organization(request))
    try:
        found = service.select_documents(woo, actor=_actor(request))
    except InputError as exc:
        return _redirect_with_error(request, woo, exc)
    messages.success(request, _("%(n)s documenten geselecteerd. Beoordeel elke voorgestelde "
                                "weglakking.") % {"n": found})
    return redirect(woo)


@login_required
@require_POST
def review(request, pk: int, redaction_pk: int):
    woo = get_object_or_404(WooRequest, pk=pk, organization=_organization(request))
    redaction = get_object_or_404(Redaction, pk=redaction_pk, document__request=woo)
    decision = request.POST.get("decision")
    if decision not in ("redact", "keep"):
        return HttpResponse(_("Kies weglakken of niet weglakken."), status=400)
    try:
        service.review(redaction, accept=decision == "redact", actor=_actor(request))
    except InputError as exc:
        return _redirect_with_error(request, woo, exc)
    return redirect(f"{woo.get_absolute_url()}#document-{redaction.document.number}")


def _act_on_document(request, pk: int, number: int, form_class, missing: str, act):
    """Validate a small form posted for one document of a request and pass its one cleaned
    value to `act(document, value, actor=...)`; errors return to that document."""
    woo = get_object_or_404(WooRequest, pk=pk, organization=_organization(request))
    document = get_object_or_404(WooDocument, request=woo, number=number)
    anchor = f"#document-{number}"
    form = form_class(request.POST)
    if not form.is_valid():
        return _redirect_with_error(request, woo, InputError(missing), anchor)
    (value,) = form.cleaned_data.values()
    try:
        act(document, value, actor=_actor(request))
    except InputError as exc:
        return _redirect_with_error(request, woo, exc, anchor)
    return redirect(woo.get_absolute_url() + anchor)


@login_required
@require_POST
def add_passage(request, pk: int, number: int):
    return _act_on_document(
        request, pk, number, PassageForm,
        _("veld 'ook weglakken': geef de tekst die weggelakt moet worden"),
        service.add_redaction)


@login_required
@require_POST
def withhold(request, pk: int, number: int):
    return _act_on_document(request, pk, number, WithholdForm,
                            _("veld 'grond': kies een grond"), service.withhold)


@login_required
@require_POST
def export(request, pk: int):
    woo = get_object_or_404(WooRequest, pk=pk, organization=_organization(request))
    try:
        data = service.export_package(woo, actor=_actor(request))
    except InputError as exc:
        return _redirect_with_error(request, woo, exc)
    response = HttpResponse(data, content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="{woo.reference}.zip"'
    return response
