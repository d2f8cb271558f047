"""Name keys of names with Cyrillic soft or hard signs, computed again (sources.normalize.name_keys no longer
splits "Ельцин" at the sign, so "Yeltsin" finds it). Only those rows change."""

from django.db import migrations

from sources.normalize import name_keys


def refill_name_keys(apps, schema_editor):
    for model_name in ("Speaker", "SpeakerAlias"):
        model = apps.get_model("sources", model_name)
        batch = []
        for row in model.objects.filter(name__regex="[ЬЪьъ]").only("pk", "name").iterator(chunk_size=2000):
            row.name_keys = name_keys(row.name)
            batch.append(row)
            if len(batch) == 2000:
                model.objects.bulk_update(batch, ["name_keys"])
                batch = []
        model.objects.bulk_update(batch, ["name_keys"])


class Migration(migrations.Migration):
    dependencies = [
        ("sources", "0007_source_language_index"),
    ]

    operations = [migrations.RunPython(refill_name_keys, migrations.RunPython.noop)]
