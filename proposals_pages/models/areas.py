"""Areas (kommunområden): where dialogues happen and proposals belong."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.images.api.fields import ImageRenditionField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from .. import statistics
from ..api import RichTextHTMLField
from ..caching import cached_counts
from ..listing import proposal_listing
from ..localization import in_active_language
from .base import BasePage, in_default_locale


class AreaIndexPage(BasePage):
    """The list of areas (/omraden/)."""

    template = "pages/area_index_page.html"
    parent_page_types = ["home.HomePage"]
    subpage_types = ["proposals_pages.AreaPage"]
    max_count_per_parent = 1

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["areas"] = in_active_language(
            AreaPage.objects.child_of(self.source_page).live().select_related("image")
        )
        return context

    class Meta:
        verbose_name = _("area index")


class AreaPage(RoutablePageMixin, BasePage):
    """One area of the municipality, with its contact person (the area strategist).

    Routable for its Atom feed (flode/): residents follow what happens to the area's proposals.
    """

    description = RichTextField(_("description"), blank=True)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    population = models.PositiveIntegerField(
        _("population"),
        null=True,
        blank=True,
        help_text=_("Number of residents, used for proposals per 1,000 residents."),
    )
    strategist_name = models.CharField(_("area strategist"), max_length=200, blank=True)
    strategist_email = models.EmailField(_("area strategist's e-mail"), blank=True)
    strategist_phone = models.CharField(_("area strategist's phone"), max_length=50, blank=True)

    template = "pages/area_page.html"
    parent_page_types = ["proposals_pages.AreaIndexPage"]
    subpage_types = []

    content_panels = BasePage.content_panels + [
        FieldPanel("description"),
        FieldPanel("image"),
        FieldPanel("population"),
        MultiFieldPanel(
            [
                FieldPanel("strategist_name"),
                FieldPanel("strategist_email"),
                FieldPanel("strategist_phone"),
            ],
            heading=_("Contact person"),
            help_text=_("The area strategist is the public contact for the area's dialogue."),
        ),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("description")]
    # The read-only API: what the area page shows, its contact person included (a public role).
    api_fields = BasePage.api_fields + [
        APIField("description", serializer=RichTextHTMLField()),
        APIField("image", serializer=ImageRenditionField("fill-1200x500")),
        APIField("population"),
        APIField("strategist_name"),
        APIField("strategist_email"),
        APIField("strategist_phone"),
    ]
    # A person's name and phone number are the same in every language.
    override_translatable_fields = BasePage.override_translatable_fields + [
        SynchronizedField("strategist_name"),
        SynchronizedField("strategist_phone"),
    ]

    def get_context(self, request, *args, **kwargs):
        from .. import feeds
        from .dialogues import DialogueEventPage
        from .proposals import ProposalPage

        context = super().get_context(request, *args, **kwargs)
        context["atom_feed"] = feeds.AreaFeed.link_for(self, request)
        proposals = ProposalPage.objects.live().in_default_locale().in_area(self)
        context.update(proposal_listing(request, proposals, fixed=["area"]))
        context["numbers"] = cached_counts(
            ("area-numbers", self.translation_key),
            lambda: proposals.aggregate(**statistics.status_counts()),
        )
        context["upcoming_events"] = in_active_language(
            in_default_locale(DialogueEventPage.objects.live().in_area(self))
            .upcoming()
            .for_listing()[:5]
        )
        return context

    @path("flode/", name="feed")
    def feed(self, request):
        """Atom feed of the status changes of the area's proposals (proposals_pages/feeds.py)."""
        from .. import feeds

        return feeds.AreaFeed()(request, page=self)

    def get_cached_paths(self):
        # What a CDN keeps of the page besides itself (proposals_pages/purging.py).
        return ["/", "/flode/"]

    class Meta:
        verbose_name = _("area")
        verbose_name_plural = _("areas")
