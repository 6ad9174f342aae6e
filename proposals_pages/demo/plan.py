"""The demo's dated content, planned in plain Python before anything is written.

Everything here follows from a fixed seed and one date, the *anchor* (the day the demo was
first loaded), so a rerun plans exactly the same meetings, sessions and proposals and the
builder can find them again by slug and reference. Nothing in this module touches the
database.

The story it tells (domain.md): since 2019 the dialogue visits one area at a time, three
rounds a year, with an open session and two themed ones per round; the commission meets
five times a year and decides on the proposals the administrations have priced; approved
proposals are carried out and completed. Digital proposals start in spring 2020.
"""

import random
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.utils.text import slugify

from ..statuses import Status
from . import content, ideas, texts

SEED = 20190115
FIRST_YEAR = 2019
STOCKHOLM = ZoneInfo("Europe/Stockholm")

# The commission meets on the second Tuesday of these months.
MEETING_MONTHS = (2, 4, 6, 9, 12)
# Each year's dialogue rounds start on these days (month, day).
ROUND_STARTS = ((1, 25), (4, 15), (9, 1))
AREA_ORDER = [
    "fittja",
    "alby",
    "hallunda-norsborg",
    "tumba-storvreten",
    "tullinge",
    "varsta-grodinge",
]
# The earliest day the demo can be loaded as of: a year of history before it.
EARLIEST_ANCHOR = date(FIRST_YEAR + 1, 1, 1)
DIGITAL_FROM = date(2020, 4, 1)
PANDEMIC = (date(2020, 3, 15), date(2020, 6, 1))
BUDGET_SEK = 5_000_000
REFERENCE_PREFIX = "BD"

AREAS = {area["slug"]: area for area in content.AREAS}
ADMIN_NAMES = dict(content.ADMINISTRATIONS)


@dataclass
class Meeting:
    date: date
    slug: str
    title: str
    introduction: str = ""
    agenda: str = ""


@dataclass
class Session:
    slug: str
    title: str
    kind: str  # DialogueEventPage.Kind
    area: str
    theme: str | None
    start: datetime
    end: datetime
    place_kind: str
    place_name: str
    place_in_text: str  # as it reads mid-sentence: "gården vid Krögarvägen"
    address: str
    directions: str
    introduction: str
    description: str
    cancelled: bool = False
    participants: int | None = None
    summary: str = ""


@dataclass
class Step:
    status: str
    on: date
    note: str


@dataclass
class Proposal:
    title: str
    description: str
    area: str
    theme: str | None
    channel: str  # ProposalPage.Channel
    submitted_on: date
    idea: dict
    session: str | None = None  # a Session's slug
    place: str = ""  # where it was left, for a session
    reference: str = ""
    administration: str = ""
    cost_estimate_sek: int | None = None
    assessment: str = ""
    meeting: Meeting | None = None
    decision_note: str = ""
    completed_on: date | None = None
    actual_cost_sek: int | None = None
    steps: list[Step] = field(default_factory=list)
    proposer: dict | None = None
    photos: bool = False
    # Set while planning: a decision pinned in advance, a withdrawal, the decision taken.
    forced: str | None = None
    withdraw: bool = False
    outcome: str | None = None

    @property
    def status(self):
        return self.steps[-1].status

    @property
    def decided_on(self):
        decided = {Status.APPROVED, Status.REJECTED, Status.REFERRED}
        return self.meeting.date if any(s.status in decided for s in self.steps) else None

    @property
    def slug(self):
        return f"{self.reference.lower()}-{slugify(self.title)}"[:250]


@dataclass
class DemoPlan:
    anchor: date
    meetings: list[Meeting]
    sessions: list[Session]
    proposals: list[Proposal]


