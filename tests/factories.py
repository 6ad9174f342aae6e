"""Factories for the portal's content.

Pages are placed in the site tree: each page factory adds its page under ``parent`` (by default
the section the page type lives in, from the ``site_tree`` fixture), the way an editor would.
"""

import datetime

import factory
from django.conf import settings
from django.utils import timezone
from django.utils.text import slugify
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
    Proposer,
    StatisticsPage,
    ThemeIndexPage,
    ThemePage,
)
from proposals_pages.statuses import (
    NEEDS_COST_ESTIMATE,
    NEEDS_DECISION_DATE,
    Status,
)

DAY = datetime.timedelta(days=1)

# Statuses that come after the administration has priced and assessed the proposal.
PRICED = frozenset({Status.READY_FOR_DECISION, Status.REJECTED}) | NEEDS_COST_ESTIMATE


class PageFactory(factory.django.DjangoModelFactory):
    """A live page added to the tree under ``parent`` (default: ``default_parent()``)."""

    class Meta:
        abstract = True

    title = factory.Sequence(lambda n: f"Sida {n}")
    slug = factory.LazyAttribute(lambda page: slugify(page.title))
    live = True

    @classmethod
    def default_parent(cls):
        return Page.objects.get(depth=1)

    @classmethod
    def _build(cls, model_class, *args, parent=None, **kwargs):
        return model_class(*args, **kwargs)

    @classmethod
    def _create(cls, model_class, *args, parent=None, **kwargs):
        parent = parent or cls.default_parent()
        return parent.add_child(instance=model_class(*args, **kwargs))


def section(model):
    """The one section page of a type in the Swedish tree, e.g. ``section(AreaIndexPage)``."""
    return model.objects.get(locale__language_code=settings.LANGUAGE_CODE)


class HomePageFactory(PageFactory):
    class Meta:
        model = HomePage

    title = factory.Sequence(lambda n: f"Start {n}")


class ProposalIndexPageFactory(PageFactory):
    class Meta:
        model = ProposalIndexPage

    title = "Förslag"
    slug = "forslag"


class AreaIndexPageFactory(PageFactory):
    class Meta:
        model = AreaIndexPage

    title = "Områden"
    slug = "omraden"


class ThemeIndexPageFactory(PageFactory):
    class Meta:
        model = ThemeIndexPage

    title = "Teman"
    slug = "teman"


class DialogueIndexPageFactory(PageFactory):
    class Meta:
        model = DialogueIndexPage

    title = "Dialoger"
    slug = "dialoger"


class CommissionPageFactory(PageFactory):
    class Meta:
        model = CommissionPage

    title = "Dialogkommissionen"
    slug = "kommissionen"


class StatisticsPageFactory(PageFactory):
    class Meta:
        model = StatisticsPage

    title = "Statistik"
    slug = "statistik"


class AreaPageFactory(PageFactory):
    class Meta:
        model = AreaPage

    title = factory.Sequence(lambda n: f"Område {n}")
    introduction = factory.LazyAttribute(lambda area: f"Dialogen i {area.title}.")
    strategist_name = "Områdesstrateg"
    strategist_email = "omradesstrateg@example.se"

    @classmethod
    def default_parent(cls):
        return section(AreaIndexPage)


class ThemePageFactory(PageFactory):
    class Meta:
        model = ThemePage

    title = factory.Sequence(lambda n: f"Tema {n}")

    @classmethod
    def default_parent(cls):
        return section(ThemeIndexPage)


class AdministrationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Administration

    name = factory.Sequence(lambda n: f"Förvaltning {n}")
    slug = factory.LazyAttribute(lambda administration: slugify(administration.name))


class DialogueEventPageFactory(PageFactory):
    """A dialogue session a week from now, two hours long."""

    class Meta:
        model = DialogueEventPage

    title = factory.Sequence(lambda n: f"Dialog {n}")
    area = factory.SubFactory(AreaPageFactory)
    start = factory.LazyFunction(lambda: timezone.now() + 7 * DAY)
    end = factory.LazyAttribute(lambda event: event.start + datetime.timedelta(hours=2))
    place_name = "Torget"

    @classmethod
    def default_parent(cls):
        return section(DialogueIndexPage)


class CommissionMeetingPageFactory(PageFactory):
    class Meta:
        model = CommissionMeetingPage

    title = factory.Sequence(lambda n: f"Sammanträde {n}")
    date = factory.LazyFunction(timezone.localdate)

    @classmethod
    def default_parent(cls):
        return section(CommissionPage)

    @classmethod
    def on(cls, date):
        """The meeting held that day, created if missing (as the import does)."""
        return CommissionMeetingPage.objects.filter(date=date).first() or cls(date=date)


class CommissionBudgetFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CommissionBudget
        django_get_or_create = ("year",)

    year = factory.LazyFunction(lambda: timezone.localdate().year)
    amount_sek = 5_000_000


class ProposalPageFactory(PageFactory):
    """A proposal just received. ``in_status()`` builds one further on in its life."""

    class Meta:
        model = ProposalPage

    title = factory.Sequence(lambda n: f"Förslag {n}")
    description = factory.LazyAttribute(lambda proposal: f"Jag föreslår: {proposal.title}.")
    # Proposals share an area unless a test names one: areas are few and costly to build.
    area = factory.LazyFunction(lambda: AreaPage.objects.first() or AreaPageFactory())
    submitted_on = factory.LazyFunction(timezone.localdate)
    status = Status.RECEIVED

    @classmethod
    def default_parent(cls):
        return section(ProposalIndexPage)

    @classmethod
    def in_status(cls, status, **fields):
        """A proposal in ``status`` carrying the fields that status requires.

        Dates default to a story that has already happened: submitted 90 days ago, decided
        30 days later at a commission meeting that day, completed 30 days after that.
        """
        status = Status(status)
        fields.setdefault("submitted_on", timezone.localdate() - 90 * DAY)
        if status in PRICED:
            if "administration" not in fields:
                fields["administration"] = Administration.objects.first() or AdministrationFactory()
            fields.setdefault("cost_estimate_sek", 250_000)
            fields.setdefault("assessment", "Möjligt att genomföra inom ett år.")
        if status in NEEDS_DECISION_DATE:
            if not fields.get("decided_at_meeting"):
                decided_on = fields.get("decided_on") or fields["submitted_on"] + 30 * DAY
                fields["decided_at_meeting"] = CommissionMeetingPageFactory.on(decided_on)
            fields.setdefault("decided_on", fields["decided_at_meeting"].date)
        if status == Status.REJECTED:
            fields.setdefault("decision_note", "Ryms inte i årets budget.")
        if status == Status.COMPLETED:
            fields.setdefault("completed_on", fields["decided_on"] + 30 * DAY)
        return cls(status=status, **fields)


class ProposerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Proposer

    proposal = factory.SubFactory(ProposalPageFactory)
    name = factory.Sequence(lambda n: f"Förslagsställare {n}")
    email = factory.Sequence(lambda n: f"forslagsstallare{n}@example.se")
    phone = "070-123 45 67"
    preferred_language = "sv"
