import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    """Every correction names its claim (0011 filled it in from the corrected fact-check)."""

    dependencies = [("claims", "0011_action_layer")]

    operations = [
        migrations.AlterField(
            model_name="correction",
            name="claim",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.PROTECT, related_name="corrections", to="claims.claim"
            ),
        ),
    ]
