"""Writes the demo content to the database, creating only what is missing.

Each thing is looked up first (locales by code, pages by slug, proposals by reference,
budgets by year, images by title) and left alone when found, so a rerun adds nothing and
keeps whatever editors changed or added by hand.
"""

import hashlib
import io
from datetime import datetime, time, timedelta

from django.conf import settings
from django.core.files.images import ImageFile
from django.core.management.base import CommandError
from django.db import transaction
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.text import slugify
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page, ReferenceIndex, Site
from wagtail.signal_handlers import disable_reference_index_auto_update

from home.models import HomePage

from ..models import (
    Administration,
    AreaIndexPage,
    AreaPage,
    CommissionAgendaItem,
    CommissionBudget,
    CommissionMeetingPage,
    CommissionMember,
    CommissionPage,
    DialogueEventPage,
    DialogueIndexPage,
    ProposalIndexPage,
    ProposalPage,
    ProposalPhoto,
    ProposalStatusChange,
    Proposer,
    StatisticsPage,
    ThemeIndexPage,
    ThemePage,
)
from ..statuses import Status
from . import accessibility, accessibility_translations, content, images, texts, translations
from .accessibility import ensure_accessibility_statement
from .localize import translate
from .plan import AREAS as PLANNED_AREAS
from .plan import EARLIEST_ANCHOR, FIRST_YEAR, STOCKHOLM, plan_demo, upcoming_sessions

COLLECTION_NAME = "Demobilder"
SECTION_TYPES = {
    "ProposalIndexPage": ProposalIndexPage,
    "AreaIndexPage": AreaIndexPage,
    "ThemeIndexPage": ThemeIndexPage,
    "DialogueIndexPage": DialogueIndexPage,
    "CommissionPage": CommissionPage,
    "StatisticsPage": StatisticsPage,
}
DECISIONS = (Status.APPROVED, Status.REJECTED, Status.REFERRED)


def noon(day):
    return datetime.combine(day, time(12), tzinfo=STOCKHOLM)


