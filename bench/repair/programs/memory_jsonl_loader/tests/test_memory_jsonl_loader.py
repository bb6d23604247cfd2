import json

from memory_jsonl_loader import MemoryRecord, load_file, load_memories


def line(**fields):
    return json.dumps(fields)


def test_loads_valid_records():
    lines = [line(id="m1", text="user likes tea", importance=0.7, tags=["pref"]),
             line(id="m2", text="meeting on friday", importance="0.4")]
    result = load_memories(lines)
    assert result.records == [MemoryRecord("m1", "user likes tea", 0.7, ("pref",)),
                              MemoryRecord("m2", "meeting on friday", 0.4)]
    assert result.skipped == []


def test_blank_and_broken_lines():
    lines = ["", line(id="a", text="x", importance=0.1), "{not json", "   \n"]
    result = load_memories(lines)
    assert [r.id for r in result.records] == ["a"]
    assert result.skipped == [3]


def test_record_missing_a_field_is_skipped():
    lines = [line(id="a", text="kept", importance=0.5),
             line(id="b", importance=0.5),
             line(id="c", text="also kept", importance=0.9)]
    result = load_memories(lines)
    assert [r.id for r in result.records] == ["a", "c"]
    assert result.skipped == [2]


def test_later_record_replaces_earlier(tmp_path):
    path = tmp_path / "memories.jsonl"
    path.write_text(line(id="a", text="old", importance=0.2) + "\n"
                    + line(id="a", text="new", importance=0.3) + "\n")
    result = load_file(str(path))
    assert result.records == [MemoryRecord("a", "new", 0.3)]
