"""A fresh site, before any area, proposal or session exists: every section still answers."""

import pytest


@pytest.mark.parametrize(
    "path",
    [
        "/sv/",
        "/sv/forslag/",
        "/sv/omraden/",
        "/sv/teman/",
        "/sv/dialoger/",
        "/sv/kommissionen/",
        "/sv/statistik/",
        "/sv/sok/?q=utegym",
    ],
)
def test_each_section_answers_before_there_is_any_content(client, site_tree, path):
    assert client.get(path).status_code == 200
