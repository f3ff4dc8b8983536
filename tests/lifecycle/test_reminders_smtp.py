"""`regie reminders` delivers each due reminder to a real SMTP server exactly once per day,
however often it runs."""

import datetime as dt
import io
import socket

from django.core.management import call_command

import pytest

from regie.audit.service import Actor
from regie.lifecycle.models import ReminderLog
from regie.lifecycle.reminders import Reminder, _claim
from regie.lifecycle.service import record_training, report_incident
from tests.conftest import run_regie


def _run(today: dt.date) -> str:
    out = io.StringIO()
    call_command("reminders", "--date", today.isoformat(), stdout=out)
    return out.getvalue()


@pytest.mark.django_db
def test_it_sends_every_reminder_once_even_when_run_twice(smtp, organization, make_user,
                                                         make_application, training):
    today = dt.date.today()
    fg = make_user("fg")
    owner = make_user("projectleider")
    make_application(owner=owner, owner_email=owner.email, name="Samenvatter",
                     registered_on=today - dt.timedelta(days=400))            # evaluation due
    make_application(owner_email="inkoop@voorbeeld.nl", name="Chatdienst",
                     contract_end_date=today + dt.timedelta(days=20))         # contract ending
    make_application(name="Vertaler")                                         # nothing due
    trainee = make_user("medewerker")
    record_training(user=trainee, training=training,
                    completed_on=today - dt.timedelta(days=350),
                    actor=Actor(user=trainee, via="web"),
                    evidence_url="https://leren.voorbeeld.nl/certificaat")     # expires soon
    report_incident(organization=organization, kind="personal_data",
                    description="BSN ingevoerd.")                             # 72-hour clock

    first = _run(today)
    second = _run(today)

    recipients = sorted(rcpt for rcpt, _subject in smtp.messages)
    assert recipients == sorted([owner.email, "inkoop@voorbeeld.nl", trainee.email, fg.email])
    subjects = " | ".join(subject for _rcpt, subject in smtp.messages)
    for expected in ("Evaluatie van Samenvatter", "Contract van Chatdienst",
                     "training 'AI-basis' verloopt", "Mogelijk datalek"):
        assert expected in subjects
    assert "Vertaler" not in subjects
    assert "verstuurd: 4" in first and "verstuurd: 0, al eerder verstuurd: 4" in second
    assert ReminderLog.objects.filter(date=today, sent_at__isnull=False).count() == 4

    _run(today + dt.timedelta(days=1))
    assert len(smtp.messages) == 8  # a new day: reminded again


@pytest.mark.django_db
def test_it_lets_only_one_claim_win(organization):
    reminder = Reminder("evaluation_due", "register.Application", "7", "a@voorbeeld.nl",
                        "onderwerp", "tekst")
    today = dt.date(2026, 5, 1)
    assert _claim(reminder, today) is not None
    assert _claim(reminder, today) is None
    assert ReminderLog.objects.count() == 1


@pytest.mark.django_db
def test_it_releases_the_claim_when_the_mail_server_is_down(settings, organization):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", port, 2
    report_incident(organization=organization, kind="personal_data", description="x")
    from django.contrib.auth.models import Group

    from regie.register.models import User
    from regie.register.roles import sync_roles

    sync_roles()
    fg = User.objects.create_user("fg", email="fg@voorbeeld.nl", organization=organization)
    fg.groups.add(Group.objects.get(name="fg"))
    with pytest.raises(SystemExit):
        _run(dt.date.today())
    assert not ReminderLog.objects.exists()


def test_it_rejects_a_bad_date_with_exit_status_2(tmp_path):
    result = run_regie("reminders", "--date", "morgen",
                       env={"REGIE_DATA_DIR": str(tmp_path)})
    assert result.returncode == 2
    assert "--date" in result.stderr and "Traceback" not in result.stderr
