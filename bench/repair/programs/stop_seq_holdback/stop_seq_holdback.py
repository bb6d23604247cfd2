"""Cut streamed model output at the first stop sequence."""


class StopSequenceFilter:
    """Feed text chunks as they arrive; get back what is safe to show.

    A stop sequence may be split across chunks, so feed() holds back any tail
    that could still become one. flush() releases the held-back text at the end
    of the stream. ``emitted`` is everything returned so far, and ``stopped``
    tells whether a stop sequence was seen (after which input is ignored).
    """

    def __init__(self, stops):
        self.stops = [s for s in stops if s]
        self._held = ""
        self.emitted = ""
        self.stopped = False

    def _holdback(self, text):
        """Length of the longest suffix of text that is a proper prefix of a stop."""
        best = 0
        for stop in self.stops:
            for k in range(min(len(stop) - 1, len(text)), best, -1):
                if text.endswith(stop[:k]):
                    best = k
                    break
        return best

    def feed(self, chunk):
        if self.stopped:
            return ""
        text = self._held + chunk
        hits = [text.find(stop) for stop in self.stops if stop in text]
        if hits:
            out = text[:min(hits)]
            self._held = ""
            self.stopped = True
        else:
            keep = self._holdback(text)
            out, self._held = text[:len(text) - keep], text[len(text) - keep:]
        self.emitted += out
        return out

    def flush(self):
        out, self._held = self._held, ""
        return out


def cut_at_stops(chunks, stops):
    """Run a whole stream through a filter and return the visible text."""
    stream = StopSequenceFilter(stops)
    for chunk in chunks:
        stream.feed(chunk)
    stream.flush()
    return stream.emitted
