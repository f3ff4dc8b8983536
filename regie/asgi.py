"""ASGI entry point: `regie serve` runs this with uvicorn (web UI, REST API and gateway)."""

import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "regie.conf.base")
application = get_asgi_application()
