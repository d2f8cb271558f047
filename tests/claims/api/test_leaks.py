"""Nothing unpublished leaks: every partner endpoint and public page, probed with every private marker and id.

On top of the `world` fixture, `secrets` builds private objects of every kind, each carrying
its own marker word: internal claims (text, notes, wording before a rewording, workflow notes),
drafts and verdicts in review (headline, explanation, notes, evidence), internal notes of
published and retracted verdicts, superseded revisions, speakers, sources, outlets and topics
named only by internal claims, a pending appearance of a public claim (and its speaker, source
and outlet), a correction of a claim made internal again, another newsroom's imported verdict,
people (usernames, names, emails) and another partner's key.

The endpoints are not listed here: list operations and their query parameters come from the
OpenAPI document, routes with ids from the URL conf, so a new endpoint is probed by this test
the day it is added (a route whose id it cannot tie to a kind fails the test until it is named
in ROUTE_KINDS). Every answer is searched for every marker; every id in every document is
checked against the ids partners may not see; every private id answers 404 on its kind's routes;
tombstones never name what was never public; `manage.py export_public` in every format likewise.
"""

import functools
import io
import json
from dataclasses import dataclass, field
from urllib.parse import urlencode

import pytest
from django.apps import apps
from django.core.management import call_command
from django.urls import URLPattern, URLResolver, get_resolver, resolve, reverse
from rest_framework.test import APIClient

from claims import actions
from claims.actions.pages import do_create_page
from claims.actions.tips import do_receive_tip
from claims.actions.verdicts import EvidenceChanges
from claims.bulk.exporter import EXPORT_FORMATS, SECTIONS
from claims.bulk.importer import import_data
from claims.claimreview import fact_check_url
from claims.models import Appearance, Claim, ClaimStatus, Correction, ExternalReview, FactCheckStatus
from claims.projection import SOURCES, TABLES
from factdb import accounts
from factdb.api.sync import KINDS
from sources.actions import do_change_outlet
from tests.openapi import spec
from tests.partner_api import MARKER

OLD, FUTURE = "2000-01-01T00:00:00Z", "2100-01-01T00:00:00Z"
# Kinds of the documents' nested objects, by the key they sit under (rating scales are all public).
NESTED = {
    "claim": "claim",
    "fact_check": "fact_check",
    "fact_checks": "fact_check",
    "current_fact_check": "fact_check",
    "speaker": "speaker",
    "source": "source",
    "outlet": "outlet",
    "topics": "topic",
    "appearances": "appearance",
    "evidence": "evidence",
    "corrections": "correction",
    "results": None,  # the endpoint's own kind (set by the caller)
}
# Routes whose view has no projection table to tell its kind: the kind of the id in their path.
ROUTE_KINDS = {"fact-check-page": "fact_check", "google-pages-get": "fact_check"}
# Query parameters that page rather than select (walked by following the links the API returns), or that
# authenticate (the key).
PAGING = {"cursor", "pageToken", "page_size", "pageSize", "key"}
# Parameters that search text: each gets every marker. Other text filters get the private slugs, domains,
# codes and addresses; a filter named for a kind (speaker=, claim=) its private ids; any other number every one.
SEARCH = {"q", "query", "text"}
# Values a required parameter gets while another one is probed.
DEFAULTS = {"since": OLD, "text": "unemployment", "query": "unemployment"}


@dataclass
class Secrets:
    markers: dict[str, str] = field(default_factory=dict)  # what -> marker word
    values: list[str] = field(default_factory=list)  # private slugs, domains, codes (filters)
    never_public: dict[str, set[int]] = field(default_factory=dict)  # kind -> ids partners never saw
    private: dict[str, set[int]] = field(default_factory=dict)  # kind -> ids not public now
    public: dict[str, set[int]] = field(default_factory=dict)  # kind -> ids public now
    partner_pages: list[str] = field(default_factory=list)  # another organisation's pages (pages API)


def marker(secrets: Secrets, what: str) -> str:
    """A marker word for `what` (lower-case letters: one token for full-text search, any case for filters)."""
    word = "zqx" + "".join(ch for ch in what.lower() if ch.isalnum())
    secrets.markers[what] = word
    return word


