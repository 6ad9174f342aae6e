"""The Dialogue Commission: its members, its meetings and decisions, its yearly budget."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, PageManager, PageQuerySet
from wagtail.search import index

from ..localization import in_active_language
from .base import BasePage


class CommissionPage(BasePage):
    """What the commission is and may decide, its members and meetings (/kommissionen/)."""

    body = RichTextField(_("about the commission"), blank=True)

    template = "pages/commission_page.html"
    parent_page_types = ["home.HomePage"]
    subpage_types = ["proposals_pages.CommissionMeetingPage"]
    max_count_per_parent = 1

    content_panels = BasePage.content_panels + [
        FieldPanel("body"),
        InlinePanel("members", label=_("Members"), heading=_("Members")),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("body")]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        meetings = CommissionMeetingPage.objects.child_of(self.source_page).live()
        context["upcoming_meetings"] = in_active_language(meetings.upcoming())
        context["past_meetings"] = in_active_language(meetings.past())
        context["budgets"] = BudgetYear.all_years()
        return context

    class Meta:
        verbose_name = _("commission")


class CommissionMember(Orderable):
    """One of the commission's 13 members, from every party in the council."""

    class Role(models.TextChoices):
        CHAIR = "chair", _("Chair")
        VICE_CHAIR = "vice_chair", _("Vice chair")
        MEMBER = "member", _("Member")

    commission = ParentalKey(CommissionPage, on_delete=models.CASCADE, related_name="members")
    name = models.CharField(_("name"), max_length=200)
    party = models.CharField(_("party"), max_length=100)
    role = models.CharField(_("role"), max_length=20, choices=Role.choices, default=Role.MEMBER)

    panels = [FieldPanel("name"), FieldPanel("party"), FieldPanel("role")]

    class Meta(Orderable.Meta):
        verbose_name = _("commission member")
        verbose_name_plural = _("commission members")

    def __str__(self):
        return f"{self.name} ({self.party})"


class CommissionMeetingQuerySet(PageQuerySet):
    def upcoming(self):
        return self.filter(date__gte=timezone.localdate()).order_by("date")

    def past(self):
        return self.filter(date__lt=timezone.localdate()).order_by("-date")


class CommissionMeetingPage(BasePage):
    """A commission meeting: its agenda, then the decisions taken and the minutes."""

    date = models.DateField(_("date"))
    agenda = RichTextField(_("agenda"), blank=True)
    minutes = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("minutes"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = PageManager.from_queryset(CommissionMeetingQuerySet)()

    template = "pages/commission_meeting_page.html"
    parent_page_types = ["proposals_pages.CommissionPage"]
    subpage_types = []

    content_panels = BasePage.content_panels + [
        FieldPanel("date"),
        FieldPanel("agenda"),
        FieldPanel("minutes"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("agenda"),
        index.FilterField("date"),
    ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        decisions = self.source_page.decisions.live().in_default_locale().for_listing()
        decisions = in_active_language(decisions.order_by("title"))
        context["decisions"] = decisions
        context["granted_sek"] = sum(
            proposal.cost_estimate_sek or 0 for proposal in decisions if proposal.is_granted
        )
        return context

    class Meta:
        verbose_name = _("commission meeting")
        verbose_name_plural = _("commission meetings")
        ordering = ["-date"]


class CommissionBudget(models.Model):
    """The commission's budget for one year; what is granted and left is computed."""

    year = models.PositiveIntegerField(_("year"), unique=True)
    amount_sek = models.PositiveIntegerField(
        _("budget (SEK)"), default=settings.PORTAL_DEFAULT_YEARLY_BUDGET_SEK
    )

    panels = [FieldPanel("year"), FieldPanel("amount_sek")]

    class Meta:
        verbose_name = _("yearly budget")
        verbose_name_plural = _("yearly budgets")
        ordering = ["-year"]

    def __str__(self):
        return str(self.year)

    @property
    def figures(self):
        return BudgetYear(self.year, self.amount_sek)


class BudgetYear:
    """A year's budget with what has been granted from it and what is left (may be negative)."""

    def __init__(self, year, amount_sek):
        from .proposals import ProposalPage

        self.year = year
        self.amount_sek = amount_sek
        self.granted_sek = ProposalPage.objects.live().granted_sek(year)

    @property
    def left_sek(self):
        return self.amount_sek - self.granted_sek

    @property
    def over_committed(self):
        return self.granted_sek > self.amount_sek

    @property
    def share_granted(self):
        """Share of the budget granted, 0-100 (capped for drawing a bar)."""
        if not self.amount_sek:
            return 0
        return min(100, round(100 * self.granted_sek / self.amount_sek))

    @classmethod
    def all_years(cls):
        """Every year with a budget row, and this year whether it has one or not; newest first."""
        amounts = dict(CommissionBudget.objects.values_list("year", "amount_sek"))
        amounts.setdefault(timezone.localdate().year, settings.PORTAL_DEFAULT_YEARLY_BUDGET_SEK)
        return [cls(year, amounts[year]) for year in sorted(amounts, reverse=True)]

    @classmethod
    def for_year(cls, year):
        budget = CommissionBudget.objects.filter(year=year).first()
        amount = budget.amount_sek if budget else settings.PORTAL_DEFAULT_YEARLY_BUDGET_SEK
        return cls(year, amount)
