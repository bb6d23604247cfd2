import pytest

from eval_case_dedupe import Case, CaseSet, dedupe, normalise


def test_normalise_folds_more_than_lowercase():
    assert normalise("FUSSBALL") == normalise("Fußball")
    assert normalise("Maße") == normalise("MASSE")
    assert normalise("ﬁle") == normalise("FILE")
    assert normalise("  a \n b  ") == "a b"


def test_sharp_s_conflict_is_detected():
    kept, conflicts = dedupe([
        Case("k", "Schreibe 'Fußball'.", "Fußball"),
        Case("d", "SCHREIBE 'FUSSBALL'.", "Fussball"),
    ])
    assert [case.case_id for case in kept] == ["k"]
    assert conflicts == [("k", "d")]


def test_after_remove_duplicates_compare_with_the_new_case():
    cases = CaseSet()
    cases.add(Case("a", "Q1", "wrong"))
    cases.add(Case("b", "Q2", "fine"))
    removed = cases.remove("a")
    assert removed == Case("a", "Q1", "wrong")
    assert len(cases) == 1
    assert cases.add(Case("c", "q1", "right"))
    assert not cases.add(Case("d", " Q1 ", "wrong"))
    assert not cases.add(Case("e", "Q1", "right"))
    assert cases.conflicts == [("c", "d")]
    assert [case.case_id for case in cases.cases()] == ["b", "c"]


def test_remove_everything_then_rebuild():
    cases = CaseSet()
    for n in range(5):
        cases.add(Case(f"id{n}", f"Prompt {n}", str(n)))
    for n in range(5):
        cases.remove(f"id{n}")
    assert len(cases) == 0
    for n in range(5):
        assert cases.add(Case(f"new{n}", f"PROMPT {n}", str(n)))
    assert len(cases) == 5


def test_remove_unknown_id_raises():
    cases = CaseSet()
    cases.add(Case("a", "x", "y"))
    with pytest.raises(KeyError):
        cases.remove("b")


def test_removed_duplicate_is_not_kept():
    cases = CaseSet()
    cases.add(Case("a", "same", "1"))
    assert not cases.add(Case("b", "SAME", "1"))
    with pytest.raises(KeyError):
        cases.remove("b")
    assert [case.case_id for case in cases.cases()] == ["a"]
