"""The procedure's factories (an application with the evidence a well-run one has, one user
per role), for the tests of the bulk readers."""

from tests.workflow.conftest import make_application, users  # noqa: F401
