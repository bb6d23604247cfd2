from column_type_infer import infer_column, infer_types, infer_value


def test_nulls_do_not_change_a_column_type():
    assert infer_column(["7", "", "NA", "8"]) == "int"
    assert infer_column(["null", "yes", "no"]) == "bool"
    assert infer_column(["-", "abc"]) == "str"
    assert infer_column(["1.5", "none", "2"]) == "float"


def test_all_null_column_is_empty():
    assert infer_column(["", "NULL", " n/a "]) == "empty"
    assert infer_column([]) == "empty"


def test_int_with_nulls_and_floats():
    assert infer_column(["", "3", "4.25"]) == "float"


def test_bool_mixed_with_numbers_is_str():
    assert infer_column(["1", "true"]) == "str"
    assert infer_column(["", "2.0", "yes"]) == "str"


def test_signed_and_special_values():
    assert infer_value("+12") == "int"
    assert infer_value("1e3") == "float"
    assert infer_value("nan") == "str"
    assert infer_value("-") is None


def test_short_rows_count_as_null():
    header = ["a", "b", " c "]
    rows = [["1", "x"], ["2"], ["3", "y", "4"]]
    assert infer_types(header, rows) == {"a": "int", "b": "str", "c": "int"}


def test_column_with_only_blank_cells_in_sheet():
    header = ["name", "spare"]
    rows = [["ann", ""], ["bob", " "]]
    assert infer_types(header, rows) == {"name": "str", "spare": "empty"}
