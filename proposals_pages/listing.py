"""A page of proposals as the listing, area and theme pages show it: filters with counts."""

from django.core.paginator import Paginator
from django.db.models import QuerySet

from .filters import ProposalFilterSet
from .localization import in_active_language

PER_PAGE = 25


class CountedPaginator(Paginator):
    """A paginator told its count (the filters know it already), saving a counting scan."""

    def __init__(self, object_list, per_page, *, count, **kwargs):
        super().__init__(object_list, per_page, **kwargs)
        self.__dict__["count"] = count  # fills Paginator's cached property

    def page(self, number):
        """Pages past the middle are read from the other end: a short OFFSET, not a long one.

        The listing's sorts all end on the primary key, so the reversed order is exact.
        """
        if not isinstance(self.object_list, QuerySet):
            return super().page(number)  # search results, read as they come
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = min(bottom + self.per_page, self.count)
        if bottom <= self.count // 2:
            rows = list(rows_of(self.object_list, bottom, top))
        else:
            rows = list(rows_of(self.object_list.reverse(), self.count - top, self.count - bottom))
            rows.reverse()
        return self._get_page(rows, number, self)


def rows_of(queryset, start, stop):
    """queryset[start:stop], its keys chosen first: a narrow query PostgreSQL answers from the
    sort's index, which holds the filtered columns (status, area, theme), without reading a
    row it leaves out; then the rows themselves. Read whole, a filter that matches few of the
    newest proposals read thousands of rows to find a page of them."""
    return queryset.filter(pk__in=queryset.values("pk")[start:stop])


def proposal_listing(request, queryset, *, fixed=()):
    """Template context for a filtered, paginated proposal listing.

    `queryset` is what the page may show at all (an area page passes that area's proposals and
    fixes the area filter). Bad parameters are ignored and listed in `filter_problems`.
    """
    filterset = ProposalFilterSet(request.GET, queryset=queryset.for_listing(), fixed=fixed)
    paginator = CountedPaginator(filterset.qs, PER_PAGE, count=filterset.count())
    page_obj = paginator.get_page(request.GET.get("page"))
    return {
        "filter": filterset,
        "facets": filterset.facets(),
        "filter_problems": filterset.problems,
        "is_filtered": filterset.is_filtered,
        "page_obj": page_obj,
        # The page's rows in the visitor's language where translated (one query).
        "proposals": in_active_language(page_obj.object_list),
    }
