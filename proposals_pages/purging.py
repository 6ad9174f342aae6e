"""What a content change makes stale, purged from the page cache and any CDN in front.

Publishing, unpublishing, moving or deleting a page, or saving a budget, an administration or
a history entry, changes more than its own page: a proposal shows on the listings, its area's
and theme's pages, the home page (latest decisions, the budget), the statistics, its meeting,
its session, the feeds, the open data, the sitemap and the API, in every language.

Two caches are purged, once per transaction (a meeting's publication publishes tens of
decisions; an import thousands of proposals), after it is committed:

- the page cache of the app servers (portal/page_cache.py): its generation is bumped, so
  every cached page is rendered afresh. Filters, page numbers, free text and languages make
  the addresses that show a proposal uncountable; a new generation covers them all, and
  content changes are rare next to reads;
- a CDN or Varnish, through Wagtail's frontend cache (``PurgeBatch``, the backends of
  WAGTAILFRONTENDCACHE): the addresses of the changed pages and their routes (feeds,
  campaign pages), of the pages that show them, and the hubs that show everything (home,
  sections, areas, themes, statistics, open data, sitemap, API). Wagtail purges each address
  under every language prefix (WAGTAILFRONTENDCACHE_LANGUAGES); the open data's ``lang=``
  variants are listed here. Filtered variants (``?area=...``) are left to the shared cache's
  short s-maxage, or to a Varnish that bans a path with every query string (README).

Wagtail's own frontend-cache app is not installed: its handlers would purge each published
page on its own, one batch per page (a hundred thousand for a bulk import).
"""

import copy
import logging
import threading

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete
from django.urls import reverse
from wagtail.contrib.frontend_cache.utils import PurgeBatch, get_backends
from wagtail.models import Page, Site
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from portal import page_cache

logger = logging.getLogger(__name__)

# Open-data files: their addresses are purged with each language's lang= too.
OPEN_DATA_URLS = (
    "open_data_proposals_json",
    "open_data_proposals_csv",
    "open_data_statistics_json",
    "open_data_dialogues_json",
    "open_data_dialogues_ics",
)
PLAIN_URLS = ("sitemap", "wagtailapi:pages:listing")

_pending = threading.local()


class PendingPurge:
    """The pages changed in one transaction, purged together when it commits."""

    def __init__(self):
        self.page_ids = set()
        self.urls = set()
        self.too_many = False
        self.flushed = False

    def add_page(self, page):
        if self.too_many or page.pk in self.page_ids:
            return
        if len(self.page_ids) >= settings.PORTAL_PURGE_MAX_PAGES:
            # A bulk write: the hubs and the page cache are purged all the same; a CDN's
            # copies of these pages expire by their s-maxage.
            self.too_many = True
            return
        self.page_ids.add(page.pk)

    def add_url(self, url):
        if url:
            self.urls.add(url)

    def flush(self):
        if self.flushed:
            return
        self.flushed = True
        if _pending.__dict__.get("batch") is self:
            del _pending.batch
        page_cache.bump_generation()
        if not get_backends():
            return  # no CDN configured: the page cache was all there was to purge
        try:
            purge_batch(self).purge()
        except Exception:  # a CDN's API down must not fail the editor's publication
            logger.exception("The frontend cache could not be purged.")


def changed(pages=(), urls=()):
    """Purge the pages, what shows them and the hubs once the current transaction commits
    (at once outside a transaction)."""
    batch = _pending.__dict__.get("batch")
    if batch is None:
        batch = _pending.batch = PendingPurge()
    for page in pages:
        batch.add_page(page)
    for url in urls:
        batch.add_url(url)
    # Each change asks for the flush: the first one run purges the whole batch, the others
    # find it done. A rolled-back change's pages stay in the batch and are purged with the
    # next one: purging a page too many does no harm.
    transaction.on_commit(batch.flush)


def purge_batch(pending_purge):
    """Wagtail's PurgeBatch of everything the pending changes make stale."""
    batch = PurgeBatch()
    # As they are now, after the transaction: the page objects signals carry may be changed
    # further by the code that sent them.
    for page in Page.objects.filter(pk__in=pending_purge.page_ids).specific():
        batch.add_page(page)
        for related in related_pages(page):
            batch.add_page(related)
    batch.add_urls(pending_purge.urls)
    for hub in hub_pages():
        batch.add_page(hub)
    root_url = site_root_url()
    if root_url:
        batch.add_urls(root_url + path for path in fixed_paths())
    return batch


