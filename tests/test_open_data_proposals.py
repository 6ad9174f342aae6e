"""/open-data/proposals.json and /open-data/proposals.csv as contract.md promises them: what a
journalist, a researcher or another system gets, filtered exactly like the listing pages."""

import csv
import datetime
import io
from urllib.parse import parse_qs, urlsplit

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Locale

from proposals_pages import open_data
from proposals_pages.statuses import Status

from . import factories

pytestmark = pytest.mark.django_db

JSON = "/open-data/proposals.json"
CSV = "/open-data/proposals.csv"
LISTING = "/sv/forslag/"

# contract.md: the fields of every result, no more and no fewer.
CONTRACT_FIELDS = [
    "reference",
    "title",
    "area",
    "theme",
    "status",
    "status_label",
    "submitted_on",
    "cost_estimate_sek",
    "decided_on",
    "completed_on",
    "meeting_url",
    "url",
]
on = datetime.date

# Markers that must never leave the Proposer model.
SECRET_NAME = "Qwilhelmina Hemligsdotter"
SECRET_EMAIL = "qwilhelmina.unik@example.se"
SECRET_PHONE = "070-313 37 42"


@pytest.fixture(scope="module")
def content(module_db):
    """Two areas, two themes, four live proposals in different states, one draft, and the
    proposer of one of them (personal data). Built once: the tests only read it."""
    fittja = factories.AreaPageFactory(title="Fittja", slug="fittja")
    alby = factories.AreaPageFactory(title="Alby", slug="alby")
    trygghet = factories.ThemePageFactory(title="Trygghet", slug="trygghet")
    unga = factories.ThemePageFactory(title="Unga och fritid", slug="unga")
    meeting = factories.CommissionMeetingPageFactory(
        title="Sammanträde i mars", slug="sammantrade-i-mars", date=on(2024, 3, 20)
    )
    proposals = {
        "lamps": factories.ProposalPageFactory.in_status(
            Status.APPROVED,
            title="Belysning i Fittjaparken",
            area=fittja,
            theme=trygghet,
            submitted_on=on(2024, 2, 1),
            cost_estimate_sek=400_000,
            decided_at_meeting=meeting,
        ),
        "ramp": factories.ProposalPageFactory.in_status(
            Status.COMPLETED,
            title="Skateramp på skolgården",
            area=fittja,
            theme=unga,
            submitted_on=on(2023, 5, 3),
            cost_estimate_sek=150_000,
        ),
        "benches": factories.ProposalPageFactory(
            title="Fler bänkar vid torget", area=alby, theme=trygghet, submitted_on=on(2024, 3, 9)
        ),
        "gym": factories.ProposalPageFactory.in_status(
            Status.REJECTED,
            title="Utegym i Albyparken",
            area=alby,
            theme=None,
            submitted_on=on(2023, 1, 15),
            cost_estimate_sek=900_000,
        ),
    }
    factories.ProposalPageFactory(title="Utkast som inte är publicerat", area=alby, live=False)
    factories.ProposerFactory(
        proposal=proposals["lamps"], name=SECRET_NAME, email=SECRET_EMAIL, phone=SECRET_PHONE
    )
    return {"proposals": proposals, "meeting": meeting}


def get_json(client, query=""):
    response = client.get(JSON + query)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    return response.json()


def get_csv(client, query=""):
    """(the response, the text, the rows as dicts) of the CSV."""
    response = client.get(CSV + query)
    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    return response, text, list(csv.DictReader(io.StringIO(text)))


