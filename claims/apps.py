from django.apps import AppConfig, apps


class ClaimsConfig(AppConfig):
    name = "claims"
    verbose_name = "Claims and fact-checks"

    def ready(self):
        from claims import visibility
        from claims.bulk import admin  # noqa: F401  (registers ExternalReviewAdmin)

        visibility.register()
        # pghistory's events are the newsroom's audit trail; say so in the admin.
        apps.get_app_config("pghistory").verbose_name = "Audit trail"
