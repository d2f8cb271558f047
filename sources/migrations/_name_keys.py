"""Recompute stored name keys after sources.normalize.name_keys changes (used by data migrations; the leading
underscore keeps Django's migration loader from reading this module as a migration)."""

from sources.normalize import name_keys


def refill_name_keys(apps, name_regex: str) -> None:
    """Name keys of every speaker and alias whose name matches `name_regex` (case-insensitive), computed again
    (migration 0006 fills them all, later ones only the names a change to name_keys touches)."""
    for model_name in ("Speaker", "SpeakerAlias"):
        model = apps.get_model("sources", model_name)
        batch = []
        for row in model.objects.filter(name__iregex=name_regex).only("pk", "name").iterator(chunk_size=2000):
            row.name_keys = name_keys(row.name)
            batch.append(row)
            if len(batch) == 2000:
                model.objects.bulk_update(batch, ["name_keys"])
                batch = []
        model.objects.bulk_update(batch, ["name_keys"])
