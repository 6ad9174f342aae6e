"""Campaign material for dialogue sessions, made from the session's own data.

A session an editor publishes has, with no further step: a campaign page, an A4 poster and an
A5 flyer to print, a QR code leading to the campaign page, a share image, text for social media
and a calendar entry (the routes are on DialogueEventPage; the page model only routes). Sessions
of one area in one period form a dialogue round (dialogomgång), derived here, not stored.

After the session the same addresses tell its outcome instead of advertising the past; a
cancelled session's material says it is cancelled.
"""

import io
from dataclasses import dataclass
from datetime import timedelta
from functools import cached_property
from zoneinfo import ZoneInfo

import icalendar
import segno
from django.conf import settings
from django.db.models import Case, F, IntegerField, Value, When
from django.http import HttpResponse
from django.utils import dateformat, timezone, translation
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from PIL import Image, ImageDraw
from wagtail.models import PageLogEntry, Site

from .fonts import font
from .localization import page_url
from .statistics import status_counts
from .statuses import GRANTED, Status

STOCKHOLM = ZoneInfo(settings.TIME_ZONE)

# A round runs for about three months; a session more than four months after the round's
# first one starts the next round.
ROUND_SPAN = timedelta(days=122)

# How much of the commission and of the area's results a campaign names: a short list.
MEMBERS_SHOWN = 5
RESULTS_SHOWN = 3

SCHEDULED = "scheduled"
CANCELLED = "cancelled"
PAST = "past"


def dialogue_name():
    """The outreach dialogue's public name ("Botkyrkadialogen")."""
    return getattr(settings, "PORTAL_DIALOGUE_NAME", "") or _("The citizen dialogue")


def local(moment):
    return timezone.localtime(moment, STOCKHOLM)


def format_date(moment, pattern):
    """A date in the active language, in Stockholm time (pattern as Django's date filter)."""
    return dateformat.format(local(moment), pattern)


def when_parts(session):
    """The day and the hours, ("måndag 30 november 2026", "15:00–18:00"); a session over
    several days has it all in the first part and an empty second one."""
    start, end = local(session.start), local(session.end)
    if start.date() == end.date():
        hours = f"{format_date(start, 'H:i')}–{format_date(end, 'H:i')}"
        return format_date(start, "l j F Y"), hours
    text = _("%(start_day)s, %(start)s – %(end_day)s, %(end)s") % {
        "start_day": format_date(start, "l j F Y"),
        "start": format_date(start, "H:i"),
        "end_day": format_date(end, "l j F Y"),
        "end": format_date(end, "H:i"),
    }
    return text, ""


def when_text(session):
    """Weekday, date and time: "måndag 30 november 2026, 15:00–18:00"."""
    day, hours = when_parts(session)
    return f"{day}, {hours}" if hours else day


def what_text(session):
    """What kind of meeting it is, in plain words."""
    if session.kind == session.Kind.FORUM:
        return _("Dialogue forum: an open meeting with elected representatives from the area")
    if session.theme_id:
        return _("Dialogue on the theme %(theme)s") % {"theme": session.theme.title}
    return _("Open dialogue: bring any idea for your area")


def where_text(session):
    return ", ".join(part for part in (session.place_name, session.address) if part)


def state_of(session):
    if session.cancelled:
        return CANCELLED
    if session.is_past:
        return PAST
    return SCHEDULED


# --- addresses ---------------------------------------------------------------------------

# The session page's routes (DialogueEventPage), by route name.
ROUTE_NAMES = ("campaign", "poster", "flyer", "qr_svg", "qr_png", "share_image", "ics")


def absolute(request, url):
    """An absolute URL on the host the visitor used (or the site's own, without a request)."""
    if request is not None:
        return request.build_absolute_uri(url)
    if url.startswith(("http://", "https://")):
        return url
    site = Site.objects.filter(is_default_site=True).first()
    return (site.root_url if site else "") + url


