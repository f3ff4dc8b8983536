"""The catalogue of generative-AI services (`data/catalogue.yaml`) and host matching.

A host matches a catalogue domain when it is that domain or any subdomain of it, so
`eu.chatgpt.com` is ChatGPT and `notchatgpt.com` is not. API hosts are matched the same way
and mark the traffic as programmatic use under the provider's business terms.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

CATALOGUE_FILE = Path(__file__).parent / "data" / "catalogue.yaml"


@dataclass(frozen=True)
class Service:
    key: str
    name: str
    provider: str
    country: str
    consumer_terms: bool
    domains: tuple[str, ...]
    api_hosts: tuple[str, ...]


@dataclass(frozen=True)
class Match:
    service: Service
    api: bool

    @property
    def consumer_terms(self) -> bool:
        """Consumer terms apply to the web app, never to the business API."""
        return self.service.consumer_terms and not self.api


class Catalogue:
    def __init__(self, version: str, services: list[Service]):
        self.version = version
        self.services = {service.key: service for service in services}
        self._hosts: dict[str, Match] = {}
        for service in services:
            for domain in service.domains:
                self._hosts[domain] = Match(service, api=False)
            for host in service.api_hosts:
                self._hosts[host] = Match(service, api=True)

    def match(self, host: str) -> Match | None:
        """The service a host name belongs to, trying the host and each parent domain."""
        host = host.strip().rstrip(".").lower()
        if host.startswith("[") or not host:
            return None
        labels = host.split(".")
        for start in range(len(labels) - 1):
            found = self._hosts.get(".".join(labels[start:]))
            if found is not None:
                return found
        return None

    def hosts_of(self, key: str) -> tuple[str, ...]:
        service = self.services[key]
        return service.domains + service.api_hosts


def parse(data: dict) -> Catalogue:
    """Build a catalogue from its YAML structure; raises ValueError naming the bad entry."""
    if not isinstance(data, dict) or not isinstance(data.get("services"), list):
        raise ValueError("catalogus: 'services' ontbreekt")
    services = []
    for index, item in enumerate(data["services"]):
        where = f"catalogus: services[{index}]"
        if not isinstance(item, dict) or not item.get("key") or not item.get("name"):
            raise ValueError(f"{where}: 'key' en 'name' zijn verplicht")
        services.append(Service(
            key=str(item["key"]), name=str(item["name"]),
            provider=str(item.get("provider", "")), country=str(item.get("country", "")),
            consumer_terms=bool(item.get("consumer_terms", True)),
            domains=tuple(str(d).lower() for d in item.get("domains") or ()),
            api_hosts=tuple(str(h).lower() for h in item.get("api_hosts") or ()),
        ))
    return Catalogue(str(data.get("version", "")), services)


@cache
def default_catalogue() -> Catalogue:
    return parse(yaml.safe_load(CATALOGUE_FILE.read_text(encoding="utf-8")))
