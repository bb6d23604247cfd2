"""URL policy for an agent's web_fetch tool: normalise, then check the host."""
from urllib.parse import urlsplit, urlunsplit

DEFAULT_PORTS = {"http": 80, "https": 443}


class PolicyError(ValueError):
    """The tool refuses to fetch this URL."""


def normalize_url(url):
    """Canonical form: lower-case scheme and host, no default port,
    no credentials, no fragment, and '/' for an empty path."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS:
        raise PolicyError(f"unsupported scheme: {scheme or '(none)'}")
    host = parts.netloc
    if not host:
        raise PolicyError("missing host")
    if ":" in host:
        host = f"[{host}]"  # IPv6 literal
    port = parts.port
    netloc = host if port in (None, DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    return urlunsplit((scheme, netloc, parts.path or "/", parts.query, ""))


def host_allowed(host, allowlist):
    """A domain on the list also allows its subdomains."""
    host = host.rstrip(".")
    for domain in allowlist:
        domain = domain.lower().strip(".")
        if host == domain or host.endswith("." + domain):
            return True
    return False


def check_fetch(url, allowlist):
    """Return the normalised URL, or raise PolicyError."""
    normalized = normalize_url(url)
    host = urlsplit(normalized).hostname
    if not host_allowed(host, allowlist):
        raise PolicyError(f"host not allowed: {host}")
    return normalized
