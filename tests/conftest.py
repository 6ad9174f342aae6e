"""Shared fixtures: the Swedish site tree and the factories that fill it."""

from dataclasses import dataclass

import pytest
from wagtail.models import Locale, Page, Site

from home.models import HomePage
from proposals_pages.models import (
    AreaIndexPage,
    CommissionPage,
    DialogueIndexPage,
    ProposalIndexPage,
    StatisticsPage,
    ThemeIndexPage,
)

from . import factories


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "slow: builds the whole demo; deselect with -m 'not slow'"
    )


@dataclass
class SiteTree:
    """The sections of contract.md under the Swedish home page."""

    home: HomePage
    proposals: ProposalIndexPage
    areas: AreaIndexPage
    themes: ThemeIndexPage
    dialogues: DialogueIndexPage
    commission: CommissionPage
    statistics: StatisticsPage


@pytest.fixture
def site_tree(db):
    """The site as contract.md draws it: /sv/ with its six sections.

    Wagtail's migrations leave a root page, a "Welcome" page as the site's root and a
    default locale made from LANGUAGE_CODE ("sv"); the welcome page gives way to a HomePage.
    """
    assert Locale.get_default().language_code == "sv"
    root = Page.objects.get(depth=1)
    Page.objects.filter(depth=2).delete()
    home = factories.HomePageFactory(parent=root, title="Medborgardialog", slug="home")
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", root_page=home, is_default_site=True)
    return SiteTree(
        home=home,
        proposals=factories.ProposalIndexPageFactory(parent=home),
        areas=factories.AreaIndexPageFactory(parent=home),
        themes=factories.ThemeIndexPageFactory(parent=home),
        dialogues=factories.DialogueIndexPageFactory(parent=home),
        commission=factories.CommissionPageFactory(parent=home),
        statistics=factories.StatisticsPageFactory(parent=home),
    )


@pytest.fixture
def area_factory(site_tree):
    return factories.AreaPageFactory


@pytest.fixture
def theme_factory(site_tree):
    return factories.ThemePageFactory


@pytest.fixture
def administration_factory(db):
    return factories.AdministrationFactory


@pytest.fixture
def dialogue_event_factory(site_tree):
    return factories.DialogueEventPageFactory


@pytest.fixture
def meeting_factory(site_tree):
    return factories.CommissionMeetingPageFactory


@pytest.fixture
def budget_factory(db):
    return factories.CommissionBudgetFactory


@pytest.fixture
def proposal_factory(site_tree):
    return factories.ProposalPageFactory


@pytest.fixture
def proposer_factory(site_tree):
    return factories.ProposerFactory


@pytest.fixture
def area(area_factory):
    return area_factory(title="Fittja", slug="fittja")


@pytest.fixture
def theme(theme_factory):
    return theme_factory(title="Trygghet", slug="trygghet")
