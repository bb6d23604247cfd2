from datetime import date

from record_schema_cast import cast_all, cast_record

SCHEMA = {
    "id": ("int", True),
    "ok": ("bool", False),
    "when": ("date", False),
    "ratio": ("float", False),
    "label": ("str", False),
}


def test_dict_value_for_int_is_reported():
    clean, errors = cast_record({"id": {"v": 1}}, SCHEMA)
    assert clean == {}
    assert len(errors) == 1 and errors[0].startswith("id: cannot read {'v': 1} as int")


def test_number_given_for_date_is_reported():
    clean, errors = cast_record({"id": "4", "when": 20240101}, SCHEMA)
    assert clean == {"id": 4}
    assert len(errors) == 1 and errors[0].startswith("when: cannot read 20240101 as date")


def test_list_given_for_int_and_float_both_reported():
    clean, errors = cast_record({"id": ["3"], "ratio": (0.5,)}, SCHEMA)
    assert clean == {}
    assert [e.split(":")[0] for e in errors] == ["id", "ratio"]


def test_fractional_float_for_int_is_reported():
    clean, errors = cast_record({"id": 2.5}, SCHEMA)
    assert clean == {} and errors[0].startswith("id: cannot read 2.5 as int")


def test_bool_spellings_and_dates():
    clean, errors = cast_record(
        {"id": 7.0, "ok": " off ", "when": date(2020, 2, 29), "label": 12}, SCHEMA
    )
    assert errors == []
    assert clean == {"id": 7, "ok": False, "when": date(2020, 2, 29), "label": "12"}


def test_bad_bool_is_reported():
    _, errors = cast_record({"id": 1, "ok": "maybe"}, SCHEMA)
    assert len(errors) == 1 and errors[0].startswith("ok: cannot read 'maybe' as bool")


def test_cast_all_indexes_every_error():
    rows, problems = cast_all(
        [{"id": "x"}, {"id": "2", "ratio": None}, {"ratio": {}}], SCHEMA
    )
    assert rows == [{"id": 2}]
    assert [index for index, _ in problems] == [0, 2, 2]
