import random

from paragraph_justify import justify


def _space_runs(line):
    runs, count = [], 0
    for char in line:
        if char == " ":
            count += 1
        elif count:
            runs.append(count)
            count = 0
    return runs


def _check_full_line(line, width):
    assert len(line) == width
    assert line == line.strip()
    runs = _space_runs(line)
    assert runs == sorted(runs, reverse=True)
    assert max(runs) - min(runs) <= 1


def test_last_line_full_when_asked():
    assert justify("What must be acknowledgment shall be", 16, last_line_full=True) == [
        "What   must   be",
        "acknowledgment  ",
        "shall         be",
    ]


def test_one_line_paragraph_full_when_asked():
    assert justify("to be or", 12, last_line_full=True) == ["to   be   or"]
    assert justify("to be or", 12) == ["to be or    "]


def test_whitespace_collapsed_and_last_line_left():
    assert justify("  Science   is what\nwe understand  ", 20) == [
        "Science  is  what we",
        "understand          ",
    ]


def test_random_paragraphs():
    rng = random.Random(31)
    vocabulary = ["a", "an", "ox", "the", "cat", "sat", "upon", "mat", "quietly", "tonight"]
    for _ in range(200):
        words = [rng.choice(vocabulary) for _ in range(rng.randint(1, 25))]
        width = rng.randint(7, 30)
        lines = justify(" ".join(words), width)
        assert [w for line in lines for w in line.split()] == words
        last = lines[-1]
        assert last == " ".join(last.split()).ljust(width)
        for line in lines[:-1]:
            if len(line.split()) > 1:
                _check_full_line(line, width)
            else:
                assert line == line.split()[0].ljust(width)


def test_random_paragraphs_all_lines_full():
    rng = random.Random(8)
    vocabulary = ["go", "see", "walk", "river", "bank", "to", "by", "stone"]
    for _ in range(100):
        words = [rng.choice(vocabulary) for _ in range(rng.randint(2, 20))]
        width = rng.randint(10, 24)
        lines = justify(" ".join(words), width, last_line_full=True)
        assert [w for line in lines for w in line.split()] == words
        for line in lines:
            if len(line.split()) > 1:
                _check_full_line(line, width)