@pytest.fixture
def secrets(world, build, users):
    """Private objects of every kind on top of `world`, each with its own marker."""
    w, s = world, Secrets()
    editor, factchecker, reporter, admin = users["editor"], users["factchecker"], users["reporter"], users["admin"]
    s.markers["world"] = MARKER

    # Speaker, source, outlet and topic named only by an internal claim (in a language nobody else uses).
    outlet = build.outlet(marker(s, "outlet name"), domain=f"{marker(s, 'outlet domain')}.example", country="AQ")
    outlet = do_change_outlet(outlet, {"description": marker(s, "outlet description")}, actor=reporter)
    source = build.source(
        title=marker(s, "source title"),
        url=f"https://{marker(s, 'source url')}.example/a",
        full_text=f"Text {marker(s, 'source full text')}",
        outlet=outlet,
    )
    speaker = build.speaker(
        marker(s, "speaker name"),
        role=marker(s, "speaker role"),
        affiliation=marker(s, "speaker affiliation"),
        description=marker(s, "speaker description"),
        wikidata_id="Q987654321",
        country="AQ",
        aliases=[marker(s, "speaker alias")],
    )
    internal = build.claim(
        f"Internal {marker(s, 'claim text')} says 7 percent",
        speaker=speaker,
        source=source,
        quote=f"Quoted {marker(s, 'internal quote')}",
        language="xq",
        internal_notes=marker(s, "claim notes"),
    )
    topic = actions.do_create_topic(
        marker(s, "topic name"), slug=marker(s, "topic slug"), description=marker(s, "topic description"), actor=editor
    )
    actions.do_set_topics(internal, [topic], actor=reporter)
    actions.do_change_appearance(
        internal.appearances.get(), {"location": marker(s, "internal location")}, actor=reporter
    )
    s.values += [topic.slug, outlet.domain, "Q987654321", "AQ", "xq", f"https://{outlet.domain}/"]

    # A public claim whose verdict is a draft: the claim shows, nothing of the draft does.
    drafted = build.claim("Ferries carried 12 million people", is_public=True)
    draft = build.fact_check(
        drafted,
        headline=f"Draft {marker(s, 'draft headline')}",
        explanation=marker(s, "draft explanation"),
        internal_notes=marker(s, "draft notes"),
        evidence=0,
    )
    actions.do_add_evidence(
        draft,
        actor=factchecker,
        url=f"https://{marker(s, 'evidence url')}.example/",
        title=marker(s, "evidence title"),
        note=marker(s, "evidence note"),
    )
    # The world's verdict in review: more text and evidence nobody outside has read.
    actions.do_revise_fact_check(
        w.draft,
        actor=factchecker,
        changes={"explanation": marker(s, "review explanation"), "internal_notes": marker(s, "review notes")},
        evidence=EvidenceChanges(add=[{"url": f"https://{marker(s, 'review evidence')}.example/", "title": "Review"}]),
    )

    # Published after an internal rewording and a superseded draft headline; published by a marker-named editor.
    person = accounts.do_create_user(
        marker(s, "username"),
        roles=["Editor"],
        email=f"{marker(s, 'email')}@newsroom.example",
        first_name=marker(s, "first name"),
        last_name=marker(s, "last name"),
        actor=admin,
    )
    for user in (editor, factchecker, reporter, users["editor2"]):
        accounts.do_change_user(
            user, {"email": f"{marker(s, 'email of ' + user.username)}@newsroom.example"}, actor=admin
        )
    published = build.claim(
        f"Ports handled {marker(s, 'old wording')} containers", quote="We handled 9 million containers"
    )
    published = actions.do_change_claim(published, {"text": "Ports handled 9 million containers"}, actor=reporter)
    actions.do_step(published, "select", actor=editor, note=marker(s, "workflow note"))
    verdict = build.fact_check(published, headline=f"Container count {marker(s, 'superseded headline')}")
    verdict = actions.do_revise_fact_check(verdict, actor=factchecker, changes={"headline": "Container count checked"})
    actions.do_step(published, "submit_for_review", actor=factchecker, note=marker(s, "submit note"))
    actions.do_step(published, "publish", actor=person)
    actions.do_revise_fact_check(verdict, actor=factchecker, changes={"internal_notes": marker(s, "published notes")})
    actions.do_revise_fact_check(
        w.retracted, actor=factchecker, changes={"internal_notes": marker(s, "retracted notes")}
    )
    actions.do_change_claim(w.claim2, {"internal_notes": marker(s, "public claim notes")}, actor=reporter)

    # A reporter's appearance of a public claim, pending an editor: neither it nor its speaker, source, outlet show.
    pending_outlet = build.outlet(marker(s, "pending outlet"), domain=f"{marker(s, 'pending domain')}.example")
    pending = actions.do_capture_appearance(
        actor=reporter,
        claim=w.claim2,
        source=build.source(title=marker(s, "pending source"), outlet=pending_outlet),
        speaker=build.speaker(marker(s, "pending speaker")),
        quote=f"Imports {marker(s, 'pending quote')} doubled",
        location=marker(s, "pending location"),
    ).appearance
    assert not pending.is_public
    s.values.append(pending_outlet.domain)

    # Public once (its verdict in review), corrected, then made internal again: claim and correction disappear.
    recalled = build.in_review_claim("Tolls rose by 30 percent")
    actions.do_set_claim_visibility(recalled, True, actor=editor)
    actions.do_change_claim(
        recalled, {"text": "Tolls rose by 31 percent"}, actor=editor, correction_note=marker(s, "correction note")
    )
    actions.do_set_claim_visibility(recalled, False, actor=editor)

    # Another newsroom's verdict on a public claim: kept for the desk, never republished.
    review = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": f"https://{marker(s, 'external url')}.example/review",
        "datePublished": "2024-03-06",
        "claimReviewed": w.claim2.text,
        "headline": marker(s, "external headline"),
        "author": {"@type": "Organization", "name": marker(s, "external publisher")},
        "reviewRating": {"@type": "Rating", "alternateName": marker(s, "external rating")},
    }
    report = import_data(json.dumps([review]).encode(), fmt="claimreview", user=reporter)
    assert report.ok, report.errors
    assert ExternalReview.objects.filter(claim=w.claim2).exists()
    other_key, _ = accounts.do_create_api_key(
        marker(s, "partner name"), organization=marker(s, "partner organization"), actor=admin, scopes=["pages"]
    )
    # Another partner's own ClaimReview page (the pages write API): only its organisation's keys see it.
    page = do_create_page(
        {
            "pageUrl": f"https://{marker(s, 'partner page url')}.example/",
            "claimReviewMarkups": [
                {"claimReviewed": marker(s, "partner page claim"), "rating": {"textualRating": "False"}}
            ],
        },
        actor=accounts.system_actor(),
        key=other_key,
    )
    s.partner_pages = [page.name]
    s.values += [other_key.organization]
    # Tips: their text, links and contacts are the desk's.
    do_receive_tip(
        f"Is it true {marker(s, 'tip text')}?",
        link=f"https://{marker(s, 'tip link')}.example/",
        contact=marker(s, "tip contact"),
        channel="form",
        actor=accounts.system_actor(),
    )

    s.values += [fact_check_url(pk) for pk in (draft.pk, w.draft.pk, w.unpublished_fc.pk)]  # their page addresses
    s.values += [marker(s, "filter value")]

    # What partners may see now, by the visibility rules; everything else is private.
    everything = dict(SOURCES) | {"appearance": Appearance, "evidence": apps.get_model("claims", "Evidence")}
    for kind, model in everything.items():
        s.public[kind] = set(model.objects.public().values_list("pk", flat=True))
        s.private[kind] = set(model.objects.values_list("pk", flat=True)) - s.public[kind]
    s.never_public = {
        "claim": {internal.pk, w.internal_claim.pk},
        "fact_check": {draft.pk, w.draft.pk, w.unpublished_fc.pk, *recalled.fact_checks.values_list("pk", flat=True)},
        "speaker": {speaker.pk, pending.speaker_id},
        "source": {source.pk, pending.source_id},
        "outlet": {outlet.pk, pending_outlet.pk},
        "topic": {topic.pk},
        "appearance": {pending.pk, *internal.appearances.values_list("pk", flat=True)},
    }
    for kind, ids in s.never_public.items():
        assert ids <= s.private[kind], (kind, ids - s.private[kind])
    assert recalled.pk in s.private["claim"]
    assert Correction.objects.filter(claim=recalled).get().pk in s.private["correction"]
    # The retracted verdict and its claim are public by design (marked retracted), never private.
    assert w.retracted.pk in s.public["fact_check"]
    assert w.retracted.status == FactCheckStatus.RETRACTED
    assert Claim.objects.get(pk=published.pk).status == ClaimStatus.PUBLISHED
    return s


