import pytest

from regie.instruments.documents import read_document, schema_beside
from regie.instruments.questionnaire import SCHEMA_NAMES, parse_questionnaire
from regie.register.models import Application


@pytest.fixture
def prescan(reference_dir):
    path = reference_dir / "dpia-prescan" / "prescan.yaml"
    return parse_questionnaire(
        read_document(path), source=str(path), schema=schema_beside(path, SCHEMA_NAMES)
    )


@pytest.fixture
def application(organization, make_user):
    owner = make_user("projectleider")
    return Application.objects.create(
        organization=organization,
        slug="woo-samenvatten",
        name="Woo-verzoeken samenvatten",
        created_by=owner,
        owner_email=owner.email,
    )
