"""Where partner reads go: the public projection is read from replicas when there are some.

DATABASE_REPLICA_URLS (settings) adds one database alias per replica; every read of a
projection table (factdb.projection.PublicDocument) goes to one of them, spread at random.
Writes, the editors' admin and everything else use the primary ("default"). Incremental
syncs (`updated_since`, tombstones) also read the primary: their sync tokens are only safe
where transactions commit (factdb.api.sync).
"""

import random

from django.conf import settings

from factdb.projection import PublicDocument


class PartnerReadRouter:
    def db_for_read(self, model, **hints):
        if settings.FACTDB_REPLICAS and issubclass(model, PublicDocument):
            return random.choice(settings.FACTDB_REPLICAS)
        return None

    def db_for_write(self, model, **hints):
        return "default"

    def allow_relation(self, obj1, obj2, **hints):
        return True

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return db == "default"
