from shared_prefix import common_directory, common_prefix, complete, pair_prefix


def test_pair_prefix():
    assert pair_prefix("interview", "internet") == "inter"
    assert pair_prefix("abc", "xyz") == ""


def test_empty_and_single():
    assert common_prefix([]) == ""
    assert common_prefix(["solo"]) == "solo"


def test_classic_example():
    assert common_prefix(["flower", "flow", "flight"]) == "fl"


def test_two_words():
    assert common_prefix(["checkout", "checkpoint"]) == "check"


def test_common_directory():
    paths = ["/srv/app/models/user.py", "/srv/app/models/order.py", "/srv/app/views.py"]
    assert common_directory(paths) == "/srv/app"


def test_complete():
    assert complete("git st", ["git status", "git stash", "git show"]) == "a"
    assert complete("ls", ["cat", "echo"]) == ""
