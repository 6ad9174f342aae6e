"""The Dialogue Commission: its members, its meetings and decisions, its yearly budget."""

from collections import Counter

from django.conf import settings
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Orderable, PageManager, PageQuerySet
from wagtail.search import index

from .. import decisions
from ..api import DocumentField, RichTextHTMLField
from ..caching import cached_counts
from ..listing import CountedPaginator
from ..localization import in_active_language
from ..statuses import DECISIONS, Status
from .base import BasePage

DECISIONS_PER_PAGE = 50
PAST_MEETINGS_PER_PAGE = 20
# The latest completed proposals whose actual cost the commission page compares with the estimate.
COSTED_SHOWN = 10


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
    api_fields = BasePage.api_fields + [
        APIField("body", serializer=RichTextHTMLField()),
        APIField("members"),
    ]

    def get_context(self, request, *args, **kwargs):
        from .proposals import ProposalPage

        context = super().get_context(request, *args, **kwargs)
        meetings = (
            CommissionMeetingPage.objects.child_of(self.source_page).live().with_agenda_counts()
        )
        context["upcoming_meetings"] = in_active_language(
            meetings.upcoming(), keep=["agenda_count"]
        )
        # Paged, newest first: five meetings a year make a list that only grows.
        past = Paginator(meetings.past(), PAST_MEETINGS_PER_PAGE).get_page(request.GET.get("page"))
        context["past_meetings"] = in_active_language(
            with_decision_counts(past.object_list), keep=["decided_count", "granted_sek"]
        )
        context["page_obj"] = past
        context["budgets"] = budgets = BudgetYear.all_years()
        this_year = timezone.localdate().year
        context["this_year_budget"] = next(b for b in budgets if b.year == this_year)
        context["seats"] = seats_per_party(self.members.all())
        context["costed_proposals"] = in_active_language(
            ProposalPage.objects.live().completed_with_actual_cost()[:COSTED_SHOWN]
        )
        return context

    class Meta:
        verbose_name = _("commission")


def seats_per_party(members):
    """[(party, seats)], most seats first (members are few; previews hold them in memory)."""
    seats = Counter(member.party for member in members)
    return sorted(seats.items(), key=lambda item: (-item[1], item[0]))


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
    api_fields = [APIField("name"), APIField("party"), APIField("role")]

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

    def with_agenda_counts(self):
        """Each meeting with `agenda_count`, the proposals on its agenda."""
        agenda = (
            CommissionAgendaItem.objects.filter(meeting=OuterRef("pk"))
            .order_by()
            .values("meeting")
            .annotate(count=Count("pk"))
            .values("count")
        )
        return self.annotate(agenda_count=Coalesce(Subquery(agenda), 0))


def with_decision_counts(meetings):
    """The meetings, each with `decided_count` and `granted_sek` (the cost estimates of what
    it approved), from one cached count of the decisions of all meetings."""
    from .proposals import ProposalPage

    counts = ProposalPage.objects.decisions_per_meeting()
    meetings = list(meetings)
    for meeting in meetings:
        found = counts.get(meeting.pk, {})
        meeting.decided_count = found.get("decided", 0)
        meeting.granted_sek = found.get("granted_sek") or 0
    return meetings


