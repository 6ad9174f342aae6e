"""Themes: what a dialogue session is about (safety, young people, older people...)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.images.api.fields import ImageRenditionField
from wagtail.search import index

from ..api import RichTextHTMLField
from ..listing import proposal_listing
from ..localization import in_active_language
from .base import BasePage, in_default_locale


class ThemeIndexPage(BasePage):
    """The list of themes (/teman/)."""

    template = "pages/theme_index_page.html"
    parent_page_types = ["home.HomePage"]
    subpage_types = ["proposals_pages.ThemePage"]
    max_count_per_parent = 1

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["themes"] = in_active_language(
            ThemePage.objects.child_of(self.source_page).live().select_related("image")
        )
        return context

    class Meta:
        verbose_name = _("theme index")


class ThemePage(BasePage):
    """A theme, with the proposals and dialogue sessions on it."""

    description = RichTextField(_("description"), blank=True)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    template = "pages/theme_page.html"
    parent_page_types = ["proposals_pages.ThemeIndexPage"]
    subpage_types = []

    content_panels = BasePage.content_panels + [FieldPanel("description"), FieldPanel("image")]
    search_fields = BasePage.search_fields + [index.SearchField("description")]
    api_fields = BasePage.api_fields + [
        APIField("description", serializer=RichTextHTMLField()),
        APIField("image", serializer=ImageRenditionField("fill-1200x500")),
    ]

    def get_context(self, request, *args, **kwargs):
        from .dialogues import DialogueEventPage
        from .proposals import ProposalPage

        context = super().get_context(request, *args, **kwargs)
        proposals = ProposalPage.objects.live().in_default_locale().on_theme(self)
        context.update(proposal_listing(request, proposals, fixed=["theme"]))
        context["events"] = in_active_language(
            in_default_locale(DialogueEventPage.objects.live().on_theme(self))
            .for_listing()
            .order_by("-start")[:10]
        )
        return context

    class Meta:
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
