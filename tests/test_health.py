"""/healthz tells a load balancer whether this app server can serve: its database and its
cache answer. It says nothing more, and a Redis that is down leaves the site serving."""

import pytest
from django.db import OperationalError

from portal.settings.base import redis_cache

# Nothing listens there: a Redis that is down.
REDIS_DOWN = {"default": redis_cache("redis://127.0.0.1:1/0", "test")}


@pytest.fixture
def redis_down(settings):
    settings.CACHES = REDIS_DOWN


class DatabaseDown:
    """The database connection as the health check sees it while PostgreSQL is down."""

    def cursor(self):
        raise OperationalError('connection to server at "10.0.0.5", port 5432 failed')


@pytest.fixture
def database_down(monkeypatch):
    monkeypatch.setattr("portal.health.connection", DatabaseDown())


def test_healthy_when_the_database_and_the_cache_answer(client, db):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.content == b"ok\n"
    assert "no-store" in response["Cache-Control"]


def test_unavailable_when_the_database_does_not_answer(client, db, database_down):
    response = client.get("/healthz")

    assert response.status_code == 503
    assert response.content == b"unavailable\n"


def test_unavailable_when_the_cache_does_not_answer(client, db, redis_down):
    response = client.get("/healthz")

    assert response.status_code == 503
    assert response.content == b"unavailable\n"


def test_an_unavailable_answer_leaks_nothing(client, db, database_down, redis_down):
    response = client.get("/healthz")

    assert response.content == b"unavailable\n"
    assert response["Content-Type"] == "text/plain"


def test_the_site_keeps_serving_uncached_while_redis_is_down(
    client, site_tree, redis_down, settings
):
    settings.PORTAL_PAGE_CACHE_SECONDS = 300

    first = client.get("/sv/")
    second = client.get("/sv/forslag/")

    assert (first.status_code, second.status_code) == (200, 200)
    assert "X-Page-Cache" not in second.headers


def test_checks_side_by_side_do_not_fail_each_other(client, db):
    from concurrent.futures import ThreadPoolExecutor

    from portal.health import cache_answers

    with ThreadPoolExecutor(8) as pool:
        answers = list(pool.map(lambda _: cache_answers(), range(200)))

    assert all(answers)