def route_url(session, name, request=None):
    """The absolute URL of one of the session's routes ("campaign", "ics", ...), in the active
    language (a poster printed from the Arabic page has a QR code to the Arabic campaign)."""
    return absolute(request, page_url(session, request) + session.reverse_subpage(name))


def campaign_urls(session, request=None):
    urls = {name: route_url(session, name, request) for name in ROUTE_NAMES}
    urls["page"] = absolute(request, page_url(session, request))
    return urls


def calendar_uid(session):
    """Stable per session, in every language and on every host name the site answers to."""
    site = Site.objects.filter(is_default_site=True).first()
    host = site.hostname if site else "dialog"
    return f"dialogue-{session.translation_key}@{host}"


# --- rounds ------------------------------------------------------------------------------


@dataclass
class DialogueRound:
    """The dialogue sessions of one area in one period ("Botkyrkadialogen i Fittja")."""

    area: object
    sessions: list

    @property
    def start(self):
        return self.sessions[0].start

    @property
    def end(self):
        return max(session.end for session in self.sessions)

    @property
    def key(self):
        """The month the round begins, "2027-03": with the area, its address."""
        return local(self.start).strftime("%Y-%m")

    @property
    def period(self):
        first, last = local(self.start), local(self.end)
        if (first.year, first.month) == (last.year, last.month):
            return format_date(first, "F Y")
        if first.year == last.year:
            return _("%(first)s to %(last)s %(year)s") % {
                "first": format_date(first, "F"),
                "last": format_date(last, "F"),
                "year": first.year,
            }
        return _("%(first)s to %(last)s") % {
            "first": format_date(first, "F Y"),
            "last": format_date(last, "F Y"),
        }

    @property
    def title(self):
        return _("%(dialogue)s in %(area)s, %(period)s") % {
            "dialogue": dialogue_name(),
            "area": self.area.title,
            "period": self.period,
        }

    @property
    def upcoming_sessions(self):
        return [session for session in self.sessions if not session.is_past]

    @property
    def is_upcoming(self):
        return bool(self.upcoming_sessions)

    def get_url(self, request=None):
        index = self.sessions[0].get_parent().specific
        return page_url(index, request) + index.reverse_subpage(
            "round", kwargs={"area": self.area.slug, "month": self.key}
        )

    @property
    def url(self):
        return self.get_url()


def group_rounds(sessions):
    """Dialogue sessions grouped into rounds per area, earliest round first."""
    by_area = {}
    for session in sorted(sessions, key=lambda session: session.start):
        by_area.setdefault(session.area_id, []).append(session)
    rounds = []
    for area_sessions in by_area.values():
        current = None
        for session in area_sessions:
            if current is None or session.start - current.start > ROUND_SPAN:
                current = DialogueRound(area=session.area, sessions=[])
                rounds.append(current)
            current.sessions.append(session)
    return sorted(rounds, key=lambda round_: round_.start)


def round_sessions(locale, area=None):
    """Every live outreach dialogue session in a language (forum meetings are not rounds)."""
    from .models import DialogueEventPage  # the models import this module

    sessions = DialogueEventPage.objects.live().filter(
        locale=locale, kind=DialogueEventPage.Kind.DIALOGUE
    )
    if area is not None:
        sessions = sessions.in_area(area)
    return sessions.for_listing()


def upcoming_rounds(locale, area=None):
    """Rounds with a session still to come, soonest first."""
    # All of an area's sessions are needed: where a round begins depends on the earlier ones.
    return [round_ for round_ in group_rounds(round_sessions(locale, area)) if round_.is_upcoming]


def round_of(session):
    """The round a dialogue session belongs to, or None for a forum meeting."""
    if session.kind != session.Kind.DIALOGUE:
        return None
    for round_ in group_rounds(round_sessions(session.locale, session.area)):
        if any(member.pk == session.pk for member in round_.sessions):
            return round_
    return None


