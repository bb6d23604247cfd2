import pytest

from eval_case_dedupe import Case, CaseSet, dedupe, normalise


def test_exact_duplicate_keeps_the_first():
    kept, conflicts = dedupe([
        Case("c1", "What is 2 + 2?", "4"),
        Case("c2", "What is 2 + 2?", "4"),
        Case("c3", "What is 3 + 3?", "6"),
    ])
    assert [case.case_id for case in kept] == ["c1", "c3"]
    assert conflicts == []


def test_case_and_spacing_are_ignored():
    kept, _ = dedupe([
        Case("a", "Name the capital of France.", "Paris"),
        Case("b", "  name the CAPITAL of\tfrance. ", "Paris"),
    ])
    assert [case.case_id for case in kept] == ["a"]


def test_german_prompts_fold_sharp_s():
    kept, _ = dedupe([
        Case("de1", "Wie groß ist die Straße?", "12 m"),
        Case("de2", "WIE GROSS IST DIE STRASSE?", "12 m"),
    ])
    assert [case.case_id for case in kept] == ["de1"]


def test_full_width_characters_are_normalised():
    assert normalise("ＡＢＣ １２３") == normalise("abc 123")


def test_different_answer_is_a_conflict():
    kept, conflicts = dedupe([
        Case("x1", "Is water wet?", "yes"),
        Case("x2", "is water wet?", "no"),
        Case("x3", "Is water wet? ", "yes "),
    ])
    assert len(kept) == 1
    assert conflicts == [("x1", "x2")]


def test_removed_case_can_be_replaced():
    cases = CaseSet()
    assert cases.add(Case("old", "Translate 'cat' to French.", "chien"))
    cases.remove("old")
    assert cases.add(Case("new", "Translate 'cat' to French.", "chat"))
    assert [case.case_id for case in cases.cases()] == ["new"]
    assert cases.conflicts == []


def test_reusing_a_case_id_is_an_error():
    cases = CaseSet()
    cases.add(Case("same", "one", "1"))
    with pytest.raises(ValueError):
        cases.add(Case("same", "two", "2"))
