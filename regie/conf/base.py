"""Settings for every Regie installation; all configuration comes from the environment.

Without any variables set, Regie runs on an SQLite database in `$REGIE_DATA_DIR`
(default `./.regie/`), which is what `make run` does. `regie.conf.production` hardens this.
"""

from __future__ import annotations

import datetime as dt
import secrets
from pathlib import Path

import dj_database_url

from regie.conf.env import env_bool, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent

# REGIE_DATA_DIR: folder for the SQLite database, uploads and the generated secret key.
DATA_DIR = Path(env_str("REGIE_DATA_DIR", ".regie")).resolve()


def _secret_key() -> str:
    """REGIE_SECRET_KEY, or a key generated once and kept in the data folder (local use)."""
    key = env_str("REGIE_SECRET_KEY")
    if key:
        return key
    key_file = DATA_DIR / "secret_key"
    if key_file.exists():
        return key_file.read_text(encoding="utf-8").strip()
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(50)
    key_file.write_text(key, encoding="utf-8")
    key_file.chmod(0o600)
    return key


SECRET_KEY = _secret_key()
# REGIE_DEBUG: Django's debug mode; never in production.
DEBUG = env_bool("REGIE_DEBUG", False)
# REGIE_ALLOWED_HOSTS: comma-separated host names Regie answers to.
ALLOWED_HOSTS = env_list("REGIE_ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
# REGIE_CSRF_TRUSTED_ORIGINS: comma-separated origins (https://regie.example.nl) behind a proxy.
CSRF_TRUSTED_ORIGINS = env_list("REGIE_CSRF_TRUSTED_ORIGINS", [])
# REGIE_BASE_URL: the public address, used in e-mail links; empty: the address of the request
# being handled (see regie/core/links.py).
BASE_URL = env_str("REGIE_BASE_URL", "")
# REGIE_INSTRUMENT_URL: a mirror of the official instrument files (`regie instrument fetch`,
# the Instrumenten beheer page); empty: the official repositories on GitHub.
INSTRUMENT_URL = env_str("REGIE_INSTRUMENT_URL", "")

INSTALLED_APPS = [
    "regie.core.admin_site.RegieAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "rest_framework",
    "rest_framework.authtoken",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "mozilla_django_oidc",
    "axes",
    "csp",
    "regie.core",
    "regie.audit",
    "regie.register",
    "regie.workflow",
    "regie.policy",
    "regie.instruments",
    "regie.publication",
    "regie.lifecycle",
    "regie.privacy",
    "regie.gateway",
    "regie.aiact",
    "regie.shadow",
    "regie.woo",
    "regie.archive",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "regie.core.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "regie.core.links.RequestOriginMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "regie.core.middleware.ErrorPageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    # Last, as django-axes requires: turns a lockout into the Dutch lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "regie.urls"
WSGI_APPLICATION = "regie.wsgi.application"
ASGI_APPLICATION = "regie.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "regie.core.context_processors.regie",
            ],
        },
    },
]

# DATABASE_URL: PostgreSQL (postgres://user:pass@host:5432/name) for production and several
# workers; without it Regie uses SQLite in the data folder. Connections are kept for a
# minute and checked before reuse, so a database restart costs no failed requests after it.
_database_url = env_str("DATABASE_URL")
if _database_url:
    DATABASES = {"default": dj_database_url.parse(_database_url, conn_max_age=60,
                                                  conn_health_checks=True)}
else:
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": DATA_DIR / "regie.sqlite3",
            "OPTIONS": {
                # IMMEDIATE: writers take the lock at BEGIN, so concurrent writers queue
                # instead of failing on a lock upgrade (the audit chain relies on this).
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            },
        }
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "register.User"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

AUTHENTICATION_BACKENDS = ["django.contrib.auth.backends.ModelBackend"]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"

# Single sign-on with OpenID Connect, on when REGIE_OIDC_CLIENT_ID is set.
# REGIE_OIDC_CLIENT_ID / REGIE_OIDC_CLIENT_SECRET: the client registered at the provider.
# REGIE_OIDC_ISSUER: base URL of the provider; endpoints are derived from it unless the
#   REGIE_OIDC_*_ENDPOINT variables name them.
# REGIE_OIDC_ROLES_CLAIM: claim holding Regie role names (default "regie_roles").
# REGIE_OIDC_ORGANIZATION_CLAIM: claim holding the organisation name (default "organization").
OIDC_RP_CLIENT_ID = env_str("REGIE_OIDC_CLIENT_ID")
OIDC_ENABLED = bool(OIDC_RP_CLIENT_ID)
if OIDC_ENABLED:
    _issuer = env_str("REGIE_OIDC_ISSUER").rstrip("/")
    OIDC_RP_CLIENT_SECRET = env_str("REGIE_OIDC_CLIENT_SECRET")
    OIDC_RP_SIGN_ALGO = env_str("REGIE_OIDC_SIGN_ALGO", "RS256")
    OIDC_RP_SCOPES = env_str("REGIE_OIDC_SCOPES", "openid email profile")
    OIDC_OP_AUTHORIZATION_ENDPOINT = env_str(
        "REGIE_OIDC_AUTHORIZATION_ENDPOINT", f"{_issuer}/oauth2/authorize"
    )
    OIDC_OP_TOKEN_ENDPOINT = env_str("REGIE_OIDC_TOKEN_ENDPOINT", f"{_issuer}/oauth2/token")
    OIDC_OP_USER_ENDPOINT = env_str("REGIE_OIDC_USER_ENDPOINT", f"{_issuer}/userinfo")
    OIDC_OP_JWKS_ENDPOINT = env_str("REGIE_OIDC_JWKS_ENDPOINT", f"{_issuer}/jwks")
    # REGIE_OIDC_VERIFY_KID: match the token's key id (set false for a provider that publishes
    # one signing key without a `kid`).
    OIDC_VERIFY_KID = env_bool("REGIE_OIDC_VERIFY_KID", True)
    OIDC_TIMEOUT = 10
    AUTHENTICATION_BACKENDS.insert(0, "regie.register.oidc.RegieOIDCBackend")
    LOGIN_REDIRECT_URL_FAILURE = "/inloggen/?sso=mislukt"
