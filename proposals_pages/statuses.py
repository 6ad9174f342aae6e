"""A proposal's statuses: the one place their codes, labels and allowed next steps live."""

from django.db import models
from django.utils.translation import pgettext_lazy


class Status(models.TextChoices):
    # A context keeps these labels apart from Django's and Wagtail's own "Approved" etc.
    RECEIVED = "received", pgettext_lazy("proposal status", "Received")
    UNDER_REVIEW = "under_review", pgettext_lazy("proposal status", "Under review")
    READY_FOR_DECISION = (
        "ready_for_decision",
        pgettext_lazy("proposal status", "Ready for decision"),
    )
    APPROVED = "approved", pgettext_lazy("proposal status", "Approved")
    REJECTED = "rejected", pgettext_lazy("proposal status", "Rejected")
    REFERRED = "referred", pgettext_lazy("proposal status", "Referred")
    IN_PROGRESS = "in_progress", pgettext_lazy("proposal status", "In progress")
    COMPLETED = "completed", pgettext_lazy("proposal status", "Completed")
    WITHDRAWN = "withdrawn", pgettext_lazy("proposal status", "Withdrawn")


# The steps an editor may take by hand in the admin. Imports may jump ahead (contract.md).
ALLOWED_TRANSITIONS = {
    Status.RECEIVED: {Status.UNDER_REVIEW, Status.REFERRED, Status.WITHDRAWN},
    Status.UNDER_REVIEW: {Status.READY_FOR_DECISION, Status.REFERRED, Status.WITHDRAWN},
    Status.READY_FOR_DECISION: {
        Status.APPROVED,
        Status.REJECTED,
        Status.REFERRED,
        Status.UNDER_REVIEW,
        Status.WITHDRAWN,
    },
    Status.APPROVED: {Status.IN_PROGRESS, Status.COMPLETED},
    Status.REJECTED: set(),
    Status.REFERRED: set(),
    Status.IN_PROGRESS: {Status.COMPLETED},
    Status.COMPLETED: set(),
    Status.WITHDRAWN: set(),
}

# Groups used by the statistics, the budget and the open data (contract.md).
DECIDED = frozenset(
    {Status.APPROVED, Status.REJECTED, Status.REFERRED, Status.IN_PROGRESS, Status.COMPLETED}
)
GRANTED = frozenset({Status.APPROVED, Status.IN_PROGRESS, Status.COMPLETED})
# The commission's own decisions, dated by the meeting that took them.
DECISIONS = frozenset({Status.APPROVED, Status.REJECTED, Status.REFERRED})
NEEDS_DECISION_DATE = GRANTED | {Status.REJECTED}
NEEDS_COST_ESTIMATE = GRANTED
FINAL = frozenset({Status.REJECTED, Status.REFERRED, Status.COMPLETED, Status.WITHDRAWN})

# Swedish labels as written in import files; the translated labels come from gettext.
SWEDISH_LABELS = {
    "inkommet": Status.RECEIVED,
    "under beredning": Status.UNDER_REVIEW,
    "redo för beslut": Status.READY_FOR_DECISION,
    "beviljat": Status.APPROVED,
    "avslaget": Status.REJECTED,
    "hänvisat": Status.REFERRED,
    "pågår": Status.IN_PROGRESS,
    "genomfört": Status.COMPLETED,
    "återkallat": Status.WITHDRAWN,
}


def can_move(from_status, to_status):
    """True when an editor may change a proposal from one status to the other by hand."""
    return from_status == to_status or to_status in ALLOWED_TRANSITIONS.get(from_status, set())


def parse_status(value):
    """A status from its code or its Swedish label, case and spaces forgiven; None if unknown."""
    key = " ".join((value or "").split()).lower()
    if key in Status.values:
        return Status(key)
    return SWEDISH_LABELS.get(key)