class Prober:
    """Sends requests, and checks every answer: no marker, no private id in any document, never a 5xx."""

    def __init__(self, client, secrets: Secrets):
        self.client, self.secrets, self.requests = client, secrets, 0
        self.markers = {word.lower(): what for what, word in secrets.markers.items()}

    def get(self, path: str, params: dict | None = None, kind: str | None = None, echo: str | None = None):
        """GET and check; `echo` is the probe value, which an answer may repeat (a 400 naming it, the check's
        "text", page links): only those exact repetitions are left out of the search for markers."""
        url = f"{path}?{urlencode(params, doseq=True)}" if params else path
        response = self.client.get(url)
        self.requests += 1
        assert response.status_code < 500, (url, response.status_code, response.content[:300])
        self.scan(url, json.dumps(dict(response.headers)))
        is_json = response.get("Content-Type", "").split(";")[0] in ("application/json", "application/ld+json")
        if not is_json:
            self.scan(url, response.content.decode())
        elif response.status_code >= 400:  # an error carries no data, only what was asked
            self.scan(url, response.content.decode().replace(echo or "\0", ""))
        else:
            body = response.json()
            self.scan(url, json.dumps(without_echo(body, echo), ensure_ascii=False))
            self.walk(url, body, kind)
        return response

    def scan(self, where: str, text: str) -> None:
        text = text.lower()
        found = [what for word, what in self.markers.items() if word in text]
        assert not found, f"{where} shows private text: {found}"

    def walk(self, where: str, node, kind: str | None) -> None:
        """Every object in a document (by the key it sits under) must be public now; tombstones never name
        what partners never saw."""
        if isinstance(node, list):
            for item in node:
                self.walk(where, item, kind)
            return
        if not isinstance(node, dict):
            return
        if {"kind", "id", "when"} <= set(node) and node["kind"] in KINDS:  # a tombstone
            assert node["id"] not in self.secrets.never_public.get(node["kind"], set()), (where, node)
            return
        if kind and isinstance(node.get("id"), int):
            assert node["id"] not in self.secrets.private.get(kind, set()), (where, kind, node["id"])
        for key, value in node.items():
            child = NESTED.get(key, False)
            if child is False:
                continue
            child = child or kind
            if isinstance(value, int) and child:  # a reference by id (corrections name their claim)
                assert value not in self.secrets.private.get(child, set()), (where, key, value)
            else:
                self.walk(where, value, child)

    def follow(self, response, kind, limit: int = 50) -> None:
        """Walk the pages a list hands out (cursors, Google's page tokens)."""
        for _ in range(limit):
            body = response.json() if response.status_code == 200 else {}
            if not isinstance(body, dict):
                return
            if body.get("next"):
                response = self.get(body["next"].split("testserver", 1)[-1], kind=kind)
            else:
                return


