"""Leaving a proposal online: the form, its spam guards, and the draft it becomes.

A resident's proposal arrives as a draft (not live) in the Swedish proposal section, submitted
to the page's moderation workflow (Wagtail's "Moderators approval" by default), so moderators
see it under "Awaiting your review" and get Wagtail's e-mail. Who proposed it is a Proposer
row, never a page field: it stays out of revisions, translations, search and exports.

Spam is kept out without third parties or a CAPTCHA: a honeypot field that people do not see
and bots fill in, and a limit on submissions per client per hour, counted in the cache under
a keyed hash of the client's IP address (the address itself is never stored).
"""

import logging
from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.crypto import salted_hmac
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from .feedback import queue_receipt
from .filters import area_choices, theme_choices
from .localization import active_language, page_url
from .models import (
    AreaPage,
    DialogueEventPage,
    ProposalIndexPage,
    ProposalPage,
    Proposer,
    ThemePage,
)
from .models.base import default_locale_id, in_default_locale
from .statuses import Status

logger = logging.getLogger(__name__)

TITLE_MAX_LENGTH = 200
DESCRIPTION_MAX_LENGTH = 5000
# The reference of the visitor's last proposal, kept in their session for the receipt page.
RECEIPT_SESSION_KEY = "proposal-receipt"
# The honeypot's name: a field bots fill in, hidden from people (see the template).
HONEYPOT_FIELD = "website"


class TelephoneInput(forms.TextInput):
    input_type = "tel"


class ProposalSubmissionForm(forms.Form):
    """What a resident tells us: the proposal, and (only to get feedback) who they are."""

    title = forms.CharField(
        label=_("Your proposal in a few words"),
        max_length=TITLE_MAX_LENGTH,
        help_text=_("For example: More benches along the footpath to the square."),
    )
    description = forms.CharField(
        label=_("Describe your proposal"),
        max_length=DESCRIPTION_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_(
            "What should be done, where, and why? Do not write your name or other personal "
            "details here: this text is published."
        ),
    )
    area = forms.ChoiceField(label=_("Area"))
    theme = forms.ChoiceField(label=_("Theme"), required=False)
    dialogue = forms.IntegerField(required=False, widget=forms.HiddenInput)
    name = forms.CharField(label=_("Name"), max_length=200, required=False)
    email = forms.EmailField(
        label=_("E-mail"),
        required=False,
        max_length=254,
        error_messages={"invalid": _("Enter an e-mail address like name@example.com.")},
    )
    phone = forms.CharField(label=_("Phone"), max_length=50, required=False, widget=TelephoneInput)
    preferred_language = forms.ChoiceField(
        label=_("Language for our answer"), choices=settings.LANGUAGES
    )
    consent = forms.BooleanField(
        label=_("I have read how my proposal and my details are used, and I agree."),
        error_messages={
            "required": _("Tick the box to say you agree, or we cannot receive the proposal.")
        },
    )
    website = forms.CharField(label=_("Leave this field empty"), required=False)

    # Server-side messages in the visitor's language rather than the browser's own bubbles.
    use_required_attribute = False
    contact_fields = ("name", "email", "phone", "preferred_language")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["area"].choices = [("", _("Choose an area")), *area_choices()]
        self.fields["theme"].choices = [("", _("No particular theme")), *theme_choices()]
        self.fields["title"].error_messages["required"] = _("Give your proposal a short title.")
        self.fields["description"].error_messages["required"] = _("Describe your proposal.")
        self.fields["area"].error_messages.update(
            required=_("Choose the area your proposal is about."),
            invalid_choice=_("Choose one of the areas in the list."),
        )
        self.fields["theme"].error_messages["invalid_choice"] = _(
            "Choose one of the themes in the list, or none."
        )
        for name in ("title", "description"):
            self.fields[name].error_messages["max_length"] = _(
                "Keep it to at most %(limit_value)d characters (it has %(show_value)d)."
            )
        self.fields["title"].widget.attrs["autocomplete"] = "off"
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["phone"].widget.attrs["autocomplete"] = "tel"
        self.fields["website"].widget.attrs.update(tabindex="-1", autocomplete="off")

    def clean_phone(self):
        return " ".join(self.cleaned_data["phone"].split())

    def clean(self):
        data = super().clean()
        if data.get("name", "").strip() and not (data.get("email") or data.get("phone")):
            self.add_error(
                "email",
                _(
                    "To hear from us, give an e-mail address or a phone number (or leave your "
                    "name out and send the proposal anonymously)."
                ),
            )
        return data

    @property
    def is_from_a_bot(self):
        return bool(self.data.get(HONEYPOT_FIELD, "").strip())

    def accessible(self):
        """Ties each field to its help text and error (aria-describedby, aria-invalid)."""
        for name, field in self.fields.items():
            bound = self[name]
            described_by = []
            if field.help_text:
                described_by.append(f"{bound.auto_id}-help")
            if self.is_bound and bound.errors:
                described_by.append(f"{bound.auto_id}-error")
                field.widget.attrs["aria-invalid"] = "true"
            if described_by:
                field.widget.attrs["aria-describedby"] = " ".join(described_by)
        return self


