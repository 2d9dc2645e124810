"""`rollwith personas`, `personas check`, `personas graph`, `practice` and `score --persona`."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import yaml

from personas.library import packaged_library
from tests.test_cli_scoring import run


def test_personas_lists_id_name_type_difficulty_summary() -> None:
    status, out, _ = run(["personas"])
    assert status == 0
    for persona in packaged_library():
        line = next(x for x in out.splitlines() if f" {persona.id} " in x)
        assert persona.name in line and persona.type.value in line and persona.summary[:30] in line


def test_personas_check_passes_the_library_and_fails_a_bad_file(tmp_path: Path) -> None:
    status, out, _ = run(["personas", "check"])
    assert status == 0 and out.count(": ok") == len(packaged_library())
    data = packaged_library().get("kofi-reactive").model_dump(mode="json")
    data["id"] = "kofi-bad"
    data["reactions"]["joined"] = []
    data["type"] = "grumpy"
    (tmp_path / "kofi-bad.yaml").write_text(yaml.safe_dump(data))
    status, _, err = run(["personas", "check", str(tmp_path)])
    assert status == 1
    assert "kofi-bad.yaml" in err and "reactions.joined:" in err and "type:" in err
    data = packaged_library().get("kofi-reactive").model_dump(mode="json")
    data["id"] = "kofi-leaky"
    data["lines"]["guarded"][0] = "My brother Kwabena, he smoked too."
    (tmp_path / "kofi-bad.yaml").unlink()
    (tmp_path / "kofi-leaky.yaml").write_text(yaml.safe_dump(data))
    status, _, err = run(["personas", "check", str(tmp_path)])
    assert status == 1 and "lines.guarded[0]: mentions the sensitive topic 'Kwabena'" in err


def test_extra_persona_dirs_come_from_configuration(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    data = packaged_library().get("kofi-reactive").model_dump(mode="json")
    data["id"] = "kofi-two"
    (tmp_path / "kofi-two.yaml").write_text(yaml.safe_dump(data))
    monkeypatch.setenv("ROLLWITH_PERSONA_DIRS", str(tmp_path))
    status, out, _ = run(["personas"])
    assert status == 0 and "kofi-two" in out


def test_graph_prints_a_mermaid_state_diagram() -> None:
    status, out, _ = run(["personas", "graph", "femi-silent"])
    assert status == 0 and out.startswith("---") and "stateDiagram-v2" in out
    assert "guarded --> walked_out: respond [walks_out]" in out
    assert "breakthrough" in out


def test_piped_practice_runs_commands_and_ends_with_the_report() -> None:
    script = "\n".join([
        "4",  # persona picker: choose by number
        "It sounds like you didn't choose to be here.",
        "/hint",
        "You need to sort yourself out.",
        "/retry",
        "It's your call what we talk about.",
        "/frobnicate",
        "/end",
    ]) + "\n"
    done = subprocess.run([sys.executable, "-m", "bot.cli", "practice", "--seed", "1"], input=script,
                          capture_output=True, text=True, check=True)
    out = done.stdout
    assert "Choose a client" in out and "Try " in out and "Turn taken back" in out
    assert "Unknown command /frobnicate" in out
    assert "Session score:" in out and "Openness per turn:" in out
    assert "· openness" in out  # coach mode explains every turn
    assert "Before the scorer's report" not in out and "Your own rating" not in out  # piped: no rating prompt
    assert "  Instead of your last turn, try: " in out or "  A better move for your last turn:" in out  # the push got a better move right away


def test_interactive_practice_asks_for_a_self_rating_before_the_report() -> None:
    from bot.terminal import run_practice

    typed = io.StringIO("You need to sort yourself out.\n/end\n4\n\n")
    out = io.StringIO()
    assert run_practice(packaged_library(), typed, out, persona_id="ramon-mandated", seed=1, mode="coach",
                        interactive=True, turn_limit=30) == 0
    text = out.getvalue()
    assert text.index("Before the scorer's report") < text.index("Session score:")
    assert "empathy 4 (the scorer:" in text and "partnership" not in text.split("Your own rating")[1].split("\n")[0]


def test_exam_mode_hides_per_turn_feedback() -> None:
    done = subprocess.run([sys.executable, "-m", "bot.cli", "practice", "--persona", "kofi-reactive",
                           "--mode", "exam"], input="You should quit smoking.\n", capture_output=True,
                          text=True, check=True)
    assert "· openness" not in done.stdout.split("Session score:")[0]
    assert "Session score:" in done.stdout


def test_score_with_persona_replays_trainee_turns(tmp_path: Path) -> None:
    transcript = tmp_path / "t.jsonl"
    transcript.write_text("\n".join(json.dumps(r) for r in [
        {"speaker": "client", "text": "whatever"},
        {"speaker": "trainee", "text": "It sounds like you'd rather be anywhere else."},
        {"speaker": "client", "text": "(ignored)"},
        {"speaker": "trainee", "text": "It's your call what we talk about."},
    ]) + "\n")
    status, out, _ = run(["score", "--persona", "ramon-mandated", str(transcript)])
    doc = json.loads(out)
    assert status == 0 and len(doc["openness"]) == 2
    assert doc["final_openness"] == doc["openness"][-1] > packaged_library().get("ramon-mandated").start_openness
    assert doc["mean_openness"] == round(sum(doc["openness"]) / 2, 1) and doc["outcome"]
    status, _, err = run(["score", "--persona", "nobody", str(transcript)])
    assert status == 2 and "no persona 'nobody'" in err


def test_after_a_breakthrough_the_terminal_asks_for_one_more_turn_in_either_mode() -> None:
    from bot.terminal import run_practice
    from tests.test_personas_play import KOFI_TO_BREAKTHROUGH

    answer = "Kwabena. And every time someone tells you to stop, it's him you hear."
    for mode in ("exam", "coach"):
        typed = io.StringIO("\n".join([*KOFI_TO_BREAKTHROUGH, answer, "This line is never read."]) + "\n")
        out = io.StringIO()
        assert run_practice(packaged_library(), typed, out, persona_id="kofi-reactive", seed=7, mode=mode,
                            interactive=False, turn_limit=30) == 0
        text = out.getvalue()
        assert "your next turn closes the session" in text
        assert text.index("your next turn closes the session") < text.index("(The session is over: breakthrough.)")
        assert "This line is never read." not in text  # the session ended on the answer
        assert ("after the breakthrough: met what the client had just disclosed" in text) is (mode == "coach")
