from shingle_near_dupes import dedupe, duplicate_pairs, jaccard, shingles


def test_empty_text_has_no_shingles_and_empty_sets_match():
    assert shingles("  ...  ") == set()
    assert jaccard(set(), set()) == 1.0


def test_case_and_punctuation_do_not_matter():
    passages = [
        "The API key rotates every ninety days.",
        "the api key rotates, every ninety days!",
    ]
    assert dedupe(passages) == passages[:1]


def test_every_kept_passage_is_compared_not_only_the_first():
    a = "cats sleep most of the day in warm sunny spots"
    b = "compilers translate source code into machine code for the cpu"
    c = "rivers carry sediment from the mountains down to the sea"
    passages = [a, b, c, b, c, a]
    assert dedupe(passages) == [a, b, c]


def test_boundary_is_inclusive_for_other_thresholds():
    # {a,b,c} vs {a,b,d,e}: 2 shared of 5 -> 0.4
    passages = ["a b c", "a b d e", "x y"]
    assert dedupe(passages, threshold=0.4, k=1) == ["a b c", "x y"]
    assert dedupe(passages, threshold=0.41, k=1) == passages


def test_half_overlap_at_threshold_half():
    passages = ["w x y", "w x z"]  # {w,x,y} vs {w,x,z}: 2/4
    assert dedupe(passages, threshold=0.5, k=1) == ["w x y"]


def test_only_kept_passages_are_compared():
    a = "p1 p2 p3 p4 p5 p6"
    b = "p1 p2 p3 p4 q5 q6"  # vs a: 4 shared of 8 -> 0.5
    c = "q7 q8 p3 p4 q5 q6"  # vs b: 4 of 8 -> 0.5, vs a: 2 of 10 -> 0.2
    assert dedupe([a, b, c], threshold=0.5, k=1) == [a, c]


def test_near_duplicate_with_one_word_changed():
    base = "to reset a password open settings then choose security and click reset"
    edited = "to reset a password open settings then choose security and press reset"
    other = "invoices are emailed on the first day of every month to the billing contact"
    assert dedupe([base, other, edited], threshold=0.6) == [base, other]
    assert dedupe([base, other, edited], threshold=0.9) == [base, other, edited]


def test_duplicate_pairs_inclusive_threshold():
    passages = ["a b c d", "a b c e", "q r s t"]
    assert duplicate_pairs(passages, threshold=0.6, k=1) == [(0, 1)]