# --- pages -----------------------------------------------------------------------------


def submission_url(request=None, area=None, dialogue=None):
    """The form's address in the active language, pre-filled with an area and a session."""
    index = ProposalIndexPage.objects.live().filter(locale_id=default_locale_id()).first()
    if index is None:
        return ""
    query = {}
    # Pages, or nothing (a template passes "" for a variable it lacks).
    if getattr(area, "slug", None):
        query["area"] = area.slug
    if getattr(dialogue, "slug", None):
        query["dialogue"] = dialogue.slug
    url = page_url(index, request) + index.reverse_subpage("submit")
    return url + ("?" + urlencode(query) if query else "")


def submission_page(index, request):
    """GET: the empty form (pre-filled from ?area= and ?dialogue=). POST: a new draft and a
    redirect to the receipt, or the form again with its errors and everything typed."""
    status = 200
    if request.method == "POST":
        form = ProposalSubmissionForm(request.POST)
        if form.is_from_a_bot:
            # Nothing is created; the bot sees what a person would, without a reference.
            count_submission(request)
            return receipt_response(index, request, reference=None)
        valid = form.is_valid()
        if over_the_limit(request):
            form.add_error(
                None,
                _(
                    "Many proposals have been sent from this connection in the last hour. Your "
                    "text is kept below: please try again in a while."
                ),
            )
            status = 429
        elif valid:
            proposal = create_online_proposal(form.cleaned_data, language=active_language())
            count_submission(request)
            request.session[RECEIPT_SESSION_KEY] = proposal.reference
            return redirect(page_url(index, request) + index.reverse_subpage("receipt"))
    else:
        form = ProposalSubmissionForm(initial=initial_values(request))
    dialogue = session_of(form)
    response = index.render(
        request,
        context_overrides={
            "form": form.accessible(),
            "submit_url": page_url(index, request) + index.reverse_subpage("submit"),
            "dialogue": dialogue,
            "retention_months": settings.PERSONAL_DATA_RETENTION_MONTHS,
        },
        template="pages/proposal_submission_page.html",
    )
    response.status_code = status
    add_never_cache_headers(response)
    return response


def receipt_page(index, request):
    """The reference of the visitor's last proposal, from their session (not the address)."""
    return receipt_response(index, request, reference=request.session.get(RECEIPT_SESSION_KEY))


def receipt_response(index, request, reference):
    find = page_url(index, request) + index.reverse_subpage("find")
    response = index.render(
        request,
        context_overrides={
            "receipt_reference": reference,
            "find_url": find + "?" + urlencode({"reference": reference}) if reference else find,
            "is_bot": request.method == "POST",
            "submit_url": page_url(index, request) + index.reverse_subpage("submit"),
        },
        template="pages/proposal_receipt_page.html",
    )
    add_never_cache_headers(response)
    return response


