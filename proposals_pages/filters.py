"""The one FilterSet for proposals: the listing, the area and theme pages and the open data.

Query parameters (contract.md): area, theme (slugs), status (may repeat), year (submitted),
q (free text), sort, page. A value that does not validate is ignored and reported in
`problems`, never a server error.
"""

import functools
from dataclasses import dataclass

import django_filters
from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db.models import Count, F, Q
from django.db.models.functions import ExtractYear
from django.utils.translation import gettext_lazy as _

from .caching import cached_counts
from .localization import active_language, locale_id_of
from .models.base import default_locale_id, in_default_locale
from .statuses import Status

MAX_TEXT_LENGTH = 200


def area_choices():
    from .models import AreaPage  # the models import this module

    return localized_choices(AreaPage)


def theme_choices():
    from .models import ThemePage  # the models import this module

    return localized_choices(ThemePage)


def localized_choices(model):
    """(slug, title) of each live page of the model: the slugs of the Swedish pages, which
    every translation shares (so a filter means the same in every language), and the title
    in the active language where the page is translated. Sorted by that title."""
    pages = in_default_locale(model.objects.live()).only("slug", "title", "translation_key")
    locale_id = locale_id_of(active_language())
    titles = {}
    if locale_id is not None and locale_id != default_locale_id():
        titles = dict(
            model.objects.live().filter(locale_id=locale_id).values_list("translation_key", "title")
        )
    choices = [(page.slug, titles.get(page.translation_key, page.title)) for page in pages]
    return sorted(choices, key=lambda choice: choice[1].casefold())


SORTS = {
    "newest": (_("Newest first"), [F("submitted_on").desc(), F("pk").desc()]),
    "decided": (
        _("Recently decided"),
        [F("decided_on").desc(nulls_last=True), F("submitted_on").desc(), F("pk").desc()],
    ),
    "cost": (
        _("Highest cost first"),
        [F("cost_estimate_sek").desc(nulls_last=True), F("pk").desc()],
    ),
}
DEFAULT_SORT = "newest"


@dataclass
class FacetChoice:
    """One choice of a filter with the number of proposals it would show."""

    value: str
    label: str
    count: int
    selected: bool