def related_pages(page):
    """The pages, besides the hubs, that show something of the page."""
    from .models import (
        AreaPage,
        CommissionMeetingPage,
        DialogueEventPage,
        ProposalPage,
        ThemePage,
    )

    page = page.specific_deferred
    if isinstance(page, ProposalPage):
        meetings = CommissionMeetingPage.objects.live().filter(agenda_items__proposal=page)
        if page.decided_at_meeting_id:
            meetings = meetings | CommissionMeetingPage.objects.filter(
                pk=page.decided_at_meeting_id
            )
        sessions = DialogueEventPage.objects.filter(pk=page.dialogue_event_id)
        return [*meetings.distinct(), *sessions]
    if isinstance(page, CommissionMeetingPage):
        return proposals_shown(ProposalPage.objects.filter(agenda_items__meeting=page.source_page))
    if isinstance(page, AreaPage):
        return proposals_shown(ProposalPage.objects.in_area(page))
    if isinstance(page, ThemePage):
        return proposals_shown(ProposalPage.objects.on_theme(page))
    return []


def proposals_shown(proposals):
    """The proposal pages that show a name (of their area, theme, administration or meeting),
    up to PORTAL_PURGE_MAX_PAGES: past that a CDN's copies expire by their s-maxage."""
    return list(
        proposals.live().select_related("locale").order_by("-pk")[: settings.PORTAL_PURGE_MAX_PAGES]
    )


def hub_pages():
    """Pages that show every proposal, session or meeting: the home page, the sections, every
    area and theme (their listings, numbers and sessions), in the default language (Wagtail
    purges each under every language prefix)."""
    from .models import AreaPage, ThemePage
    from .models.base import default_locale_id

    sections = Page.objects.live().filter(depth__lte=3, locale_id=default_locale_id())
    areas = AreaPage.objects.live().filter(locale_id=default_locale_id())
    themes = ThemePage.objects.live().filter(locale_id=default_locale_id())
    return [*sections.specific(), *areas, *themes]


def fixed_paths():
    """The open data (in every language), the sitemap, the API's listing and open-data page."""
    languages = [code for code, _name in settings.LANGUAGES]
    for name in OPEN_DATA_URLS:
        path = reverse(name)
        yield path
        yield from (f"{path}?lang={code}" for code in languages)
    yield from (reverse(name) for name in PLAIN_URLS)


def site_root_url():
    site = Site.objects.filter(is_default_site=True).first()
    return site.root_url if site else ""


# --- what changes ----------------------------------------------------------------------


def page_changed(sender, instance, **kwargs):
    """page_published, page_unpublished: the page and what shows it."""
    changed(pages=[instance])


def page_deleted(sender, instance, **kwargs):
    """pre_delete of a page (and of each page below it): its addresses, taken while it still
    has them; the pages that showed it are the hubs."""
    if isinstance(instance, Page) and instance.live:
        changed(urls=page_urls(instance))


def page_urls(page):
    batch = PurgeBatch()
    batch.add_page(page)
    return batch.urls


def page_moved(sender, instance, url_path_before=None, instance_before=None, **kwargs):
    """post_page_move and page_slug_changed: the page at its new address and its old one."""
    before = instance_before
    if before is None and url_path_before:
        before = copy.copy(instance)
        before.url_path = url_path_before
    old_urls = page_urls(before) if before is not None and before.live else ()
    changed(pages=[instance], urls=old_urls)


def budget_changed(sender, instance, **kwargs):
    """A yearly budget: the home page, the commission and the statistics (hubs)."""
    changed()


def administration_changed(sender, instance, **kwargs):
    """An administration's name or website shows on the proposals it is responsible for."""
    from .models import ProposalPage

    changed(pages=proposals_shown(ProposalPage.objects.filter(administration=instance)))


def history_changed(sender, instance, **kwargs):
    """A history entry (written on a status change, or corrected in the admin)."""
    from .models import ProposalPage

    changed(pages=ProposalPage.objects.live().filter(pk=instance.proposal_id))


def connect_signals():
    from .models import Administration, CommissionBudget, ProposalStatusChange

    page_published.connect(page_changed, dispatch_uid="purge-published")
    page_unpublished.connect(page_changed, dispatch_uid="purge-unpublished")
    pre_delete.connect(page_deleted, dispatch_uid="purge-deleted")
    post_page_move.connect(page_moved, dispatch_uid="purge-moved")
    page_slug_changed.connect(page_moved, dispatch_uid="purge-slug-changed")
    for model, handler in (
        (CommissionBudget, budget_changed),
        (Administration, administration_changed),
        (ProposalStatusChange, history_changed),
    ):
        post_save.connect(handler, sender=model, dispatch_uid=f"purge-{model.__name__}-saved")
        post_delete.connect(handler, sender=model, dispatch_uid=f"purge-{model.__name__}-deleted")
