"""Proposals (medborgarförslag): a resident's idea and everything that happens to it."""

import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, Prefetch, Q, Sum
from django.db.models.functions import ExtractYear
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Orderable, PageManager, PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from portal.text import search_text

from ..api import AdministrationField, StatusHistoryField, StatusLabelField
from ..caching import cached_counts
from ..listing import proposal_listing
from ..localization import in_active_language, page_url
from ..statuses import (
    DECIDED,
    DECISIONS,
    GRANTED,
    NEEDS_COST_ESTIMATE,
    NEEDS_DECISION_DATE,
    Status,
    can_move,
)
from .base import BasePage, default_locale_id, in_default_locale

# A page's fields that its address and its translations need.
PAGE_LINK_FIELDS = ("url_path", "translation_key")
# What the open data shows of a proposal; the pages it links to by id.
OPEN_DATA_FIELDS = (
    *PAGE_LINK_FIELDS,
    "title",
    "reference",
    "status",
    "submitted_on",
    "cost_estimate_sek",
    "decided_on",
    "completed_on",
    "area",
    "theme",
    "decided_at_meeting",
)


class ProposalQuerySet(PageQuerySet):
    """The proposal selections that pages, statistics and exports share."""

    def in_area(self, area):
        # Any language version of the area finds its items: they may point at any of them.
        return self.filter(area__in=area.get_translations(inclusive=True).values("pk"))

    def on_theme(self, theme):
        return self.filter(theme__in=theme.get_translations(inclusive=True).values("pk"))

    def in_default_locale(self):
        # Each proposal counts once, however many translations it has.
        return in_default_locale(self)

    def granted(self):
        return self.filter(status__in=GRANTED)

    def decided(self):
        return self.filter(status__in=DECIDED)

    def granted_sek(self, year):
        """Sum of the cost estimates the commission approved in a year (decided that year)."""
        return self.budget_by_year(year).get(year, {}).get("granted_sek") or 0

    def budget_by_year(self, year=None):
        """{year decided: figures} in one grouped query: `granted_sek` (the cost estimates of
        what was approved), and for the completed proposals whose actual cost is known
        `costed` (how many), `costed_estimate_sek` and `actual_sek` (estimate against cost)."""
        granted = self.in_default_locale().granted().filter(decided_on__isnull=False)
        if year is not None:
            granted = granted.filter(decided_on__year=year)
        costed = Q(status=Status.COMPLETED, actual_cost_sek__isnull=False)
        rows = (
            granted.order_by()
            .annotate(year=ExtractYear("decided_on"))
            .values("year")
            .annotate(
                granted_sek=Sum("cost_estimate_sek"),
                costed=Count("pk", filter=costed),
                costed_estimate_sek=Sum("cost_estimate_sek", filter=costed),
                actual_sek=Sum("actual_cost_sek", filter=costed),
            )
        )
        return {row.pop("year"): row for row in rows}

    def decisions_per_meeting(self):
        """{meeting id: {"decided": n, "granted_sek": sum}} of the published decisions, in one
        grouped query, kept in the cache until a proposal changes."""
        rows = (
            self.live()
            .in_default_locale()
            .decided()
            .filter(decided_at_meeting__isnull=False)
            .order_by()
            .values("decided_at_meeting")
            .annotate(
                decided=Count("pk"),
                granted_sek=Sum("cost_estimate_sek", filter=Q(status__in=GRANTED)),
            )
        )
        return cached_counts(
            ("decisions-per-meeting", str(rows.query)),
            lambda: {row.pop("decided_at_meeting"): row for row in rows},
        )

    def completed_with_actual_cost(self):
        """Completed proposals whose actual cost is known, latest first."""
        return (
            self.in_default_locale()
            # Said outright so the index is read from the first dated row: in descending
            # order the proposals without a completion date (most of them) come first.
            .filter(status=Status.COMPLETED, actual_cost_sek__isnull=False)
            .filter(completed_on__isnull=False)
            .for_listing()
            .order_by("-completed_on", "-pk")
        )

    def for_listing(self):
        # The areas and themes in two short queries of their own: joined to the proposals,
        # their page rows made PostgreSQL spend 9-16 ms planning each listing query.
        return self.prefetch_related("area", "theme")

    def for_api(self):
        """With the public history the API shows (proposals_pages/api.py), in one query."""
        return self.prefetch_related(
            Prefetch("history", queryset=ProposalStatusChange.objects.order_by("changed_on", "pk"))
        )

    def for_open_data(self):
        """Only what the open data shows, none of the long texts (descriptions, assessments),
        which would fill memory on a long export. The area, theme and meeting are looked up
        once for many proposals (open_data.linked_pages), not joined to every row: building a
        page object per row and link took most of the CSV's time."""
        return self.select_related(None).prefetch_related(None).only(*OPEN_DATA_FIELDS)

    def awaiting_moderation(self):
        """Online proposals in the Swedish tree never published yet: drafts for moderators."""
        return self.in_default_locale().filter(
            live=False, first_published_at__isnull=True, channel=ProposalPage.Channel.DIGITAL
        )

    def with_reference(self, reference):
        """The proposal a receipt's reference names; case and spaces are forgiven."""
        return self.filter(reference__iexact=normalise_reference(reference))


