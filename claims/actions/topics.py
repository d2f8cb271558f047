"""Topics: the newsroom's subject tags on claims."""

from typing import Any

from django.contrib.auth.models import User
from django.utils.text import slugify

from claims.models import Topic
from factdb.actions import Refused, action, change_fields, check, lock, save_unique, touch


@action("topic.create")
def do_create_topic(name: str, *, actor: User, slug: str = "", description: str = "") -> Topic:
    check(actor, "topic.create")
    name = " ".join((name or "").split())
    slug = slug or slugify(name)
    if not name or not slug:
        raise Refused("A topic needs a name with letters or digits.")
    topic = Topic(name=name, slug=slug, description=description)
    save_unique(topic, f"A topic named “{name}” (or with the slug “{slug}”) already exists.")
    return topic


@action("topic.change")
def do_change_topic(
    topic: Topic, changes: dict[str, Any], *, actor: User, expected_version: int | str | None = None
) -> Topic:
    topic, changed = change_fields(
        topic,
        changes,
        fields=("name", "slug", "description"),
        action_name="topic.change",
        actor=actor,
        expected_version=expected_version,
    )
    if changed:
        touch(("topic", topic.pk))
    return topic


@action("topic.delete")
def do_delete_topic(topic: Topic, *, actor: User) -> None:
    topic = lock(topic)
    check(actor, "topic.delete", topic)
    topic.claimtopic_set.all().delete()
    topic.delete()
