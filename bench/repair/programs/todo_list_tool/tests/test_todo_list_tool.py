import json

import pytest

from todo_list_tool import TodoError, TodoList

PLAN = {"todos": [
    {"id": "1", "content": "Read the failing test", "status": "in_progress"},
    {"id": "2", "content": "Fix the parser"},
    {"id": "3", "content": "Run the suite"},
]}


def test_write_sets_the_list():
    todos = TodoList()
    assert todos.write(PLAN) == "0/3 completed; now: Read the failing test"
    assert todos.items["2"] == {"content": "Fix the parser", "status": "pending"}


def test_write_accepts_json_text():
    todos = TodoList()
    assert todos.write(json.dumps(PLAN)) == "0/3 completed; now: Read the failing test"


def test_work_through_the_plan():
    todos = TodoList()
    todos.write(PLAN)
    assert todos.update("1", "completed") == "1/3 completed"
    assert todos.update("2", "in_progress") == "1/3 completed; now: Fix the parser"
    assert todos.update("2", "completed") == "2/3 completed"


def test_only_one_item_in_progress():
    todos = TodoList()
    todos.write(PLAN)
    with pytest.raises(TodoError, match="already in_progress"):
        todos.update("3", "in_progress")


def test_write_refuses_two_in_progress():
    todos = TodoList()
    with pytest.raises(TodoError):
        todos.write({"todos": [{"id": "a", "content": "x", "status": "in_progress"},
                               {"id": "b", "content": "y", "status": "in_progress"}]})


def test_unknown_id_or_status():
    todos = TodoList()
    todos.write(PLAN)
    with pytest.raises(TodoError, match="no todo"):
        todos.update("9", "completed")
    with pytest.raises(TodoError, match="unknown status"):
        todos.update("2", "done")
