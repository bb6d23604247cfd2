"""How far a Raft leader may advance its commit index.

Log indices are 1-based; ``log_terms[i - 1]`` is the term of entry ``i``.
The leader counts itself as having replicated its whole log.  An entry is
committed once a majority of the cluster stores it, but a leader only
commits entries from its own term by counting replicas (older entries are
committed indirectly, together with a newer one).
"""


def replicated_on_majority(match_index, leader_last):
    """Highest index stored on a majority of the cluster, leader included."""
    indices = sorted(list(match_index.values()) + [leader_last], reverse=True)
    majority = len(indices) // 2
    return indices[majority - 1]


def advance_commit(match_index, log_terms, current_term, commit_index):
    """Return the new commit index; it never moves backwards."""
    leader_last = len(log_terms)
    highest = replicated_on_majority(match_index, leader_last)
    for n in range(highest, commit_index, -1):
        if log_terms[n - 1] <= current_term:
            return n
    return commit_index


def lagging(match_index, commit_index):
    """Followers that do not yet store every committed entry, by name."""
    return sorted(f for f, m in match_index.items() if m < commit_index)