def initial_values(request):
    """?area=<slug> and ?dialogue=<id or slug> (the session the idea came from)."""
    initial = {"preferred_language": active_language()}
    session = find_session(request.GET.get("dialogue", ""))
    if session is not None:
        initial["dialogue"] = session.pk
        # The session may name any language version of its area.
        area = session.area.source_page if session.area_id else None
        if area is not None and area.live:
            initial["area"] = area.slug
    area_slug = request.GET.get("area", "")
    if area_slug in dict(area_choices()):
        initial["area"] = area_slug
    return initial


def find_session(value):
    """The Swedish version of a dialogue session named by its id or slug, or None."""
    value = (value or "").strip()[:100]
    if not value:
        return None
    sessions = DialogueEventPage.objects.live()
    found = sessions.filter(pk=int(value)).first() if value.isdigit() else None
    if found is None:
        found = in_default_locale(sessions).filter(slug=value).first()
    source = found.source_page if found else None
    return source if source is not None and source.live else None


def session_of(form):
    value = form["dialogue"].value()
    return find_session(str(value)) if value not in (None, "") else None


# --- the draft -------------------------------------------------------------------------


def create_online_proposal(data, language):
    """A draft proposal in the Swedish tree, with a revision, submitted for moderation; the
    proposer's details apart; the receipt e-mail queued. Returns the proposal."""
    area = in_default_locale(AreaPage.objects.live()).get(slug=data["area"])
    theme = (
        in_default_locale(ThemePage.objects.live()).filter(slug=data["theme"]).first()
        if data.get("theme")
        else None
    )
    session = find_session(str(data["dialogue"])) if data.get("dialogue") else None
    index = ProposalIndexPage.objects.filter(locale_id=default_locale_id()).get()
    # Two residents sending at the same moment may get the same next reference: try again.
    for attempt in range(3):
        try:
            with transaction.atomic():
                proposal = add_draft(index, data, area, theme, session, language)
                break
        except (IntegrityError, ValidationError):
            if attempt == 2:
                raise
    with transaction.atomic():
        if any(data.get(name) for name in ("name", "email", "phone")):
            Proposer.objects.create(
                proposal=proposal,
                name=data["name"].strip(),
                email=data["email"],
                phone=data["phone"],
                preferred_language=data["preferred_language"],
            )
        submit_for_moderation(proposal)
        queue_receipt(proposal)
    return proposal


def add_draft(index, data, area, theme, session, language):
    today = timezone.localdate()
    reference = ProposalPage.next_reference(today.year)
    slug = "-".join(part for part in (slugify(data["title"])[:60].strip("-"), reference) if part)
    proposal = ProposalPage(
        title=data["title"].strip(),
        slug=slug.lower(),
        reference=reference,
        description=data["description"].strip(),
        area=area,
        theme=theme,
        dialogue_event=session,
        channel=ProposalPage.Channel.DIGITAL,
        status=Status.RECEIVED,
        submitted_on=today,
        text_language=language,
        live=False,
    )
    index.add_child(instance=proposal)
    proposal.save_revision(log_action=True)
    return proposal


def submit_for_moderation(proposal):
    """Starts the page's workflow, as "Submit for moderation" does, without a user (the
    resident has none: the workflow's requested_by may be empty). Wagtail notifies the
    moderators of the workflow's first task. A failure leaves the draft in the admin."""
    workflow = proposal.get_workflow()
    if workflow is None or not workflow.active:
        return None
    try:
        with transaction.atomic():
            return workflow.start(proposal, None)
    except Exception:
        logger.exception("Proposal %s could not be submitted for moderation.", proposal.reference)
        return None


# --- how many per hour -----------------------------------------------------------------


def rate_key(request):
    """The cache key of one client: a keyed hash of its address, never the address itself."""
    address = request.META.get("REMOTE_ADDR", "")
    return "portal:submissions:" + salted_hmac("proposal-submissions", address).hexdigest()


def over_the_limit(request):
    return (cache.get(rate_key(request)) or 0) >= settings.PROPOSAL_SUBMISSIONS_PER_HOUR


def count_submission(request):
    key = rate_key(request)
    if not cache.add(key, 1, 3600):
        try:
            cache.incr(key)
        except ValueError:  # expired between add() and incr()
            cache.set(key, 1, 3600)