def normalise_reference(value):
    return re.sub(r"\s+", "", value or "").upper()


class ProposalIndexPage(RoutablePageMixin, BasePage):
    """All proposals, filterable (/forslag/), "find my proposal" (/forslag/hitta/), and the
    form to leave one online (/forslag/lamna/, its receipt at /forslag/lamna/kvitto/)."""

    template = "pages/proposal_index_page.html"
    parent_page_types = ["home.HomePage"]
    subpage_types = ["proposals_pages.ProposalPage"]
    max_count_per_parent = 1

    def get_context(self, request, *args, **kwargs):
        from .. import feeds

        context = super().get_context(request, *args, **kwargs)
        context.update(proposal_listing(request, ProposalPage.objects.live().in_default_locale()))
        context["atom_feed"] = feeds.PortalFeed.link_for(self, request)
        return context

    @path("flode/", name="feed")
    def feed(self, request):
        """Atom feed of every proposal's status changes (proposals_pages/feeds.py)."""
        from .. import feeds

        return feeds.PortalFeed()(request, page=self)

    def get_cached_paths(self):
        # What a CDN keeps of the page besides itself (proposals_pages/purging.py).
        return ["/", "/flode/"]

    @path("hitta/", name="find")
    def find_proposal(self, request):
        """The receipt's reference leads straight to the proposal; otherwise say so."""
        reference = search_text(request.GET.get("reference", ""), 64)
        proposal = (
            ProposalPage.objects.live().in_default_locale().with_reference(reference).first()
            if reference.strip()
            else None
        )
        if proposal:
            # The proposal in the visitor's language: its translation, or the Swedish page
            # at its address in that language.
            return redirect(page_url(proposal, request))
        # An online proposal a moderator has not published yet: received, nothing more.
        pending = bool(reference.strip()) and (
            ProposalPage.objects.awaiting_moderation().with_reference(reference).exists()
        )
        response = self.render(
            request,
            context_overrides={
                "find_reference": reference,
                "find_failed": bool(reference) and not pending,
                "find_pending": pending,
            },
            template="pages/find_proposal_page.html",
        )
        if reference and not pending:
            response.status_code = 404  # a helpful page, but no such proposal
        return response

    @path("lamna/", name="submit")
    def submit_proposal(self, request):
        """Leave a proposal online (proposals_pages/submission.py)."""
        from .. import submission

        return submission.submission_page(self, request)

    @path("lamna/kvitto/", name="receipt")
    def submission_receipt(self, request):
        """The receipt after leaving a proposal online: its reference and what happens next."""
        from .. import submission

        return submission.receipt_page(self, request)

    class Meta:
        verbose_name = _("proposal index")


class ProposalAdminForm(WagtailAdminPageForm):
    """Refuses status steps an editor may not take by hand (imports may jump ahead)."""

    def clean(self):
        cleaned_data = super().clean()
        new_status = cleaned_data.get("status")
        if self.instance.pk and new_status:
            current = (
                ProposalPage.objects.filter(pk=self.instance.pk)
                .values_list("status", flat=True)
                .first()
            )
            if current and not can_move(current, new_status):
                self.add_error(
                    "status",
                    _("A proposal cannot go from “%(from)s” to “%(to)s”.")
                    % {"from": Status(current).label, "to": Status(new_status).label},
                )
        return cleaned_data


# The columns the listing filters on most, kept in its sort indexes.
FILTERED = ["status", "area", "theme"]


