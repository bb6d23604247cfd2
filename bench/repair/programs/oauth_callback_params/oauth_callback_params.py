"""Read the OAuth redirect a tool server sends back after the user signs in."""

from urllib.parse import unquote_plus, urlsplit


class AuthCallbackError(Exception):
    """The redirect does not carry a usable authorization code."""


def parse_query(query):
    """Parse ``a=1&b=x+y`` into ``{"a": ["1"], "b": ["x y"]}`` (values in order)."""
    params = {}
    for pair in query.split("&"):
        name, _, value = pair.partition("=")
        if not name:
            raise AuthCallbackError(f"parameter without a name: {pair!r}")
        params.setdefault(unquote_plus(name), []).append(unquote_plus(value))
    return params


def read_callback(url, expected_state):
    """Return the authorization code from the redirect ``url``.

    The ``state`` parameter must match the one we sent, an ``error`` from the
    provider is raised with its description, and repeated parameters are
    refused (they are a sign of a tampered redirect).
    """
    params = parse_query(urlsplit(url).query)

    def single(name):
        values = params.get(name)
        if not values:
            return None
        if len(values) > 1:
            raise AuthCallbackError(f"parameter {name!r} given {len(values)} times")
        return values[0]

    if single("state") != expected_state:
        raise AuthCallbackError("state does not match the login request")
    error = single("error")
    if error:
        raise AuthCallbackError(f"authorization failed: {single('error_description') or error}")
    code = single("code")
    if not code:
        raise AuthCallbackError("redirect has no authorization code")
    return code
