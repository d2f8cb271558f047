"""Name keys computed again now that a "y" and an "i" are one letter in a transliteration key ("Sayana" and
"Саяна" (Saiana), "Tatyana" and "Tatiana", "Dmitriy" and "Dmitrii"), and a name with an apostrophe or an ʻokina
also has the keys of its words written without it ("Kaʻaihue" ~ "Kaaihue"). Only names that have one change."""

from django.db import migrations

from sources.migrations._name_keys import refill_name_keys


class Migration(migrations.Migration):
    dependencies = [
        ("sources", "0008_lang_name_keys"),
    ]

    operations = [migrations.RunPython(lambda apps, _: refill_name_keys(apps, "y|ii|[иыйяю'’ʻʼ`]"), migrations.RunPython.noop)]
