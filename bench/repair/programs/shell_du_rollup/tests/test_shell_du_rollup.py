from shell_du_rollup import directory_sizes, directory_to_delete, small_directories_total

SESSION = """\
$ cd /
$ ls
dir a
14848514 b.txt
8504156 c.dat
dir d
$ cd a
$ ls
dir e
29116 f
2557 g
62596 h.lst
$ cd e
$ ls
584 i
$ cd ..
$ cd ..
$ cd d
$ ls
4060174 j
8033020 d.log
5626152 d.ext
7214296 k
""".splitlines()


def test_single_file_in_root():
    assert directory_sizes(["$ cd /", "$ ls", "120 notes.txt"]) == {"/": 120}


def test_example_session():
    sizes = directory_sizes(SESSION)
    assert sizes == {"/": 48381165, "/a": 94853, "/a/e": 584, "/d": 24933642}


def test_small_directories_total():
    assert small_directories_total(directory_sizes(SESSION)) == 95437


def test_directory_to_delete():
    assert directory_to_delete(directory_sizes(SESSION), 70_000_000, 30_000_000) == "/d"


def test_empty_directory_listed():
    assert directory_sizes(["$ cd /", "$ ls", "dir empty"]) == {"/": 0, "/empty": 0}
