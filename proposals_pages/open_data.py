"""Open data (contract.md): machine-readable views of the portal, without a language prefix.

`lang=` picks the language of titles and labels (default: the site's, sv); an unknown value is
ignored. Every URL in the data is absolute, on the host the request came to.

- /open-data/dialogues.json: dialogue sessions, upcoming ones first (soonest first), then past
  ones (latest first). `upcoming=1` gives only the upcoming ones; `area` and `theme` (slugs)
  narrow the list.
- /open-data/dialogues.ics: the same sessions as an iCalendar feed.
- /open-data/proposals.json: live proposals, filtered by the listing's own ProposalFilterSet
  (so the same parameters give the same rows as /sv/forslag/), a page at a time.
- /open-data/proposals.csv: the same rows, all of them, streamed.

/<lang>/oppna-data/ explains every file to people (templates/pages/open_data_page.html).
"""

import csv
import io
from itertools import islice

from django.conf import settings
from django.http import JsonResponse, StreamingHttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext_lazy
from django.views.decorators.http import require_safe

from . import campaigns
from .filters import DEFAULT_SORT, SORTS, ProposalFilterSet, area_choices, theme_choices
from .listing import CountedPaginator
from .models import AreaPage, CommissionMeetingPage, DialogueEventPage, ProposalPage, ThemePage
from .models.base import in_default_locale
from .models.proposals import PAGE_LINK_FIELDS
from .statuses import Status

# --- shared by every open-data view ----------------------------------------------------


def requested_language(request):
    """The language asked for with lang=, if the site has it; else the default language."""
    code = (request.GET.get("lang") or "").strip().lower()
    return code if code in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


def translations_in(pages, language):
    """The live versions of pages in a language, by translation key (for lang=)."""
    if language == settings.LANGUAGE_CODE or not pages:
        return {}
    model = type(pages[0])
    return {
        page.translation_key: page
        for page in model.objects.live()
        .filter(
            locale__language_code=language,
            translation_key__in={page.translation_key for page in pages},
        )
        .select_related("locale")
    }


def slug_and_name(page, translated):
    """{slug, name}: the slug of the default-language page (what filters take), the name in
    the language asked for where the page is translated."""
    if page is None:
        return None
    version = translated.get(page.translation_key, page)
    return {"slug": page.slug, "name": version.title}


def json_response(data):
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False, "indent": 1})
    response["Access-Control-Allow-Origin"] = "*"
    return response


def open_data_view(view):
    """GET only; the language asked for is active while the view runs."""

    @require_safe
    def wrapper(request, *args, **kwargs):
        with translation.override(requested_language(request)):
            return view(request, *args, **kwargs)

    wrapper.__name__ = view.__name__
    wrapper.__doc__ = view.__doc__
    return wrapper


# --- dialogue sessions -----------------------------------------------------------------


def selected_sessions(request):
    """The live sessions in the default language, upcoming first, then past; and the
    problems with parameters that were ignored."""
    sessions = in_default_locale(DialogueEventPage.objects.live()).for_listing()
    problems = []
    # Checked against the known slugs, so odd input (a NUL byte) never reaches the database.
    for parameter, choices in (("area", area_choices), ("theme", theme_choices)):
        slug = request.GET.get(parameter, "").strip()
        if not slug:
            continue
        if slug in dict(choices()):
            sessions = sessions.filter(**{f"{parameter}__slug": slug})
        else:
            problems.append(
                _("Unknown %(parameter)s “%(value)s”: ignored.")
                % {"parameter": parameter, "value": slug[:100]}
            )
    now = timezone.now()
    upcoming = list(sessions.filter(end__gte=now).order_by("start", "pk"))
    if request.GET.get("upcoming", "").strip().lower() in {"1", "true", "yes"}:
        return upcoming, problems
    return upcoming + list(sessions.filter(end__lt=now).order_by("-start", "-pk")), problems


def localised_sessions(sessions, language):
    """Each session in the language asked for where it is translated, else as it is."""
    translated = translations_in(sessions, language)
    return [translated.get(session.translation_key, session) for session in sessions]


def dialogue_row(session, source, request, areas, themes):
    """One session as contract.md lists it (plus kind, cancelled and participants)."""
    urls = campaigns.campaign_urls(session, request)
    return {
        "title": session.title,
        "area": slug_and_name(source.area, areas),
        "theme": slug_and_name(source.theme, themes),
        "kind": session.kind,
        "start": campaigns.local(session.start).isoformat(),
        "end": campaigns.local(session.end).isoformat(),
        "place": session.place_name,
        "address": session.address,
        "cancelled": session.cancelled,
        "participants": session.participants,
        "url": urls["page"],
        "campaign_url": urls["campaign"],
        "ics_url": urls["ics"],
    }


