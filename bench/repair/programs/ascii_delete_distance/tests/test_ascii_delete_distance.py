from ascii_delete_distance import kept_weight, min_delete_sum


def test_identical_strings_cost_nothing():
    assert min_delete_sum("kitten", "kitten") == 0


def test_one_empty_string():
    assert min_delete_sum("abc", "") == ord("a") + ord("b") + ord("c")


def test_sea_eat():
    # delete 's' from "sea" and 't' from "eat"
    assert min_delete_sum("sea", "eat") == 231


def test_delete_leet_either_order():
    assert min_delete_sum("delete", "leet") == 403
    assert min_delete_sum("leet", "delete") == 403


def test_kept_weight_of_common_part():
    assert kept_weight("sea", "eat") == ord("e") + ord("a")
