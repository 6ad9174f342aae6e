"""What every page of the portal shares."""

from django.conf import settings
from django.core.cache import cache
from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.models import Locale, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField


class BasePage(Page):
    """A page with a short introduction, shown under the title and used as its summary."""

    introduction = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("One or two plain sentences shown under the title and in search results."),
    )

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    search_fields = Page.search_fields + [index.SearchField("introduction")]
    # The read-only API (proposals_pages/api.py): each page type adds its own public fields.
    api_fields = [APIField("introduction")]
    # Slugs are not translated (README, "Languages"): /en/omraden/fittja/ is the Swedish
    # /sv/omraden/fittja/ in English, filter values are the same in every language, and an
    # untranslated page can be served at its address in any language (see route()).
    override_translatable_fields = [SynchronizedField("slug", overridable=False)]

    class Meta:
        abstract = True

    def route(self, request, path_components):
        """Route as Wagtail does; where this translation has no such child page yet, carry on
        in the Swedish tree, so /ar/forslag/<slug>/ shows the Swedish proposal in an Arabic
        interface (with a "not translated yet" notice) instead of a 404."""
        try:
            return super().route(request, path_components)
        except Http404:
            source = self.default_language_version() if path_components else None
            if source is None:
                raise
            return source.route(request, path_components)

    @property
    def source_page(self):
        """This page in the site's default language (itself there): where listings read
        their items, so each counts once and untranslated ones are shown too."""
        return self.default_language_version() or self

    def default_language_version(self):
        """This page in the site's default language, or None when it is that page already."""
        if self.locale_id == default_locale_id():
            return None
        source = self.get_translation_or_none(default_locale_id())
        return source.specific if source else None


def default_locale_id():
    """The id of the site's default locale, looked up once and then kept in the cache."""
    return cache.get_or_set(
        f"default-locale-id:{settings.LANGUAGE_CODE}", lambda: Locale.get_default().pk, None
    )


def in_default_locale(pages):
    """Only the pages in the site's default language (each counted once, not per translation).

    Filtering on the locale's id rather than joining on its code lets PostgreSQL use its
    statistics for the column (a join made it expect a sixth of the rows).
    """
    return pages.filter(locale_id=default_locale_id())
