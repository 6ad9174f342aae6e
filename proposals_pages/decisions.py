"""A commission meeting's outcome, applied to the proposals it decided.

The decision lives on the proposal (status, decided_at_meeting, decided_on, decision_note):
the import sets those fields directly, and every page and figure reads them. Editors publish
an outcome by setting each agenda item's outcome on the meeting page; when the meeting is
published, every decided item becomes a new published revision of its proposal, dated by the
meeting, so ProposalPage.save writes the dated history entry and the proposal's rules hold.

`outcome_problems` is the one check, used by the meeting's admin form (a message on the field
before anything is published) and again when the meeting is published (all items or none).
"""

import copy
import logging

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from .models.base import default_locale_id
from .statuses import DECIDED, GRANTED, Status, can_move

logger = logging.getLogger(__name__)

# Which statuses show that an outcome was taken: an approval stays one once the proposal is
# being carried out or completed.
OUTCOME_STATUSES = {
    Status.APPROVED: GRANTED,
    Status.REJECTED: frozenset({Status.REJECTED}),
    Status.REFERRED: frozenset({Status.REFERRED}),
}
# Where a rule of the proposal is shown on an agenda item; the rest goes on the outcome.
ITEM_FIELD_OF = {"decision_note": "reason"}


def outcome_of(proposal):
    """The commission's decision a proposal carries (approved for one being carried out)."""
    for outcome, statuses in OUTCOME_STATUSES.items():
        if proposal.status in statuses:
            return outcome
    return None


def is_decided_here(proposal, meeting_pk, outcome):
    return (
        meeting_pk is not None
        and proposal.decided_at_meeting_id == meeting_pk
        and proposal.status in OUTCOME_STATUSES[outcome]
    )


def outcome_problems(proposal, outcome, reason, *, meeting_pk, meeting_date):
    """{agenda item field: message} for an outcome the proposal's rules refuse; {} if none.

    `meeting_pk` is None for a meeting not saved yet; `meeting_date` is the date the form
    gives (the decision date).
    """
    from .models import CommissionMeetingPage

    if not proposal.live:
        return {"proposal": _("Only a published proposal can be decided: publish it first.")}
    if proposal.locale_id != default_locale_id():
        return {"proposal": _("Choose the proposal in the site's default language.")}
    if meeting_date > timezone.localdate():
        return {
            "outcome": _("The meeting has not been held yet: decide on or after %(date)s.")
            % {"date": date_format(meeting_date)}
        }
    decided_here = is_decided_here(proposal, meeting_pk, outcome)
    if not decided_here and proposal.status in DECIDED:
        return {"outcome": already_decided(proposal, meeting_pk)}
    if not decided_here and not can_move(proposal.status, outcome):
        return {
            "outcome": _("A proposal cannot go from “%(from)s” to “%(to)s”.")
            % {"from": Status(proposal.status).label, "to": Status(outcome).label}
        }
    # The proposal as the decision would leave it, checked by its own rules.
    decided = copy.copy(proposal)
    record_decision(
        decided, CommissionMeetingPage(pk=meeting_pk, date=meeting_date), outcome, reason
    )
    try:
        decided.clean()
    except ValidationError as error:
        problems = {}
        for field, messages in error.message_dict.items():
            if field == "decided_at_meeting" and meeting_pk is None:
                continue  # a new meeting: it gets its id when it is saved
            problems.setdefault(ITEM_FIELD_OF.get(field, "outcome"), " ".join(messages))
        return problems
    return {}


def already_decided(proposal, meeting_pk):
    status = Status(proposal.status).label
    meeting = proposal.decided_at_meeting
    if meeting is not None and meeting.pk == meeting_pk:
        return _(
            "This meeting's decision on the proposal (“%(status)s”) is published; "
            "it cannot be changed here."
        ) % {"status": status}
    if meeting is not None:
        return _("The proposal was already decided (“%(status)s”) at the meeting of %(date)s.") % {
            "status": status,
            "date": date_format(meeting.date),
        }
    return _("The proposal was already decided (“%(status)s”).") % {"status": status}


def record_decision(proposal, meeting, outcome, reason):
    """Set a decision's fields on a proposal (unsaved). The status only changes when it does
    not already show the outcome: an approved proposal being carried out stays so."""
    if proposal.status not in OUTCOME_STATUSES[outcome]:
        proposal.status = outcome
        proposal.status_note = reason  # the public note of the new history entry
    proposal.decided_at_meeting = meeting
    proposal.decided_on = meeting.date
    proposal.decision_note = reason


def is_applied(proposal, meeting, item):
    return (
        is_decided_here(proposal, meeting.pk, item.outcome)
        and proposal.decided_on == meeting.date
        and proposal.decision_note == item.reason.strip()
    )


def apply_decisions(meeting, user=None):
    """Publish every decided agenda item of a published meeting on its proposal.

    Items already applied are left alone, so publishing the meeting again writes no second
    history entry. If any item's outcome is refused (the proposal changed since the meeting
    was checked), none is applied and the refusal is logged. Returns the proposals changed.
    """
    from .models import CommissionAgendaItem, ProposalPage

    # From the database: the published meeting's items, with their ids.
    items = list(CommissionAgendaItem.objects.filter(meeting_id=meeting.pk).exclude(outcome=""))
    proposals = ProposalPage.objects.in_bulk([item.proposal_id for item in items])
    problems = {
        item.pk: found
        for item in items
        if (
            found := outcome_problems(
                proposals[item.proposal_id],
                item.outcome,
                item.reason.strip(),
                meeting_pk=meeting.pk,
                meeting_date=meeting.date,
            )
        )
    }
    if problems:
        logger.error(
            "Decisions of meeting %s not applied: agenda items %s refused: %s",
            meeting.pk,
            sorted(problems),
            problems,
        )
        return []
    changed = []
    with transaction.atomic():
        for item in items:
            proposal = proposals[item.proposal_id]
            if is_applied(proposal, meeting, item):
                continue
            publish_decision(proposal, meeting, item, user)
            changed.append(proposal)
    return changed


def publish_decision(proposal, meeting, item, user):
    """A new published revision of the proposal with the decision; an editor's newer draft
    of it is kept, with the decision added, as the latest revision."""
    draft = proposal.get_latest_revision_as_object() if proposal.has_unpublished_changes else None
    reason = item.reason.strip()
    record_decision(proposal, meeting, item.outcome, reason)
    revision = proposal.save_revision(user=user, log_action=True)
    # Permission to publish the proposal was checked by the meeting's form, when there is one.
    revision.publish(user=user, skip_permission_checks=True)
    if draft is not None:
        record_decision(draft, meeting, item.outcome, reason)
        draft.save_revision(user=user, clean=False)


def meeting_published(sender, instance, revision=None, **kwargs):
    """page_published: a meeting in the default language applies its outcome once it is live
    (Wagtail also sends the signal for a first publication scheduled for later)."""
    if instance.live and instance.locale_id == default_locale_id():
        apply_decisions(instance, user=getattr(revision, "user", None))


def connect_signals():
    from wagtail.signals import page_published

    from .models import CommissionMeetingPage

    page_published.connect(
        meeting_published, sender=CommissionMeetingPage, dispatch_uid="meeting-published"
    )
