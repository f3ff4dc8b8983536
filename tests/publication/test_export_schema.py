"""Every exported record satisfies v1.0; what Regie cannot fill is on the to-do list."""

import random

from regie.audit.service import SYSTEM
from regie.publication.export import algoritmeregister_records
from regie.publication.standard import load_definitions
from regie.publication.validation import validate_record
from regie.register.dossier import parse_dossier
from regie.register.models import Application
from regie.register.service import import_dossier
from tests import evidence

from .conftest import varied_dossier


def _check(mapped, fields):
    for item in mapped:
        problems = validate_record(item.record, fields)
        # Nothing invalid is passed on: the only shortfalls are missing fields …
        assert {p.code for p in problems} <= {"missing"}, (item.slug, problems)
        # … and each of them is on the application's to-do list as required.
        required_todo = {t.field for t in item.todo if t.required}
        assert {p.field for p in problems} == required_todo, item.slug
        assert item.complete == (not problems)


def test_it_exports_a_complete_dossier_as_a_valid_record(make_application, reference_dir,
                                                         make_user):
    application = make_application()
    fields = load_definitions(reference_dir / "algoritmeregister" / "v1_0.json")
    [declared] = algoritmeregister_records(Application.objects.filter(pk=application.pk), fields)
    assert "impacttoetsen_grouping" not in declared.record  # a typed "done" is no DPIA
    evidence.accepted_report(application, kind="dpia", author=make_user("beheerder"),
                             fg=make_user("fg"))
    [item] = algoritmeregister_records(Application.objects.filter(pk=application.pk), fields)
    assert validate_record(item.record, fields) == []
    assert item.complete
    record = item.record
    assert record["name"] == "Samenvatten van Woo-verzoeken"
    assert record["organization"] == "Gemeente Voorbeeld"
    assert record["status"] == "In gebruik"
    assert record["publication_category"] == "Impactvolle algoritmes"
    assert record["lang"] == "nld" and record["standard_version"] == "1.0"
    assert record["category"] == ["Organisatie en bedrijfsvoering"]
    assert record["impacttoetsen_grouping"] == [
        {"title": "Data Protection Impact Assessment (DPIA)", "link": None}
    ]
    assert "Mistral Small" in record["methods_and_models"]
    assert record["provider"] == "Leverancier BV"
    # Internal facts stay inside: no endpoint, no key variable, no owner.
    text = str(record)
    assert "GEHEIME_SLEUTEL_VAR" not in text and "11434" not in text and "petra" not in text


def test_it_reports_missing_and_overlong_fields_instead_of_inventing_or_cutting(
    make_application, reference_dir
):
    application = make_application(
        contact_email=None,
        purpose="a" * 600,
        assessments={"ai_act": {"risk": None}},
        decisions=None,
        impact=None,
    )
    [item] = algoritmeregister_records(Application.objects.filter(pk=application.pk))
    todo = {t.field: t for t in item.todo}
    assert (
        "description_short" in todo
        and "te lang: 600 tekens, maximaal 400" in todo["description_short"].reason
    )
    assert "description_short" not in item.record
    assert "a" * 600 in item.record["goal"]  # the long text where it does fit
    assert "publication_category" in todo and todo["publication_category"].required
    assert todo["contact_email"].required  # the organisation has no address either
    assert not item.complete


def test_it_escapes_text_into_the_permitted_html(make_application):
    application = make_application(
        human_oversight="Controle <script>alert(1)</script> & meer\n\nTweede alinea"
    )
    [item] = algoritmeregister_records(Application.objects.filter(pk=application.pk))
    assert item.record["human_intervention"] == (
        "<p>Controle &lt;script&gt;alert(1)&lt;/script&gt; &amp; meer</p><p>Tweede alinea</p>"
    )


def test_it_keeps_every_record_of_many_varied_dossiers_valid(organization, reference_dir):
    rng = random.Random(20261122)
    for index in range(100):
        data = parse_dossier(varied_dossier(rng, index, organization.name))
        import_dossier(data, actor=SYSTEM)
    fields = load_definitions(reference_dir / "algoritmeregister" / "v1_0.json")
    mapped = algoritmeregister_records(Application.objects.all(), fields)
    assert len(mapped) == Application.objects.count() == 100
    _check(mapped, fields)
    # The mix really exercised both sides.
    assert any(m.complete for m in mapped) and any(not m.complete for m in mapped)
    reasons = " ".join(t.reason for m in mapped for t in m.todo)
    assert "te lang" in reasons and "ontbreekt" in reasons
