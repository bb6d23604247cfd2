import json

from memory_jsonl_loader import MemoryRecord, load_memories


def line(**fields):
    return json.dumps(fields)


def test_every_kind_of_bad_line_is_skipped():
    lines = [
        line(id="ok1", text="fine", importance=0.5),
        line(id="no_text", importance=0.5),
        line(id="null_importance", text="t", importance=None),
        line(id="word_importance", text="t", importance="high"),
        line(id="too_important", text="t", importance=1.5),
        line(id="list_text", text=["t"], importance=0.5),
        "[1, 2, 3]",
        "42",
        "{broken",
        line(id="ok2", text="also fine", importance=1),
    ]
    result = load_memories(lines)
    assert [r.id for r in result.records] == ["ok1", "ok2"]
    assert result.skipped == [2, 3, 4, 5, 6, 7, 8, 9]


def test_missing_id_and_missing_importance():
    lines = [line(text="no id", importance=0.5), line(id="x", text="no importance"),
             line(id="y", text="good", importance=0)]
    result = load_memories(lines)
    assert result.records == [MemoryRecord("y", "good", 0.0)]
    assert result.skipped == [1, 2]


def test_tags_and_numeric_ids():
    result = load_memories([line(id=7, text="seven", importance="1", tags=["a", 2])])
    assert result.records == [MemoryRecord("7", "seven", 1.0, ("a", "2"))]


def test_bad_line_does_not_replace_a_good_one():
    lines = [line(id="a", text="good", importance=0.6),
             line(id="a", text=None, importance=0.9)]
    result = load_memories(lines)
    assert result.records == [MemoryRecord("a", "good", 0.6)]
    assert result.skipped == [2]
