"""Loading a decision tree proves it complete: a dead end or an unreachable conclusion is
refused with the place named, and the glossary beside the official tree is kept."""

import pytest
import yaml

from regie.audit.service import Actor
from regie.instruments import service
from regie.instruments.models import InstrumentVersion

ACTOR = Actor(via="cli", name="test")


def _write(tmp_path, document):
    path = tmp_path / "tree.yaml"
    path.write_text(yaml.safe_dump(document, allow_unicode=True))
    return path


@pytest.fixture
def own_tree():
    return yaml.safe_load(service.BUILTIN[0].read_text())


def test_it_refuses_a_tree_with_a_dead_end(db, tmp_path, own_tree):
    question = next(q for q in own_tree["questions"] if q["questionId"] == "G5")
    question["answers"][0]["redirects"].pop()  # no way on for a deployer
    with pytest.raises(service.InstrumentError) as caught:
        service.load_instrument(_write(tmp_path, own_tree), actor=ACTOR)
    assert "vraag G5, antwoord 1" in str(caught.value) and "tree.yaml" in str(caught.value)
    assert not InstrumentVersion.objects.filter(builtin=False).exists()


def test_it_refuses_a_tree_with_an_unreachable_conclusion(db, tmp_path, own_tree):
    own_tree["conclusions"].append(
        {"conclusionId": "R-NERGENS", "conclusion": "Nergens", "obligation": "Geen"}
    )
    with pytest.raises(service.InstrumentError) as caught:
        service.load_instrument(_write(tmp_path, own_tree), actor=ACTOR)
    assert "conclusie R-NERGENS" in str(caught.value)


def test_it_keeps_the_glossary_beside_the_official_tree(
    client, make_user, application, reference_dir
):
    version, _created = service.load_instrument(
        reference_dir / "ai-act-decision-tree" / "decision-tree.yaml", actor=ACTOR
    )
    assert len(version.content["definitions"]) > 50
    client.force_login(make_user("beheerder"))
    url = f"/instrumenten/{application.slug}/beslishulp/"
    assert client.post(url, {"action": "restart"}).status_code == 302
    page = client.get(url).content.decode()
    assert "Beslishulp AI-verordening" in page and "Bevat de (beoogde) toepassing" in page
    assert "Begrippen" in page and "algoritme" in page
