"""What every page of the portal shares."""

from django.conf import settings
from django.core.cache import cache
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.models import Locale, Page
from wagtail.search import index


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

    class Meta:
        abstract = True


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
