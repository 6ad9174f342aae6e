"""`manage.py retry_feedback`: send the feedback e-mails still waiting (see feedback.py).

After the mail server was down for longer than the automatic retries cover, or where no worker
runs the queue (the demo): each waiting e-mail is queued again; one that went out meanwhile is
never sent twice.
"""

from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from proposals_pages import feedback
from proposals_pages.models import FeedbackMail


class Command(BaseCommand):
    help = "Queue every feedback e-mail still waiting to be sent again."

    def handle(self, *args, **options):
        queued = feedback.retry_waiting()
        waiting = FeedbackMail.objects.pending().count()
        self.stdout.write(
            _("Feedback e-mails queued again: %(queued)d; still waiting: %(waiting)d.")
            % {"queued": queued, "waiting": waiting}
        )
