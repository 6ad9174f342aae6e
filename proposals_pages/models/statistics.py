"""The statistics page (/statistik/)."""

from django.utils.translation import gettext_lazy as _

from .. import statistics
from .base import BasePage


class StatisticsPage(BasePage):
    """Proposals per year and per area: received, decided, approved, rejected, completed."""

    template = "pages/statistics_page.html"
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    def get_context(self, request, *args, **kwargs):
        from .proposals import ProposalPage

        context = super().get_context(request, *args, **kwargs)
        proposals = ProposalPage.objects.live()
        context["per_year"] = statistics.per_year(proposals)
        context["per_area"] = statistics.per_area(proposals)
        return context

    class Meta:
        verbose_name = _("statistics page")
