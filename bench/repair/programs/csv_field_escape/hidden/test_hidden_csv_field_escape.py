import csv
import io
import random

from csv_field_escape import escape_field, format_row, format_rows, parse_line


def test_lone_quote():
    assert escape_field('"') == '""""'


def test_quote_at_start_and_end():
    assert escape_field('"quoted"') == '"""quoted"""'
    assert escape_field('5" floppy') == '"5"" floppy"'


def test_quote_with_other_delimiter():
    assert format_row(['say "hi"', "plain"], delimiter=";") == '"say ""hi""";plain'


def test_newlines_still_quoted():
    assert escape_field("line1\nline2") == '"line1\nline2"'
    assert escape_field("a\rb") == '"a\rb"'


def test_plain_text_untouched():
    assert escape_field("it's fine") == "it's fine"
    assert escape_field("") == ""


def test_roundtrip_through_own_parser():
    rng = random.Random(7)
    alphabet = 'ab ,";'
    for _ in range(300):
        row = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 6)))
               for _ in range(rng.randint(1, 4))]
        assert parse_line(format_row(row)) == row


def test_agrees_with_stdlib_reader():
    rows = [['he said "no"', "x"], ['"', ""], ["a,b", 'c"d']]
    text = "".join(format_rows(rows))
    assert list(csv.reader(io.StringIO(text, newline=""))) == rows
