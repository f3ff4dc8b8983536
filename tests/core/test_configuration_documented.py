"""Every environment variable Regie reads is documented in docs/configuration.md."""

import re

from tests.conftest import REPO

READ = re.compile(
    r"""(?:env_str|env_bool|env_int|env_list|environ\.get|environ\[|getenv)\(?\s*"""
    r"""f?["']((?:REGIE_|DATABASE_URL)[A-Z_]*)["']"""
)


def test_it_documents_every_variable_it_reads():
    read = set()
    for path in (REPO / "regie").rglob("*.py"):
        read.update(READ.findall(path.read_text(encoding="utf-8")))
    documented = (REPO / "docs" / "configuration.md").read_text(encoding="utf-8")
    assert len(read) > 20
    missing = sorted(name for name in read if f"`{name}`" not in documented
                     and name.removesuffix("_FILE") not in documented)
    assert missing == [], f"document these in docs/configuration.md: {missing}"
