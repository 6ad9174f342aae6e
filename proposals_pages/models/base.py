"""What every page of the portal shares."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
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

    class Meta:
        abstract = True


def in_default_locale(pages):
    """Only the pages in the site's default language (each counted once, not per translation)."""
    return pages.filter(locale__language_code=settings.LANGUAGE_CODE)
