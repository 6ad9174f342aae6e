"""Who proposed what: personal data, kept apart from every published page."""

import calendar
import datetime

from django.conf import settings
from django.db import models
from django.db.models import Max
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel


class ProposerQuerySet(models.QuerySet):
    def past_retention(self, months, today):
        """Those whose proposal reached its final status more than `months` months before
        `today` (the final status's date is the newest entry in the proposal's history)."""
        from ..statuses import FINAL

        return self.annotate(final_on=Max("proposal__history__changed_on")).filter(
            proposal__status__in=FINAL, final_on__lt=months_before(today, months)
        )

    def with_email(self, email):
        return self.filter(email__iexact=email.strip())


def months_before(day, months):
    """The same day `months` months earlier (the month's last day where it is shorter)."""
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    last_day = calendar.monthrange(year, month + 1)[1]
    return datetime.date(year, month + 1, min(day.day, last_day))


class Proposer(models.Model):
    """The person behind a proposal (GDPR personal data).

    A plain model, not a page field: it never enters revisions, translations, the search
    index, feeds or exports, and only users with its own permissions see it in the admin.
    """

    proposal = models.OneToOneField(
        "proposals_pages.ProposalPage",
        verbose_name=_("proposal"),
        on_delete=models.CASCADE,
        related_name="proposer",
    )
    name = models.CharField(_("name"), max_length=200, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    preferred_language = models.CharField(
        _("preferred language"), max_length=10, choices=settings.LANGUAGES, default="sv"
    )
    created_at = models.DateTimeField(_("registered"), auto_now_add=True)

    objects = ProposerQuerySet.as_manager()

    panels = [
        FieldPanel("proposal"),
        FieldPanel("name"),
        FieldPanel("email"),
        FieldPanel("phone"),
        FieldPanel("preferred_language"),
    ]

    class Meta:
        verbose_name = _("proposer")
        verbose_name_plural = _("proposers")

    def __str__(self):
        return _("Proposer of %(reference)s") % {"reference": self.proposal.reference}
