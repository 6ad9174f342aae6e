"""The import in the Wagtail admin, for editors who do not use a terminal.

Upload a file, read the report (every problem by line and column, or what will be created
and updated), confirm. The same import as `manage.py import_proposals` (importing.py).

The uploaded file may hold personal data, so between the preview and the confirmation it is
kept only in a private folder outside MEDIA_ROOT (settings.PORTAL_IMPORT_UPLOAD_DIR, default
var/import-uploads/), named by a random token that only the uploader's session knows, and
deleted on confirming or cancelling, or after PORTAL_IMPORT_UPLOAD_MAX_AGE seconds (an hour).
"""

import os
import re
import secrets
import time
from pathlib import Path

from django import forms
from django.conf import settings
from django.core import checks
from django.shortcuts import redirect
from django.urls import path, reverse_lazy
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.generic import FormView
from wagtail.admin import messages
from wagtail.admin.auth import permission_denied
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.permissions import page_permission_policy

from .importing import COLUMNS, CREATE, import_proposals, send_feedback
from .models import ProposalIndexPage
from .models.base import default_locale_id
from .statuses import Status

MAX_BYTES = getattr(settings, "PORTAL_IMPORT_MAX_BYTES", 20 * 1024 * 1024)
MAX_AGE = getattr(settings, "PORTAL_IMPORT_UPLOAD_MAX_AGE", 60 * 60)
# The report lists this many problems or changes; the counts cover them all.
SHOWN = 500


@checks.register(checks.Tags.security)
def upload_folder_is_private(app_configs=None, **kwargs):
    """Uploaded files hold personal data: their folder must not be served as media."""
    folder = Path(settings.PORTAL_IMPORT_UPLOAD_DIR).resolve()
    media = Path(settings.MEDIA_ROOT).resolve()
    if folder == media or media in folder.parents:
        return [
            checks.Error(
                "PORTAL_IMPORT_UPLOAD_DIR is inside MEDIA_ROOT, whose files are public.",
                hint="Point PORTAL_IMPORT_UPLOAD_DIR at a folder outside MEDIA_ROOT.",
                id="proposals_pages.E001",
            )
        ]
    return []


def can_import(user):
    """Who may import: users who may add proposals, and publish and change them, since the
    import publishes new proposals and updates existing ones."""
    index = ProposalIndexPage.objects.filter(locale_id=default_locale_id()).first()
    if index is None or not user.is_active:
        return False
    return all(
        page_permission_policy.user_has_permission_for_instance(user, action, index)
        for action in ("add", "change", "publish")
    )


# --- the uploaded file between preview and confirmation ---------------------------------


class Upload:
    """An uploaded file kept for its confirmation, known to the uploader's session only."""

    SESSION_KEY = "proposal-import"
    TOKEN = re.compile(r"[A-Za-z0-9_-]{32,}")

    def __init__(self, token, name):
        self.token = token
        self.name = name

    @staticmethod
    def folder():
        return Path(settings.PORTAL_IMPORT_UPLOAD_DIR)

    @property
    def path(self):
        return self.folder() / f"{self.token}.upload"

    @classmethod
    def keep(cls, request, data, name):
        """Store the file under a new token and remember it in the session."""
        cls.forget(request)
        folder = cls.folder()
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        upload = cls(secrets.token_urlsafe(32), os.path.basename(name))
        # Readable by the server's user only, and never an existing file.
        descriptor = os.open(upload.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "wb") as file:
            file.write(data)
        request.session[cls.SESSION_KEY] = {"token": upload.token, "name": upload.name}
        return upload

    @classmethod
    def of(cls, request):
        """The session's upload while its file is there and not too old, else None."""
        cls.sweep()
        kept = request.session.get(cls.SESSION_KEY) or {}
        if not cls.TOKEN.fullmatch(str(kept.get("token", ""))):
            return None
        upload = cls(kept["token"], kept.get("name", ""))
        return upload if upload.path.is_file() else None

    def read(self):
        """The file's bytes; None when it has just been swept away."""
        try:
            return self.path.read_bytes()
        except FileNotFoundError:
            return None

    @classmethod
    def forget(cls, request):
        """Delete the session's file, if any, and the session's note of it."""
        kept = request.session.pop(cls.SESSION_KEY, None) or {}
        if cls.TOKEN.fullmatch(str(kept.get("token", ""))):
            cls(kept["token"], "").path.unlink(missing_ok=True)

    @classmethod
    def sweep(cls):
        """Delete files older than MAX_AGE: previews never confirmed nor cancelled."""
        folder = cls.folder()
        if not folder.is_dir():
            return
        oldest = time.time() - MAX_AGE
        for file in folder.glob("*.upload"):
            try:
                if file.stat().st_mtime < oldest:
                    file.unlink()
            except FileNotFoundError:  # another request swept it first
                pass


