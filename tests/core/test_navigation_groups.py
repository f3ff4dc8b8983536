"""The navigation groups pages by what people come to do; a group shows only the pages the
user may open, and the current group's pages appear in a second row."""

import re

from django.urls import reverse

from regie.core.context_processors import NAVIGATION

GROUPS = ["Register", "Procedure", "Gebruik", "Beleid", "Beheer"]


def main_menu(page: str) -> list[str]:
    menu = re.search(r'aria-label="Hoofdmenu">(.*?)</nav>', page, re.S).group(1)
    return [re.sub(r"<[^>]+>.*", "", label).strip()
            for label in re.findall(r'regie-nav__link"[^>]*>(.*?)</a>', menu, re.S)]


def test_it_groups_every_page_under_one_of_five_headings():
    assert [str(label) for _key, label, _entries in NAVIGATION] == GROUPS


def test_it_shows_only_the_groups_a_role_may_use(client, make_user):
    client.force_login(make_user("beheerder"))
    assert main_menu(client.get(reverse("home")).content.decode()) == ["Start", *GROUPS]
    client.force_login(make_user("medewerker"))
    menu = main_menu(client.get(reverse("home")).content.decode())
    assert menu[:2] == ["Start", "Register"] and "Gebruik" in menu
    assert "Beleid" not in menu and "Beheer" not in menu


def test_it_shows_the_pages_of_the_current_group_in_a_second_row(client, make_user):
    client.force_login(make_user("medewerker"))
    page = client.get(reverse("lifecycle:rules")).content.decode()
    assert re.search(r'regie-nav__link" href="[^"]+" aria-current="true">Gebruik', page)
    subnav = re.search(r'<nav class="regie-subnav" aria-label="Gebruik">(.*?)</nav>', page,
                       re.S).group(1)
    assert 'aria-current="page">Gedragsregels' in subnav
    assert "Toegestane AI-tools" in subnav and "Toepassingen" not in subnav
