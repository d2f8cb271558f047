from django.apps import AppConfig


class WebhooksConfig(AppConfig):
    """Partners' subscriptions to the record's events, and their signed, retried deliveries.

    Kit level: it imports only factdb. What the events carry (the public documents) is declared by
    claims at start-up (claims/apps.py), like the projection's refresh hook.
    """

    name = "webhooks"
    verbose_name = "Webhooks"
    default_auto_field = "django.db.models.BigAutoField"
