"""Feedback: quoted strengths and growth moments with joining alternatives from the client's words."""

from __future__ import annotations

from scoring import Stance, Turn, build_report, code_turn, render_text, score_session

TRANSCRIPT = [
    Turn("client", "I only came because my wife keeps nagging me about the drinking."),
    Turn("trainee", "You need to stop drinking."),
    Turn("client", "See, this is what everyone says. Nobody listens."),
    Turn("trainee", "So it feels like nobody is really listening to you, and that's lonely."),
    Turn("client", "Yeah. Pretty much."),
    Turn("trainee", "It's your call what happens with the drinking."),
    Turn("client", "I'm scared I'll lose my job if this gets out."),
    Turn("trainee", "Don't worry, it'll all be fine."),
]


def test_report_quotes_strengths_and_growth_moments() -> None:
    report = build_report(score_session(TRANSCRIPT))
    assert 2 <= len(report.strengths) <= 3
    assert 2 <= len(report.growth) <= 3
    quotes = {t.text for t in TRANSCRIPT if t.speaker == "trainee"}
    assert all(m.quote in quotes for m in report.strengths + report.growth)
    assert all(m.reason and m.why for m in report.strengths + report.growth)


def test_growth_alternative_is_built_from_client_words_and_joins() -> None:
    report = build_report(score_session(TRANSCRIPT))
    advice = next(m for m in report.growth if m.quote == "You need to stop drinking.")
    assert "your wife keeps nagging you" in advice.alternative
    assert advice.client_said.startswith("I only came")
    for moment in report.growth:
        assert code_turn(moment.alternative, moment.client_said).stance is Stance.JOINING


def test_reassurance_gets_a_reflection_of_the_feeling() -> None:
    report = build_report(score_session(TRANSCRIPT))
    moment = next(m for m in report.growth if m.quote.startswith("Don't worry"))
    assert moment.issue == "premature reassurance"
    assert "lose your job" in moment.alternative


def test_text_and_structured_forms_agree() -> None:
    scores = score_session(TRANSCRIPT)
    report = build_report(scores)
    text = render_text(scores, report)
    data = report.to_dict()
    assert f"Session score: {data['score']}/100" in text
    for moment in data["growth"]:
        assert moment["alternative"] in text and moment["quote"] in text
