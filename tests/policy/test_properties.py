"""Properties over every well-formed dossier (hypothesis)."""

import copy

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from regie.policy.engine import evaluate
from regie.policy.rules import national_policy
from regie.register import dossier as fmt
from regie.register.dossier import get_path, parse_dossier

_CHOICES = fmt._CHOICES  # the format's own vocabularies per path


def _leaf(path: str, kind: str):
    if kind == "bool":
        return st.none() | st.booleans()
    if kind == "choice":
        vocabulary = _CHOICES.get(path) or _CHOICES[path.rsplit(".", 1)[-1]]
        return st.none() | st.sampled_from(list(vocabulary.values))
    if kind == "number":
        return st.none() | st.integers(min_value=0, max_value=2000)
    if kind == "date":
        return st.none() | st.dates().map(lambda d: d.isoformat())
    if path.endswith("email"):
        return st.none() | st.just("iemand@voorbeeld.nl")
    if path.endswith("url"):
        return st.none() | st.just("https://voorbeeld.nl/x")
    # well-formed text: no control, surrogate or invisible formatting characters (refused)
    return st.none() | st.text(st.characters(exclude_categories=("Cc", "Cs", "Cf")),
                               max_size=20)


def _set(data, path, value):
    *parents, leaf = path.split(".")
    for part in parents:
        data = data.setdefault(part, {})
    data[leaf] = value


_MODEL = st.none() | st.fixed_dictionaries(
    {"name": st.just("Model")},
    optional={key.split(".")[0]: _leaf(key, kind) for key, _f, kind in fmt.MODEL_FIELDS
              if "." not in key and key != "name"})


@st.composite
def dossiers(draw):
    data = {"name": "Toepassing", "organization": "Gemeente Voorbeeld"}
    for path, _field, kind in fmt.SCALAR_FIELDS:
        if path != "name" and draw(st.booleans()):
            _set(data, path, draw(_leaf(path, kind)))
    for path, _related, _value, vocabulary in fmt.LIST_FIELDS:
        if draw(st.booleans()):
            _set(data, path, draw(st.lists(st.sampled_from(list(vocabulary.values)),
                                           unique=True, max_size=4)))
    data["model"] = draw(_MODEL)
    data["other_models"] = [m for m in draw(st.lists(_MODEL, max_size=2)) if m]
    if draw(st.booleans()):
        data["supplier"] = {"name": "Leverancier"}
    return parse_dossier(data)


_SETTINGS = settings(max_examples=120, deadline=None,
                     suppress_health_check=[HealthCheck.too_slow])
_FILLABLE = [(path, kind) for path, _f, kind in fmt.SCALAR_FIELDS
             if kind in ("bool", "choice") and not path.startswith("external")]


@_SETTINGS
@given(dossiers())
def test_it_never_crashes_and_always_decides(dossier):
    result = evaluate(dossier)
    assert result.decision in ("allowed", "conditional", "not_allowed")
    assert (result.decision == "not_allowed") == any(
        f.level == "blocking" for f in result.findings)
    assert set(result.required_instruments) <= {"RISK_ANALYSIS", "AI_ACT", "DPIA", "IAMA"}
    assert result.as_dict()["ai_act"]["risk"] in (
        "prohibited", "high", "transparency", "minimal", "unknown")


@_SETTINGS
@given(dossiers(), st.data())
def test_it_only_blocks_on_a_filled_in_fact_when_that_fact_is_forbidden(dossier, data):
    unknown = [(p, k) for p, k in _FILLABLE if get_path(dossier, p) is None]
    if not unknown:
        return
    path, kind = data.draw(st.sampled_from(unknown))
    filled = copy.deepcopy(dossier)
    _set(filled, path, data.draw(_leaf(path, kind).filter(lambda v: v is not None)))
    before, after = evaluate(dossier), evaluate(fmt.normalize(filled))
    blocking_before = {f.rule for f in before.findings if f.level == "blocking"}
    rules = {r.id: r for r in national_policy().rules}
    for finding in after.findings:
        if finding.level == "blocking" and finding.rule not in blocking_before:
            # the new blocking finding is about the very fact that was filled in
            assert path in rules[finding.rule].facts, (path, finding.rule)
    if before.decision == "allowed" and after.decision == "not_allowed":
        assert any(path in rules[f.rule].facts for f in after.findings
                   if f.level == "blocking")
