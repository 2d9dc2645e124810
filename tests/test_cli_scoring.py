"""The `rollwith code / score / evaluate` contract that other tools rely on."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

from bot.cli import main


def run(args: list[str], stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    old = sys.stdin, sys.stdout, sys.stderr
    sys.stdin, sys.stdout, sys.stderr = io.StringIO(stdin), out, err
    try:
        code = main(args)
    finally:
        sys.stdin, sys.stdout, sys.stderr = old
    return code, out.getvalue(), err.getvalue()


def test_code_streams_one_json_line_per_input_in_order() -> None:
    lines = [json.dumps({"text": "You should cut down.", "context": "I drink a lot."}),
             "so ur kinda fed up?", json.dumps({"text": "What brings you in?"}), ""]
    status, out, _ = run(["code"], "\n".join(lines) + "\n")
    results = [json.loads(x) for x in out.splitlines()]
    assert status == 0 and len(results) == 4
    assert results[0]["code"] == "persuade" and results[2]["code"] == "question_open"
    assert results[1]["code"].startswith("reflection")  # a statement with a rising "?" is a reflection
    for r in results:
        assert {"code", "stance", "confidence", "reason", "utterances"} <= r.keys()


def test_code_reports_bad_objects_in_place_and_exits_nonzero() -> None:
    status, out, _ = run(["code"], '{"context": "no text"}\nok\n')
    first, second = (json.loads(x) for x in out.splitlines())
    assert status == 1 and "line 1" in first["error"] and second["code"] == "other"


def test_code_handles_thousands_of_lines_in_one_process() -> None:
    texts = [f"you said {i} drinks, and that worries you?" for i in range(2000)]
    status, out, _ = run(["code"], "\n".join(texts) + "\n")
    assert status == 0 and len(out.splitlines()) == 2000


def _write(path: Path, rows: list[dict[str, str]]) -> Path:
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    return path


def test_score_prints_one_object_per_file(tmp_path: Path) -> None:
    a = _write(tmp_path / "a.jsonl", [{"speaker": "client", "text": "My wife nags me."},
                                      {"speaker": "therapist", "text": "She nags you, and it wears you down."}])
    b = _write(tmp_path / "b.jsonl", [{"speaker": "client", "text": "I'm fine."},
                                      {"speaker": "counselor", "text": "You're in denial."}])
    status, out, _ = run(["score", str(a), str(b)])
    docs = [json.loads(x) for x in out.splitlines()]
    assert status == 0 and [d["file"] for d in docs] == [str(a), str(b)]
    for d in docs:
        assert {"score", "r_q", "pct_complex_reflection", "mi_adherent", "mi_non_adherent",
                "counts", "bands", "feedback"} <= d.keys()
    assert docs[0]["score"] > docs[1]["score"]


def test_score_reads_research_transcript_speaker_names(tmp_path: Path) -> None:
    path = _write(tmp_path / "r.jsonl", [
        {"speaker": "Interviewee", "text": "I only came because my doctor made me."},
        {"speaker": "Interviewer", "text": "Coming here wasn't your idea."},
        {"speaker": "participant", "text": "No. I'm fine."},
        {"speaker": "practitioner", "text": "What would have to happen for it to feel worth your while"},
    ])
    status, out, _ = run(["score", str(path)])
    doc = json.loads(out)
    assert status == 0
    assert doc["counts"]["question_open"] == 1 and sum(doc["counts"].values()) == 2


def test_score_text_prints_the_human_report(tmp_path: Path) -> None:
    a = _write(tmp_path / "a.jsonl", [{"speaker": "client", "text": "I'm here because of the court."},
                                      {"speaker": "trainee", "text": "You should be grateful."}])
    status, out, _ = run(["score", "--text", str(a)])
    assert status == 0 and "Session score:" in out and "Try:" in out


def test_malformed_transcript_names_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"speaker": "client", "text": "hi"}\n{"speaker": "coach", "text": "x"}\n')
    status, _, err = run(["score", str(bad)])
    assert status == 1 and f"{bad}:2" in err and "speaker" in err
    bad.write_text('{"speaker": "client", "text": "hi"}\nnot json\n')
    status, _, err = run(["score", str(bad)])
    assert status == 1 and f"{bad}:2: not valid JSON" in err
    status, _, err = run(["score", str(tmp_path / "missing.jsonl")])
    assert status == 1 and "missing.jsonl" in err


def test_evaluate_prints_metrics(data_dir: Path) -> None:
    status, out, _ = run(["evaluate", str(data_dir / "heldout.csv")])
    assert status == 0 and "macro-F1" in out and "stance macro-F1" in out and "confusion" in out


def test_installed_entry_point_runs() -> None:
    done = subprocess.run([sys.executable, "-m", "bot.cli", "code"], input="Mm-hmm.\n",
                          capture_output=True, text=True, check=True)
    assert json.loads(done.stdout)["code"] == "other"
