from email_accounts import DisjointSet, merge_accounts


def test_disjoint_set():
    sets = DisjointSet()
    for item in "abcd":
        sets.add(item)
    sets.union("a", "b")
    sets.union("c", "b")
    assert sets.find("a") == sets.find("c")
    assert sets.find("d") != sets.find("a")


def test_no_accounts():
    assert merge_accounts([]) == []


def test_accounts_sharing_an_email_are_merged():
    accounts = [
        ["John", "johnsmith@mail.com", "john_newyork@mail.com"],
        ["John", "johnsmith@mail.com", "john00@mail.com"],
        ["Mary", "mary@mail.com"],
        ["John", "johnnybravo@mail.com"],
    ]
    assert merge_accounts(accounts) == [
        ["John", "john00@mail.com", "john_newyork@mail.com", "johnsmith@mail.com"],
        ["John", "johnnybravo@mail.com"],
        ["Mary", "mary@mail.com"],
    ]


def test_single_account():
    assert merge_accounts([["Ann", "b@x.org", "a@x.org"]]) == [["Ann", "a@x.org", "b@x.org"]]