# Login throttling (django-axes): after REGIE_LOGIN_FAILURE_LIMIT failed sign-ins for one
# user name, or from one address, further attempts for it are refused for
# REGIE_LOGIN_LOCKOUT_MINUTES; a successful sign-in clears the count. It guards every
# authentication backend (password and OpenID Connect); API tokens do not sign in.
AUTHENTICATION_BACKENDS.insert(0, "axes.backends.AxesStandaloneBackend")
AXES_FAILURE_LIMIT = env_int("REGIE_LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = dt.timedelta(minutes=env_int("REGIE_LOGIN_LOCKOUT_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "regie.core.views.locked_out"
AXES_VERBOSE = False
REGIE_OIDC_ROLES_CLAIM = env_str("REGIE_OIDC_ROLES_CLAIM", "regie_roles")
REGIE_OIDC_ORGANIZATION_CLAIM = env_str("REGIE_OIDC_ORGANIZATION_CLAIM", "organization")

LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", "Nederlands"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # whitenoise expects it, even when empty
# regie/static holds Regie's own stylesheet and, after `npm run build`, the NL Design System
# CSS and htmx in vendor/.
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
MEDIA_ROOT = DATA_DIR / "uploads"
MEDIA_URL = "/uploads/"
# REGIE_ARCHIVE_SELECTION_LIST: the organisation's own selection list (YAML); empty: Regie's.
ARCHIVE_SELECTION_LIST = env_str("REGIE_ARCHIVE_SELECTION_LIST", "")
# REGIE_MAX_UPLOAD_MB: largest evidence or policy file accepted.
MAX_UPLOAD_BYTES = env_int("REGIE_MAX_UPLOAD_MB", 10) * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = MAX_UPLOAD_BYTES
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024

# E-mail: REGIE_EMAIL_HOST / _PORT / _USER / _PASSWORD / _USE_TLS, REGIE_EMAIL_FROM.
# Without REGIE_EMAIL_HOST mail is written to the console log.
EMAIL_HOST = env_str("REGIE_EMAIL_HOST")
EMAIL_BACKEND = (
    "django.core.mail.backends.smtp.EmailBackend"
    if EMAIL_HOST
    else "django.core.mail.backends.console.EmailBackend"
)
EMAIL_PORT = env_int("REGIE_EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("REGIE_EMAIL_USER")
EMAIL_HOST_PASSWORD = env_str("REGIE_EMAIL_PASSWORD")
EMAIL_USE_TLS = env_bool("REGIE_EMAIL_USE_TLS", False)
EMAIL_TIMEOUT = 10
DEFAULT_FROM_EMAIL = env_str("REGIE_EMAIL_FROM", "Regie <regie@localhost>")

# Audit trail checkpoints (`regie audit anchor`, docs/audit.md): REGIE_AUDIT_ANCHOR_KEY signs
# them (HMAC-SHA256; without it `anchor` refuses), REGIE_AUDIT_ANCHOR_FILE is where they go.
AUDIT_ANCHOR_KEY = env_str("REGIE_AUDIT_ANCHOR_KEY")
AUDIT_ANCHOR_FILE = Path(env_str("REGIE_AUDIT_ANCHOR_FILE", str(DATA_DIR / "audit-anchors.jsonl")))

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.SessionAuthentication",
        "rest_framework.authentication.TokenAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_SCHEMA_CLASS": "regie.core.api_schema.RegieAutoSchema",
    # JSON only, through the bounded loader (regie.core.safeload)
    "DEFAULT_PARSER_CLASSES": ["regie.core.parsers.BoundedJSONParser"],
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 50,
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Regie API",
    "DESCRIPTION": "Register van generatieve-AI-toepassingen, dossiers, modellen en leveranciers.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SCHEMA_PATH_PREFIX": "/api/v1",
    "OAS_VERSION": "3.1.0",
    "COMPONENT_SPLIT_REQUEST": True,
    # Swagger UI from Regie's own static files (drf-spectacular-sidecar), never from a CDN.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "ENUM_NAME_OVERRIDES": {"ApplicationStatusEnum": "regie.register.constants.Status"},
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("REGIE_LOG_LEVEL", "WARNING")},
}

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
CSRF_FAILURE_VIEW = "regie.core.views.csrf_failure"
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
# Content-Security-Policy (django-csp): only Regie's own scripts, styles and images; no
# inline scripts, event handlers or styles anywhere in the interface.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"] + ([_issuer] if OIDC_ENABLED else []),
        "frame-ancestors": ["'none'"],
    }
}
