"""A questionnaire's answers download in the official output format, schema-valid."""

import json

import jsonschema

from regie.audit.service import Actor
from regie.instruments import service


def test_it_exports_the_prescan_answers_as_assessment_output(
    client, make_user, application, reference_dir, other_organization
):
    actor = Actor(user=make_user("beheerder"), via="web")
    service.load_instrument(reference_dir / "dpia-prescan" / "prescan.yaml", actor=actor)
    run = service.start_run(application, service.PRESCAN, actor=actor)
    service.save_answers(
        run,
        {"0.1": "false", "0.2": "Woo-verzoeken samenvatten", "3.1": ["Lijst AP: Profilering"]},
        actor=actor,
        section="0",
    )
    client.force_login(make_user("fg"))
    url = f"/instrumenten/{application.slug}/vragenlijst/urn:nl:prescan/export.json"
    response = client.get(url)
    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    output = json.loads(response.content)
    schema = json.loads(
        (reference_dir / "dpia-prescan" / "assessment-output.v2.schema.json").read_text()
    )
    jsonschema.validate(output, schema, format_checker=jsonschema.FormatChecker())
    assert output["answers"]["3.1"]["value"] == ["Lijst AP: Profilering"]
    assert output["metadata"]["completedTasks"] == ["0"]
    client.force_login(make_user("fg", username="fg_elders", org=other_organization))
    assert client.get(url).status_code == 404
