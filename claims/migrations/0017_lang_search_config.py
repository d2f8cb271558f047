"""Search in every language: text search configurations that fold accents (unaccent, then PostgreSQL's stemmer
for the language, or `simple`), and the search vectors rebuilt with the configuration of each row's language.

PostgreSQL 15 cannot change a generated column's expression, so each vector column is dropped and added back:
adding a stored generated column computes every row in one rewrite of the table (set-based, like one UPDATE),
then its GIN index is built again. Generated data (do_load_generated's COPY) gets the same vectors, computed
by the same columns.

Every kind of word goes through unaccent and then the language's stemmer, ASCII words too (PostgreSQL's russian
and hindi configurations stem ASCII words as English, which would read "naive" and "naïve" differently).
"""

import claims.search
import django.contrib.postgres.search
from django.db import migrations, models

CONFIGS_SQL = """
CREATE TEXT SEARCH CONFIGURATION factdb_arabic (COPY = pg_catalog.arabic);
ALTER TEXT SEARCH CONFIGURATION factdb_arabic ALTER MAPPING FOR asciihword, asciiword, hword_asciipart, hword, hword_part, word WITH unaccent, arabic_stem;
CREATE TEXT SEARCH CONFIGURATION factdb_armenian (COPY = pg_catalog.armenian);
ALTER TEXT SEARCH CONFIGURATION factdb_armenian ALTER MAPPING FOR asciihword, asciiword, hword_asciipart, hword, hword_part, word WITH unaccent, armenian_stem;
CREATE TEXT SEARCH CONFIGURATION factdb_basque (COPY = pg_catalog.basque);
ALTER TEXT SEARCH CONFIGURATION factdb_basque ALTER MAPPING FOR asciihword, asciiword, hword_asciipart, hword, hword_part, word WITH unaccent, basque_stem;
CREATE TEXT SEARCH CONFIGURATION factdb_catalan (COPY = pg_catalog.catalan);
ALTER TEXT SEARCH CONFIGURATION factdb_catalan ALTER MAPPING FOR asciihword, asciiword, hword_asciipart, hword, hword_part, word WITH unaccent, catalan_stem;
CREATE TEXT SEARCH CONFIGURATION factdb_danish (COPY = pg_catalog.danish);
ALTER TEXT SEARCH CONFIGURATION factdb_danish ALTER MAPPING FOR asciihword, asciiword, hword_asciipart, hword, hword_part, word WITH unaccent, danish_stem;
CREATE TEXT SEARCH CONFIGURATION factdb_dutch (COPY = pg_catalog.dutch);
ALTER TEXT SEARCH CONFIGURATION factdb_dutch ALTER MAPPING FOR asciihword, asciiword, hword_asciipart, hword, hword_part, word WITH unaccent, dutch_stem;
CREATE TEXT SEARCH CONFIGURATION factdb_english (COPY = pg_catalog.english);
ALTER TEXT SEARCH CONFIGURATION factdb_english ALTER MAPPING FOR asciihword, asciiword, hword_asciipart, hword, hword_part, word WITH unaccent, english_stem;
CREATE TEXT SEARCH CONFIGURATION factdb_finnish (COPY = pg_catalog.finnish);
ALTER TEXT SEARCH CONFIGURATION factdb_finnish ALTER MAPPING FOR asciihword, asciiword, hword_asciipart, hword, hword_part, word WITH unaccent, finnish_stem;
CREATE TEXT SEARCH CONFIGURATION factdb_french (COPY = pg_catalog.french);
ALTER TEXT SEARCH CONFIGURATION factdb_french ALTER MAPPING FOR asciihword, asciiword, hword_asciipart, hword, hword_part, word WITH unaccent, french_stem;
CREATE TEXT SEARCH CONFIGURATION factdb_german (COPY = pg_catalog.german);
ALTER TEXT SEARCH CONFIGURATION factdb_german ALTER MAPPING FOR asciihword, asciiword, hword_asciipart, hword, hword_part, word WITH unaccent, german_stem;
CREATE TEXT SEARCH CONFIGURATION factdb_greek (COPY = pg_catalog.greek);
ALTER TEXT SEARCH CONFIGURATION factdb_greek ALTER MAPPING FOR asciihword, asciiword, hword_asciipart, hword, hword_part, word WITH unaccent, greek_stem;
CREATE TEXT SEARCH CONFIGURATION factdb_hindi (COPY = pg_catalog.hindi);
ALTER TEXT SEARCH CONFIGURATION factdb_hindi ALTER MAPPING FOR asciihword, asciiword, hword_asciipart, hword, hword_part, word WITH unaccent, hindi_stem;
CREATE TEXT SEARCH CONFIGURATION factdb_hungarian (COPY = pg_catalog.hungarian);
ALTER TEXT SEARCH CONFIGURATION factdb_hungarian ALTER MAPPING FOR asciihword, asciiword, hword_asciipart, hword, hword_part, word WITH unaccent, hungarian_stem;
CREATE TEXT SEARCH CONFIGURATION factdb_indonesian (COPY = pg_catalog.indonesian);
ALTER TEXT SEARCH CONFIGURATION factdb_indonesian ALTER MAPPING FOR asciihword, asciiword, hword_asciipart, hword, hword_part, word WITH unaccent, indonesian_stem;
CREATE TEXT SEARCH CONFIGURATION factdb_irish (COPY = pg_catalog.irish);
ALTER TEXT SEARCH CONFIGURATION factdb_irish ALTER MAPPING FOR asciihword, asciiword, hword_asciipart, hword, hword_part, word WITH unaccent, irish_stem;
CREATE TEXT SEARCH CONFIGURATION factdb_italian (COPY = pg_catalog.italian);
ALTER TEXT SEARCH CONFIGURATION factdb_italian ALTER MAPPING FOR asciihword, asciiword, hword_asciipart, hword, hword_part, word WITH unaccent, italian_stem;
CREATE TEXT SEARCH CONFIGURATION factdb_lithuanian (COPY = pg_catalog.lithuanian);
ALTER TEXT SEARCH CONFIGURATION factdb_lithuanian ALTER MAPPING FOR asciihword, asciiword, hword_asciipart, hword, hword_part, word WITH unaccent, lithuanian_stem;
CREATE TEXT SEARCH CONFIGURATION factdb_nepali (COPY = pg_catalog.nepali);
ALTER TEXT SEARCH CONFIGURATION factdb_nepali ALTER MAPPING FOR asciihword, asciiword, hword_asciipart, hword, hword_part, word WITH unaccent, nepali_stem;
CREATE TEXT SEARCH CONFIGURATION factdb_norwegian (COPY = pg_catalog.norwegian);
ALTER TEXT SEARCH CONFIGURATION factdb_norwegian ALTER MAPPING FOR asciihword, asciiword, hword_asciipart, hword, hword_part, word WITH unaccent, norwegian_stem;
CREATE TEXT SEARCH CONFIGURATION factdb_portuguese (COPY = pg_catalog.portuguese);
ALTER TEXT SEARCH CONFIGURATION factdb_portuguese ALTER MAPPING FOR asciihword, asciiword, hword_asciipart, hword, hword_part, word WITH unaccent, portuguese_stem;
CREATE TEXT SEARCH CONFIGURATION factdb_romanian (COPY = pg_catalog.romanian);
ALTER TEXT SEARCH CONFIGURATION factdb_romanian ALTER MAPPING FOR asciihword, asciiword, hword_asciipart, hword, hword_part, word WITH unaccent, romanian_stem;
CREATE TEXT SEARCH CONFIGURATION factdb_russian (COPY = pg_catalog.russian);
ALTER TEXT SEARCH CONFIGURATION factdb_russian ALTER MAPPING FOR asciihword, asciiword, hword_asciipart, hword, hword_part, word WITH unaccent, russian_stem;
CREATE TEXT SEARCH CONFIGURATION factdb_serbian (COPY = pg_catalog.serbian);
ALTER TEXT SEARCH CONFIGURATION factdb_serbian ALTER MAPPING FOR asciihword, asciiword, hword_asciipart, hword, hword_part, word WITH unaccent, serbian_stem;
CREATE TEXT SEARCH CONFIGURATION factdb_spanish (COPY = pg_catalog.spanish);
ALTER TEXT SEARCH CONFIGURATION factdb_spanish ALTER MAPPING FOR asciihword, asciiword, hword_asciipart, hword, hword_part, word WITH unaccent, spanish_stem;
CREATE TEXT SEARCH CONFIGURATION factdb_swedish (COPY = pg_catalog.swedish);
ALTER TEXT SEARCH CONFIGURATION factdb_swedish ALTER MAPPING FOR asciihword, asciiword, hword_asciipart, hword, hword_part, word WITH unaccent, swedish_stem;
CREATE TEXT SEARCH CONFIGURATION factdb_tamil (COPY = pg_catalog.tamil);
ALTER TEXT SEARCH CONFIGURATION factdb_tamil ALTER MAPPING FOR asciihword, asciiword, hword_asciipart, hword, hword_part, word WITH unaccent, tamil_stem;
CREATE TEXT SEARCH CONFIGURATION factdb_turkish (COPY = pg_catalog.turkish);
ALTER TEXT SEARCH CONFIGURATION factdb_turkish ALTER MAPPING FOR asciihword, asciiword, hword_asciipart, hword, hword_part, word WITH unaccent, turkish_stem;
CREATE TEXT SEARCH CONFIGURATION factdb_yiddish (COPY = pg_catalog.yiddish);
ALTER TEXT SEARCH CONFIGURATION factdb_yiddish ALTER MAPPING FOR asciihword, asciiword, hword_asciipart, hword, hword_part, word WITH unaccent, yiddish_stem;
CREATE TEXT SEARCH CONFIGURATION factdb_simple (COPY = pg_catalog.simple);
ALTER TEXT SEARCH CONFIGURATION factdb_simple ALTER MAPPING FOR asciihword, asciiword, hword_asciipart, hword, hword_part, word WITH unaccent, simple;
"""
DROP_CONFIGS_SQL = """
DROP TEXT SEARCH CONFIGURATION IF EXISTS factdb_arabic;
DROP TEXT SEARCH CONFIGURATION IF EXISTS factdb_armenian;
DROP TEXT SEARCH CONFIGURATION IF EXISTS factdb_basque;
DROP TEXT SEARCH CONFIGURATION IF EXISTS factdb_catalan;
DROP TEXT SEARCH CONFIGURATION IF EXISTS factdb_danish;
DROP TEXT SEARCH CONFIGURATION IF EXISTS factdb_dutch;
DROP TEXT SEARCH CONFIGURATION IF EXISTS factdb_english;
DROP TEXT SEARCH CONFIGURATION IF EXISTS factdb_finnish;
DROP TEXT SEARCH CONFIGURATION IF EXISTS factdb_french;
DROP TEXT SEARCH CONFIGURATION IF EXISTS factdb_german;
DROP TEXT SEARCH CONFIGURATION IF EXISTS factdb_greek;
DROP TEXT SEARCH CONFIGURATION IF EXISTS factdb_hindi;
DROP TEXT SEARCH CONFIGURATION IF EXISTS factdb_hungarian;
DROP TEXT SEARCH CONFIGURATION IF EXISTS factdb_indonesian;
DROP TEXT SEARCH CONFIGURATION IF EXISTS factdb_irish;
DROP TEXT SEARCH CONFIGURATION IF EXISTS factdb_italian;
DROP TEXT SEARCH CONFIGURATION IF EXISTS factdb_lithuanian;
DROP TEXT SEARCH CONFIGURATION IF EXISTS factdb_nepali;
DROP TEXT SEARCH CONFIGURATION IF EXISTS factdb_norwegian;
DROP TEXT SEARCH CONFIGURATION IF EXISTS factdb_portuguese;
DROP TEXT SEARCH CONFIGURATION IF EXISTS factdb_romanian;
DROP TEXT SEARCH CONFIGURATION IF EXISTS factdb_russian;
DROP TEXT SEARCH CONFIGURATION IF EXISTS factdb_serbian;
DROP TEXT SEARCH CONFIGURATION IF EXISTS factdb_spanish;
DROP TEXT SEARCH CONFIGURATION IF EXISTS factdb_swedish;
DROP TEXT SEARCH CONFIGURATION IF EXISTS factdb_tamil;
DROP TEXT SEARCH CONFIGURATION IF EXISTS factdb_turkish;
DROP TEXT SEARCH CONFIGURATION IF EXISTS factdb_yiddish;
DROP TEXT SEARCH CONFIGURATION IF EXISTS factdb_simple;
"""


