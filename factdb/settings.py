"""factdb settings, all from the environment (12-factor).

Development defaults are safe; set DJANGO_DEBUG=0 plus DJANGO_SECRET_KEY,
DJANGO_ALLOWED_HOSTS and DATABASE_URL in production.
"""

import os
import warnings
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name, "")
    return int(value) if value.strip() else default


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
    "corsheaders",
    "rest_framework",
    "rest_framework_api_key",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "rangefilter",
    "concurrency",
    "pgtrigger",
    "pghistory",
    "sources",
    "claims",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Tags every audit event written during a request with the user and URL.
    "pghistory.middleware.HistoryMiddleware",
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
DATABASES = {"default": _db}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: Redis when REDIS_URL is set (shared by every worker, e.g. for API throttling).
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

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
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", not DEBUG)
SESSION_COOKIE_SECURE = env_bool("DJANGO_SESSION_COOKIE_SECURE", not DEBUG)
CSRF_COOKIE_SECURE = env_bool("DJANGO_CSRF_COOKIE_SECURE", not DEBUG)
SECURE_HSTS_SECONDS = env_int("DJANGO_SECURE_HSTS_SECONDS", 0 if DEBUG else 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = not DEBUG
SECURE_HSTS_PRELOAD = not DEBUG
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "WARNING")},
}

# Audit trail: event tables are append-only (protected by triggers).
PGHISTORY_APPEND_ONLY = True
PGHISTORY_DEFAULT_TRACKERS = None

# The organisation that publishes the fact-checks (ClaimReview author, API).
FACTDB_ORGANIZATION_NAME = os.environ.get("FACTDB_ORGANIZATION_NAME", "factdb Newsroom")
FACTDB_ORGANIZATION_URL = os.environ.get("FACTDB_ORGANIZATION_URL", "http://127.0.0.1:8000/")

# Partner API
CORS_ALLOWED_ORIGINS = env_list("FACTDB_CORS_ALLOWED_ORIGINS")
CORS_URLS_REGEX = r"^/(api|v1alpha1)/.*$"

# --- Partner API ---
# Read-only JSON API for partners (docs/api.md). Keys: djangorestframework-api-key,
# sent as "Authorization: Api-Key <key>" (or ?key= on the Google-compatible endpoints).
FACTDB_API_ANONYMOUS_READS = env_bool("FACTDB_API_ANONYMOUS_READS", False)
FACTDB_API_RATE = os.environ.get("FACTDB_API_RATE", "1000/hour")
FACTDB_API_ANONYMOUS_RATE = os.environ.get("FACTDB_API_ANONYMOUS_RATE", "60/hour")
FACTDB_API_PAGE_SIZE = env_int("FACTDB_API_PAGE_SIZE", 50)
FACTDB_API_MAX_PAGE_SIZE = env_int("FACTDB_API_MAX_PAGE_SIZE", 200)
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
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
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
    "ENUM_NAME_OVERRIDES": {
        "SourceKindEnum": "sources.models.SourceKind",
        "SpeakerKindEnum": "sources.models.SpeakerKind",
        "AppearanceKindEnum": "claims.models.AppearanceKind",
        "TombstoneKindEnum": "factdb.api.sync.KINDS",
    },
}
