"""AI literacy (AI-verordening art. 4; seeds 000 and 004 §6 step 5): the training catalogue,
who completed what and until when, and who uses or operates each application."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.db.models import Q, QuerySet
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from regie.audit.service import Actor, record_event
from regie.core.errors import InputError
from regie.core.uploads import check_upload
from regie.lifecycle import constants as c
from regie.lifecycle.evaluations import add_months
from regie.lifecycle.models import ApplicationOperator, Training, TrainingRecord
from regie.register.access import can_edit_application
from regie.register.evidence import EvidenceForm, FormField, Proof, evidence_withdrawn
from regie.register.models import Application, User

TRAINED_FACT = "training.users_trained"

EVIDENCE_TYPES = {".pdf": "application/pdf", ".png": "image/png", ".jpg": "image/jpeg",
                  ".jpeg": "image/jpeg"}
EVIDENCE_MAX_BYTES = 5 * 1024 * 1024


def _valid_records(day: dt.date) -> Q:
    return (Q(completed_on__lte=day, revoked_at__isnull=True)
            & (Q(expires_on__isnull=True) | Q(expires_on__gte=day)))


def training_valid(user, *, today: dt.date | None = None) -> bool:
    """True while the user holds at least one unexpired AI-literacy training."""
    if user is None or not getattr(user, "pk", None):
        return False
    day = today or timezone.localdate()
    return TrainingRecord.objects.filter(_valid_records(day), user=user).exists()


def expiring_trainings(user, *, within_days: int = 60,
                       today: dt.date | None = None) -> list[TrainingRecord]:
    """The user's trainings that run out within `within_days`, unless a later valid record
    already covers the time after."""
    day = today or timezone.localdate()
    horizon = day + dt.timedelta(days=within_days)
    records = list(TrainingRecord.objects.filter(_valid_records(day), user=user)
                   .select_related("training"))
    if any(r.expires_on is None or r.expires_on > horizon for r in records):
        return []
    return sorted(records, key=lambda r: r.expires_on)


def trained_user_ids(users: QuerySet, *, today: dt.date | None = None) -> set[int]:
    day = today or timezone.localdate()
    return set(TrainingRecord.objects.filter(_valid_records(day), user__in=users)
               .values_list("user_id", flat=True))


def untrained_operators(application: Application, *,
                        today: dt.date | None = None) -> list[User]:
    """The application's users and operators without valid training (it may not enter use
    while this list is not empty)."""
    users = User.objects.filter(operated_applications__application=application)
    trained = trained_user_ids(users, today=today)
    return [user for user in users.order_by("username") if user.pk not in trained]


@dataclass(frozen=True)
class Coverage:
    label: str
    total: int
    trained: int

    @property
    def percentage(self) -> int:
        return round(100 * self.trained / self.total) if self.total else 0


def coverage(users: QuerySet, *, today: dt.date | None = None, label: str = "") -> Coverage:
    trained = trained_user_ids(users, today=today)
    return Coverage(label, users.count(), len(trained))


def employee_coverage(organization=None, *, today: dt.date | None = None) -> Coverage:
    """Active employees of `organization` (None: of every organisation) with a valid training,
    from the training records — what the AI-literacy page and the dashboard show."""
    users = User.objects.filter(is_active=True, organization__isnull=False)
    if organization is not None:
        users = users.filter(organization=organization)
    return coverage(users, today=today)


def coverage_per_department(organization, *, today: dt.date | None = None) -> list[Coverage]:
    users = User.objects.filter(organization=organization, is_active=True)
    trained = trained_user_ids(users, today=today)
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for user_id, department in users.values_list("pk", "department"):
        totals[department or "—"][0] += 1
        totals[department or "—"][1] += user_id in trained
    return [Coverage(dept, total, done) for dept, (total, done) in sorted(totals.items())]


def save_training(organization, *, actor: Actor, name: str, level: str,
                  validity_months: int | None, description: str = "",
                  training: Training | None = None) -> Training:
    name = (name or "").strip()
    if not name:
        raise InputError("naam: geef de training een naam")
    if level not in c.TrainingLevel.values:
        raise InputError(f"niveau: onbekende waarde '{level}'")
    if validity_months is not None and not 1 <= validity_months <= 120:
        raise InputError("geldigheid: tussen 1 en 120 maanden, of leeg")
    created = training is None
    training = training or Training(organization=organization)
    training.name, training.level = name, level
    training.validity_months, training.description = validity_months, description
    try:
        with transaction.atomic():
            training.save()
            record_event("training_created" if created else "training_updated", actor=actor,
                         obj=training, data={"name": name, "level": level,
                                             "validity_months": validity_months})
    except IntegrityError as exc:
        raise InputError(f"naam: er is al een training '{name}'") from exc
    return training


def check_evidence(upload) -> None:
    if upload is not None:
        check_upload(upload, field="bewijs", allowed=[t.lstrip(".") for t in EVIDENCE_TYPES],
                     max_bytes=EVIDENCE_MAX_BYTES)


def record_training(*, user, training: Training, completed_on: dt.date, actor: Actor,
                    evidence=None, evidence_url: str = "") -> TrainingRecord:
    """Record a completed training; the expiry follows from the training's validity."""
    if training.organization_id != user.organization_id:
        raise InputError("training: hoort niet bij de organisatie van deze medewerker")
    if completed_on > timezone.localdate():
        raise InputError("afgerond op: datum ligt in de toekomst")
    if (actor.user is not None and actor.user.pk == user.pk and not evidence and not evidence_url
            and not actor.user.has_perm("lifecycle.change_trainingrecord")):
        # evidence, not declarations: who records their own training shows the certificate
        raise InputError("bewijs: voeg uw certificaat toe, of een link ernaar")
    check_evidence(evidence)
    expires_on = (add_months(completed_on, training.validity_months)
                  if training.validity_months else None)
    with transaction.atomic():
        record = TrainingRecord.objects.create(
            user=user, training=training, completed_on=completed_on, expires_on=expires_on,
            evidence=evidence or "", evidence_url=evidence_url, recorded_by=actor.user)
        record_event("training_recorded", actor=actor, obj=record,
                     organization_id=user.organization_id,
                     data={"user": user.username, "training": training.name,
                           "completed_on": completed_on, "expires_on": expires_on})
    return record