class RebuildGeneratedField(migrations.AlterField):
    """AlterField for a generated column: drop it and add it back with its new expression, and its indexes."""

    def _rebuild(self, app_label, schema_editor, from_state, to_state):
        from_model = from_state.apps.get_model(app_label, self.model_name)
        to_model = to_state.apps.get_model(app_label, self.model_name)
        if not self.allow_migrate_model(schema_editor.connection.alias, to_model):
            return
        # Every index on the column, covering ones (INCLUDE) too: dropping the column drops them.
        indexes = [index for index in to_model._meta.indexes if self.name in (*index.fields, *index.include)]
        schema_editor.remove_field(from_model, from_model._meta.get_field(self.name))
        schema_editor.add_field(to_model, to_model._meta.get_field(self.name))
        for index in indexes:
            schema_editor.add_index(to_model, index)

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        self._rebuild(app_label, schema_editor, from_state, to_state)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        self._rebuild(app_label, schema_editor, from_state, to_state)


class Migration(migrations.Migration):

    dependencies = [
        ('claims', '0016_search_walk_indexes'),
        ('sources', '0001_initial'),  # the unaccent extension
    ]

    operations = [
        migrations.RunSQL(CONFIGS_SQL, DROP_CONFIGS_SQL),
        RebuildGeneratedField(
            model_name='appearance',
            name='search_vector',
            field=models.GeneratedField(db_persist=True, expression=django.contrib.postgres.search.SearchVector('quote', config='factdb_english'), output_field=django.contrib.postgres.search.SearchVectorField()),
        ),
        RebuildGeneratedField(
            model_name='appearanceevent',
            name='search_vector',
            field=models.GeneratedField(db_persist=True, expression=django.contrib.postgres.search.SearchVector('quote', config='factdb_english'), output_field=django.contrib.postgres.search.SearchVectorField()),
        ),
        RebuildGeneratedField(
            model_name='claim',
            name='search_vector',
            field=models.GeneratedField(db_persist=True, expression=django.contrib.postgres.search.SearchVector('text', config=claims.search.LanguageConfig('language', configs={'ar': 'factdb_arabic', 'ca': 'factdb_catalan', 'da': 'factdb_danish', 'de': 'factdb_german', 'el': 'factdb_greek', 'en': 'factdb_english', 'es': 'factdb_spanish', 'eu': 'factdb_basque', 'fi': 'factdb_finnish', 'fr': 'factdb_french', 'ga': 'factdb_irish', 'hi': 'factdb_hindi', 'hu': 'factdb_hungarian', 'hy': 'factdb_armenian', 'id': 'factdb_indonesian', 'it': 'factdb_italian', 'lt': 'factdb_lithuanian', 'nb': 'factdb_norwegian', 'ne': 'factdb_nepali', 'nl': 'factdb_dutch', 'nn': 'factdb_norwegian', 'no': 'factdb_norwegian', 'pt': 'factdb_portuguese', 'ro': 'factdb_romanian', 'ru': 'factdb_russian', 'sr': 'factdb_serbian', 'sv': 'factdb_swedish', 'ta': 'factdb_tamil', 'tr': 'factdb_turkish', 'yi': 'factdb_yiddish'})), output_field=django.contrib.postgres.search.SearchVectorField()),
        ),
        RebuildGeneratedField(
            model_name='claimevent',
            name='search_vector',
            field=models.GeneratedField(db_persist=True, expression=django.contrib.postgres.search.SearchVector('text', config=claims.search.LanguageConfig('language', configs={'ar': 'factdb_arabic', 'ca': 'factdb_catalan', 'da': 'factdb_danish', 'de': 'factdb_german', 'el': 'factdb_greek', 'en': 'factdb_english', 'es': 'factdb_spanish', 'eu': 'factdb_basque', 'fi': 'factdb_finnish', 'fr': 'factdb_french', 'ga': 'factdb_irish', 'hi': 'factdb_hindi', 'hu': 'factdb_hungarian', 'hy': 'factdb_armenian', 'id': 'factdb_indonesian', 'it': 'factdb_italian', 'lt': 'factdb_lithuanian', 'nb': 'factdb_norwegian', 'ne': 'factdb_nepali', 'nl': 'factdb_dutch', 'nn': 'factdb_norwegian', 'no': 'factdb_norwegian', 'pt': 'factdb_portuguese', 'ro': 'factdb_romanian', 'ru': 'factdb_russian', 'sr': 'factdb_serbian', 'sv': 'factdb_swedish', 'ta': 'factdb_tamil', 'tr': 'factdb_turkish', 'yi': 'factdb_yiddish'})), output_field=django.contrib.postgres.search.SearchVectorField()),
        ),
        RebuildGeneratedField(
            model_name='factcheck',
            name='search_vector',
            field=models.GeneratedField(db_persist=True, expression=django.contrib.postgres.search.SearchVector('headline', 'explanation', config='factdb_english'), output_field=django.contrib.postgres.search.SearchVectorField()),
        ),
        RebuildGeneratedField(
            model_name='factcheckevent',
            name='search_vector',
            field=models.GeneratedField(db_persist=True, expression=django.contrib.postgres.search.SearchVector('headline', 'explanation', config='factdb_english'), output_field=django.contrib.postgres.search.SearchVectorField()),
        ),
        RebuildGeneratedField(
            model_name='publicclaim',
            name='search',
            field=models.GeneratedField(db_persist=True, expression=django.contrib.postgres.search.CombinedSearchVector(django.contrib.postgres.search.CombinedSearchVector(django.contrib.postgres.search.SearchVector('search_a', config=claims.search.LanguageConfig('language', configs={'ar': 'factdb_arabic', 'ca': 'factdb_catalan', 'da': 'factdb_danish', 'de': 'factdb_german', 'el': 'factdb_greek', 'en': 'factdb_english', 'es': 'factdb_spanish', 'eu': 'factdb_basque', 'fi': 'factdb_finnish', 'fr': 'factdb_french', 'ga': 'factdb_irish', 'hi': 'factdb_hindi', 'hu': 'factdb_hungarian', 'hy': 'factdb_armenian', 'id': 'factdb_indonesian', 'it': 'factdb_italian', 'lt': 'factdb_lithuanian', 'nb': 'factdb_norwegian', 'ne': 'factdb_nepali', 'nl': 'factdb_dutch', 'nn': 'factdb_norwegian', 'no': 'factdb_norwegian', 'pt': 'factdb_portuguese', 'ro': 'factdb_romanian', 'ru': 'factdb_russian', 'sr': 'factdb_serbian', 'sv': 'factdb_swedish', 'ta': 'factdb_tamil', 'tr': 'factdb_turkish', 'yi': 'factdb_yiddish'}), weight='A'), '||', django.contrib.postgres.search.SearchVector('search_b', config=claims.search.LanguageConfig('language', configs={'ar': 'factdb_arabic', 'ca': 'factdb_catalan', 'da': 'factdb_danish', 'de': 'factdb_german', 'el': 'factdb_greek', 'en': 'factdb_english', 'es': 'factdb_spanish', 'eu': 'factdb_basque', 'fi': 'factdb_finnish', 'fr': 'factdb_french', 'ga': 'factdb_irish', 'hi': 'factdb_hindi', 'hu': 'factdb_hungarian', 'hy': 'factdb_armenian', 'id': 'factdb_indonesian', 'it': 'factdb_italian', 'lt': 'factdb_lithuanian', 'nb': 'factdb_norwegian', 'ne': 'factdb_nepali', 'nl': 'factdb_dutch', 'nn': 'factdb_norwegian', 'no': 'factdb_norwegian', 'pt': 'factdb_portuguese', 'ro': 'factdb_romanian', 'ru': 'factdb_russian', 'sr': 'factdb_serbian', 'sv': 'factdb_swedish', 'ta': 'factdb_tamil', 'tr': 'factdb_turkish', 'yi': 'factdb_yiddish'}), weight='B'), django.contrib.postgres.search.SearchConfig(claims.search.LanguageConfig('language', configs={'ar': 'factdb_arabic', 'ca': 'factdb_catalan', 'da': 'factdb_danish', 'de': 'factdb_german', 'el': 'factdb_greek', 'en': 'factdb_english', 'es': 'factdb_spanish', 'eu': 'factdb_basque', 'fi': 'factdb_finnish', 'fr': 'factdb_french', 'ga': 'factdb_irish', 'hi': 'factdb_hindi', 'hu': 'factdb_hungarian', 'hy': 'factdb_armenian', 'id': 'factdb_indonesian', 'it': 'factdb_italian', 'lt': 'factdb_lithuanian', 'nb': 'factdb_norwegian', 'ne': 'factdb_nepali', 'nl': 'factdb_dutch', 'nn': 'factdb_norwegian', 'no': 'factdb_norwegian', 'pt': 'factdb_portuguese', 'ro': 'factdb_romanian', 'ru': 'factdb_russian', 'sr': 'factdb_serbian', 'sv': 'factdb_swedish', 'ta': 'factdb_tamil', 'tr': 'factdb_turkish', 'yi': 'factdb_yiddish'}))), '||', django.contrib.postgres.search.SearchVector('search_c', config=claims.search.LanguageConfig('language', configs={'ar': 'factdb_arabic', 'ca': 'factdb_catalan', 'da': 'factdb_danish', 'de': 'factdb_german', 'el': 'factdb_greek', 'en': 'factdb_english', 'es': 'factdb_spanish', 'eu': 'factdb_basque', 'fi': 'factdb_finnish', 'fr': 'factdb_french', 'ga': 'factdb_irish', 'hi': 'factdb_hindi', 'hu': 'factdb_hungarian', 'hy': 'factdb_armenian', 'id': 'factdb_indonesian', 'it': 'factdb_italian', 'lt': 'factdb_lithuanian', 'nb': 'factdb_norwegian', 'ne': 'factdb_nepali', 'nl': 'factdb_dutch', 'nn': 'factdb_norwegian', 'no': 'factdb_norwegian', 'pt': 'factdb_portuguese', 'ro': 'factdb_romanian', 'ru': 'factdb_russian', 'sr': 'factdb_serbian', 'sv': 'factdb_swedish', 'ta': 'factdb_tamil', 'tr': 'factdb_turkish', 'yi': 'factdb_yiddish'}), weight='C'), django.contrib.postgres.search.SearchConfig(claims.search.LanguageConfig('language', configs={'ar': 'factdb_arabic', 'ca': 'factdb_catalan', 'da': 'factdb_danish', 'de': 'factdb_german', 'el': 'factdb_greek', 'en': 'factdb_english', 'es': 'factdb_spanish', 'eu': 'factdb_basque', 'fi': 'factdb_finnish', 'fr': 'factdb_french', 'ga': 'factdb_irish', 'hi': 'factdb_hindi', 'hu': 'factdb_hungarian', 'hy': 'factdb_armenian', 'id': 'factdb_indonesian', 'it': 'factdb_italian', 'lt': 'factdb_lithuanian', 'nb': 'factdb_norwegian', 'ne': 'factdb_nepali', 'nl': 'factdb_dutch', 'nn': 'factdb_norwegian', 'no': 'factdb_norwegian', 'pt': 'factdb_portuguese', 'ro': 'factdb_romanian', 'ru': 'factdb_russian', 'sr': 'factdb_serbian', 'sv': 'factdb_swedish', 'ta': 'factdb_tamil', 'tr': 'factdb_turkish', 'yi': 'factdb_yiddish'}))), output_field=django.contrib.postgres.search.SearchVectorField()),
        ),
        RebuildGeneratedField(
            model_name='publicfactcheck',
            name='search',
            field=models.GeneratedField(db_persist=True, expression=django.contrib.postgres.search.CombinedSearchVector(django.contrib.postgres.search.CombinedSearchVector(django.contrib.postgres.search.SearchVector('search_a', config=claims.search.LanguageConfig('language', configs={'ar': 'factdb_arabic', 'ca': 'factdb_catalan', 'da': 'factdb_danish', 'de': 'factdb_german', 'el': 'factdb_greek', 'en': 'factdb_english', 'es': 'factdb_spanish', 'eu': 'factdb_basque', 'fi': 'factdb_finnish', 'fr': 'factdb_french', 'ga': 'factdb_irish', 'hi': 'factdb_hindi', 'hu': 'factdb_hungarian', 'hy': 'factdb_armenian', 'id': 'factdb_indonesian', 'it': 'factdb_italian', 'lt': 'factdb_lithuanian', 'nb': 'factdb_norwegian', 'ne': 'factdb_nepali', 'nl': 'factdb_dutch', 'nn': 'factdb_norwegian', 'no': 'factdb_norwegian', 'pt': 'factdb_portuguese', 'ro': 'factdb_romanian', 'ru': 'factdb_russian', 'sr': 'factdb_serbian', 'sv': 'factdb_swedish', 'ta': 'factdb_tamil', 'tr': 'factdb_turkish', 'yi': 'factdb_yiddish'}), weight='A'), '||', django.contrib.postgres.search.SearchVector('search_b', config=claims.search.LanguageConfig('language', configs={'ar': 'factdb_arabic', 'ca': 'factdb_catalan', 'da': 'factdb_danish', 'de': 'factdb_german', 'el': 'factdb_greek', 'en': 'factdb_english', 'es': 'factdb_spanish', 'eu': 'factdb_basque', 'fi': 'factdb_finnish', 'fr': 'factdb_french', 'ga': 'factdb_irish', 'hi': 'factdb_hindi', 'hu': 'factdb_hungarian', 'hy': 'factdb_armenian', 'id': 'factdb_indonesian', 'it': 'factdb_italian', 'lt': 'factdb_lithuanian', 'nb': 'factdb_norwegian', 'ne': 'factdb_nepali', 'nl': 'factdb_dutch', 'nn': 'factdb_norwegian', 'no': 'factdb_norwegian', 'pt': 'factdb_portuguese', 'ro': 'factdb_romanian', 'ru': 'factdb_russian', 'sr': 'factdb_serbian', 'sv': 'factdb_swedish', 'ta': 'factdb_tamil', 'tr': 'factdb_turkish', 'yi': 'factdb_yiddish'}), weight='B'), django.contrib.postgres.search.SearchConfig(claims.search.LanguageConfig('language', configs={'ar': 'factdb_arabic', 'ca': 'factdb_catalan', 'da': 'factdb_danish', 'de': 'factdb_german', 'el': 'factdb_greek', 'en': 'factdb_english', 'es': 'factdb_spanish', 'eu': 'factdb_basque', 'fi': 'factdb_finnish', 'fr': 'factdb_french', 'ga': 'factdb_irish', 'hi': 'factdb_hindi', 'hu': 'factdb_hungarian', 'hy': 'factdb_armenian', 'id': 'factdb_indonesian', 'it': 'factdb_italian', 'lt': 'factdb_lithuanian', 'nb': 'factdb_norwegian', 'ne': 'factdb_nepali', 'nl': 'factdb_dutch', 'nn': 'factdb_norwegian', 'no': 'factdb_norwegian', 'pt': 'factdb_portuguese', 'ro': 'factdb_romanian', 'ru': 'factdb_russian', 'sr': 'factdb_serbian', 'sv': 'factdb_swedish', 'ta': 'factdb_tamil', 'tr': 'factdb_turkish', 'yi': 'factdb_yiddish'}))), '||', django.contrib.postgres.search.SearchVector('search_c', config=claims.search.LanguageConfig('language', configs={'ar': 'factdb_arabic', 'ca': 'factdb_catalan', 'da': 'factdb_danish', 'de': 'factdb_german', 'el': 'factdb_greek', 'en': 'factdb_english', 'es': 'factdb_spanish', 'eu': 'factdb_basque', 'fi': 'factdb_finnish', 'fr': 'factdb_french', 'ga': 'factdb_irish', 'hi': 'factdb_hindi', 'hu': 'factdb_hungarian', 'hy': 'factdb_armenian', 'id': 'factdb_indonesian', 'it': 'factdb_italian', 'lt': 'factdb_lithuanian', 'nb': 'factdb_norwegian', 'ne': 'factdb_nepali', 'nl': 'factdb_dutch', 'nn': 'factdb_norwegian', 'no': 'factdb_norwegian', 'pt': 'factdb_portuguese', 'ro': 'factdb_romanian', 'ru': 'factdb_russian', 'sr': 'factdb_serbian', 'sv': 'factdb_swedish', 'ta': 'factdb_tamil', 'tr': 'factdb_turkish', 'yi': 'factdb_yiddish'}), weight='C'), django.contrib.postgres.search.SearchConfig(claims.search.LanguageConfig('language', configs={'ar': 'factdb_arabic', 'ca': 'factdb_catalan', 'da': 'factdb_danish', 'de': 'factdb_german', 'el': 'factdb_greek', 'en': 'factdb_english', 'es': 'factdb_spanish', 'eu': 'factdb_basque', 'fi': 'factdb_finnish', 'fr': 'factdb_french', 'ga': 'factdb_irish', 'hi': 'factdb_hindi', 'hu': 'factdb_hungarian', 'hy': 'factdb_armenian', 'id': 'factdb_indonesian', 'it': 'factdb_italian', 'lt': 'factdb_lithuanian', 'nb': 'factdb_norwegian', 'ne': 'factdb_nepali', 'nl': 'factdb_dutch', 'nn': 'factdb_norwegian', 'no': 'factdb_norwegian', 'pt': 'factdb_portuguese', 'ro': 'factdb_romanian', 'ru': 'factdb_russian', 'sr': 'factdb_serbian', 'sv': 'factdb_swedish', 'ta': 'factdb_tamil', 'tr': 'factdb_turkish', 'yi': 'factdb_yiddish'}))), output_field=django.contrib.postgres.search.SearchVectorField()),
        ),
    ]
