"""`manage.py import_proposals PATH [--dry-run] [--notify]` as an operator uses it."""

from io import StringIO

import pytest
from django.core import mail
from django.core.management import CommandError, call_command
from django.test import TestCase
from django.utils import translation

from proposals_pages.models import ProposalPage, ProposalStatusChange

from .import_files import csv_file, row

pytestmark = pytest.mark.usefixtures("import_places")


def command(tmp_path, *rows, options=()):
    """Run the command on a file of the rows, in English; (stdout, stderr)."""
    path = tmp_path / "forslag.csv"
    path.write_bytes(csv_file(*rows))
    out, err = StringIO(), StringIO()
    # The feedback e-mails go once the import's transaction commits, as outside the tests.
    with translation.override("en"), TestCase.captureOnCommitCallbacks(execute=True):
        call_command("import_proposals", str(path), *options, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_a_good_file_is_imported_with_a_summary(site_tree, tmp_path):
    out, err = command(tmp_path, row(title="Utegym"), row(title="Belysning"))

    assert "Created: 2, updated: 0, unchanged: 0, status changes: 0." in out
    assert err == ""
    assert ProposalPage.objects.count() == 2


def test_a_bad_file_fails_saying_nothing_was_imported(site_tree, tmp_path):
    with pytest.raises(CommandError) as failure:
        command(tmp_path, row(area="Norsborg"), row(title="Utegym", status="klart"))

    assert str(failure.value) == "Nothing was imported: the file has 2 problems."
    assert not ProposalPage.objects.exists()


def test_the_problems_are_written_to_stderr_line_by_line(site_tree, tmp_path):
    path = tmp_path / "forslag.csv"
    path.write_bytes(csv_file(row(area="Norsborg"), row(title="Utegym"), row(status="klart")))
    err = StringIO()

    with translation.override("en"), pytest.raises(CommandError):
        call_command("import_proposals", str(path), stdout=StringIO(), stderr=err)

    assert err.getvalue().splitlines() == [
        "Line 2, column area: There is no area “Norsborg”.",
        "Line 4, column status: “klart” is not a known status.",
    ]


def test_a_bad_file_exits_with_a_non_zero_status(site_tree, tmp_path):
    from django.core.management import ManagementUtility

    path = tmp_path / "forslag.csv"
    path.write_bytes(csv_file(row(area="Norsborg")))

    with pytest.raises(SystemExit) as exit_status:
        ManagementUtility(["manage.py", "import_proposals", str(path)]).execute()

    assert exit_status.value.code != 0


def test_a_missing_file_is_a_clear_error(site_tree, tmp_path):
    with translation.override("en"), pytest.raises(CommandError, match="Cannot read"):
        call_command("import_proposals", str(tmp_path / "saknas.csv"))


def test_a_dry_run_says_what_would_be_created_and_updated_and_writes_nothing(site_tree, tmp_path):
    command(tmp_path, row(reference="BD-2024-0001", title="Utegym"))

    out, err = command(
        tmp_path,
        row(reference="BD-2024-0001", title="Utegym", status="withdrawn"),
        row(reference="BD-2024-0002", title="Belysning"),
        options=["--dry-run"],
    )

    assert "Line 2: BD-2024-0001 “Utegym” is updated, Received → Withdrawn" in out
    assert "Line 3: new proposal BD-2024-0002 “Belysning” (Received)" in out
    assert "To be created: 1, to be updated: 1, unchanged: 0, status changes: 1." in out
    assert "Dry run: nothing was written." in out
    assert ProposalPage.objects.count() == 1
    assert ProposalPage.objects.get().status == "received"


# --- --notify --------------------------------------------------------------------------------


@pytest.fixture
def imported(site_tree, tmp_path):
    """Three proposals, two of them with a proposer who left an e-mail address."""
    command(
        tmp_path,
        row(
            reference="BD-2024-0001",
            title="Utegym",
            submitter_name="Amina",
            submitter_email="amina@example.se",
            submitter_language="ar",
        ),
        row(
            reference="BD-2024-0002",
            title="Belysning",
            submitter_name="Sven",
            submitter_email="sven@example.se",
            submitter_language="sv",
        ),
        row(reference="BD-2024-0003", title="Bänkar", submitter_name="Utan adress"),
    )
    mail.outbox.clear()


def test_notify_sends_one_mail_per_changed_status_in_the_proposers_language(imported, tmp_path):
    out, err = command(
        tmp_path,
        row(reference="BD-2024-0001", title="Utegym", status="withdrawn"),
        row(reference="BD-2024-0002", title="Belysning", status="under_review"),
        row(reference="BD-2024-0003", title="Bänkar", status="withdrawn"),
        options=["--notify"],
    )

    assert sorted(message.to[0] for message in mail.outbox) == [
        "amina@example.se",
        "sven@example.se",
    ]
    arabic = next(m for m in mail.outbox if m.to == ["amina@example.se"])
    swedish = next(m for m in mail.outbox if m.to == ["sven@example.se"])
    with translation.override("ar"):
        assert str(translation.pgettext("proposal status", "Withdrawn")) in arabic.body
    assert "Under beredning" in swedish.body
    assert "Feedback e-mails queued: 2; proposers without an e-mail address: 1." in out


def test_notify_sends_nothing_for_proposals_whose_status_stayed(imported, tmp_path):
    command(
        tmp_path,
        row(reference="BD-2024-0001", title="Utegym i Fittja"),
        options=["--notify"],
    )

    assert mail.outbox == []


def test_without_notify_no_mail_is_sent(imported, tmp_path):
    command(tmp_path, row(reference="BD-2024-0001", title="Utegym", status="withdrawn"))

    assert mail.outbox == []
    assert ProposalStatusChange.objects.filter(status="withdrawn").count() == 1


def test_a_dry_run_sends_no_mail(imported, tmp_path):
    command(
        tmp_path,
        row(reference="BD-2024-0001", title="Utegym", status="withdrawn"),
        options=["--dry-run", "--notify"],
    )

    assert mail.outbox == []
