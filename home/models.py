"""The home page: the way in to every section of the portal."""

from django.conf import settings
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.search import index

from proposals_pages.api import RichTextHTMLField
from proposals_pages.models.base import BasePage


class HomePage(RoutablePageMixin, BasePage):
    """Upcoming dialogue sessions, the latest decisions, this year's budget and every area.

    Routable for the privacy page (integritet/): interface text only, so a route here gives
    it in every language tree at once, with nothing for editors to translate or keep in step
    with the settings it quotes (a ContentPage would need both).
    """

    template = "pages/home_page.html"
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "proposals_pages.ProposalIndexPage",
        "proposals_pages.AreaIndexPage",
        "proposals_pages.ThemeIndexPage",
        "proposals_pages.DialogueIndexPage",
        "proposals_pages.CommissionPage",
        "proposals_pages.StatisticsPage",
        "home.ContentPage",
    ]

    def get_context(self, request, *args, **kwargs):
        from proposals_pages.localization import in_active_language
        from proposals_pages.models import (
            AreaPage,
            BudgetYear,
            DialogueEventPage,
            ProposalPage,
        )
        from proposals_pages.models.base import in_default_locale
        from proposals_pages.statuses import DECIDED

        # Read from the Swedish tree, shown in the visitor's language where translated.
        context = super().get_context(request, *args, **kwargs)
        context["upcoming_events"] = in_active_language(
            in_default_locale(DialogueEventPage.objects.live()).upcoming().for_listing()[:3]
        )
        context["latest_decisions"] = in_active_language(
            ProposalPage.objects.live()
            .in_default_locale()
            .filter(status__in=DECIDED, decided_on__isnull=False)
            .for_listing()
            .order_by("-decided_on", "-pk")[:5]
        )
        context["budget"] = BudgetYear.for_year(timezone.localdate().year)
        context["areas"] = in_active_language(
            in_default_locale(AreaPage.objects.live()).order_by("title")
        )
        context["sections"] = self.get_children().live().in_menu().specific()
        return context

    @path("integritet/", name="privacy")
    def privacy(self, request):
        """How a proposer's personal data is handled (GDPR), in the visitor's language."""
        return TemplateResponse(
            request,
            "pages/privacy_page.html",
            {
                "page": self,
                "retention_months": settings.PERSONAL_DATA_RETENTION_MONTHS,
                "contact_email": settings.DEFAULT_FROM_EMAIL,
            },
        )

    def get_cached_paths(self):
        # What a CDN keeps of the page besides itself (proposals_pages/purging.py).
        return ["/", "/integritet/"]

    class Meta:
        verbose_name = _("home page")


class ContentPage(BasePage):
    """A plain page of text: about the portal, accessibility statement, privacy, open data."""

    body = RichTextField(_("body"), blank=True)

    template = "pages/content_page.html"
    parent_page_types = ["home.HomePage", "home.ContentPage"]
    subpage_types = ["home.ContentPage"]

    content_panels = BasePage.content_panels + [FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("body")]
    api_fields = BasePage.api_fields + [APIField("body", serializer=RichTextHTMLField())]

    class Meta:
        verbose_name = _("content page")
