import pytest

from csv_upload_rows import UploadError, read_upload


def test_plain_upload():
    rows, problems = read_upload("Name,Email\nAda,ada@example.com\n")
    assert rows == [{"name": "Ada", "email": "ada@example.com"}]
    assert problems == []


def test_spaces_after_commas_and_quoted_comma():
    text = 'name, city, plan\nAda, "London, UK", pro\nBo, Oslo, free\n'
    rows, problems = read_upload(text, required=("name", "city"))
    assert problems == []
    assert rows == [
        {"name": "Ada", "city": "London, UK", "plan": "pro"},
        {"name": "Bo", "city": "Oslo", "plan": "free"},
    ]


def test_wrong_field_count_is_a_problem_with_line_number():
    rows, problems = read_upload("a,b\n1,2\n3\n4,5\n")
    assert rows == [{"a": "1", "b": "2"}, {"a": "4", "b": "5"}]
    assert problems == ["line 3: expected 2 fields, got 1"]


def test_missing_required_column():
    with pytest.raises(UploadError, match="email"):
        read_upload("name\nAda\n", required=("name", "email"))


def test_empty_file():
    with pytest.raises(UploadError):
        read_upload("")
