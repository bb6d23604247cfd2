import random

from text_justify import justify, pack_lines


def _reference_pack(words, width):
    lines, current = [], []
    for word in words:
        if current and len(" ".join(current + [word])) > width:
            lines.append(current)
            current = []
        current.append(word)
    if current:
        lines.append(current)
    return lines


def test_line_never_exceeds_width_by_one():
    assert pack_lines(["ab", "cd", "ef"], 5) == [["ab", "cd"], ["ef"]]
    assert pack_lines(["ab", "cde"], 5) == [["ab"], ["cde"]]
    assert justify("ab cde fg", 5) == ["ab   ", "cde  ", "fg   "]


def test_fits_exactly_with_one_space():
    assert justify("aaaa bbbbb cc", 10) == ["aaaa bbbbb", "cc        "]


def test_random_texts_against_reference():
    rng = random.Random(3)
    for _ in range(200):
        width = rng.randint(6, 24)
        words = ["x" * rng.randint(1, width) for _ in range(rng.randint(1, 15))]
        lines = justify(" ".join(words), width)
        assert pack_lines(words, width) == _reference_pack(words, width)
        assert all(len(line) == width for line in lines)
        assert " ".join(lines).split() == words
        for line in lines[:-1]:
            if len(line.split()) > 1:
                assert line[0] != " " and line[-1] != " "


def test_extra_spaces_go_left():
    assert justify("a b c d extra", 10) == ["a  b  c  d", "extra     "]
    assert justify("ab c de longword", 9) == ["ab  c  de", "longword "]