# --- forms and views ---------------------------------------------------------------------


class UploadForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("File"),
        help_text=gettext_lazy(
            "A CSV file (UTF-8, separated by commas or semicolons) or an Excel workbook "
            "(.xlsx, its first sheet), with the column names in the first row."
        ),
        widget=forms.ClearableFileInput(
            attrs={
                "accept": ".csv,.xlsx,text/csv,"
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            }
        ),
    )

    def clean_file(self):
        file = self.cleaned_data["file"]
        if file.size > MAX_BYTES:
            raise forms.ValidationError(
                _("The file is larger than %(megabytes)d MB: split it into smaller files.")
                % {"megabytes": MAX_BYTES // (1024 * 1024)}
            )
        return file


class ConfirmForm(forms.Form):
    token = forms.CharField(widget=forms.HiddenInput)
    notify = forms.BooleanField(
        label=gettext_lazy("Send feedback e-mails"),
        help_text=gettext_lazy(
            "E-mail each proposer whose proposal changes status, in their language."
        ),
        required=False,
    )


class ImportPermissionMixin:
    def dispatch(self, request, *args, **kwargs):
        if not can_import(request.user):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)


class ImportView(ImportPermissionMixin, WagtailAdminTemplateMixin, FormView):
    """Step 1 and 2: upload a file, then its report (problems, or a preview to confirm)."""

    form_class = UploadForm
    template_name = "import/upload.html"
    page_title = gettext_lazy("Import proposals")
    header_icon = "upload"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["columns"] = column_help()
        return context

    def form_valid(self, form):
        Upload.forget(self.request)  # a new file replaces the one not yet confirmed
        file = form.cleaned_data["file"]
        data = file.read()
        report = import_proposals(data, user=self.request.user, dry_run=True)
        if not report.ok:
            return self.render_to_response(
                self.get_context_data(form=UploadForm(), report=report, **shown(report))
            )
        upload = Upload.keep(self.request, data, file.name)
        return preview(self, report, upload)


class ConfirmView(ImportPermissionMixin, WagtailAdminTemplateMixin, View):
    """Step 3: import the file of the preview, then go to the proposals."""

    page_title = ImportView.page_title
    header_icon = ImportView.header_icon

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def post(self, request):
        form = ConfirmForm(request.POST)
        upload = Upload.of(request)
        data = None
        if form.is_valid() and upload is not None and form.cleaned_data["token"] == upload.token:
            data = upload.read()
        if data is None:
            messages.error(
                request,
                _(
                    "This preview is no longer valid (it expired, or another file was uploaded "
                    "since): upload the file again."
                ),
            )
            return redirect("proposal_import:upload")
        report = import_proposals(data, user=request.user)
        Upload.forget(request)
        if not report.ok:  # the site changed since the preview
            self.template_name = "import/upload.html"
            return self.render_to_response(
                self.get_context_data(
                    form=UploadForm(), report=report, columns=column_help(), **shown(report)
                )
            )
        message = report.summary()
        if form.cleaned_data["notify"]:
            message += " " + send_feedback(report)
        messages.success(request, message)
        return redirect("proposals:index")


