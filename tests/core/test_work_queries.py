"""The menu counts the waiting work on every page, so gathering it must not cost a handful
of queries for every application a projectleider has in progress (the owner's checklists,
read from each application's evidence, are counted on the start page only)."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from regie.audit.service import Actor
from regie.core.work import work_for
from regie.register.service import import_dossier
from tests.workflow.conftest import dossier


def queries_for(user) -> int:
    with CaptureQueriesContext(connection) as captured:
        work_for(user, checklists=False)
    return len(captured)


def test_it_gathers_the_work_without_queries_per_dossier_relation(organization, make_user):
    lead = make_user("projectleider")
    import_dossier(dossier(organization, lead, name="Eerste"), actor=Actor(user=lead))
    one = queries_for(lead)
    for number in range(2, 8):
        import_dossier(dossier(organization, lead, name=f"Toepassing {number}"),
                       actor=Actor(user=lead))
    lead.refresh_from_db()
    assert queries_for(lead) <= one + 6  # one query at most per extra application
