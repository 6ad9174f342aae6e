"""Personal feedback (återkoppling): telling the resident what happened to their proposal.

The point of the whole portal (domain.md): every person who left a proposal hears what
became of it. One function, synchronous for now. It needs nothing but the proposal and its
history entry and reads everything else itself, so a background task can call it as it is:
    change = ProposalStatusChange.objects.select_related("proposal").get(pk=change_id)
    send_status_feedback(change.proposal, change)
"""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.utils import formats, translation
from django.utils.translation import gettext as _
from wagtail.models import Locale

from .models import Proposer
from .statuses import DECISIONS, Status

logger = logging.getLogger(__name__)


def send_status_feedback(proposal, change):
    """E-mail the proposer the proposal's new status; True when a message was sent.

    Plain text in the proposer's preferred language: the new status and its date, the note
    of the history entry, the reason for a decision, and the absolute link to the proposal
    (its translation in that language, when there is one). Nothing is sent when the proposer
    left no e-mail address. A failure is logged with the proposal's reference only: the
    address is personal data and stays out of the log.
    """
    proposer = Proposer.objects.filter(proposal=proposal).first()
    if proposer is None or not proposer.email:
        return False
    language = proposer.preferred_language or settings.LANGUAGE_CODE
    with translation.override(language):
        subject, body = feedback_message(proposal, change, proposer, language)
    try:
        send_mail(subject, body, None, [proposer.email])
    except Exception:  # a mail server down must not undo what was imported or saved
        logger.exception("Feedback e-mail on proposal %s could not be sent.", proposal.reference)
        return False
    return True


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


def queue_receipt(proposal):
    """E-mail the proposer the receipt of an online proposal: its reference and where to
    follow it. Interim: sent synchronously once the transaction commits (a failure logged);
    the background delivery replaces the body of this function, not its callers."""
    from django.db import transaction

    def send():
        proposer = Proposer.objects.filter(proposal=proposal).first()
        if proposer is None or not proposer.email:
            return
        language = proposer.preferred_language or settings.LANGUAGE_CODE
        with translation.override(language):
            subject, body = receipt_message(proposal, proposer, language)
        try:
            send_mail(subject, body, None, [proposer.email])
        except Exception:
            logger.exception("Receipt e-mail on proposal %s could not be sent.", proposal.reference)

    transaction.on_commit(send)


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
    from urllib.parse import urlencode

    from .models import ProposalIndexPage

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
    """The proposal's absolute address in the language, or in the site's default one."""
    locale = Locale.objects.filter(language_code=language).first()
    translated = proposal.get_translation_or_none(locale) if locale else None
    page = translated if translated is not None and translated.live else proposal
    return page.get_full_url()
