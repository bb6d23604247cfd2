from stable_multikey_records import sort_records, top_records

PEOPLE = [
    {"name": "ana", "team": "red", "score": 7},
    {"name": "bo", "team": "blue", "score": 9},
    {"name": "cy", "team": "red", "score": 9},
    {"name": "di", "team": "blue", "score": 4},
]


def names(records):
    return [r["name"] for r in records]


def test_single_key():
    assert names(sort_records(PEOPLE, ["score"])) == ["di", "ana", "bo", "cy"]


def test_single_key_descending():
    assert names(sort_records(PEOPLE, ["-score"])) == ["bo", "cy", "ana", "di"]


def test_two_keys():
    assert names(sort_records(PEOPLE, ["team", "-score"])) == ["bo", "di", "cy", "ana"]


def test_does_not_modify_input():
    before = list(PEOPLE)
    sort_records(PEOPLE, ["name"])
    assert PEOPLE == before
