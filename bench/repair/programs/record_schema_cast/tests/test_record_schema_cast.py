from datetime import date

from record_schema_cast import cast_all, cast_record

SCHEMA = {
    "name": ("str", True),
    "age": ("int", True),
    "score": ("float", False),
    "active": ("bool", False),
    "joined": ("date", False),
}


def test_clean_record():
    clean, errors = cast_record(
        {"name": " Ada ", "age": "36", "score": "9.5", "active": "Yes", "joined": "2021-04-01"},
        SCHEMA,
    )
    assert errors == []
    assert clean == {"name": "Ada", "age": 36, "score": 9.5, "active": True, "joined": date(2021, 4, 1)}


def test_missing_required_field():
    clean, errors = cast_record({"name": "Bo", "age": ""}, SCHEMA)
    assert clean == {"name": "Bo"}
    assert errors == ["age: missing"]


def test_bad_number_is_reported():
    clean, errors = cast_record({"name": "Cy", "age": "forty"}, SCHEMA)
    assert "age" not in clean
    assert len(errors) == 1 and errors[0].startswith("age: cannot read 'forty' as int")


def test_wrong_shape_value_is_reported_not_raised():
    clean, errors = cast_record({"name": "Di", "age": 30, "score": [1, 2]}, SCHEMA)
    assert clean == {"name": "Di", "age": 30}
    assert len(errors) == 1 and errors[0].startswith("score: cannot read [1, 2] as float")


def test_cast_all_splits_good_and_bad():
    rows, problems = cast_all([{"name": "A", "age": "1"}, {"name": "B"}], SCHEMA)
    assert rows == [{"name": "A", "age": 1}]
    assert problems == [(1, "age: missing")]
