"""The feedback e-mails owed to proposers: one row per e-mail, kept until it has gone out.

An outbox. A row is written in the same transaction as what it reports (the status change,
the online proposal), so a mail is never forgotten; it is sent in the background
(proposals_pages/feedback.py) and marked sent under a row lock, so it never goes out twice. A
row holds no personal data: the address is read from the Proposer when the mail is sent, and
the failure noted is the kind of error, never its text (an SMTP error repeats the address).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class FeedbackMailQuerySet(models.QuerySet):
    def pending(self):
        return self.filter(state=FeedbackMail.State.PENDING)

    def failing(self):
        """Pending after at least one failed attempt: what staff should know about."""
        return self.pending().filter(attempts__gt=0)


class FeedbackMail(models.Model):
    class Kind(models.TextChoices):
        RECEIPT = "receipt", _("Receipt of an online proposal")
        STATUS = "status", _("New status")

    class State(models.TextChoices):
        PENDING = "pending", _("Waiting to be sent")
        SENT = "sent", _("Sent")
        NO_ADDRESS = "no_address", _("Not sent: no e-mail address any more")

    proposal = models.ForeignKey(
        "proposals_pages.ProposalPage",
        verbose_name=_("proposal"),
        on_delete=models.CASCADE,
        related_name="feedback_mails",
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    # A status change is reported once: the one-to-one key refuses a second row for it.
    status_change = models.OneToOneField(
        "proposals_pages.ProposalStatusChange",
        verbose_name=_("status change"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="feedback_mail",
    )
    state = models.CharField(
        _("state"), max_length=20, choices=State.choices, default=State.PENDING
    )
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    last_error = models.CharField(_("last error"), max_length=100, blank=True)
    created_at = models.DateTimeField(_("queued at"), auto_now_add=True)
    last_attempt_at = models.DateTimeField(_("last attempt"), null=True, blank=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)

    objects = FeedbackMailQuerySet.as_manager()

    class Meta:
        verbose_name = _("feedback e-mail")
        verbose_name_plural = _("feedback e-mails")
        ordering = ["-created_at", "-pk"]
        constraints = [
            # One receipt per proposal.
            models.UniqueConstraint(
                fields=["proposal"],
                condition=models.Q(kind="receipt"),
                name="one_receipt_per_proposal",
            ),
        ]
        indexes = [models.Index(fields=["state", "created_at"], name="feedback_mail_state")]

    def __str__(self):
        return f"{self.proposal.reference} {self.get_kind_display()}"
