"""The numbers: proposals per year and area, computed by the database in one query each."""

from django.db.models import Count, Q
from django.db.models.functions import ExtractYear

from .statuses import DECIDED, GRANTED, Status


def status_counts():
    """The counts of contract.md's statistics, as aggregate expressions."""
    return {
        "received": Count("pk"),
        "decided": Count("pk", filter=Q(status__in=DECIDED)),
        "approved": Count("pk", filter=Q(status__in=GRANTED)),
        "rejected": Count("pk", filter=Q(status=Status.REJECTED)),
        "referred": Count("pk", filter=Q(status=Status.REFERRED)),
        "completed": Count("pk", filter=Q(status=Status.COMPLETED)),
    }


def per_year(proposals):
    """One row per year submitted, newest first."""
    return (
        proposals.in_default_locale()
        .annotate(year=ExtractYear("submitted_on"))
        .values("year")
        .annotate(**status_counts())
        .order_by("-year")
    )


def per_area(proposals):
    """One row per area, by name."""
    return (
        proposals.in_default_locale()
        .values("area__title", "area__slug")
        .annotate(**status_counts())
        .order_by("area__title")
    )