@open_data_view
def dialogues_json(request):
    """/open-data/dialogues.json: {"count": N, "results": [...]}."""
    language = translation.get_language()
    sources, problems = selected_sessions(request)
    sessions = localised_sessions(sources, language)
    areas = translations_in([s.area for s in sources], language)
    themes = translations_in([s.theme for s in sources if s.theme_id], language)
    data = {
        "count": len(sessions),
        "results": [
            dialogue_row(session, source, request, areas, themes)
            for session, source in zip(sessions, sources, strict=True)
        ],
    }
    if problems:
        data["problems"] = problems
    return json_response(data)


@open_data_view
def dialogues_ics(request):
    """/open-data/dialogues.ics: every selected session as one iCalendar feed."""
    sources, _problems = selected_sessions(request)
    sessions = localised_sessions(sources, translation.get_language())
    name = _("Dialogue sessions – %(site)s") % {"site": settings.WAGTAIL_SITE_NAME}
    calendar = campaigns.build_calendar(sessions, request, name=name)
    response = campaigns.ics_response(calendar, "dialogues.ics")
    # A feed to subscribe to, not a file to save.
    response["Content-Disposition"] = 'inline; filename="dialogues.ics"'
    response["Access-Control-Allow-Origin"] = "*"
    return response


# --- proposals -------------------------------------------------------------------------

PAGE_SIZE = 100
MAX_PAGE_SIZE = 1000
# Rows read from the database at a time for the CSV: its memory stays that of one batch.
CSV_BATCH_SIZE = 1000
CSV_COLUMNS = [
    "reference",
    "title",
    "area_slug",
    "area_name",
    "theme_slug",
    "theme_name",
    "status",
    "status_label",
    "submitted_on",
    "cost_estimate_sek",
    "decided_on",
    "completed_on",
    "meeting_url",
    "url",
]
# Excel reads UTF-8 only with a byte order mark (else å, ä, ö come out garbled); csv readers
# take it with encoding="utf-8-sig". A cell starting like a formula gets an apostrophe first,
# so a spreadsheet shows the text instead of running it (OWASP's advice on CSV injection).
BYTE_ORDER_MARK = "\ufeff"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def proposal_filterset(request):
    """The listing's FilterSet over the listing's own queryset: the same parameters select
    the same proposals, and the cached counts are shared with /forslag/."""
    return ProposalFilterSet(
        request.GET, queryset=ProposalPage.objects.live().in_default_locale().for_listing()
    )


def iso(day):
    return day.isoformat() if day else None


def linked_pages(model, ids, language):
    """The pages of these ids, each with its version in the language asked for (by id)."""
    if not ids:
        return {}
    pages = model.objects.only(*PAGE_LINK_FIELDS, "slug", "title").in_bulk(ids)
    translated = translations_in(list(pages.values()), language)
    return {pk: (page, translated.get(page.translation_key, page)) for pk, page in pages.items()}


def proposal_rows(proposals, request, language):
    """Each proposal as contract.md lists it, in the language asked for where translated.

    A few queries for the whole batch (the linked pages and the translations), never one per
    proposal; each area, theme and meeting is built once, not once per row.
    """
    translated = translations_in(proposals, language)
    areas = {
        pk: slug_and_name(page, {page.translation_key: version})
        for pk, (page, version) in linked_pages(
            AreaPage, {p.area_id for p in proposals}, language
        ).items()
    }
    themes = {
        pk: slug_and_name(page, {page.translation_key: version})
        for pk, (page, version) in linked_pages(
            ThemePage, {p.theme_id for p in proposals if p.theme_id}, language
        ).items()
    }
    meetings = {
        pk: request.build_absolute_uri(version.get_url(request))
        for pk, (_page, version) in linked_pages(
            CommissionMeetingPage,
            {p.decided_at_meeting_id for p in proposals if p.decided_at_meeting_id},
            language,
        ).items()
    }
    for proposal in proposals:
        version = translated.get(proposal.translation_key, proposal)
        yield {
            "reference": proposal.reference,
            "title": version.title,
            "area": areas[proposal.area_id],
            "theme": themes.get(proposal.theme_id),
            "status": proposal.status,
            "status_label": str(proposal.status_label),
            "submitted_on": iso(proposal.submitted_on),
            "cost_estimate_sek": proposal.cost_estimate_sek,
            "decided_on": iso(proposal.decided_on),
            "completed_on": iso(proposal.completed_on),
            "meeting_url": meetings.get(proposal.decided_at_meeting_id),
            "url": request.build_absolute_uri(version.get_url(request)),
        }


