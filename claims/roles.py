"""Newsroom roles as auth groups. Applied by a data migration; re-run with `manage.py sync_roles`."""

VIEW_ALL = [
    "sources.view_outlet",
    "sources.view_source",
    "sources.view_speaker",
    "sources.view_speakeralias",
    "claims.view_claim",
    "claims.view_appearance",
    "claims.view_claimtopic",
    "claims.view_topic",
    "claims.view_rating",
    "claims.view_ratingscale",
    "claims.view_factcheck",
    "claims.view_evidence",
    "claims.view_correction",
    "claims.view_claimtransition",
    "pghistory.view_events",
]
CAPTURED_MODELS = {
    "sources": ["outlet", "source", "speaker", "speakeralias"],
    "claims": ["claim", "appearance", "claimtopic"],
}
CAPTURE = [
    f"{app}.{action}_{model}"
    for app, models in CAPTURED_MODELS.items()
    for model in models
    for action in ("add", "change")
]
RESEARCH = [
    "claims.research_claim",
    "claims.add_factcheck",
    "claims.change_factcheck",
    "claims.add_evidence",
    "claims.change_evidence",
    "claims.delete_evidence",
    "claims.add_topic",
]
EDIT = [
    "claims.triage_claim",
    "claims.review_claim",
    "claims.publish_claim",
    "claims.change_claim_visibility",
    "claims.approve_factcheck",
    "claims.correct_factcheck",
    "claims.change_topic",
    "claims.delete_claim",
    "claims.delete_appearance",
    "claims.delete_claimtopic",
    "claims.delete_factcheck",
    "sources.delete_speakeralias",
    "sources.delete_source",
    "sources.delete_speaker",
    "sources.delete_outlet",
]
ADMINISTER = [
    "claims.add_rating",
    "claims.change_rating",
    "claims.delete_rating",
    "claims.add_ratingscale",
    "claims.change_ratingscale",
    "claims.delete_ratingscale",
    "claims.delete_topic",
    "auth.view_user",
    "auth.add_user",
    "auth.change_user",
    "auth.view_group",
    "rest_framework_api_key.view_apikey",
    "rest_framework_api_key.add_apikey",
    "rest_framework_api_key.change_apikey",
    "rest_framework_api_key.delete_apikey",
]

ROLES = {
    "Reporter": VIEW_ALL + CAPTURE,
    "Fact-checker": VIEW_ALL + CAPTURE + RESEARCH,
    "Editor": VIEW_ALL + CAPTURE + RESEARCH + EDIT,
    "Admin": VIEW_ALL + CAPTURE + RESEARCH + EDIT + ADMINISTER,
}


def sync_roles(apps) -> None:
    """Create the role groups and give each exactly its permissions."""
    from django.contrib.auth.management import create_permissions

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    # Permissions are normally created after migrations; roles need them now.
    for app_config in apps.get_app_configs():
        models_module, app_config.models_module = getattr(app_config, "models_module", None), True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = models_module
    for role, names in ROLES.items():
        group, _ = Group.objects.get_or_create(name=role)
        wanted = []
        for name in names:
            app_label, codename = name.split(".")
            wanted.append(Permission.objects.get(content_type__app_label=app_label, codename=codename))
        group.permissions.set(wanted)
