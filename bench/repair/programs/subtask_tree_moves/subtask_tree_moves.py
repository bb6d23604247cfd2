"""A planner's task tree: subtasks can be added, moved under another task, or dropped."""

ROOT = "root"


class TaskTree:
    def __init__(self):
        self._parent = {ROOT: None}
        self._children = {ROOT: []}

    def add(self, task, parent=ROOT):
        if task in self._parent:
            raise ValueError(f"duplicate task {task!r}")
        if parent not in self._parent:
            raise KeyError(parent)
        self._parent[task] = parent
        self._children[task] = []
        self._children[parent].append(task)

    def parent(self, task):
        return self._parent[task]

    def children(self, task=ROOT):
        return list(self._children[task])

    def ancestors(self, task):
        """Parents of task up to and including the root, nearest first."""
        out = []
        node = self._parent[task]
        while node is not None:
            out.append(node)
            node = self._parent[node]
        return out

    def move(self, task, new_parent):
        """Re-attach task (with its subtree) as the last child of new_parent."""
        if task == ROOT:
            raise ValueError("the root cannot be moved")
        if new_parent == task or task in self.ancestors(new_parent):
            raise ValueError(f"cannot move {task!r} under its own subtree")
        self._parent[task] = new_parent
        self._children[new_parent].append(task)

    def walk(self, task=ROOT):
        """Pre-order over task and its descendants."""
        stack = [task]
        while stack:
            node = stack.pop()
            yield node
            stack.extend(reversed(self._children[node]))

    def drop(self, task):
        """Remove task and everything below it; returns the removed tasks."""
        if task == ROOT:
            raise ValueError("the root cannot be dropped")
        removed = list(self.walk(task))
        self._children[self._parent[task]].remove(task)
        for node in removed:
            del self._parent[node]
            del self._children[node]
        return removed

    def outline(self):
        """Indented plan, two spaces per level, root omitted."""
        lines = []
        for node in self.walk():
            if node != ROOT:
                lines.append("  " * (len(self.ancestors(node)) - 1) + node)
        return "\n".join(lines)
