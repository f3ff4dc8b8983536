"""ASGI entry point: `regie serve` runs this with uvicorn (web UI, REST API and gateway).

Requests under `/v1/` go to the gateway, a lean ASGI application (no Django request cycle
on the hot path); everything else goes to Django.
"""

import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "regie.conf.base")
django_application = get_asgi_application()

from regie.gateway.proxy import GatewayApp  # noqa: E402 - needs the configured Django

gateway_application = GatewayApp()


async def application(scope, receive, send):
    if scope["type"] == "http" and scope["path"].startswith("/v1/"):
        await gateway_application(scope, receive, send)
    else:
        await django_application(scope, receive, send)
