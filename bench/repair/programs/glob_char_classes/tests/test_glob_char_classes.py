from glob_char_classes import glob_filter, glob_match

PATHS = ["README.md", "setup.py", "src/app.py", "src/util.py", "src/a/deep.py", ".env", "test_1.py"]


def test_literal_and_question_mark():
    assert glob_match("setup.py", "setup.py")
    assert glob_match("test_?.py", "test_1.py")
    assert not glob_match("test_?.py", "test_12.py")


def test_star_stays_in_one_directory():
    assert glob_filter("src/*.py", PATHS) == ["src/app.py", "src/util.py"]
    assert glob_filter("*.py", PATHS) == ["setup.py", "test_1.py"]


def test_character_class_and_range():
    assert glob_filter("src/[au]*.py", PATHS) == ["src/app.py", "src/util.py"]
    assert glob_match("test_[0-9].py", "test_1.py")
    assert not glob_match("test_[a-z].py", "test_1.py")


def test_negated_class():
    assert glob_filter("[!.]*", PATHS) == ["README.md", "setup.py", "test_1.py"]
    assert not glob_match("test_[!0-9].py", "test_1.py")


def test_escaped_wildcard():
    assert glob_match(r"what\?.txt", "what?.txt")
    assert not glob_match(r"what\?.txt", "whats.txt")
