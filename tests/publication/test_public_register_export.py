"""All 1,530 registrations of the public register, imported and exported again, stay valid."""

from regie.audit.service import SYSTEM
from regie.publication.export import algoritmeregister_records
from regie.publication.standard import load_definitions
from regie.publication.validation import validate_record
from regie.register.models import Application
from regie.register.public_register import import_public_register, read_records


def test_it_exports_every_imported_public_record_within_the_standard(db, reference_dir):
    records = read_records(reference_dir / "public-register" / "algoritmes.json")
    import_public_register(records, actor=SYSTEM)
    assert Application.objects.count() == len(records) == 1530
    fields = load_definitions(reference_dir / "algoritmeregister" / "v1_0.json")
    mapped = algoritmeregister_records(Application.objects.all(), fields)
    assert len(mapped) == 1530
    by_id = {r["id"]: r for r in records}
    external = dict(Application.objects.values_list("slug", "external_id"))
    for item in mapped:
        problems = validate_record(item.record, fields)
        assert {p.code for p in problems} <= {"missing"}, (item.slug, problems)
        assert {p.field for p in problems} == {t.field for t in item.todo if t.required}
        source = by_id[external[item.slug]]
        if len(source["title"]) <= 100:
            assert item.record["name"] == source["title"].strip()
        else:
            assert "name" not in item.record and any(t.field == "name" for t in item.todo)
        assert item.record["status"] in ("In gebruik", "In ontwikkeling", "Buiten gebruik")
    # The dump holds no contact address or publication category: both are to-dos, never
    # invented.
    assert all(not m.complete for m in mapped)
    assert all(
        {"contact_email", "publication_category"} <= {t.field for t in m.todo} for m in mapped
    )
