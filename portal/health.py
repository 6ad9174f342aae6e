"""/healthz: may a load balancer send this app server visitors?"""

import logging
import uuid

from django.core.cache import cache
from django.db import connection
from django.http import HttpResponse
from django.views.decorators.cache import never_cache

logger = logging.getLogger(__name__)

HEALTH_KEY = "portal:healthz"


@never_cache
def healthz(request):
    """200 "ok" when the database and the cache both answer, else 503 "unavailable".

    Nothing else is said (no versions, hosts or errors): the reason goes to the log. The
    cache is written and read back, because the Redis cache ignores its errors (a Redis that
    is down only misses) and would otherwise look healthy.
    """
    problems = [
        name
        for name, check in (("database", database_answers), ("cache", cache_answers))
        if not check()
    ]
    if problems:
        logger.error("Health check failed: no answer from the %s.", " or the ".join(problems))
        return HttpResponse("unavailable\n", status=503, content_type="text/plain")
    return HttpResponse("ok\n", content_type="text/plain")


def database_answers():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except Exception:
        logger.exception("Health check: the database does not answer.")
        return False


def cache_answers():
    # A key of each check's own: checks run side by side in threads and on several servers.
    key = f"{HEALTH_KEY}:{uuid.uuid4().hex}"
    try:
        cache.set(key, "ok", 10)
        answered = cache.get(key) == "ok"
        cache.delete(key)
        return answered
    except Exception:
        logger.exception("Health check: the cache does not answer.")
        return False
