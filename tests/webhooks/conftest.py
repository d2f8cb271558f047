import time

import pytest
from django.db import connection


@pytest.fixture
def fast_retries(settings):
    settings.FACTDB_WEBHOOK_RETRY_SECONDS = 0.01
    settings.FACTDB_WEBHOOK_RETRY_CAP_SECONDS = 0.05
    settings.FACTDB_WEBHOOK_MAX_ATTEMPTS = 40  # 40 failures in a row at 50 %: 1 in 10^12
    settings.FACTDB_WEBHOOK_TIMEOUT = 5


@pytest.fixture
def empty_queue(transactional_db):
    """procrastinate's tables are not flushed between transactional tests: start each with an empty queue."""
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM procrastinate_jobs")
    return


@pytest.fixture
def drain(empty_queue, fast_retries):
    """Run the real worker in-process until no delivery is pending (or `timeout` s passed)."""
    from procrastinate.contrib.django import app

    from webhooks.models import Delivery, DeliveryStatus

    def run(timeout: float = 60.0, concurrency: int = 4) -> float:
        started = time.monotonic()
        with app.replace_connector(app.connector.get_worker_connector()):
            while Delivery.objects.filter(status=DeliveryStatus.PENDING).exists():
                assert time.monotonic() - started < timeout, "deliveries still pending"
                app.run_worker(
                    queues=["webhooks"],
                    concurrency=concurrency,
                    wait=False,
                    install_signal_handlers=False,
                    listen_notify=False,
                    delete_jobs="successful",
                )
                time.sleep(0.02)
        return time.monotonic() - started

    return run
