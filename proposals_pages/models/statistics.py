"""The statistics page (/statistik/): the numbers per year and per area, with charts."""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.template.defaultfilters import floatformat
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext

from .. import charts, statistics
from ..templatetags.portal_tags import grouped, language_bidi, sek
from .base import BasePage, default_locale_id, in_default_locale


@dataclass
class Row:
    """One row of figures: a year, an area or the whole selection, with the listing links."""

    key: object
    label: str
    figures: dict
    links: dict
    population: int | None = None
    selection_url: str = ""

    @property
    def share_decided(self):
        """Per cent of the proposals received that are decided (None without proposals)."""
        received = self.figures["received"]
        return round(100 * self.figures["decided"] / received) if received else None

    @property
    def per_thousand(self):
        """Proposals per 1,000 residents, where the population is known."""
        if not self.population:
            return None
        return 1000 * self.figures["received"] / self.population


@dataclass
class Area:
    slug: str
    title: str
    population: int | None


class StatisticsPage(BasePage):
    """The figures of /open-data/statistics.json for a year and an area (?year=, ?area=), per
    year and per area, with dialogue participation and the budget; each figure links to the
    listing it counts."""

    template = "pages/statistics_page.html"
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = gettext_lazy("statistics page")

    def get_context(self, request, *args, **kwargs):
        from .commission import BudgetYear
        from .dialogues import DialogueEventPage

        context = super().get_context(request, *args, **kwargs)
        selection = statistics.select(request.GET)
        areas = self.areas()
        area = next((a for a in areas if a.slug == selection.area), None)
        index_url = self.listing_index_url(request)
        population = area.population if area else municipality_population(areas)

        def row(key, label, figures, *, year=None, area_slug=None, row_population=None):
            return Row(
                key=key,
                label=label,
                figures=figures,
                links=statistics.listing_urls(index_url, year=year, area=area_slug),
                population=row_population,
                selection_url=self.selection_url(year, area_slug),
            )

        summary = row(
            None,
            area.title if area else "",
            statistics.figures(selection.proposals),
            year=selection.year,
            area_slug=selection.area,
            row_population=population,
        )
        by_year = statistics.figures_by(selection.without("year"), "year")
        per_year = [
            row(
                year,
                str(year),
                by_year[year],
                year=year,
                area_slug=selection.area,
                row_population=population,
            )
            for year in sorted(by_year, reverse=True)
        ]
        by_area = statistics.figures_by(selection.without("area"), "area")
        per_area = [
            row(
                a.slug,
                a.title,
                by_area.get(a.slug) or statistics.empty_figures(),
                year=selection.year,
                area_slug=a.slug,
                row_population=a.population,
            )
            for a in areas
        ]

        sessions = in_default_locale(DialogueEventPage.objects.live())
        in_area = sessions.filter(area__slug=selection.area) if selection.area else sessions
        in_year = sessions.filter(start__year=selection.year) if selection.year else sessions
        participation_per_year = statistics.participation(in_area, "year")
        participation_per_area = statistics.participation(in_year, "area")
        participation_years = sorted(participation_per_year, reverse=True)

        budgets = BudgetYear.all_years()
        rtl = language_bidi(translation.get_language())
        context.update(
            {
                "selection": selection,
                "selected_area": area,
                "filter_problems": selection.problems,
                "year_choices": statistics.submitted_years(selection.base),
                "area_choices": areas,
                "summary": summary,
                "per_year": per_year,
                "per_area": per_area,
                "participation_per_year": [
                    (year, participation_per_year[year]) for year in participation_years
                ],
                "participation_per_area": [
                    (a, participation_per_area[a.slug])
                    for a in areas
                    if a.slug in participation_per_area
                ],
                "budgets": budgets,
                "open_data_url": self.open_data_url(selection),
                "charts": {
                    "per_year": per_year_chart(per_year, rtl),
                    "reach": reach_chart(per_area, selection.year, rtl),
                    "participation": participation_chart(
                        [(year, participation_per_year[year]) for year in participation_years],
                        rtl,
                    ),
                    "budget": budget_chart(budgets, rtl),
                },
            }
        )
        return context

    def areas(self):
        """Every area, by name in the page's language where translated, with its population."""
        from .areas import AreaPage

        areas = list(
            in_default_locale(AreaPage.objects.live()).values(
                "slug", "title", "population", "translation_key"
            )
        )
        titles = {}
        if self.locale_id != default_locale_id() and areas:
            titles = dict(
                AreaPage.objects.live()
                .filter(
                    locale_id=self.locale_id,
                    translation_key__in=[area["translation_key"] for area in areas],
                )
                .values_list("translation_key", "title")
            )
        found = [
            Area(
                area["slug"],
                titles.get(area["translation_key"], area["title"]),
                area["population"],
            )
            for area in areas
        ]
        return sorted(found, key=lambda area: area.title)

    def listing_index_url(self, request):
        """The proposal listing in the page's language (the default one where untranslated)."""
        from .proposals import ProposalIndexPage

        indexes = ProposalIndexPage.objects.live()
        index = (
            indexes.filter(locale_id=self.locale_id).first() or in_default_locale(indexes).first()
        )
        return index.get_url(request) if index else ""

    def selection_url(self, year, area):
        """This page for a year and an area (either may be None)."""
        return "?" + urlencode(
            [(name, value) for name, value in (("year", year), ("area", area)) if value]
        )

    def open_data_url(self, selection):
        query = self.selection_url(selection.year, selection.area)
        return reverse("open_data_statistics_json") + (query if query != "?" else "")


