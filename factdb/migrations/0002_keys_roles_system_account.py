from django.db import migrations


def move_keys(apps, schema_editor):
    """Partner keys made before factdb had its own key model keep working (same ids, prefixes and hashes)."""
    APIKey = apps.get_model("rest_framework_api_key", "APIKey")
    PartnerKey = apps.get_model("factdb", "PartnerKey")
    for old in APIKey.objects.all():
        PartnerKey.objects.get_or_create(
            id=old.id,
            defaults={
                "prefix": old.prefix,
                "hashed_key": old.hashed_key,
                "created": old.created,
                "name": old.name,
                "revoked": old.revoked,
                "expiry_date": old.expiry_date,
                "scopes": ["read"],
            },
        )


def system_account(apps, schema_editor):
    """The account management commands act as when not run --as a user (factdb.accounts)."""
    from django.contrib.auth.hashers import make_password

    User = apps.get_model("auth", "User")
    User.objects.get_or_create(
        username="factdb-system",
        defaults={"is_active": True, "is_staff": False, "password": make_password(None), "first_name": "factdb"},
    )


def roles(apps, schema_editor):
    from factdb.roles import sync_roles

    sync_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("factdb", "0001_people_and_keys"),
        ("claims", "0012_correction_belongs_to_a_claim"),
        ("sources", "0004_editorial_guard_versions_context"),
        ("rest_framework_api_key", "0005_auto_20220110_1102"),
        ("pghistory", "0007_auto_20250421_0444"),
    ]
    operations = [
        migrations.RunPython(move_keys, migrations.RunPython.noop),
        migrations.RunPython(system_account, migrations.RunPython.noop),
        migrations.RunPython(roles, migrations.RunPython.noop),
    ]
