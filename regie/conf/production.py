"""Production settings: HTTPS only, a secret key from the environment, no debug.

`REGIE_SECRET_KEY` (or `REGIE_SECRET_KEY_FILE`) is required; a generated key is refused so that
all workers share one key. `DJANGO_SETTINGS_MODULE=regie.conf.production regie check --deploy`
is clean with this file.
"""

import os

from django.core.exceptions import ImproperlyConfigured

if not (os.environ.get("REGIE_SECRET_KEY") or os.environ.get("REGIE_SECRET_KEY_FILE")):
    raise ImproperlyConfigured(
        "REGIE_SECRET_KEY (of REGIE_SECRET_KEY_FILE) is verplicht in productie"
    )

from regie.conf.base import *  # noqa: E402,F403
from regie.conf.env import env_bool, env_int  # noqa: E402

DEBUG = False
# REGIE_SECURE_SSL_REDIRECT: redirect http to https (off when a proxy already does it).
SECURE_SSL_REDIRECT = env_bool("REGIE_SECURE_SSL_REDIRECT", True)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
# REGIE_HSTS_SECONDS: Strict-Transport-Security max-age.
SECURE_HSTS_SECONDS = env_int("REGIE_HSTS_SECONDS", 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = False
