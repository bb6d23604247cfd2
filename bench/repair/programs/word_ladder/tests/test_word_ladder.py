from word_ladder import build_index, ladder_length, shortest_ladder


def one_letter_apart(a, b):
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b)) == 1


def test_index_groups_words_by_pattern():
    index = build_index(["cat", "cot", "dog"])
    assert index["c*t"] == ["cat", "cot"]
    assert index["*og"] == ["dog"]


def test_classic_hit_to_cog():
    words = ["hot", "dot", "dog", "lot", "log", "cog"]
    assert ladder_length("hit", "cog", words) == 5


def test_cat_to_dog_takes_three_steps():
    words = ["cot", "cog", "dog", "dot", "cut", "hut", "hot", "hog"]
    ladder = shortest_ladder("cat", "dog", words)
    assert ladder is not None
    assert len(ladder) == 4
    assert ladder[0] == "cat" and ladder[-1] == "dog"


def test_every_step_is_a_word_one_letter_apart():
    words = ["cord", "card", "ward", "warm", "word", "worm", "corm", "wold"]
    ladder = shortest_ladder("cold", "warm", words)
    assert ladder is not None
    assert all(one_letter_apart(a, b) for a, b in zip(ladder, ladder[1:]))
    assert all(word in words for word in ladder[1:])


def test_no_ladder():
    assert shortest_ladder("hit", "cog", ["hot", "dot", "dog", "lot", "log"]) is None
    assert ladder_length("abc", "xyz", ["abz", "xbc"]) == 0
