"""The numbers: one place computes them for the statistics page and statistics.json alike.

A selection is chosen by `year` (submitted) and `area` (slug) with the listing's own FilterSet,
so a figure and the listing it links to count the same proposals. `figures()` gives
contract.md's figures for a selection; `figures_by()` the same per year submitted or per area.
Each is one grouped query (PostgreSQL computes the medians in it with percentile_cont; other
databases find the middle rows with window functions, one more query per median), never a
loop over the proposals, and the results are cached until a proposal changes.
"""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.db import connections
from django.db.models import Aggregate, Count, F, FloatField, Func, IntegerField, Q, Sum, Value
from django.db.models.expressions import Window
from django.db.models.functions import ExtractYear, RowNumber

from .caching import cached_counts
from .filters import ProposalFilterSet
from .statuses import DECIDED, GRANTED, Status

# The figures of contract.md's statistics.json, in its order.
FIGURES = (
    "received",
    "decided",
    "approved",
    "rejected",
    "referred",
    "completed",
    "granted_sek",
    "median_days_to_decision",
    "median_days_to_completion",
)
# The listing filters a selection is made with (contract.md: both optional).
SELECTION = ("year", "area")


def status_counts():
    """The counts of contract.md's statistics, as aggregate expressions."""
    return {
        "received": Count("pk"),
        "decided": Count("pk", filter=Q(status__in=DECIDED)),
        "approved": Count("pk", filter=Q(status__in=GRANTED)),
        "rejected": Count("pk", filter=Q(status=Status.REJECTED)),
        "referred": Count("pk", filter=Q(status=Status.REFERRED)),
        "completed": Count("pk", filter=Q(status=Status.COMPLETED)),
    }


# --- medians -----------------------------------------------------------------------------


class DaysBetween(Func):
    """Whole days from one date column to another, as an integer."""

    arity = 2
    output_field = IntegerField()
    # PostgreSQL: date - date is a number of days.
    template = "(%(expressions)s)"
    arg_joiner = " - "

    def as_sqlite(self, compiler, connection, **extra_context):
        return self.as_sql(
            compiler,
            connection,
            template="CAST(julianday(%(expressions)s) AS INTEGER)",
            arg_joiner=") - julianday(",
            **extra_context,
        )


class Median(Aggregate):
    """PostgreSQL's interpolated median: the mean of the two middle values of an even count."""

    function = "PERCENTILE_CONT"
    name = "Median"
    template = "%(function)s(0.5) WITHIN GROUP (ORDER BY %(expressions)s)"
    output_field = FloatField()


# name: (day difference, which proposals it is measured on)
MEDIANS = {
    "median_days_to_decision": (
        DaysBetween("decided_on", "submitted_on"),
        Q(status__in=DECIDED, decided_on__isnull=False),
    ),
    "median_days_to_completion": (
        DaysBetween("completed_on", "decided_on"),
        Q(status=Status.COMPLETED, completed_on__isnull=False, decided_on__isnull=False),
    ),
}

GROUPS = {"year": ExtractYear("submitted_on"), "area": F("area__slug")}


def medians_in_aggregate(proposals):
    return connections[proposals.db].vendor == "postgresql"


def middle_rows_medians(proposals, by, days):
    """{group: median} from the middle one or two rows of each group, found by the database
    with window functions: a query whatever the count, and only those rows come back."""
    partition = [GROUPS[by]] if by else None
    ranked = proposals.annotate(
        bucket=GROUPS[by] if by else Value(None, output_field=IntegerField()), days=days
    ).annotate(
        position=Window(RowNumber(), partition_by=partition, order_by=[F("days"), F("pk")]),
        size=Window(Count("pk"), partition_by=partition),
    )
    # Position p of n is a middle one when n/2 <= p <= n/2 + 1 (one row if odd, two if even).
    middle = ranked.filter(
        position__gte=F("size") / 2.0, position__lte=F("size") / 2.0 + 1
    ).values_list("bucket", "days")
    values = {}
    for bucket, day_count in middle:
        values.setdefault(bucket, []).append(day_count)
    return {bucket: sum(days) / len(days) for bucket, days in values.items()}


def whole_if_whole(value):
    """12.0 -> 12 (a median is a whole number of days, or one and a half)."""
    if value is None:
        return None
    return int(value) if float(value).is_integer() else float(value)


# --- figures -----------------------------------------------------------------------------


def compute(proposals, by=None):
    """{group: figures} for the proposals, grouped by "year", "area" or not at all (None)."""
    proposals = proposals.order_by()
    aggregates = status_counts() | {
        "granted_sek": Sum("cost_estimate_sek", filter=Q(status__in=GRANTED))
    }
    in_aggregate = medians_in_aggregate(proposals)
    if in_aggregate:
        aggregates |= {name: Median(days, filter=rows) for name, (days, rows) in MEDIANS.items()}
    if by:
        rows = proposals.annotate(bucket=GROUPS[by]).values("bucket").annotate(**aggregates)
        result = {row.pop("bucket"): row for row in rows}
    else:
        result = {None: proposals.aggregate(**aggregates)}
    if not in_aggregate:
        for name, (days, rows) in MEDIANS.items():
            found = middle_rows_medians(proposals.filter(rows), by, days)
            for bucket, row in result.items():
                row[name] = found.get(bucket)
    return {
        bucket: {
            **{name: row[name] for name in FIGURES},
            "granted_sek": row["granted_sek"] or 0,
            **{name: whole_if_whole(row[name]) for name in MEDIANS},
        }
        for bucket, row in result.items()
    }


