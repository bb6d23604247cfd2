"""Branching chat history: editing or regenerating a message forks the conversation."""


class ChatTree:
    def __init__(self):
        self._messages = {}  # id -> {"role", "content", "parent"}
        self._children = {None: []}  # id -> child ids, oldest first; None holds the roots
        self._next_id = 1

    def add(self, role, content, parent=None):
        """Append a message under parent (None starts a new conversation); returns its id."""
        if parent not in self._children:
            raise KeyError(f"unknown message {parent!r}")
        mid = self._next_id
        self._next_id += 1
        self._messages[mid] = {"role": role, "content": content, "parent": parent}
        self._children[mid] = []
        self._children[parent].append(mid)
        return mid

    def edit(self, mid, content):
        """Fork an alternative version of message mid; returns the new id."""
        old = self._messages[mid]
        return self.add(old["role"], content, old["parent"])

    def versions(self, mid):
        """All versions of a message (itself and its forks), oldest first."""
        return list(self._children[self._messages[mid]["parent"]])

    def thread(self, leaf):
        """(role, content) pairs from the start of the conversation down to leaf."""
        path = []
        node = leaf
        while node is not None:
            message = self._messages[node]
            path.append((message["role"], message["content"]))
            node = message["parent"]
        return path

    def latest_leaf(self, start=None):
        """Follow the newest child from start (or the newest root) down to a leaf."""
        node = start if start is not None else self._children[None][-1]
        while self._children[node]:
            node = self._children[node][-1]
        return node

    def to_prompt(self, leaf=None, system=None):
        """Chat-completion messages for the branch ending at leaf (default: newest)."""
        if leaf is None:
            leaf = self.latest_leaf()
        messages = [{"role": "system", "content": system}] if system else []
        messages += [{"role": r, "content": c} for r, c in self.thread(leaf)]
        return messages
