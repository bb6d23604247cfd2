from collections import deque

from wheel_lock_bfs import fewest_turns


def reference(target, deadends, start):
    blocked = set(deadends)
    if start in blocked:
        return -1
    dist = {start: 0}
    queue = deque([start])
    while queue:
        code = queue.popleft()
        if code == target:
            return dist[code]
        for i in range(len(code)):
            for step in (1, 9):
                nxt = code[:i] + str((int(code[i]) + step) % 10) + code[i + 1:]
                if nxt not in dist and nxt not in blocked:
                    dist[nxt] = dist[code] + 1
                    queue.append(nxt)
    return -1


def test_two_wheels_every_target():
    deadends = ["11", "19", "91", "55", "45", "54", "56", "65"]
    for value in range(100):
        target = f"{value:02d}"
        assert fewest_turns(target, deadends) == reference(target, deadends, "00"), target


def test_custom_start():
    assert fewest_turns("000", start="999") == 3
    assert fewest_turns("5", start="5") == 0
    assert fewest_turns("7", start="2") == 5
    assert fewest_turns("19", ["09", "10"], start="00") == reference("19", ["09", "10"], "00")


def test_start_blocked_even_when_already_there():
    assert fewest_turns("000", ["000"]) == -1
    assert fewest_turns("42", ["42"], start="42") == -1


def test_start_blocked_with_custom_start():
    assert fewest_turns("12", ["35"], start="35") == -1


def test_target_is_a_dead_end():
    assert fewest_turns("01", ["01"]) == -1


def test_single_wheel_distances():
    for digit in range(10):
        assert fewest_turns(str(digit)) == min(digit, 10 - digit)
