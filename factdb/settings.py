"""factdb settings, all from the environment (12-factor).

Development defaults are safe; set DJANGO_DEBUG=0 plus DJANGO_SECRET_KEY,
DJANGO_ALLOWED_HOSTS and DATABASE_URL in production. docs/configuration.md lists
every variable (a test keeps it complete).
"""

import os
import warnings
from datetime import timedelta
from pathlib import Path
from typing import Any

import dj_database_url
import pghistory
from csp.constants import NONCE, NONE, SELF, UNSAFE_INLINE
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


TRUE_VALUES = ("1", "true", "yes", "on")
FALSE_VALUES = ("0", "false", "no", "off")


# Strict on purpose: a typo (DJANGO_DEBUG=ture) must stop the start-up, not quietly mean "off".
def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name, "").strip().lower()
    if not value:
        return default
    if value in TRUE_VALUES or value in FALSE_VALUES:
        return value in TRUE_VALUES
    raise ImproperlyConfigured(
        f"{name}={os.environ[name]!r} is not a boolean; use one of {', '.join(TRUE_VALUES + FALSE_VALUES)}."
    )


def env_int(name: str, default: int, minimum: int = 0) -> int:
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    try:
        number = int(value)
    except ValueError:
        number = None
    if number is None or number < minimum:
        raise ImproperlyConfigured(f"{name}={value!r} is not a whole number of at least {minimum}.")
    return number


def env_choice(name: str, default: str, choices: tuple[str, ...]) -> str:
    value = os.environ.get(name, "").strip().upper() or default
    if value not in choices:
        raise ImproperlyConfigured(f"{name}={os.environ[name]!r} is not one of {', '.join(choices)}.")
    return value


def env_float(name: str, default: float, low: float = 0.0, high: float = 1.0) -> float:
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    try:
        number = float(value)
    except ValueError:
        number = None
    if number is None or not low <= number <= high:
        raise ImproperlyConfigured(f"{name}={value!r} is not a number from {low} to {high}.")
    return number


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DJANGO_DEBUG", True)
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is off.")
    SECRET_KEY = "django-insecure-development-only-key-never-use-in-production"

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1],testserver" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # Before django.contrib.admin: its template adds the "Events" (audit trail) button to change pages.
    "pghistory.admin",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "axes",
    "csp",
    "corsheaders",
    "rest_framework",
    "rest_framework_api_key",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "rangefilter",
    "pgtrigger",
    "pghistory",
    "procrastinate.contrib.django",
    "factdb",
    "webhooks",
    "sources",
    "claims",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "csp.middleware.CSPMiddleware",  # after whitenoise: static files need no policy
    "corsheaders.middleware.CorsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "factdb.middleware.RejectUnreadableInput",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Tags every audit event written during a request with the user and URL.
    "pghistory.middleware.HistoryMiddleware",
    # Last, as django-axes requires: turns a locked-out login into the lockout response.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "factdb.urls"
WSGI_APPLICATION = "factdb.wsgi.application"
ASGI_APPLICATION = "factdb.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "factdb" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "factdb.notifications.context",  # the unread badge in the admin's header
            ],
        },
    },
]

# Database: DATABASE_URL (PostgreSQL 15+), else the embedded PostgreSQL (factdb/embedded_db.py).
FACTDB_EMBEDDED_DATABASE = not os.environ.get("DATABASE_URL")
if FACTDB_EMBEDDED_DATABASE:
    from factdb.embedded_db import DEFAULT_DATA_DIR, database_url

    FACTDB_EMBEDDED_PGDATA = Path(os.environ.get("FACTDB_EMBEDDED_PGDATA") or DEFAULT_DATA_DIR)
    _database_url = database_url(FACTDB_EMBEDDED_PGDATA)
else:
    _database_url = os.environ["DATABASE_URL"]
_db = dj_database_url.parse(_database_url, conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 0))
if not _db["HOST"] and "host" in _db["OPTIONS"]:
    _db["HOST"] = _db["OPTIONS"].pop("host")  # unix socket directory of the embedded server
DATABASES: dict[str, Any] = {"default": _db}
# The partner API's own connections (factdb/routers.py): read-only, every statement cut off after
# FACTDB_API_STATEMENT_TIMEOUT_MS at the connection, so a request pays no round trip for it.
# "partner" is the primary; DATABASE_REPLICA_URLS (comma-separated) adds read replicas for browsing.
FACTDB_API_STATEMENT_TIMEOUT_MS = env_int("FACTDB_API_STATEMENT_TIMEOUT_MS", 1500, minimum=1)


