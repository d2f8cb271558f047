import pytest

from claims.demo import SEED_PATHS


@pytest.fixture
def seed_path():
    return next(path for path in SEED_PATHS if path.exists())


@pytest.fixture
def seed_text(seed_path):
    return seed_path.read_text(encoding="utf-8")