def requested_page_size(request, problems):
    """page_size: PAGE_SIZE when absent or not a whole number, else kept within 1..MAX."""
    value = request.GET.get("page_size", "").strip()
    if not value:
        return PAGE_SIZE
    try:
        size = int(value)
    except ValueError:
        problems.append(
            _("“page_size” must be a whole number from 1 to %(max)s; %(size)s is used.")
            % {"max": MAX_PAGE_SIZE, "size": PAGE_SIZE}
        )
        return PAGE_SIZE
    kept = min(max(size, 1), MAX_PAGE_SIZE)
    if kept != size:
        problems.append(
            _("“page_size” can be from 1 to %(max)s; %(size)s is used.")
            % {"max": MAX_PAGE_SIZE, "size": kept}
        )
    return kept


def requested_page(request, problems):
    """page: 1 when absent, not a whole number or below 1 (the latter two said so)."""
    value = request.GET.get("page", "").strip()
    if not value:
        return 1
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        problems.append(_("“page” must be a whole number from 1; the first page is given."))
        return 1
    return number


def page_link(request, number, size):
    """The absolute address of another page of the same selection."""
    query = request.GET.copy()
    query["page"] = str(number)
    query["page_size"] = str(size)
    return request.build_absolute_uri(f"{request.path}?{query.urlencode()}")


@open_data_view
def proposals_json(request):
    """/open-data/proposals.json: {"count", "next", "previous", "results"}, a page at a time.

    A page past the last one has empty results and says so in "problems"; its "previous"
    leads to the last page.
    """
    filterset = proposal_filterset(request)
    problems = [str(problem) for problem in filterset.problems]
    size = requested_page_size(request, problems)
    number = requested_page(request, problems)
    paginator = CountedPaginator(filterset.qs.for_open_data(), size, count=filterset.count())
    if number > paginator.num_pages:
        problems.append(
            _("There is no page %(page)s: the last page is %(last)s.")
            % {"page": number, "last": paginator.num_pages}
        )
        proposals = []
    else:
        proposals = list(paginator.page(number).object_list)
    language = translation.get_language()
    data = {
        "count": paginator.count,
        "next": page_link(request, number + 1, size) if number < paginator.num_pages else None,
        "previous": (
            page_link(request, min(number - 1, paginator.num_pages), size) if number > 1 else None
        ),
        "results": list(proposal_rows(proposals, request, language)),
    }
    if problems:
        data["problems"] = problems
    return json_response(data)


def csv_cells(row):
    """A JSON row flattened into the CSV's columns: area and theme as slug and name."""
    cells = {}
    for key, value in row.items():
        if key in ("area", "theme"):
            cells[f"{key}_slug"] = value and value["slug"]
            cells[f"{key}_name"] = value and value["name"]
        else:
            cells[key] = value
    for key, value in cells.items():
        if isinstance(value, str) and value.startswith(FORMULA_STARTS):
            cells[key] = "'" + value
    return cells


def batches(iterable, size):
    iterator = iter(iterable)
    while batch := list(islice(iterator, size)):
        yield batch


