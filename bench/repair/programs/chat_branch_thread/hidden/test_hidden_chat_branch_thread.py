from chat_branch_thread import ChatTree


def build():
    chat = ChatTree()
    q1 = chat.add("user", "plan a trip")
    a1 = chat.add("assistant", "where to?", q1)
    q2 = chat.add("user", "Rome", a1)
    a2 = chat.add("assistant", "Rome plan", q2)
    q2b = chat.edit(q2, "Paris")
    a2b = chat.add("assistant", "Paris plan", q2b)
    return chat, dict(q1=q1, a1=a1, q2=q2, a2=a2, q2b=q2b, a2b=a2b)


def test_threads_follow_their_own_branch():
    chat, ids = build()
    assert chat.thread(ids["a2"]) == [
        ("user", "plan a trip"),
        ("assistant", "where to?"),
        ("user", "Rome"),
        ("assistant", "Rome plan"),
    ]
    assert chat.thread(ids["a2b"]) == [
        ("user", "plan a trip"),
        ("assistant", "where to?"),
        ("user", "Paris"),
        ("assistant", "Paris plan"),
    ]


def test_to_prompt_uses_newest_branch_and_system():
    chat, ids = build()
    assert chat.to_prompt(system="be brief") == [
        {"role": "system", "content": "be brief"},
        {"role": "user", "content": "plan a trip"},
        {"role": "assistant", "content": "where to?"},
        {"role": "user", "content": "Paris"},
        {"role": "assistant", "content": "Paris plan"},
    ]


def test_to_prompt_for_older_branch():
    chat, ids = build()
    prompt = chat.to_prompt(ids["a2"])
    assert [m["content"] for m in prompt] == ["plan a trip", "where to?", "Rome", "Rome plan"]
    assert prompt[0]["role"] == "user"


def test_edited_root_starts_new_conversation():
    chat = ChatTree()
    first = chat.add("user", "one")
    chat.add("assistant", "reply", first)
    second = chat.edit(first, "two")
    assert chat.versions(first) == [first, second]
    assert chat.latest_leaf() == second
    assert chat.thread(second) == [("user", "two")]


def test_thread_of_middle_message():
    chat, ids = build()
    assert chat.thread(ids["q2"]) == [
        ("user", "plan a trip"),
        ("assistant", "where to?"),
        ("user", "Rome"),
    ]