def without_echo(node, echo):
    """The answer without page links and without strings that are exactly the value asked for."""
    if isinstance(node, dict):
        return {k: without_echo(v, echo) for k, v in node.items() if k not in ("next", "previous", "nextPageToken")}
    if isinstance(node, list):
        return [without_echo(item, echo) for item in node]
    return None if node == echo else node


def routes():
    """(url name, parameter names) of every named route outside the admin, from the URL conf."""
    found = []

    def visit(patterns, namespace):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                if pattern.namespace != "admin":
                    visit(pattern.url_patterns, pattern.namespace or namespace)
            elif isinstance(pattern, URLPattern) and pattern.name and not namespace:
                found.append((pattern.name, sorted(pattern.pattern.regex.groupindex)))

    visit(get_resolver().url_patterns, None)
    return sorted(set((name, tuple(params)) for name, params in found))


def path_with_id(name: str, params: tuple[str, ...], pk: int) -> str:
    return reverse(name, kwargs=dict.fromkeys(params, pk))


def kind_of(path: str) -> str | None:
    """The kind of object a route's id names: its view's projection table, else ROUTE_KINDS."""
    match = resolve(path)
    view = getattr(match.func, "cls", None) or getattr(match.func, "view_class", None)
    table = getattr(view, "document_model", None)
    if table is not None:
        return next(kind for kind, model in TABLES.items() if model is table)
    return ROUTE_KINDS.get(match.url_name)


