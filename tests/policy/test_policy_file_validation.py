"""A policy file is validated as a whole; the first problem names file, rule and problem."""

import pytest
import yaml

from regie.policy.rules import (
    NATIONAL_FILE,
    PolicyError,
    load_policy_file,
    national_policy,
    parse_policy,
)

RULE = {"id": "eigen_regel", "level": "required", "when": {"missing": "purpose"},
        "message": "Vul het doel in.", "sources": ["000 §Wat is het standpunt"],
        "field": "purpose"}


def _policy(**rule_changes):
    return {"version": "1", "title": "Test", "rules": [{**RULE, **rule_changes}]}


def test_it_loads_the_national_policy_with_sources_on_every_rule():
    policy = national_policy()
    assert len(policy.rules) >= 50
    assert all(rule.sources and rule.message and rule.field for rule in policy.rules)
    assert {"RISK_ANALYSIS", "AI_ACT", "DPIA", "IAMA"} == {i.code for i in policy.instruments}


@pytest.mark.parametrize(("changes", "problem"), [
    ({"when": {"missing": "data.persoonsgegevens"}}, "onbekend feit 'data.persoonsgegevens'"),
    ({"when": {"fact": "use", "equals": "project"}}, "onbekende operator"),
    ({"when": {"fact": "use", "is": "privé"}}, "waarde 'privé' kan niet voorkomen in 'use'"),
    ({"when": {"fact": "data.personal_data", "in": ["ja"]}}, "kan niet voorkomen"),
    ({"when": {"all": []}}, "'all' verwacht een niet-lege lijst"),
    ({"when": {"ref": "bestaat_niet"}}, "onbekende benoemde voorwaarde"),
    ({"when": {"fact": "model.parameters_billion", "greater_than": "veel"}}, "verwacht een getal"),
    ({"when": "__import__('os')"}, "een voorwaarde is een object"),
    ({"level": "verboden"}, "'level' moet een van"),
    ({"sources": []}, "'sources' is een niet-lege lijst"),
    ({"field": "nergens"}, "'field' 'nergens' is geen veld"),
    ({"message": " "}, "'message' ontbreekt"),
    ({"extra": 1}, "onbekend veld extra"),
    ({"gate": "ooit"}, "'gate' moet een van approval, use zijn"),
    ({"level": "blocking", "gate": "use"}, "een blokkerende regel geldt al bij de goedkeuring"),
])
def test_it_refuses_a_bad_rule_naming_it(changes, problem):
    with pytest.raises(PolicyError) as caught:
        parse_policy(_policy(**changes), source="beleid.yaml")
    message = str(caught.value)
    assert message.startswith("beleid.yaml: regel 'eigen_regel': ")
    assert problem in message


def test_it_says_at_which_gate_every_national_rule_must_be_met():
    policy = national_policy()
    assert {rule.gate for rule in policy.rules} == {"approval", "use"}
    use = {rule.id for rule in policy.rules if rule.gate == "use"}
    assert {"algoritmeregister_missing", "cmdb_missing", "users_not_trained"} <= use
    assert not {rule.id for rule in policy.rules if rule.level == "blocking"} & use
    # explicit in the file, not left to the default
    assert NATIONAL_FILE.read_text(encoding="utf-8").count("\n    gate: ") == len(policy.rules)


def test_it_refuses_duplicate_ids():
    data = {"version": "1", "title": "T", "rules": [RULE, RULE]}
    with pytest.raises(PolicyError, match="regel 'eigen_regel': dubbel regel-id"):
        parse_policy(data, source="beleid.yaml")


def test_it_refuses_a_condition_that_refers_to_itself():
    data = {"version": "1", "title": "T", "conditions": {"lus": {"ref": "lus"}},
            "rules": [{**RULE, "when": {"ref": "lus"}}]}
    with pytest.raises(PolicyError, match="verwijst naar zichzelf"):
        parse_policy(data)


@pytest.mark.parametrize(("text", "problem"), [
    ("version: 1\ntitle: T\nrules: [\n", "ongeldige YAML op regel"),
    ("- a\n- b\n", "een beleidsbestand is een object"),
    ("version: 1\nrules: []\n", "veld 'title' ontbreekt"),
    ("version: 1\ntitle: T\nrules: []\n", "'rules' is een niet-lege lijst"),
    ("!!python/object/apply:os.system ['true']\n", "ongeldige YAML"),
])
def test_it_refuses_a_bad_file_naming_it(tmp_path, text, problem):
    path = tmp_path / "beleid.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PolicyError) as caught:
        load_policy_file(path)
    assert str(caught.value).startswith(str(path))
    assert problem in str(caught.value)


def test_it_refuses_an_oversized_file(tmp_path):
    path = tmp_path / "groot.yaml"
    path.write_text(yaml.safe_dump(_policy()) + "#" * 600_000, encoding="utf-8")
    with pytest.raises(PolicyError, match="groter dan"):
        load_policy_file(path)