def _partner_database(url: str) -> dict[str, Any]:
    config: dict[str, Any] = dict(dj_database_url.parse(url, conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 0)))
    config.setdefault("OPTIONS", {})
    if not config["HOST"] and "host" in config["OPTIONS"]:
        config["HOST"] = config["OPTIONS"].pop("host")
    limits = f"-c statement_timeout={FACTDB_API_STATEMENT_TIMEOUT_MS} -c default_transaction_read_only=on"
    options = f"{config['OPTIONS'].get('options', '')} {limits}".strip()
    return config | {"OPTIONS": {**config["OPTIONS"], "options": options}, "TEST": {"MIRROR": "default"}}


DATABASES["partner"] = _partner_database(_database_url)
FACTDB_PARTNER_PRIMARY = "partner"  # incremental syncs: their tokens are safe only on the primary
FACTDB_REPLICAS: list[str] = []
for _number, _url in enumerate(env_list("DATABASE_REPLICA_URLS")):
    DATABASES[f"replica_{_number}"] = _partner_database(_url)
    FACTDB_REPLICAS.append(f"replica_{_number}")
DATABASE_ROUTERS = ["factdb.routers.PartnerReadRouter"]
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Where backup_db/restore_db find pg_dump and pg_restore for a DATABASE_URL server (factdb/pgtools.py).
FACTDB_PG_BIN_DIR = os.environ.get("FACTDB_PG_BIN_DIR", "")

# Cache: Redis when REDIS_URL is set (shared by every worker, e.g. for API throttling).
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}}
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# django-axes first: it refuses locked-out logins before the password is even checked.
AUTHENTICATION_BACKENDS = [
    "factdb.security.LoginThrottleBackend",
    "django.contrib.auth.backends.ModelBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = os.environ.get("DJANGO_TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

# Whitenoise serves from STATIC_ROOT once collectstatic has run; in development it uses the finders.
warnings.filterwarnings("ignore", message="No directory at")
STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

# Production hardening; on by default whenever DEBUG is off.
# Trust X-Forwarded-Proto only behind a TLS-terminating proxy that sets it; anywhere else clients could forge it.
if env_bool("DJANGO_SECURE_PROXY_SSL_HEADER", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", not DEBUG)
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]  # load balancers probe over plain HTTP
SESSION_COOKIE_SECURE = env_bool("DJANGO_SESSION_COOKIE_SECURE", not DEBUG)
CSRF_COOKIE_SECURE = env_bool("DJANGO_CSRF_COOKIE_SECURE", not DEBUG)
SECURE_HSTS_SECONDS = env_int("DJANGO_SECURE_HSTS_SECONDS", 0 if DEBUG else 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = not DEBUG
SECURE_HSTS_PRELOAD = not DEBUG
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"

# Sessions are the admin's only use of cookies: a working day, not Django's two weeks.
SESSION_COOKIE_AGE = env_int("DJANGO_SESSION_COOKIE_AGE", 8 * 60 * 60, minimum=60)
SESSION_EXPIRE_AT_BROWSER_CLOSE = env_bool("DJANGO_SESSION_EXPIRE_AT_BROWSER_CLOSE", False)

# Content-Security-Policy (django-csp). Every script, style, image and font is served by factdb itself (the admin's,
# Swagger UI's from drf-spectacular-sidecar). Inline scripts need the request's nonce; inline styles are allowed,
# because the admin, Swagger UI and the public fact-check page use style attributes.
_csp = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:"],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "report-uri": os.environ.get("DJANGO_CSP_REPORT_URI") or None,
    }
}
# Report-only sends the policy without enforcing it: a way to try a change on a live site first.
if env_bool("DJANGO_CSP_REPORT_ONLY", False):
    CONTENT_SECURITY_POLICY_REPORT_ONLY = _csp
    CONTENT_SECURITY_POLICY = None
else:
    CONTENT_SECURITY_POLICY = _csp

# Admin login throttling (django-axes): lock a username out from one address after repeated failures.
AXES_FAILURE_LIMIT = env_int("FACTDB_LOGIN_FAILURE_LIMIT", 5, minimum=1)
FACTDB_LOGIN_LOCKOUT_MINUTES = env_int("FACTDB_LOGIN_LOCKOUT_MINUTES", 15, minimum=1)
AXES_COOLOFF_TIME = timedelta(minutes=FACTDB_LOGIN_LOCKOUT_MINUTES)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_DISABLE_ACCESS_LOG = True  # failed attempts are kept; a row per successful login is not needed
AXES_ENABLE_ADMIN = False  # the newsroom's admin stays the newsroom's; manage.py axes_* list and unlock
AXES_CLIENT_IP_CALLABLE = "factdb.security.client_ip"
AXES_COOLOFF_MESSAGE = (
    f"Too many failed logins for this username from your address. Try again in {FACTDB_LOGIN_LOCKOUT_MINUTES}"
    " minutes, or ask an administrator to unlock the account."
)

LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_choice("DJANGO_LOG_LEVEL", "WARNING", LOG_LEVELS)},
}

# Audit trail: event tables are append-only (protected by triggers). The context (who, which action,
# which URL) is copied into each event row rather than upserted in a shared row per statement: that
# upsert made imports of thousands of rows quadratic.
PGHISTORY_APPEND_ONLY = True
PGHISTORY_DEFAULT_TRACKERS = None
PGHISTORY_CONTEXT_FIELD = pghistory.ContextJSONField()
# Reads write nothing: no audit context for them (it would ride along every statement of a partner GET).
PGHISTORY_MIDDLEWARE_METHODS = ("POST", "PUT", "PATCH", "DELETE")

# Webhooks (webhooks/): each delivery's timeout, and its retries (exponential backoff from the first wait, capped).
FACTDB_WEBHOOK_TIMEOUT = env_float("FACTDB_WEBHOOK_TIMEOUT", 10.0, low=0.1, high=120.0)
FACTDB_WEBHOOK_MAX_ATTEMPTS = env_int("FACTDB_WEBHOOK_MAX_ATTEMPTS", 12, minimum=1)
FACTDB_WEBHOOK_RETRY_SECONDS = env_float("FACTDB_WEBHOOK_RETRY_SECONDS", 30.0, low=0.0, high=3600.0)
FACTDB_WEBHOOK_RETRY_CAP_SECONDS = env_float("FACTDB_WEBHOOK_RETRY_CAP_SECONDS", 6 * 3600.0, low=0.0, high=86400.0)
# `manage.py prune_webhooks` deletes finished deliveries (and their events) older than this.
FACTDB_WEBHOOK_RETENTION_DAYS = env_int("FACTDB_WEBHOOK_RETENTION_DAYS", 90, minimum=0)
# Subscriptions to hosts on private or reserved addresses (loopback, 10/8, 169.254/16, …): refused in production,
# allowed while developing (a test receiver on this machine).
FACTDB_WEBHOOK_PRIVATE_DESTINATIONS = env_bool("FACTDB_WEBHOOK_PRIVATE_DESTINATIONS", DEBUG)
# procrastinate's worker: the webhooks queue; its jobs are found in each app's tasks.py.
PROCRASTINATE_WORKER_DEFAULTS = {"queues": ["webhooks"]}

# Tips (claims/actions/tips.py): the match score that answers a tip at once, how alike tips must be to be grouped,
# and how many tips an address may send per hour through the public form.
FACTDB_TIP_ANSWER_SCORE = env_float("FACTDB_TIP_ANSWER_SCORE", 0.85)
FACTDB_TIP_GROUP_SIMILARITY = env_float("FACTDB_TIP_GROUP_SIMILARITY", 0.5)
FACTDB_TIPS_PER_HOUR = env_int("FACTDB_TIPS_PER_HOUR", 10, minimum=1)
# Repeat alerts (claims/actions/alerts.py): the match score that calls a new claim a repeat of a checked one, and
# how many new claims of one ingest or import are matched by wording (the others only by identical wording).
FACTDB_REPEAT_SCORE = env_float("FACTDB_REPEAT_SCORE", 0.85)
FACTDB_REPEAT_MATCH_LIMIT = env_int("FACTDB_REPEAT_MATCH_LIMIT", 500)

# The organisation that publishes the fact-checks (ClaimReview author, API).
FACTDB_ORGANIZATION_NAME = os.environ.get("FACTDB_ORGANIZATION_NAME", "factdb Newsroom")
# Unset in production: the first of DJANGO_ALLOWED_HOSTS over https, never a development address and port.
FACTDB_ORGANIZATION_URL = os.environ.get("FACTDB_ORGANIZATION_URL") or (
    "http://127.0.0.1:8000/" if DEBUG or not ALLOWED_HOSTS else f"https://{ALLOWED_HOSTS[0].lstrip('.')}/"
)

# Claim matching (claims/matching.py, docs/matching.md): scores in [0, 1] at or above which an existing claim is
# suggested, or called a near-certain duplicate; the sentence-embedding signal ("auto": on when installed, "off").
FACTDB_MATCH_SUGGEST = env_float("FACTDB_MATCH_SUGGEST", 0.40)
FACTDB_MATCH_DUPLICATE = env_float("FACTDB_MATCH_DUPLICATE", 0.85)
FACTDB_SEMANTIC_MATCHING = env_choice("FACTDB_SEMANTIC_MATCHING", "AUTO", ("AUTO", "OFF")).lower()
# The optional embedding model (requirements-semantic.txt) loads from its package's files, never the network.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

