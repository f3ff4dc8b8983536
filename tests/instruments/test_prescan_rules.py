"""The official pre-scan's assessment rules on hand-made answer sets, and its output."""

import json

import jsonschema
import pytest

from regie.instruments.documents import read_document
from regie.instruments.errors import InstrumentError
from regie.instruments.questionnaire import parse_questionnaire

EDPB = "Lijst EDPB: "


def _levels(prescan, answers):
    outcome = prescan.evaluate(answers)
    assert outcome.errors == []
    return {a["id"]: a["level"] for a in outcome.assessments}


def test_it_requires_nothing_for_an_empty_prescan(prescan):
    assert _levels(prescan, {}) == {"DPIA": None, "DTIA": None, "KIA": None, "IAMA": None}


@pytest.mark.parametrize(
    "answers, expected",
    [
        ({"0.1": "true"}, "required"),
        ({"3.1": ["Lijst AP: Profilering"]}, "required"),
        (
            {"4.1": [EDPB + "Koppelen van datasets", EDPB + "Gebruik van nieuwe technologieën"]},
            "required",
        ),
        ({"4.1": [EDPB + "Koppelen van datasets"]}, "recommended"),
        ({"0.1": "false", "4.1": []}, None),
    ],
)
def test_it_decides_the_dpia(prescan, answers, expected):
    assert _levels(prescan, answers)["DPIA"] == expected


def test_it_requires_a_dpia_when_the_risk_scores_add_up(prescan):
    answers = {
        "1.2.1": "true",
        "1.2.2": ["Categorie bijzondere persoonsgegevens: Genetische gegevens"],
        "1.3.1": "true",
        "1.3.2": ["Categorie gevoelige persoonsgegevens: Surfgedrag"],
        "1.5.1": "true",
        "1.5.3": "Continu",
    }
    assert prescan.evaluate(answers).scores["bijzonder_persoonsgegeven"] == 1
    assert _levels(prescan, answers)["DPIA"] is None  # 1 + 1 + 1 + 1 = 4, not above 4
    answers["1.5.4"] = "Aantal jaren"
    assert _levels(prescan, answers)["DPIA"] == "required"  # 5 > 4


def test_it_hides_answers_whose_question_is_not_shown(prescan):
    answers = {
        "1.2.1": "false",
        "1.2.2": ["Categorie bijzondere persoonsgegevens: Genetische gegevens"],
    }
    assert "1.2.2" not in prescan.visible_answers(answers)


@pytest.mark.parametrize(
    "answers, expected",
    [
        (
            {"2.1.1": "true", "2.1.3": "Buiten EER", "2.1.6": "Standaard contractsbepaling (SCC)"},
            "required",
        ),
        ({"2.1.1": "true", "2.1.4": "Buiten EER", "2.1.6": "Overig mechanisme"}, "required"),
        ({"2.1.1": "true", "2.1.3": "Buiten EER", "2.1.6": "Adequaatheidsbesluit"}, None),
        ({"2.1.1": "false", "2.1.3": "Buiten EER", "2.1.6": "Overig mechanisme"}, None),
    ],
)
def test_it_decides_the_dtia(prescan, answers, expected):
    assert _levels(prescan, answers)["DTIA"] == expected


@pytest.mark.parametrize(
    "answers, expected",
    [
        ({"7.1.1": "true", "7.1.2": "true"}, "recommended"),
        ({"7.1.1": "true", "7.1.2": "false"}, None),
        ({"7.1.1": "false"}, None),
    ],
)
def test_it_recommends_a_kia_for_services_for_minors(prescan, answers, expected):
    assert _levels(prescan, answers)["KIA"] == expected


@pytest.mark.parametrize(
    "answers, expected",
    [
        ({"6.1.1": "true", "6.1.2": "true"}, "recommended"),
        ({"6.1.1": "true", "6.1.2": "false", "6.1.3": "true"}, "recommended"),
        ({"6.1.1": "true", "6.1.2": "false", "6.1.3": "false"}, None),
        ({"6.1.1": "false", "6.1.2": "true"}, None),
    ],
)
def test_it_recommends_an_iama_for_high_risk_or_impactful_algorithms(prescan, answers, expected):
    assert _levels(prescan, answers)["IAMA"] == expected


def test_its_output_validates_against_the_output_schema(prescan, reference_dir):
    schema = json.loads(
        (reference_dir / "dpia-prescan" / "assessment-output.v2.schema.json").read_text()
    )
    stored = {
        task_id: {
            "value": value,
            "lastEditedAt": "2026-11-22T08:00:00Z",
            "lastEditedBy": "Projectleider",
        }
        for task_id, value in {
            "0.1": "false",
            "0.2": "Samenvatten van Woo-verzoeken",
            "4.1": [EDPB + "Koppelen van datasets"],
            "6.1.1": "true",
            "6.1.2": "false",
        }.items()
    }
    output = prescan.output(stored, created_by="Projectleider", completed_sections=["0", "4"])
    jsonschema.validate(output, schema, format_checker=jsonschema.FormatChecker())
    assert output["metadata"]["urn"] == "urn:nl:prescan:2.0"
    assert set(output["answers"]) == set(stored)


def test_it_refuses_a_definition_with_a_hostile_rule(reference_dir):
    path = reference_dir / "dpia-prescan" / "prescan.yaml"
    document = read_document(path)
    criterion = document["assessments"][3]["levels"][0]["criteria"][0]
    criterion["expression"] = "__import__('os').system('id')"
    with pytest.raises(InstrumentError) as caught:
        parse_questionnaire(document, source="prescan.yaml")
    message = str(caught.value)
    assert message.startswith("prescan.yaml: assessment IAMA, level 1, criterium hoog_risico_ai")


def test_it_shows_follow_up_questions_only_when_their_condition_holds(prescan):
    overige = "Categorie gewone persoonsgegevens: Overige"
    specify = prescan.tasks["1.1.3"]
    assert not prescan.visible(specify, {"1.1.1": "true", "1.1.2": []})
    assert prescan.visible(specify, {"1.1.1": "true", "1.1.2": [overige]})
    assert not prescan.visible(specify, {"1.1.1": "false", "1.1.2": [overige]})  # parent hidden
    impactful = prescan.tasks["6.1.3"]  # two conditions: both must hold
    assert prescan.visible(impactful, {"6.1.1": "true", "6.1.2": "false"})
    assert not prescan.visible(impactful, {"6.1.1": "true", "6.1.2": "true"})


def test_it_refuses_conditions_that_go_round_in_a_circle(reference_dir):
    document = read_document(reference_dir / "dpia-prescan" / "prescan.yaml")
    scope = document["tasks"][0]["tasks"][0]  # 0.1, which 0.5.x do not depend on
    scope["dependencies"] = [
        {
            "type": "conditional",
            "action": "show",
            "condition": {"id": "0.1", "operator": "equals", "value": True},
        }
    ]
    with pytest.raises(InstrumentError) as caught:
        parse_questionnaire(document, source="prescan.yaml")
    assert "task 0.1" in str(caught.value) and "kring" in str(caught.value)
