import functools
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

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


def _an_answer(task):
    if task.kind in ("checkbox_option", "multiselect_scrollable"):
        return []
    if task.options:
        return task.options[-1][0]  # "Nee"/"false" in yes-no questions: fewest follow-ups
    return "2026-01-01" if task.kind == "date" else "Beantwoord in de test"


@pytest.fixture
def answer_all():
    """Answer a questionnaire run completely: `given` first, then every visible required
    question still open (follow-ups included) with a plain answer."""
    from regie.instruments import service

    def fill(run, actor, given=None):
        service.save_answers(run, dict(given or {}), actor=actor)
        for _round in range(20):
            missing = service.unanswered_questions(run)
            if not missing:
                return run
            service.save_answers(run, {t.id: _an_answer(t) for t in missing}, actor=actor)
        raise AssertionError("questionnaire keeps asking")

    return fill


@pytest.fixture
def serve_folder():
    """`serve_folder(path)` → the base URL of a real HTTP server on loopback serving it."""
    servers = []

    def start(folder):
        handler = functools.partial(SimpleHTTPRequestHandler, directory=str(folder))
        handler.log_message = lambda *args: None
        server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_port}/"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()
