"""Counts over many proposals, kept in the cache until any proposal changes.

Every save or delete of a proposal (publishing, unpublishing, an import, a status change)
gives the proposals a new version, so cached counts are never older than the data.
"""

import hashlib
import uuid

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save

VERSION_KEY = "proposals:version"
COUNTS_TIMEOUT = 60 * 60


def proposals_version():
    return cache.get_or_set(VERSION_KEY, lambda: uuid.uuid4().hex, None)


def proposals_changed(**kwargs):
    cache.set(VERSION_KEY, uuid.uuid4().hex, None)


def cached_counts_key(*parts):
    digest = hashlib.sha256(repr((proposals_version(), parts)).encode()).hexdigest()
    return f"proposals:counts:{digest}"


def cached_counts(parts, compute):
    """compute() once per version of the proposals for these key parts."""
    key = cached_counts_key(*parts)
    counts = cache.get(key)
    if counts is None:
        counts = compute()
        cache.set(key, counts, COUNTS_TIMEOUT)
    return counts


def connect_signals():
    from .models import ProposalPage

    post_save.connect(proposals_changed, sender=ProposalPage, dispatch_uid="proposals-saved")
    post_delete.connect(proposals_changed, sender=ProposalPage, dispatch_uid="proposals-deleted")
