"""`regie serve` refuses what it cannot do safely."""

from django.core.management import CommandError, call_command
from django.db import connection

import pytest


@pytest.mark.skipif(connection.vendor != "sqlite", reason="the SQLite guard")
def test_it_refuses_several_workers_on_sqlite():
    with pytest.raises(CommandError, match="PostgreSQL") as refused:
        call_command("serve", "--workers", "2", "--no-run")
    assert refused.value.returncode == 2


def test_it_refuses_zero_workers():
    with pytest.raises(CommandError, match="minimaal 1") as refused:
        call_command("serve", "--workers", "0", "--no-run")
    assert refused.value.returncode == 2
