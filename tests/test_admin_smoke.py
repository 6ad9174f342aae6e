"""An administrator can open the add and edit form of every page type and snippet."""

from types import SimpleNamespace

import pytest
from django.urls import reverse
from wagtail.models import Page

from home.models import HomePage
from proposals_pages.models import (
    Administration,
    AreaIndexPage,
    AreaPage,
    CommissionBudget,
    CommissionMeetingPage,
    CommissionPage,
    DialogueEventPage,
    DialogueIndexPage,
    ProposalIndexPage,
    ProposalPage,
    ProposalStatusChange,
    Proposer,
    StatisticsPage,
    ThemeIndexPage,
    ThemePage,
)
from proposals_pages.statuses import Status

from . import factories

# Where each page type is added; the sections exist once per home page, so they are added
# under a second, empty home page.
PARENTS = {
    HomePage: lambda tree: Page.objects.get(depth=1),
    ProposalIndexPage: lambda tree: tree.empty_home,
    AreaIndexPage: lambda tree: tree.empty_home,
    ThemeIndexPage: lambda tree: tree.empty_home,
    DialogueIndexPage: lambda tree: tree.empty_home,
    CommissionPage: lambda tree: tree.empty_home,
    StatisticsPage: lambda tree: tree.empty_home,
    AreaPage: lambda tree: tree.areas,
    ThemePage: lambda tree: tree.themes,
    DialogueEventPage: lambda tree: tree.dialogues,
    CommissionMeetingPage: lambda tree: tree.commission,
    ProposalPage: lambda tree: tree.proposals,
}
SNIPPETS = [Administration, CommissionBudget, ProposalStatusChange, Proposer]


pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def tree(module_db):
    """The site tree with one of everything, built once for the module (tests only read it),
    and a second, empty home page to add sections under."""
    home = HomePage.objects.get()
    proposal = factories.ProposalPageFactory.in_status(
        Status.COMPLETED, theme=factories.ThemePageFactory()
    )
    factories.ProposerFactory(proposal=proposal)
    factories.DialogueEventPageFactory(area=proposal.area, theme=proposal.theme)
    factories.CommissionBudgetFactory(year=2024)
    return SimpleNamespace(
        empty_home=home.add_child(instance=HomePage(title="Tom start", slug="tom-start")),
        proposals=ProposalIndexPage.objects.get(),
        areas=AreaIndexPage.objects.get(),
        themes=ThemeIndexPage.objects.get(),
        dialogues=DialogueIndexPage.objects.get(),
        commission=CommissionPage.objects.get(),
    )


def snippet_url(model, action, *args):
    return reverse(
        f"wagtailsnippets_{model._meta.app_label}_{model._meta.model_name}:{action}", args=args
    )


@pytest.mark.parametrize("model", PARENTS, ids=lambda model: model.__name__)
def test_admin_can_open_the_add_form_of_every_page_type(admin_client, tree, model):
    parent = PARENTS[model](tree)

    response = admin_client.get(
        reverse(
            "wagtailadmin_pages:add",
            args=[model._meta.app_label, model._meta.model_name, parent.pk],
        )
    )

    assert response.status_code == 200


@pytest.mark.parametrize("model", PARENTS, ids=lambda model: model.__name__)
def test_admin_can_open_the_edit_form_of_every_page_type(admin_client, tree, model):
    page = model.objects.exclude(slug="tom-start").first()

    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))

    assert response.status_code == 200


@pytest.mark.parametrize("model", SNIPPETS, ids=lambda model: model.__name__)
def test_admin_can_open_the_list_add_and_edit_forms_of_every_snippet(admin_client, tree, model):
    instance = model.objects.first()

    for url in [
        snippet_url(model, "list"),
        snippet_url(model, "add"),
        snippet_url(model, "edit", instance.pk),
    ]:
        assert admin_client.get(url).status_code == 200, url


def test_admin_can_open_the_dashboard_and_the_page_explorer(admin_client, tree):
    assert admin_client.get(reverse("wagtailadmin_home")).status_code == 200
    assert (
        admin_client.get(reverse("wagtailadmin_explore", args=[tree.proposals.pk])).status_code
        == 200
    )
