from django.db import migrations


def create_roles(apps, schema_editor):
    from factdb.roles import sync_roles

    sync_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0003_default_rating_scale"),
        ("sources", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("pghistory", "0007_auto_20250421_0444"),
        ("rest_framework_api_key", "0005_auto_20220110_1102"),
    ]
    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
