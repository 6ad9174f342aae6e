"""Dialogue sessions (Botkyrkadialogen) and dialogue forum meetings: residents meet politicians."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import PageManager, PageQuerySet
from wagtail.search import index

from .base import BasePage


class DialogueEventQuerySet(PageQuerySet):
    def in_area(self, area):
        # Matched by translation key, so an area page in any language finds its items.
        return self.filter(area__translation_key=area.translation_key)

    def on_theme(self, theme):
        return self.filter(theme__translation_key=theme.translation_key)

    def upcoming(self):
        return self.filter(end__gte=timezone.now()).order_by("start")

    def past(self):
        return self.filter(end__lt=timezone.now()).order_by("-start")

    def for_listing(self):
        return self.select_related("area", "theme")


class DialogueIndexPage(BasePage):
    """All dialogue sessions, upcoming first (/dialoger/)."""

    template = "pages/dialogue_index_page.html"
    parent_page_types = ["home.HomePage"]
    subpage_types = ["proposals_pages.DialogueEventPage"]
    max_count_per_parent = 1

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        events = DialogueEventPage.objects.child_of(self).live().for_listing()
        context["upcoming_events"] = events.upcoming()
        context["past_events"] = events.past()[:50]
        return context

    class Meta:
        verbose_name = _("dialogue index")


class DialogueEventPage(BasePage):
    """One dialogue session or forum meeting: where, when, on what, and afterwards how it went."""

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
        context["proposals"] = self.proposals.live().for_listing().order_by("-submitted_on")
        return context

    class Meta:
        verbose_name = _("dialogue session")
        verbose_name_plural = _("dialogue sessions")
