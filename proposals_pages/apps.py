from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProposalsPagesConfig(AppConfig):
    """The domain: areas, themes, dialogue sessions, proposals, the commission."""

    name = "proposals_pages"
    verbose_name = _("Citizen dialogue")

    def ready(self):
        # import_admin registers its system check when imported.
        from . import caching, decisions, import_admin, localization, purging  # noqa: F401

        caching.connect_signals()
        decisions.connect_signals()
        localization.connect_signals()
        purging.connect_signals()