def read(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def references(rows):
    return [row["reference"] for row in rows]


def reference_of(content, *names):
    return [content["proposals"][name].reference for name in names]


def listing_references(client, query):
    response = client.get(LISTING + query)
    assert response.status_code == 200
    return [proposal.reference for proposal in response.context["page_obj"].object_list]


def path_of(url):
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


# --- what each result says -------------------------------------------------------------


def test_every_result_has_exactly_the_fields_of_the_contract(client, content):
    data = get_json(client)

    assert data["count"] == len(data["results"]) == 4
    for row in data["results"]:
        assert list(row) == CONTRACT_FIELDS
        assert set(row["area"]) == {"slug", "name"}
        assert row["theme"] is None or set(row["theme"]) == {"slug", "name"}


def test_a_decided_proposal_gives_its_cost_its_dates_and_the_deciding_meeting(client, content):
    lamps = content["proposals"]["lamps"]
    (row,) = get_json(client, "?status=approved")["results"]

    assert row == {
        "reference": lamps.reference,
        "title": "Belysning i Fittjaparken",
        "area": {"slug": "fittja", "name": "Fittja"},
        "theme": {"slug": "trygghet", "name": "Trygghet"},
        "status": "approved",
        "status_label": "Beviljat",
        "submitted_on": "2024-02-01",
        "cost_estimate_sek": 400_000,
        "decided_on": "2024-03-20",
        "completed_on": None,
        "meeting_url": "http://testserver/sv/kommissionen/sammantrade-i-mars/",
        "url": f"http://testserver{lamps.url}",
    }


def test_a_completed_proposal_gives_its_completion_date(client, content):
    ramp = content["proposals"]["ramp"]
    (row,) = get_json(client, "?status=completed")["results"]

    assert row["completed_on"] == ramp.completed_on.isoformat()
    assert row["decided_on"] == ramp.decided_on.isoformat()


def test_an_undecided_proposal_has_nulls_where_nothing_is_known_yet(client, content):
    (row,) = get_json(client, "?status=received")["results"]

    assert row["title"] == "Fler bänkar vid torget"
    assert row["cost_estimate_sek"] is None
    assert row["decided_on"] is None
    assert row["completed_on"] is None
    assert row["meeting_url"] is None


def test_a_proposal_without_a_theme_has_theme_null(client, content):
    (row,) = get_json(client, "?status=rejected")["results"]

    assert row["theme"] is None
    assert row["area"] == {"slug": "alby", "name": "Alby"}


def test_every_address_is_absolute_and_answers(client, content):
    for row in get_json(client)["results"]:
        for field in ("url", "meeting_url"):
            if row[field] is None:
                continue
            assert row[field].startswith("http://testserver/sv/"), field
            assert client.get(path_of(row[field])).status_code == 200, row[field]


def test_drafts_are_not_open_data(client, content):
    titles = [row["title"] for row in get_json(client)["results"]]

    assert "Utkast som inte är publicerat" not in titles


def test_results_come_newest_first_like_the_listing(client, content):
    rows = get_json(client)["results"]

    assert references(rows) == reference_of(content, "benches", "lamps", "ramp", "gym")


# --- the listing's filters -------------------------------------------------------------

LISTING_QUERIES = [
    "",
    "?area=alby",
    "?theme=trygghet",
    "?status=approved&status=rejected",
    "?year=2023",
    "?q=skateramp",
    "?q=föreslår bänkar",
    "?sort=cost",
    "?sort=decided",
    "?area=fittja&theme=trygghet&status=approved&year=2024",
    "?area=alby&sort=cost",
    "?theme=trygghet&status=received&status=approved&sort=decided",
    "?area=nope",
    "?year=abc",
    "?status=<script>",
    "?sort=__class__",
]


@pytest.mark.parametrize("query", LISTING_QUERIES)
def test_the_same_parameters_give_the_same_proposals_as_the_listing(client, content, query):
    rows = get_json(client, query)["results"]

    assert references(rows) == listing_references(client, query)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("?area=alby", {"benches", "gym"}),
        ("?theme=trygghet", {"lamps", "benches"}),
        ("?status=completed", {"ramp"}),
        ("?status=approved&status=rejected", {"lamps", "gym"}),
        ("?year=2023", {"ramp", "gym"}),
        ("?q=skateramp skolgården", {"ramp"}),
        ("?area=fittja&theme=trygghet&status=approved&year=2024", {"lamps"}),
        ("?area=alby&year=2024", {"benches"}),
        ("?area=fittja&status=rejected", set()),
    ],
)
def test_each_filter_and_their_combinations_narrow_the_results(client, content, query, expected):
    data = get_json(client, query)

    assert set(references(data["results"])) == set(reference_of(content, *expected))
    assert data["count"] == len(expected)


