"""A fresh installation runs Regie's own instruments; the official files are fetched from a
mirror (here a real HTTP server on loopback serving ../shared/reference/) or the official
repositories, and then take precedence."""

import json

import pytest
import yaml

from regie.audit.models import AuditEvent
from regie.audit.service import Actor
from regie.instruments import official, service
from regie.instruments.models import InstrumentVersion
from regie.instruments.questionnaire import Questionnaire
from tests.conftest import run_regie

ACTOR = Actor(via="cli", name="test")


@pytest.mark.django_db
def test_it_offers_a_prescan_an_iama_and_the_ai_act_tree_out_of_the_box():
    keys = {v.key: v for v in service.available_keys()}
    assert {service.AI_ACT, service.PRESCAN, service.IAMA, service.INTAKE} <= set(keys)
    assert all(v.builtin for v in keys.values())
    outcome = service.questionnaire_for(keys[service.PRESCAN]).evaluate(
        {"1.1": "true", "1.3": "true", "4.2": "true"}
    )
    assert outcome.level("DPIA") == "required" and outcome.level("IAMA") == "recommended"


def test_it_writes_its_own_instruments_in_the_official_format_in_its_own_words(reference_dir):
    schema = json.loads(
        (reference_dir / "dpia-prescan" / "assessment-definition.v2.schema.json").read_text()
    )
    from regie.instruments.questionnaire import parse_questionnaire

    for ours, theirs in (
        (service.DATA / "regie_prescan.yaml", "prescan.yaml"),
        (service.DATA / "regie_iama.yaml", "iama.yaml"),
    ):
        form = parse_questionnaire(yaml.safe_load(ours.read_text()), schema=schema)
        official_form = Questionnaire(
            yaml.safe_load((reference_dir / "dpia-prescan" / theirs).read_text())
        )
        assert form.urn == official_form.urn  # the official file replaces ours once loaded
        own = {t.title for t in form.tasks.values() if t.answerable}
        assert own and not own & {t.title for t in official_form.tasks.values()}


@pytest.mark.django_db
def test_it_fetches_the_official_files_from_a_mirror(reference_dir, serve_folder):
    base = serve_folder(reference_dir)
    loaded = service.fetch_official(base, actor=ACTOR)
    assert {v.key for v, created in loaded if created} == {
        service.AI_ACT,
        service.PRESCAN,
        service.IAMA,
        service.DPIA,
    }
    assert service.current_version(service.DPIA).source == base + "dpia-prescan/dpia.yaml"
    prescan = service.current_version(service.PRESCAN)
    assert not prescan.builtin and prescan.name == "Pre-scan DPIA"
    assert prescan.source == base + "dpia-prescan/prescan.yaml"
    assert service.tree_for(service.current_version(service.AI_ACT)).definitions  # glossary
    event = AuditEvent.objects.get(event="official_instruments_fetched")
    assert event.data["base_url"] == base
    assert all(not created for _v, created in service.fetch_official(base, actor=ACTOR))


@pytest.mark.django_db
def test_it_loads_nothing_when_one_file_cannot_be_fetched(reference_dir, serve_folder, tmp_path):
    for item in official.OFFICIAL_FILES:
        if item.path != "dpia-prescan/iama.yaml":
            (tmp_path / item.path).parent.mkdir(parents=True, exist_ok=True)
            (tmp_path / item.path).write_bytes((reference_dir / item.path).read_bytes())
    base = serve_folder(tmp_path)
    with pytest.raises(service.InstrumentError) as refused:
        service.fetch_official(base, actor=ACTOR)
    assert "dpia-prescan/iama.yaml" in str(refused.value) and "HTTP 404" in str(refused.value)
    assert not InstrumentVersion.objects.filter(builtin=False).exists()


def test_it_defaults_to_the_official_repositories():
    urls = [url for _item, url in official.file_urls("")]
    assert (
        "https://raw.githubusercontent.com/MinBZK/par-dpia-form/main/sources/prescan.yaml" in urls
    )
    assert all(url.startswith("https://raw.githubusercontent.com/MinBZK/") for url in urls)
    with pytest.raises(service.InstrumentError):
        official.file_urls("file:///etc/")


def test_it_fetches_from_the_command_line(reference_dir, serve_folder, tmp_path):
    env = {"REGIE_DATA_DIR": str(tmp_path / "data"), "DATABASE_URL": ""}
    assert run_regie("migrate", "-v0", env=env).returncode == 0
    base = serve_folder(reference_dir)
    fetched = run_regie("instrument", "fetch", "--url", base, env=env)
    assert fetched.returncode == 0, fetched.stderr
    assert "Geladen: Pre-scan DPIA" in fetched.stdout
    refused = run_regie("instrument", "fetch", "--url", "ftp://127.0.0.1/", env=env)
    assert refused.returncode == 2 and "http://" in refused.stderr
    missing = run_regie("instrument", "fetch", "--url", base + "niet-hier/", env=env)
    assert missing.returncode == 2 and "HTTP 404" in missing.stderr
    listing = run_regie("instrument", "list", env=env).stdout
    assert "urn:nl:iama" in listing and "geladen" in listing
