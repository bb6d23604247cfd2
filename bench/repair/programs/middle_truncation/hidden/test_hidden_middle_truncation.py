import random
import re

from middle_truncation import MARKER, truncate_middle


def split(result):
    match = re.search(r"\n\[\.\.\. (\d+) characters omitted \.\.\.\]\n", result)
    assert match
    return result[:match.start()], int(match.group(1)), result[match.end():]


def test_omitted_count_adds_up():
    rng = random.Random(3)
    for _ in range(200):
        lines = ["#" * rng.randint(0, 30) for _ in range(rng.randint(1, 40))]
        output = "\n".join(lines) + rng.choice(["", "\n"])
        limit = rng.randint(5, 80)
        result = truncate_middle(output, limit=limit, tail_share=rng.choice([0.3, 0.5, 0.8]))
        if len(output) <= limit:
            assert result == output
            continue
        head, omitted, tail = split(result)
        assert output.startswith(head) and output.endswith(tail)
        assert len(head) + omitted + len(tail) == len(output)
        assert len(head) + len(tail) <= limit


def test_minified_json_keeps_both_ends():
    output = '{"items": [' + ", ".join(str(n) for n in range(2000)) + "]}"
    head, omitted, tail = split(truncate_middle(output, limit=200))
    assert head == output[:100]
    assert tail == output[-100:]
    assert omitted == len(output) - 200


def test_head_is_partial_line_only_when_first_line_too_long():
    output = "a" * 50 + "\n" + "b" * 50 + "\n" + "c" * 50
    head, _, tail = split(truncate_middle(output, limit=60))
    assert head == "a" * 30
    assert tail == "c" * 30


def test_tail_share():
    output = "".join(f"{n:04d}\n" for n in range(200))
    head, _, tail = split(truncate_middle(output, limit=100, tail_share=0.8))
    assert head == "0000\n0001\n0002\n0003\n"
    assert tail == "".join(f"{n:04d}\n" for n in range(184, 200))


def test_marker_format():
    assert MARKER.format(omitted=5) in truncate_middle("q" * 50, limit=45)
