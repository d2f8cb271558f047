"""The worker's jobs (procrastinate, on the project's PostgreSQL): send a delivery, retry it with backoff.

Jobs of one subscriber and one claim share a lock, and procrastinate runs jobs of a lock one at
a time, oldest first, a job waiting for its retry included: events of a claim arrive in order.
"""

from django.conf import settings
from django.db import close_old_connections
from procrastinate import RetryDecision
from procrastinate.contrib.django import app
from procrastinate.retry import BaseRetryStrategy

from webhooks import sending


class Backoff(BaseRetryStrategy):
    """Exponential backoff from FACTDB_WEBHOOK_RETRY_SECONDS, capped, up to FACTDB_WEBHOOK_MAX_ATTEMPTS."""

    def get_retry_decision(self, *, exception, job):
        if not isinstance(exception, sending.DeliveryFailed):
            return None
        if job.attempts + 1 >= settings.FACTDB_WEBHOOK_MAX_ATTEMPTS:
            return None
        wait = min(settings.FACTDB_WEBHOOK_RETRY_SECONDS * 2**job.attempts, settings.FACTDB_WEBHOOK_RETRY_CAP_SECONDS)
        return RetryDecision(retry_in={"seconds": wait})


@app.task(name="webhooks.deliver", queue="webhooks", retry=Backoff(), pass_context=True)
def deliver(context, delivery_id: int) -> None:
    close_old_connections()
    try:
        sending.attempt(delivery_id, last=context.job.attempts + 1 >= settings.FACTDB_WEBHOOK_MAX_ATTEMPTS)
    finally:
        close_old_connections()
