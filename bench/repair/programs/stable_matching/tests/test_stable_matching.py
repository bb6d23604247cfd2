from stable_matching import blocking_pairs, stable_match

STUDENTS = {
    "ana": ["mit", "cmu", "eth"],
    "ben": ["mit", "eth", "cmu"],
    "cai": ["cmu", "mit", "eth"],
}
SCHOOLS = {
    "mit": ["cai", "ben", "ana"],
    "cmu": ["ana", "cai", "ben"],
    "eth": ["ben", "ana", "cai"],
}


def test_everyone_gets_first_choice_without_conflicts():
    proposers = {"a": ["x", "y"], "b": ["y", "x"]}
    reviewers = {"x": ["b", "a"], "y": ["a", "b"]}
    assert stable_match(proposers, reviewers) == {"a": "x", "b": "y"}


def test_admissions_example():
    assert stable_match(STUDENTS, SCHOOLS) == {"ana": "cmu", "ben": "eth", "cai": "mit"}


def test_result_has_no_blocking_pairs():
    matching = stable_match(STUDENTS, SCHOOLS)
    assert blocking_pairs(matching, STUDENTS, SCHOOLS) == []
    assert len(matching) == 3


def test_unacceptable_partner_stays_single():
    proposers = {"a": ["x"], "b": ["x"]}
    reviewers = {"x": ["b"]}
    assert stable_match(proposers, reviewers) == {"b": "x"}


def test_blocking_pair_detected():
    proposers = {"a": ["x", "y"], "b": ["x", "y"]}
    reviewers = {"x": ["a", "b"], "y": ["a", "b"]}
    assert blocking_pairs({"a": "y", "b": "x"}, proposers, reviewers) == [("a", "x")]
