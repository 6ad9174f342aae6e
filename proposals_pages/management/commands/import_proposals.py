"""`manage.py import_proposals PATH [--dry-run] [--notify]`: proposals from a spreadsheet.

Reads a CSV (UTF-8 with or without BOM, `,` or `;` separated) or XLSX file in the format of
contract.md's "Import" and imports it all or nothing (proposals_pages/importing.py). When the
file has problems, each is written to stderr as "Line 7, column status: ..." and the command
exits with status 1, having written nothing. Otherwise it prints what it did: created N,
updated M, unchanged K, status changes S.

--dry-run checks the file and reports what would be created and updated, writing nothing.
--notify e-mails every proposer whose proposal changed status (proposals_pages/feedback.py).

Messages are in the site's default language (LANGUAGE_CODE), as the officials read them.
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from proposals_pages.importing import CREATE, import_proposals, send_feedback
from proposals_pages.statuses import Status


class Command(BaseCommand):
    help = (
        "Import proposals from a CSV or XLSX file (contract.md, 'Import'): all or nothing, "
        "one message per problem on stderr. --dry-run writes nothing; --notify sends the "
        "feedback e-mail for every status that changed."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="The CSV or XLSX file.")
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Check the file and report what would be created and updated; write nothing.",
        )
        parser.add_argument(
            "--notify",
            action="store_true",
            help="E-mail each proposer whose proposal changed status.",
        )

    def handle(self, path, dry_run, notify, **options):
        try:
            data = Path(path).read_bytes()
        except OSError as error:
            raise CommandError(
                _("Cannot read %(path)s: %(error)s") % {"path": path, "error": error.strerror}
            ) from error
        report = import_proposals(data, dry_run=dry_run)
        if not report.ok:
            for problem in report.problems:
                self.stderr.write(str(problem))
            count = len(report.problems)
            raise CommandError(
                ngettext(
                    "Nothing was imported: the file has %(count)d problem.",
                    "Nothing was imported: the file has %(count)d problems.",
                    count,
                )
                % {"count": count}
            )
        if dry_run or options["verbosity"] > 1:
            for outcome in report.changes:
                self.stdout.write(describe(outcome))
        self.stdout.write(report.summary())
        if dry_run:
            self.stdout.write(_("Dry run: nothing was written."))
        elif notify:
            self.stdout.write(send_feedback(report))


def describe(outcome):
    """One line of a dry run: what a row does to its proposal."""
    proposal = outcome.proposal
    values = {
        "line": outcome.line,
        "reference": proposal.reference,
        "title": proposal.title,
        "old": Status(outcome.old_status).label if outcome.old_status else "",
        "new": Status(proposal.status).label,
    }
    if outcome.action == CREATE:
        return _("Line %(line)s: new proposal %(reference)s “%(title)s” (%(new)s)") % values
    if outcome.status_changed:
        return _("Line %(line)s: %(reference)s “%(title)s” is updated, %(old)s → %(new)s") % values
    return _("Line %(line)s: %(reference)s “%(title)s” is updated") % values
