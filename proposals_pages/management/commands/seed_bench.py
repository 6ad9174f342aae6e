"""Bulk synthetic proposals for benchmarks: `manage.py seed_bench --proposals N`.

Adds N live proposals under the Swedish proposal index page (/sv/forslag/) that `load_demo`
builds, spread over its areas, themes, every status and the years 2019 to now, each with a
believable dated history. Pages are written with bulk inserts, not one `add_child` each: the
wagtailcore Page rows (treebeard paths continuing after the last existing child), then the
ProposalPage rows pointing at them, then the status history. 100,000 proposals take minutes.

The rows obey the model's rules: a decided proposal names a past commission meeting and its
date; approved ones carry a cost estimate, rejected ones a reason, completed ones a completion
date. Months since 2019 without a commission meeting get one ("bench-sammantrade-YYYY-MM"),
so decisions spread over the years as real ones do. Slugs are "bench-<n>" and references
"BX-<year>-<n>", apart from the real "BD-" numbering. Running it again adds N more.

No revisions are written and the search index is skipped unless --search-index is given: the
listing's free text (`?q=`) filters in the database, only the site search (/sv/sok/) reads the
index. `manage.py update_index` indexes everything afterwards.
"""

import bisect
import datetime
import random
import time
import uuid
from collections import Counter

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connections, router, transaction
from django.utils import timezone
from wagtail.models import Locale, Page

from proposals_pages import bulk
from proposals_pages.caching import proposals_changed
from proposals_pages.models import (
    Administration,
    AreaPage,
    CommissionMeetingPage,
    CommissionPage,
    DialogueEventPage,
    ProposalIndexPage,
    ProposalPage,
    ProposalStatusChange,
    ThemePage,
)
from proposals_pages.statuses import GRANTED, NEEDS_DECISION_DATE, Status

FIRST_YEAR = 2019
INDEX_SLUG = "forslag"
SLUG_PREFIX = "bench-"
REFERENCE_PREFIX = "BX"
MEETING_SLUG_PREFIX = "bench-sammantrade-"

# How often each status is drawn; what a date makes impossible is moved to a possible one.
STATUS_WEIGHTS = {
    Status.RECEIVED: 8,
    Status.UNDER_REVIEW: 10,
    Status.READY_FOR_DECISION: 6,
    Status.APPROVED: 10,
    Status.REJECTED: 20,
    Status.REFERRED: 8,
    Status.IN_PROGRESS: 10,
    Status.COMPLETED: 22,
    Status.WITHDRAWN: 6,
}
PENDING = (Status.RECEIVED, Status.UNDER_REVIEW, Status.READY_FOR_DECISION)
PRICED = GRANTED | {Status.READY_FOR_DECISION, Status.REJECTED}
# Statuses decided at a commission meeting (a referral is too, though the rules allow none).
AT_MEETING = NEEDS_DECISION_DATE | {Status.REFERRED}

IDEAS = [
    "Bättre belysning",
    "Fler bänkar",
    "Ny lekplats",
    "Utegym",
    "Fler papperskorgar",
    "Längre öppettider på fritidsgården",
    "Konstgräsplan",
    "Blomsterplanteringar",
    "Tryggare passage",
    "Cykelställ",
    "Grillplats",
    "Boulebana",
    "Sittplatser för äldre",
    "Läxhjälp på biblioteket",
    "Sommarjobb för unga",
    "Kulturkvällar",
    "Hundrastgård",
    "Farthinder",
    "Vattenlek",
    "Odlingslotter",
]
PLACES = [
    "vid torget",
    "i parken",
    "vid skolan",
    "längs gångvägen",
    "vid pendeltåget",
    "vid badplatsen",
    "vid idrottsplatsen",
    "vid äldreboendet",
]
REASONS = [
    "Det är mörkt och otryggt på kvällarna.",
    "Många barn och unga vistas här efter skolan.",
    "Äldre behöver kunna vila på vägen till affären.",
    "Det saknas en plats att träffas på.",
    "Platsen används mycket men är sliten.",
    "Det skulle göra området trevligare för alla.",
]
ASSESSMENTS = [
    "Möjligt att genomföra inom ett år.",
    "Kräver samråd med fastighetsägaren.",
    "Kan samordnas med planerat underhåll.",
    "Ryms inom befintlig driftbudget efter investeringen.",
]
REJECTIONS = [
    "Ryms inte i årets budget.",
    "Marken ägs inte av kommunen.",
    "Liknande åtgärd genomförs redan i området.",
    "Frågan hanteras av en annan nämnd.",
]
LANGUAGES = ["sv"] * 17 + ["en", "fi", "ar"]