def plan_demo(anchor):
    """Everything the demo holds that depends on dates, as of the anchor."""
    rng = random.Random(SEED)
    meetings = plan_meetings(anchor)
    sessions = plan_sessions(rng, anchor)
    proposals = plan_proposals(rng, anchor, sessions, meetings)
    describe_meetings(meetings, proposals, sessions, anchor)
    summarise_sessions(rng, sessions, proposals)
    return DemoPlan(anchor, meetings, sessions, proposals)


# --- dates ----------------------------------------------------------------------------------


def nth_weekday(year, month, weekday, n):
    """The n-th (1-based) weekday (0 = Monday) of a month."""
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def next_weekday(day, weekdays):
    """The first day on or after `day` that falls on one of the weekdays."""
    while day.weekday() not in weekdays:
        day += timedelta(days=1)
    return day


def at(day, hour, minute=0):
    """An aware datetime in Stockholm."""
    return datetime.combine(day, time(hour, minute), tzinfo=STOCKHOLM)


def join_sv(items):
    """'Alby, Fittja och Tullinge'."""
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " och " + items[-1]


# --- commission meetings --------------------------------------------------------------------


def plan_meetings(anchor):
    """Five meetings a year since 2019, and next year's within half a year of the anchor."""
    meetings = []
    for year in range(FIRST_YEAR, anchor.year + 2):
        for month in MEETING_MONTHS:
            day = nth_weekday(year, month, 1, 2)
            if year > anchor.year and day > anchor + timedelta(days=183):
                continue
            meetings.append(
                Meeting(
                    date=day,
                    slug=f"sammantrade-{day:%Y-%m-%d}",
                    title=texts.MEETING_TITLE.format(date=content.swedish_date(day)),
                )
            )
    return meetings


def describe_meetings(meetings, proposals, sessions, anchor):
    """Each meeting's introduction and agenda, from the proposals it decided or will decide."""
    session_areas = sorted((s.start.date(), s.area) for s in sessions if s.kind == "dialogue")
    for meeting in meetings:
        on_agenda = [p for p in proposals if p.meeting is meeting and _reached_meeting(p)]
        decided = [p for p in on_agenda if p.decided_on]
        granted = [p for p in decided if _decision(p) == Status.APPROVED]
        earlier = [area for day, area in session_areas if day < meeting.date]
        area = AREAS[earlier[-1] if earlier else AREA_ORDER[0]]["title"]
        if meeting.date >= anchor:
            meeting.introduction = texts.MEETING_INTRODUCTION_UPCOMING.format(
                date=content.swedish_date(meeting.date)
            )
        elif decided:
            meeting.introduction = texts.MEETING_INTRODUCTION_PAST.format(
                decided=len(decided), granted=len(granted)
            )
        else:
            meeting.introduction = texts.MEETING_INTRODUCTION_PAST_NONE
        sources = sorted({AREAS[p.area]["title"] for p in on_agenda})
        items = texts.MEETING_AGENDA_ITEMS if sources else texts.MEETING_AGENDA_ITEMS_NO_DECISIONS
        agenda_items = "".join(
            f"<li>{item.format(area=area, areas=join_sv(sources))}</li>" for item in items
        )
        meeting.agenda = f"<p>{content.MEETING_PLACE}</p><ol>{agenda_items}</ol>"


def _reached_meeting(proposal):
    return all(step.status != Status.WITHDRAWN for step in proposal.steps)


def _decision(proposal):
    for step in proposal.steps:
        if step.status in (Status.APPROVED, Status.REJECTED, Status.REFERRED):
            return step.status
    return None


# --- dialogue sessions ----------------------------------------------------------------------


def plan_sessions(rng, anchor):
    """The past dialogue rounds and forum meetings, up to the day before the anchor."""
    sessions = []
    round_number = 0
    for year in range(FIRST_YEAR, anchor.year + 1):
        for month, day in ROUND_STARTS:
            area = AREA_ORDER[round_number % len(AREA_ORDER)]
            round_number += 1
            sessions += dialogue_round(rng, area, date(year, month, day))
    sessions += forum_meetings(rng)
    sessions = [s for s in sessions if s.start.date() < anchor]
    sessions.sort(key=lambda s: s.start)
    for session in sessions:
        if PANDEMIC[0] <= session.start.date() < PANDEMIC[1] and session.kind == "dialogue":
            session.cancelled = True
            session.description = texts.CANCELLED_DESCRIPTION
            break
    return sessions


