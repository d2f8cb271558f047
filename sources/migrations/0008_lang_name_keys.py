"""Name keys of names with Cyrillic soft or hard signs, computed again (sources.normalize.name_keys no longer
splits "Ельцин" at the sign, so "Yeltsin" finds it). Only those rows change."""

from django.db import migrations

from sources.migrations._name_keys import refill_name_keys


class Migration(migrations.Migration):
    dependencies = [
        ("sources", "0007_source_language_index"),
    ]

    operations = [migrations.RunPython(lambda apps, _: refill_name_keys(apps, "[ЬЪьъ]"), migrations.RunPython.noop)]
