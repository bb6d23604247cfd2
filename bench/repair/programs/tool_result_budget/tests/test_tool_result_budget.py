from datetime import date

from tool_result_budget import estimate_tokens, fit_results, shrink


def test_estimate_tokens_rounds_up():
    assert estimate_tokens("") == 0
    assert estimate_tokens("abcd") == 1
    assert estimate_tokens("abcde") == 2


def test_short_text_is_untouched():
    assert shrink("all good", max_tokens=10) == "all good"


def test_long_text_is_cut_with_a_marker():
    cut = shrink("x" * 100, max_tokens=10)
    assert cut.endswith("[truncated]")
    assert len(cut) == 40


def test_small_results_fit_as_rendered():
    fitted = fit_results([("text", "ok"), ("lines", ["a.py", "b.py"])], budget=50)
    assert fitted == ["ok", "a.py\nb.py"]


def test_calendar_tool_result_as_json():
    events = [{"title": "Standup", "day": date(2024, 5, 6), "minutes": 15}]
    [text] = fit_results([("json", events)], budget=100)
    assert '"day": "2024-05-06"' in text
    assert '"minutes": 15' in text


def test_budget_is_shared_and_leftover_passes_on():
    fitted = fit_results([("text", "tiny"), ("text", "y" * 400)], budget=60)
    assert fitted[0] == "tiny"
    assert estimate_tokens(fitted[1]) <= 59
    assert fitted[1].endswith("[truncated]")