class DemoBuilder:
    """Builds the demo site; `today` stands in for the current date (tests, screenshots)."""

    def __init__(self, stdout, style, today=None):
        self.stdout = stdout
        self.style = style
        self.today = today or timezone.localdate()
        if self.today < EARLIEST_ANCHOR:
            raise CommandError(
                f"The demo's story starts in {FIRST_YEAR}; load it as of a later day."
            )
        self.tally = {}

    def build(self):
        with transaction.atomic():
            self.locale = self.ensure_locales()
            home = self.ensure_home()
            anchor = self.anchor(home)
            sections = self.ensure_sections(home)
            statement = ensure_accessibility_statement(self, home)
            self.collection = self.ensure_collection()
            administrations = self.ensure_administrations()
            self.ensure_budgets()
            themes = self.ensure_themes(sections["teman"])
            areas = self.ensure_areas(sections["omraden"])
            plan = plan_demo(anchor)
            meetings = self.ensure_meetings(sections["kommissionen"], plan.meetings)
            sessions = self.ensure_sessions(sections["dialoger"], plan.sessions, areas, themes)
            self.ensure_upcoming_sessions(sections["dialoger"], areas, themes)
            self.ensure_proposals(
                sections["forslag"],
                plan.proposals,
                {"areas": areas, "themes": themes, "sessions": sessions},
                meetings,
                administrations,
            )
            self.ensure_agendas(meetings, plan.proposals)
            self.ensure_translations(
                home, sections, statement, themes, areas, administrations, anchor
            )
        self.report(anchor)

    # --- bookkeeping --------------------------------------------------------------------

    def count(self, kind, created):
        created_and_found = self.tally.setdefault(kind, [0, 0])
        created_and_found[0 if created else 1] += 1

    def report(self, anchor):
        write = self.stdout.write
        created = sum(c for c, _ in self.tally.values())
        for kind, (new, found) in self.tally.items():
            write(f"  {kind}: {new} created, {found} found")
        proposals = ProposalPage.objects.filter(locale=self.locale)
        write(
            f"Totals: {Page.objects.count()} pages, {proposals.count()} proposals, "
            f"{ProposalStatusChange.objects.count()} history entries, "
            f"{get_image_model().objects.count()} images, "
            f"{DialogueEventPage.objects.live().upcoming().count()} upcoming sessions."
        )
        write(f"Dates are relative to {anchor.isoformat()}, the day the demo was first loaded.")
        if created:
            write(self.style.SUCCESS(f"Demo content loaded: {created} things created."))
        else:
            write(self.style.SUCCESS("Found the demo content already in place; nothing added."))

    # --- site -----------------------------------------------------------------------------

    def ensure_locales(self):
        for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
            _locale, created = Locale.objects.get_or_create(language_code=code)
            self.count("locales", created)
        return Locale.objects.get(language_code=settings.LANGUAGE_CODE)

    def ensure_home(self):
        """The Swedish home page at the root of the default site, replacing Wagtail's
        untouched "Welcome to your new Wagtail site!" page."""
        root = Page.get_first_root_node()
        home = HomePage.objects.child_of(root).filter(locale=self.locale).first()
        created = home is None
        self.count("home page", created)
        if created:
            for page in root.get_children().filter(slug=content.HOME["slug"]):
                if page.specific_class is not Page or page.numchild:
                    raise CommandError(
                        f"A page '{page.title}' already uses the slug "
                        f"'{content.HOME['slug']}' at the top of the tree; move or rename it."
                    )
                # The Site cascades with its root page: point it at the tree root meanwhile.
                Site.objects.filter(root_page=page).update(root_page=root)
                page.delete()
            home = HomePage(
                title=content.HOME["title"],
                slug=content.HOME["slug"],
                introduction=content.HOME["introduction"],
                locale=self.locale,
                first_published_at=noon(self.today),
            )
            root.add_child(instance=home)
            home.save_revision().publish()
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            Site.objects.create(
                hostname="localhost",
                port=80,
                is_default_site=True,
                root_page=home,
                site_name=content.SITE_NAME,
            )
        elif created or site.root_page_id == root.pk:
            site.root_page = home
            site.site_name = site.site_name or content.SITE_NAME
            site.save()
        Site.objects.filter(root_page=root).update(root_page=home)
        return home

    def anchor(self, home):
        """The day the demo was first loaded: its dates are planned relative to it, so a
        rerun on a later day plans, and finds, the same content."""
        if home.first_published_at is None:  # a home page made by hand, never published
            return self.today
        return timezone.localtime(home.first_published_at).date()

    def ensure_sections(self, home):
        sections = {}
        for slug, type_name, title, introduction in content.SECTIONS:
            page_type = SECTION_TYPES[type_name]
            page = home.get_children().filter(slug=slug).specific().first()
            if page is not None and not isinstance(page, page_type):
                raise CommandError(f"/{slug}/ exists but is not a {page_type.__name__}.")
            self.count("sections", page is None)
            if page is None:
                page = page_type(
                    title=title, slug=slug, introduction=introduction, show_in_menus=True
                )
                if page_type is CommissionPage:
                    page.body = content.COMMISSION_BODY
                    page.members = [
                        CommissionMember(name=name, party=party, role=role, sort_order=number)
                        for number, (name, party, role) in enumerate(content.COMMISSION_MEMBERS)
                    ]
                self.publish(home, page, self.today)
            sections[slug] = page
        return sections

    def ensure_administrations(self):
        administrations = {}
        for slug, name in content.ADMINISTRATIONS:
            administration, created = Administration.objects.get_or_create(
                slug=slug, locale=self.locale, defaults={"name": name}
            )
            self.count("administrations", created)
            administrations[slug] = administration
        return administrations

    def ensure_budgets(self):
        for year in range(FIRST_YEAR, self.today.year + 1):
            _budget, created = CommissionBudget.objects.get_or_create(
                year=year, defaults={"amount_sek": settings.PORTAL_DEFAULT_YEARLY_BUDGET_SEK}
            )
            self.count("yearly budgets", created)

    # --- pages ----------------------------------------------------------------------------

    def add(self, parent, page, published_on):
        """A live page under its parent, as if published on that day (no revision)."""
        page.locale = self.locale
        page.live = True
        page.first_published_at = page.last_published_at = noon(published_on)
        parent.add_child(instance=page)
        return page

    def publish(self, parent, page, published_on):
        """An editorial page, with a first revision so editors see its history."""
        self.add(parent, page, published_on)
        page.save_revision().publish()
        return page

    def existing(self, model, slugs):
        return {
            page.slug: page for page in model.objects.filter(locale=self.locale, slug__in=slugs)
        }

    def ensure_themes(self, index):
        found = self.existing(ThemePage, [t["slug"] for t in content.THEMES])
        themes = {}
        for theme in content.THEMES:
            page = found.get(theme["slug"])
            if page is None:
                image = self.image(
                    f"Tema: {theme['title']}",
                    f"Illustration för temat {theme['title'].lower()}",
                    lambda theme=theme: images.theme_picture(
                        theme["slug"], theme["title"], theme["colour"]
                    ),
                )
                page = ThemePage(
                    title=theme["title"],
                    slug=theme["slug"],
                    introduction=theme["introduction"],
                    description=theme["description"],
                    image=image,
                )
                self.publish(index, page, self.today)
            self.count("themes", page.slug not in found)
            themes[theme["slug"]] = page
        return themes

    def ensure_areas(self, index):
        found = self.existing(AreaPage, [a["slug"] for a in content.AREAS])
        areas = {}
        for number, area in enumerate(content.AREAS):
            page = found.get(area["slug"])
            if page is None:
                image = self.image(
                    f"Område: {area['title']}",
                    f"Tecknade hus och träd i {area['title']}",
                    lambda area=area, number=number: images.area_picture(area["title"], number),
                )
                name, email, phone = area["strategist"]
                page = AreaPage(
                    title=area["title"],
                    slug=area["slug"],
                    introduction=area["introduction"],
                    description=area["description"],
                    population=area["population"],
                    strategist_name=name,
                    strategist_email=email,
                    strategist_phone=phone,
                    image=image,
                )
                self.publish(index, page, self.today)
            self.count("areas", page.slug not in found)
            areas[area["slug"]] = page
        return areas

    def ensure_meetings(self, commission, planned_meetings):
        found = self.existing(CommissionMeetingPage, [m.slug for m in planned_meetings])
        meetings = {}
        for meeting in planned_meetings:
            page = found.get(meeting.slug)
            if page is None:
                page = CommissionMeetingPage(
                    title=meeting.title,
                    slug=meeting.slug,
                    date=meeting.date,
                    introduction=meeting.introduction,
                    agenda=meeting.agenda,
                )
                self.add(commission, page, min(meeting.date - timedelta(days=21), self.today))
            self.count("commission meetings", meeting.slug not in found)
            meetings[meeting.slug] = page
        return meetings

    def ensure_sessions(self, index, planned_sessions, areas, themes):
        found = self.existing(DialogueEventPage, [s.slug for s in planned_sessions])
        sessions = {}
        for session in planned_sessions:
            page = found.get(session.slug)
            if page is None:
                page = self.add_session(index, session, areas, themes)
            self.count("dialogue sessions", session.slug not in found)
            sessions[session.slug] = page
        return sessions

    def add_session(self, index, session, areas, themes):
        page = DialogueEventPage(
            title=session.title,
            slug=session.slug,
            introduction=session.introduction,
            kind=session.kind,
            area=areas[session.area],
            theme=themes.get(session.theme),
            start=session.start,
            end=session.end,
            place_kind=session.place_kind,
            place_name=session.place_name,
            address=session.address,
            directions=session.directions,
            description=session.description,
            cancelled=session.cancelled,
            participants=session.participants,
            summary=session.summary,
        )
        announced = min(session.start.date() - timedelta(days=21), self.today)
        return self.add(index, page, announced)

    def ensure_upcoming_sessions(self, index, areas, themes):
        """Whatever day the demo is loaded again, there are sessions to look forward to."""
        now = datetime.combine(self.today, time(0), tzinfo=STOCKHOLM)
        ahead = DialogueEventPage.objects.live().filter(
            kind=DialogueEventPage.Kind.DIALOGUE, cancelled=False, end__gte=now
        )
        if ahead.count() >= 3:
            return
        planned = upcoming_sessions(self.today)
        found = self.existing(DialogueEventPage, [s.slug for s in planned])
        for session in planned:
            if session.slug not in found:
                self.add_session(index, session, areas, themes)
            self.count("upcoming sessions", session.slug not in found)

    # --- proposals ------------------------------------------------------------------------

    def ensure_proposals(self, index, planned_proposals, pages, meetings, administrations):
        found = set(
            ProposalPage.objects.filter(
                locale=self.locale, reference__in=[p.reference for p in planned_proposals]
            ).values_list("reference", flat=True)
        )
        for planned in planned_proposals:
            if planned.reference not in found:
                page = self.add_proposal(index, planned, pages, meetings, administrations)
                if planned.proposer:
                    Proposer.objects.create(proposal=page, **planned.proposer)
                if planned.photos:
                    self.add_photos(page, planned)
            self.count("proposals", planned.reference not in found)

    def add_proposal(self, index, planned, pages, meetings, administrations):
        """A proposal that walks its real steps, so the model writes each history entry;
        the entries are then dated as planned (the model dates in-between steps today)."""
        first, *later = planned.steps
        page = ProposalPage(
            title=planned.title,
            slug=planned.slug,
            reference=planned.reference,
            description=planned.description,
            text_language="sv",
            area=pages["areas"][planned.area],
            theme=pages["themes"].get(planned.theme),
            channel=planned.channel,
            dialogue_event=pages["sessions"].get(planned.session),
            submitted_on=planned.submitted_on,
            status=first.status,
            status_note=first.note,
        )
        self.add(index, page, planned.submitted_on)
        meeting = meetings[planned.meeting.slug]
        # The references (area, meeting, administration) are indexed once, after the last step.
        with disable_reference_index_auto_update():
            for step in later:
                if step.status == Status.UNDER_REVIEW:
                    page.administration = administrations[planned.administration]
                elif step.status == Status.READY_FOR_DECISION:
                    page.cost_estimate_sek = planned.cost_estimate_sek
                    page.assessment = planned.assessment
                elif step.status in DECISIONS:
                    page.decided_at_meeting = meeting
                    page.decided_on = meeting.date
                    page.decision_note = planned.decision_note
                elif step.status == Status.COMPLETED:
                    page.completed_on = planned.completed_on
                    page.actual_cost_sek = planned.actual_cost_sek
                page.status = step.status
                page.status_note = step.note
                page.save()
        if later:
            ReferenceIndex.create_or_update_for_object(page)
        history = list(page.history.order_by("pk"))
        for entry, step in zip(history, planned.steps, strict=True):
            entry.changed_on = step.on
        ProposalStatusChange.objects.bulk_update(history, ["changed_on"])
        Page.objects.filter(pk=page.pk).update(last_published_at=noon(planned.steps[-1].on))
        return page

    def ensure_agendas(self, meetings, planned_proposals):
        """Each meeting's agenda: the proposals it decided, each with the outcome and reason
        the proposal carries, or for a meeting ahead those ready for it. Added once, to a
        meeting that has no agenda yet (the proposals already carry their decisions, so
        nothing is applied here; publishing the meeting later finds them applied)."""
        with_agenda = set(
            CommissionAgendaItem.objects.filter(
                meeting__in=[meeting.pk for meeting in meetings.values()]
            ).values_list("meeting_id", flat=True)
        )
        proposal_ids = dict(
            ProposalPage.objects.filter(
                locale=self.locale, reference__in=[p.reference for p in planned_proposals]
            ).values_list("reference", "pk")
        )
        items = []
        for planned in sorted(planned_proposals, key=lambda p: p.reference):
            meeting = meetings[planned.meeting.slug]
            outcome = next((s.status for s in planned.steps if s.status in DECISIONS), None)
            up_for_decision = planned.status == Status.READY_FOR_DECISION
            if meeting.pk in with_agenda or not (outcome or up_for_decision):
                continue
            items.append(
                CommissionAgendaItem(
                    meeting=meeting,
                    proposal_id=proposal_ids[planned.reference],
                    outcome=outcome or "",
                    reason=planned.decision_note if outcome else "",
                    sort_order=len(items),
                )
            )
        CommissionAgendaItem.objects.bulk_create(items)
        for meeting in meetings.values():
            if meeting.pk in with_agenda or any(item.meeting is meeting for item in items):
                self.count("meeting agendas", meeting.pk not in with_agenda)

    def add_photos(self, page, planned):
        motif = planned.idea["motif"]
        for number, moment in enumerate(("before", "after")):
            caption = images.MOTIF_CAPTIONS[motif][number]
            image = self.image(
                f"{'Före' if moment == 'before' else 'Efter'}: {motif}",
                caption,
                lambda motif=motif, moment=moment, caption=caption: images.motif_picture(
                    motif, moment, caption
                ),
            )
            ProposalPhoto.objects.create(
                proposal=page, image=image, moment=moment, caption=caption, sort_order=number
            )

    # --- images ---------------------------------------------------------------------------

    def ensure_collection(self):
        root = Collection.get_first_root_node()
        collection = root.get_children().filter(name=COLLECTION_NAME).first()
        if collection is None:
            collection = root.add_child(name=COLLECTION_NAME)
        return collection

    def image(self, title, description, draw):
        """The image with this title, drawn and saved the first time it is needed."""
        image_model = get_image_model()
        image = image_model.objects.filter(title=title).first()
        self.count("images", image is None)
        if image is not None:
            return image
        data = draw()
        image = image_model(
            title=title,
            description=description,
            collection=self.collection,
            file_size=len(data),
            file_hash=hashlib.sha1(data).hexdigest(),
        )
        image.file = ImageFile(io.BytesIO(data), name=f"demo-{slugify(title)}.png")
        image.save()
        return image

    # --- translations ---------------------------------------------------------------------

    def ensure_translations(
        self, home, sections, statement, themes, areas, administrations, anchor
    ):
        """The section pages, the accessibility statement, themes, areas, administrations and
        the upcoming sessions in every other language (translations.py), made through
        wagtail-localize; what is translated already (by hand or by an earlier run) is kept."""
        sessions = list(
            DialogueEventPage.objects.live()
            .filter(locale=self.locale, end__gte=noon(self.today) - timedelta(hours=12))
            .select_related("area", "theme")
        )
        pages = [home, *sections.values(), statement, *themes.values(), *areas.values()]
        translated = set(
            Page.objects.filter(
                translation_key__in=[page.translation_key for page in pages + sessions]
            ).values_list("translation_key", "locale__language_code")
        ) | set(Administration.objects.values_list("translation_key", "locale__language_code"))
        for language in translations.LANGUAGES:
            locale = Locale.objects.get(language_code=language)

            def ensure(instance, values, language=language, locale=locale):
                done = (instance.translation_key, language) in translated
                self.count(f"translations into {language}", not done)
                if not done and values is not None:
                    translate(instance, locale, values)

            ensure(home, translations.HOME[language])
            for slug, page in sections.items():
                title, introduction = translations.SECTIONS[slug][language]
                values = {"title": title, "introduction": introduction}
                if isinstance(page, CommissionPage):
                    values["body"] = translations.COMMISSION_BODY[language]
                ensure(page, values)
            ensure(statement, self.statement_values(language, anchor))
            for slug, page in themes.items():
                ensure(page, translations.THEMES[slug][language])
            for slug, page in areas.items():
                ensure(page, translations.AREAS[slug][language])
            for slug, administration in administrations.items():
                ensure(administration, {"name": translations.ADMINISTRATIONS[slug][language]})
            for session in sessions:
                ensure(session, session_values(session, language))

    def statement_values(self, language, anchor):
        with translation.override(language):
            assessed = date_format(accessibility.ASSESSED_ON)
            published = date_format(anchor)
        body = accessibility_translations.BODY[language].format(
            email=accessibility.CONTACT_EMAIL,
            phone=accessibility.CONTACT_PHONE,
            digg=accessibility.DIGG_COMPLAINT_FORM,
            assessed=assessed,
            published=published,
        )
        return {
            "title": accessibility_translations.TITLE[language],
            "introduction": accessibility_translations.INTRODUCTION[language],
            "body": body,
        }


