"""The statistics page's charts: SVG drawn on the server, an image with a title and a
description, the same figures in a table next to it, mirrored in right-to-left languages."""

import datetime

import pytest
from bs4 import BeautifulSoup

from proposals_pages import charts
from proposals_pages.statuses import Status


@pytest.fixture
def proposals(area_factory, proposal_factory, dialogue_event_factory):
    """Proposals in 2023 and 2024, and a dialogue session that took place."""
    alby = area_factory(title="Alby", slug="alby", population=12_000)
    for year, status in ((2023, Status.APPROVED), (2024, Status.REJECTED), (2024, Status.RECEIVED)):
        proposal_factory.in_status(status, area=alby, submitted_on=datetime.date(year, 2, 1))
    dialogue_event_factory(
        area=alby,
        start=datetime.datetime(2024, 3, 2, 11, tzinfo=datetime.UTC),
        participants=45,
    )


def svgs(client, path):
    return BeautifulSoup(client.get(path).content, "html.parser").select("svg.chart")


def test_every_chart_is_an_image_named_by_its_title_and_description(proposals, client):
    found = svgs(client, "/sv/statistik/")

    assert len(found) == 4
    for svg in found:
        assert svg["role"] == "img"
        title, description = svg["aria-labelledby"].split()
        assert svg.find("title", id=title).get_text(strip=True)
        assert svg.find("desc", id=description).get_text(strip=True)


def test_every_chart_has_a_table_with_its_figures_next_to_it(proposals, client):
    for svg in svgs(client, "/sv/statistik/"):
        table = svg.find_next_sibling(class_="table-wrap").find("table")
        figures = {text.get_text() for text in svg.select("text.chart__value")}
        cells = {cell.get_text(" ", strip=True) for cell in table.select("td")}
        assert figures, svg["aria-labelledby"]
        assert all(any(figure in cell for cell in cells) for figure in figures - {"–"}), figures


def test_a_chart_draws_its_bars_to_scale_from_the_labels():
    chart = charts.bar_chart(
        "c",
        "Titel",
        "Beskrivning",
        [charts.Series("received", "Inkomna")],
        [("A", [(10, "10")]), ("B", [(5, "5")])],
    )

    first, second = (row.bars[0] for row in chart.rows)
    assert first.x == second.x == charts.LABEL_WIDTH
    assert first.width == 2 * second.width == charts.WIDTH - charts.LABEL_WIDTH - charts.VALUE_ROOM
    assert chart.direction == "ltr"


def test_a_chart_in_a_right_to_left_language_grows_from_the_right():
    chart = charts.bar_chart(
        "c", "عنوان", "وصف", [charts.Series("received", "x")], [("A", [(10, "10")])], rtl=True
    )

    bar = chart.rows[0].bars[0]
    assert bar.x + bar.width == charts.WIDTH - charts.LABEL_WIDTH
    assert chart.rows[0].label_x > bar.x + bar.width
    assert bar.text_x < bar.x
    assert chart.direction == "rtl"


def test_the_arabic_statistics_page_draws_its_charts_right_to_left(proposals, client):
    for svg in svgs(client, "/ar/statistik/"):
        assert svg["direction"] == "rtl"


def test_numbers_on_the_statistics_page_follow_the_language(area_factory, proposal_factory, client):
    area = area_factory(title="Alby", slug="alby")
    for days in (30, 45):
        proposal_factory.in_status(
            Status.REJECTED,
            area=area,
            submitted_on=datetime.date(2024, 1, 1),
            decided_on=datetime.date(2024, 1, 1) + datetime.timedelta(days=days),
        )

    assert "37,5" in client.get("/sv/statistik/").content.decode()
    assert "37.5" in client.get("/en/statistik/").content.decode()