# Notifications by email (factdb/notifications.py): the console in development, SMTP when EMAIL_HOST is set.
EMAIL_HOST = os.environ.get("EMAIL_HOST", "")
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND") or (
    "django.core.mail.backends.smtp.EmailBackend" if EMAIL_HOST else "django.core.mail.backends.console.EmailBackend"
)
EMAIL_PORT = env_int("EMAIL_PORT", 587, minimum=1)
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 10, minimum=1)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "factdb@localhost")
# The admin's address, for links in emails (e.g. https://desk.example.org); empty: links are paths.
FACTDB_ADMIN_BASE_URL = os.environ.get("FACTDB_ADMIN_BASE_URL", "")

# The demo newsroom's password (make run, load_demo): development only.
FACTDB_DEMO_PASSWORD = os.environ.get("FACTDB_DEMO_PASSWORD", "factdb-demo")

# Partner API
CORS_ALLOWED_ORIGINS = env_list("FACTDB_CORS_ALLOWED_ORIGINS")
CORS_URLS_REGEX = r"^/(api|v1alpha1)/.*$"

# --- Partner API ---
# Read-only JSON API for partners (docs/api.md). Keys: djangorestframework-api-key,
# sent as "Authorization: Api-Key <key>" (or ?key= on the Google-compatible endpoints).
FACTDB_API_ANONYMOUS_READS = env_bool("FACTDB_API_ANONYMOUS_READS", False)
FACTDB_API_RATE = os.environ.get("FACTDB_API_RATE", "1000/hour")
FACTDB_API_ANONYMOUS_RATE = os.environ.get("FACTDB_API_ANONYMOUS_RATE", "60/hour")
FACTDB_API_PAGE_SIZE = env_int("FACTDB_API_PAGE_SIZE", 50, minimum=1)
FACTDB_API_MAX_PAGE_SIZE = env_int("FACTDB_API_MAX_PAGE_SIZE", 200, minimum=1)
# A partner key, once checked, is trusted by a worker for this long (a revocation takes this long to reach
# every worker; 0 checks the database on every request).
FACTDB_API_KEY_CACHE_SECONDS = env_int("FACTDB_API_KEY_CACHE_SECONDS", 5)
# Ranked search ranks at most this many of the newest matches (a common word costs what a rare one does).
FACTDB_API_SEARCH_CANDIDATES = env_int("FACTDB_API_SEARCH_CANDIDATES", 5000)
# Public URL of a fact-check on the newsroom's site; {id} is the fact-check id.
FACTDB_FACT_CHECK_URL = os.environ.get(
    "FACTDB_FACT_CHECK_URL", FACTDB_ORGANIZATION_URL.rstrip("/") + "/fact-checks/{id}/"
)
API_KEY_CUSTOM_HEADER = "HTTP_AUTHORIZATION"

REST_FRAMEWORK = {
    "DEFAULT_RENDERER_CLASSES": ["factdb.api.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["rest_framework.parsers.JSONParser"],
    "DEFAULT_AUTHENTICATION_CLASSES": ["factdb.api.auth.APIKeyAuthentication"],
    "DEFAULT_PERMISSION_CLASSES": ["factdb.api.auth.IsPartner"],
    "DEFAULT_THROTTLE_CLASSES": ["factdb.api.auth.PartnerRateThrottle"],
    "DEFAULT_THROTTLE_RATES": {"partner": FACTDB_API_RATE, "anonymous": FACTDB_API_ANONYMOUS_RATE},
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_PAGINATION_CLASS": "factdb.api.pagination.CursorPagination",
    "PAGE_SIZE": FACTDB_API_PAGE_SIZE,
    "EXCEPTION_HANDLER": "factdb.api.errors.exception_handler",
    "DEFAULT_SCHEMA_CLASS": "factdb.api.schema.PartnerAutoSchema",
    "UNAUTHENTICATED_USER": None,
    "DEFAULT_VERSIONING_CLASS": None,
    "NUM_PROXIES": env_int("FACTDB_API_NUM_PROXIES", 0),
}

SPECTACULAR_SETTINGS = {
    "TITLE": "factdb partner API",
    "DESCRIPTION": "Published claims, fact-checks, speakers, sources and ratings. See docs/api.md.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SERVE_PERMISSIONS": ["rest_framework.permissions.AllowAny"],
    "SERVE_AUTHENTICATION": [],
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "factdb.api.schema.blank_strings_any_of",
    ],
    "ENUM_NAME_OVERRIDES": {
        "SourceKindEnum": "sources.models.SourceKind",
        "SpeakerKindEnum": "sources.models.SpeakerKind",
        "AppearanceKindEnum": "claims.models.AppearanceKind",
        "ClaimStatusEnum": "claims.models.ClaimStatus",
        "FactCheckStatusEnum": "claims.models.FactCheckStatus",
        "CorrectionKindEnum": "claims.models.CorrectionKind",
        "TombstoneKindEnum": "factdb.api.sync.KINDS",
    },
}