def find_round(index, area_slug, month):
    """The round of an area (by slug) beginning in a month ("2027-03") under a dialogue index."""
    from .models import AreaPage

    area = AreaPage.objects.live().filter(locale=index.locale, slug=area_slug).first()
    if area is None:
        return None
    sessions = round_sessions(index.locale, area).child_of(index)
    return next((r for r in group_rounds(sessions) if r.key == month), None)


# --- what a campaign says ----------------------------------------------------------------


ROLE_ORDER = {"chair": 0, "vice_chair": 1}


def commission_page(locale):
    """The commission's page in a language, else in the default one (or None)."""
    from .models import CommissionPage
    from .models.base import in_default_locale

    commissions = CommissionPage.objects.live()
    return commissions.filter(locale=locale).first() or in_default_locale(commissions).first()


def commission_members(locale, limit=MEMBERS_SHOWN):
    """The commission's chair and vice chair first, then members: a short list."""
    commission = commission_page(locale)
    if commission is None:
        return None, []
    members = sorted(
        commission.members.all(),
        key=lambda member: (ROLE_ORDER.get(member.role, 2), member.sort_order or 0),
    )
    return commission, members[:limit]


def area_results(area, limit=RESULTS_SHOWN):
    """What earlier dialogues in the area led to: approved and completed proposals, the
    completed ones first, then the latest decisions."""
    from .models import ProposalPage

    granted_first = Case(
        When(status=Status.COMPLETED, then=Value(0)),
        When(status=Status.IN_PROGRESS, then=Value(1)),
        default=Value(2),
        output_field=IntegerField(),
    )
    return list(
        ProposalPage.objects.live()
        .in_default_locale()
        .in_area(area)
        .filter(status__in=GRANTED)
        .for_listing()
        .order_by(
            granted_first,
            F("completed_on").desc(nulls_last=True),
            F("decided_on").desc(nulls_last=True),
            "-pk",
        )[:limit]
    )


def area_numbers(area):
    from .models import ProposalPage

    return (
        ProposalPage.objects.live().in_default_locale().in_area(area).aggregate(**status_counts())
    )


def proposals_left(session):
    """The proposals residents left at the session (in any language version of it)."""
    from .models import ProposalPage

    return (
        ProposalPage.objects.live()
        .in_default_locale()
        .filter(dialogue_event__translation_key=session.translation_key)
        .for_listing()
        .order_by("-submitted_on", "-pk")
    )


def share_text(session, url):
    """Text to paste into social media, with the campaign page's address."""
    state = state_of(session)
    values = {
        "area": session.area.title,
        "title": session.title,
        "what": what_text(session),
        "when": when_text(session),
        "When": capfirst(when_text(session)),  # at the start of a sentence
        "where": where_text(session),
        "dialogue": dialogue_name(),
        "url": url,
    }
    if state == CANCELLED:
        text = _("Cancelled: %(title)s, %(when)s, will not take place. More information: %(url)s")
    elif state == PAST:
        count = proposals_left(session).count()
        values["proposals"] = ngettext(
            "%(count)d proposal was left", "%(count)d proposals were left", count
        ) % {"count": count}
        if session.participants:
            values["participants"] = ngettext(
                "%(count)d resident came", "%(count)d residents came", session.participants
            ) % {"count": session.participants}
            text = _("%(title)s: %(participants)s and %(proposals)s. See them: %(url)s")
        else:
            text = _("%(title)s: %(proposals)s. See them: %(url)s")
    elif session.kind == session.Kind.FORUM:
        text = _(
            "Welcome to %(title)s! %(When)s at %(where)s. An open meeting: no need to sign up. "
            "Read more: %(url)s"
        )
    else:
        text = _(
            "Welcome to %(dialogue)s in %(area)s! %(what)s. %(When)s at %(where)s. "
            "Politicians from the Dialogue Commission come to listen to your ideas. "
            "Read more: %(url)s"
        )
    hashtag = "#" + "".join(dialogue_name().split())
    return f"{text % values} {hashtag}"