class CancelView(ImportPermissionMixin, View):
    """Leave the preview: the kept file is deleted at once."""

    def post(self, request):
        Upload.forget(request)
        messages.success(request, _("The import was cancelled and the file deleted."))
        return redirect("proposal_import:upload")


def preview(view, report, upload):
    view.template_name = "import/preview.html"
    return view.render_to_response(
        view.get_context_data(
            report=report,
            confirm_form=ConfirmForm(initial={"token": upload.token}),
            file_name=upload.name,
            max_age_minutes=MAX_AGE // 60,
            **shown(report),
        )
    )


def shown(report):
    """The problems and changes a report page lists, and how many it leaves out."""
    changes = [
        {
            "line": outcome.line,
            "reference": outcome.proposal.reference,
            "title": outcome.proposal.title,
            "new": outcome.action == CREATE,
            "old_status": Status(outcome.old_status).label if outcome.status_changed else "",
            "status": Status(outcome.proposal.status).label,
        }
        for outcome in report.changes[:SHOWN]
    ]
    return {
        "problems": report.problems[:SHOWN],
        "problems_left_out": max(0, len(report.problems) - SHOWN),
        "changes": changes,
        "changes_left_out": max(0, len(report.changes) - SHOWN),
    }


def column_help():
    """(column, what goes in it) for the upload page."""
    with translation.override("sv"):  # the contract's Swedish labels, whatever the admin's
        statuses = ", ".join(f"{status.value} ({status.label})" for status in Status)
    languages = ", ".join(code for code, name in settings.LANGUAGES)
    described = {
        "reference": _(
            "The number on the resident's receipt, e.g. BD-2024-0137. A line whose reference "
            "exists updates that proposal; left empty, a new proposal gets the next number."
        ),
        "title": _("Required for a new proposal."),
        "description": _("The resident's own words. Required for a new proposal."),
        "area": _("The area's name or slug, e.g. Fittja. Required for a new proposal."),
        "theme": _("The theme's name or slug, e.g. Trygghet."),
        "channel": _("dialogue, digital or other; dialogue when empty."),
        "submitted_on": _("The date, as YYYY-MM-DD; today when empty."),
        "status": _("A status code or its Swedish label: %(statuses)s. Received when empty.")
        % {"statuses": statuses},
        "administration": _("The administration's name or slug."),
        "cost_estimate_sek": _(
            "Whole kronor, e.g. 150 000 or 150000 kr. Required for approved, in progress and "
            "completed."
        ),
        "assessment": _("The administration's view: possibilities, obstacles."),
        "decided_on": _(
            "The day of the commission meeting that decided, as YYYY-MM-DD (the meeting is "
            "created if missing). Required for approved, rejected, in progress and completed."
        ),
        "decision_note": _("The reason for the decision. Required for rejected."),
        "completed_on": _("The date, as YYYY-MM-DD. Required for completed."),
        "submitter_name": _("Personal data: kept apart from the proposal, never published."),
        "submitter_email": _("Personal data: where the feedback e-mails go."),
        "submitter_phone": _("Personal data: kept apart from the proposal, never published."),
        "submitter_language": _("The language of the feedback e-mails: %(languages)s.")
        % {"languages": languages},
    }
    return [(column, described[column]) for column in COLUMNS]


urlpatterns = [
    path("", ImportView.as_view(), name="upload"),
    path("confirm/", ConfirmView.as_view(), name="confirm"),
    path("cancel/", CancelView.as_view(), name="cancel"),
]


class ImportMenuItem(MenuItem):
    """ "Import proposals", shown only to those who may import."""

    def is_shown(self, request):
        return can_import(request.user)


def menu_item():
    return ImportMenuItem(
        gettext_lazy("Import proposals"),
        reverse_lazy("proposal_import:upload"),
        name="import-proposals",
        icon_name="upload",
        order=151,  # right after "Proposals"
    )