class CommissionMeetingAdminForm(WagtailAdminPageForm):
    """Refuses, on the agenda item's field, an outcome the proposal's rules would refuse, so
    a meeting is never published with its decisions half applied (see decisions.py).

    Drafts are saved unchecked (Wagtail defers validation for them): the outcome is checked
    when the meeting is published or sent for moderation.
    """

    def clean(self):
        cleaned_data = super().clean()
        date = cleaned_data.get("date")
        if date is None:
            return cleaned_data
        self.check_date_kept(date)
        if not self.is_deferred_validation:
            self.check_outcomes(date)
        return cleaned_data

    def check_date_kept(self, date):
        # Published decisions carry the meeting's date: it cannot move under them.
        if not self.instance.pk:
            return
        live_date = (
            CommissionMeetingPage.objects.filter(pk=self.instance.pk)
            .values_list("date", flat=True)
            .first()
        )
        if live_date and live_date != date and self.instance.decisions.decided().exists():
            self.add_error(
                "date",
                _("Decisions taken at this meeting are published, so its date cannot change."),
            )

    def check_outcomes(self, date):
        formset = self.formsets.get("agenda_items")
        if formset is None or not formset.is_valid():
            return
        seen = set()
        deleted = set(formset.deleted_forms) if formset.can_delete else set()
        for form in formset.forms:
            if form in deleted:
                continue
            proposal = form.cleaned_data.get("proposal")
            if proposal is None:
                continue
            if proposal.pk in seen:
                form.add_error("proposal", _("The proposal is on the agenda already."))
                continue
            seen.add(proposal.pk)
            outcome = form.cleaned_data.get("outcome")
            if not outcome:
                continue
            if self.for_user and not proposal.permissions_for_user(self.for_user).can_publish():
                form.add_error(
                    "proposal", _("You may not publish this proposal, so not decide it either.")
                )
                continue
            problems = decisions.outcome_problems(
                proposal,
                outcome,
                (form.cleaned_data.get("reason") or "").strip(),
                meeting_pk=self.instance.pk,
                meeting_date=date,
            )
            for field, message in problems.items():
                form.add_error(field, message)


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

    base_form_class = CommissionMeetingAdminForm

    content_panels = BasePage.content_panels + [
        FieldPanel("date"),
        FieldPanel("agenda"),
        InlinePanel(
            "agenda_items",
            label=_("Proposal up for decision"),
            heading=_("Proposals up for decision"),
            help_text=_(
                "Set each outcome after the meeting and publish: the proposals' statuses and "
                "histories follow, dated by the meeting."
            ),
        ),
        FieldPanel("minutes"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("agenda"),
        index.FilterField("date"),
    ]
    api_fields = BasePage.api_fields + [
        APIField("date"),
        APIField("agenda", serializer=RichTextHTMLField()),
        APIField("minutes", serializer=DocumentField(read_only=True)),
    ]

    def agenda_proposals(self):
        """The agenda's published proposals, in the agenda's order, with what the page shows."""
        # Through the relation, so a preview shows the items being edited.
        return (
            self.source_page.agenda_items.filter(proposal__live=True)
            .select_related("proposal__administration")
            .prefetch_related("proposal__area")  # joined, a busy agenda took 4 ms to plan
            .order_by("sort_order")
        )

    def published_decisions(self):
        """What was decided at the meeting, read from the proposals (imported ones too), in
        reference order as minutes list them: read from an index a page at a time (sorted by
        title, PostgreSQL joined every page of the site to sort a busy meeting's decisions)."""
        return (
            self.source_page.decisions.live()
            .in_default_locale()
            .decided()
            .for_listing()
            .order_by("reference", "pk")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        decided = self.published_decisions()
        # From the one cached count of every meeting's decisions.
        (counted,) = with_decision_counts([self.source_page])
        count, granted_sek = counted.decided_count, counted.granted_sek
        # Paged: a meeting decides tens of proposals, but nothing stops an import from more.
        paginator = CountedPaginator(decided, DECISIONS_PER_PAGE, count=count)
        page_obj = paginator.get_page(request.GET.get("page"))
        context["agenda_items"] = list(self.agenda_proposals())
        context["decisions"] = in_active_language(page_obj.object_list)
        context["page_obj"] = page_obj
        context["decision_count"] = count
        context["granted_sek"] = granted_sek
        return context

    class Meta:
        verbose_name = _("commission meeting")
        verbose_name_plural = _("commission meetings")
        ordering = ["-date"]


def outcome_choices():
    """Not decided yet, or one of the commission's three decisions (in the statuses' order)."""
    return [("", _("Not decided yet"))] + [
        (status.value, status.label) for status in Status if status in DECISIONS
    ]


class CommissionAgendaItem(Orderable):
    """A proposal up for decision at a meeting, and, once taken, the meeting's decision.

    The outcome is applied to the proposal when the meeting is published (decisions.py);
    the public pages read the decision from the proposal.
    """

    meeting = ParentalKey(
        CommissionMeetingPage, on_delete=models.CASCADE, related_name="agenda_items"
    )
    proposal = models.ForeignKey(
        "proposals_pages.ProposalPage",
        verbose_name=_("proposal"),
        on_delete=models.CASCADE,
        related_name="agenda_items",
        limit_choices_to={"locale__language_code": settings.LANGUAGE_CODE},
    )
    outcome = models.CharField(_("outcome"), max_length=30, choices=outcome_choices(), blank=True)
    reason = models.TextField(
        _("reason for the decision"),
        blank=True,
        help_text=_("Public. Required when rejected."),
    )

    panels = [FieldPanel("proposal"), FieldPanel("outcome"), FieldPanel("reason")]

    class Meta(Orderable.Meta):
        verbose_name = _("proposal up for decision")
        verbose_name_plural = _("proposals up for decision")

    def __str__(self):
        return str(self.proposal)


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


def budget_figures(year=None):
    """ProposalQuerySet.budget_by_year of the published proposals, kept in the cache until a
    proposal changes."""
    from .proposals import ProposalPage

    return cached_counts(
        ("budget-by-year", year), lambda: ProposalPage.objects.live().budget_by_year(year)
    )


class BudgetYear:
    """A year's budget with what has been granted from it and what is left (may be negative),
    and for the completed proposals whose actual cost is known, that cost against their
    estimate. `figures` is the year's row of ProposalQuerySet.budget_by_year (looked up when
    not given)."""

    def __init__(self, year, amount_sek, figures=None):
        if figures is None:
            figures = budget_figures(year).get(year, {})
        self.year = year
        self.amount_sek = amount_sek
        self.granted_sek = figures.get("granted_sek") or 0
        self.costed = figures.get("costed") or 0
        self.costed_estimate_sek = figures.get("costed_estimate_sek") or 0
        self.actual_sek = figures.get("actual_sek") or 0

    @property
    def actual_minus_estimate_sek(self):
        """How much more (or, negative, less) the costed proposals cost than estimated."""
        return self.actual_sek - self.costed_estimate_sek

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
        """Every year with a budget row or a grant, and this year; newest first. Two queries."""
        figures = budget_figures()
        amounts = dict(CommissionBudget.objects.values_list("year", "amount_sek"))
        default = settings.PORTAL_DEFAULT_YEARLY_BUDGET_SEK
        years = set(amounts) | set(figures) | {timezone.localdate().year}
        return [
            cls(year, amounts.get(year, default), figures.get(year, {}))
            for year in sorted(years, reverse=True)
        ]

    @classmethod
    def for_year(cls, year):
        budget = CommissionBudget.objects.filter(year=year).first()
        amount = budget.amount_sek if budget else settings.PORTAL_DEFAULT_YEARLY_BUDGET_SEK
        return cls(year, amount)
