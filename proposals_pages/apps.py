from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProposalsPagesConfig(AppConfig):
    """The domain: areas, themes, dialogue sessions, proposals, the commission."""

    name = "proposals_pages"
    verbose_name = _("Citizen dialogue")

    def ready(self):
        from . import caching, decisions

        caching.connect_signals()
        decisions.connect_signals()
