import json

import pytest

from todo_list_tool import TodoError, TodoList


def _plan(*statuses):
    return {"todos": [{"id": f"t{n}", "content": f"step {n}", "status": status}
                      for n, status in enumerate(statuses, start=1)]}


def test_json_text_with_statuses_and_defaults():
    todos = TodoList()
    text = json.dumps({"todos": [{"id": "a", "content": "A", "status": "completed"},
                                 {"id": "b", "content": "B"}]})
    assert todos.write(text) == "1/2 completed"
    assert todos.items["b"]["status"] == "pending"


def test_json_text_is_validated_like_a_dict():
    todos = TodoList()
    with pytest.raises(TodoError, match="unknown status"):
        todos.write('{"todos": [{"id": "a", "content": "A", "status": "blocked"}]}')
    with pytest.raises(TodoError, match="duplicate"):
        todos.write('{"todos": [{"id": "a", "content": "A"}, {"id": "a", "content": "B"}]}')


def test_export_round_trips_through_write():
    first = TodoList()
    first.write(_plan("completed", "in_progress", "pending"))
    first.update("t2", "completed")
    second = TodoList()
    assert second.write(first.export()) == "2/3 completed"
    assert second.items == first.items


def test_counts_follow_every_update():
    todos = TodoList()
    todos.write(_plan("pending", "pending", "pending", "pending"))
    for todo_id in ("t1", "t2", "t3", "t4"):
        todos.update(todo_id, "in_progress")
        done = int(todo_id[1]) - 1
        assert [todos.counts[s] for s in ("pending", "in_progress", "completed")] == [
            3 - done, 1, done]
        todos.update(todo_id, "completed")
    assert todos.summary() == "4/4 completed"
    assert todos.counts["pending"] == 0 and todos.counts["in_progress"] == 0


def test_reopening_and_pausing():
    todos = TodoList()
    todos.write(_plan("completed", "in_progress"))
    todos.update("t2", "pending")
    assert todos.update("t1", "in_progress") == "0/2 completed; now: step 1"
    with pytest.raises(TodoError):
        todos.update("t2", "in_progress")
    assert todos.update("t1", "in_progress") == "0/2 completed; now: step 1"
    assert todos.update("t1", "completed") == "1/2 completed"
    assert todos.update("t2", "in_progress") == "1/2 completed; now: step 2"


def test_setting_the_same_status_twice_keeps_counts():
    todos = TodoList()
    todos.write(_plan("pending", "completed"))
    todos.update("t2", "completed")
    todos.update("t1", "pending")
    assert todos.summary() == "1/2 completed"
    assert +todos.counts == {"pending": 1, "completed": 1}


def test_rewrite_resets_counts():
    todos = TodoList()
    todos.write(_plan("in_progress", "pending"))
    todos.update("t1", "completed")
    assert todos.write(json.dumps(_plan("pending"))) == "0/1 completed"
    assert todos.update("t1", "in_progress") == "0/1 completed; now: step 1"
