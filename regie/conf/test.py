"""Settings for the test suite: fast hashing, mail kept in memory, uploads in a temp folder."""

import tempfile
from pathlib import Path

from regie.conf.base import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="regie-test-uploads-"))