def dialogue_round(rng, area_slug, start):
    """One area's round: an open session, then two on the area's themes, a few weeks apart."""
    themes = rng.sample(AREAS[area_slug]["themes"][:3], 2)
    open_day = next_weekday(start, {5})  # Saturday on the square
    first_theme_day = next_weekday(start + timedelta(weeks=rng.randint(3, 4)), {1, 3})
    second_theme_day = next_weekday(first_theme_day + timedelta(weeks=rng.randint(3, 4)), {1, 3})
    return [
        dialogue_session(rng, area_slug, None, at(open_day, 11), at(open_day, 14)),
        themed_session(rng, area_slug, themes[0], first_theme_day),
        themed_session(rng, area_slug, themes[1], second_theme_day),
    ]


def themed_session(rng, area_slug, theme, day):
    if theme == "aldre":  # senior homes meet in the afternoon
        return dialogue_session(rng, area_slug, theme, at(day, 13, 30), at(day, 15, 30))
    return dialogue_session(rng, area_slug, theme, at(day, 16), at(day, 19))


def dialogue_session(rng, area_slug, theme, start, end, place_index=None):
    area = AREAS[area_slug]
    options = texts.THEME_PLACES[theme]
    key, place_kind = options[
        place_index if place_index is not None else rng.randrange(len(options))
    ]
    place = area["places"][key]
    values = {"place": place, "area": area["title"]}
    if theme is None:
        title = texts.OPEN_TITLE.format(**values)
        introduction = texts.OPEN_INTRODUCTION.format(**values)
        description = texts.OPEN_DESCRIPTION.format(**values)
        kind_slug = "oppen-dialog"
    else:
        values |= {"phrase": texts.THEME_PHRASES[theme], "question": texts.THEME_QUESTIONS[theme]}
        title = texts.THEME_TITLE.format(**values)
        introduction = texts.THEME_INTRODUCTION.format(**values)
        description = texts.THEME_DESCRIPTION.format(**values)
        kind_slug = theme
    return Session(
        slug=f"{start:%Y-%m-%d}-{area_slug}-{kind_slug}",
        title=title,
        kind="dialogue",
        area=area_slug,
        theme=theme,
        start=start,
        end=end,
        place_kind=place_kind,
        place_name=place[0].upper() + place[1:],
        place_in_text=place,
        address=area["addresses"][key],
        directions=f"{area['transit']} {texts.PLACE_DIRECTIONS[place_kind]}",
        introduction=introduction,
        description=description,
    )


def forum_session(area_slug, topic, day):
    """A dialogue forum meeting: the older, appointed forums (one per district)."""
    area = AREAS[area_slug]
    values = {"area": area["title"], "topic": topic, "topic_lower": topic.lower()}
    return Session(
        slug=f"{day:%Y-%m-%d}-{area_slug}-dialogforum",
        title=texts.FORUM_TITLE.format(**values),
        kind="forum",
        area=area_slug,
        theme=None,
        start=at(day, 18),
        end=at(day, 20),
        place_kind="community_hall",
        place_name=area["places"]["hall"],
        place_in_text=area["places"]["hall"],
        address=area["addresses"]["hall"],
        directions=f"{area['transit']} {texts.PLACE_DIRECTIONS['community_hall']}",
        introduction=texts.FORUM_INTRODUCTION.format(**values),
        description=texts.FORUM_DESCRIPTION.format(**values),
    )


