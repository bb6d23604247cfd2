"""A response cache that honours the Vary header.

A stored response is only reused for a request whose headers named in the
response's Vary header match those of the request it was stored for.
"""


def _normalize(headers):
    return {name.lower(): " ".join(value.split()) for name, value in headers.items()}


def vary_names(response_headers):
    vary = _normalize(response_headers).get("vary", "")
    return tuple(sorted({name.strip().lower() for name in vary.split(",") if name.strip()}))


def variant_key(names, request_headers):
    request_headers = _normalize(request_headers)
    return tuple((name, request_headers.get(name, "")) for name in names)


class VaryCache:
    def __init__(self):
        self._vary = {}      # url -> Vary names of the latest stored response
        self._variants = {}  # (url, variant key) -> response

    def store(self, url, request_headers, response):
        """Cache response (a dict with "status", "headers", "body"); False if uncacheable."""
        names = vary_names(response["headers"])
        if "*" in names:
            return False
        if self._vary.get(url) != names:
            self.invalidate(url)
            self._vary[url] = names
        self._variants[(url, variant_key(names, response["headers"]))] = response
        return True

    def lookup(self, url, request_headers):
        names = self._vary.get(url)
        if names is None:
            return None
        return self._variants.get((url, variant_key(names, request_headers)))

    def invalidate(self, url):
        self._vary.pop(url, None)
        for key in [key for key in self._variants if key[0] == url]:
            del self._variants[key]

    def __len__(self):
        return len(self._variants)
