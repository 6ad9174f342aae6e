"""The read-only API: Wagtail's API v2 at /api/v2/, with the pages endpoint only.

    /api/v2/pages/?type=proposals_pages.ProposalPage&fields=*
    /api/v2/pages/<id>/

What a page type shows is its `api_fields` (models/). Labels (a status, the history) are in the
language of the page they belong to: a Swedish proposal's in Swedish, its English translation's
in English; `?locale=en` picks the English pages.

Who proposed something is never in it, by construction: no model's api_fields names the
Proposer or a way to it, and only api_fields can be asked for, filtered or ordered by.

No images or documents endpoints: they would list every file in the library, not only those
the public pages show (an area's image, a meeting's minutes are shown with their page).
Only GET (and HEAD, OPTIONS) is answered; as JSON only, with no session or password login,
so the API sees exactly what an anonymous visitor sees.
"""

from types import SimpleNamespace

from django.core.exceptions import ValidationError
from django.middleware import locale
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _
from rest_framework import serializers
from rest_framework.permissions import AllowAny
from rest_framework.renderers import JSONRenderer
from wagtail.api.v2.filters import SearchFilter
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.serializers import PageSerializer, RelatedField
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.models import Site
from wagtail.rich_text import expand_db_html

from portal.text import search_text

from .statuses import Status

# --- how the domain's fields look ------------------------------------------------------


class RichTextHTMLField(serializers.Field):
    """Rich text as the page shows it: HTML with links to pages and documents resolved."""

    def to_representation(self, value):
        return expand_db_html(value)


class PageLanguageField(serializers.Field):
    """A field whose text is in the language of the page it is on."""

    def get_attribute(self, instance):
        return instance

    def to_representation(self, page):
        with translation.override(page.locale.language_code):
            return self.represent(page)

    def represent(self, page):
        raise NotImplementedError


class StatusLabelField(PageLanguageField):
    """The proposal's status as a resident reads it ("Beviljat")."""

    def represent(self, proposal):
        return str(Status(proposal.status).label)


class StatusHistoryField(PageLanguageField):
    """The public history, oldest first (the same entries as the page's "What has happened")."""

    def represent(self, proposal):
        # Prefetched for the proposals that keep it (ProposalQuerySet.for_api); a translation
        # reads its source's.
        entries = proposal.history.all() if proposal.keeps_history else proposal.status_history
        return [
            {
                "status": entry.status,
                "status_label": str(entry.get_status_display()),
                "date": entry.changed_on.isoformat(),
                "note": entry.note,
            }
            for entry in entries
        ]


class AdministrationField(serializers.Field):
    """The responsible administration (a snippet, which has no endpoint of its own)."""

    def to_representation(self, administration):
        return {
            "name": administration.name,
            "slug": administration.slug,
            "website": administration.website or None,
        }


class DocumentField(serializers.Field):
    """A document the page links to (a meeting's minutes): its title and address."""

    def to_representation(self, document):
        request = self.context.get("request")
        url = document.url
        return {
            "title": document.title,
            "url": request.build_absolute_uri(url) if request else url,
        }


# --- the endpoint -----------------------------------------------------------------------


class SearchTextFilter(SearchFilter):
    """Wagtail's ?search=, with the text cleaned as the site search cleans it: SQLite's
    full-text search refuses an unbalanced quote when the results are counted."""

    def filter_queryset(self, request, queryset, view):
        if "search" in request.GET:
            params = request.GET.copy()
            params["search"] = search_text(params["search"])
            request = SimpleNamespace(GET=params)  # all that SearchFilter reads
        return super().filter_queryset(request, queryset, view)


class ReusedRelatedField(RelatedField):
    """Wagtail's field for a linked page or object, with one serializer for all its values:
    Wagtail builds a new one, fields and all, per value (a third of a listing's time)."""

    def to_representation(self, value):
        if not hasattr(self, "_serializer"):
            self._serializer = self.serializer_class(context=self.context)
        return self._serializer.to_representation(value)