def forum_meetings(rng):
    """The dialogue forums' public meetings in 2019 and early 2020, ~25 participants each."""
    meetings = []
    days = [date(2019, 3, 12), date(2019, 5, 14), date(2019, 10, 8), date(2020, 2, 18)]
    for number, area_slug in enumerate(AREA_ORDER):
        day = next_weekday(days[number % len(days)] + timedelta(days=2 * number), {0, 1, 2, 3})
        meeting = forum_session(area_slug, texts.FORUM_TOPICS[number], day)
        meeting.participants = rng.randint(18, 32)
        meeting.summary = texts.FORUM_SUMMARY.format(
            area=AREAS[area_slug]["title"],
            participants=meeting.participants,
            topic_lower=texts.FORUM_TOPICS[number].lower(),
        )
        meetings.append(meeting)
    return meetings


def upcoming_sessions(today):
    """Sessions ahead of `today`: a new round (open session and two themes) and a forum meeting.

    The builder adds these whenever fewer than three sessions lie ahead, so a demo loaded on
    any day shows what is coming up.
    """
    rng = random.Random(SEED + today.toordinal())
    round_number = sum(
        1
        for year in range(FIRST_YEAR, today.year + 1)
        for month, day in ROUND_STARTS
        if date(year, month, day) <= today
    )
    area_slug = AREA_ORDER[round_number % len(AREA_ORDER)]
    forum_area = AREA_ORDER[(round_number + 3) % len(AREA_ORDER)]
    themes = AREAS[area_slug]["themes"][:2]
    sessions = [
        dialogue_session(
            rng, area_slug, None, at(today + timedelta(7), 16), at(today + timedelta(7), 19), 0
        ),
        dialogue_session(
            rng,
            area_slug,
            themes[0],
            at(today + timedelta(14), 16),
            at(today + timedelta(14), 19),
        ),
        dialogue_session(
            rng,
            area_slug,
            themes[1],
            at(today + timedelta(30), 16),
            at(today + timedelta(30), 19),
        ),
        forum_session(forum_area, texts.FORUM_TOPICS[round_number % 6], today + timedelta(21)),
    ]
    return sessions


def summarise_sessions(rng, sessions, proposals):
    """Participants and a short public summary for every session that took place."""
    with_proposals = {p.session for p in proposals if p.session}
    for session in sessions:
        if session.kind != "dialogue" or session.cancelled:
            continue
        if session.theme is None:
            participants = rng.randint(35, 110)
        elif session.place_kind == "senior_home":
            participants = rng.randint(10, 30)
        else:
            participants = rng.randint(12, 55)
        if session.area == "fittja":
            participants = round(participants * 1.3)
        session.participants = participants
        outcome = (
            texts.SUMMARY_WITH_PROPOSALS
            if session.slug in with_proposals
            else texts.SUMMARY_WITHOUT_PROPOSALS
        )
        session.summary = texts.SUMMARY.format(
            participants=participants,
            place=session.place_in_text,
            topics=texts.SUMMARY_TOPICS[session.theme],
            outcome=outcome,
        )


# --- proposals ------------------------------------------------------------------------------


def plan_proposals(rng, anchor, sessions, meetings):
    """About 150 proposals: from the sessions, the digital platform and e-mail."""
    chooser = IdeaChooser(rng)
    proposals = []
    for session in sessions:
        if session.kind != "dialogue" or session.cancelled:
            continue
        counts = [1, 1, 2, 2, 3] if session.theme is None else [0, 1, 1, 1, 2]
        count = rng.choice(counts) + (1 if session.area == "fittja" else 0)
        for _ in range(count):
            idea = chooser.pick(session.area, session.start.year, session.theme)
            proposals.append(
                new_proposal(rng, idea, session.area, "dialogue", session.start.date(), session)
            )
    for year in range(FIRST_YEAR, anchor.year + 1):
        digital = 7 if year == 2020 else 4
        other = 4 if year == FIRST_YEAR else 1
        for channel, count in (("digital", digital), ("other", other)):
            first = max(date(year, 1, 10), DIGITAL_FROM if channel == "digital" else date.min)
            last = min(date(year, 12, 15), anchor - timedelta(days=60))
            for _ in range(count):
                if first > last:
                    break
                day = first + timedelta(days=rng.randint(0, (last - first).days))
                area = chooser.area()
                idea = chooser.pick(area, year)
                proposals.append(new_proposal(rng, idea, area, channel, day))

    for proposal in proposals:
        schedule(rng, proposal, meetings, anchor)
    proposals += pinned_proposals(rng, chooser, anchor, meetings)
    decide(rng, proposals, anchor)
    for proposal in proposals:
        if not proposal.steps:
            write_history(rng, proposal, anchor)
    number(proposals)
    add_proposers(rng, proposals)
    pick_photos(proposals)
    return proposals


