"""Build the environment a tool subprocess is started with.

The agent's own environment holds API tokens and cloud credentials that a
shell tool must never see.  Variables whose names look like secrets are
dropped (name matching ignores case), a short list of names is always passed
through, and the caller may add explicit overrides last.
"""

import re

DEFAULT_SECRET_PATTERNS = (
    r"TOKEN",
    r"SECRET",
    r"PASSW(OR)?D",
    r"_KEY$",
    r"^AWS_",
    r"CREDENTIAL",
)
ALWAYS_KEEP = ("PATH", "HOME", "LANG", "TERM")


class EnvSanitizer:
    def __init__(self, secret_patterns=DEFAULT_SECRET_PATTERNS, keep=(), max_value_len=4096):
        joined = "|".join(f"(?:{p})" for p in secret_patterns)
        self._secret = re.compile(joined)
        self.keep = set(ALWAYS_KEEP) | set(keep)
        self.max_value_len = max_value_len

    def is_secret(self, name):
        return bool(self._secret.search(name))

    def sanitize(self, environ, overrides=None):
        """Return (env, dropped): the child's environment and the names removed."""
        env, dropped = {}, []
        for name, value in environ.items():
            if name in self.keep:
                env[name] = value
            elif self.is_secret(name) or len(value) > self.max_value_len:
                dropped.append(name)
            else:
                env[name] = value
        for name, value in (overrides or {}).items():
            env[name] = str(value)
        return env, sorted(dropped)
