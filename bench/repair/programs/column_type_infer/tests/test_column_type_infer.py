from column_type_infer import infer_column, infer_types, infer_value


def test_single_values():
    assert infer_value("42") == "int"
    assert infer_value("-3.5") == "float"
    assert infer_value(" Yes ") == "bool"
    assert infer_value("hello") == "str"
    assert infer_value("N/A") is None


def test_int_and_float_widen_to_float():
    assert infer_column(["1", "2.5", "3"]) == "float"


def test_mixed_text_is_str():
    assert infer_column(["1", "two", "3"]) == "str"


def test_infer_types_for_a_small_sheet():
    header = ["id", "price", "in_stock", "note"]
    rows = [
        ["1", "9.99", "true", "first"],
        ["2", "", "false", ""],
        ["3", "12", "true", "third"],
    ]
    assert infer_types(header, rows) == {
        "id": "int", "price": "float", "in_stock": "bool", "note": "str",
    }
