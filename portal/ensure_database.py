"""Create the PostgreSQL database DATABASE_URL names when it does not exist yet (`make serve`).

Connects to the server's `postgres` database as the same user; does nothing for SQLite or
when the database is there.
"""

import os
import sys

import dj_database_url
import psycopg
from psycopg import sql


def main():
    config = dj_database_url.parse(os.environ["DATABASE_URL"])
    if config["ENGINE"] != "django.db.backends.postgresql":
        return 0
    params = {
        "host": config.get("HOST") or None,
        "port": config.get("PORT") or None,
        "user": config.get("USER") or None,
        "password": config.get("PASSWORD") or None,
    }
    with psycopg.connect(dbname="postgres", autocommit=True, **params) as connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [config["NAME"]]
        ).fetchone()
        if not exists:
            connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(config["NAME"])))
            print(f"Created the database {config['NAME']}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