def test_a_reference_finds_its_proposal(client, content):
    gym = content["proposals"]["gym"]

    assert references(get_json(client, f"?q={gym.reference.lower()}")["results"]) == [gym.reference]


def test_sort_by_cost_puts_the_unpriced_last(client, content):
    rows = get_json(client, "?sort=cost")["results"]

    assert references(rows) == reference_of(content, "gym", "lamps", "ramp", "benches")


@pytest.mark.parametrize("query", ["?area=nope", "?year=abc", "?status=<script>", "?theme=%00"])
def test_a_value_that_cannot_be_used_is_ignored_and_said_so(client, content, query):
    data = get_json(client, query)

    assert data["count"] == 4
    assert len(data["problems"]) == 1


def test_good_parameters_give_no_problems(client, content):
    assert "problems" not in get_json(client, "?area=alby&status=received&page=1&page_size=10")


# --- paging ----------------------------------------------------------------------------


def test_pages_follow_each_other_by_their_next_and_previous_links(client, content):
    first = get_json(client, "?page_size=3")
    second = get_json(client, path_of(first["next"]).removeprefix(JSON))

    assert first["count"] == second["count"] == 4
    assert references(first["results"] + second["results"]) == reference_of(
        content, "benches", "lamps", "ramp", "gym"
    )
    assert first["previous"] is None
    assert second["next"] is None
    assert get_json(client, path_of(second["previous"]).removeprefix(JSON)) == first


def test_paging_links_keep_the_filters_and_the_language(client, content):
    data = get_json(client, "?area=fittja&lang=en&page_size=1")
    query = parse_qs(urlsplit(data["next"]).query)

    assert data["next"].startswith(f"http://testserver{JSON}?")
    assert query == {"area": ["fittja"], "lang": ["en"], "page": ["2"], "page_size": ["1"]}


def test_a_page_past_the_end_is_empty_and_says_so(client, content):
    data = get_json(client, "?page=999999&page_size=3")

    assert data["count"] == 4
    assert data["results"] == []
    assert data["next"] is None
    assert parse_qs(urlsplit(data["previous"]).query)["page"] == ["2"]  # the last page
    assert any("999999" in problem for problem in data["problems"])


def test_the_default_page_size_is_100(client, content):
    data = get_json(client, "?page=2")

    assert parse_qs(urlsplit(data["previous"]).query)["page_size"] == ["100"]


def test_a_page_size_above_1000_is_brought_down_to_1000(client, content):
    data = get_json(client, "?page_size=5000&page=2")

    assert parse_qs(urlsplit(data["previous"]).query)["page_size"] == ["1000"]
    assert any("1000" in problem for problem in data["problems"])


def test_a_page_size_of_0_gives_one_proposal_a_page(client, content):
    data = get_json(client, "?page_size=0")

    assert len(data["results"]) == 1
    assert data["problems"]


def test_a_page_size_that_is_not_a_number_gives_the_default(client, content):
    data = get_json(client, "?page_size=abc")

    assert len(data["results"]) == 4
    assert data["problems"]


@pytest.mark.parametrize("page", ["abc", "0", "-1", "2.5", "1e9", "%00"])
def test_a_page_that_is_not_a_page_number_gives_the_first_page(client, content, page):
    data = get_json(client, f"?page={page}&page_size=3")

    assert len(data["results"]) == 3
    assert data["previous"] is None
    assert data["problems"]


@pytest.mark.parametrize(
    "query",
    [
        "?area=nope",
        "?year=abc",
        "?year=99999999999999999999",
        "?status=<script>",
        "?page=999999",
        "?page=99999999999999999999999999",
        "?page_size=0",
        "?page_size=abc",
        "?page_size=5000",
        "?page_size=-3",
        "?page_size=" + "9" * 5000,
        "?q=" + "å" * 5000,
        "?q=%00",
        "?theme=x%27%20OR%201%3D1--",
        "?lang=%00",
        "?sort=-pk",
    ],
)
@pytest.mark.parametrize("path", [JSON, CSV])
def test_bad_parameters_never_give_a_server_error(client, content, path, query):
    response = client.get(path + query)

    assert response.status_code == 200
    read(response)  # the CSV's rows are only read as it streams


