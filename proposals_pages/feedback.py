"""Personal feedback (återkoppling): telling the resident what happened to their proposal.

The point of the whole portal (domain.md): every person who left a proposal hears what became
of it. Two e-mails: the receipt of an online proposal, and one for each new status (set in the
admin, by a meeting's outcome, or by an import with --notify).

Each e-mail owed is first written down as a FeedbackMail row in the same transaction as what
it reports, then sent in the background by a django-tasks task once that transaction commits:
- the demo and the tests run the task at once (ImmediateBackend); production queues it in the
  database (django-tasks-db) for the worker (`manage.py db_worker --backend feedback
  --queue-name feedback`, README "Running in production");
- a mail server that is down never fails the editor's save or the import: the attempt is
  counted, the kind of error noted for staff (admin, "Feedback e-mails"), and the task queued
  again later (backing off, up to FEEDBACK_MAIL_MAX_ATTEMPTS); `manage.py retry_feedback`
  sends whatever is still waiting;
- a row is sent under a row lock and marked sent in the same transaction, so a mail never
  goes out twice for the same change, however many workers or retries there are.
"""

import datetime
import logging
from urllib.parse import urlencode

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _
from django_tasks import task

from .localization import page_url as page_url_in_language
from .models import FeedbackMail, ProposalIndexPage, Proposer
from .statuses import DECISIONS, Status

logger = logging.getLogger(__name__)

BACKEND = "feedback"  # settings.TASKS
QUEUE = "feedback"


# --- what is owed ----------------------------------------------------------------------


def queue_status_feedback(change):
    """Owe the proposer an e-mail about the status change; None when there is no address."""
    return owe(
        change.proposal,
        status_change=change,
        defaults={"proposal": change.proposal, "kind": FeedbackMail.Kind.STATUS},
    )


def queue_receipt(proposal):
    """Owe the proposer of an online proposal its receipt; None when there is no address."""
    return owe(proposal, proposal=proposal, kind=FeedbackMail.Kind.RECEIPT)


def owe(about, **lookup):
    """The FeedbackMail found by `lookup`, written (and sent once the transaction commits)
    the first time it is owed; None when the proposer of `about` left no address."""
    if not Proposer.objects.filter(proposal=about).exclude(email="").exists():
        return None
    mail, created = FeedbackMail.objects.get_or_create(**lookup)
    if created:
        transaction.on_commit(lambda: enqueue(mail.pk))
    return mail


def retry_waiting():
    """Queue every e-mail still waiting again; how many were queued."""
    waiting = list(FeedbackMail.objects.pending().values_list("pk", flat=True))
    for pk in waiting:
        enqueue(pk)
    return len(waiting)


def retries_later():
    """Whether the queue can hold a task until a later time (the database queue can; the
    demo's immediate backend cannot, and leaves a failed e-mail to retry_feedback)."""
    return deliver_feedback_mail.get_backend().supports_defer


def enqueue(mail_id, run_after=None):
    job = deliver_feedback_mail
    if run_after is not None:
        job = job.using(run_after=run_after)
    try:
        job.enqueue(mail_id)
    except Exception:  # the row waits; retry_feedback queues it again
        logger.exception("Feedback e-mail %s could not be queued.", mail_id)


# --- sending -------------------------------------------------------------------------------


@task(backend=BACKEND, queue_name=QUEUE)
def deliver_feedback_mail(mail_id):
    return deliver(mail_id)


