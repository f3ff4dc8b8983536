"""Completeness with repeated questions: every instance of a repeated required question must
be answered (by its own answer key, `2.1.1[1]`), instances that follow another task count
as they appear, progress counts instances, and a run moved onto a newer version keeps its
instance answers and is reopened when the new version asks something it has no answer to."""

from __future__ import annotations

import copy

import pytest

from regie.audit.service import Actor
from regie.instruments import service
from regie.instruments.errors import InstrumentError
from regie.instruments.models import InstrumentKind, InstrumentVersion, RunStatus
from regie.instruments.questionnaire import Questionnaire
from regie.register.models import Application

ACTOR = Actor(via="test", name="test")

DOCUMENT = {
    "name": "Herhaalde vragen",
    "urn": "urn:nl:herhaling",
    "version": "1.0",
    "tasks": [
        {
            "id": "1",
            "task": "Gegevens",
            "type": ["task_group"],
            "tasks": [
                {
                    "id": "1.1",
                    "task": "Persoonsgegevens",
                    "type": ["task_group"],
                    "repeatable": True,
                    "item_name": "persoonsgegeven",
                    "tasks": [
                        {"id": "1.1.1", "task": "Persoonsgegeven", "type": ["text_input"]},
                        {
                            "id": "1.1.2",
                            "task": "Toelichting",
                            "type": ["open_text"],
                            "required_status": False,
                        },
                    ],
                },
            ],
        },
        {
            "id": "2",
            "task": "Verwerkingen",
            "type": ["task_group"],
            "tasks": [
                {
                    "id": "2.1",
                    "task": "Per persoonsgegeven",
                    "type": ["task_group"],
                    "repeatable": True,
                    "dependencies": [
                        {"type": "instance_mapping", "source": {"id": "1.1.1"},
                         "action": "sync_instances"},
                    ],
                    "tasks": [
                        {
                            "id": "2.1.1",
                            "task": "Bewaartermijn",
                            "type": ["radio_option"],
                            "options": [{"value": "kort"}, {"value": "lang"}],
                        },
                    ],
                },
                {
                    "id": "2.2",
                    "task": "Welke gegevens worden gedeeld?",
                    "type": ["select_option"],
                    "dependencies": [
                        {"type": "source_options", "condition": {"id": "1.1.1", "operator": "any"},
                         "action": "options"},
                    ],
                },
            ],
        },
    ],
}


def test_it_asks_every_instance_of_a_repeated_required_question():
    form = Questionnaire(copy.deepcopy(DOCUMENT))
    answers = {"#1.1": 2, "1.1.1[0]": "naam"}
    missing = [e.id for e in form.unanswered(answers)]
    # the second persoonsgegeven, the mapped group of both, the choice among the names;
    # the optional explanation is never asked
    assert missing == ["1.1.1[1]", "2.1.1[0]", "2.1.1[1]", "2.2"]
    assert [e.number for e in form.unanswered(answers)][:1] == ["1.1.1"]
    assert [e.id for e in form.unanswered(answers, form.sections[0])] == ["1.1.1[1]"]
    assert form.section_number(form.unanswered(answers)[1]) == 2
    # answered, shown: 1.1.1 and 1.1.2 twice, 2.1.1 twice (one per instance), 2.2
    assert form.progress(answers) == (1, 7)

    answers |= {"1.1.1[1]": "adres", "2.1.1[0]": "kort", "2.1.1[1]": "lang", "2.2": "adres"}
    assert form.unanswered(answers) == []
    assert form.progress(answers) == (5, 7)


def test_it_does_not_require_an_instance_that_was_removed_or_a_choice_without_options():
    form = Questionnaire(copy.deepcopy(DOCUMENT))
    # no persoonsgegevens at all: nothing repeated to answer, and 2.2 has nothing to offer
    assert form.unanswered({"#1.1": 0}) == []
    assert form.progress({"#1.1": 0}) == (0, 1)
    # the same for a multiple choice that takes its options from other answers
    document = copy.deepcopy(DOCUMENT)
    document["tasks"][1]["tasks"][1]["type"] = ["checkbox_option"]
    assert Questionnaire(document).unanswered({"#1.1": 0}) == []
    assert [e.id for e in Questionnaire(document).unanswered({"1.1.1[0]": "naam"})][-1] == "2.2"


def test_it_does_not_count_an_unindexed_answer_for_a_repeated_question():
    form = Questionnaire(copy.deepcopy(DOCUMENT))
    missing = [e.id for e in form.unanswered({"1.1.1": "naam", "2.1.1": "kort"})]
    assert missing[:1] == ["1.1.1[0]"]


@pytest.fixture
def application(organization, make_user):
    owner = make_user("projectleider")
    return Application.objects.create(organization=organization, slug="herhaling",
                                      name="Herhaling", created_by=owner,
                                      owner_email=owner.email)


def _version(document, sha):
    return InstrumentVersion.objects.create(
        kind=InstrumentKind.QUESTIONNAIRE, key=document["urn"], name=document["name"],
        version=document["version"], source="test", sha256=sha, content=document,
        loaded_by="test")


@pytest.mark.django_db
def test_it_refuses_completion_until_every_instance_is_answered(application):
    _version(copy.deepcopy(DOCUMENT), "a" * 64)
    run = service.start_run(application, DOCUMENT["urn"], actor=ACTOR)
    service.save_answers(run, {"1.1.1[0]": "naam"}, actor=ACTOR)
    service.resize_repeat(run, "#1.1", 1, actor=ACTOR)
    service.save_answers(run, {"2.1.1[0]": "kort", "2.2": "naam"}, actor=ACTOR)
    with pytest.raises(InstrumentError) as refused:
        service.complete_questionnaire(run, actor=ACTOR)
    assert "1.1.1 Persoonsgegeven" in str(refused.value)
    assert [e.id for e in service.unanswered_questions(run)] == ["1.1.1[1]", "2.1.1[1]"]

    service.save_answers(run, {"1.1.1[1]": "adres", "2.1.1[1]": "lang"}, actor=ACTOR)
    service.complete_questionnaire(run, actor=ACTOR)
    run.refresh_from_db()
    assert run.status == RunStatus.COMPLETED


@pytest.mark.django_db
def test_it_keeps_instance_answers_on_a_new_version_and_reopens_when_it_asks_more(application):
    old = _version(copy.deepcopy(DOCUMENT), "b" * 64)
    run = service.start_run(application, DOCUMENT["urn"], actor=ACTOR)
    service.save_answers(run, {"1.1.1[0]": "naam", "2.1.1[0]": "kort", "2.2": "naam"},
                         actor=ACTOR)
    service.complete_questionnaire(run, actor=ACTOR)
    assert run.instrument == old

    same = copy.deepcopy(DOCUMENT) | {"version": "1.1"}
    assert service.rebase_run(run, _version(same, "c" * 64), actor=ACTOR) == "completed"
    assert run.answers["1.1.1[0]"]["value"] == "naam"

    more = copy.deepcopy(DOCUMENT) | {"version": "2.0"}
    more["tasks"][0]["tasks"][0]["tasks"].append(
        {"id": "1.1.3", "task": "Bron", "type": ["text_input"]})
    assert service.rebase_run(run, _version(more, "d" * 64), actor=ACTOR) == "in_progress"
    run.refresh_from_db()
    assert run.answers["2.1.1[0]"]["value"] == "kort"
    assert [e.id for e in service.unanswered_questions(run)] == ["1.1.3[0]"]
