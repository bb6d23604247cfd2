import pytest

from prompt_part_assembler import Part, PromptTooLarge, assemble, choose, skipped


def test_smaller_part_fills_remaining_room():
    parts = [Part("sys", "s" * 10, required=True),
             Part("big", "b" * 20, priority=9),
             Part("small", "t" * 5, priority=1)]
    assert assemble(parts, 20, separator="\n") == "s" * 10 + "\n" + "t" * 5
    assert skipped(parts, 20, separator="\n") == ["big"]


def test_separator_is_counted_for_every_join():
    parts = [Part(str(i), "abc", priority=10 - i) for i in range(5)]
    assert assemble(parts, 15, separator=", ") == "abc, abc, abc"
    assert assemble(parts, 17, separator=", ") == "abc, abc, abc"
    assert assemble(parts, 18, separator=", ") == "abc, abc, abc, abc"


def test_required_parts_pay_for_separators_too():
    parts = [Part("a", "a" * 5, required=True), Part("b", "b" * 5, required=True)]
    assert assemble(parts, 12, separator="++") == "aaaaa++bbbbb"
    with pytest.raises(PromptTooLarge):
        assemble(parts, 11, separator="++")


def test_order_follows_input_not_priority():
    parts = [Part("low", "L", priority=0), Part("high", "H", priority=5),
             Part("req", "R", required=True)]
    assert assemble(parts, 5, separator="/") == "L/H/R"
    assert assemble(parts, 3, separator="/") == "H/R"


def test_equal_priorities_keep_given_order():
    parts = [Part("one", "11", priority=1), Part("two", "22", priority=1),
             Part("three", "33", priority=1)]
    assert [p.name for p in choose(parts, 6, separator="")] == ["one", "two", "three"]
    assert [p.name for p in choose(parts, 7, separator="-")] == ["one", "two"]


def test_result_length_within_limit_for_many_limits():
    parts = [Part(f"p{i}", "w" * (i + 1), priority=i % 3) for i in range(6)]
    for limit in range(0, 40):
        assert len(assemble(parts, limit, separator=" :: ")) <= limit
