"""Shared fixtures: the Swedish site tree and the factories that fill it."""

from dataclasses import dataclass

import freezegun
import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from wagtail.models import Locale, Page, Site

from home.models import HomePage
from proposals_pages.localization import forget_locale_codes
from proposals_pages.models import (
    AreaIndexPage,
    CommissionPage,
    DialogueIndexPage,
    ProposalIndexPage,
    StatisticsPage,
    ThemeIndexPage,
)

from . import factories

# Frozen clocks are for the code under test, not for pytest's own timings (--durations).
freezegun.configure(extend_ignore_list=["_pytest"])


def pytest_configure(config):
    config.addinivalue_line("markers", "slow: builds the whole demo; deselect with -m 'not slow'")


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


def build_site_tree():
    """The site as contract.md draws it: /sv/ with its six sections.

    Wagtail's migrations leave a default locale made from LANGUAGE_CODE ("sv"), a root page
    and a "Welcome" page as the site's root; the welcome page gives way to a HomePage.
    """
    if HomePage.objects.exists():  # a database kept with --reuse-db
        return
    assert Locale.get_default().language_code == settings.LANGUAGE_CODE == "sv"
    root = Page.get_first_root_node()
    root.get_children().delete()
    home = factories.HomePageFactory(parent=root, title="Medborgardialog", slug="home")
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", root_page=home, is_default_site=True)
    for section in SECTIONS:
        section(parent=home)


SECTIONS = [
    factories.ProposalIndexPageFactory,
    factories.AreaIndexPageFactory,
    factories.ThemeIndexPageFactory,
    factories.DialogueIndexPageFactory,
    factories.CommissionPageFactory,
    factories.StatisticsPageFactory,
]


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    # The tree is built once; each test runs in a transaction rolled back afterwards.
    with django_db_blocker.unblock():
        build_site_tree()


@pytest.fixture(scope="module")
def module_db(django_db_setup, django_db_blocker):
    """One transaction around a test module, rolled back at its end.

    A module-scoped fixture that asks for it can build content once for all the module's
    tests (which must only read it: each test's own changes are rolled back as usual).
    """
    with django_db_blocker.unblock(), transaction.atomic():
        yield
        transaction.set_rollback(True)


@pytest.fixture(autouse=True)
def empty_cache():
    """Rolled-back content must not live on in the cache (Wagtail keeps site roots there),
    nor rolled-back languages in the process's memo of them."""
    cache.clear()
    forget_locale_codes()
    yield
    cache.clear()
    forget_locale_codes()


@pytest.fixture
def site_tree(db):
    """The Swedish site tree's home page and sections."""
    return SiteTree(
        home=HomePage.objects.get(),
        proposals=ProposalIndexPage.objects.get(),
        areas=AreaIndexPage.objects.get(),
        themes=ThemeIndexPage.objects.get(),
        dialogues=DialogueIndexPage.objects.get(),
        commission=CommissionPage.objects.get(),
        statistics=StatisticsPage.objects.get(),
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


@pytest.fixture
def import_places(area_factory, theme_factory, administration_factory):
    """What import files name: two areas, two themes and an administration of contract.md."""
    return {
        "alby": area_factory(title="Alby", slug="alby"),
        "fittja": area_factory(title="Fittja", slug="fittja"),
        "trygghet": theme_factory(title="Trygghet", slug="trygghet"),
        "unga": theme_factory(title="Unga och fritid", slug="unga"),
        "kultur": administration_factory(
            name="Kultur- och fritidsförvaltningen", slug="kultur-och-fritidsforvaltningen"
        ),
    }