class Command(BaseCommand):
    help = (
        "Bulk-insert N synthetic live proposals under /sv/forslag/ (run manage.py load_demo "
        "first), with dated status histories, for benchmarks. The search index is skipped "
        "unless --search-index is given (the listing's ?q= filters in the database)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--proposals", type=int, default=1000, help="How many proposals to add (1000)."
        )
        parser.add_argument(
            "--batch", type=int, default=5000, help="Rows per bulk insert and transaction (5000)."
        )
        parser.add_argument(
            "--seed", type=int, default=2019, help="Seed of the random choices (2019)."
        )
        parser.add_argument(
            "--search-index",
            action="store_true",
            help="Also add the new proposals to Wagtail's search index (slower).",
        )

    def handle(self, *args, proposals, batch, seed, search_index, **options):
        if proposals < 1 or batch < 1:
            raise CommandError("--proposals and --batch must be positive.")
        started = time.monotonic()
        self.using = router.db_for_write(Page)
        self.today = timezone.localdate()
        self.rng = random.Random(seed)
        tree = self.read_tree()
        index = tree["index"]
        first_n = self.next_number(index)
        self.rng.seed(seed * 1_000_003 + first_n)  # a second run invents other proposals
        self.stdout.write(
            f"Adding {proposals:,} proposals under {index.url_path} "
            f"({connections[self.using].vendor}, batches of {batch:,}); "
            f"{len(tree['areas'])} areas, {len(tree['themes'])} themes, "
            f"{len(tree['meetings'])} past commission meetings."
        )

        statuses, histories = Counter(), 0
        for offset in range(0, proposals, batch):
            size = min(batch, proposals - offset)
            with transaction.atomic(using=self.using):
                specs = [self.invent(tree, first_n + offset + i) for i in range(size)]
                pages = self.add_children(index, ProposalPage, specs)
                histories += self.add_histories(specs, pages)
                if search_index:
                    self.index(ProposalPage, pages)
            statuses.update(spec["status"] for spec in specs)
            self.stdout.write(
                f"  {offset + size:>9,} / {proposals:,} proposals "
                f"({time.monotonic() - started:.1f} s)"
            )

        proposals_changed()  # bulk inserts send no signals: drop the cached counts here
        bulk.refresh_planner_statistics([ProposalPage, ProposalStatusChange], using=self.using)
        self.stdout.write(
            self.style.SUCCESS(
                f"Added {proposals:,} proposals (slugs {SLUG_PREFIX}{first_n} to "
                f"{SLUG_PREFIX}{first_n + proposals - 1}) and {histories:,} history entries "
                f"in {time.monotonic() - started:.1f} s."
            )
        )
        for status in Status:
            self.stdout.write(f"  {status.value:<20} {statuses[status.value]:>9,}")
        if not search_index:
            self.stdout.write(
                "Search index skipped: /sv/sok/ finds only the proposals indexed before; "
                "run manage.py update_index (or seed with --search-index) to include them."
            )

    # --- what exists ---------------------------------------------------------

    def read_tree(self):
        """The Swedish pages the proposals hang from and point at."""
        locale = Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()
        index = (
            ProposalIndexPage.objects.filter(locale=locale, slug=INDEX_SLUG).first()
            if locale
            else None
        )
        areas = list(AreaPage.objects.live().filter(locale=locale).order_by("path"))
        if index is None or not areas:
            language = settings.LANGUAGE_CODE
            missing = (
                f"proposal index page at /{language}/{INDEX_SLUG}/"
                if index is None
                else f"area pages at /{language}/omraden/<area>/"
            )
            raise CommandError(f"No {missing}: run manage.py load_demo first.")
        events = {}
        held = DialogueEventPage.objects.live().filter(locale=locale)
        for pk, area_id, start in held.values_list("pk", "area", "start"):
            events.setdefault(area_id, []).append((pk, timezone.localdate(start)))
        return {
            "index": index,
            "locale": locale,
            "areas": areas,
            "themes": list(ThemePage.objects.live().filter(locale=locale).order_by("path")),
            "administrations": list(
                Administration.objects.filter(locale=locale).values_list("pk", flat=True)
            ),
            "events": events,
            "meetings": self.meetings(locale),
        }

    def meetings(self, locale):
        """Past commission meetings, oldest first, with one in every month since 2019."""
        meetings = CommissionMeetingPage.objects.live().filter(locale=locale, date__lte=self.today)
        held = {(date.year, date.month) for date in meetings.values_list("date", flat=True)}
        commission = CommissionPage.objects.filter(locale=locale).first()
        missing = [
            datetime.date(year, month, 15)
            for year in range(FIRST_YEAR, self.today.year + 1)
            for month in range(1, 13)
            if (year, month) not in held and datetime.date(year, month, 15) <= self.today
        ]
        if commission is not None and missing:
            with transaction.atomic(using=self.using):
                added = self.add_children(
                    commission,
                    CommissionMeetingPage,
                    [
                        {
                            "title": f"Sammanträde {day.isoformat()}",
                            "slug": f"{MEETING_SLUG_PREFIX}{day:%Y-%m}",
                            "date": day,
                            "published": day,
                        }
                        for day in missing
                    ],
                )
                self.index(CommissionMeetingPage, added)  # a few dozen: cheap
            self.stdout.write(
                f"Added {len(missing)} commission meetings: one a month since {FIRST_YEAR}."
            )
        found = list(meetings.order_by("date", "pk").values_list("pk", "date"))
        if not found:
            raise CommandError(
                "No commission meetings to decide proposals at: run manage.py load_demo first."
            )
        return found

    def next_number(self, index):
        """One more than the highest n of the bench-<n> proposals already there."""
        slugs = Page.objects.child_of(index).filter(slug__startswith=SLUG_PREFIX)
        numbers = [
            int(slug[len(SLUG_PREFIX) :])
            for slug in slugs.values_list("slug", flat=True).iterator()
            if slug[len(SLUG_PREFIX) :].isdigit()
        ]
        return max(numbers, default=0) + 1

    # --- one proposal ----------------------------------------------------------

    def invent(self, tree, number):
        """The fields and dated history of proposal n, keeping every rule of the model."""
        rng = self.rng
        first_day = datetime.date(FIRST_YEAR, 1, 1)
        submitted_on = first_day + datetime.timedelta(
            days=rng.randrange((self.today - first_day).days + 1)
        )
        area = rng.choice(tree["areas"])
        theme = rng.choice(tree["themes"]) if tree["themes"] and rng.random() < 0.9 else None
        idea, place = rng.choice(IDEAS), rng.choice(PLACES)
        spec = {
            "title": f"{idea} {place} i {area.title}",
            "slug": f"{SLUG_PREFIX}{number}",
            "reference": f"{REFERENCE_PREFIX}-{submitted_on.year}-{number:06d}",
            "description": f"Jag föreslår: {idea.lower()} {place}. {rng.choice(REASONS)}",
            "area_id": area.pk,
            "theme_id": theme.pk if theme else None,
            "text_language": rng.choice(LANGUAGES),
            "channel": rng.choices(["dialogue", "digital", "other"], [55, 35, 10])[0],
            "dialogue_event_id": None,
            "submitted_on": submitted_on,
            "administration_id": None,
            "cost_estimate_sek": None,
            "assessment": "",
            "decided_at_meeting_id": None,
            "decided_on": None,
            "decision_note": "",
            "completed_on": None,
            "actual_cost_sek": None,
        }
        if spec["channel"] == "dialogue" and rng.random() < 0.5:
            held = [pk for pk, day in tree["events"].get(area.pk, ()) if day <= submitted_on]
            spec["dialogue_event_id"] = rng.choice(held) if held else None

        status = Status(rng.choices(list(STATUS_WEIGHTS), list(STATUS_WEIGHTS.values()))[0])
        age = (self.today - submitted_on).days
        if status in PENDING and age > 365 and rng.random() < 0.8:
            status = rng.choice([Status.APPROVED, Status.REJECTED, Status.COMPLETED])
        history = [(Status.RECEIVED, submitted_on)]

        def step(next_status, earliest, latest, days):
            """A history entry some days after `earliest`, never after `latest`."""
            day = min(earliest + datetime.timedelta(days=rng.randint(*days)), latest)
            history.append((next_status, day))
            return day

        meeting = None
        if status in AT_MEETING:
            meeting = self.meeting_after(submitted_on, tree["meetings"])
            if meeting is None:
                status = rng.choice(PENDING)  # too recent to have been decided
        if status == Status.WITHDRAWN:
            step(Status.WITHDRAWN, submitted_on, self.today, (5, 120))
        elif status != Status.RECEIVED:
            latest = meeting[1] if meeting else self.today
            reviewed = step(Status.UNDER_REVIEW, submitted_on, latest, (2, 20))
            if status in PRICED:
                step(Status.READY_FOR_DECISION, reviewed, latest, (10, 60))
                spec["administration_id"] = (
                    rng.choice(tree["administrations"]) if tree["administrations"] else None
                )
                spec["cost_estimate_sek"] = rng.choice([15, 40, 75, 120, 250, 400, 900]) * 1000
                spec["assessment"] = rng.choice(ASSESSMENTS)
            if meeting:
                spec["decided_at_meeting_id"], spec["decided_on"] = meeting
                decided_on = meeting[1]
                if status == Status.REJECTED:
                    spec["decision_note"] = rng.choice(REJECTIONS)
                if status in GRANTED:
                    history.append((Status.APPROVED, decided_on))
                else:
                    history.append((status, decided_on))
                if status in (Status.IN_PROGRESS, Status.COMPLETED):
                    started = step(Status.IN_PROGRESS, decided_on, self.today, (14, 90))
                    completed_on = started + datetime.timedelta(days=rng.randint(30, 400))
                    if status == Status.COMPLETED and completed_on <= self.today:
                        history.append((Status.COMPLETED, completed_on))
                        spec["completed_on"] = completed_on
                        spec["actual_cost_sek"] = 1000 * round(
                            spec["cost_estimate_sek"] * rng.uniform(0.8, 1.2) / 1000
                        )
                    else:
                        status = Status.IN_PROGRESS
            elif status == Status.UNDER_REVIEW and rng.random() < 0.5:
                spec["administration_id"] = (
                    rng.choice(tree["administrations"]) if tree["administrations"] else None
                )
        spec["status"] = status.value
        spec["history"] = history
        spec["published"] = submitted_on
        spec["updated"] = history[-1][1]
        return spec

    def meeting_after(self, submitted_on, meetings):
        """A past meeting 3 weeks to about half a year after submission, or None."""
        earliest = submitted_on + datetime.timedelta(days=21)
        first = bisect.bisect_left(meetings, earliest, key=lambda meeting: meeting[1])
        if first == len(meetings):
            return None
        return meetings[min(first + self.rng.randint(0, 5), len(meetings) - 1)]

    # --- bulk writes -----------------------------------------------------------

    def add_children(self, parent, model, rows):
        """Many live pages of one type under parent at once (proposals_pages.bulk).

        Each row holds title, slug, published (a date), optionally updated, and the model's
        own fields.
        """
        names = {field.attname for field in model._meta.local_concrete_fields} - {"page_ptr_id"}
        pages = [
            model(
                title=row["title"],
                draft_title=row["title"],
                slug=row["slug"],
                translation_key=uuid.UUID(int=self.rng.getrandbits(128), version=4),
                live=True,
                has_unpublished_changes=False,
                first_published_at=self.moment(row["published"]),
                last_published_at=self.moment(row.get("updated", row["published"])),
                show_in_menus=False,
                **{name: row[name] for name in names if name in row},
            )
            for row in rows
        ]
        try:
            return bulk.add_children(parent, pages, using=self.using)
        except ValueError as error:  # the parent's treebeard steps are used up
            raise CommandError(str(error)) from error

    def add_histories(self, specs, pages):
        changes = [
            ProposalStatusChange(proposal_id=page.pk, status=status.value, changed_on=day)
            for spec, page in zip(specs, pages, strict=True)
            for status, day in spec["history"]
        ]
        ProposalStatusChange.objects.using(self.using).bulk_create(changes, batch_size=5000)
        return len(changes)

    def index(self, model, pages):
        bulk.update_search_index(model, list(model.objects.filter(pk__in=[p.pk for p in pages])))

    def moment(self, day):
        """A working-hours moment on a day, in the site's time zone."""
        return timezone.make_aware(
            datetime.datetime.combine(day, datetime.time(9 + self.rng.randrange(8)))
        )
