"""`manage.py purge_personal_data [--email ADDRESS] [--dry-run]`: forget proposers.

Without --email: removes the personal data (name, e-mail, phone, language) of every proposer
whose proposal reached its final status (rejected, referred, completed, withdrawn) more than
PERSONAL_DATA_RETENTION_MONTHS months ago (default 12; the privacy page says so). Run it daily
(README, "Running in production").

With --email: removes, at once, whatever is kept about the person with that address, on their
request, whatever their proposals' statuses.

The proposals themselves stay as they are: only the Proposer rows go. The output gives counts,
never an address.
"""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from proposals_pages.models import FeedbackMail, Proposer


class Command(BaseCommand):
    help = (
        "Remove proposers' personal data after the retention period, or at once for the "
        "person with --email; the proposals stay."
    )

    def add_arguments(self, parser):
        parser.add_argument("--email", help="Remove everything kept about this address now.")
        parser.add_argument(
            "--months",
            type=int,
            default=settings.PERSONAL_DATA_RETENTION_MONTHS,
            help="Retention after the final status (default: PERSONAL_DATA_RETENTION_MONTHS).",
        )
        parser.add_argument("--dry-run", action="store_true", help="Count, remove nothing.")

    def handle(self, *args, email=None, months, dry_run, **options):
        if email is not None:
            proposers = (
                Proposer.objects.with_email(email) if email.strip() else Proposer.objects.none()
            )
        else:
            proposers = Proposer.objects.past_retention(months, timezone.localdate())
        pks = list(proposers.values_list("pk", flat=True))
        if dry_run:
            self.stdout.write(
                _("Dry run: the personal data of %(count)d proposers would be removed.")
                % {"count": len(pks)}
            )
            return
        with transaction.atomic():
            proposals = Proposer.objects.filter(pk__in=pks).values("proposal_id")
            # Mails still owed to them can no longer be sent: say so instead of retrying.
            FeedbackMail.objects.pending().filter(proposal_id__in=proposals).update(
                state=FeedbackMail.State.NO_ADDRESS
            )
            Proposer.objects.filter(pk__in=pks).delete()
        self.stdout.write(
            _("The personal data of %(count)d proposers was removed; their proposals stay.")
            % {"count": len(pks)}
        )