class ProposalFilterSet(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label=_("Search the proposals"),
        method="filter_text",
        max_length=MAX_TEXT_LENGTH,
    )
    area = django_filters.ChoiceFilter(
        label=_("Area"), method="filter_area", choices=area_choices, empty_label=_("All areas")
    )
    theme = django_filters.ChoiceFilter(
        label=_("Theme"),
        method="filter_theme",
        choices=theme_choices,
        empty_label=_("All themes"),
    )
    status = django_filters.MultipleChoiceFilter(
        label=_("Status"),
        choices=Status.choices,
        widget=forms.CheckboxSelectMultiple,
        distinct=False,  # one row per proposal already; DISTINCT made PostgreSQL sort them all
    )
    year = django_filters.NumberFilter(
        label=_("Year submitted"),
        field_name="submitted_on",
        lookup_expr="year",
        validators=[MinValueValidator(1900), MaxValueValidator(2999)],
    )
    sort = django_filters.ChoiceFilter(
        label=_("Sort by"),
        method="sort_by",
        choices=[(key, label) for key, (label, _order) in SORTS.items()],
        empty_label=None,
    )

    # Filters whose choices are listed with counts, and the value each row is grouped by.
    facet_keys = {
        "area": "area__slug",
        "theme": "theme__slug",
        "status": "status",
        "year": "facet_year",
    }

    def __init__(self, data=None, queryset=None, *, fixed=(), **kwargs):
        """`fixed` names filters a page has already applied (an area page fixes the area)."""
        super().__init__(data, queryset, **kwargs)
        self._ids = {}
        for name in fixed:
            self.filters.pop(name, None)
        # The pages to choose from, read once when needed: the form checks a value against
        # them and the facets list them, and a field calls its choices each time.
        for name, choices in (("area", area_choices), ("theme", theme_choices)):
            if name in self.filters:
                self.filters[name].extra["choices"] = functools.cache(choices)

    # --- filtering -------------------------------------------------------

    # By the pages' ids, looked up once (a slug names one page per language): with the ids
    # written out, PostgreSQL knows how many proposals they select and filters on them first;
    # with a subquery it guessed one row and filtered after joining thousands.
    def filter_area(self, queryset, name, value):
        from .models import AreaPage

        return queryset.filter(area_id__in=self.ids_of(AreaPage, value))

    def filter_theme(self, queryset, name, value):
        from .models import ThemePage

        return queryset.filter(theme_id__in=self.ids_of(ThemePage, value))

    def ids_of(self, model, slug):
        key = (model, slug)
        if key not in self._ids:
            self._ids[key] = list(model.objects.filter(slug=slug).values_list("pk", flat=True))
        return self._ids[key]

    def filter_text(self, queryset, name, value):
        words = value.split()
        for word in words:
            queryset = queryset.filter(
                Q(title__icontains=word)
                | Q(description__icontains=word)
                | Q(reference__iexact=word)
            )
        return queryset

    def sort_by(self, queryset, name, value):
        return queryset.order_by(*SORTS.get(value, SORTS[DEFAULT_SORT])[1])

    def filter_queryset(self, queryset):
        sort = self.form.cleaned_data.get("sort") or DEFAULT_SORT
        return self.sort_by(self.apply(queryset), "sort", sort)

    def apply(self, queryset, leave_out=None):
        """The queryset with every valid filter applied except `leave_out` (and sorting)."""
        for name, value in self.form.cleaned_data.items():
            if name in (leave_out, "sort") or name not in self.filters:
                continue
            queryset = self.filters[name].filter(queryset, value)
        return queryset

    # --- what the page shows ---------------------------------------------

    @property
    def problems(self):
        """Plain-language notes on parameters that were ignored."""
        self.is_valid()
        return [
            _("The value given for “%(filter)s” was not understood and is ignored.")
            % {"filter": self.filters[name].label}
            for name in self.form.errors
            if name in self.filters
        ]

    @property
    def is_filtered(self):
        self.is_valid()
        return any(
            value not in (None, "", [])
            for name, value in self.form.cleaned_data.items()
            if name != "sort"
        )

    def facets(self):
        """For each filter with choices, every choice with its count under the other filters."""
        counts = self.facet_counts()
        return {name: self._facet_choices(name, counts[name]) for name in counts}

    def facet_counts(self):
        """{filter: {value: count}}: one grouped count per facet, kept in the cache.

        Each is a scan of every matching proposal, the listing's main cost at scale; the
        cached counts are dropped whenever a proposal is saved or deleted (see caching.py).
        """
        self.is_valid()
        chosen = sorted(
            (name, str(value)) for name, value in self.form.cleaned_data.items() if name != "sort"
        )
        return cached_counts(
            # The selection's SQL without its joined columns: as exact a key, a tenth of
            # the work to write out.
            ("facets", str(self.queryset.select_related(None).values("pk").query), chosen),
            lambda: {
                name: self._count_by(name, key_field)
                for name, key_field in self.facet_keys.items()
                if name in self.filters
            },
        )

    def _count_by(self, name, key_field):
        rows = (
            self.apply(self.queryset, leave_out=name)
            .annotate(facet_year=ExtractYear("submitted_on"))
            .order_by()
            .values(key_field)
            .annotate(count=Count("pk"))
        )
        return {str(row[key_field]): row["count"] for row in rows if row[key_field] is not None}

    def count(self):
        """How many proposals the filters select, from the status facet when it is there."""
        if "status" not in self.filters:
            return self.qs.count()
        by_status = self.facet_counts()["status"]
        chosen = self.form.cleaned_data.get("status") or by_status
        return sum(by_status.get(status, 0) for status in chosen)

    def _facet_choices(self, name, counts):
        selected = self.form.cleaned_data.get(name)
        if name == "status":
            chosen = set(selected or [])
            choices = Status.choices
        elif name == "year":
            chosen = {str(int(selected))} if selected else set()
            years = sorted(set(counts) | chosen, reverse=True)
            choices = [(year, year) for year in years]
        else:
            chosen = {selected} if selected else set()
            choices = self.filters[name].field.choices
            choices = [(value, label) for value, label in choices if value]
        return [
            FacetChoice(str(value), str(label), counts.get(str(value), 0), str(value) in chosen)
            for value, label in choices
        ]
