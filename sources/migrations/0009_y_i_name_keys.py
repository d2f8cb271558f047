"""Name keys computed again now that a transliteration key writes "y" and "i" as one letter ("Sayana" and "Саяна"
(Saiana), "Dmitriy" and "Dmitrii") and "zh", "dzh", "dj" and "j" as one ("Dorzhiev" and "Dorjiev"), and a name with
an apostrophe or an ʻokina also has the keys of its words written without it ("Kaʻaihue" ~ "Kaaihue"). Only names
that have one of these change."""

from django.db import migrations

from sources.migrations._name_keys import refill_name_keys


class Migration(migrations.Migration):
    dependencies = [
        ("sources", "0008_lang_name_keys"),
    ]

    operations = [migrations.RunPython(lambda apps, _: refill_name_keys(apps, "y|ii|zh|dj|[жиыйяю'’ʻʼ`]"), migrations.RunPython.noop)]
