from django.db import migrations


def sync(apps, schema_editor):
    from factdb.roles import sync_roles

    sync_roles(apps)


class Migration(migrations.Migration):
    """Every role may read other newsrooms' imported verdicts (ExternalReview)."""

    dependencies = [("claims", "0007_claim_text_hash_index")]
    operations = [migrations.RunPython(sync, migrations.RunPython.noop)]
