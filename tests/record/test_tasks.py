from pathlib import Path

import pytest

from selfpatch.errors import UserError
from selfpatch.record.tasks import load_tasks


def test_tasks_keep_extra_fields(tmp_path: Path) -> None:
    path = tmp_path / "t.jsonl"
    path.write_text('{"id": 1, "input": {"q": "x"}, "expected": 2, "weight": 3}\n\n')
    [task] = load_tasks(path)
    assert task.id == "1" and task.input == {"q": "x"}
    assert task.has_expected and task.expected == 2 and task.raw["weight"] == 3


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"id": "a", "input": 1}\n{"id": "b", "input": \n', "t.jsonl line 2: not valid JSON"),
        ("[1, 2]\n", "line 1: must be a JSON object"),
        ('{"input": 1}\n', 'line 1: needs an "id"'),
        ('{"id": "a"}\n', 'line 1: needs an "input"'),
        ('{"id": "a", "input": 1}\n{"id": "a", "input": 2}\n', "duplicate task id"),
        ("\n", "has no tasks"),
    ],
)
def test_bad_tasks_name_the_line(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "t.jsonl"
    path.write_text(text)
    with pytest.raises(UserError, match=message):
        load_tasks(path)
