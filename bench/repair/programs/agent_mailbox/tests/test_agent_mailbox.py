from agent_mailbox import Mailbox


def test_direct_message():
    box = Mailbox(["planner", "coder", "reviewer"])
    assert box.send({"id": "m1", "from": "planner", "to": "coder", "body": "write it"}) == ["coder"]
    assert [m["body"] for m in box.drain("coder")] == ["write it"]
    assert box.drain("coder") == []


def test_broadcast_skips_sender():
    box = Mailbox(["planner", "coder", "reviewer"])
    delivered = box.send({"id": "m1", "kind": "broadcast", "from": "planner", "body": "start"})
    assert delivered == ["coder", "reviewer"]
    assert box.inboxes["planner"] == []


def test_unknown_recipient_is_dead_letter():
    box = Mailbox(["planner", "coder"])
    message = {"id": "m1", "from": "planner", "to": "tester", "body": "?"}
    assert box.send(message) == []
    assert box.dead_letters == [message]


def test_reply_goes_back_to_sender():
    box = Mailbox(["planner", "coder", "reviewer"])
    box.send({"id": "m1", "from": "planner", "to": "coder", "body": "write it"})
    reply = {"id": "m2", "kind": "reply", "from": "coder", "in_reply_to": "m1", "body": "done"}
    assert box.send(reply) == ["planner"]
    assert box.drain("planner") == [reply]


def test_thread():
    box = Mailbox(["a", "b"])
    box.send({"id": "1", "from": "a", "to": "b"})
    box.send({"id": "2", "kind": "reply", "from": "b", "in_reply_to": "1"})
    assert [m["id"] for m in box.thread("2")] == ["1", "2"]
