"""manage.py load_demo: the demo site, in Swedish, with six locales, areas, themes, the
commission and its meetings, dialogue sessions and about 150 proposals with their history.

Idempotent: a rerun finds what exists (by slug, reference, year or title) and creates only
what is missing, so content edited or added by hand is kept. Dates are relative to the day
the demo was first loaded; a rerun also makes sure some dialogue sessions lie ahead.

`--address 127.0.0.1:8000` (what `make demo` serves) becomes the default site's address, so
links that leave the page (e-mails, the sitemap, the API, og:url) lead back to the demo.
"""

from datetime import date

from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Site

from proposals_pages.demo import DemoBuilder


class Command(BaseCommand):
    help = "Load the demo content (idempotent: creates only what is missing)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--today",
            metavar="YYYY-MM-DD",
            help="Load as if on this day (for tests and screenshots). Default: today.",
        )
        parser.add_argument(
            "--address",
            metavar="HOST:PORT",
            help="The address the demo is served at, e.g. 127.0.0.1:8000, for absolute links.",
        )

    def handle(self, *args, **options):
        today = None
        if options["today"]:
            try:
                today = date.fromisoformat(options["today"])
            except ValueError as error:
                raise CommandError(f"--today: {error}") from error
        address = options["address"]
        if address:
            hostname, _colon, port = address.rpartition(":")
            if not hostname or not port.isdigit():
                raise CommandError(f"--address: expected HOST:PORT, got {address!r}")
        DemoBuilder(self.stdout, self.style, today=today).build()
        if address:
            Site.objects.filter(is_default_site=True).update(hostname=hostname, port=int(port))
            self.stdout.write(f"The site's address is http://{address}/.")