def revoke_training(record: TrainingRecord, *, actor: Actor, reason: str) -> TrainingRecord:
    """Withdraw a training record (recorded in error, certificate not valid…). It no longer
    counts; applications this person uses lose the evidence that their users are trained."""
    if not (reason or "").strip():
        raise InputError("reden: geef aan waarom de training wordt ingetrokken")
    if record.revoked_at is not None:
        raise InputError("training: deze registratie is al ingetrokken")
    with transaction.atomic():
        record.revoked_at, record.revoked_reason = timezone.now(), reason.strip()
        record.save(update_fields=["revoked_at", "revoked_reason"])
        record_event("training_revoked", actor=actor, obj=record,
                     organization_id=record.user.organization_id,
                     data={"user": record.user.username, "training": record.training.name,
                           "reason": record.revoked_reason})
    for application in Application.objects.filter(operators__user=record.user):
        evidence_withdrawn(application, fact=TRAINED_FACT, actor=actor, reason=reason)
    return record


def users_trained_proofs(ids: list[int], *, today: dt.date | None = None) -> dict[int, Proof]:
    """Evidence of `training.users_trained`: every named user and operator of the
    application holds a valid training (and at least one is named)."""
    operators: dict[int, set[int]] = defaultdict(set)
    slugs: dict[int, str] = {}
    for pk, slug, user_id in ApplicationOperator.objects.filter(application_id__in=ids) \
            .values_list("application_id", "application__slug", "user_id"):
        operators[pk].add(user_id)
        slugs[pk] = slug
    day = today or timezone.localdate()
    trained = set(TrainingRecord.objects.filter(
        _valid_records(day), user_id__in={u for users in operators.values() for u in users}
    ).values_list("user_id", flat=True))
    return {
        pk: Proof(True, f"{len(users)} van {len(users)} gebruikers en beheerders getraind",
                  reverse("lifecycle:operators", args=[slugs[pk]]))
        for pk, users in operators.items() if users <= trained
    }


def set_operator(application: Application, *, user, role: str, actor: Actor,
                 remove: bool = False) -> None:
    if user.organization_id != application.organization_id:
        raise InputError("medewerker: hoort niet bij de organisatie van deze toepassing")
    if role not in c.OperatorRole.values:
        raise InputError(f"rol: onbekende waarde '{role}'")
    with transaction.atomic():
        if remove:
            deleted, _rows = ApplicationOperator.objects.filter(
                application=application, user=user).delete()
            if deleted:
                record_event("operator_removed", actor=actor, obj=application,
                             data={"user": user.username})
            return
        ApplicationOperator.objects.update_or_create(application=application, user=user,
                                                     defaults={"role": role})
        record_event("operator_set", actor=actor, obj=application,
                     data={"user": user.username, "role": role})


def may_name_self(user, application: Application) -> bool:
    """Whoever may name the users of an application (its owner, the beheerder) may name
    themselves, with their own training."""
    return bool(user.has_perm("lifecycle.change_applicationoperator")
                and user.has_perm("lifecycle.add_trainingrecord")
                and can_edit_application(user, application))


def name_self(application: Application, *, actor: Actor, training: Training | None = None,
              completed_on: dt.date | None = None, evidence=None, role: str = "user") -> None:
    """Name the actor as a user of the application; without a valid training yet, record
    theirs (with its certificate) in the same step. Both are audited."""
    user = actor.user
    if not may_name_self(user, application):
        raise PermissionError("alleen wie de gebruikers van de toepassing aanwijst")
    with transaction.atomic():
        if not training_valid(user):
            if training is None:
                raise InputError("training: kies de training die u hebt gevolgd")
            record_training(user=user, training=training, actor=actor, evidence=evidence,
                            completed_on=completed_on or timezone.localdate())
        set_operator(application, user=user, role=role, actor=actor)


def self_form(application: Application, user):
    """On the checklist: the owner names themselves as a user, with their certificate when
    no valid training is on file; other users are named on the users' page."""
    if not may_name_self(user, application):
        return None
    operators = reverse("lifecycle:operators", args=[application.slug])
    named = ApplicationOperator.objects.filter(application=application, user=user).exists()
    trained = training_valid(user)
    trainings = list(Training.objects.filter(organization_id=user.organization_id, active=True)
                     .order_by("name")[:2])
    if (named and trained) or (not trained and len(trainings) != 1):
        return EvidenceForm(_("Gebruikers en hun training vastleggen"), operators)
    fields = () if trained else (
        FormField("training", "hidden", value=str(trainings[0].pk)),
        FormField("completed_on", "date", _("Afgerond op"),
                  value=timezone.localdate().isoformat()),
        FormField("evidence", "file", _("Uw certificaat (PDF, PNG of JPEG)"),
                  help=_("Van de training %(t)s.") % {"t": trainings[0].name}))
    return EvidenceForm(_("Mijzelf als gebruiker vastleggen"),
                        reverse("lifecycle:name_self", args=[application.slug]), method="post",
                        intro=_("Iedere gebruiker van de toepassing heeft een geldige training "
                                "AI-geletterdheid. Andere gebruikers legt u vast op de pagina "
                                "met de gebruikers van de toepassing."),
                        fields=fields)
