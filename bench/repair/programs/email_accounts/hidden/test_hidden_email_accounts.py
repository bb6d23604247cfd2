import random

from email_accounts import merge_accounts


def _reference(accounts):
    groups = []
    for name, *addresses in accounts:
        if not addresses:
            continue
        merged = set(addresses)
        keep = []
        for group in groups:
            if group & merged:
                merged |= group
            else:
                keep.append(group)
        groups = keep + [merged]
    owner = {a: name for name, *addresses in accounts for a in addresses}
    return sorted([owner[min(g)], *sorted(g)] for g in groups)


def test_chain_of_shared_addresses():
    accounts = [["Li", "a@x", "b@x"], ["Li", "c@x", "d@x"], ["Li", "b@x", "c@x"]]
    assert merge_accounts(accounts) == [["Li", "a@x", "b@x", "c@x", "d@x"]]


def test_repeated_address_listed_once():
    assert merge_accounts([["Bo", "q@y", "q@y", "p@y"]]) == [["Bo", "p@y", "q@y"]]


def test_same_name_different_people():
    accounts = [["Sam", "s1@z"], ["Sam", "s2@z"]]
    assert merge_accounts(accounts) == [["Sam", "s1@z"], ["Sam", "s2@z"]]


def test_random_against_reference():
    rng = random.Random(7)
    for _ in range(100):
        pool = [f"u{i}@m" for i in range(rng.randint(1, 12))]
        accounts = []
        for _ in range(rng.randint(1, 7)):
            addresses = rng.sample(pool, rng.randint(1, min(3, len(pool))))
            accounts.append(["P", *addresses])
        assert merge_accounts(accounts) == _reference(accounts), accounts
