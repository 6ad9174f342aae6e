"""The admin: snippets grouped under "Citizen dialogue", a flat, filterable proposal list, and
the import of proposals from a spreadsheet (import_admin.py)."""

import django_filters
from django.db.models.functions import ExtractYear
from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.pages.listing import PageFilterSet
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import import_admin
from .models import (
    Administration,
    AreaPage,
    CommissionBudget,
    ProposalPage,
    ProposalStatusChange,
    Proposer,
)
from .statuses import Status


def submitted_years(request=None):
    years = (
        ProposalPage.objects.annotate(year=ExtractYear("submitted_on"))
        .order_by("-year")
        .values_list("year", flat=True)
        .distinct()
    )
    return [(year, str(year)) for year in years]


class ProposalAdminFilterSet(PageFilterSet):
    status = django_filters.MultipleChoiceFilter(
        label=_("Status"),
        choices=Status.choices,
        widget=django_filters.widgets.forms.CheckboxSelectMultiple,
    )
    area = django_filters.ModelChoiceFilter(
        label=_("Area"), queryset=AreaPage.objects.order_by("title")
    )
    year = django_filters.TypedChoiceFilter(
        label=_("Year submitted"),
        choices=submitted_years,
        coerce=int,
        field_name="submitted_on",
        lookup_expr="year",
    )

    class Meta:
        model = ProposalPage
        fields = []


class ProposalListingViewSet(PageListingViewSet):
    """Every proposal in one list, filterable by status, area and year."""

    model = ProposalPage
    icon = "list-ul"
    menu_label = _("Proposals")
    menu_order = 150
    add_to_admin_menu = True
    name = "proposals"
    filterset_class = ProposalAdminFilterSet
    columns = PageListingViewSet.columns + [
        Column("reference", label=_("Reference")),
        Column("status", label=_("Status"), accessor="get_status_display"),
        Column("area", label=_("Area")),
    ]


@hooks.register("register_admin_viewset")
def register_proposal_listing():
    return ProposalListingViewSet("proposals")


@hooks.register("register_admin_urls")
def register_import_urls():
    return [
        path(
            "proposals/import/",
            include((import_admin.urlpatterns, "proposal_import"), namespace="proposal_import"),
        )
    ]


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return import_admin.menu_item()


class AdministrationViewSet(SnippetViewSet):
    model = Administration
    icon = "group"
    list_display = ["name", "website"]
    search_fields = ["name"]


class CommissionBudgetViewSet(SnippetViewSet):
    model = CommissionBudget
    icon = "table"
    list_display = ["year", "amount_sek"]


class ProposalStatusChangeViewSet(SnippetViewSet):
    """The public history; editors may correct a note or a date."""

    model = ProposalStatusChange
    icon = "history"
    list_display = ["proposal", "status", "changed_on"]
    list_filter = ["status"]
    form_fields = ["proposal", "status", "changed_on", "note"]


class ProposerViewSet(SnippetViewSet):
    """Personal data: visible only to users given the proposer permissions."""

    model = Proposer
    icon = "user"
    list_display = ["proposal", "name", "email", "preferred_language"]
    search_fields = ["name", "email", "phone"]
    search_backend_name = None  # searched in the database, never put in the search index


class CitizenDialogueGroup(SnippetViewSetGroup):
    menu_label = _("Citizen dialogue")
    menu_icon = "folder-open-inverse"
    menu_order = 160
    items = (
        AdministrationViewSet,
        CommissionBudgetViewSet,
        ProposalStatusChangeViewSet,
        ProposerViewSet,
    )


register_snippet(CitizenDialogueGroup)
