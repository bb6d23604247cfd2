from output_truncate import MARKER, truncate_output


def test_odd_budget_gives_extra_char_to_tail():
    out = truncate_output("0123456789ABCDEF", 5)
    assert out == "01" + MARKER.format(omitted=11) + "DEF"


def test_lengths_add_up():
    for size in range(20, 200, 7):
        text = "".join(chr(97 + i % 26) for i in range(size))
        for budget in (4, 9, 16):
            out = truncate_output(text, budget)
            head, rest = out.split("\n[... ", 1)
            omitted_str, tail = rest.split(" characters omitted ...]\n")
            assert len(head) + len(tail) == budget
            assert int(omitted_str) == size - budget
            assert text.startswith(head) and text.endswith(tail)


def test_exact_length_untouched():
    assert truncate_output("abc", 3) == "abc"
