"""The privacy page (/<lang>/integritet/): what is published, what is not, and for how long
a proposer's personal data is kept, in every language."""

import pytest
from bs4 import BeautifulSoup

LANGUAGES = ["sv", "en", "fi", "ar", "so", "tr"]


def text_of(response):
    return " ".join(BeautifulSoup(response.content, "html.parser").get_text(" ").split())


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_privacy_page_answers_in_every_language(client, site_tree, language):
    response = client.get(f"/{language}/integritet/")

    soup = BeautifulSoup(response.content, "html.parser")
    assert response.status_code == 200
    assert soup.html["lang"] == language
    assert len(soup.select("main h2")) >= 5


def test_the_privacy_page_says_what_is_published_and_what_is_not(client, site_tree):
    text = text_of(client.get("/en/integritet/"))

    assert "What is published" in text and "Your proposal" in text
    assert "What is not published" in text
    for detail in ["name", "e-mail address", "phone number", "language"]:
        assert detail in text


def test_the_privacy_page_names_who_sees_the_data_and_why(client, site_tree):
    text = text_of(client.get("/en/integritet/"))

    assert "dedicated permission" in text
    assert "only to give you feedback" in text


def test_the_privacy_page_gives_the_retention_period_from_the_settings(client, site_tree, settings):
    settings.PERSONAL_DATA_RETENTION_MONTHS = 24

    assert "raderas 24 månader efter" in text_of(client.get("/sv/integritet/"))


def test_the_privacy_page_names_the_rights_and_the_contact_address(client, site_tree, settings):
    settings.DEFAULT_FROM_EMAIL = "dataskydd@example.se"

    response = client.get("/en/integritet/")

    assert "GDPR" in text_of(response) and "erased" in text_of(response)
    assert 'href="mailto:dataskydd@example.se"' in response.content.decode()


def test_every_page_links_to_the_privacy_page_in_its_footer(client, site_tree):
    soup = BeautifulSoup(client.get("/ar/forslag/").content, "html.parser")

    assert soup.select_one('footer a[href="/ar/integritet/"]') is not None


def test_the_privacy_page_is_only_interface_text(client, site_tree):
    """Nothing for editors to write or translate: an Arabic visitor reads it in Arabic with no
    Arabic page tree at all."""
    text = text_of(client.get("/ar/integritet/"))

    assert "البيانات الشخصية والخصوصية" in text
    assert "Personal data" not in text
