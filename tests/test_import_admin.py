"""The import in the Wagtail admin: upload a file, read the report, confirm."""

import os
import time
from pathlib import Path

import pytest
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import TestCase
from django.urls import reverse
from wagtail.models import GroupPagePermission
from wagtail.users.models import UserProfile

from proposals_pages.models import ProposalPage

from .import_files import csv_file, row, xlsx_file

pytestmark = pytest.mark.usefixtures("import_places")

UPLOAD = reverse("proposal_import:upload")
CONFIRM = reverse("proposal_import:confirm")
CANCEL = reverse("proposal_import:cancel")
SUBMITTER = {"submitter_name": "Zelda Privatsson", "submitter_email": "zelda@example.se"}


@pytest.fixture(autouse=True)
def upload_folder(settings, tmp_path):
    settings.PORTAL_IMPORT_UPLOAD_DIR = tmp_path / "uploads"
    return settings.PORTAL_IMPORT_UPLOAD_DIR


def editor_with(django_user_model, site_tree, *permissions, name="redaktor"):
    group = Group.objects.create(name=f"Grupp {name}")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in permissions:
        GroupPagePermission.objects.create(
            group=group, page=site_tree.home, permission=Permission.objects.get(codename=codename)
        )
    user = django_user_model.objects.create_user(name, password="x")
    user.groups.add(group)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"  # the admin in English, whatever the site's default
    profile.save()
    return user


@pytest.fixture
def editor(client, django_user_model, site_tree):
    """An editor who may add, change and publish pages; no proposer permissions."""
    user = editor_with(django_user_model, site_tree, "add_page", "change_page", "publish_page")
    client.force_login(user)
    return user


def upload(client, data, name="forslag.csv"):
    return client.post(UPLOAD, {"file": SimpleUploadedFile(name, data)})


def confirm(client, response, **fields):
    token = response.context["confirm_form"]["token"].value()
    with TestCase.captureOnCommitCallbacks(execute=True):  # the feedback e-mails go on commit
        return client.post(CONFIRM, {"token": token, **fields})


def kept_files(folder):
    return list(Path(folder).glob("*")) if Path(folder).exists() else []


def test_the_menu_offers_the_import_to_an_editor_who_may_add_proposals(client, editor):
    response = client.get(reverse("wagtailadmin_home"))

    assert UPLOAD in response.content.decode()


def test_the_upload_page_explains_every_column(client, editor):
    response = client.get(UPLOAD)

    assert response.status_code == 200
    content = response.content.decode()
    assert 'enctype="multipart/form-data"' in content
    for column in ["reference", "cost_estimate_sek", "submitter_language"]:
        assert f"<code>{column}</code>" in content


def test_an_uploaded_file_is_checked_and_previewed_without_writing(client, editor):
    response = upload(client, csv_file(row(title="Utegym"), row(title="Belysning")))

    assert response.status_code == 200
    content = response.content.decode()
    assert "Utegym" in content and "Belysning" in content
    assert response.context["report"].created == 2
    assert not ProposalPage.objects.exists()


def test_confirming_the_preview_imports_the_file(client, editor):
    preview = upload(client, csv_file(row(title="Utegym"), row(title="Belysning")))

    response = confirm(client, preview)

    assert response.status_code == 302
    assert response.url == reverse("proposals:index")
    assert ProposalPage.objects.live().count() == 2
    assert ProposalPage.objects.get(title="Utegym").owner == editor
    message = str(list(client.get(response.url).context["messages"])[0])
    assert "Created: 2, updated: 0, unchanged: 0, status changes: 0." in message


def test_an_excel_workbook_can_be_uploaded(client, editor):
    preview = upload(client, xlsx_file(row(title="Utegym")), name="forslag.xlsx")

    confirm(client, preview)

    assert ProposalPage.objects.get().title == "Utegym"


def test_a_file_with_problems_lists_each_by_line_and_column_and_is_not_kept(
    client, editor, upload_folder
):
    response = upload(client, csv_file(row(area="Norsborg"), row(title="Utegym", status="klart")))

    content = response.content.decode()
    assert response.status_code == 200
    assert "The file has 2 problems: nothing was imported." in content
    assert "There is no area “Norsborg”." in content
    assert "<td><code>status</code></td>" in content
    assert "confirm_form" not in response.context
    assert kept_files(upload_folder) == []
    assert not ProposalPage.objects.exists()


def test_a_file_that_is_not_a_spreadsheet_is_a_clear_message(client, editor):
    response = upload(client, b"\x89PNG\r\n\x1a\n" + bytes(range(256)), name="bild.png")

    assert response.status_code == 200
    assert "The file is not in UTF-8" in response.content.decode()


