"""Egress guard for the agent's fetch tool: allowlisted hosts (and their subdomains) only,
over https unless plain http is enabled, on the scheme's default port."""

from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

DEFAULT_PORTS = {"https": 443, "http": 80}


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    reason: str


class FetchGuard:
    def __init__(self, allowed_hosts: list[str], allow_http: bool = False) -> None:
        self.allowed_hosts = [host.lower().rstrip(".") for host in allowed_hosts]
        self.schemes = {"https", "http"} if allow_http else {"https"}

    def host_allowed(self, host: str) -> bool:
        return any(host == allowed or host.endswith("." + allowed)
                   for allowed in self.allowed_hosts)

    def check(self, url: str) -> Verdict:
        parts = urlsplit(url.strip())
        if parts.scheme not in self.schemes:
            return Verdict(False, f"scheme {parts.scheme or '(none)'!r} is not allowed")
        if parts.username is not None or parts.password is not None:
            return Verdict(False, "credentials in the URL are not allowed")
        host = (parts.netloc or "").rstrip(".")
        if not host:
            return Verdict(False, "the URL has no host")
        try:
            port = parts.port
        except ValueError:
            return Verdict(False, "the URL has an invalid port")
        if port is not None and port != DEFAULT_PORTS[parts.scheme]:
            return Verdict(False, f"port {port} is not allowed")
        if not self.host_allowed(host):
            return Verdict(False, f"host {host!r} is not on the allowlist")
        return Verdict(True, "ok")


def guarded_fetch(guard: FetchGuard, fetch: Callable[[str], str], url: str) -> dict[str, str]:
    """Tool handler: the page text, or an error the model can read and act on."""
    verdict = guard.check(url)
    if not verdict.allowed:
        return {"error": f"fetch refused: {verdict.reason}"}
    return {"content": fetch(url)}
