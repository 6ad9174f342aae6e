"""The admin: snippets grouped under "Citizen dialogue", a flat, filterable proposal list, and
the import of proposals from a spreadsheet (import_admin.py)."""

import django_filters
from django.db.models.functions import ExtractYear
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.pages.listing import PageFilterSet
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import import_admin
from .models import (
    Administration,
    AreaPage,
    CommissionBudget,
    FeedbackMail,
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


class ReadOnlyPermissionPolicy(ModelPermissionPolicy):
    """Seen by those given the view permission; written by the portal only."""

    def user_has_permission(self, user, action):
        return action == "view" and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class FeedbackMailViewSet(SnippetViewSet):
    """The feedback e-mails owed, sent and failing (proposals_pages/feedback.py)."""

    model = FeedbackMail
    icon = "mail"
    list_display = ["proposal", "kind", "state", "attempts", "last_error", "created_at", "sent_at"]
    list_filter = ["state", "kind"]
    inspect_view_enabled = True

    @property
    def permission_policy(self):
        return ReadOnlyPermissionPolicy(self.model)


FEEDBACK_MAILS_URL_NAME = "wagtailsnippets_proposals_pages_feedbackmail:list"


class FailingFeedbackPanel(Component):
    """On the dashboard of staff who see the feedback e-mails: those the mail server refused."""

    name = "failing_feedback"
    order = 50
    template_name = "admin/failing_feedback_panel.html"

    def __init__(self, count):
        self.count = count

    def get_context_data(self, parent_context=None):
        return {"count": self.count, "url": reverse(FEEDBACK_MAILS_URL_NAME)}


@hooks.register("construct_homepage_panels")
def add_failing_feedback_panel(request, panels):
    if not request.user.has_perm("proposals_pages.view_feedbackmail"):
        return
    count = FeedbackMail.objects.failing().count()
    if count:
        panels.append(FailingFeedbackPanel(count))


class CitizenDialogueGroup(SnippetViewSetGroup):
    menu_label = _("Citizen dialogue")
    menu_icon = "folder-open-inverse"
    menu_order = 160
    items = (
        AdministrationViewSet,
        CommissionBudgetViewSet,
        ProposalStatusChangeViewSet,
        ProposerViewSet,
        FeedbackMailViewSet,
    )


register_snippet(CitizenDialogueGroup)
