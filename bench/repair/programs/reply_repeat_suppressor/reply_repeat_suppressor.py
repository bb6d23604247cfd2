"""Suppress agent replies that repeat one of the recent replies.

Replies are compared after normalising whitespace and letter case, so a reply that
only differs in line wrapping or capitalisation still counts as a repeat.
"""

import hashlib
import re
from collections import OrderedDict

_SPACE = re.compile(r"\s+")


def normalize(text):
    return _SPACE.sub(" ", text).strip().casefold()


def fingerprint(text):
    return hashlib.sha1(normalize(text).encode("utf-8")).hexdigest()


class ReplySuppressor:
    """Remembers the fingerprints of the most recently seen distinct replies."""

    def __init__(self, capacity=32):
        self.capacity = capacity
        self._recent = OrderedDict()  # fingerprint -> times seen, least recent first
        self.suppressed = 0

    def admit(self, text):
        """True if text should be shown; False if it repeats a remembered reply."""
        key = fingerprint(text)
        if key in self._recent:
            self._recent[key] += 1
            self.suppressed += 1
            return False
        self._recent[key] = 1
        if len(self._recent) > self.capacity:
            self._recent.popitem()
        return True

    def times_seen(self, text):
        return self._recent.get(fingerprint(text), 0)

    def filter(self, replies):
        """The replies worth showing, in order."""
        return [reply for reply in replies if self.admit(reply)]
