from raft_commit_index import advance_commit, replicated_on_majority


def test_single_node_cluster():
    assert replicated_on_majority({}, leader_last=3) == 3
    assert advance_commit({}, [1, 2, 2], current_term=2, commit_index=0) == 3


def test_even_cluster_needs_more_than_half():
    match = {"f1": 8, "f2": 2, "f3": 2}
    assert replicated_on_majority(match, leader_last=8) == 2


def test_seven_nodes():
    match = {"a": 10, "b": 9, "c": 4, "d": 4, "e": 3, "f": 1}
    assert replicated_on_majority(match, leader_last=12) == 4


def test_commit_stops_below_unreplicated_tail():
    terms = [1, 2, 3, 3, 3, 3]
    match = {"f1": 4, "f2": 1, "f3": 6, "f4": 2}
    assert advance_commit(match, terms, current_term=3, commit_index=1) == 4


def test_current_term_entry_commits_older_ones_too():
    terms = [1, 1, 2, 3]
    assert advance_commit({"f1": 4, "f2": 0}, terms, current_term=3, commit_index=1) == 4


def test_never_moves_backwards():
    terms = [1, 1, 1, 2]
    assert advance_commit({"f1": 1, "f2": 1}, terms, current_term=2, commit_index=3) == 3


def test_only_older_terms_replicated():
    terms = [2, 2, 2, 4, 4]
    match = {"f1": 3, "f2": 3, "f3": 5, "f4": 0}
    assert advance_commit(match, terms, current_term=4, commit_index=0) == 0
