import random

from turn_state import TurnState


def test_status_always_matches_pending():
    rng = random.Random(5)
    for _ in range(40):
        turn = TurnState()
        next_id = 0
        for _ in range(30):
            action = rng.choice(["start", "finish", "cancel"])
            if action == "start":
                turn.start_call(f"c{next_id}", "t")
                next_id += 1
            elif turn.pending:
                call_id = rng.choice(sorted(turn.pending))
                if action == "finish":
                    turn.finish_call(call_id, 1)
                else:
                    turn.cancel_call(call_id)
            expected = "waiting_for_tools" if turn.pending else "ready"
            assert turn.status == expected


def test_cancel_one_of_two_keeps_waiting():
    turn = TurnState()
    turn.start_call("a", "x")
    turn.start_call("b", "y")
    turn.cancel_call("a")
    assert turn.status == "waiting_for_tools"
    turn.cancel_call("b")
    assert turn.status == "ready"