def deliver(mail_id):
    """Send one owed e-mail unless it went out already; True when it was sent now."""
    with transaction.atomic():
        mail = (
            FeedbackMail.objects.select_for_update(of=("self",))
            .select_related("proposal", "status_change")
            .filter(pk=mail_id, state=FeedbackMail.State.PENDING)
            .first()
        )
        if mail is None:  # sent already, or the proposal is gone
            return False
        proposer = Proposer.objects.filter(proposal=mail.proposal).first()
        if proposer is None or not proposer.email:  # purged meanwhile
            mail.state = FeedbackMail.State.NO_ADDRESS
            mail.save(update_fields=["state"])
            return False
        language = proposer.preferred_language or settings.LANGUAGE_CODE
        with translation.override(language):
            if mail.kind == FeedbackMail.Kind.RECEIPT:
                subject, body = receipt_message(mail.proposal, proposer, language)
            else:
                subject, body = feedback_message(
                    mail.proposal, mail.status_change, proposer, language
                )
        mail.attempts += 1
        mail.last_attempt_at = timezone.now()
        try:
            send_mail(subject, body, None, [proposer.email])
        except Exception as error:  # the mail server is down or refuses: try again later
            mail.last_error = type(error).__name__[:100]
            mail.save(update_fields=["attempts", "last_attempt_at", "last_error"])
            # The reference only: the address is personal data and stays out of the log.
            logger.warning(
                "Feedback e-mail %s on proposal %s failed (%s, attempt %d); it waits.",
                mail.pk,
                mail.proposal.reference,
                mail.last_error,
                mail.attempts,
            )
            if retries_later() and mail.attempts < settings.FEEDBACK_MAIL_MAX_ATTEMPTS:
                run_after = mail.last_attempt_at + retry_delay(mail.attempts)
                transaction.on_commit(lambda: enqueue(mail.pk, run_after=run_after))
            return False
        mail.state = FeedbackMail.State.SENT
        mail.sent_at = timezone.now()
        mail.last_error = ""
        mail.save(update_fields=["state", "sent_at", "attempts", "last_attempt_at", "last_error"])
    return True


def retry_delay(attempts):
    """One minute after the first failure, doubling up to an hour."""
    return datetime.timedelta(seconds=min(60 * 2 ** (attempts - 1), 3600))


# --- what the e-mails say ------------------------------------------------------------------


def feedback_message(proposal, change, proposer, language):
    """The subject and plain-text body, in the active language."""
    status = str(Status(change.status).label)
    subject = _("Your proposal %(reference)s: %(status)s") % {
        "reference": proposal.reference,
        "status": status,
    }
    greeting = (
        _("Hello %(name)s,") % {"name": proposer.name} if proposer.name.strip() else _("Hello,")
    )
    paragraphs = [
        greeting,
        _("Your proposal “%(title)s” (%(reference)s) has a new status since %(date)s: %(status)s.")
        % {
            "title": proposal.title,
            "reference": proposal.reference,
            "date": formats.date_format(change.changed_on, "DATE_FORMAT"),
            "status": status,
        },
    ]
    if change.note.strip():
        paragraphs.append(change.note.strip())
    if change.status in DECISIONS and proposal.decision_note.strip():
        paragraphs.append(
            _("The reason for the decision: %(reason)s") % {"reason": proposal.decision_note}
        )
    url = page_url(proposal, language)
    if url:
        paragraphs.append(_("Read more about your proposal:") + "\n" + url)
    paragraphs.append(_("Thank you for your proposal.") + "\n" + str(settings.WAGTAIL_SITE_NAME))
    return subject, "\n\n".join(paragraphs) + "\n"


def receipt_message(proposal, proposer, language):
    """The receipt's subject and plain-text body, in the active language."""
    subject = _("We have received your proposal %(reference)s") % {"reference": proposal.reference}
    greeting = (
        _("Hello %(name)s,") % {"name": proposer.name} if proposer.name.strip() else _("Hello,")
    )
    paragraphs = [
        greeting,
        _("Thank you for your proposal “%(title)s”. Its reference is %(reference)s.")
        % {"title": proposal.title, "reference": proposal.reference},
        _(
            "A moderator reads it before it is published. You will hear from us each time "
            "its status changes."
        ),
        _("Follow your proposal with its reference:") + "\n" + find_url(proposal, language),
        str(settings.WAGTAIL_SITE_NAME),
    ]
    return subject, "\n\n".join(paragraphs) + "\n"


def find_url(proposal, language):
    """The absolute address of "find my proposal" for the reference, in the language."""
    index = (
        ProposalIndexPage.objects.live().filter(locale__language_code=language).first()
        or ProposalIndexPage.objects.live()
        .filter(locale__language_code=settings.LANGUAGE_CODE)
        .first()
    )
    return (
        index.get_full_url()
        + index.reverse_subpage("find")
        + "?"
        + urlencode({"reference": proposal.reference})
    )


def page_url(proposal, language):
    """The proposal's absolute address in the language: its translation there, or the
    Swedish page under that language's prefix (shown with a "not translated yet" notice)."""
    url = page_url_in_language(proposal, language=language)
    if url.startswith("/"):
        url = proposal.get_site().root_url + url
    return url
