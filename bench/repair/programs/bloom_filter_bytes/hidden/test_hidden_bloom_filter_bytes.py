from bloom_filter_bytes import BloomFilter


def _filled(items, num_bits=300, num_hashes=4):
    bf = BloomFilter(num_bits, num_hashes)
    for it in items:
        bf.add(it)
    return bf


def test_bit_count_not_multiple_of_eight():
    bf = _filled(["x%d" % i for i in range(40)], num_bits=13, num_hashes=2)
    assert len(bf.bits) == 2
    assert all("x%d" % i in bf for i in range(40))


def test_union_is_bitwise_or():
    a = _filled(["a%d" % i for i in range(30)])
    b = _filled(["b%d" % i for i in range(30)])
    merged = a.union(b)
    assert list(merged.bits) == [x | y for x, y in zip(a.bits, b.bits)]
    assert merged.count == 60
    assert all("a%d" % i in merged for i in range(30))
    assert all("b%d" % i in merged for i in range(30))


def test_union_leaves_inputs_alone():
    a = _filled(["left"])
    b = _filled(["right"])
    before_a, before_b = bytes(a.bits), bytes(b.bits)
    a.union(b)
    assert bytes(a.bits) == before_a and bytes(b.bits) == before_b


def test_union_with_empty_is_same():
    a = _filled(["p", "q", "r"])
    merged = a.union(BloomFilter(300, 4))
    assert merged.bits == a.bits
    assert merged.bits_set() == a.bits_set()


def test_false_positive_rate_grows():
    bf = BloomFilter(200, 3)
    rates = []
    for i in range(50):
        bf.add(str(i))
        rates.append(bf.false_positive_rate())
    assert rates == sorted(rates)
    assert 0.0 < rates[-1] < 1.0
