"""The official glossaries (begrippenkader) beside the questionnaires and the Beslishulp's
categories.yaml are loaded with them and shown where they apply."""

from __future__ import annotations

import pytest

from regie.audit.service import Actor
from regie.instruments import service
from regie.register.models import Application

ACTOR = Actor(via="test", name="test")


@pytest.mark.django_db
@pytest.mark.parametrize(("name", "term"), [("dpia.yaml", "Cloudoplossing"),
                                            ("prescan.yaml", "Cloudoplossing"),
                                            ("iama.yaml", "aanbieder")])
def test_it_loads_the_glossary_that_belongs_to_the_questionnaire(reference_dir, name, term):
    version, _created = service.load_instrument(reference_dir / "dpia-prescan" / name,
                                                actor=ACTOR)
    form = service.questionnaire_for(version)
    assert term in {d["term"] for d in form.definitions}
    assert "[" not in "".join(d["definition"] for d in form.definitions)
    assert form.definitions_for(f"Een {term.lower()} in de tekst")


@pytest.mark.django_db
def test_it_groups_the_tree_questions_as_the_official_tool_does(client, reference_dir,
                                                                organization, make_user):
    version, _created = service.load_instrument(
        reference_dir / "ai-act-decision-tree" / "decision-tree.yaml", actor=ACTOR)
    tree = service.tree_for(version)
    assert set(tree.categories) == set(tree.questions)
    assert tree.category_names()[0] == "Geldt de AI-verorderning voor mij?"
    owner = make_user("projectleider")
    application = Application.objects.create(organization=organization, slug="indeling",
                                             name="Indeling", created_by=owner,
                                             owner_email=owner.email)
    run = service.start_run(application, service.AI_ACT, actor=ACTOR)
    client.force_login(owner)
    html = client.get("/instrumenten/indeling/beslishulp/").content.decode()
    assert "Geldt de AI-verorderning voor mij? › Soort toepassing" in html
    first = tree.first_question_id
    service.answer_tree(run, first, 0, actor=ACTOR)
    html = client.get("/instrumenten/indeling/beslishulp/").content.decode()
    assert "<em>Soort toepassing</em>:" in html
