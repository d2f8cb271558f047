"""Actions on speakers, their aliases, sources and outlets: the only way these rows change.

Who may change what is the permission table's (factdb.policy): anyone who captures
claims may add and correct these until a public appearance names them; from then on
they are part of the published record and only editors change them.
"""

from factdb.actions import Refused, action, change_fields, check, lock, save_unique, touch, validated
from sources.models import Outlet, Source, Speaker, SpeakerAlias
from sources.normalize import domain_of, normalize_name, normalize_url

SPEAKER_FIELDS = ("name", "kind", "role", "affiliation", "country", "wikidata_id", "same_as", "description")
SOURCE_FIELDS = ("kind", "title", "url", "outlet", "published_on", "language", "full_text", "archive_url")
OUTLET_FIELDS = ("name", "domain", "url", "country", "description")


def _saved(obj):
    """Validate and save a new row; a name or address already taken is a refusal."""
    validated(obj)
    save_unique(obj, f"Another {obj._meta.verbose_name} already has this name or address.")
    return obj


# --- Speakers ------------------------------------------------------------------------------------


@action("speaker.create")
def do_create_speaker(name: str, *, actor, aliases=(), **fields) -> Speaker:
    """A new speaker (person or organisation), with any other spellings of the name."""
    check(actor, "speaker.create")
    speaker = Speaker(name=" ".join((name or "").split()), **fields)
    if not speaker.name:
        raise Refused("A speaker needs a name.")
    speaker.normalize_fields()
    _saved(speaker)
    for alias in aliases:
        do_add_alias(speaker, alias, actor=actor)
    touch(("speaker", speaker.pk))
    return speaker


@action("speaker.change")
def do_change_speaker(speaker: Speaker, changes: dict, *, actor, expected_version=None) -> Speaker:
    speaker, changed = change_fields(
        speaker,
        changes,
        fields=SPEAKER_FIELDS,
        action_name="speaker.change",
        actor=actor,
        expected_version=expected_version,
        prepare=Speaker.normalize_fields,
    )
    if changed:
        touch(("speaker", speaker.pk))
    return speaker


@action("speaker.change")
def do_add_alias(speaker: Speaker, name: str, *, actor) -> SpeakerAlias | None:
    """Record another spelling of the speaker's name; None when it is the name or already known."""
    check(actor, "speaker.change", speaker)
    name = " ".join((name or "").split())
    if not name or normalize_name(name) == "" or name.casefold() == speaker.name.casefold():
        return None
    existing = SpeakerAlias.objects.filter(speaker=speaker, name__iexact=name).first()
    if existing is not None:
        return None
    alias = SpeakerAlias(speaker=speaker, name=name)
    alias.normalize_fields()
    save_unique(alias, f"{speaker} already has the alias “{name}”.")
    touch(("speaker", speaker.pk))
    return alias


@action("speaker.change")
def do_remove_alias(alias: SpeakerAlias, *, actor) -> None:
    check(actor, "speaker.change", alias.speaker)
    speaker_id = alias.speaker_id
    alias.delete()
    touch(("speaker", speaker_id))


@action("speaker.delete")
def do_delete_speaker(speaker: Speaker, *, actor) -> None:
    speaker = lock(speaker)
    check(actor, "speaker.delete", speaker)
    if speaker.appearances.exists():
        raise Refused(f"{speaker} is named in appearances; change those first (or merge the speaker).")
    speaker.delete()


# --- Outlets -------------------------------------------------------------------------------------


@action("outlet.create")
def do_create_outlet(name: str = "", *, actor, domain: str = "", **fields) -> Outlet:
    check(actor, "outlet.create")
    domain = domain_of(domain)
    outlet = Outlet(name=" ".join((name or "").split()) or domain, domain=domain, **fields)
    if not outlet.name:
        raise Refused("An outlet needs a name or a domain.")
    return _saved(outlet)


@action("outlet.change")
def do_change_outlet(outlet: Outlet, changes: dict, *, actor, expected_version=None) -> Outlet:
    outlet, changed = change_fields(
        outlet,
        changes,
        fields=OUTLET_FIELDS,
        action_name="outlet.change",
        actor=actor,
        expected_version=expected_version,
        prepare=Outlet.normalize_fields,
    )
    if changed:
        touch(("outlet", outlet.pk))
    return outlet


@action("outlet.delete")
def do_delete_outlet(outlet: Outlet, *, actor) -> None:
    outlet = lock(outlet)
    check(actor, "outlet.delete", outlet)
    if outlet.sources.exists():
        raise Refused(f"{outlet} has sources; move or delete them first.")
    outlet.delete()


# --- Sources -------------------------------------------------------------------------------------


@action("source.create")
def do_create_source(*, actor, url: str = "", title: str = "", **fields) -> Source:
    check(actor, "source.create")
    source = Source(url=url, title=(title or normalize_url(url))[:500], **fields)
    if not source.title:
        raise Refused("A source needs a title or a URL.")
    source.normalize_fields()
    return _saved(source)


@action("source.change")
def do_change_source(source: Source, changes: dict, *, actor, expected_version=None) -> Source:
    outlet_before = source.outlet_id
    source, changed = change_fields(
        source,
        changes,
        fields=SOURCE_FIELDS,
        action_name="source.change",
        actor=actor,
        expected_version=expected_version,
        prepare=Source.normalize_fields,
    )
    if changed:
        # moved to another outlet: the one it leaves may have been public through it alone
        touch(("source", source.pk), ("outlet", outlet_before))
    return source


@action("source.delete")
def do_delete_source(source: Source, *, actor) -> None:
    source = lock(source)
    check(actor, "source.delete", source)
    if source.appearances.exists():
        raise Refused(f"“{source}” has appearances; a source that was quoted stays.")
    source.delete()


# --- Finding before creating: one speaker, source and outlet per identity ------------------------


def resolve_speaker(name: str, *, actor=None, create: bool = False, aliases=(), **defaults) -> Speaker | None:
    """The speaker known by `name` (any alias, any case or accents); created by `actor` if asked.

    A Wikidata id in `defaults` identifies the speaker before any spelling of the name does.
    """
    if not normalize_name(name):
        return None
    speaker = None
    if defaults.get("wikidata_id"):
        speaker = Speaker.objects.filter(wikidata_id=defaults["wikidata_id"]).first()
    speaker = speaker or Speaker.objects.matching(name).first()
    if speaker is None and create:
        speaker = do_create_speaker(name, actor=actor, aliases=aliases, **defaults)
    return speaker


def resolve_outlet(name: str = "", *, domain: str = "", actor=None, create: bool = False, **defaults) -> Outlet | None:
    """The outlet with this site domain (www. ignored) or, failing that, this name in any case."""
    domain = domain_of(domain)
    outlet = Outlet.objects.filter(domain=domain).first() if domain else None
    name = " ".join((name or "").split())
    if outlet is None and name:
        outlet = Outlet.objects.filter(name__iexact=name).first()
    if outlet is None and create and (name or domain):
        outlet = do_create_outlet(name, domain=domain, actor=actor, **defaults)
    return outlet


def capture_source(*, actor, url: str = "", title: str = "", full_text: str = "", **fields) -> tuple[Source, bool]:
    """The source with this URL or text, or a new one created by `actor`; returns (source, created)."""
    source = Source.objects.find(url=url, full_text=full_text)
    if source is not None:
        return source, False
    return do_create_source(actor=actor, url=url, title=title, full_text=full_text, **fields), True
