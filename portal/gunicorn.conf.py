"""gunicorn's settings for the production profile (`make serve`; README, "Running in
production"). Each value can be changed from the environment without editing this file."""

import multiprocessing
import os

wsgi_app = "portal.wsgi:application"
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
# Threads wait for PostgreSQL and Redis while another thread renders: two workers a core
# plus one, a few threads each (one database connection a thread, kept between requests).
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
worker_class = "gthread"
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
# Room for a crowd: connections wait in the kernel's queue rather than being refused.
backlog = int(os.environ.get("GUNICORN_BACKLOG", "2048"))
keepalive = 5
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 30
# A worker is replaced now and then, so a slow leak never grows into an outage; rarely, as a
# restart costs a second of CPU (at 2,500 cached pages a second, 5,000 would restart every
# worker every ten seconds).
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "200000"))
max_requests_jitter = max_requests // 10
# The load balancer in front sets X-Forwarded-Proto; only trust it from there.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")
accesslog = os.environ.get("GUNICORN_ACCESS_LOG") or None
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
# gunicorn's control socket would be shared by every gunicorn of the same user; off unless
# a path is given.
if os.environ.get("GUNICORN_CONTROL_SOCKET"):
    control_socket = os.environ["GUNICORN_CONTROL_SOCKET"]
else:
    control_socket_disable = True
