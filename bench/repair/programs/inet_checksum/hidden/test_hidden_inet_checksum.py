import random

from inet_checksum import InternetChecksum, checksum, is_valid


def _reference(data):
    if len(data) % 2:
        data += b"\x00"
    total = sum(int.from_bytes(data[i:i + 2], "big") for i in range(0, len(data), 2))
    while total >> 16:
        total = (total & 0xFFFF) + (total >> 16)
    return ~total & 0xFFFF


def test_all_ones_words():
    assert checksum(b"\xff\xff" * 5) == 0x0000
    assert checksum(b"\x80\x00\x80\x00") == 0xFFFE


def test_icmp_echo_request_validates():
    body = bytes.fromhex("0800 0000 1234 0001") + b"abcdefghijklmnopqrstuvwabcdefghi"
    value = checksum(body)
    packet = body[:2] + value.to_bytes(2, "big") + body[4:]
    assert is_valid(packet)
    corrupted = packet[:9] + bytes([packet[9] ^ 0x40]) + packet[10:]
    assert not is_valid(corrupted)


def test_random_data_matches_reference():
    rng = random.Random(5)
    for _ in range(200):
        data = bytes(rng.randrange(256) for _ in range(rng.randint(0, 60)))
        assert checksum(data) == _reference(data)


def test_random_splits_match_one_shot():
    rng = random.Random(9)
    for _ in range(100):
        data = bytes(rng.randrange(256) for _ in range(rng.randint(1, 50)))
        accumulator = InternetChecksum()
        position = 0
        while position < len(data):
            size = rng.randint(0, 7)
            accumulator.update(data[position:position + size])
            position += size
        assert accumulator.digest() == _reference(data)