class IdeaChooser:
    """Picks ideas so an area does not get the same idea twice in one year."""

    def __init__(self, rng):
        self.rng = rng
        self.used = set()
        self.populations = [AREAS[slug]["population"] for slug in AREA_ORDER]

    def area(self):
        return self.rng.choices(AREA_ORDER, weights=self.populations)[0]

    def pick(self, area, year, theme=None, candidates=None):
        pool = candidates or [
            idea for idea in ideas.IDEAS if theme is None or idea["theme"] == theme
        ]
        for _ in range(20):
            idea = self.rng.choice(pool)
            if (idea["title"], area, year) not in self.used:
                break
        self.used.add((idea["title"], area, year))
        return idea


def new_proposal(rng, idea, area_slug, channel, submitted_on, session=None):
    area = AREAS[area_slug]
    values = area["places"] | {"area": area["title"]}
    text = (
        rng.choice(ideas.OPENINGS) + rng.choice(idea["texts"]) + rng.choice(ideas.ENDINGS)
    ).format(**values)
    title = idea["title"].format(**values)
    return Proposal(
        title=title[0].upper() + title[1:],
        description=text[0].upper() + text[1:],
        area=area_slug,
        theme=idea["theme"],
        channel=channel,
        submitted_on=submitted_on,
        idea=idea,
        session=session.slug if session else None,
        place=session.place_in_text if session else "",
        administration=content.ADMIN[idea["admin"]],
        assessment=idea["assessment"],
    )


def schedule(rng, proposal, meetings, anchor, pending=False):
    """The meeting that decides (or will decide) the proposal: the first one the
    administration has had time to prepare for, or, if pending, the first one ahead."""
    ready_by = proposal.submitted_on + timedelta(days=rng.randint(35, 70))
    if pending:
        ready_by = max(ready_by, anchor)
    proposal.meeting = next(m for m in meetings if m.date >= ready_by)
    low, high = proposal.idea["cost"] or (0, 0)
    if high:
        cost = rng.randint(low, high)
        step = 5_000 if cost >= 100_000 else 1_000
        proposal.cost_estimate_sek = max(step, round(cost / step) * step)


def pinned_proposals(rng, chooser, anchor, meetings):
    """Recent proposals that make sure every early status and a fresh decision are shown."""
    pinned = []
    for days_ago in (1, 3, 12, 20, 33, 47):
        area = chooser.area()
        day = anchor - timedelta(days=days_ago)
        proposal = new_proposal(rng, chooser.pick(area, day.year), area, "digital", day)
        schedule(rng, proposal, meetings, anchor, pending=True)
        pinned.append(proposal)
    past = [m for m in meetings if m.date < anchor]
    candidates = [
        idea for idea in ideas.IDEAS if idea["odds"][0] >= 0.7 and idea["cost"] is not None
    ]
    for meeting, status in ((past[-1], Status.APPROVED), (past[-2], Status.IN_PROGRESS)):
        area = chooser.area()
        day = meeting.date - timedelta(days=rng.randint(45, 60))
        idea = chooser.pick(area, day.year, candidates=candidates)
        proposal = new_proposal(rng, idea, area, "digital", day)
        schedule(rng, proposal, meetings, anchor)
        proposal.meeting = meeting
        proposal.forced = status
        pinned.append(proposal)
    return pinned


