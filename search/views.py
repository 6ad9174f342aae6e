"""Site search (/sok/): Wagtail search over every public page in the visitor's language."""

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page

MAX_QUERY_LENGTH = 200


def search(request):
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    results = None
    if query:
        pages = Page.objects.live().public().filter(locale=Locale.get_active()).specific()
        results = Paginator(pages.search(query), 20).get_page(request.GET.get("page"))
    return TemplateResponse(
        request,
        "pages/search_page.html",
        {"query": query, "results": results, "page_title": _("Search")},
    )
