import pytest

from plan_wave_levels import CycleError, plan_waves, wave_of


def test_independent_steps_form_one_wave():
    assert plan_waves(["a", "b", "c"], {}) == [["a", "b", "c"]]


def test_chain_gives_one_step_per_wave():
    steps = ["fetch", "parse", "index"]
    deps = {"parse": ["fetch"], "index": ["parse"]}
    assert plan_waves(steps, deps) == [["fetch"], ["parse"], ["index"]]


def test_research_plan_keeps_plan_order_within_waves():
    steps = ["search_web", "search_repo", "read_web", "read_repo", "write_report"]
    deps = {
        "read_web": ["search_web"],
        "read_repo": ["search_repo"],
        "write_report": ["read_web", "read_repo"],
    }
    assert plan_waves(steps, deps) == [
        ["search_web", "search_repo"],
        ["read_web", "read_repo"],
        ["write_report"],
    ]


def test_cycle_is_reported():
    with pytest.raises(CycleError):
        plan_waves(["a", "b"], {"a": ["b"], "b": ["a"]})


def test_wave_of_maps_steps_to_wave_index():
    waves = plan_waves(["x", "y"], {"y": ["x"]})
    assert wave_of(waves) == {"x": 0, "y": 1}
