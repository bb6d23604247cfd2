import os
import random

from shared_prefix import common_directory, common_prefix, complete


def test_many_words():
    words = ["prefix", "prefixes", "prefixed", "prefixing", "prefixal", "prefixion"]
    assert common_prefix(words) == "prefix"


def test_four_words_with_no_overlap_at_the_end():
    assert common_prefix(["abcd", "abce", "abcf", "xbcd"]) == ""
    assert common_prefix(["abcd", "abce", "abcf", "abcg"]) == "abc"


def test_identical_and_empty_string():
    assert common_prefix(["same", "same", "same", "same", "same"]) == "same"
    assert common_prefix(["", "abc", "abd"]) == ""


def test_last_word_decides():
    assert common_prefix(["alpha", "alphabet", "alphanumeric", "alpine"]) == "alp"
    assert common_prefix(["stack", "stacked", "star"]) == "sta"


def test_random_against_os_path_commonprefix():
    rng = random.Random(77)
    for _ in range(400):
        words = ["".join(rng.choice("ab") for _ in range(rng.randint(0, 6)))
                 for _ in range(rng.randint(1, 9))]
        assert common_prefix(words) == os.path.commonprefix(words), words


def test_common_directory_cases():
    assert common_directory(["/var/log/a.log", "/var/log/b.log"]) == "/var/log"
    assert common_directory(["/etc/hosts", "/usr/bin/env"]) == "/"
    assert common_directory(["src/a.py", "src/b.py", "src/pkg/c.py", "src/pkg/d.py"]) == "src"


def test_complete_more():
    assert complete("py", ["pytest", "python3", "python", "pyright"]) == ""
    assert complete("pyth", ["pytest", "python3", "python"]) == "on"
    assert complete("doc", ["docker", "docker-compose", "dockerd"]) == "ker"
