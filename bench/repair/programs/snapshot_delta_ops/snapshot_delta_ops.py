"""Turn cumulative text snapshots into small screen edits.

Some providers send the whole answer so far on every event instead of a delta,
and occasionally revise words they already sent. To update a terminal cheaply,
each new snapshot is compared with the text on screen and reduced to a single
replacement: keep a common prefix and a common suffix, replace what lies between.
"""


def common_prefix_length(a, b):
    limit = min(len(a), len(b))
    i = 0
    while i < limit and a[i] == b[i]:
        i += 1
    return i


def single_edit(old, new):
    """Return (start, removed, inserted) that turns ``old`` into ``new``."""
    prefix = common_prefix_length(old, new)
    limit = min(len(old), len(new))
    suffix = 0
    while suffix < limit and old[-1 - suffix] == new[-1 - suffix]:
        suffix += 1
    removed = len(old) - prefix - suffix
    return prefix, removed, new[prefix:len(new) - suffix]


def apply_edit(text, edit):
    start, removed, inserted = edit
    return text[:start] + inserted + text[start + removed:]


class SnapshotView:
    """Tracks the text on screen and counts edits that had to erase something."""

    def __init__(self):
        self.shown = ""
        self.revisions = 0

    def update(self, snapshot):
        edit = single_edit(self.shown, snapshot)
        if edit[1]:
            self.revisions += 1
        self.shown = apply_edit(self.shown, edit)
        return edit
