"""Every proposer hears of each new status once, in the background, even when the mail
server is down (proposals_pages/feedback.py)."""

import logging
import smtplib
from io import StringIO

import pytest
from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.core.management import call_command
from django.urls import reverse
from django_tasks_db.models import DBTaskResult

from proposals_pages import feedback
from proposals_pages.models import FeedbackMail
from proposals_pages.statuses import Status

EMAIL = "amina.feedback@example.se"
DOWN = "tests.test_feedback_delivery.MailServerDown"
DATABASE_QUEUE = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "feedback": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["feedback"]},
}


class MailServerDown(BaseEmailBackend):
    """What Django's SMTP backend raises when nothing answers on the mail port."""

    def send_messages(self, messages):
        raise ConnectionRefusedError(111, f"Connection refused sending to {messages[0].to}")


@pytest.fixture
def proposal(proposal_factory, proposer_factory):
    proposal = proposal_factory(title="Utegym i Fittja")
    proposer_factory(proposal=proposal, name="Amina", email=EMAIL, preferred_language="fi")
    return proposal


@pytest.fixture
def publish(django_capture_on_commit_callbacks):
    """An editor sets a status and publishes; what goes out after the commit goes out."""

    def publish(proposal, status, **fields):
        proposal.status = status
        for name, value in fields.items():
            setattr(proposal, name, value)
        with django_capture_on_commit_callbacks(execute=True):
            proposal.save_revision().publish()
        return proposal

    return publish


def test_a_published_status_change_sends_one_mail_in_the_proposers_language(proposal, publish):
    publish(proposal, Status.UNDER_REVIEW)

    (message,) = mail.outbox
    assert message.to == [EMAIL]
    assert "Utegym i Fittja" in message.body
    assert "/fi/forslag/" in message.body  # the proposal in Finnish, not under /sv/
    (sent,) = FeedbackMail.objects.all()
    assert (sent.state, sent.attempts, sent.status_change.status) == (
        FeedbackMail.State.SENT,
        1,
        Status.UNDER_REVIEW,
    )


def test_publishing_again_without_a_new_status_sends_nothing_more(proposal, publish):
    publish(proposal, Status.UNDER_REVIEW)
    publish(proposal, Status.UNDER_REVIEW, title="Utegym vid Fittja centrum")

    assert len(mail.outbox) == 1


def test_each_new_status_is_its_own_mail(proposal, publish):
    publish(proposal, Status.UNDER_REVIEW)
    publish(proposal, Status.WITHDRAWN)

    assert len(mail.outbox) == 2


def test_a_mail_already_sent_is_never_sent_twice(proposal, publish):
    publish(proposal, Status.UNDER_REVIEW)
    sent = FeedbackMail.objects.get()

    assert feedback.deliver(sent.pk) is False
    call_command("retry_feedback", stdout=StringIO())
    assert len(mail.outbox) == 1


def test_a_change_is_owed_once_however_often_it_is_queued(proposal, publish):
    publish(proposal, Status.UNDER_REVIEW)
    change = proposal.history.order_by("-pk").first()

    assert feedback.queue_status_feedback(change) == FeedbackMail.objects.get()


def test_a_new_proposal_and_a_draft_send_nothing(proposal_factory, proposer_factory, publish):
    proposal = proposal_factory()
    proposer_factory(proposal=proposal, email=EMAIL)
    proposal.status = Status.UNDER_REVIEW
    proposal.save_revision()  # a draft: nothing has happened yet for the resident

    assert mail.outbox == []
    assert not FeedbackMail.objects.exists()


def test_a_proposer_without_an_address_is_owed_nothing(proposal_factory, publish):
    publish(proposal_factory(), Status.UNDER_REVIEW)

    assert not FeedbackMail.objects.exists()


# --- the mail server is down ---------------------------------------------------------------


def test_the_editors_save_succeeds_when_the_mail_server_is_down(proposal, publish, settings):
    settings.EMAIL_BACKEND = DOWN

    publish(proposal, Status.UNDER_REVIEW)

    proposal.refresh_from_db()
    assert proposal.status == Status.UNDER_REVIEW
    waiting = FeedbackMail.objects.get()
    assert (waiting.state, waiting.attempts, waiting.last_error) == (
        FeedbackMail.State.PENDING,
        1,
        "ConnectionRefusedError",
    )


