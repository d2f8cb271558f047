"""manage.py embed_claims stores embeddings through the real storage code (a tiny fake encoder here)."""

from io import StringIO

from django.core.management import call_command

from claims import actions, matching
from claims.models import ClaimEmbedding


class TinyEncoder:
    name = "test/tiny"
    dimensions = 3

    def encode(self, texts):
        return [[float(len(t)), float(t.count(" ")), 1.0] for t in texts]


def test_backfills_missing_and_stale_embeddings(build):
    claims = [build.claim(f"Claim {n} about wages") for n in range(3)]
    with matching.use_encoder(TinyEncoder()):
        out = StringIO()
        call_command("embed_claims", stdout=out)
        assert "Embedded 3 claim(s)." in out.getvalue()
        assert ClaimEmbedding.objects.filter(model="test/tiny").count() == 3

        claims[0] = actions.do_change_claim(
            claims[0], {"text": "Claim 0 about wages, reworded at length"}, actor=build.reporter
        )
        out = StringIO()
        call_command("embed_claims", stdout=out)
        assert "Embedded 1 claim(s)." in out.getvalue()  # only the stale one
        stored = ClaimEmbedding.objects.get(claim=claims[0], model="test/tiny")
        assert stored.vector[0] == float(len(claims[0].text))


def test_says_so_when_semantic_matching_is_off(build):
    with matching.use_encoder(None):
        out = StringIO()
        call_command("embed_claims", stdout=out)
    assert "Semantic matching is off" in out.getvalue()
