"""Who proposed something is personal data: kept apart from everything published (domain.md)."""

import json

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.serializers.json import DjangoJSONEncoder
from django.urls import reverse
from wagtail.models import GroupPagePermission

NAME = "Zelda Privatsson"
EMAIL = "zelda.privatsson@example.se"
PHONE = "070-999 88 77"


def shows_personal_data(text):
    return any(secret in text for secret in [NAME, "Privatsson", EMAIL, PHONE])


@pytest.fixture
def proposal(proposer_factory, proposal_factory):
    proposal = proposal_factory(
        title="Bänkar längs Albyvägen", description="Fler bänkar att vila på längs Albyvägen."
    )
    proposer_factory(proposal=proposal, name=NAME, email=EMAIL, phone=PHONE)
    return proposal


@pytest.fixture
def editor(django_user_model, site_tree):
    """An editor who may edit and publish every page, but has no proposer permissions."""
    editors = Group.objects.create(name="Redaktörer")
    editors.permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in ["add_page", "change_page", "publish_page"]:
        GroupPagePermission.objects.create(
            group=editors, page=site_tree.home, permission=Permission.objects.get(codename=codename)
        )
    user = django_user_model.objects.create_user("redaktor", password="x")
    user.groups.add(editors)
    return user


def proposers_url(action="list", *args):
    return reverse(f"wagtailsnippets_proposals_pages_proposer:{action}", args=args)


def test_the_proposer_is_not_in_the_proposals_revisions(proposal):
    revision = proposal.save_revision()

    assert not shows_personal_data(json.dumps(revision.content, cls=DjangoJSONEncoder))


def test_the_proposer_is_not_on_the_public_proposal_page(client, proposal):
    response = client.get(proposal.url)

    assert response.status_code == 200
    assert "Bänkar längs Albyvägen" in response.content.decode()
    assert not shows_personal_data(response.content.decode())


def test_searching_for_the_proposers_name_finds_nothing(client, proposal):
    response = client.get("/sv/sok/", {"q": "Privatsson"})

    assert response.status_code == 200
    assert "Bänkar längs Albyvägen" not in response.content.decode()


def test_search_results_for_the_proposal_do_not_show_the_proposer(client, proposal):
    response = client.get("/sv/sok/", {"q": "bänkar"})

    assert "Bänkar längs Albyvägen" in response.content.decode()
    assert not shows_personal_data(response.content.decode())


def test_an_editor_without_the_proposer_permissions_cannot_list_proposers(client, editor, proposal):
    client.force_login(editor)

    response = client.get(proposers_url())

    assert response.status_code in (302, 403)
    assert not shows_personal_data(response.content.decode())


def test_an_editor_without_the_proposer_permissions_cannot_open_a_proposer(
    client, editor, proposal
):
    client.force_login(editor)

    response = client.get(proposers_url("edit", proposal.proposer.pk))

    assert response.status_code in (302, 403)
    assert not shows_personal_data(response.content.decode())


def test_an_editor_editing_the_proposal_does_not_see_who_proposed_it(client, editor, proposal):
    client.force_login(editor)

    response = client.get(reverse("wagtailadmin_pages:edit", args=[proposal.pk]))

    assert response.status_code == 200
    assert not shows_personal_data(response.content.decode())


def test_a_user_given_the_proposer_permission_can_list_proposers(client, editor, proposal):
    editor.user_permissions.add(Permission.objects.get(codename="view_proposer"))
    client.force_login(editor)

    response = client.get(proposers_url())

    assert response.status_code == 200
    assert NAME in response.content.decode()


def test_a_superuser_can_list_and_open_proposers(admin_client, proposal):
    listing = admin_client.get(proposers_url())
    form = admin_client.get(proposers_url("edit", proposal.proposer.pk))

    assert listing.status_code == 200
    assert NAME in listing.content.decode()
    assert form.status_code == 200
    assert EMAIL in form.content.decode()


def test_removing_a_proposer_keeps_the_proposal(proposal):
    proposal.proposer.delete()

    proposal.refresh_from_db()
    assert proposal.live
    assert not hasattr(proposal, "proposer")