# --- languages -------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["sv", "en", "ar", "fi"])
def test_lang_picks_the_language_of_the_status_labels(client, content, language):
    query = f"?status=approved&lang={language}" if language != "sv" else "?status=approved"
    (row,) = get_json(client, query)["results"]
    with translation.override(language):
        expected = str(Status.APPROVED.label)

    assert row["status_label"] == expected
    assert row["status"] == "approved"


def test_an_unknown_language_gives_swedish(client, content):
    (row,) = get_json(client, "?status=approved&lang=xx")["results"]

    assert row["status_label"] == "Beviljat"


@pytest.fixture
def in_english(content):
    """The approved proposal, its area and its meeting translated into English."""
    english = Locale.objects.get_or_create(language_code="en")[0]
    lamps = content["proposals"]["lamps"]
    translated = {}
    for name, page, title in [
        ("proposal", lamps, "Lighting in Fittja park"),
        ("area", lamps.area, "Fittja (in English)"),
        ("theme", lamps.theme, "Safety"),
        ("meeting", content["meeting"], "Meeting in March"),
    ]:
        copy = page.copy_for_translation(english, copy_parents=True)
        copy.title = title
        copy.save_revision().publish()
        translated[name] = copy
    return translated


def test_lang_gives_translated_titles_names_and_addresses(client, in_english):
    (row,) = get_json(client, "?status=approved&lang=en")["results"]

    assert row["title"] == "Lighting in Fittja park"
    assert row["area"] == {"slug": "fittja", "name": "Fittja (in English)"}
    assert row["theme"] == {"slug": "trygghet", "name": "Safety"}
    assert row["url"] == f"http://testserver{in_english['proposal'].url}"
    assert row["url"].startswith("http://testserver/en/")
    assert row["meeting_url"].startswith("http://testserver/en/")
    assert client.get(path_of(row["url"])).status_code == 200


def test_a_translated_proposal_is_counted_once_and_filters_by_its_swedish_slugs(client, in_english):
    data = get_json(client, "?lang=en&area=fittja")

    assert data["count"] == 2
    assert {row["title"] for row in data["results"]} == {
        "Lighting in Fittja park",
        "Skateramp på skolgården",  # not translated: its Swedish title, not missing
    }


# --- the CSV ---------------------------------------------------------------------------


def test_the_csv_has_a_header_row_and_the_rows_of_the_json(client, content):
    _response, text, rows = get_csv(client)
    results = get_json(client)["results"]

    assert text.splitlines()[0] == ",".join(open_data.CSV_COLUMNS)
    assert rows == [csv_row(result) for result in results]


def csv_row(result):
    """A JSON result as the CSV gives it: area and theme in two columns each, "" for null."""
    area, theme = result["area"], result["theme"] or {}
    flat = {
        **{key: value for key, value in result.items() if key not in ("area", "theme")},
        "area_slug": area["slug"],
        "area_name": area["name"],
        "theme_slug": theme.get("slug"),
        "theme_name": theme.get("name"),
    }
    return {key: "" if flat[key] is None else str(flat[key]) for key in open_data.CSV_COLUMNS}


def test_the_csv_is_utf8_with_a_byte_order_mark_for_excel(client, content):
    response = client.get(CSV)
    body = b"".join(response.streaming_content)

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="proposals.csv"'
    assert body.startswith(b"\xef\xbb\xbfreference,title,")
    assert "Skateramp på skolgården" in body.decode("utf-8-sig")


def test_the_csv_has_every_matching_proposal_without_paging(client, content):
    _response, _text, rows = get_csv(client, "?page_size=1&page=2")

    assert len(rows) == 4


@pytest.mark.parametrize("query", ["?area=alby", "?status=approved&status=completed&sort=cost"])
def test_the_csv_is_filtered_and_sorted_like_the_json(client, content, query):
    _response, _text, rows = get_csv(client, query)

    assert references(rows) == references(get_json(client, query)["results"])


def test_the_csv_reads_the_proposals_while_it_streams(client, content):
    with CaptureQueriesContext(connection) as before_streaming:
        response = client.get(CSV)
    assert response.streaming
    with CaptureQueriesContext(connection) as while_streaming:
        body = b"".join(response.streaming_content)

    proposal_table = '"proposals_pages_proposalpage"'
    assert not any(proposal_table in query["sql"] for query in before_streaming.captured_queries)
    assert any(proposal_table in query["sql"] for query in while_streaming.captured_queries)
    assert body.decode("utf-8-sig").count("\n") == 5


