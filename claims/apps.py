from django.apps import AppConfig


class ClaimsConfig(AppConfig):
    name = "claims"
    verbose_name = "Claims and fact-checks"

    def ready(self):
        from claims.bulk import admin  # noqa: F401  (registers ExternalReviewAdmin)