class ProposalPage(RoutablePageMixin, BasePage):
    """A resident's proposal, its price tag and assessment, the decision and the completion.

    Routable for its Atom feed (flode/): a resident can follow what happens to one idea.
    """

    class Channel(models.TextChoices):
        DIALOGUE = "dialogue", _("At a dialogue session")
        DIGITAL = "digital", pgettext_lazy("channel", "Online")
        OTHER = "other", pgettext_lazy("channel", "Other")

    reference = models.CharField(
        _("reference"),
        max_length=32,
        blank=True,
        db_index=True,
        help_text=_(
            "The number on the resident's receipt, e.g. BD-2024-0137. "
            "Created automatically when left empty."
        ),
    )
    description = models.TextField(_("proposal"), help_text=_("The resident's own words."))
    text_language = models.CharField(
        _("written in"),
        max_length=10,
        choices=settings.LANGUAGES,
        default="sv",
        help_text=_("The language the resident wrote the proposal in."),
    )
    area = models.ForeignKey(
        "proposals_pages.AreaPage",
        verbose_name=_("area"),
        on_delete=models.PROTECT,
        related_name="proposals",
    )
    theme = models.ForeignKey(
        "proposals_pages.ThemePage",
        verbose_name=_("theme"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="proposals",
    )
    channel = models.CharField(
        _("channel"), max_length=20, choices=Channel.choices, default=Channel.DIALOGUE
    )
    dialogue_event = models.ForeignKey(
        "proposals_pages.DialogueEventPage",
        verbose_name=_("dialogue session"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="proposals",
        help_text=_("The session where the proposal was left, if any."),
    )
    submitted_on = models.DateField(_("submitted on"), default=timezone.localdate)
    status = models.CharField(
        _("status"), max_length=30, choices=Status.choices, default=Status.RECEIVED, db_index=True
    )
    status_note = models.TextField(
        _("note on the latest status change"),
        blank=True,
        help_text=_("Public. Saved in the proposal's history when the status changes."),
    )
    administration = models.ForeignKey(
        "proposals_pages.Administration",
        verbose_name=_("responsible administration"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="proposals",
    )
    cost_estimate_sek = models.PositiveIntegerField(_("cost estimate (SEK)"), null=True, blank=True)
    assessment = models.TextField(
        _("assessment"),
        blank=True,
        help_text=_("The administration's view: possibilities, obstacles."),
    )
    decided_at_meeting = models.ForeignKey(
        "proposals_pages.CommissionMeetingPage",
        verbose_name=_("decided at meeting"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="decisions",
    )
    decided_on = models.DateField(
        _("decided on"), null=True, blank=True, help_text=_("Taken from the meeting when empty.")
    )
    decision_note = models.TextField(
        _("reason for the decision"), blank=True, help_text=_("Required when rejected.")
    )
    completed_on = models.DateField(_("completed on"), null=True, blank=True)
    actual_cost_sek = models.PositiveIntegerField(_("actual cost (SEK)"), null=True, blank=True)

    objects = PageManager.from_queryset(ProposalQuerySet)()

    template = "pages/proposal_page.html"
    base_form_class = ProposalAdminForm
    exclude_fields_in_copy = ["reference"]
    parent_page_types = ["proposals_pages.ProposalIndexPage"]
    subpage_types = []

    content_panels = BasePage.content_panels + [
        FieldPanel("reference", read_only=False),
        FieldPanel("description"),
        FieldPanel("text_language"),
        FieldRowPanel([FieldPanel("area"), FieldPanel("theme")]),
        FieldRowPanel(
            [FieldPanel("channel"), FieldPanel("dialogue_event"), FieldPanel("submitted_on")],
            heading=_("Where it came from"),
        ),
        MultiFieldPanel(
            [FieldPanel("status"), FieldPanel("status_note")],
            heading=_("Status"),
            help_text=_("Each status change is kept as a dated, public history entry."),
        ),
        MultiFieldPanel(
            [
                FieldPanel("administration"),
                FieldPanel("cost_estimate_sek"),
                FieldPanel("assessment"),
            ],
            heading=_("Price tag and assessment"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("decided_at_meeting"),
                FieldPanel("decided_on"),
                FieldPanel("decision_note"),
            ],
            heading=_("Decision"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("completed_on"),
                FieldPanel("actual_cost_sek"),
                InlinePanel("photos", label=_("Photos")),
            ],
            heading=_("Completion"),
        ),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("description"),
        index.SearchField("reference"),
        index.AutocompleteField("reference"),
        index.FilterField("status"),
        index.FilterField("area"),
        index.FilterField("theme"),
        index.FilterField("submitted_on"),
    ]
    # The read-only API. Who proposed it (Proposer) is personal data and never listed here.
    api_fields = BasePage.api_fields + [
        APIField("reference"),
        APIField("description"),
        APIField("text_language"),
        APIField("area"),
        APIField("theme"),
        APIField("channel"),
        APIField("dialogue_event"),
        APIField("status"),
        APIField("status_label", serializer=StatusLabelField(read_only=True)),
        APIField("submitted_on"),
        APIField("administration", serializer=AdministrationField(read_only=True)),
        APIField("cost_estimate_sek"),
        APIField("assessment"),
        APIField("decided_at_meeting"),
        APIField("decided_on"),
        APIField("decision_note"),
        APIField("completed_on"),
        APIField("actual_cost_sek"),
        APIField("status_history", serializer=StatusHistoryField(read_only=True)),
    ]
    # The receipt's reference is the same in every language.
    override_translatable_fields = BasePage.override_translatable_fields + [
        SynchronizedField("reference", overridable=False)
    ]

    class Meta:
        verbose_name = _("proposal")
        verbose_name_plural = _("proposals")
        indexes = [
            # The listing's sorts read their first page from these instead of sorting all rows,
            # and on PostgreSQL filter it by status, area and theme from the index alone
            # (listing.rows_of). On PostgreSQL, migration 0010 builds proposal_decided and
            # proposal_cost again with empty values last, as the sorts order them.
            models.Index(
                fields=["-submitted_on", "-page_ptr"], include=FILTERED, name="proposal_newest"
            ),
            models.Index(
                fields=["-decided_on", "-submitted_on"], include=FILTERED, name="proposal_decided"
            ),
            models.Index(
                fields=["-cost_estimate_sek", "-page_ptr"], include=FILTERED, name="proposal_cost"
            ),
            # The commission page's latest completed proposals (actual cost against estimate).
            models.Index(fields=["-completed_on", "-page_ptr"], name="proposal_completed"),
            # A meeting page's decisions, in reference order, a page at a time.
            models.Index(
                fields=["decided_at_meeting", "reference"], name="proposal_meeting_reference"
            ),
        ]
        # A reference is unique per language tree; translations share their source's
        # reference, and the locale lives on Page, so clean() enforces it, not a constraint.

    def __str__(self):
        return f"{self.reference} {self.title}".strip()

    # --- rules ---------------------------------------------------------------

    def clean(self):
        super().clean()
        errors = self.rule_errors()
        if self.reference:
            self.reference = normalise_reference(self.reference)
            clash = ProposalPage.objects.filter(reference=self.reference, locale_id=self.locale_id)
            if self.pk:
                clash = clash.exclude(pk=self.pk)
            if self.locale_id and clash.exists():
                errors["reference"] = _("Another proposal already has this reference.")
        if errors:
            raise ValidationError(errors)

    def rule_errors(self):
        """What does not add up in the proposal's fields, as {field name: message}.

        clean() raises these for the admin's form; the import reports them per line of its file
        (its meeting may be one the import is about to create, not saved yet, hence no _id).
        """
        meeting = self.decided_at_meeting
        if meeting and not self.decided_on:
            self.decided_on = meeting.date
        errors = {}
        if self.status in NEEDS_DECISION_DATE:
            if meeting is None:
                errors["decided_at_meeting"] = _(
                    "A decided proposal must name the commission meeting that decided it."
                )
            if not self.decided_on:
                errors["decided_on"] = _("A decided proposal needs its decision date.")
        if self.status in NEEDS_COST_ESTIMATE and self.cost_estimate_sek is None:
            errors["cost_estimate_sek"] = _("An approved proposal needs its cost estimate.")
        if self.status == Status.REJECTED and not self.decision_note.strip():
            errors["decision_note"] = _("A rejected proposal needs the reason for the decision.")
        if self.status == Status.COMPLETED and not self.completed_on:
            errors["completed_on"] = _("A completed proposal needs its completion date.")
        if meeting and self.decided_on and self.decided_on != meeting.date:
            errors.setdefault(
                "decided_on",
                _("The decision date must be the date of the meeting that decided it."),
            )
        if self.decided_on and self.submitted_on and self.decided_on < self.submitted_on:
            errors.setdefault(
                "decided_on", _("The decision cannot be earlier than the proposal was submitted.")
            )
        if self.completed_on and self.decided_on and self.completed_on < self.decided_on:
            errors["completed_on"] = _("Completion cannot be earlier than the decision.")
        return errors

    # --- history -------------------------------------------------------------

    def save(self, *args, **kwargs):
        update_fields = kwargs.get("update_fields")
        writes_status = update_fields is None or "status" in update_fields
        previous_status = None
        if self.pk and writes_status:
            previous_status = (
                ProposalPage.objects.filter(pk=self.pk).values_list("status", flat=True).first()
            )
        if not self.reference:
            self.reference = self.reference_of_source() or self.next_reference(
                self.submitted_on.year
            )
        result = super().save(*args, **kwargs)
        if writes_status and previous_status != self.status and self.keeps_history:
            change = self.record_status_change()
            if previous_status is not None:  # a new proposal's first entry is no news
                from ..feedback import queue_status_feedback

                queue_status_feedback(change)
        return result

    def record_status_change(self):
        change = self.new_status_change(last=self.history.order_by("-pk").first())
        change.save()
        return change

    def new_status_change(self, last=None):
        """The (unsaved) history entry for the current status, after the entry `last`."""
        # The note field keeps its text between edits; a note already in the history is
        # not repeated for the next change.
        note = self.status_note if not last or last.note != self.status_note else ""
        return ProposalStatusChange(
            proposal=self, status=self.status, changed_on=self.status_date(), note=note
        )

    @property
    def keeps_history(self):
        # The history lives on the proposal in the site's default language; translations
        # show it from there (see status_history).
        return self.locale.language_code == settings.LANGUAGE_CODE

    def status_date(self):
        """The date a status change happened: the decision or completion date where known."""
        if self.status == Status.COMPLETED and self.completed_on:
            return self.completed_on
        if self.status in DECISIONS and self.decided_on:
            return self.decided_on
        if self.status == Status.RECEIVED:
            return self.submitted_on
        return timezone.localdate()

    @property
    def status_history(self):
        """The dated public history, oldest first, in any language version of the proposal."""
        return ProposalStatusChange.objects.of_proposal(self).order_by("changed_on", "pk")

    def reference_of_source(self):
        """A translation carries its source's reference (a copy gets a new one)."""
        return (
            ProposalPage.objects.filter(translation_key=self.translation_key)
            .exclude(pk=self.pk)
            .exclude(reference="")
            .values_list("reference", flat=True)
            .first()
        )

    @classmethod
    def next_reference(cls, year):
        return cls.next_references(year, 1)[0]

    @classmethod
    def next_references(cls, year, count, taken=()):
        """`count` new references for proposals submitted in `year`, after every one in use
        and every one in `taken` (references an import is about to give out)."""
        prefix = f"{getattr(settings, 'PORTAL_REFERENCE_PREFIX', 'BD')}-{year}-"
        references = cls.objects.filter(reference__startswith=prefix).values_list(
            "reference", flat=True
        )
        numbers = [
            int(ref[len(prefix) :])
            for ref in [*references, *taken]
            if ref.startswith(prefix) and ref[len(prefix) :].isdigit()
        ]
        first = max(numbers, default=0) + 1
        return [f"{prefix}{number:04d}" for number in range(first, first + count)]

    @property
    def status_label(self):
        return Status(self.status).label

    @property
    def is_granted(self):
        return self.status in GRANTED

    @property
    def actual_minus_estimate_sek(self):
        """How much more (negative: less) it cost than estimated; None unless both are known."""
        if self.actual_cost_sek is None or self.cost_estimate_sek is None:
            return None
        return self.actual_cost_sek - self.cost_estimate_sek

    def get_context(self, request, *args, **kwargs):
        from .. import feeds

        context = super().get_context(request, *args, **kwargs)
        context["history"] = self.status_history
        context["atom_feed"] = feeds.ProposalFeed.link_for(self, request)
        context["photos"] = list(self.photos.select_related("image"))
        context["related"] = in_active_language(self.related_proposals())
        context["structured_data"] = self.structured_data(request)
        return context

    def structured_data(self, request):
        """schema.org description of the proposal for search engines (JSON-LD)."""
        data = {
            "@context": "https://schema.org",
            "@type": "CreativeWork",
            "identifier": self.reference,
            "name": self.title,
            "text": self.description,
            "inLanguage": self.text_language,
            "dateCreated": self.submitted_on,
            "creativeWorkStatus": str(self.status_label),
            "url": self.get_full_url(request),
            "spatialCoverage": {"@type": "Place", "name": self.area.title},
        }
        if self.theme_id:
            data["about"] = self.theme.title
        if self.decided_on:
            data["dateModified"] = self.completed_on or self.decided_on
        return data

    @path("flode/", name="feed")
    def feed(self, request):
        """Atom feed of this proposal's whole public history (proposals_pages/feeds.py)."""
        from .. import feeds

        return feeds.ProposalFeed()(request, page=self)

    def get_cached_paths(self):
        # What a CDN keeps of the page besides itself (proposals_pages/purging.py).
        return ["/", "/flode/"]

    def related_proposals(self, limit=4):
        """Proposals from the same dialogue session first, then from the same area.

        Two short queries: one with an OR and a CASE ordering sorted thousands of rows.
        """
        proposals = (
            ProposalPage.objects.live()
            .in_default_locale()
            .exclude(translation_key=self.translation_key)
            .for_listing()
            .order_by("-submitted_on", "-pk")
        )
        related = []
        if self.dialogue_event_id:
            related = list(proposals.filter(dialogue_event_id=self.dialogue_event_id)[:limit])
        if len(related) < limit:
            seen = [proposal.pk for proposal in related]
            related += proposals.in_area(self.area).exclude(pk__in=seen)[: limit - len(related)]
        return related


class ProposalPhoto(Orderable):
    """A photo of a proposal: the place before, or the result after."""

    class Moment(models.TextChoices):
        BEFORE = "before", _("Before")
        AFTER = "after", _("After")

    proposal = ParentalKey(ProposalPage, on_delete=models.CASCADE, related_name="photos")
    image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("image"), on_delete=models.CASCADE, related_name="+"
    )
    moment = models.CharField(
        _("before or after"), max_length=10, choices=Moment.choices, default=Moment.AFTER
    )
    caption = models.CharField(_("caption"), max_length=250, blank=True)

    panels = [FieldPanel("image"), FieldPanel("moment"), FieldPanel("caption")]

    class Meta(Orderable.Meta):
        verbose_name = _("photo")
        verbose_name_plural = _("photos")


class ProposalStatusChangeQuerySet(models.QuerySet):
    """The history selections that the proposal page, the feeds and the API share."""

    def of_proposal(self, proposal):
        """One proposal's entries, whichever language version is asked: the history is kept
        on the version in the site's default language (see ProposalPage.keeps_history)."""
        return self.filter(
            proposal__translation_key=proposal.translation_key,
            proposal__locale_id=default_locale_id(),
        )

    def in_area(self, area):
        # Any language version of the area finds its proposals' entries.
        return self.filter(proposal__area__in=area.get_translations(inclusive=True).values("pk"))

    def published(self):
        """Entries of live proposals that anyone may see (no view restriction)."""
        return self.filter(
            proposal__in=ProposalPage.objects.live().public().in_default_locale().values("pk")
        )

    def newest_first(self):
        return self.order_by("-changed_on", "-pk")

    def for_feed(self):
        """With what an entry of a feed shows: its proposal, the proposal's area and the
        meeting that decided it (one query, however many entries)."""
        return self.select_related("proposal__area", "proposal__decided_at_meeting")


class ProposalStatusChange(models.Model):
    """One dated, public entry in a proposal's history; written whenever its status changes."""

    proposal = models.ForeignKey(ProposalPage, on_delete=models.CASCADE, related_name="history")
    status = models.CharField(_("status"), max_length=30, choices=Status.choices)
    changed_on = models.DateField(_("date"))
    note = models.TextField(_("note"), blank=True)
    recorded_at = models.DateTimeField(_("recorded at"), auto_now_add=True)

    objects = ProposalStatusChangeQuerySet.as_manager()

    class Meta:
        verbose_name = _("status change")
        verbose_name_plural = _("status changes")
        ordering = ["changed_on", "pk"]
        indexes = [
            # The feeds read the newest entries first: with 400,000 entries on PostgreSQL, the
            # portal's feed went from sorting them all (about 300 ms) to an index scan (5 ms).
            models.Index(fields=["-changed_on", "-id"], name="status_change_newest"),
        ]

    def __str__(self):
        return f"{self.changed_on} {self.get_status_display()}"
