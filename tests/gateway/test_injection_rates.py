"""Floors for the prompt-injection detector on the frozen evaluation sets (bench/injection/,
made and committed before the detector; README there). Measured when the floors were set:
false positives 2 of 339 ordinary prompts (0.6%), detection 106 of 113 attempts (93.8%).
`python bench/injection_detector.py` prints the same figures with the signals and speed."""

from bench.injection_detector import flagged_share


def test_it_flags_at_most_two_percent_of_ordinary_prompts():
    flagged, total, _signals = flagged_share("ordinary")
    assert total >= 300
    assert flagged / total <= 0.02, f"{flagged} of {total} ordinary prompts flagged"


def test_it_detects_at_least_ninety_percent_of_the_attempts():
    flagged, total, signals = flagged_share("attacks")
    assert total >= 100
    assert flagged / total >= 0.90, f"only {flagged} of {total} attempts detected"
    assert signals["ENCODED_PAYLOAD"] >= 5  # the base64 and hex attempts


def test_it_stays_clean_on_the_dev_sets_it_was_tuned_on():
    flagged, total, _ = flagged_share("dev_ordinary")
    assert flagged == 0, f"{flagged} of {total} dev prompts flagged"
    flagged, total, _ = flagged_share("dev_attacks")
    assert flagged == total
