import csv
import io
import random

from csv_split import parse, split_line


def test_round_trip_with_csv_module():
    rng = random.Random(4)
    alphabet = 'ab ,";'
    for _ in range(400):
        fields = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 6)))
                  for _ in range(rng.randint(2, 5))]
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="").writerow(fields)
        assert split_line(buffer.getvalue()) == fields


def test_only_quotes():
    assert split_line('""""') == ['"']
    assert split_line('"",""""') == ["", '"']


def test_other_delimiter_with_quotes():
    assert split_line('x;"a"";b";y', delimiter=";") == ["x", 'a";b', "y"]


def test_parse_quoted_values():
    text = 'id,quote\n1,"He said ""no"", twice"\n'
    assert parse(text) == [{"id": "1", "quote": 'He said "no", twice'}]
