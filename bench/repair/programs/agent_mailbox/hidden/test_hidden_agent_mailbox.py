from agent_mailbox import Mailbox


def test_reply_to_a_broadcast():
    box = Mailbox(["lead", "w1", "w2"])
    box.send({"id": "b1", "kind": "broadcast", "from": "lead", "body": "status?"})
    assert box.send({"id": "r1", "kind": "reply", "from": "w2", "in_reply_to": "b1"}) == ["lead"]
    assert [m["id"] for m in box.drain("lead")] == ["r1"]


def test_reply_chain_alternates():
    box = Mailbox(["x", "y", "z"])
    box.send({"id": "1", "from": "x", "to": "y"})
    assert box.send({"id": "2", "kind": "reply", "from": "y", "in_reply_to": "1"}) == ["x"]
    assert box.send({"id": "3", "kind": "reply", "from": "x", "in_reply_to": "2"}) == ["y"]
    assert box.send({"id": "4", "kind": "reply", "from": "y", "in_reply_to": "3"}) == ["x"]
    assert [m["id"] for m in box.thread("4")] == ["1", "2", "3", "4"]
    assert box.inboxes["z"] == []


def test_reply_to_unknown_message_is_dead_letter():
    box = Mailbox(["x", "y"])
    reply = {"id": "9", "kind": "reply", "from": "y", "in_reply_to": "missing"}
    assert box.send(reply) == []
    assert box.dead_letters == [reply]


def test_reply_from_third_party_goes_to_original_sender():
    box = Mailbox(["planner", "coder", "reviewer"])
    box.send({"id": "m1", "from": "coder", "to": "reviewer", "body": "patch"})
    delivered = box.send({"id": "m2", "kind": "reply", "from": "planner", "in_reply_to": "m1"})
    assert delivered == ["coder"]
    assert box.inboxes["reviewer"][0]["id"] == "m1"
    assert len(box.inboxes["reviewer"]) == 1


def test_unknown_kind_is_dead_letter():
    box = Mailbox(["a", "b"])
    message = {"id": "1", "kind": "multicast", "from": "a", "to": "b"}
    assert box.send(message) == []
    assert box.dead_letters == [message]
