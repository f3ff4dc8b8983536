"""Agreements with suppliers, the evidence of the dossier's `supplier_agreements`.

Whoever may change the supplier (beheerder) records the agreement with its document; it
evidences `supplier_agreements.*` of every application of that supplier while it is current
(not withdrawn, not expired). Withdrawing it (with a reason) sends approved and used
applications of that supplier back to review.
"""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from regie.audit.service import Actor, record_event
from regie.core.errors import InputError
from regie.core.uploads import check_upload
from regie.register import constants as c
from regie.register.evidence import (
    EvidenceForm,
    FormField,
    Proof,
    evidence_withdrawn,
    register_evidence_form,
    register_fact,
)
from regie.register.models import Application, Supplier, SupplierAgreement

TERMS = {
    "data_sharing": c.Agreement,
    "data_retention": c.Agreement,
    "retraining_on_prompts": c.Retraining,
    "processor_agreement": c.Agreement,
}
DOCUMENT_TYPES = ["pdf", "docx", "odt"]
# the application's declaration of each term (what the signed agreement is to show)
DECLARED_AS = {
    "data_sharing": "agreement_data_sharing",
    "data_retention": "agreement_data_retention",
    "retraining_on_prompts": "agreement_retraining_on_prompts",
    "processor_agreement": "agreement_processor",
}


def _may_record(user, supplier: Supplier) -> bool:
    return bool(user is not None and user.has_perm("register.change_supplier")
                and user.organization_id == supplier.organization_id)


def record_agreement(supplier: Supplier, *, actor: Actor, terms: dict[str, str], document,
                     valid_until: dt.date | None = None) -> SupplierAgreement:
    if not _may_record(actor.user, supplier):
        raise PermissionError(
            _("alleen wie de leverancier mag wijzigen legt een overeenkomst vast"))
    for key, vocabulary in TERMS.items():
        if terms.get(key) not in vocabulary.values:
            raise InputError(_("veld '%(f)s': kies een van %(v)s")
                             % {"f": key, "v": ", ".join(vocabulary.values)})
    if document is None:
        raise InputError(_("veld 'document': voeg de getekende overeenkomst toe"))
    name = check_upload(document, field="document", allowed=DOCUMENT_TYPES)
    with transaction.atomic():
        agreement = SupplierAgreement.objects.create(
            supplier=supplier, document=document, document_name=name, valid_until=valid_until,
            recorded_by=actor.user, recorded_by_name=str(actor.user),
            **{key: terms[key] for key in TERMS})
        record_event("supplier_agreement_recorded", actor=actor, obj=supplier,
                     data={"agreement": agreement.pk, "document": name,
                           "valid_until": valid_until, **{k: terms[k] for k in TERMS}})
    return agreement


def withdraw_agreement(agreement: SupplierAgreement, *, actor: Actor,
                       reason: str) -> SupplierAgreement:
    supplier = agreement.supplier
    if not _may_record(actor.user, supplier):
        raise PermissionError(_("alleen wie de leverancier mag wijzigen trekt een overeenkomst in"))
    if not (reason or "").strip():
        raise InputError(_("veld 'reason': geef aan waarom de overeenkomst niet meer geldt"))
    if agreement.withdrawn_at is not None:
        raise InputError(_("deze overeenkomst is al ingetrokken"))
    with transaction.atomic():
        agreement.withdrawn_at, agreement.withdrawn_reason = timezone.now(), reason.strip()
        agreement.save(update_fields=["withdrawn_at", "withdrawn_reason"])
        record_event("supplier_agreement_withdrawn", actor=actor, obj=supplier,
                     data={"agreement": agreement.pk, "reason": reason.strip()})
    for application in Application.objects.filter(supplier=supplier):
        evidence_withdrawn(application, fact="supplier_agreements.data_sharing", actor=actor,
                           reason=reason)
    return agreement


def _in_force() -> Q:
    """Agreements neither withdrawn nor expired (the newest of them counts: Meta.ordering)."""
    return Q(withdrawn_at__isnull=True) & (
        Q(valid_until__isnull=True) | Q(valid_until__gte=timezone.localdate()))


def current_agreement(supplier: Supplier | None) -> SupplierAgreement | None:
    return None if supplier is None else supplier.agreements.filter(_in_force()).first()


def _proofs(key: str):
    """Each application's term `key` from its supplier's current agreement."""
    def proofs(ids: list[int]) -> dict[int, Proof]:
        suppliers = dict(Application.objects.filter(pk__in=ids, supplier__isnull=False)
                         .values_list("pk", "supplier_id"))
        current: dict[int, SupplierAgreement] = {}
        for agreement in SupplierAgreement.objects.filter(
                _in_force(), supplier_id__in=set(suppliers.values())).select_related("supplier"):
            current.setdefault(agreement.supplier_id, agreement)
        result = {}
        for pk, supplier_id in suppliers.items():
            agreement = current.get(supplier_id)
            if agreement is None:
                continue
            label = _("Overeenkomst %(doc)s met %(supplier)s, vastgelegd op %(on)s") % {
                "doc": agreement.document_name, "supplier": agreement.supplier.name,
                "on": formats.date_format(timezone.localtime(agreement.recorded_at), "j F Y")}
            result[pk] = Proof(getattr(agreement, key), label,
                               reverse("register:supplier_agreement", args=[agreement.pk]))
        return result

    return proofs


def agreement_form(application: Application, user) -> EvidenceForm | None:
    """On the checklist: the owner (or whoever may record it) adds the signed agreement; the
    terms are those the dossier declares, said in the form, so the upload confirms them. A
    dossier that does not declare every term sends them to the supplier's full form."""
    supplier = application.supplier
    if supplier is None or not _may_record(user, supplier):
        return None
    declared = {key: getattr(application, field) for key, field in DECLARED_AS.items()}
    if any(declared[key] not in vocabulary.values for key, vocabulary in TERMS.items()):
        return EvidenceForm(_("De overeenkomst met %(s)s vastleggen") % {"s": supplier.name},
                            supplier.get_absolute_url())
    terms = "; ".join(f"{_label(key)}: {TERMS[key](value).label.lower()}"
                      for key, value in declared.items())
    end = application.contract_end_date
    return EvidenceForm(
        _("Getekende overeenkomst vastleggen"),
        reverse("register:supplier_agreement_record", args=[supplier.pk]), method="post",
        intro=_("De overeenkomst met %(s)s, zoals het dossier die beschrijft (%(t)s).")
        % {"s": supplier.name, "t": terms},
        fields=(
            FormField("document", "file", _("Getekende overeenkomst (pdf, docx of odt)")),
            *(FormField(key, "hidden", value=value) for key, value in declared.items()),
            FormField("valid_until", "hidden", value=end.isoformat() if end else ""),
        ))


def _label(key: str) -> str:
    return str(SupplierAgreement._meta.get_field(key).verbose_name)


def register() -> None:
    for key in TERMS:
        register_evidence_form(f"supplier_agreements.{key}", agreement_form)
    for key in TERMS:
        # "agreed"/"excluded" need the agreement; "not applicable" (no supplier, no input
        # leaves the organisation) stays a declaration.
        register_fact(f"supplier_agreements.{key}", proofs=_proofs(key),
                      claims={"agreed", "excluded"}, unmet="missing")