def serves_documents(path: str) -> bool:
    """A detail route serving the object's own partner document (so every public id answers 200)."""
    match = resolve(path)
    view = getattr(match.func, "cls", None)
    return getattr(view, "body_field", None) == "body" and match.func.actions.get("get") == "retrieve"


def operations():
    """(path, parameters) of every GET operation of the OpenAPI document without a path parameter."""
    for path, item in spec()["paths"].items():
        if "{" not in path and "get" in item:
            yield path, [p for p in item["get"].get("parameters", []) if p["in"] == "query"]


def probe_values(param: dict, secrets: Secrets) -> list[str]:
    """What a probe puts in a parameter: private ids, markers, private slugs and codes, every enum value."""
    schema = param["schema"]
    if schema.get("enum"):
        return [str(value) for value in schema["enum"]]
    kind = schema.get("type")
    if kind in ("integer", "number"):
        ids = secrets.private.get(param["name"]) or {pk for ids in secrets.private.values() for pk in ids}
        return [str(pk) for pk in sorted(ids)]
    if kind == "boolean":
        return ["true", "false"]
    if schema.get("format") == "date-time":
        return [OLD, FUTURE]
    if schema.get("format") == "date":
        return ["2000-01-01", "2100-01-01"]
    return list(secrets.markers.values()) if param["name"] in SEARCH else secrets.values


@pytest.fixture
def subscribed(users):
    """A webhook subscription to every event, made before the world is built: every change it makes is an event."""
    from webhooks.actions import do_create_subscription

    return do_create_subscription("Leak probe", "http://127.0.0.1:9/", actor=users["admin"])


@pytest.mark.django_db
def test_nothing_unpublished_reaches_a_partner(subscribed, world, secrets, api_key, users, tmp_path, capsys):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Api-Key {api_key}")
    probe = Prober(client, secrets)
    detail_routes = probe_routes(probe, secrets)
    list_operations = probe_operations(probe, secrets)

    # 3. The lists partners sync from hold exactly the public objects (the probes above reached real data).
    for kind, table in TABLES.items():
        assert set(table.objects.current().values_list("pk", flat=True)) == secrets.public[kind], kind

    exported = probe_exports(probe, tmp_path)

    # Tombstones were probed too: they name what partners saw and lost (the claim made internal again).
    stones = probe.get("/api/v1/tombstones/", {"since": OLD}).json()["results"]
    assert {"kind": "claim", "id": world.unpublished_claim.pk} in [{"kind": t["kind"], "id": t["id"]} for t in stones]

    # 5. Public by design: the retracted verdict reads as retracted (its notes were probed above).
    retracted = probe.get(f"/api/v1/fact-checks/{world.retracted.pk}/", kind="fact_check")
    assert (retracted.status_code, retracted.json()["status"]) == (200, "retracted")
    assert probe.get(f"/fact-checks/{world.retracted.pk}/").status_code == 200

    probe_exchange(probe, secrets, subscribed, users, world)

    markers, ids = len(secrets.markers), sum(len(ids) for ids in secrets.private.values())
    with capsys.disabled():
        print(
            f"\nleak probe: {probe.requests} requests over {detail_routes} id routes and {list_operations} list "
            f"operations, {markers} markers, {ids} private ids, {exported} export files: 0 hits"
        )


def probe_routes(probe, secrets):
    """1. Every route of the URL conf: with each id, public and private, where it takes one."""
    every_private_id = sorted({pk for ids in secrets.private.values() for pk in ids})
    detail_routes = 0
    for name, params in routes():
        if name == "google-page":  # partners' own pages: probed in 6
            continue
        if not params:
            probe.get(reverse(name))
            continue
        assert set(params) <= {"pk", "page_id"}, f"route {name} takes {params}: teach this test its values"
        path_of = functools.partial(path_with_id, name, params)
        kind = kind_of(path_of(1))
        assert kind is not None, f"route {name}: name the kind of its id in ROUTE_KINDS"
        detail_routes += 1
        for pk in sorted(secrets.public[kind]):
            response = probe.get(path_of(pk), kind=kind)
            if serves_documents(path_of(pk)) or name == "fact-check-page":
                assert response.status_code == 200, (name, pk)
        for pk in every_private_id:
            response = probe.get(path_of(pk), kind=kind)
            if pk in secrets.private[kind]:
                assert response.status_code == 404, (name, pk)
    assert detail_routes >= 10
    return detail_routes


