"""Every page type the browser and HTML checks visit, in each language they check.

One line per page state: a path in the Swedish tree, or `find(...)`, the first live page of a
model in the demo (queryset methods and filters narrow it; `suffix` adds a sub-route, `via`
names a function that takes the page and returns what to visit instead, with a get_url()).
The other languages get the same page under their own prefix, or its translation where one
exists. A page type added later is one more line here, e.g.
    PageCase("proposal-form", "/sv/forslag/lamna/"),
"""

from dataclasses import dataclass

from proposals_pages.statuses import Status

# Swedish, the default language, and Arabic, written right to left.
LANGUAGES = ("sv", "ar")

# The accessibility statement (home.ContentPage), linked from every page's footer.
STATEMENT_SLUG = "tillganglighet"


@dataclass(frozen=True)
class Find:
    """The first live page of `model` in the Swedish tree that the methods and filters keep."""

    model: str
    methods: tuple = ()
    filters: tuple = ()
    suffix: str = ""
    query: str = ""
    via: str = ""


def find(model, *methods, suffix="", query="", via="", **filters):
    return Find(model, methods, tuple(sorted(filters.items())), suffix, query, via)


SESSION = "proposals_pages.DialogueEventPage"
MEETING = "proposals_pages.CommissionMeetingPage"


@dataclass(frozen=True)
class PageCase:
    """A page state to check: where it is, the HTTP status it answers with, and a CSS
    selector that must match (so the state is really the one named: results, a warning...)."""

    name: str
    target: str | Find
    status: int = 200
    shows: str = ""
    # The 500 page and the print sheets stand alone, without the site's header and footer.
    standalone: bool = False
    # False for a print sheet: a preview of A4 or A5 paper, laid out in two dimensions on
    # purpose (the exception in WCAG 1.4.10); the same content reflows on its campaign page.
    reflows: bool = True


PAGES = [
    PageCase("home", "/sv/", shows=".card--event"),
    PageCase("proposals", "/sv/forslag/", shows=".pagination"),
    PageCase("proposals-page-2", "/sv/forslag/?page=2", shows=".card--proposal"),
    PageCase(
        "proposals-filtered",
        "/sv/forslag/?area=alby&status=completed&status=approved&sort=cost",
        shows=".card--proposal",
    ),
    PageCase("proposals-no-match", "/sv/forslag/?q=zyxwvu", shows=".listing .empty"),
    # The filter form's error state: values it cannot use are named and ignored.
    PageCase(
        "proposals-bad-filters",
        "/sv/forslag/?year=abc&area=ingenstans&sort=x&status=nej",
        shows=".notice--warning",
    ),
    PageCase("find-proposal", "/sv/forslag/hitta/", shows="form.find-proposal"),
    # "Find my proposal" with a reference that leads nowhere: the form's error state (a 404).
    PageCase(
        "find-proposal-not-found",
        "/sv/forslag/hitta/?reference=BD-1999-9999",
        status=404,
        shows=".notice--warning",
    ),
    # Leave a proposal online: the form, pre-filled from an area page, and the receipt (with
    # no proposal in the session: its empty state). The form's error state, which needs a
    # POST, is test_accessibility.test_the_proposal_forms_error_state_meets_wcag_21_aa.
    PageCase("proposal-form-lamna", "/sv/forslag/lamna/", shows="form.submission"),
    PageCase("proposal-form-lamna-area", "/sv/forslag/lamna/?area=fittja", shows="form.submission"),
    PageCase("proposal-receipt-lamna", "/sv/forslag/lamna/kvitto/", shows="main h1"),
    *[
        PageCase(f"proposal-{code}", find("proposals_pages.ProposalPage", status=code))
        for code in Status.values
    ],
    PageCase("areas", "/sv/omraden/", shows=".card--page"),
    PageCase("area", "/sv/omraden/alby/", shows=".contact"),
    PageCase("area-filtered", "/sv/omraden/fittja/?theme=unga&sort=decided"),
    PageCase("themes", "/sv/teman/", shows=".card--page"),
    PageCase("theme", "/sv/teman/trygghet/", shows=".card--proposal"),
    PageCase("dialogues", "/sv/dialoger/", shows=".card--event"),
    PageCase(
        "session-upcoming",
        find(SESSION, "upcoming", kind="dialogue", cancelled=False),
    ),
    PageCase(
        "session-past",
        find(SESSION, "past", kind="dialogue", proposals__isnull=False),
        shows=".card--proposal",
    ),
    PageCase(
        "session-cancelled",
        find(SESSION, cancelled=True),
        shows=".notice--cancelled",
    ),
    PageCase("forum-meeting", find(SESSION, kind="forum")),
    PageCase("campaigns", "/sv/dialoger/kampanj/"),
    PageCase("area-campaigns", "/sv/dialoger/kampanj/fittja/"),
    PageCase(
        "campaign-round",
        find(SESSION, "upcoming", kind="dialogue", via="proposals_pages.campaigns.round_of"),
    ),
    PageCase("campaign", find(SESSION, "upcoming", kind="dialogue", suffix="kampanj/")),
    PageCase(
        "campaign-cancelled", find(SESSION, cancelled=True, suffix="kampanj/"), shows="main h1"
    ),
    PageCase("campaign-past", find(SESSION, "past", kind="dialogue", suffix="kampanj/")),
    PageCase(
        "campaign-poster",
        find(SESSION, "upcoming", kind="dialogue", suffix="kampanj/affisch/"),
        standalone=True,
        reflows=False,
    ),
    PageCase(
        "campaign-flyer",
        find(SESSION, "upcoming", kind="dialogue", suffix="kampanj/flygblad/"),
        standalone=True,
        reflows=False,
    ),
    PageCase("commission", "/sv/kommissionen/", shows=".budget"),
    # A past meeting with its outcome: each decision with its reason.
    PageCase(
        "meeting",
        find(MEETING, "past", decisions__isnull=False, agenda_items__isnull=False),
        shows=".decision",
    ),
    # A meeting ahead: the proposals up for decision, nothing decided yet.
    PageCase(
        "meeting-upcoming",
        find(MEETING, "upcoming", agenda_items__isnull=False),
        shows=".agenda__item",
    ),
    PageCase("statistics", "/sv/statistik/", shows="svg.chart"),
    PageCase("statistics-selected", "/sv/statistik/?year=2024&area=fittja", shows="svg.chart"),
    PageCase("statistics-bad-selection", "/sv/statistik/?year=abc", shows=".notice--warning"),
    PageCase("search", "/sv/sok/"),
    PageCase("search-results", "/sv/sok/?q=lekplats", shows=".card--proposal"),
    PageCase(
        "search-filtered",
        "/sv/sok/?q=park&area=alby&status=completed&status=rejected",
    ),
    PageCase("search-no-results", "/sv/sok/?q=zyxwvu", shows=".empty"),
    PageCase("privacy-integritet", "/sv/integritet/", shows="main h2"),
    PageCase("accessibility-statement", f"/sv/{STATEMENT_SLUG}/", shows="main h2"),
    PageCase("open-data", "/sv/oppna-data/", shows=".facts--terms"),
    PageCase("not-found", "/sv/finns-inte/", status=404, shows="main h1"),
    PageCase("server-error", "/sv/__server-error__/", status=500, shows="main h1", standalone=True),
]


def case_ids(cases):
    return [f"{lang}-{case.name}" for case, lang in cases]


# Every page in every language: the parameters of the per-page tests.
PAGE_LANGUAGES = [(case, lang) for lang in LANGUAGES for case in PAGES]