def municipality_population(areas):
    """All areas' residents together, when every area's population is known."""
    if not areas or any(area.population is None for area in areas):
        return None
    return sum(area.population for area in areas)


# --- charts --------------------------------------------------------------------------------


def per_year_chart(rows, rtl):
    series = [
        charts.Series("received", pgettext("statistics", "Received")),
        charts.Series("decided", pgettext("statistics", "Decided")),
        charts.Series("approved", pgettext("statistics", "Approved")),
    ]
    return charts.bar_chart(
        "chart-per-year",
        _("Proposals per year submitted"),
        _(
            "Bars for the proposals received, decided and approved, for each year they were "
            "submitted. The table below gives the same figures."
        ),
        series,
        [
            (row.label, [(row.figures[s.key], grouped(row.figures[s.key])) for s in series])
            for row in rows
        ],
        rtl=rtl,
    )


def reach_chart(rows, year, rtl):
    known = [row for row in rows if row.per_thousand is not None]
    title = (
        _("Proposals per 1,000 residents in %(year)s") % {"year": year}
        if year
        else _("Proposals per 1,000 residents, all years")
    )
    return charts.bar_chart(
        "chart-reach",
        title,
        _(
            "One bar per area whose population is known: the proposals received for every "
            "1,000 residents. The table below gives the same figures."
        ),
        [charts.Series("received", _("Proposals per 1,000 residents"))],
        [(row.label, [(row.per_thousand, floatformat(row.per_thousand, 1))]) for row in known],
        rtl=rtl,
    )


def participation_chart(rows, rtl):
    series = [
        charts.Series("session", _("Per dialogue session")),
        charts.Series("forum", _("Per forum meeting")),
    ]
    return charts.bar_chart(
        "chart-participation",
        _("Participants per dialogue session and per forum meeting"),
        _(
            "For each year, the average number of participants at a dialogue session and at "
            "a dialogue forum meeting. The table below gives the same figures."
        ),
        series,
        [
            (
                str(year),
                [
                    (figures.per_session, average_text(figures.per_session)),
                    (figures.per_forum_meeting, average_text(figures.per_forum_meeting)),
                ],
            )
            for year, figures in rows
        ],
        rtl=rtl,
    )


def budget_chart(budgets, rtl):
    series = [
        charts.Series("budget", _("Budget")),
        charts.Series("granted", _("Granted")),
    ]
    return charts.bar_chart(
        "chart-budget",
        _("The commission's budget and what it granted, per year"),
        _(
            "For each year, a bar for the budget and one for the cost estimates of the "
            "proposals approved that year; a longer second bar means more was granted than "
            "the budget. The table below gives the same figures."
        ),
        series,
        [
            (
                str(budget.year),
                [
                    (budget.amount_sek, sek(budget.amount_sek)),
                    (budget.granted_sek, sek(budget.granted_sek)),
                ],
            )
            for budget in budgets
        ],
        rtl=rtl,
    )


def average_text(value):
    return "–" if value is None else floatformat(value, 0)
