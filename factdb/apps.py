from django.apps import AppConfig


class FactdbConfig(AppConfig):
    """The project package as an app: its management commands (backup_db, restore_db) and shared models."""

    name = "factdb"
    label = "factdb"
    default_auto_field = "django.db.models.BigAutoField"
