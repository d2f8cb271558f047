"""gunicorn's settings for factdb: `gunicorn -c factdb/gunicorn.py factdb.wsgi`.

Chosen by measurement (benchmarks/README.md, "Serving"): sync workers, two per core, because a
partner request is short and mostly waits on PostgreSQL; more workers than that only added context
switches on the 2-core benchmark machine. Override any of them on the command line or with
GUNICORN_CMD_ARGS (gunicorn's own), e.g. GUNICORN_CMD_ARGS="--bind 0.0.0.0:8000 --workers 8".
"""

import multiprocessing

bind = "127.0.0.1:8000"
workers = 2 * multiprocessing.cpu_count()
worker_class = "sync"
# Load the application once, before forking: workers share its memory (an API worker stays well under 150 MB).
preload_app = True
timeout = 30  # a partner request stops its SQL after FACTDB_API_STATEMENT_TIMEOUT_MS; 30 s is only a backstop
graceful_timeout = 30
keepalive = 5  # behind a load balancer that keeps connections open
# Recycle a worker now and then, so that a slow leak in a library never grows without bound.
max_requests = 10_000
max_requests_jitter = 1_000
accesslog = "-"
