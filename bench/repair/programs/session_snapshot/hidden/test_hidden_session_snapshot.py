from session_snapshot import Session, Turn, dumps, loads


def test_each_turn_keeps_its_own_tool_calls():
    first = {"id": "c1", "name": "search", "arguments": {"q": "x"}}
    second = {"id": "c2", "name": "fetch", "arguments": {"url": "http://a"}}
    session = Session("s", "m", [Turn("assistant", "", [first]), Turn("tool", "result"),
                                 Turn("assistant", "", [second, first])])
    restored = loads(dumps(session))
    assert [turn.tool_calls for turn in restored.turns] == [[first], [], [second, first]]
    assert restored == session


def test_from_dict_with_tool_calls_and_stray_top_level_key():
    data = {"version": 2, "id": "s", "model": "m", "tool_calls": [{"id": "bogus"}],
            "turns": [{"role": "user", "content": "q"},
                      {"role": "assistant", "content": "",
                       "tool_calls": [{"id": "c9", "name": "ls", "arguments": {}}]}]}
    restored = Session.from_dict(data)
    assert restored.turns[0].tool_calls == []
    assert restored.turns[1].tool_calls == [{"id": "c9", "name": "ls", "arguments": {}}]


def test_restored_tool_calls_are_a_copy():
    data = Session("s", "m", [Turn("assistant", "", [{"id": "c1"}])]).to_dict()
    restored = Session.from_dict(data)
    restored.turns[0].tool_calls.append({"id": "c2"})
    assert data["turns"][0]["tool_calls"] == [{"id": "c1"}]


def test_version_1_with_tool_calls():
    data = {"id": "s", "model": "m",
            "turns": [{"role": "assistant", "text": "", "tool_calls": [{"id": "old"}]}]}
    assert Session.from_dict(data).turns == [Turn("assistant", "", [{"id": "old"}])]


def test_saved_dict_has_current_version():
    assert Session("s", "m").to_dict()["version"] == 2
