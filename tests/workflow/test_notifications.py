"""Each new task mails its people through a real SMTP server on loopback (aiosmtpd)."""

import email
import socket
from email.policy import default as default_policy

import pytest
from aiosmtpd.controller import Controller

from regie.audit.service import AuditEvent
from regie.workflow import service
from regie.workflow.models import Task

from .conftest import actor, confirm_open_items


class Inbox:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content, policy=default_policy)
        self.messages.append((envelope.rcpt_tos, message))
        return "250 Message accepted"

    def to(self, address):
        return [m for rcpt, m in self.messages if address in rcpt]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def smtp(settings):
    handler = Inbox()
    controller = Controller(handler, hostname="127.0.0.1", port=free_port())
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", controller.port
    settings.EMAIL_USE_TLS, settings.EMAIL_HOST_USER, settings.EMAIL_HOST_PASSWORD = False, "", ""
    yield handler
    controller.stop()


def test_it_mails_the_advisers_when_advice_is_requested(
    make_application, users, smtp, django_capture_on_commit_callbacks
):
    application = make_application()
    confirm_open_items(application, users["owner"])
    with django_capture_on_commit_callbacks(execute=True):
        service.transition(application, "in_review", actor=actor(users["owner"]))
    for role in ("fg", "ciso"):
        [message] = smtp.to(users[role].email)
        assert application.name in message["Subject"]
        assert f"/procedure/{application.slug}/" in message.get_content()
    assert smtp.to(users["owner"].email) == []
    assert smtp.to(users["directie"].email) == []
    assert set(Task.objects.filter(application=application).values_list("notified", flat=True)) == {
        1
    }
    assert AuditEvent.objects.filter(event="notification_sent").count() == 2


def test_it_mails_the_directie_when_both_advices_are_in_and_the_owner_for_conditions(
    in_review, users, smtp, django_capture_on_commit_callbacks
):
    application = in_review()
    with django_capture_on_commit_callbacks(execute=True):
        service.give_advice(
            application,
            actor=actor(users["fg"]),
            role="fg",
            outcome="conditional",
            text="Onder voorwaarden.",
            conditions=["Bewaartermijn van prompts vastleggen"],
        )
        assert smtp.to(users["directie"].email) == []
        service.give_advice(
            application,
            actor=actor(users["ciso"]),
            role="ciso",
            outcome="positive",
            text="Geen bezwaar.",
        )
    [decision_mail] = smtp.to(users["directie"].email)
    assert "Besluit nemen" in decision_mail["Subject"]
    owner_mail = smtp.to(users["owner"].email)
    assert any("Bewaartermijn" in m.get_content() for m in owner_mail)


def test_it_keeps_the_work_when_the_mail_server_is_down(
    make_application, users, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", free_port(), 2
    application = make_application()
    with django_capture_on_commit_callbacks(execute=True):
        service.transition(application, "in_review", actor=actor(users["owner"]))
    application.refresh_from_db()
    assert application.status == "in_review"
    assert AuditEvent.objects.filter(event="notification_failed").count() == 2
    assert [t.application_id for t in service.inbox_for(users["fg"]).advice] == [application.pk]
