import json
from datetime import datetime, timezone
from decimal import Decimal
from pathlib import PurePosixPath

from tool_result_budget import estimate_tokens, fit_results


def test_json_with_non_json_types():
    payload = {
        "when": datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone.utc),
        "price": Decimal("9.90"),
        "file": PurePosixPath("/srv/data.csv"),
        "nested": [{"at": datetime(2023, 12, 31)}],
    }
    [text] = fit_results([("json", payload)], budget=500)
    assert json.loads(text) == {
        "when": "2024-01-02 03:04:05+00:00",
        "price": "9.90",
        "file": "/srv/data.csv",
        "nested": [{"at": "2023-12-31 00:00:00"}],
    }


def test_plain_json_unchanged_and_readable():
    [text] = fit_results([("json", {"city": "Zürich", "n": [1, 2]})], budget=100)
    assert json.loads(text) == {"city": "Zürich", "n": [1, 2]}
    assert "Zürich" in text


def test_json_result_truncated_to_budget():
    rows = [{"id": i, "seen": datetime(2024, 3, 1, i)} for i in range(20)]
    fitted = fit_results([("json", rows), ("text", "done")], budget=30)
    assert fitted[0].endswith("[truncated]")
    assert fitted[0].startswith('[\n {\n  "id": 0,\n  "seen": "2024-03-01 00:00:00"')
    assert sum(estimate_tokens(piece) for piece in fitted) <= 30
    assert fitted[1] == "done"


def test_three_way_split():
    fitted = fit_results([("text", "a" * 200)] * 3, budget=30)
    assert [estimate_tokens(piece) for piece in fitted] == [10, 10, 10]
