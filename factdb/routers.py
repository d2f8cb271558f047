"""Where partner reads go: the partner API's own read-only, time-limited connections.

Every read of a projection table (factdb.projection.PublicDocument) goes to "partner" (the
primary, read-only, statements cut off after FACTDB_API_STATEMENT_TIMEOUT_MS), or, when
DATABASE_REPLICA_URLS names read replicas, to one of them at random. Incremental syncs
(`updated_since`, tombstones) read the primary: their sync tokens are only safe where
transactions commit (factdb.api.sync). Writes, the editors' admin and everything else use
"default".
"""

import random
from typing import Any

from django.conf import settings
from django.db.models import Model

from factdb.projection import PublicDocument


def partner_database(sync: bool = False) -> str:
    """The alias a partner read uses: a replica for browsing if there are some, the primary for syncs."""
    if settings.FACTDB_REPLICAS and not sync:
        return random.choice(settings.FACTDB_REPLICAS)
    return settings.FACTDB_PARTNER_PRIMARY


class PartnerReadRouter:
    def db_for_read(self, model: type[Model], **hints: Any) -> str | None:
        if issubclass(model, PublicDocument):
            return partner_database()
        return None

    def db_for_write(self, model: type[Model], **hints: Any) -> str:
        return "default"

    def allow_relation(self, obj1: Model, obj2: Model, **hints: Any) -> bool:
        return True

    def allow_migrate(self, db: str, app_label: str, model_name: str | None = None, **hints: Any) -> bool:
        return db == "default"
