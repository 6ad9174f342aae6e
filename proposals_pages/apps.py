from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProposalsPagesConfig(AppConfig):
    """The domain: areas, themes, dialogue sessions, proposals, the commission."""

    name = "proposals_pages"
    verbose_name = _("Citizen dialogue")

    def ready(self):
        from . import import_admin  # noqa: F401 (registers its system check)
        from .caching import connect_signals

        connect_signals()
