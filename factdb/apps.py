from django.apps import AppConfig


class FactdbConfig(AppConfig):
    """The project's own kit as an app: the action layer, the permission table, people and partner keys,
    and the operations commands (backup_db, restore_db)."""

    name = "factdb"
    label = "factdb"
    verbose_name = "People and partner keys"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from django.contrib.auth import get_user_model

        from factdb import accounts, lookups, policy  # noqa: F401 (lookups registers itself)

        policy.define_states(get_user_model(), accounts.user_states)
