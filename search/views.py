"""Site search (/sok/): Wagtail search over proposals and every other public page.

Proposals are searched in the site's default language, where each exists once (with the
status and area filters applied before .search(), on their FilterFields), newest first;
other pages are searched in the visitor's language. On PostgreSQL Wagtail's database backend
uses the database's full-text search, on SQLite its FTS tables.
"""

from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page, get_page_models

from portal.text import search_text
from proposals_pages.caching import cached_counts
from proposals_pages.filters import area_choices
from proposals_pages.listing import CountedPaginator
from proposals_pages.models import AreaPage, ProposalPage
from proposals_pages.statuses import Status

MAX_QUERY_LENGTH = 200
PER_PAGE = 20
OTHER_PAGES_SHOWN = 10


def search(request):
    query = search_text(request.GET.get("q", ""), MAX_QUERY_LENGTH)
    statuses = [code for code in request.GET.getlist("status") if code in Status.values]
    areas = area_choices()
    area_slug = request.GET.get("area", "")
    if area_slug not in dict(areas):
        area_slug = ""
    context = {
        "query": query,
        "page_title": _("Search"),
        "statuses": Status.choices,
        "selected_statuses": statuses,
        "areas": areas,
        "selected_area": area_slug,
        "proposal_results": None,
        "page_results": [],
    }
    if query:
        # Filters before .search() must be on FilterFields: the locale itself, not its code.
        proposals = ProposalPage.objects.live().filter(locale=Locale.get_default()).for_listing()
        if statuses:
            proposals = proposals.filter(status__in=statuses)
        if area_slug:
            area_ids = AreaPage.objects.filter(slug=area_slug).values_list("pk", flat=True)
            proposals = proposals.filter(area_id__in=list(area_ids))
        # Newest first, as the listing: ranked by relevance, PostgreSQL scored and sorted
        # every match of a common word (12,000 of 100,000 proposals: 200 ms) to show twenty.
        found = proposals.order_by("-submitted_on", "-id").search(
            query, operator="and", order_by_relevance=False
        )
        # Counted once per version of the proposals, as the listing's counts are.
        count = cached_counts(("search", query, sorted(statuses), area_slug), found.count)
        paginator = CountedPaginator(found, PER_PAGE, count=count)
        context["proposal_results"] = paginator.get_page(request.GET.get("page"))
        # The other page types named, not "not a proposal": PostgreSQL then reads those few
        # pages by type and looks their entries up, rather than checking every entry that
        # matches a common word (most of them proposals') against its page.
        pages = (
            Page.objects.live()
            .public()
            .filter(locale=Locale.get_active(), depth__gt=1)
            .type(*other_page_models())
        )
        context["page_results"] = pages.search(query, operator="and")[:OTHER_PAGES_SHOWN]
    return TemplateResponse(request, "pages/search_page.html", context)


def other_page_models():
    return [
        model
        for model in get_page_models()
        if model is not Page and not issubclass(model, ProposalPage)
    ]
