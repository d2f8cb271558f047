from django.db import migrations

METHODOLOGY = (
    "We rate the accuracy of a claim against the best available evidence at the time of publication. "
    "True: accurate, nothing significant missing. Mostly true: accurate but needs clarification or context. "
    "Mixed: partly accurate, partly not. Mostly false: contains an element of truth but ignores critical facts. "
    "False: not accurate. Unproven: the evidence available can neither confirm nor refute it. "
    "Every verdict cites its evidence; when a verdict changes we publish a correction."
)

# (label, slug, ordinal value, normalised category, colour)
RATINGS = [
    ("True", "true", 5, "true", "#1a7f37"),
    ("Mostly true", "mostly-true", 4, "mostly_true", "#6aa84f"),
    ("Mixed", "mixed", 3, "mixed", "#d4a017"),
    ("Mostly false", "mostly-false", 2, "mostly_false", "#e06c1f"),
    ("False", "false", 1, "false", "#c62828"),
    ("Unproven", "unproven", 0, "unproven", "#6e7781"),
]


def create_default_scale(apps, schema_editor):
    RatingScale = apps.get_model("claims", "RatingScale")
    Rating = apps.get_model("claims", "Rating")
    scale, _ = RatingScale.objects.get_or_create(
        slug="factdb-six-level",
        defaults={"name": "factdb six-level scale", "methodology": METHODOLOGY, "is_default": True},
    )
    for label, slug, value, category, colour in RATINGS:
        Rating.objects.get_or_create(
            scale=scale, slug=slug, defaults={"label": label, "value": value, "category": category, "colour": colour}
        )


class Migration(migrations.Migration):
    dependencies = [("claims", "0002_initial")]
    operations = [migrations.RunPython(create_default_scale, migrations.RunPython.noop)]
