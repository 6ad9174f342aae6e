"""Make sure the admin account exists (used by `make demo`)."""

import os
import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "Create the superuser 'admin' if missing. The password comes from "
        "PORTAL_ADMIN_PASSWORD; without it a new one is generated and printed once."
    )

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")

    def handle(self, *args, username, **options):
        User = get_user_model()
        password = os.environ.get("PORTAL_ADMIN_PASSWORD")
        user = User.objects.filter(username=username).first()
        if user and not password:
            self.stdout.write(f"Admin account '{username}' exists; its password is unchanged.")
            return
        generated = not password
        password = password or secrets.token_urlsafe(12)
        if user:
            user.set_password(password)
            user.save(update_fields=["password"])
            self.stdout.write(
                f"Admin account '{username}': password set from PORTAL_ADMIN_PASSWORD."
            )
            return
        User.objects.create_superuser(username, email="", password=password)
        if generated:
            self.stdout.write(
                self.style.WARNING(
                    f"Created admin account '{username}' with password: {password}\n"
                    "It is shown only this once. Set PORTAL_ADMIN_PASSWORD to choose your own."
                )
            )
        else:
            self.stdout.write(
                f"Created admin account '{username}' (password from PORTAL_ADMIN_PASSWORD)."
            )