def event_json_ld(session, request, url):
    """schema.org Event for the session, with its status, place and organiser."""
    cancelled = state_of(session) == CANCELLED
    status = "https://schema.org/" + ("EventCancelled" if cancelled else "EventScheduled")
    online = session.place_kind == session.PlaceKind.ONLINE
    address = {
        "@type": "PostalAddress",
        "addressLocality": session.area.title,
        "addressRegion": "Stockholms län",
        "addressCountry": "SE",
    }
    if session.address:
        address["streetAddress"] = session.address
    commission = commission_page(session.locale)
    organizer = {
        "@type": "GovernmentOrganization",
        "name": commission.title if commission else str(settings.WAGTAIL_SITE_NAME),
        "url": absolute(request, page_url(commission, request) if commission else "/"),
    }
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": session.title,
        "description": session.introduction or what_text(session),
        "startDate": local(session.start).isoformat(),
        "endDate": local(session.end).isoformat(),
        "eventStatus": status,
        "eventAttendanceMode": "https://schema.org/"
        + ("OnlineEventAttendanceMode" if online else "OfflineEventAttendanceMode"),
        "location": {"@type": "Place", "name": session.place_name, "address": address},
        "organizer": organizer,
        "isAccessibleForFree": True,
        "inLanguage": session.locale.language_code,
        "url": url,
        "image": route_url(session, "share_image", request),
    }
    return data


class AreaCampaign:
    """What a campaign in an area says besides the session itself: who comes, what earlier
    dialogues led to, and what to do if you cannot come."""

    area = None
    locale = None
    request = None

    @property
    def dialogue_name(self):
        return dialogue_name()

    @cached_property
    def commission_and_members(self):
        return commission_members(self.locale)

    @property
    def commission(self):
        return self.commission_and_members[0]

    @property
    def members(self):
        return self.commission_and_members[1]

    @cached_property
    def results(self):
        return area_results(self.area)

    @cached_property
    def numbers(self):
        return area_numbers(self.area)

    @property
    def printed_proposal_url(self):
        """What a poster or flyer gives to type in: only a short address of the municipality's
        own (PORTAL_ONLINE_PROPOSAL_URL), else the area strategist. The portal's form, with its
        query, is too long to type; the sheet's QR code leads to the campaign page and it."""
        return getattr(settings, "PORTAL_ONLINE_PROPOSAL_URL", "")

    @property
    def online_proposal_url(self):
        """Where to leave a proposal online: PORTAL_ONLINE_PROPOSAL_URL where the municipality
        has a form elsewhere, else the portal's own, pre-filled with the area (and session)."""
        from .submission import submission_url

        external = getattr(settings, "PORTAL_ONLINE_PROPOSAL_URL", "")
        if external:
            return external
        url = submission_url(self.request, area=self.area, dialogue=getattr(self, "session", None))
        return absolute(self.request, url) if url else ""

    @property
    def has_contact(self):
        area = self.area
        return bool(area.strategist_name or area.strategist_email or area.strategist_phone)


class RoundCampaign(AreaCampaign):
    """A round's campaign: all its sessions together."""

    def __init__(self, dialogue_round, request):
        self.round = dialogue_round
        self.request = request
        self.area = dialogue_round.area
        self.locale = dialogue_round.area.locale

    @cached_property
    def sessions(self):
        return [Campaign(session, self.request) for session in self.round.sessions]

    @property
    def ics_url(self):
        index = self.round.sessions[0].get_parent().specific
        return absolute(
            self.request,
            page_url(index, self.request)
            + index.reverse_subpage(
                "round_ics", kwargs={"area": self.area.slug, "month": self.round.key}
            ),
        )

    @cached_property
    def json_ld(self):
        return [campaign.json_ld for campaign in self.sessions]


