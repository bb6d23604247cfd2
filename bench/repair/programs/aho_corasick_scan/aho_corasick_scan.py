"""Find every occurrence of many patterns in one pass (Aho-Corasick automaton)."""

from collections import deque


class PatternScanner:
    def __init__(self, patterns):
        self.patterns = list(dict.fromkeys(patterns))
        self.goto = [{}]
        self.fail = [0]
        self.out = [[]]
        for index, pattern in enumerate(self.patterns):
            if not pattern:
                raise ValueError("patterns must be non-empty")
            self._insert(pattern, index)
        self._link()

    def _insert(self, pattern, index):
        node = 0
        for ch in pattern:
            nxt = self.goto[node].get(ch)
            if nxt is None:
                nxt = len(self.goto)
                self.goto[node][ch] = nxt
                self.goto.append({})
                self.fail.append(0)
                self.out.append([])
            node = nxt
        self.out[node].append(index)

    def _link(self):
        # Breadth-first, so a node's failure target is always linked before it.
        queue = deque(self.goto[0].values())
        while queue:
            node = queue.popleft()
            for ch, child in self.goto[node].items():
                queue.append(child)
                target = self.fail[node]
                while target and ch not in self.goto[target]:
                    target = self.fail[target]
                self.fail[child] = self.goto[target].get(ch, 0)

    def _step(self, node, ch):
        while node and ch not in self.goto[node]:
            node = self.fail[node]
        return self.goto[node].get(ch, 0)

    def finditer(self, text):
        """Yield (start, pattern) for each match, in order of where it ends."""
        node = 0
        for pos, ch in enumerate(text):
            node = self._step(node, ch)
            for index in self.out[node]:
                pattern = self.patterns[index]
                yield pos - len(pattern), pattern

    def findall(self, text):
        return sorted(self.finditer(text))

    def counts(self, text):
        tally = {pattern: 0 for pattern in self.patterns}
        for _, pattern in self.finditer(text):
            tally[pattern] += 1
        return tally

    def first(self, text):
        """The match that ends earliest (longest one on a tie), or None."""
        for start, pattern in self.finditer(text):
            return start, pattern
        return None