def csv_text(proposals, request, language):
    """The CSV a batch at a time: the database is read with a cursor, never all at once."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS)

    def written():
        text = buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
        return text

    writer.writeheader()
    yield BYTE_ORDER_MARK + written()
    for batch in batches(proposals.iterator(chunk_size=CSV_BATCH_SIZE), CSV_BATCH_SIZE):
        # The view's language is no longer active while the response streams.
        with translation.override(language):
            writer.writerows(csv_cells(row) for row in proposal_rows(batch, request, language))
        yield written()


@open_data_view
def proposals_csv(request):
    """/open-data/proposals.csv: every proposal the filters select, as one streamed CSV."""
    proposals = proposal_filterset(request).qs.for_open_data()
    language = translation.get_language()
    # HEAD gets the headers only: no need to read a single proposal.
    text = () if request.method == "HEAD" else csv_text(proposals, request, language)
    response = StreamingHttpResponse(text, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="proposals.csv"'
    response["Access-Control-Allow-Origin"] = "*"
    return response


# --- the open-data page ----------------------------------------------------------------

LICENCE_URL = "https://creativecommons.org/publicdomain/zero/1.0/"
# Built on another branch (contract.md); named by its path so the page does not depend on it.
STATISTICS_PATH = "/open-data/statistics.json"

# What each parameter and field means, as the open-data page explains them: kept here, next
# to the code that writes the fields, and held to it by tests/test_open_data_page.py.
# %(...)s in a text is filled in by the page.
LANGUAGE_PARAMETER = {
    "lang": gettext_lazy(
        "The language of titles, names and labels: %(languages)s. Without it, Swedish. "
        "What is not translated keeps its Swedish title."
    ),
}
LISTING_PARAMETERS = {
    "area": gettext_lazy("The slug of an area: the last part of its address on this site."),
    "theme": gettext_lazy("The slug of a theme: the last part of its address on this site."),
    "status": gettext_lazy(
        "A status code from the table below. Repeat it for several: "
        "status=approved&status=completed."
    ),
    "year": gettext_lazy("The year the proposals were submitted."),
    "q": gettext_lazy(
        "Free text: every word must be in the title or the text, or be the proposal's reference."
    ),
    "sort": gettext_lazy("The order: %(sorts)s. Without it, %(default_sort)s."),
}
PAGING_PARAMETERS = {
    "page": gettext_lazy(
        "Which page, from 1. A page past the last one has no results, and says so in “problems”."
    ),
    "page_size": gettext_lazy(
        "Proposals per page: %(page_size)s unless given, at most %(max_page_size)s. A number "
        "outside 1 to %(max_page_size)s is brought within it."
    ),
}
PROPOSAL_PAGE_FIELDS = {
    "count": gettext_lazy("How many proposals the parameters select, on every page."),
    "next": gettext_lazy("The address of the next page, or null on the last one."),
    "previous": gettext_lazy("The address of the previous page, or null on the first one."),
    "results": gettext_lazy("The proposals of this page, each with the fields below."),
    "problems": gettext_lazy("Only when a parameter could not be used: what was wrong with it."),
}
PROPOSAL_FIELDS = {
    "reference": gettext_lazy(
        "The proposal's reference, as on the resident's receipt (such as BD-2024-0137)."
    ),
    "title": gettext_lazy("The proposal's title."),
    "area": gettext_lazy("The area it is for: {slug, name}."),
    "theme": gettext_lazy("Its theme: {slug, name}, or null when it has none."),
    "status": gettext_lazy("Where it stands: a status code from the table below."),
    "status_label": gettext_lazy("The status in words, in the language asked for."),
    "submitted_on": gettext_lazy("The day it was submitted."),
    "cost_estimate_sek": gettext_lazy(
        "The administration's cost estimate in whole kronor, or null until it has one."
    ),
    "decided_on": gettext_lazy("The day the commission decided, or null."),
    "completed_on": gettext_lazy("The day it was completed, or null."),
    "meeting_url": gettext_lazy("The page of the commission meeting that decided it, or null."),
    "url": gettext_lazy("The proposal's page."),
}
DIALOGUE_PARAMETERS = {
    "upcoming": gettext_lazy("1: only the sessions that have not ended yet."),
    "area": LISTING_PARAMETERS["area"],
    "theme": LISTING_PARAMETERS["theme"],
}
DIALOGUE_FIELDS = {
    "title": gettext_lazy("The session's title."),
    "area": gettext_lazy("The area where it is held: {slug, name}."),
    "theme": gettext_lazy("Its theme: {slug, name}, or null for an open dialogue."),
    "kind": gettext_lazy("dialogue: a dialogue session; forum: a dialogue forum meeting."),
    "start": gettext_lazy(
        "When it starts: ISO 8601 with the offset from UTC, such as %(example)s."
    ),
    "end": gettext_lazy("When it ends, written the same way."),
    "place": gettext_lazy("The name of the place."),
    "address": gettext_lazy("The street address, when there is one."),
    "cancelled": gettext_lazy("true when the session will not take place."),
    "participants": gettext_lazy("How many residents came, once counted; else null."),
    "url": gettext_lazy("The session's page."),
    "campaign_url": gettext_lazy("Its campaign page, with a poster, a flyer and a QR code."),
    "ics_url": gettext_lazy("Its calendar entry (.ics)."),
}
STATISTICS_PARAMETERS = {
    "year": gettext_lazy("The year the proposals were submitted. Without it, every year."),
    "area": gettext_lazy("The slug of an area. Without it, every area."),
}
STATISTICS_FIELDS = {
    "received": gettext_lazy("Proposals received."),
    "decided": gettext_lazy(
        "Decided by the commission: approved, rejected, referred, in progress and completed."
    ),
    "approved": gettext_lazy("Approved, including those in progress or completed."),
    "rejected": gettext_lazy("Rejected."),
    "referred": gettext_lazy("Referred to the body that owns the question."),
    "completed": gettext_lazy("Completed."),
    "granted_sek": gettext_lazy(
        "The sum of the cost estimates of the approved ones, in whole kronor."
    ),
    "median_days_to_decision": gettext_lazy(
        "The median number of days from submission to decision, or null when none is decided."
    ),
    "median_days_to_completion": gettext_lazy(
        "The median number of days from decision to completion, or null when none is completed."
    ),
    "selection": gettext_lazy(
        "What was counted: the year and the area, null where every year or every area was."
    ),
    "problems": PROPOSAL_PAGE_FIELDS["problems"],
}


def described(terms, values):
    """(name, text) pairs for the page, with the figures filled into the texts."""
    return [(name, str(text) % values) for name, text in terms.items()]


def isolated(text):
    """Text that keeps its own direction inside a sentence in the other one (codes and
    timestamps in Arabic, Arabic in a list of codes): Unicode's first-strong isolate."""
    return f"\u2068{text}\u2069"


