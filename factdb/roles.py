"""The newsroom roles as auth groups, with the model permissions the admin's menus need.

Which object a role may change, and in which state, is decided by the permission table
(factdb.policy) in every action. The groups' Django permissions are derived from that
table and only decide what the admin lists: a role sees "Add" or "Change" for a model
when the table lets it create or change such objects in some state.
Applied by migrations; re-run with `manage.py sync_roles`.
"""

from django.apps.registry import Apps

from factdb.policy import ROLES, TABLE

# model (app_label.model_name) -> the table's kind of object it holds
KINDS = {
    "claims.claim": "claim",
    "claims.appearance": "appearance",
    "claims.factcheck": "fact_check",
    "claims.evidence": "evidence",
    "claims.claimtopic": "claim",
    "claims.topic": "topic",
    "claims.rating": "rating_scale",
    "claims.ratingscale": "rating_scale",
    "claims.externalreview": "external_review",
    "sources.speaker": "speaker",
    "sources.speakeralias": "speaker",
    "sources.source": "source",
    "sources.outlet": "outlet",
    "auth.user": "user",
    "factdb.partnerkey": "api_key",
    "webhooks.subscription": "webhook",
    "webhooks.delivery": "webhook",
    "claims.tipgroup": "tip",
    "claims.tip": "tip",
    "claims.alert": "alert",
}
# Logs everyone in the newsroom may read.
READ_ONLY = [
    "claims.correction",
    "claims.claimtransition",
    "claims.factcheckrevision",
    "pghistory.events",
    "claims.merge",
    "factdb.notification",  # each person's own (NotificationAdmin lists only theirs)
]
_ADD = ("create", "capture", "add", "draft", "import")
_DELETE = ("delete", "remove", "revoke")


def _verbs(kind: str, role: str) -> set[str]:
    verbs = set()
    for action, row in TABLE.items():
        action_kind, _, verb = action.partition(".")
        if action_kind != kind or not any(role in roles for roles in row.values()):
            continue
        if verb in _ADD:
            verbs.add("add")
        elif verb in _DELETE:
            verbs.add("delete")
        else:
            verbs.add("change")
    return verbs


def permissions_for(role: str) -> list[str]:
    """The Django permissions ("app.codename") of `role`'s group."""
    names = [f"{label.split('.')[0]}.view_{label.split('.')[1]}" for label in READ_ONLY]
    for label, kind in KINDS.items():
        app_label, model = label.split(".")
        verbs = _verbs(kind, role)
        if verbs or kind not in ("user", "api_key", "webhook"):
            names.append(f"{app_label}.view_{model}")
        names += [f"{app_label}.{verb}_{model}" for verb in sorted(verbs)]
    if role == "Admin":
        names.append("auth.view_group")
    return names


def sync_roles(apps: Apps) -> None:
    """Create the role groups and give each exactly the permissions derived from the table."""
    from django.contrib.auth.management import create_permissions

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    # Permissions are normally created after migrations; roles need them now.
    for app_config in apps.get_app_configs():
        # Any true value: create_permissions skips an app whose models_module is unset (as in migrations).
        models_module = getattr(app_config, "models_module", None)
        app_config.models_module = True  # type: ignore[assignment]  # see above
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = models_module
    for role in ROLES:
        group, _ = Group.objects.get_or_create(name=role)
        wanted = []
        for name in permissions_for(role):
            app_label, codename = name.split(".")
            permission = Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()
            if permission is not None:  # a model a later migration adds gets its permission then
                wanted.append(permission)
        group.permissions.set(wanted)
