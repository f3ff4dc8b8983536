"""Every supported log format, read from a realistic sample and matched to the catalogue."""

from __future__ import annotations

from django.db.models import Sum

import pytest

from regie.shadow.catalogue import default_catalogue
from regie.shadow.models import Person, Usage

# format → (lines read, lines unreadable, requests per (service, api), uploads)
EXPECTED = {
    "squid": (8, 1, {("chatgpt", False): 2, ("chatgpt", True): 1, ("claude", False): 1,
                     ("deepseek", False): 1}, 1),
    "csv": (8, 1, {("gemini", False): 2, ("deepl", False): 2, ("le-chat", True): 1}, 1),
    "jsonl": (6, 2, {("claude", False): 1, ("perplexity", False): 1, ("kimi", False): 1}, 1),
    "bind": (6, 1, {("chatgpt", False): 2, ("gemini", False): 1, ("claude", True): 1}, 0),
    "unbound": (4, 1, {("le-chat", False): 1, ("copilot", False): 1}, 0),
}


@pytest.mark.django_db
@pytest.mark.parametrize("log_format", sorted(EXPECTED))
def test_it_reads_each_format_and_matches_the_catalogue(import_sample, organization,
                                                        log_format):
    lines, skipped, per_service, uploads = EXPECTED[log_format]
    result = import_sample(log_format)
    done = result.log_import
    assert (done.lines, done.skipped, done.matched) == (lines, skipped,
                                                        sum(per_service.values()))
    seen = {(row["service_key"], row["api"]): row["total"] for row in
            Usage.objects.filter(organization=organization)
            .values("service_key", "api").annotate(total=Sum("requests"))}
    assert seen == per_service
    assert (Usage.objects.aggregate(total=Sum("uploads"))["total"] or 0) == uploads
    assert done.catalogue_version == default_catalogue().version


@pytest.mark.django_db
def test_it_keeps_people_by_pseudonym_and_departments_as_the_log_gives_them(
        import_sample, organization):
    import_sample("csv")
    identities = set(Person.objects.values_list("identity", flat=True))
    assert identities == {"sanne.visser@voorbeeld.nl", "r.elamrani@voorbeeld.nl",
                          "p.nowak@voorbeeld.nl"}
    assert all(p.pseudonym.startswith("p-") and "@" not in p.pseudonym
               for p in Person.objects.all())
    departments = set(Usage.objects.values_list("department", flat=True))
    assert departments == {"Burgerzaken", "Sociaal Domein", "ICT"}


@pytest.mark.django_db
def test_it_takes_the_department_from_regie_when_the_log_has_none(import_sample, make_user):
    make_user("medewerker", username="jdevries", department="Publiekszaken")
    import_sample("squid")
    chatgpt = Usage.objects.filter(service_key="chatgpt", api=False)
    assert set(chatgpt.values_list("department", flat=True)) == {"Publiekszaken"}
    assert set(Usage.objects.filter(service_key="claude").values_list(
        "department", flat=True)) == {""}


def test_it_matches_subdomains_but_not_lookalikes():
    catalogue = default_catalogue()
    assert catalogue.match("eu.chatgpt.com").service.key == "chatgpt"
    assert catalogue.match("CHATGPT.COM.").service.key == "chatgpt"
    assert catalogue.match("api.openai.com").api is True
    assert catalogue.match("notchatgpt.com") is None
    assert catalogue.match("chatgpt.com.evil.example") is None
    assert catalogue.match("") is None


@pytest.mark.django_db
def test_it_draws_weekly_trends_per_service_and_department(import_sample, organization):
    import datetime as dt

    from regie.shadow.trend import WEEKS, weekly_series

    import_sample("squid")  # 2025-11-26 and 2025-11-27: one ISO week
    usage = Usage.objects.filter(organization=organization)
    per_service = weekly_series(usage, today=dt.date(2025, 12, 2))
    assert per_service["chatgpt"].counts == [0] * (WEEKS - 2) + [3, 0]
    assert per_service["chatgpt"].total == 3
    points = per_service["claude"].points.split()
    assert len(points) == WEEKS and points[-2].endswith(",1.0")  # the top of the line
    per_department = weekly_series(usage, today=dt.date(2025, 12, 2), by="department")
    assert set(per_department) == {""}
