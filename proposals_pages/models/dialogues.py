"""Dialogue sessions (Botkyrkadialogen) and dialogue forum meetings: residents meet politicians."""

from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404, HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.models import PageManager, PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from .. import campaigns
from ..localization import in_active_language
from .base import BasePage


class DialogueEventQuerySet(PageQuerySet):
    def in_area(self, area):
        # Any language version of the area finds its sessions.
        return self.filter(area__in=area.get_translations(inclusive=True).values("pk"))

    def on_theme(self, theme):
        return self.filter(theme__in=theme.get_translations(inclusive=True).values("pk"))

    def upcoming(self):
        return self.filter(end__gte=timezone.now()).order_by("start")

    def past(self):
        return self.filter(end__lt=timezone.now()).order_by("-start")

    def for_listing(self):
        # As ProposalQuerySet.for_listing: two short queries plan faster than the joins.
        return self.prefetch_related("area", "theme")


class DialogueIndexPage(RoutablePageMixin, BasePage):
    """All dialogue sessions, upcoming first (/dialoger/), the campaigns of the upcoming ones
    (/dialoger/kampanj/, per area /dialoger/kampanj/<area>/) and each dialogue round
    (/dialoger/omgang/<area>/<yyyy-mm>/)."""

    template = "pages/dialogue_index_page.html"
    parent_page_types = ["home.HomePage"]
    subpage_types = ["proposals_pages.DialogueEventPage"]
    max_count_per_parent = 1

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        events = DialogueEventPage.objects.child_of(self.source_page).live().for_listing()
        context["upcoming_events"] = in_active_language(events.upcoming())
        context["past_events"] = in_active_language(events.past()[:50])
        context["upcoming_rounds"] = campaigns.upcoming_rounds(self.locale)
        return context

    @path("kampanj/", name="campaigns")
    def campaign_overview(self, request):
        """The upcoming sessions' campaigns for the whole municipality, round by round."""
        return self.render(
            request,
            context_overrides={"rounds": campaigns.upcoming_rounds(self.locale), **self._others()},
            template="pages/campaign_overview_page.html",
        )

    @path("kampanj/<slug:area>/", name="area_campaigns")
    def area_campaign_overview(self, request, area):
        """The upcoming campaigns of one area."""
        from .areas import AreaPage

        area_page = AreaPage.objects.live().filter(locale=self.locale, slug=area).first()
        if area_page is None:
            raise Http404
        return self.render(
            request,
            context_overrides={
                "area": area_page,
                "rounds": campaigns.upcoming_rounds(self.locale, area_page),
                **self._others(area_page),
            },
            template="pages/campaign_overview_page.html",
        )

    @re_path(r"^omgang/(?P<area>[-\w]+)/(?P<month>\d{4}-\d{2})/$", name="round")
    def dialogue_round(self, request, area, month):
        """A dialogue round: the sessions of one area in one period, with their campaigns."""
        dialogue_round = campaigns.find_round(self, area, month)
        if dialogue_round is None:
            raise Http404
        return self.render(
            request,
            context_overrides={
                "round": dialogue_round,
                "round_campaign": campaigns.RoundCampaign(dialogue_round, request),
            },
            template="pages/campaign_round_page.html",
        )

    @re_path(r"^omgang/(?P<area>[-\w]+)/(?P<month>\d{4}-\d{2})/kalender\.ics/?$", name="round_ics")
    def dialogue_round_ics(self, request, area, month):
        dialogue_round = campaigns.find_round(self, area, month)
        if dialogue_round is None:
            raise Http404
        calendar = campaigns.build_calendar(dialogue_round.sessions, request, dialogue_round.title)
        return campaigns.ics_response(calendar, f"dialog-{area}-{month}.ics")

    def _others(self, area=None):
        """Upcoming forum meetings and other sessions that belong to no round."""
        events = (
            DialogueEventPage.objects.child_of(self)
            .live()
            .upcoming()
            .exclude(kind=DialogueEventPage.Kind.DIALOGUE)
            .for_listing()
        )
        if area is not None:
            events = events.in_area(area)
        return {"other_events": events}

    def get_cached_paths(self):
        # The campaign overviews besides the page (proposals_pages/purging.py); the rounds'
        # pages expire by the shared cache's s-maxage.
        from .areas import AreaPage

        slugs = AreaPage.objects.live().filter(locale=self.locale).values_list("slug", flat=True)
        return ["/", "/kampanj/", *(f"/kampanj/{slug}/" for slug in slugs)]

    class Meta:
        verbose_name = _("dialogue index")