def test_the_failure_is_logged_without_the_address(proposal, publish, settings, caplog):
    settings.EMAIL_BACKEND = DOWN

    with caplog.at_level(logging.WARNING, logger="proposals_pages.feedback"):
        publish(proposal, Status.UNDER_REVIEW)

    assert proposal.reference in caplog.text
    assert EMAIL not in caplog.text
    assert EMAIL not in FeedbackMail.objects.get().last_error


def test_a_waiting_mail_goes_out_once_when_the_server_is_back(proposal, publish, settings):
    settings.EMAIL_BACKEND = DOWN
    publish(proposal, Status.UNDER_REVIEW)
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

    out = StringIO()
    call_command("retry_feedback", stdout=out)
    call_command("retry_feedback", stdout=StringIO())

    assert [message.to for message in mail.outbox] == [[EMAIL]]
    assert FeedbackMail.objects.get().state == FeedbackMail.State.SENT
    assert "1" in out.getvalue()


def test_the_database_queue_tries_a_failed_mail_again_later(
    proposal, publish, settings, django_capture_on_commit_callbacks
):
    settings.TASKS = DATABASE_QUEUE
    settings.EMAIL_BACKEND = DOWN
    publish(proposal, Status.UNDER_REVIEW)
    assert mail.outbox == []  # queued for the worker, not sent in the editor's request
    (first,) = DBTaskResult.objects.all()

    with django_capture_on_commit_callbacks(execute=True):
        feedback.deliver(FeedbackMail.objects.get().pk)  # the worker's first attempt fails ...

    retry = DBTaskResult.objects.exclude(pk=first.pk).get()
    assert retry.run_after > FeedbackMail.objects.get().last_attempt_at  # ... and waits
    assert retry.queue_name == "feedback"


def test_the_worker_sends_what_the_database_queue_holds(proposal, publish, settings):
    settings.TASKS = DATABASE_QUEUE
    publish(proposal, Status.UNDER_REVIEW)
    (queued,) = DBTaskResult.objects.all()

    queued.task.call(*queued.args_kwargs["args"], **queued.args_kwargs["kwargs"])

    assert [message.to for message in mail.outbox] == [[EMAIL]]


def test_retries_back_off_to_an_hour():
    delays = [feedback.retry_delay(attempt).total_seconds() for attempt in range(1, 9)]

    assert delays == [60, 120, 240, 480, 960, 1920, 3600, 3600]


# --- what staff see -------------------------------------------------------------------------


def test_staff_see_failing_mails_on_the_dashboard(admin_client, proposal, publish, settings):
    settings.EMAIL_BACKEND = DOWN
    publish(proposal, Status.UNDER_REVIEW)

    dashboard = admin_client.get(reverse("wagtailadmin_home"))
    listing = admin_client.get(reverse("wagtailsnippets_proposals_pages_feedbackmail:list"))

    listing_url = reverse("wagtailsnippets_proposals_pages_feedbackmail:list")
    assert f'href="{listing_url}?state=pending"' in dashboard.content.decode()
    assert "Återkopplingsmejl som väntar" in dashboard.content.decode()  # the admin in Swedish
    assert listing.status_code == 200
    assert proposal.reference in listing.content.decode()
    assert EMAIL not in listing.content.decode()


def test_nobody_adds_or_edits_a_feedback_mail_by_hand(admin_client, proposal, publish):
    publish(proposal, Status.UNDER_REVIEW)
    sent = FeedbackMail.objects.get()

    add = admin_client.get(reverse("wagtailsnippets_proposals_pages_feedbackmail:add"))
    edit = admin_client.get(
        reverse("wagtailsnippets_proposals_pages_feedbackmail:edit", args=[sent.pk])
    )

    assert add.status_code in (302, 403)
    assert edit.status_code in (302, 403)


class AddressRefused(BaseEmailBackend):
    def send_messages(self, messages):
        raise smtplib.SMTPRecipientsRefused({messages[0].to[0]: (550, b"no such user")})


def test_a_refused_address_is_noted_by_the_kind_of_error_only(proposal, publish, settings):
    settings.EMAIL_BACKEND = "tests.test_feedback_delivery.AddressRefused"

    publish(proposal, Status.UNDER_REVIEW)

    assert FeedbackMail.objects.get().last_error == "SMTPRecipientsRefused"
