import pytest

from session_snapshot import Session, Turn, dumps, loads


def test_plain_chat_round_trip():
    session = Session("s1", "small-model", [Turn("user", "hi"), Turn("assistant", "hello")])
    assert loads(dumps(session)) == session


def test_round_trip_keeps_tool_calls():
    call = {"id": "call_1", "name": "read_file", "arguments": {"path": "a.txt"}}
    session = Session("s2", "big-model", [Turn("user", "open a.txt"),
                                          Turn("assistant", "", tool_calls=[call])])
    assert loads(dumps(session)).turns[1].tool_calls == [call]


def test_metadata_survives():
    session = Session("s3", "m", metadata={"user": "ana", "channel": "cli"})
    assert loads(dumps(session)).metadata == {"user": "ana", "channel": "cli"}


def test_loads_schema_version_1():
    old = '{"id": "s0", "model": "m", "turns": [{"role": "user", "text": "hey"}]}'
    assert loads(old).turns == [Turn("user", "hey")]


def test_rejects_newer_schema():
    with pytest.raises(ValueError):
        Session.from_dict({"version": 3, "id": "x", "model": "m", "turns": []})
