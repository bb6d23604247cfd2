from shell_du_rollup import directory_sizes, directory_to_delete, small_directories_total


def test_two_files_in_root():
    assert directory_sizes(["$ cd /", "$ ls", "10 a", "32 b"]) == {"/": 42}


def test_deep_nesting_rolls_up_to_every_ancestor():
    lines = ["$ cd /", "$ cd x", "$ cd y", "$ cd z", "$ ls", "5 one", "7 two"]
    assert directory_sizes(lines) == {"/": 12, "/x": 12, "/x/y": 12, "/x/y/z": 12}


def test_relisting_does_not_double_count():
    lines = ["$ cd /", "$ ls", "100 a", "$ cd q", "$ ls", "50 b", "$ cd ..", "$ ls", "100 a", "dir q"]
    assert directory_sizes(lines) == {"/": 150, "/q": 50}


def test_same_name_in_different_directories_counts_both():
    lines = ["$ cd /", "$ cd p", "$ ls", "3 f", "$ cd /", "$ cd r", "$ ls", "4 f"]
    assert directory_sizes(lines) == {"/": 7, "/p": 3, "/r": 4}


def test_cd_up_from_root_stays_at_root():
    lines = ["$ cd ..", "$ ls", "9 top", "$ cd w", "$ ls", "1 low"]
    assert directory_sizes(lines) == {"/": 10, "/w": 1}


def test_file_names_with_spaces_and_blank_lines():
    lines = ["$ cd /", "", "$ ls", "11 my file.txt", "  ", "2 other"]
    assert directory_sizes(lines) == {"/": 13}


def test_small_total_and_delete_choice():
    sizes = {"/": 90, "/a": 60, "/a/b": 20, "/c": 30}
    assert small_directories_total(sizes, limit=30) == 50
    assert directory_to_delete(sizes, 100, 35) == "/c"
    assert directory_to_delete(sizes, 100, 25) == "/a/b"
    assert directory_to_delete(sizes, 100, 10) is None
    assert directory_to_delete(sizes, 100, 200) is None
