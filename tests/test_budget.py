"""The commission's yearly budget: granted and left are computed from the decisions."""

import datetime

import pytest
from wagtail.models import Locale

from proposals_pages.models import BudgetYear
from proposals_pages.statuses import Status


def decided_in(year, month=3):
    return {
        "submitted_on": datetime.date(year, 1, 15),
        "decided_on": datetime.date(year, month, 10),
    }


@pytest.fixture
def granted_2024(proposal_factory):
    """One approved, one in progress, one completed: 100,000 + 200,000 + 300,000 SEK."""
    proposal_factory.in_status(Status.APPROVED, cost_estimate_sek=100_000, **decided_in(2024))
    proposal_factory.in_status(Status.IN_PROGRESS, cost_estimate_sek=200_000, **decided_in(2024))
    proposal_factory.in_status(Status.COMPLETED, cost_estimate_sek=300_000, **decided_in(2024, 9))


def test_granted_sums_approved_in_progress_and_completed_decided_that_year(granted_2024):
    assert BudgetYear.for_year(2024).granted_sek == 600_000


def test_rejected_and_undecided_proposals_are_not_granted(granted_2024, proposal_factory):
    proposal_factory.in_status(Status.REJECTED, cost_estimate_sek=400_000, **decided_in(2024))
    proposal_factory.in_status(Status.READY_FOR_DECISION, cost_estimate_sek=500_000)
    proposal_factory.in_status(Status.REFERRED, cost_estimate_sek=700_000)

    assert BudgetYear.for_year(2024).granted_sek == 600_000


def test_a_grant_counts_in_the_year_it_was_decided(granted_2024, proposal_factory):
    proposal_factory.in_status(
        Status.APPROVED,
        cost_estimate_sek=50_000,
        submitted_on=datetime.date(2023, 11, 2),
        decided_on=datetime.date(2024, 1, 20),
    )
    proposal_factory.in_status(Status.APPROVED, cost_estimate_sek=70_000, **decided_in(2023))

    assert BudgetYear.for_year(2024).granted_sek == 650_000
    assert BudgetYear.for_year(2023).granted_sek == 70_000


def test_an_unpublished_proposal_is_not_granted(granted_2024, proposal_factory):
    proposal_factory.in_status(
        Status.APPROVED, cost_estimate_sek=900_000, live=False, **decided_in(2024)
    )

    assert BudgetYear.for_year(2024).granted_sek == 600_000


def test_an_approval_saved_as_draft_is_not_granted_until_published(
    granted_2024, proposal_factory, meeting_factory
):
    proposal = proposal_factory.in_status(
        Status.READY_FOR_DECISION, cost_estimate_sek=900_000, submitted_on=datetime.date(2024, 1, 2)
    )
    proposal.status = Status.APPROVED
    proposal.decided_at_meeting = meeting_factory(date=datetime.date(2024, 3, 10))
    revision = proposal.save_revision()

    assert BudgetYear.for_year(2024).granted_sek == 600_000

    revision.publish()

    assert BudgetYear.for_year(2024).granted_sek == 1_500_000


def test_a_translated_proposal_is_granted_once(granted_2024, proposal_factory):
    proposal = proposal_factory.in_status(
        Status.APPROVED, cost_estimate_sek=10_000, **decided_in(2024)
    )
    english = Locale.objects.create(language_code="en")
    proposal.copy_for_translation(english, copy_parents=True).save_revision().publish()

    assert BudgetYear.for_year(2024).granted_sek == 610_000


def test_left_is_the_budget_minus_what_is_granted(granted_2024, budget_factory):
    budget_factory(year=2024, amount_sek=1_000_000)

    budget = BudgetYear.for_year(2024)

    assert (budget.amount_sek, budget.granted_sek, budget.left_sek) == (
        1_000_000,
        600_000,
        400_000,
    )
    assert budget.share_granted == 60
    assert not budget.over_committed


def test_granting_more_than_the_budget_is_shown_as_over_committed(granted_2024, budget_factory):
    budget_factory(year=2024, amount_sek=500_000)

    budget = BudgetYear.for_year(2024)

    assert budget.over_committed
    assert budget.left_sek == -100_000
    assert budget.share_granted == 100