class Campaign(AreaCampaign):
    """What a session's campaign says and where its material is, for one request."""

    def __init__(self, session, request):
        self.session = session
        self.request = request
        self.area = session.area
        self.locale = session.locale

    @cached_property
    def urls(self):
        return campaign_urls(self.session, self.request)

    @property
    def state(self):
        return state_of(self.session)

    @property
    def is_cancelled(self):
        return self.state == CANCELLED

    @property
    def is_past(self):
        return self.state == PAST

    @property
    def is_scheduled(self):
        return self.state == SCHEDULED

    @property
    def is_forum(self):
        return self.session.kind == self.session.Kind.FORUM

    @cached_property
    def what(self):
        return what_text(self.session)

    @cached_property
    def when(self):
        return when_text(self.session)

    @cached_property
    def when_parts(self):
        return when_parts(self.session)

    @cached_property
    def where(self):
        return where_text(self.session)

    @cached_property
    def proposals_left(self):
        return list(proposals_left(self.session))

    @property
    def proposals_left_count(self):
        return len(self.proposals_left)

    @cached_property
    def round(self):
        return round_of(self.session)

    @cached_property
    def share_text(self):
        return share_text(self.session, self.urls["campaign"])

    @cached_property
    def json_ld(self):
        return event_json_ld(self.session, self.request, self.urls["campaign"])


# --- calendar ----------------------------------------------------------------------------


def sequence_numbers(sessions):
    """SEQUENCE per session: how often it was published after the first time.

    Publish log entries only grow (revisions may be purged), so a republished session always
    gets a higher number and calendar programs take the change.
    """
    from django.db.models import Count

    counts = dict(
        PageLogEntry.objects.filter(
            page_id__in=[session.pk for session in sessions], action="wagtail.publish"
        )
        .values_list("page_id")
        .annotate(count=Count("pk"))
        .values_list("page_id", "count")
    )
    return {session.pk: max(0, counts.get(session.pk, 0) - 1) for session in sessions}


def calendar_event(session, request, sequence=0, stamp=None):
    state = state_of(session)
    campaign_url = route_url(session, "campaign", request)
    event = icalendar.Event()
    event.add("uid", calendar_uid(session))
    event.add("dtstamp", stamp or timezone.now())
    event.add("dtstart", local(session.start))
    event.add("dtend", local(session.end))
    summary = session.title
    if state == CANCELLED:
        summary = _("Cancelled: %(title)s") % {"title": session.title}
    event.add("summary", summary)
    location = where_text(session)
    if location:
        event.add("location", location)
    lines = [what_text(session)]
    if state == CANCELLED:
        lines.insert(0, _("Cancelled: this dialogue session will not take place."))
    if session.directions:
        lines.append(_("How to get there: %(directions)s") % {"directions": session.directions})
    lines.append(_("More information: %(url)s") % {"url": campaign_url})
    event.add("description", "\n\n".join(lines))
    event.add("url", campaign_url)
    event.add("status", "CANCELLED" if state == CANCELLED else "CONFIRMED")
    event.add("sequence", sequence)
    event.add("transp", "OPAQUE")
    if session.first_published_at:
        event.add("created", session.first_published_at)
    if session.last_published_at:
        event.add("last-modified", session.last_published_at)
    return event


def build_calendar(sessions, request, name=None):
    """An iCalendar (RFC 5545) object with one VEVENT per session, times in Europe/Stockholm
    with the VTIMEZONE that defines them."""
    sessions = list(sessions)
    language = translation.get_language() or settings.LANGUAGE_CODE
    site = Site.objects.filter(is_default_site=True).first()
    producer = (site.site_name if site else "") or "Dialogportal"
    calendar = icalendar.Calendar()
    calendar.add("prodid", f"-//{producer}//Dialogportal//{language.upper()}")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    if name:
        calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", settings.TIME_ZONE)
    stamp = timezone.now()
    sequences = sequence_numbers(sessions)
    for session in sessions:
        calendar.add_component(calendar_event(session, request, sequences[session.pk], stamp))
    if sessions:
        # The time zone's rules from a year before the first session to a year after the last.
        calendar.add_missing_timezones(
            first_date=min(local(s.start) for s in sessions).date() - timedelta(days=366),
            last_date=max(local(s.end) for s in sessions).date() + timedelta(days=366),
        )
    return calendar


def ics_response(calendar, filename):
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


