from delta_zigzag_stream import decode, encode, unzigzag, zigzag


def test_zigzag_mapping():
    assert [zigzag(n) for n in (0, -1, 1, -2, 2)] == [0, 1, 2, 3, 4]
    assert [unzigzag(z) for z in range(5)] == [0, -1, 1, -2, 2]


def test_empty_and_single():
    assert encode([]) == b"\x00"
    assert encode([5]) == b"\x01\x0a"
    assert decode(b"\x01\x0a") == [5]


def test_round_trip_timestamps():
    stamps = [1700000000, 1700000003, 1700000003, 1700000010, 1700000009]
    assert decode(encode(stamps)) == stamps


def test_small_steps_stay_small():
    values = list(range(1000, 1100))
    assert len(encode(values, base=1000)) < 110