class PortalPageSerializer(PageSerializer):
    serializer_related_field = ReusedRelatedField


class Pagination(WagtailPagination):
    """Wagtail's ?limit= and ?offset=, except that an offset past the last item is an empty
    page, not a database error (an OFFSET beyond 64 bits)."""

    def paginate_queryset(self, queryset, request, view=None):
        page = super().paginate_queryset(queryset, request, view)
        if int(request.GET.get("offset", 0)) >= self.total_count:
            return []
        return page


class PagesEndpoint(PagesAPIViewSet):
    """Live, public pages of every language tree; GET only."""

    renderer_classes = [JSONRenderer]
    base_serializer_class = PortalPageSerializer
    pagination_class = Pagination
    filter_backends = [
        SearchTextFilter if backend is SearchFilter else backend
        for backend in PagesAPIViewSet.filter_backends
    ]
    authentication_classes = []
    permission_classes = [AllowAny]
    # A linked page (a proposal's area, its meeting) with what a program needs to show it.
    nested_default_fields = PagesAPIViewSet.nested_default_fields + ["slug", "html_url"]

    def initial(self, request, *args, **kwargs):
        # A NUL byte is refused before any view reaches PostgreSQL with it (which cannot
        # store one): ?site=, ?locale= and /find/?html_path= all go to the database.
        for key, values in request.GET.lists():
            if "\x00" in key or any("\x00" in value for value in values):
                raise BadRequestError(_("Query parameters may not contain NUL characters."))
        super().initial(request, *args, **kwargs)

    def filter_queryset(self, queryset):
        # Wagtail converts integers and booleans; a date (?submitted_on=tomorrow) it leaves
        # to the database field, which refuses it when the filter is built.
        try:
            return super().filter_queryset(queryset)
        except (ValidationError, ValueError, TypeError) as error:
            raise BadRequestError(
                _("A filter has a value it cannot use: %(error)s")
                % {"error": "; ".join(getattr(error, "messages", [str(error)]))}
            ) from error

    def get_base_queryset(self):
        # Wagtail looks up ?site=host:port without expecting it to be missing or malformed.
        try:
            return super().get_base_queryset()
        except (Site.DoesNotExist, ValidationError, ValueError) as error:
            raise BadRequestError(_("There is no such site.")) from error

    def find_object(self, queryset, request):
        # /find/?id=abc: Wagtail passes the id to the database unchecked.
        try:
            return super().find_object(queryset, request)
        except (ValidationError, ValueError) as error:
            raise BadRequestError(
                _("A filter has a value it cannot use: %(error)s") % {"error": error}
            ) from error

    def get_queryset(self):
        """The pages with what their api_fields show joined in (no query per row)."""
        queryset = super().get_queryset().select_related("locale")
        model = queryset.model
        related = []
        children = []
        for field in self.get_body_fields(model):
            relation = next(
                (f for f in model._meta.get_fields() if f.name == field.name and f.is_relation),
                None,
            )
            if relation is None:
                continue
            if relation.many_to_one or relation.one_to_one:
                related.append(field.name)
            else:
                children.append(field.name)
        queryset = queryset.select_related(*related).prefetch_related(*children)
        for_api = getattr(queryset, "for_api", None)
        return for_api() if for_api else queryset

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        # Public, read-only data without credentials: any web page may read it.
        response["Access-Control-Allow-Origin"] = "*"
        return response


API_PREFIX = "/api/"

api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PagesEndpoint)


class LocaleMiddleware(locale.LocaleMiddleware):
    """Django's LocaleMiddleware, except that the API's "not found" stays the API's answer.

    Django sends a 404 outside the language prefixes on to the same path under one
    (/api/v2/pages/9/ to /sv/api/v2/pages/9/), where Wagtail answers with an HTML page: no
    use to a program that asked for JSON.
    """

    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith(API_PREFIX):
            patch_vary_headers(response, ("Accept-Language",))
            response.headers.setdefault("Content-Language", translation.get_language())
            return response
        return super().process_response(request, response)
