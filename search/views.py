"""Site search (/sok/): Wagtail search over proposals and every other public page.

Proposals are searched in the site's default language, where each exists once (with the
status and area filters applied before .search(), on their FilterFields); other pages are
searched in the visitor's language. On PostgreSQL Wagtail's database backend uses the
database's full-text search, on SQLite its FTS tables.
"""

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page

from portal.text import search_text
from proposals_pages.filters import area_choices
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
        found = proposals.search(query, operator="and")
        context["proposal_results"] = Paginator(found, PER_PAGE).get_page(request.GET.get("page"))
        pages = (
            Page.objects.live()
            .public()
            .filter(locale=Locale.get_active(), depth__gt=1)
            .not_type(ProposalPage)
        )
        context["page_results"] = pages.search(query, operator="and")[:OTHER_PAGES_SHOWN]
    return TemplateResponse(request, "pages/search_page.html", context)
