from prompt_pii_mask import Message, PiiMasker, Quote


def test_quote_without_personal_data_kept_as_is():
    message = Message("user", "write to x@y.com", quote=Quote(author="Support", text="Hi there"))
    masked = PiiMasker().mask_message(message)
    assert masked.text == "write to <EMAIL_1>"
    assert masked.quote == Quote(author="Support", text="Hi there")


def test_quote_and_message_share_numbering():
    message = Message(
        "user",
        "and ping +49 30 1234567",
        quote=Quote(author="Dana", text="reach me at dana@x.dev or +49 30 1234567"),
    )
    masker = PiiMasker()
    masked = masker.mask_message(message)
    assert masked.quote.text == "reach me at <EMAIL_1> or <PHONE_1>"
    assert masked.text == "and ping <PHONE_1>"
    assert masker.unmask(masked.quote.text) == "reach me at dana@x.dev or +49 30 1234567"


def test_message_without_quote_keeps_none():
    masked = PiiMasker().mask_message(Message("assistant", "ok"))
    assert masked.quote is None


def test_original_message_not_modified():
    quote = Quote(author="a@a.io", text="b@b.io")
    message = Message("user", "c@c.io", quote=quote)
    masked = PiiMasker().mask_message(message)
    assert message.quote.text == "b@b.io" and message.text == "c@c.io"
    assert {masked.quote.author, masked.quote.text, masked.text} == {
        "<EMAIL_1>", "<EMAIL_2>", "<EMAIL_3>"}


def test_conversation_with_quotes_round_trips():
    masker = PiiMasker()
    conversation = [
        Message("user", "my mail is kim@home.net"),
        Message("user", "see above", quote=Quote("kim@home.net", "call +33 1 23 45 67 89")),
    ]
    masked = masker.mask_conversation(conversation)
    assert masked[1].quote == Quote("<EMAIL_1>", "call <PHONE_1>")
    assert masker.unmask(masked[1].quote.text) == "call +33 1 23 45 67 89"
    assert masked[1].text == "see above"