def decide(rng, proposals, anchor):
    """The commission's decisions in date order.

    It says yes to what the administrations find feasible as long as the year's budget
    allows, spread over the year's five meetings; the rest gets a reason. One proposal in
    about forty is withdrawn by its proposer before the decision.
    """
    granted = {}
    decided = [p for p in proposals if p.meeting.date < anchor]
    decided.sort(key=lambda p: (p.meeting.date, p.submitted_on, p.title))
    for index, proposal in enumerate(decided):
        if proposal.forced is None and index % 37 == 11:
            proposal.withdraw = True
            continue
        year = proposal.meeting.date.year
        approve, reject, refer = proposal.idea["odds"]
        if proposal.forced:
            outcome = Status.APPROVED
        elif rng.random() < refer:
            outcome = Status.REFERRED
        elif rng.random() < eagerness(granted.get(year, 0), proposal.meeting.date) * approve / (
            approve + reject
        ):
            outcome = Status.APPROVED
        else:
            outcome = Status.REJECTED
        if outcome == Status.APPROVED:
            so_far = granted.get(year, 0) + proposal.cost_estimate_sek
            if so_far <= budget_until(proposal.meeting.date) or proposal.forced:
                granted[year] = so_far
                proposal.decision_note = ideas.APPROVED_NOTE.format(year=year)
            else:
                outcome = Status.REJECTED
                proposal.decision_note = ideas.BUDGET_REASON
        if outcome == Status.REJECTED and not proposal.decision_note:
            proposal.decision_note = proposal.idea.get("reject") or rng.choice(
                ideas.GENERIC_REASONS
            )
        if outcome == Status.REFERRED:
            proposal.decision_note = proposal.idea["refer"]
            proposal.cost_estimate_sek = None
        proposal.outcome = outcome


def eagerness(granted_sek, day):
    """How readily the commission says yes to what the administration finds feasible: more
    so while much of the year's budget is left."""
    pro_rata = BUDGET_SEK * (MEETING_MONTHS.index(day.month) + 1) // len(MEETING_MONTHS)
    return 1.0 if granted_sek < 0.5 * pro_rata else 0.7


