from raft_commit_index import advance_commit, lagging, replicated_on_majority


def test_three_node_majority():
    assert replicated_on_majority({"f1": 4, "f2": 2}, leader_last=5) == 4


def test_five_node_majority():
    match = {"f1": 7, "f2": 3, "f3": 6, "f4": 1}
    assert replicated_on_majority(match, leader_last=9) == 6


def test_commit_advances_in_current_term():
    terms = [1, 1, 2, 2, 2]
    assert advance_commit({"f1": 5, "f2": 3}, terms, current_term=2, commit_index=1) == 5


def test_old_term_entry_not_committed_by_counting():
    terms = [1, 1, 2, 2, 3]
    assert advance_commit({"f1": 4, "f2": 4}, terms, current_term=3, commit_index=2) == 2


def test_lagging_followers():
    assert lagging({"f1": 4, "f2": 2, "f3": 5}, commit_index=4) == ["f2"]
