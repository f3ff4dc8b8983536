"""The DPIA Rapportagemodel Rijksdienst v3.0 (17 sections plus introduction and signing)
run as a full DPIA through the web pages, as a browser would submit them: repeated groups,
options taken from earlier answers, groups that follow the "gegevensverwerkingen", the
glossary beside each section, and an export valid against assessment-output.v2."""

from __future__ import annotations

import json
from html.parser import HTMLParser

import jsonschema
import pytest

from regie.audit.service import Actor
from regie.instruments import service
from regie.register.models import Application


class FormFields(HTMLParser):
    """The fields a browser would submit: text boxes, text areas, the first radio option and
    the first checkbox of each group, the first real option of each select."""

    def __init__(self):
        super().__init__()
        self.fields: dict[str, tuple[str, str]] = {}  # name → (kind, first value)
        self.buttons: list[str] = []
        self._select: str | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        name = a.get("name", "")
        if tag == "button" and a.get("name") == "action":
            self.buttons.append(a.get("value", ""))
        if tag == "option" and self._select and a.get("value"):
            self.fields.setdefault(self._select, ("select", a["value"]))
        if not name.startswith("t_"):
            return
        if tag == "input":
            kind = a.get("type", "text")
            if kind in ("radio", "checkbox"):
                self.fields.setdefault(name, (kind, a.get("value", "")))
            else:
                self.fields[name] = (kind, "")
        elif tag == "textarea":
            self.fields[name] = ("textarea", "")
        elif tag == "select":
            self._select = name

    def handle_endtag(self, tag):
        if tag == "select":
            self._select = None


def _fill(fields: dict[str, tuple[str, str]]) -> dict[str, str]:
    data = {}
    for name, (kind, first) in fields.items():
        task = name[2:]
        if kind in ("radio", "checkbox", "select"):
            data[name] = first
        elif kind == "date":
            data[name] = "2026-11-30"
        elif task.startswith("2.1.1"):
            data[name] = f"Persoonsgegeven {task[5:] or '[0]'}"
        elif task.startswith("3.1.1"):
            data[name] = f"Verwerking {task[5:] or '[0]'}"
        else:
            data[name] = f"Antwoord op {task}"
    return data


@pytest.fixture
def dpia(reference_dir):
    version, _created = service.load_instrument(reference_dir / "dpia-prescan" / "dpia.yaml",
                                                actor=Actor(via="test", name="test"))
    return version


@pytest.mark.django_db
def test_it_runs_the_full_dpia_v3_through_the_web(client, dpia, organization, make_user,
                                                  reference_dir):
    owner = make_user("projectleider")
    application = Application.objects.create(organization=organization, slug="dpia-test",
                                             name="Woo-verzoeken samenvatten",
                                             created_by=owner, owner_email=owner.email)
    client.force_login(owner)
    url = f"/instrumenten/dpia-test/vragenlijst/{service.DPIA}/"
    assert client.post(url).status_code == 302  # start
    sections = len(service.questionnaire_for(dpia).sections)
    assert sections == 21  # introduction, the 17 sections of the model, summary, version, signing
    glossary_shown = 0
    for number in range(1, sections + 1):
        page = client.get(f"{url}?sectie={number}")
        assert page.status_code == 200
        html = page.content.decode()
        glossary_shown += 'data-testid="definitions"' in html
        parser = FormFields()
        parser.feed(html)
        add = {3: "add:#2.1", 4: "add:#3.1"}.get(number)  # a second persoonsgegeven
        if add:  # and a second gegevensverwerking
            assert add in parser.buttons
            response = client.post(url, {"sectie": number, "action": add,
                                         **_fill(parser.fields)})
            assert response.status_code == 302
            parser = FormFields()
            parser.feed(client.get(f"{url}?sectie={number}").content.decode())
        action = "complete" if number == sections else "next"
        for _round in range(5):  # "Opslaan en verder" stays while follow-up questions appear
            response = client.post(url, {"sectie": number, "action": action,
                                         **_fill(parser.fields)})
            assert response.status_code == 302, (number, response)
            if action == "complete" or f"sectie={number}#" not in response["Location"]:
                break
            parser = FormFields()
            parser.feed(client.get(f"{url}?sectie={number}").content.decode())
        else:
            raise AssertionError(f"section {number} keeps asking follow-up questions")
    run = service.get_run(application, service.DPIA)
    assert run.status == "completed"
    application.refresh_from_db()
    assert application.assessment_dpia == "done"
    assert glossary_shown >= 5

    export = client.get(f"/instrumenten/dpia-test/vragenlijst/{service.DPIA}/export.json")
    assert export.status_code == 200
    output = json.loads(export.content)
    schema = json.loads((reference_dir / "dpia-prescan" / "assessment-output.v2.schema.json")
                        .read_text(encoding="utf-8"))
    jsonschema.validate(output, schema)
    assert output["metadata"]["urn"] == "urn:nl:dpia:3.0"
    answers = output["answers"]
    assert [e["_index"] for e in answers["2.1"]] == [0, 1]
    assert answers["2.1"][1]["2.1.1"]["value"] == "Persoonsgegeven [1]"
    assert [e["_index"] for e in answers["3.1"]] == [0, 1]
    # 3.1.3 offered the persoonsgegevens of section 2 as options
    assert answers["3.1"][0]["3.1.3"]["value"] == ["Persoonsgegeven [0]"]
    # section 5 has one group per gegevensverwerking of section 3
    assert [e["_index"] for e in answers["5.1"]] == [0, 1]
    assert len(answers) >= 40
