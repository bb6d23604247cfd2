from bound_args_memo import memoize


def test_keyword_only_defaults_are_filled_in():
    calls = []

    @memoize()
    def render(template, *, lang="en", strict=False):
        calls.append((template, lang, strict))
        return f"{template}/{lang}/{strict}"

    assert render("t") == "t/en/False"
    assert render("t", lang="en") == "t/en/False"
    assert render("t", strict=False, lang="en") == "t/en/False"
    assert render("t", lang="fr") == "t/fr/False"
    assert calls == [("t", "en", False), ("t", "fr", False)]


def test_non_default_values_are_not_conflated():
    calls = []

    @memoize()
    def power(base, exp=2, mod=None):
        calls.append((base, exp, mod))
        value = base ** exp
        return value % mod if mod else value

    assert power(3) == 9
    assert power(3, 3) == 27
    assert power(3, 2, None) == 9
    assert power(3, mod=5) == 4
    assert power(base=3, exp=2, mod=5) == 4
    assert calls == [(3, 2, None), (3, 3, None), (3, 2, 5)]


def test_var_keyword_order_does_not_matter():
    calls = []

    @memoize()
    def query(table, limit=10, **filters):
        calls.append(table)
        return (table, limit, sorted(filters.items()))

    first = query("users", status="active", role=["admin"])
    second = query("users", 10, role=["admin"], status="active")
    assert first == second
    assert len(calls) == 1
    query("users", 5, role=["admin"], status="active")
    assert len(calls) == 2


def test_maxsize_one_keeps_the_latest():
    calls = []

    @memoize(maxsize=1)
    def square(x):
        calls.append(x)
        return x * x

    square(2)
    square(3)
    square(3)
    square(2)
    square(2)
    assert calls == [2, 3, 2]
    assert square.cache_info() == {"hits": 2, "misses": 3, "size": 1}


def test_hit_refreshes_recency():
    calls = []

    @memoize(maxsize=3)
    def ident(x, pad=0):
        calls.append(x)
        return x

    for x in [1, 2, 3, 1, 4, 2, 1, 3]:
        ident(x)
    assert calls == [1, 2, 3, 4, 2, 3]
    ident(4)
    ident(1, pad=0)
    assert calls == [1, 2, 3, 4, 2, 3, 4]
