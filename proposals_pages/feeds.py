"""Atom feeds of the proposals' status changes, so residents can follow an idea without
checking back.

Each feed is a route of the page it belongs to, under the language prefix, so titles and
status labels come out in the language of the address:

- /sv/forslag/flode/             every proposal: the newest 50 changes (ProposalIndexPage)
- /sv/omraden/<area>/flode/      one area's proposals: the newest 50 changes (AreaPage)
- /sv/forslag/<proposal>/flode/  one proposal: its whole history (ProposalPage)

An entry is one public history entry (ProposalStatusChange): the proposal's title and its new
status, the day it happened, the public note and, for a decision, the commission meeting that
took it. It links to the proposal in the feed's language where a translation is live, else to
the proposal in the site's default language (where the history is kept). Nothing in a feed
comes from the Proposer model: the feeds only read history entries, proposals, areas and
meetings.
"""

import datetime
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.urls import translate_url
from django.utils import timezone, translation
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _
from wagtail.models import Site

from .models import ProposalStatusChange
from .open_data import translations_in
from .statuses import DECISIONS

# The newest entries a portal or area feed lists; a proposal's feed lists its whole history.
LATEST = 50


@dataclass(frozen=True)
class FeedLink:
    """A page's feed as its <link rel="alternate"> and its visible link show it."""

    title: str
    url: str


def in_active_language(url):
    """A page's address under the active language's prefix.

    An untranslated page is served under every language's prefix, but its own address has
    its language's; Django resolves an address in the language of its prefix only.
    """
    if url is None:  # not routable (yet): a preview of a page never saved
        return None
    language = translation.get_language()
    with translation.override(translation.get_language_from_path(urlsplit(url).path)):
        return translate_url(url, language)


def feed_url(page, request):
    """The page's feed, in the active language."""
    url = page.get_url(request)
    return in_active_language(url + page.reverse_subpage("feed") if url else None)


def localise(entries):
    """Give each entry the versions of its proposal, area and meeting to show in the active
    language (the live translation where there is one), in one query per kind at most."""
    language = translation.get_language()
    proposals = [entry.proposal for entry in entries]
    areas = [proposal.area for proposal in proposals]
    meetings = [
        proposal.decided_at_meeting
        for proposal in proposals
        if proposal.decided_at_meeting_id and proposal.decided_at_meeting.live
    ]
    translated = {}
    for pages in (proposals, areas, meetings):
        translated.update(translations_in(pages, language))
    for entry in entries:
        proposal = entry.proposal
        entry.shown_proposal = translated.get(proposal.translation_key, proposal)
        entry.shown_area = translated.get(proposal.area.translation_key, proposal.area)
        meeting = proposal.decided_at_meeting if entry.status in DECISIONS else None
        entry.shown_meeting = (
            translated.get(meeting.translation_key, meeting) if meeting and meeting.live else None
        )


class StatusChangeFeed(Feed):
    """What the three feeds share: the entries, their titles, links, dates and ids.

    A subclass says which entries (`entries`), how many (`limit`, None for all) and how the
    feed is titled. Called from a page route as `SomeFeed()(request, page=page)`: one
    instance per request, so it may keep the request.
    """

    feed_type = Atom1Feed
    description_template = "components/feed_entry.html"
    limit = LATEST

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    @classmethod
    def link_for(cls, page, request):
        """The page's feed for its <head> and its "Follow changes" link."""
        feed = cls()
        feed.request = request
        url = feed_url(page, request)
        return FeedLink(title=feed.title(page), url=url) if url else None

    def get_object(self, request, page):
        return page

    def entries(self, page):
        raise NotImplementedError

    def items(self, page):
        entries = self.entries(page).published().for_feed().newest_first()
        entries = list(entries[: self.limit] if self.limit else entries)
        localise(entries)
        site = Site.find_for_request(self.request)
        self.tag_authority = site.hostname if site else self.request.get_host().split(":")[0]
        return entries

    # --- the feed -------------------------------------------------------------------------

    def link(self, page):
        return in_active_language(page.get_url(self.request))

    def feed_url(self, page):
        return feed_url(page, self.request)

    def feed_guid(self, page):
        return self.request.build_absolute_uri(self.feed_url(page))

    def site_name(self):
        return str(settings.WAGTAIL_SITE_NAME)

    def author_name(self):
        # The portal speaks; never the person who proposed something.
        return self.site_name()

    # --- each entry ---------------------------------------------------------------------

    def item_title(self, entry):
        return _("%(proposal)s: %(status)s") % {
            "proposal": entry.shown_proposal.title,
            "status": entry.get_status_display(),
        }

    def item_link(self, entry):
        return entry.shown_proposal.get_url(self.request)

    def item_guid(self, entry):
        # A tag URI (RFC 4151) from the entry's key and the day it was written: neither ever
        # changes, so a reader never sees an entry twice, not even after a slug changes.
        day = timezone.localtime(entry.recorded_at).date().isoformat()
        return f"tag:{self.tag_authority},{day}:proposal-status-change:{entry.pk}"

    def item_pubdate(self, entry):
        # The day the change happened (a decision: the meeting's day), at its first moment.
        return timezone.make_aware(datetime.datetime.combine(entry.changed_on, datetime.time()))

    def item_updateddate(self, entry):
        # When the portal published it, which may be later (a decision entered days after).
        return max(self.item_pubdate(entry), timezone.localtime(entry.recorded_at))

    def get_context_data(self, **kwargs):
        entry = kwargs["item"]
        context = super().get_context_data(**kwargs)
        if entry.shown_meeting:
            context["meeting_url"] = self.request.build_absolute_uri(
                entry.shown_meeting.get_url(self.request)
            )
        return context


class PortalFeed(StatusChangeFeed):
    """Every proposal's status changes, the newest 50 (/sv/forslag/flode/)."""

    def entries(self, page):
        return ProposalStatusChange.objects.all()

    def title(self, page):
        return _("Changes to proposals – %(site)s") % {"site": self.site_name()}

    def subtitle(self, page):
        return _("The latest changes of status of residents' proposals, newest first.")


class AreaFeed(StatusChangeFeed):
    """The status changes of one area's proposals, the newest 50 (/sv/omraden/<area>/flode/)."""

    def entries(self, page):
        return ProposalStatusChange.objects.in_area(page)

    def title(self, page):
        return _("Changes to proposals in %(area)s – %(site)s") % {
            "area": page.title,
            "site": self.site_name(),
        }

    def subtitle(self, page):
        return _("The latest changes of status of the proposals in %(area)s, newest first.") % {
            "area": page.title
        }


class ProposalFeed(StatusChangeFeed):
    """One proposal's whole history (/sv/forslag/<proposal>/flode/)."""

    limit = None

    def entries(self, page):
        return ProposalStatusChange.objects.of_proposal(page)

    def title(self, page):
        return _("Changes to proposal %(reference)s “%(proposal)s” – %(site)s") % {
            "reference": page.reference,
            "proposal": page.title,
            "site": self.site_name(),
        }

    def subtitle(self, page):
        return _("Every change of status of this proposal, newest first.")