def figures(proposals):
    """contract.md's figures for a selection of proposals (live, default language)."""
    return cached_counts(
        ("statistics", str(proposals.query)),
        lambda: compute(proposals).get(None) or empty_figures(),
    )


def figures_by(proposals, by):
    """{year or area slug: figures}, for each year submitted or area with proposals."""
    return cached_counts(
        ("statistics-by", by, str(proposals.query)), lambda: compute(proposals, by)
    )


def empty_figures():
    return dict.fromkeys(FIGURES, 0) | dict.fromkeys(MEDIANS)


def submitted_years(proposals):
    """The years proposals were submitted in, newest first."""
    return cached_counts(
        ("statistics-years", str(proposals.query)),
        lambda: sorted(
            proposals.order_by()
            .annotate(year=ExtractYear("submitted_on"))
            .values_list("year", flat=True)
            .distinct(),
            reverse=True,
        ),
    )


# --- the selection -----------------------------------------------------------------------


@dataclass
class Selection:
    """The proposals a year and an area select, chosen as the listing chooses them."""

    base: object  # every proposal the statistics may count
    filterset: ProposalFilterSet
    year: int | None = None
    area: str | None = None
    problems: list = field(default_factory=list)

    @property
    def proposals(self):
        return self.filterset.apply(self.base)

    def without(self, name):
        """The selection's proposals with one filter ("year" or "area") left out."""
        return self.filterset.apply(self.base, leave_out=name)


def select(data, proposals=None):
    """The selection `data` (a QueryDict or dict) asks for; values the listing would ignore
    are ignored here too, and named in `problems`."""
    from .models import ProposalPage

    if proposals is None:
        proposals = ProposalPage.objects.live().in_default_locale()
    chosen = {name: data.get(name) for name in SELECTION if data.get(name) is not None}
    others = [name for name in ProposalFilterSet.base_filters if name not in SELECTION]
    filterset = ProposalFilterSet(chosen, queryset=proposals, fixed=others)
    problems = [str(problem) for problem in filterset.problems]  # validates the form
    cleaned = filterset.form.cleaned_data
    year = cleaned.get("year")
    return Selection(
        base=proposals,
        filterset=filterset,
        year=int(year) if year is not None else None,
        area=cleaned.get("area") or None,
        problems=problems,
    )


# --- links to the listing ------------------------------------------------------------------

# The statuses each figure counts (none: every status), and the listing order that shows it.
FIGURE_STATUSES = {
    "received": (),
    "decided": DECIDED,
    "approved": GRANTED,
    "rejected": {Status.REJECTED},
    "referred": {Status.REFERRED},
    "completed": {Status.COMPLETED},
    "granted_sek": GRANTED,
    "median_days_to_decision": DECIDED,
    "median_days_to_completion": {Status.COMPLETED},
}
FIGURE_SORTS = {
    "granted_sek": "cost",
    "median_days_to_decision": "decided",
    "median_days_to_completion": "decided",
}


def listing_url(index_url, figure, *, year=None, area=None):
    """The listing of the proposals a figure counts, e.g. approved in Fittja 2024:
    /sv/forslag/?area=fittja&year=2024&status=approved&status=in_progress&status=completed"""
    parameters = []
    if area:
        parameters.append(("area", area))
    if year:
        parameters.append(("year", year))
    parameters += [("status", code) for code in Status.values if code in FIGURE_STATUSES[figure]]
    if figure in FIGURE_SORTS:
        parameters.append(("sort", FIGURE_SORTS[figure]))
    return f"{index_url}?{urlencode(parameters)}" if parameters else index_url


def listing_urls(index_url, *, year=None, area=None):
    """{figure: listing URL} for one row of figures."""
    return {figure: listing_url(index_url, figure, year=year, area=area) for figure in FIGURES}


# --- dialogue sessions ---------------------------------------------------------------------


def participation(sessions, by=None):
    """{group: counts} of sessions that took place and whose participants were counted:
    dialogue sessions and forum meetings held and their participants, per year of the
    session ("year"), per area ("area") or in all (None). One query."""
    from .models import DialogueEventPage

    dialogue = Q(kind=DialogueEventPage.Kind.DIALOGUE)
    forum = Q(kind=DialogueEventPage.Kind.FORUM)
    aggregates = {
        "sessions": Count("pk", filter=dialogue),
        "session_participants": Sum("participants", filter=dialogue),
        "forum_meetings": Count("pk", filter=forum),
        "forum_participants": Sum("participants", filter=forum),
    }
    counted = sessions.filter(cancelled=False, participants__isnull=False).order_by()
    groups = {"year": ExtractYear("start"), "area": F("area__slug")}
    if by:
        rows = counted.annotate(bucket=groups[by]).values("bucket").annotate(**aggregates)
        found = {row.pop("bucket"): row for row in rows}
    else:
        found = {None: counted.aggregate(**aggregates)}
    return {bucket: Participation(**row) for bucket, row in found.items()}


@dataclass
class Participation:
    """Sessions held and their participants; averages are None where none were held."""

    sessions: int = 0
    session_participants: int | None = 0
    forum_meetings: int = 0
    forum_participants: int | None = 0

    @property
    def per_session(self):
        return (self.session_participants or 0) / self.sessions if self.sessions else None

    @property
    def per_forum_meeting(self):
        return (self.forum_participants or 0) / self.forum_meetings if self.forum_meetings else None