class DialogueEventPage(RoutablePageMixin, BasePage):
    """One dialogue session or forum meeting: where, when, on what, and afterwards how it went.

    Publishing it is all an editor does; its campaign material follows from its fields
    (proposals_pages/campaigns.py): kampanj/ (the campaign page), kampanj/affisch/ (A4 poster),
    kampanj/flygblad/ (A5 flyer), kampanj/qr.svg and qr.png (QR code of the campaign page),
    kampanj/dela.png (share image) and kalender.ics (calendar entry).
    """

    class Kind(models.TextChoices):
        DIALOGUE = "dialogue", _("Dialogue session")
        FORUM = "forum", _("Dialogue forum meeting")

    class PlaceKind(models.TextChoices):
        SQUARE = "square", _("Square")
        YOUTH_CENTRE = "youth_centre", _("Youth centre")
        SENIOR_HOME = "senior_home", _("Senior home")
        LIBRARY = "library", _("Library")
        SCHOOL = "school", _("School")
        HOUSING = "housing", _("Housing estate")
        COMMUNITY_HALL = "community_hall", _("Community hall")
        ONLINE = "online", pgettext_lazy("place kind", "Online")
        OTHER = "other", pgettext_lazy("place kind", "Other place")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.DIALOGUE)
    area = models.ForeignKey(
        "proposals_pages.AreaPage",
        verbose_name=_("area"),
        on_delete=models.PROTECT,
        related_name="dialogue_events",
    )
    theme = models.ForeignKey(
        "proposals_pages.ThemePage",
        verbose_name=_("theme"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="dialogue_events",
        help_text=_("Leave empty for an open dialogue on anything."),
    )
    start = models.DateTimeField(_("starts"), help_text=_("Local time, Europe/Stockholm."))
    end = models.DateTimeField(_("ends"), help_text=_("Local time, Europe/Stockholm."))
    place_kind = models.CharField(
        _("kind of place"), max_length=20, choices=PlaceKind.choices, default=PlaceKind.SQUARE
    )
    place_name = models.CharField(_("place"), max_length=200)
    address = models.CharField(_("address"), max_length=300, blank=True)
    directions = models.TextField(
        _("how to get there"), blank=True, help_text=_("Public transport, entrance, accessibility.")
    )
    description = models.TextField(_("description"), blank=True)
    cancelled = models.BooleanField(
        _("cancelled"), default=False, help_text=_("Keep the page and say clearly it is cancelled.")
    )
    participants = models.PositiveIntegerField(
        _("participants"), null=True, blank=True, help_text=_("Filled in after the session.")
    )
    summary = models.TextField(
        _("summary"), blank=True, help_text=_("After the session: a short public summary.")
    )

    objects = PageManager.from_queryset(DialogueEventQuerySet)()

    template = "pages/dialogue_event_page.html"
    parent_page_types = ["proposals_pages.DialogueIndexPage"]
    subpage_types = []

    content_panels = BasePage.content_panels + [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("area"), FieldPanel("theme")]),
        FieldRowPanel([FieldPanel("start"), FieldPanel("end")], heading=_("When")),
        MultiFieldPanel(
            [
                FieldPanel("place_kind"),
                FieldPanel("place_name"),
                FieldPanel("address"),
                FieldPanel("directions"),
            ],
            heading=_("Where"),
        ),
        FieldPanel("description"),
        FieldPanel("cancelled"),
        MultiFieldPanel(
            [FieldPanel("participants"), FieldPanel("summary")], heading=_("After the session")
        ),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("description"),
        index.SearchField("place_name"),
        index.SearchField("summary"),
        index.FilterField("area"),
        index.FilterField("start"),
    ]
    api_fields = BasePage.api_fields + [
        APIField(name)
        for name in (
            "kind",
            "area",
            "theme",
            "start",
            "end",
            "place_kind",
            "place_name",
            "address",
            "directions",
            "description",
            "cancelled",
            "participants",
            "summary",
        )
    ]
    # An address is written as on the sign in every language; the place's name may be
    # translated where it is a description ("the courtyard on Albyberget").
    override_translatable_fields = BasePage.override_translatable_fields + [
        SynchronizedField("address")
    ]

    def clean(self):
        super().clean()
        if self.start and self.end and self.end <= self.start:
            raise ValidationError({"end": _("The session must end after it starts.")})

    @property
    def is_past(self):
        return self.end < timezone.now()

    @property
    def is_open_dialogue(self):
        return self.theme_id is None

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["proposals"] = in_active_language(
            self.source_page.proposals.live().for_listing().order_by("-submitted_on")
        )
        context["campaign"] = campaigns.Campaign(self, request)
        return context

    @property
    def campaign_url(self):
        """The campaign page's address on this site (for listings; no request needed)."""
        url = self.url
        return url + self.reverse_subpage("campaign") if url else None

    # --- campaign routes: the page model only routes; campaigns.py makes the material ----
    # Wagtail hands a routable page its rest of the path with a slash appended, so a route
    # named like a file takes an optional slash; portal/urls.py sends such paths to Wagtail.

    @path("kampanj/", name="campaign")
    def campaign(self, request):
        return self.render(request, template="pages/campaign_page.html")

    @path("kampanj/affisch/", name="poster")
    def poster(self, request):
        return self.render(
            request, template="pages/campaign_print.html", context_overrides={"sheet": "poster"}
        )

    @path("kampanj/flygblad/", name="flyer")
    def flyer(self, request):
        return self.render(
            request, template="pages/campaign_print.html", context_overrides={"sheet": "flyer"}
        )

    @re_path(r"^kampanj/qr\.svg/?$", name="qr_svg")
    def qr_svg(self, request):
        url = campaigns.route_url(self, "campaign", request)
        return HttpResponse(campaigns.qr_svg(url, title=url), content_type="image/svg+xml")

    @re_path(r"^kampanj/qr\.png/?$", name="qr_png")
    def qr_png(self, request):
        url = campaigns.route_url(self, "campaign", request)
        return HttpResponse(campaigns.qr_png(url), content_type="image/png")

    @re_path(r"^kampanj/dela\.png/?$", name="share_image")
    def share_image(self, request):
        return HttpResponse(campaigns.share_image(self), content_type="image/png")

    @re_path(r"^kalender\.ics/?$", name="ics")
    def ics(self, request):
        calendar = campaigns.build_calendar([self], request)
        return campaigns.ics_response(calendar, f"{self.slug}.ics")

    def get_cached_paths(self):
        # What a CDN keeps of the session besides its page (proposals_pages/purging.py).
        return ["/"] + [
            self.reverse_subpage(name)
            for name in ("campaign", "poster", "flyer", "qr_svg", "qr_png", "share_image", "ics")
        ]

    class Meta:
        verbose_name = _("dialogue session")
        verbose_name_plural = _("dialogue sessions")
