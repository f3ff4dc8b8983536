"""The same log twice changes nothing; a broken log changes nothing either."""

from __future__ import annotations

import io

import pytest

from regie.audit.models import AuditEvent
from regie.audit.service import Actor
from regie.core.errors import InputError
from regie.shadow.models import Finding, LogImport, Person, Usage
from regie.shadow.service import Mapping, import_and_refresh


def _state():
    return (list(Usage.objects.order_by("pk").values()), Person.objects.count(),
            list(Finding.objects.order_by("pk").values()), LogImport.objects.count(),
            AuditEvent.objects.count())


@pytest.mark.django_db
def test_it_changes_nothing_when_the_same_log_comes_twice(import_sample):
    import_sample("csv")
    before = _state()
    again = import_sample("csv")
    assert again.already_imported
    assert _state() == before


@pytest.mark.django_db
def test_it_adds_up_usage_of_two_different_logs_of_the_same_day(import_sample, organization):
    import_sample("squid")
    first = Usage.objects.get(service_key="claude", api=False).requests
    log = (b"1764145900.000 100 10.20.1.22 TCP_TUNNEL/200 100 CONNECT claude.ai:443 akaya "
           b"HIER_DIRECT/160.79.104.10 -\n")
    import_and_refresh(io.BytesIO(log), organization=organization, log_format="squid",
                       file_name="rotated.log", actor=Actor(via="cli", name="test"))
    assert Usage.objects.get(service_key="claude", api=False).requests == first + 1


@pytest.mark.django_db
def test_it_refuses_a_csv_without_the_columns_it_needs_and_keeps_nothing(organization):
    before = _state()
    log = b"when,who,where\n2026-11-24 09:00:00,a,b\n"
    with pytest.raises(InputError, match="kolommen"):
        import_and_refresh(io.BytesIO(log), organization=organization, log_format="csv",
                           file_name="export.csv", mapping=Mapping(),
                           actor=Actor(via="cli", name="test"))
    assert _state() == before


@pytest.mark.django_db
def test_it_skips_overlong_and_binary_lines_without_reading_them_whole(organization):
    log = (b"x" * 200_000 + b"\n" + b"\x00\xff\xfe garbage\n"
           + b"1764145201.512 245 10.20.1.15 TCP_TUNNEL/200 6134 CONNECT claude.ai:443 u "
             b"HIER_DIRECT/1.1.1.1 -\n")
    result = import_and_refresh(io.BytesIO(log), organization=organization,
                                log_format="squid", file_name="odd.log",
                                actor=Actor(via="cli", name="test"))
    assert (result.log_import.lines, result.log_import.skipped,
            result.log_import.matched) == (3, 2, 1)
