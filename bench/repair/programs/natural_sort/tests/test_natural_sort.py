from natural_sort import natural_compare, natural_max, natural_sorted


def test_numbers_compare_by_value():
    assert natural_sorted(["file10", "file2", "file1"]) == ["file1", "file2", "file10"]


def test_several_number_runs():
    versions = ["v1.10.0", "v1.2.10", "v1.2.9", "v1.9"]
    assert natural_sorted(versions) == ["v1.2.9", "v1.2.10", "v1.9", "v1.10.0"]


def test_case_is_ignored():
    assert natural_sorted(["banana", "Cherry", "apple"]) == ["apple", "banana", "Cherry"]


def test_reverse():
    assert natural_sorted(["x3", "x20", "x100"], reverse=True) == ["x100", "x20", "x3"]


def test_compare():
    assert natural_compare("page9", "page10") == -1
    assert natural_compare("page10", "page9") == 1
    assert natural_compare("same", "same") == 0


def test_latest_build():
    assert natural_max(["build-9", "build-11", "build-10"]) == "build-11"
