"""`manage.py webhooks_worker`: the worker that sends webhook deliveries (procrastinate, queue "webhooks")."""

import os
import signal
import threading
import time

from django.core.management.base import BaseCommand
from procrastinate.contrib.django import app


class Command(BaseCommand):
    help = "Send webhook deliveries as they are queued (stop with Ctrl-C or SIGTERM)."

    def add_arguments(self, parser):
        parser.add_argument("--concurrency", type=int, default=4, help="deliveries sent at once (default 4)")
        parser.add_argument(
            "--stop-with-parent",
            action="store_true",
            help="stop when the process that started this one exits (`make run` starts it next to runserver)",
        )

    def handle(self, *args, concurrency, stop_with_parent, **options):
        if stop_with_parent:
            _watch_parent(os.getppid())
        self.stdout.write(f"Webhooks worker: sending deliveries ({concurrency} at once).")
        with app.replace_connector(app.connector.get_worker_connector()):
            # A sent delivery's job is deleted: its Delivery row is the record (outcome, attempts, when).
            app.run_worker(
                queues=["webhooks"], concurrency=concurrency, install_signal_handlers=True, delete_jobs="successful"
            )


def _watch_parent(parent: int) -> None:
    def watch():
        while os.getppid() == parent:
            time.sleep(1)
        os.kill(os.getpid(), signal.SIGTERM)  # the worker finishes the deliveries in hand, then stops

    threading.Thread(target=watch, daemon=True, name="parent-watch").start()
