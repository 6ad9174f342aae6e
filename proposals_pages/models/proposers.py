"""Who proposed what: personal data, kept apart from every published page."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel


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