def test_granting_exactly_the_budget_is_not_over_committed(granted_2024, budget_factory):
    budget_factory(year=2024, amount_sek=600_000)

    budget = BudgetYear.for_year(2024)

    assert (budget.left_sek, budget.share_granted, budget.over_committed) == (0, 100, False)


def test_a_year_without_a_budget_row_has_five_million(granted_2024, budget_factory):
    budget_factory(year=2023, amount_sek=4_000_000)

    budget = BudgetYear.for_year(2024)

    assert budget.amount_sek == 5_000_000
    assert budget.left_sek == 4_400_000
    assert budget.share_granted == 12


def test_a_year_with_nothing_granted_has_everything_left(db):
    budget = BudgetYear.for_year(2030)

    assert (budget.granted_sek, budget.left_sek, budget.share_granted) == (0, 5_000_000, 0)


def test_a_zero_budget_draws_an_empty_bar(db):
    assert BudgetYear(2024, 0).share_granted == 0


def test_a_new_budget_row_defaults_to_five_million(budget_factory):
    from proposals_pages.models import CommissionBudget

    assert CommissionBudget(year=2031).amount_sek == 5_000_000


# --- actual cost against the estimate, and every year shown ---------------------------------


def test_completed_proposals_compare_their_actual_cost_with_the_estimate(proposal_factory):
    proposal_factory.in_status(
        Status.COMPLETED, cost_estimate_sek=300_000, actual_cost_sek=330_000, **decided_in(2024)
    )
    proposal_factory.in_status(
        Status.COMPLETED, cost_estimate_sek=100_000, actual_cost_sek=90_000, **decided_in(2024)
    )
    proposal_factory.in_status(Status.COMPLETED, cost_estimate_sek=50_000, **decided_in(2024))
    proposal_factory.in_status(Status.IN_PROGRESS, cost_estimate_sek=70_000, **decided_in(2024))

    budget = BudgetYear.for_year(2024)

    assert (budget.costed, budget.costed_estimate_sek, budget.actual_sek) == (2, 400_000, 420_000)
    assert budget.actual_minus_estimate_sek == 20_000
    assert budget.granted_sek == 520_000


def test_every_year_with_a_grant_is_listed_even_without_a_budget_row(granted_2024, budget_factory):
    budget_factory(year=2022, amount_sek=4_000_000)

    years = {budget.year: budget for budget in BudgetYear.all_years()}

    assert {2022, 2024, datetime.date.today().year} <= set(years)
    assert (years[2024].amount_sek, years[2024].granted_sek) == (5_000_000, 600_000)
    assert years[2022].granted_sek == 0


def test_every_year_is_read_in_two_queries(granted_2024, budget_factory, django_assert_num_queries):
    budget_factory(year=2021)
    budget_factory(year=2022)

    with django_assert_num_queries(3):  # the grants, the budget rows, the default locale
        BudgetYear.all_years()


def test_the_commission_page_shows_over_commitment_plainly(
    granted_2024, budget_factory, client, site_tree
):
    budget_factory(year=2024, amount_sek=500_000)

    text = client.get(site_tree.commission.url).content.decode()

    assert "\u2212100\u00a0000\u00a0kr" in text
    assert "(över budget)" in text


def test_the_commission_page_compares_actual_costs_of_completed_proposals(
    proposal_factory, client, site_tree
):
    proposal_factory.in_status(
        Status.COMPLETED,
        title="Utegym i Alby",
        cost_estimate_sek=300_000,
        actual_cost_sek=330_000,
        **decided_in(2024),
    )

    response = client.get(site_tree.commission.url)

    assert [p.title for p in response.context["costed_proposals"]] == ["Utegym i Alby"]
    assert "+30\u00a0000\u00a0kr" in response.content.decode()


def test_the_commission_page_draws_this_years_bar_when_next_years_budget_is_set(
    granted_2024, budget_factory, client, site_tree
):
    this_year = datetime.date.today().year
    budget_factory(year=this_year + 1, amount_sek=6_000_000)

    response = client.get(site_tree.commission.url)

    assert response.context["this_year_budget"].year == this_year
    assert response.context["budgets"][0].year == this_year + 1
