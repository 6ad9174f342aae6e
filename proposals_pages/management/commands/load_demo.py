"""manage.py load_demo: the demo site, in Swedish, with six locales, areas, themes, the
commission and its meetings, dialogue sessions and about 150 proposals with their history.

Idempotent: a rerun finds what exists (by slug, reference, year or title) and creates only
what is missing, so content edited or added by hand is kept. Dates are relative to the day
the demo was first loaded; a rerun also makes sure some dialogue sessions lie ahead.
"""

from datetime import date

from django.core.management.base import BaseCommand, CommandError

from proposals_pages.demo import DemoBuilder


class Command(BaseCommand):
    help = "Load the demo content (idempotent: creates only what is missing)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--today",
            metavar="YYYY-MM-DD",
            help="Load as if on this day (for tests and screenshots). Default: today.",
        )

    def handle(self, *args, **options):
        today = None
        if options["today"]:
            try:
                today = date.fromisoformat(options["today"])
            except ValueError as error:
                raise CommandError(f"--today: {error}") from error
        DemoBuilder(self.stdout, self.style, today=today).build()