@require_safe
def open_data_page(request):
    """/<lang>/oppna-data/: what each open-data file holds, its parameters, examples and
    licence, in the visitor's language (interface strings, so it exists in every language)."""
    areas, themes = area_choices(), theme_choices()
    # Examples with an area and a theme that exist here, so they give rows.
    area, area_name = areas[0] if areas else ("fittja", "Fittja")
    theme, theme_name = themes[0] if themes else ("trygghet", "Trygghet")
    year = timezone.localdate().year
    files = {
        "proposals_json": reverse("open_data_proposals_json"),
        "proposals_csv": reverse("open_data_proposals_csv"),
        "dialogues_json": reverse("open_data_dialogues_json"),
        "dialogues_ics": reverse("open_data_dialogues_ics"),
        "statistics_json": STATISTICS_PATH,
    }
    files = {name: request.build_absolute_uri(path) for name, path in files.items()}
    values = {
        "languages": ", ".join(isolated(f"{code} ({name})") for code, name in settings.LANGUAGES),
        "sorts": ", ".join(isolated(f"{key} ({label})") for key, (label, _o) in SORTS.items()),
        "default_sort": isolated(DEFAULT_SORT),
        "page_size": PAGE_SIZE,
        "max_page_size": MAX_PAGE_SIZE,
        "example": isolated("2027-03-28T10:00:00+02:00"),
    }
    examples = [
        (
            _("Approved and completed proposals in %(area)s") % {"area": area_name},
            f"{files['proposals_json']}?area={area}&status=approved&status=completed",
        ),
        (
            _("Proposals on the theme %(theme)s submitted in %(year)s, in English")
            % {"theme": theme_name, "year": year},
            f"{files['proposals_json']}?theme={theme}&year={year}&lang=en",
        ),
        (
            _("A thousand proposals at a time, highest cost first"),
            f"{files['proposals_json']}?sort=cost&page_size={MAX_PAGE_SIZE}",
        ),
        (
            _("Every rejected proposal in %(area)s, as CSV") % {"area": area_name},
            f"{files['proposals_csv']}?area={area}&status=rejected",
        ),
        (
            _("Upcoming dialogue sessions in %(area)s") % {"area": area_name},
            f"{files['dialogues_json']}?upcoming=1&area={area}",
        ),
        (
            _("The calendar feed in Arabic"),
            f"{files['dialogues_ics']}?lang=ar",
        ),
        (
            _("The numbers for %(area)s, proposals submitted in %(year)s")
            % {"area": area_name, "year": year},
            f"{files['statistics_json']}?year={year}&area={area}",
        ),
    ]
    context = {
        "page_title": pgettext_lazy("open data", "Open data"),
        "files": files,
        "examples": examples,
        "statuses": Status.choices,
        "licence_url": LICENCE_URL,
        "csv_columns": CSV_COLUMNS,
        "proposal_parameters": described(
            LISTING_PARAMETERS | PAGING_PARAMETERS | LANGUAGE_PARAMETER, values
        ),
        "proposal_page_fields": described(PROPOSAL_PAGE_FIELDS, values),
        "proposal_fields": described(PROPOSAL_FIELDS, values),
        "csv_parameters": described(LISTING_PARAMETERS | LANGUAGE_PARAMETER, values),
        "dialogue_parameters": described(DIALOGUE_PARAMETERS | LANGUAGE_PARAMETER, values),
        "dialogue_fields": described(DIALOGUE_FIELDS, values),
        "statistics_parameters": described(STATISTICS_PARAMETERS, values),
        "statistics_fields": described(STATISTICS_FIELDS, values),
    }
    return TemplateResponse(request, "pages/open_data_page.html", context)
