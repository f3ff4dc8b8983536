"""No dead ends: every link a demo user is shown leads to a page they may open, and every
page loads its scripts, styles and images from Regie itself (no CDN). Each role follows the
links from its start page and a dossier, two clicks deep, on the demo data."""

import io
import re
from collections import deque

import pytest

from regie.core.demo import USERS, load_demo
from regie.register.models import User

SKIP = re.compile(r"^/(static|uploads|beheer|i18n|uitloggen)/|\.(pdf|json|csv|yaml|xlsx)(\?|$)")
HREF = re.compile(r'href="(/[^"#]*)"')
ASSET = re.compile(r'<(?:script|img|link|iframe)\b[^>]*?\b(?:src|href)="([^"]*)"')


def _crawl(client, starts, depth=2, limit=200):
    seen, bad = set(starts), []
    queue = deque((url, 0, "start") for url in starts)
    while queue and len(seen) <= limit:
        url, level, source = queue.popleft()
        response = client.get(url)
        if response.status_code in (403, 404, 405, 500):
            bad.append((url, response.status_code, source))
            continue
        if level >= depth or response.status_code != 200:
            continue
        if not response.get("Content-Type", "").startswith("text/html"):
            continue
        html = response.content.decode()
        bad += [(asset, "external asset", url) for asset in ASSET.findall(html)
                if not asset.startswith("/") or asset.startswith("//")]
        for link in HREF.findall(html):
            link = link.replace("&amp;", "&")
            if link not in seen and not SKIP.search(link):
                seen.add(link)
                queue.append((link, level + 1, url))
    return bad, seen


@pytest.mark.django_db
@pytest.mark.parametrize("username", [u[0] for u in USERS])
def test_it_shows_each_role_only_links_it_may_follow(client, username):
    load_demo(stdout=io.StringIO())
    client.force_login(User.objects.get(username=username))
    bad, seen = _crawl(client, ["/", "/register/toepassingen/woo-verzoeken-samenvatten/"])
    assert len(seen) > 10  # the crawl did reach the pages behind the links
    assert bad == []



@pytest.mark.django_db
def test_it_lets_the_dagelijks_bestuur_open_the_exports_of_its_register(client):
    load_demo(stdout=io.StringIO())
    client.force_login(User.objects.get(username="bestuur"))
    assert client.get("/publicatie/export/").status_code == 200
    assert "/publicatie/export/" in client.get("/").content.decode()  # in the navigation
