"""The journey runs the web pages (pytest-django's live server) and the gateway (Regie's ASGI
app under uvicorn, `tests/gateway`) on one database, so it borrows the gateway's fixtures."""

from tests.gateway.conftest import regie_server, transactional_db, upstream  # noqa: F401
