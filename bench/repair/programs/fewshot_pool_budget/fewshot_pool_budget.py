"""A pool of few-shot examples kept under a character budget for the prompt."""

from collections import OrderedDict


class ExamplePool:
    """Holds few-shot examples in insertion order and tracks their rendered size.

    Each example is rendered once as "Q: ...\\nA: ..." and the pool keeps a
    running character count, so the prompt builder can check the budget
    without rendering the whole block again.
    """

    separator = "\n\n"

    def __init__(self, budget):
        self.budget = budget
        self._examples = OrderedDict()
        self._chars = 0

    @staticmethod
    def render(question, answer):
        return f"Q: {question.strip()}\nA: {answer.strip()}"

    def add(self, key, question, answer):
        """Add an example; re-adding a key replaces it and makes it the newest."""
        if key in self._examples:
            self.remove(key)
        text = self.render(question, answer)
        self._examples[key] = text
        self._chars += len(text)

    def remove(self, key):
        del self._examples[key]

    def __len__(self):
        return len(self._examples)

    def __contains__(self, key):
        return key in self._examples

    @property
    def size(self):
        """Characters the rendered block takes, separators included."""
        if not self._examples:
            return 0
        return self._chars + len(self.separator) * (len(self._examples) - 1)

    def trim(self):
        """Drop the oldest examples until the block fits; return the dropped keys."""
        dropped = []
        while self._examples and self.size > self.budget:
            key, text = self._examples.popitem(last=False)
            self._chars -= len(text)
            dropped.append(key)
        return dropped

    def block(self):
        return self.separator.join(self._examples.values())