def test_the_csv_is_written_a_batch_at_a_time(client, content, monkeypatch):
    monkeypatch.setattr(open_data, "CSV_BATCH_SIZE", 1)

    response = client.get(CSV)
    chunks = list(response.streaming_content)

    assert len(chunks) == 1 + 4  # the header, then one chunk per batch of proposals
    assert chunks[1].decode().count("\n") == 1


def test_the_csv_status_labels_follow_lang_while_it_streams(client, content):
    _response, _text, rows = get_csv(client, "?lang=en&status=approved")

    assert [row["status_label"] for row in rows] == ["Approved"]


def test_a_title_that_looks_like_a_formula_is_text_in_the_csv(client, content, proposal_factory):
    formula = '=HYPERLINK("http://evil.example","Klicka")'
    proposal_factory(title=formula, area=content["proposals"]["gym"].area)

    _response, _text, rows = get_csv(client, "?status=received")
    json_titles = {row["title"] for row in get_json(client, "?status=received")["results"]}

    assert "'" + formula in {row["title"] for row in rows}
    assert formula in json_titles  # the JSON keeps it exactly as written


# --- privacy, speed, HTTP --------------------------------------------------------------


@pytest.mark.parametrize("path", [JSON, CSV])
def test_no_personal_data_is_in_the_open_data(client, content, path):
    text = read(client.get(path + "?lang=en")).decode("utf-8-sig")

    assert "Belysning i Fittjaparken" in text
    for secret in (SECRET_NAME, "Hemligsdotter", SECRET_EMAIL, SECRET_PHONE, "proposer"):
        assert secret not in text, (path, secret)


def query_count(client, url):
    read(client.get(url))  # the counts and the site's addresses are in the cache after this
    with CaptureQueriesContext(connection) as queries:
        read(client.get(url))
    return len(queries.captured_queries)


@pytest.fixture
def decided_proposals(content, area_factory, theme_factory):
    """Eight approved proposals in Tumba, each with a theme and a deciding meeting, and the
    area in English too: every row needs every lookup."""
    tumba = area_factory(title="Tumba", slug="tumba")
    aldre = theme_factory(title="Äldre", slug="aldre")
    proposals = [
        factories.ProposalPageFactory.in_status(
            Status.APPROVED, area=tumba, theme=aldre, submitted_on=on(2022, 1, 1 + day)
        )
        for day in range(8)
    ]
    english = Locale.objects.get_or_create(language_code="en")[0]
    tumba.copy_for_translation(english, copy_parents=True).save_revision().publish()
    return proposals


@pytest.mark.parametrize("language", ["sv", "en"])
def test_the_number_of_queries_does_not_grow_with_the_page_size(
    client, decided_proposals, language
):
    small = query_count(client, f"{JSON}?area=tumba&page_size=2&lang={language}")
    large = query_count(client, f"{JSON}?area=tumba&page_size=8&lang={language}")

    assert small == large


def test_the_csv_needs_the_same_queries_for_one_proposal_as_for_many(client, decided_proposals):
    one = query_count(client, f"{CSV}?lang=en&area=tumba&q={decided_proposals[0].reference}")
    many = query_count(client, f"{CSV}?lang=en&area=tumba")

    assert one == many


@pytest.mark.parametrize("path", [JSON, CSV])
def test_any_website_may_read_the_open_data(client, content, path):
    assert client.get(path)["Access-Control-Allow-Origin"] == "*"


@pytest.mark.parametrize("path", [JSON, CSV])
def test_head_answers_like_get_and_writing_is_not_allowed(client, content, path):
    assert client.head(path).status_code == 200
    assert client.head(path)["Content-Type"] == client.get(path)["Content-Type"]
    assert client.post(path).status_code == 405


@pytest.mark.parametrize("path", [JSON, CSV])
def test_the_open_data_has_no_language_prefix(client, content, path):
    assert client.get("/sv" + path).status_code == 404
