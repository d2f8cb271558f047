import pytest
from django.conf import settings

SEED = [
    settings.BASE_DIR.parent / "shared" / "seed-articles" / "000_a210f0d96ceeeea4.txt",
    settings.BASE_DIR / "claims" / "demo_data" / "seed_article.txt",
]


@pytest.fixture(autouse=True)
def lexical_only():
    """Ingest tests never load the real embedding model, installed or not."""
    from claims import matching

    with matching.use_encoder(None):
        yield


@pytest.fixture
def seed_path():
    return next(path for path in SEED if path.exists())


@pytest.fixture
def seed_text(seed_path):
    return seed_path.read_text(encoding="utf-8")


@pytest.fixture
def demo(db):
    from claims.demo import load_demo

    load_demo()