def session_values(session, language):
    """A demo session's texts in `language`, filled in as plan.py filled in the Swedish ones;
    None for a session the demo did not write (its Swedish title is not the demo's)."""
    words = translations.SESSIONS[language]
    area = PLANNED_AREAS.get(session.area.slug)
    if area is None:
        return None
    # The place as it reads mid-sentence (plan.py capitalised it for the place's name).
    place_in_text = next(
        (place for place in area["places"].values() if capitalised(place) == session.place_name),
        session.place_name,
    )
    values = {"place": place_in_text, "area": area["title"]}
    if session.kind == DialogueEventPage.Kind.FORUM:
        topic = session.title.partition(": ")[2]
        if session.title != texts.FORUM_TITLE.format(area=area["title"], topic=topic):
            return None
        if topic not in texts.FORUM_TOPICS:
            return None
        translated_topic = words["forum_topics"][texts.FORUM_TOPICS.index(topic)]
        kind = "forum"
        values |= {"topic": translated_topic, "topic_lower": translated_topic.lower()}
        sv_values = {"area": area["title"], "topic": topic}
    elif session.theme_id is None:
        kind = "open"
        sv_values = {"place": place_in_text, "area": area["title"]}
    else:
        theme = session.theme.slug
        kind = "theme"
        sv_values = {"place": place_in_text, "phrase": texts.THEME_PHRASES.get(theme, "")}
        values |= {"phrase": words["phrases"][theme], "question": words["questions"][theme]}
    sv_title = {"open": texts.OPEN_TITLE, "theme": texts.THEME_TITLE}.get(kind)
    if sv_title and session.title != sv_title.format(**sv_values):
        return None
    if place_in_text in translations.COURTYARDS:
        place = words["courtyard"].format(name=translations.COURTYARDS[place_in_text])
        values["place"] = place
        place_name = capitalised(place)
    else:
        place_name = session.place_name
    return {
        "title": words[f"{kind}_title"].format(**values),
        "introduction": words[f"{kind}_introduction"].format(**values),
        "description": words[f"{kind}_description"].format(**values),
        "place_name": place_name,
        "directions": f"{words['transit'][session.area.slug]} "
        f"{words['place_directions'][session.place_kind]}",
    }


def capitalised(text):
    return text[0].upper() + text[1:] if text else text
