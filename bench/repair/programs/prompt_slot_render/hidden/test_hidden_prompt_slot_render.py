import pytest

from prompt_slot_render import MissingSlot, render, slot_names


def test_lenient_keeps_slot_text_exactly():
    assert render("[{a.b}] [{c}]", {"a": {}}, strict=False) == "[{a.b}] [{c}]"


def test_lenient_still_uses_defaults_and_values():
    assert render("{x|} {y|none} {z}", {"y": 0}, strict=False) == " 0 {z}"


def test_empty_default_is_a_default():
    assert render("<{suffix|}>", {}) == "<>"


def test_none_value_takes_default():
    assert render("{mode|auto}", {"mode": None}) == "auto"
    with pytest.raises(MissingSlot):
        render("{mode}", {"mode": None})


def test_dotted_into_non_dict_is_missing():
    with pytest.raises(MissingSlot):
        render("{user.name}", {"user": "bob"})
    assert render("{user.name|anon}", {"user": "bob"}) == "anon"


def test_slot_names_only_escapes():
    assert slot_names("{{}} {{ }}") == []


def test_slot_names_dotted_and_order():
    assert slot_names("{b} {{x}} {a.c|1} {b} {a}") == ["b", "a.c", "a"]


def test_false_values_are_rendered():
    assert render("{n}|{flag}|{s}", {"n": 0, "flag": False, "s": ""}) == "0|False|"
