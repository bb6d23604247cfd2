import random
import string

from query_string import build_query, first_values, parse_query


def test_equals_sign_inside_value():
    assert parse_query("/x?expr=a%3Db&raw=c=d") == {"expr": ["a=b"], "raw": ["c=d"]}


def test_empty_value_and_empty_pairs():
    assert parse_query("/x?a=&&b=1&") == {"a": [""], "b": ["1"]}


def test_encoded_keys_and_values():
    url = "https://h/p?first+name=J%C3%BCrgen&city%5B%5D=K%C3%B6ln&note=100%25+sure"
    assert parse_query(url) == {
        "first name": ["Jürgen"], "city[]": ["Köln"], "note": ["100% sure"],
    }


def test_question_mark_in_fragment_is_ignored():
    assert parse_query("/p?x=1#frag?y=2") == {"x": ["1"]}


def test_round_trip_random_params():
    rng = random.Random(5)
    alphabet = string.ascii_letters + string.digits + " &=+%/?#é"
    for _ in range(200):
        params = {}
        for _ in range(rng.randint(1, 4)):
            key = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 6)))
            params[key] = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8)))
                           for _ in range(rng.randint(1, 3))]
        assert parse_query("https://h/p?" + build_query(params)) == params


def test_first_values_of_parsed_url():
    params = parse_query("/s?q=hello+world&q=ignored&lang=en")
    assert first_values(params) == {"q": "hello world", "lang": "en"}
