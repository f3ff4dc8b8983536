"""Real evidence for the facts Regie evidences, recorded the way the apps record it: the
supplier's agreement with its document, the AI-Act decision tree, the FG's acceptance of a
report, the publication confirmed with the register's id, the CMDB export and the training
of every named operator. Tests use these instead of typed declarations."""

from __future__ import annotations

import datetime as dt

from django.core.files.uploadedfile import SimpleUploadedFile

from regie.audit.service import Actor
from regie.instruments import service as instruments
from regie.lifecycle import service as lifecycle
from regie.publication import service as publication
from regie.register import agreements
from regie.register.models import Application

PDF = b"%PDF-1.4\n% getekend\n"
# deployer; general-purpose system; not prohibited; not high risk; no transparency duty
MINIMAL_RISK_ANSWERS = [0, 0, 1, 1, 1]


def _actor(user) -> Actor:
    return Actor(user=user, via="test")


def pdf(name: str = "document.pdf") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, PDF, content_type="application/pdf")


def record_agreement(application: Application, beheerder, **terms):
    """The supplier's signed agreement (the application must name a supplier)."""
    values = {"data_sharing": "agreed", "data_retention": "agreed",
              "retraining_on_prompts": "excluded", "processor_agreement": "agreed", **terms}
    return agreements.record_agreement(application.supplier, actor=_actor(beheerder),
                                       terms=values, document=pdf("overeenkomst.pdf"))


def classify_ai_act(application: Application, user, answers=MINIMAL_RISK_ANSWERS):
    """Walk the AI-Act decision tree in Regie (by default to: minimal risk, deployer, GPAI)."""
    run = instruments.start_run(application, instruments.AI_ACT, actor=_actor(user))
    for index in answers:
        position = instruments.tree_position(run)
        instruments.answer_tree(run, position.question["questionId"], index, actor=_actor(user))
    return run


def accepted_report(application: Application, *, kind: str, author, fg):
    report = instruments.upload_report(application, actor=_actor(author), kind=kind,
                                       file=pdf(f"{kind}.pdf"))
    return instruments.accept_report(report, actor=_actor(fg))


def approval_evidence(application: Application, *, owner, beheerder) -> None:
    """What a well-run application has before the directie decides (besides the advice)."""
    record_agreement(application, beheerder)
    classify_ai_act(application, owner)


def publish(application: Application, user):
    return publication.confirm_publication(application, actor=_actor(user), lars="LARS-1234")


def cmdb_export(application: Application, user) -> None:
    rows = list(publication.cmdb_rows(Application.objects.filter(pk=application.pk)))
    publication.record_cmdb_export(rows, actor=_actor(user), fmt="csv")


def train(application: Application, beheerder, *operators):
    """Name the operators of the application, each with a valid AI-literacy training."""
    training = lifecycle.save_training(
        application.organization, actor=_actor(beheerder),
        name=f"AI-geletterdheid {application.pk}", level="basic", validity_months=24)
    records = []
    for user in operators:
        records.append(lifecycle.record_training(
            user=user, training=training, completed_on=dt.date.today(),
            actor=_actor(beheerder)))
        lifecycle.set_operator(application, user=user, role="user", actor=_actor(beheerder))
    return records


def use_evidence(application: Application, *, beheerder, operators) -> list:
    """What a well-run approved application has before it goes into use."""
    publish(application, beheerder)
    cmdb_export(application, beheerder)
    return train(application, beheerder, *operators)