def budget_until(day):
    """What the commission lets itself grant by a meeting: the year's budget pro rata over
    its five meetings, with some room for a big proposal early in the year."""
    meeting_number = MEETING_MONTHS.index(day.month) + 1
    return min(BUDGET_SEK, BUDGET_SEK * meeting_number // len(MEETING_MONTHS) + 800_000)


def write_history(rng, proposal, anchor):
    """The dated steps from received to where the proposal stands at the anchor."""
    notes = ideas.NOTES
    admin = ADMIN_NAMES[proposal.administration]
    meeting = content.swedish_date(proposal.meeting.date)
    submitted = proposal.submitted_on
    if proposal.channel == "dialogue":
        received_note = notes["received_dialogue"].format(place=proposal.place)
    else:
        received_note = notes[f"received_{proposal.channel}"]
    steps = [Step(Status.RECEIVED, submitted, received_note)]
    age = (anchor - submitted).days
    if age < 7:
        proposal.steps = steps
        return
    review = submitted + timedelta(days=rng.randint(2, min(10, age - 1)))
    steps.append(Step(Status.UNDER_REVIEW, review, notes["under_review"].format(admin=admin)))
    outcome = proposal.outcome
    ready = max(review + timedelta(days=7), proposal.meeting.date - timedelta(rng.randint(14, 28)))
    ready = min(ready, anchor - timedelta(days=1))
    if proposal.withdraw:
        withdrawn = review + timedelta(days=rng.randint(4, 20))
        if ready < withdrawn:
            steps.append(_ready_step(proposal, ready, admin, meeting))
        steps.append(Step(Status.WITHDRAWN, withdrawn, notes["withdrawn"]))
        proposal.steps = steps
        proposal.outcome = None
        return
    if age < 25 and outcome is None:
        proposal.steps = steps
        return
    steps.append(_ready_step(proposal, ready, admin, meeting))
    if outcome is None:
        proposal.steps = steps
        return
    decided_on = proposal.meeting.date
    steps.append(Step(outcome, decided_on, notes[outcome].format(meeting=meeting)))
    if outcome == Status.APPROVED:
        steps += carry_out(rng, proposal, decided_on, anchor, admin)
    proposal.steps = steps


def _ready_step(proposal, day, admin, meeting):
    if proposal.outcome == Status.REFERRED:
        note = ideas.NOTES["ready_for_decision_referral"]
    else:
        note = ideas.NOTES["ready_for_decision"]
    return Step(Status.READY_FOR_DECISION, day, note.format(admin=admin, meeting=meeting))


def carry_out(rng, proposal, decided_on, anchor, admin):
    """In progress and completed, with dates that grow with the size of the job."""
    cost = proposal.cost_estimate_sek
    forced = proposal.forced
    if cost < 50_000 and rng.random() < 0.5 and forced is None:
        start = None
        done = decided_on + timedelta(days=rng.randint(20, 80))
    else:
        start = decided_on + timedelta(days=rng.randint(20, 100 if cost < 500_000 else 160))
        if cost < 100_000:
            duration = rng.randint(20, 120)
        elif cost < 400_000:
            duration = rng.randint(60, 240)
        else:
            duration = rng.randint(120, 400)
        done = start + timedelta(days=duration)
    if forced == Status.APPROVED:
        start = anchor + timedelta(days=10)
    if forced == Status.IN_PROGRESS:
        start = min(start, anchor - timedelta(days=5))
        done = anchor + timedelta(days=60)
    steps = []
    if start is not None:
        if start >= anchor:
            return steps
        steps.append(
            Step(Status.IN_PROGRESS, start, ideas.NOTES["in_progress"].format(admin=admin))
        )
    if done >= anchor:
        return steps
    proposal.completed_on = done
    proposal.actual_cost_sek = round(cost * rng.uniform(0.85, 1.12) / 1_000) * 1_000
    steps.append(Step(Status.COMPLETED, done, ideas.NOTES["completed"]))
    return steps


def number(proposals):
    """References per year in order of submission: BD-2024-0001, BD-2024-0002, ..."""
    proposals.sort(key=lambda p: (p.submitted_on, p.title))
    counters = {}
    for proposal in proposals:
        year = proposal.submitted_on.year
        counters[year] = counters.get(year, 0) + 1
        proposal.reference = f"{REFERENCE_PREFIX}-{year}-{counters[year]:04d}"


def add_proposers(rng, proposals):
    """About a third of the proposals keep their proposer's contact details (personal data)."""
    north = {"fittja", "alby", "hallunda-norsborg"}
    for proposal in proposals:
        if rng.random() > 0.35:
            continue
        weights = [3, 1, 3, 3, 2, 2, 1] if proposal.area in north else [8, 2, 1, 1, 1, 1, 1]
        first_names, last_names, languages = rng.choices(texts.PROPOSER_GROUPS, weights)[0]
        first, last = rng.choice(first_names), rng.choice(last_names)
        proposal.proposer = {
            "name": f"{first} {last}",
            "email": f"{_ascii(first)}.{_ascii(last)}@example.org",
            "phone": f"070-174 06 {rng.randint(30, 99)}" if proposal.channel == "dialogue" else "",
            "preferred_language": rng.choice(languages),
        }


def _ascii(name):
    name = name.lower().replace("ı", "i")
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().replace(" ", "")


def pick_photos(proposals):
    """Before and after photos on the latest completed proposal of each motif."""
    seen = set()
    for proposal in reversed(proposals):
        motif = proposal.idea.get("motif")
        if proposal.status == Status.COMPLETED and motif and motif not in seen:
            proposal.photos = True
            seen.add(motif)