# --- QR code -----------------------------------------------------------------------------


def qr_code(url):
    # Medium error correction survives a worn or creased poster.
    return segno.make(url, error="m", micro=False)


def qr_svg(url, title=""):
    buffer = io.BytesIO()
    qr_code(url).save(buffer, kind="svg", scale=10, border=4, title=title or None)
    return buffer.getvalue()


def qr_png(url):
    buffer = io.BytesIO()
    qr_code(url).save(buffer, kind="png", scale=10, border=4)
    return buffer.getvalue()


# --- share image -------------------------------------------------------------------------

SHARE_SIZE = (1200, 630)  # what Open Graph and most services show without cropping
BRAND = (11, 61, 92)
PALE = (207, 227, 240)
YELLOW = (255, 221, 0)
WHITE = (255, 255, 255)
DARK = (26, 26, 26)
DANGER = (164, 22, 26)
MARGIN = 64


def _wrap(draw, text, typeface, width, max_lines):
    """Words in lines no wider than width; the last line shortened with … when needed."""
    lines, line = [], ""
    for word in text.split():
        candidate = f"{line} {word}".strip()
        if draw.textlength(candidate, font=typeface) <= width or not line:
            line = candidate
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        last = lines[-1]
        while last and draw.textlength(last + "…", font=typeface) > width:
            last = last[:-1]
        lines[-1] = last.rstrip() + "…"
    return lines


def share_image(session):
    """A 1200×630 PNG with the session's title, date and time, and place."""
    width, height = SHARE_SIZE
    picture = Image.new("RGB", SHARE_SIZE, BRAND)
    draw = ImageDraw.Draw(picture)
    rtl = translation.get_language_bidi()
    direction = "rtl" if rtl else None
    text_width = width - 2 * MARGIN

    def write(y, text, typeface, fill):
        line_width = draw.textlength(text, font=typeface, direction=direction)
        x = width - MARGIN - line_width if rtl else MARGIN
        draw.text((x, y), text, font=typeface, fill=fill, direction=direction)

    state = state_of(session)
    kicker = f"{dialogue_name()} · {session.area.title}"
    write(MARGIN - 8, kicker, font(34, bold=True), PALE)

    title_font = font(66, bold=True)
    y = MARGIN + 56
    for line in _wrap(draw, session.title, title_font, text_width, 3):
        write(y, line, title_font, WHITE)
        y += 80

    y += 16
    if state == PAST:
        count = proposals_left(session).count()
        lines = [_("The session has taken place.")]
        if session.participants:
            lines.append(
                ngettext(
                    "%(count)d resident came", "%(count)d residents came", session.participants
                )
                % {"count": session.participants}
            )
        lines.append(
            ngettext("%(count)d proposal was left", "%(count)d proposals were left", count)
            % {"count": count}
        )
        for line in lines:
            write(y, line, font(40, bold=True), YELLOW)
            y += 54
    else:
        for line in _wrap(draw, when_text(session), font(40, bold=True), text_width, 2):
            write(y, line, font(40, bold=True), YELLOW)
            y += 54
        for line in _wrap(draw, where_text(session), font(36), text_width, 2):
            write(y, line, font(36), WHITE)
            y += 48

    # A white band along the foot with the portal's name.
    draw.rectangle([0, height - 84, width, height], fill=WHITE)
    write(height - 64, str(settings.WAGTAIL_SITE_NAME), font(34, bold=True), BRAND)

    if state == CANCELLED:
        label = _("Cancelled").upper()
        label_font = font(48, bold=True)
        label_width = draw.textlength(label, font=label_font)
        box = [width - MARGIN - label_width - 48, height - 84 - 100, width - MARGIN, height - 104]
        if rtl:
            box = [MARGIN, box[1], MARGIN + label_width + 48, box[3]]
        draw.rectangle(box, fill=DANGER, outline=WHITE, width=4)
        draw.text((box[0] + 24, box[1] + 14), label, font=label_font, fill=WHITE)

    buffer = io.BytesIO()
    picture.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
