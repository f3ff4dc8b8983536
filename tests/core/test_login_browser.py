import pytest

from tests.conftest import login


@pytest.mark.e2e
@pytest.mark.django_db(transaction=True)
def test_it_signs_in_through_the_login_form(page, make_user):
    user = make_user("medewerker", username="marieke")
    login(page, user)
    assert page.get_by_role("heading", level=1).inner_text().startswith("Welkom")
    assert page.get_by_role("navigation", name="Hoofdmenu").is_visible()