def test_the_preview_does_not_show_personal_data(client, editor):
    response = upload(client, csv_file(row(**SUBMITTER)))

    assert "Privatsson" not in response.content.decode()


def test_the_kept_file_is_private_and_outside_the_public_media(client, editor, upload_folder):
    from django.conf import settings

    upload(client, csv_file(row()))

    (kept,) = kept_files(upload_folder)
    assert not str(kept.resolve()).startswith(str(Path(settings.MEDIA_ROOT).resolve()))
    assert kept.stat().st_mode & 0o077 == 0  # readable by the server's user only
    assert kept.name.removesuffix(".upload") not in client.get(UPLOAD).content.decode()


def test_confirming_deletes_the_kept_file(client, editor, upload_folder):
    preview = upload(client, csv_file(row(**SUBMITTER)))

    confirm(client, preview)

    assert kept_files(upload_folder) == []


def test_cancelling_deletes_the_kept_file_and_imports_nothing(client, editor, upload_folder):
    upload(client, csv_file(row()))

    response = client.post(CANCEL)

    assert response.url == UPLOAD
    assert kept_files(upload_folder) == []
    assert not ProposalPage.objects.exists()


def test_a_file_left_unconfirmed_is_deleted_after_a_time(client, editor, upload_folder):
    preview = upload(client, csv_file(row()))
    (kept,) = kept_files(upload_folder)
    two_hours_ago = time.time() - 2 * 60 * 60
    os.utime(kept, (two_hours_ago, two_hours_ago))

    response = confirm(client, preview)

    assert kept_files(upload_folder) == []
    assert response.url == UPLOAD
    assert not ProposalPage.objects.exists()


def test_a_preview_replaced_by_a_later_upload_cannot_be_confirmed(client, editor):
    first = upload(client, csv_file(row(title="Utegym")))
    upload(client, csv_file(row(title="Belysning")))

    response = confirm(client, first)

    assert response.url == UPLOAD
    assert not ProposalPage.objects.exists()


def test_another_users_session_cannot_confirm_the_upload(
    client, editor, django_user_model, site_tree
):
    preview = upload(client, csv_file(row()))
    other = editor_with(
        django_user_model, site_tree, "add_page", "change_page", "publish_page", name="annan"
    )
    client.force_login(other)  # a new session

    confirm(client, preview)

    assert not ProposalPage.objects.exists()


def test_confirming_with_feedback_sends_the_mails(client, editor):
    confirm(client, upload(client, csv_file(row(reference="BD-2024-0001", **SUBMITTER))))
    mail.outbox.clear()

    preview = upload(client, csv_file(row(reference="BD-2024-0001", status="withdrawn")))
    confirm(client, preview, notify="on")

    assert [message.to for message in mail.outbox] == [["zelda@example.se"]]


def test_confirming_when_the_site_changed_since_the_preview_shows_the_problems(client, editor):
    preview = upload(client, csv_file(row(reference="BD-2024-0001", theme="Trygghet")))
    from proposals_pages.models import ThemePage

    ThemePage.objects.get(slug="trygghet").delete()

    response = confirm(client, preview)

    assert response.status_code == 200
    assert "There is no theme “Trygghet”." in response.content.decode()
    assert not ProposalPage.objects.exists()


# --- who may import -----------------------------------------------------------------------


@pytest.fixture
def cannot_publish(client, django_user_model, site_tree):
    """An editor who may add and change pages but not publish them (Wagtail's "Editors")."""
    user = editor_with(django_user_model, site_tree, "add_page", "change_page", name="utan")
    client.force_login(user)
    return user


def test_a_user_without_the_permission_does_not_see_the_menu_item(client, cannot_publish):
    response = client.get(reverse("wagtailadmin_home"))

    assert UPLOAD not in response.content.decode()


def test_a_user_without_the_permission_is_refused_the_upload_page(client, cannot_publish):
    response = client.get(UPLOAD)

    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_home")


def test_a_user_without_the_permission_cannot_import(client, cannot_publish):
    response = upload(client, csv_file(row()))
    client.post(CONFIRM, {"token": "x" * 43})

    assert response.status_code == 302
    assert not ProposalPage.objects.exists()


def test_an_anonymous_visitor_is_sent_to_the_login(client, site_tree):
    response = client.get(UPLOAD)

    assert response.status_code == 302
    assert reverse("wagtailadmin_login") in response.url


def test_a_system_check_refuses_an_upload_folder_inside_the_public_media(settings):
    from proposals_pages.import_admin import upload_folder_is_private

    settings.PORTAL_IMPORT_UPLOAD_DIR = Path(settings.MEDIA_ROOT) / "imports"

    assert [error.id for error in upload_folder_is_private()] == ["proposals_pages.E001"]