def probe_operations(probe, secrets):
    """2. Every list operation of the OpenAPI document: each parameter with every probe value."""
    list_operations = 0
    for path, params in operations():
        list_operations += 1
        kind = kind_of(path)
        names = {p["name"] for p in params}
        base = {"page_size": 200} if "page_size" in names else ({"pageSize": 200} if "pageSize" in names else {})
        bare = probe.get(path, base, kind=kind)
        if bare.status_code == 400:  # a required parameter (documented or not) gets a harmless value
            base |= {name: value for name, value in DEFAULTS.items() if name in names}
            bare = probe.get(path, base, kind=kind)
        assert bare.status_code == 200, (path, bare.content[:300])
        results = bare.json().get("results")
        if kind and isinstance(results, list) and results and "id" in results[0]:
            assert {item["id"] for item in results} <= secrets.public[kind], path
        if "page_size" in names:  # the whole list one by one, through its cursors
            probe.follow(probe.get(path, {**base, "page_size": 1}, kind=kind), kind)
        for param in params:
            if param["name"] in PAGING:
                continue
            for value in probe_values(param, secrets):
                probe.follow(probe.get(path, {**base, param["name"]: value}, kind=kind, echo=value), kind)
                if param["name"] == "ordering":
                    probe.get(path, {**base, "ordering": value, "updated_since": OLD}, kind=kind)
    assert list_operations >= 12
    return list_operations


def probe_exports(probe, tmp_path):
    """4. Every export format: no marker, and no private object in any section."""
    exported = 0
    for fmt in EXPORT_FORMATS:
        target = tmp_path / fmt
        call_command("export_public", "--format", fmt, "--output", str(target), stderr=io.StringIO())
        files = sorted(target.iterdir()) if target.is_dir() else [target]
        for file in files:
            exported += 1
            text = file.read_text()
            probe.scan(f"export {fmt} {file.name}", text)
            if fmt == "json":
                data = json.loads(text)
                for section in SECTIONS:
                    probe.walk(f"export {section}", data[section], section.removesuffix("s"))
            elif fmt == "jsonl":
                for line in text.splitlines()[1:]:
                    record = json.loads(line)
                    probe.walk("export jsonl", record["data"], record["type"])
    return exported


def probe_exchange(probe, secrets, subscribed, users, world):
    """6–8: partners' own pages, webhook payloads and tip answers."""
    # 6. Another organisation's ClaimReview pages: not found, not listed, for this key (which names none).
    for name in secrets.partner_pages:
        assert probe.get(f"/v1alpha1/{name}").status_code == 404
        probe.get("/v1alpha1/pages", {"organization": secrets.markers["partner organization"]})

    # 7. Webhook payloads, as the worker sends them now: public documents only.
    from webhooks.models import Event
    from webhooks.outbox import sendable

    events = list(Event.objects.filter(deliveries__subscription=subscribed))
    assert {e.type for e in events} >= {"fact_check.published", "fact_check.corrected", "claim.made_internal"}
    for event in events:
        body = sendable(event)
        probe.scan(f"webhook {event.type}", body)
        payload = json.loads(body)
        probe.walk(f"webhook {event.type}", payload["data"]["document"], payload["data"]["kind"])
        if payload["type"] == "claim.made_internal":
            assert payload["data"]["document"] is None

    # 8. Tip answers: every marker and every private claim's text sent as a tip is answered with public data only.
    tipster = APIClient()
    key = accounts.do_create_api_key("Tipster", actor=users["admin"], scopes=["tips"])[1]
    tipster.credentials(HTTP_AUTHORIZATION=f"Api-Key {key}")
    texts = list(secrets.markers.values()) + list(
        Claim.objects.filter(pk__in=secrets.private["claim"]).values_list("text", flat=True)
    )
    for text in [*texts, world.claim.text]:
        response = tipster.post("/api/v1/tips/", {"text": text}, format="json")
        probe.requests += 1
        assert response.status_code == 201, response.content[:300]
        probe.scan(f"tip {text[:40]}", json.dumps(without_echo(response.json(), text)))
        probe.walk(f"tip {text[:40]}", response.json(), None)
    assert response.json()["answered"] is True  # the public claim's text: answered (the probe reached data)
