from django.apps import AppConfig, apps
from django.db.models.signals import post_migrate


def _projection_after_migrate(sender, **kwargs):
    from claims import projection

    projection.rebuild_if_outdated()


class ClaimsConfig(AppConfig):
    name = "claims"
    verbose_name = "Claims and fact-checks"

    def ready(self):
        from claims import projection, tips_admin, visibility  # noqa: F401  (tips_admin: the desk's queues)
        from claims.bulk import admin  # noqa: F401  (registers ExternalReviewAdmin)
        from factdb import actions
        from webhooks import outbox

        visibility.register()
        actions.on_finish(projection.refresh)  # every action keeps the public projection in step
        # Then its events are queued for subscribers, with the documents just refreshed.
        outbox.register_documents(projection.TABLES)
        actions.on_finish(outbox.enqueue)
        post_migrate.connect(_projection_after_migrate, sender=self)
        # pghistory's events are the newsroom's audit trail; say so in the admin.
        apps.get_app_config("pghistory").verbose_name = "Audit trail"
