"""MITI 4.2.1 coding, session scores and teaching feedback for counselling practice.

Pure Python and synchronous: no Telegram, no database, no network.
"""

from scoring.coder import CodedTurn, code_turn
from scoring.codes import Code, Flag, Stance
from scoring.feedback import build_report
from scoring.report import Report, render_text
from scoring.session import SessionScores, score_session
from scoring.transcript import Turn, parse_transcript

__all__ = [
    "Code", "CodedTurn", "Flag", "Report", "SessionScores", "Stance", "Turn", "build_report",
    "code_turn", "parse_transcript", "render_text", "score_document", "score_session",
]


def score_document(turns: list[Turn]) -> dict[str, object]:
    """Scores plus feedback as one JSON-ready object (the `rollwith score` contract)."""
    scores = score_session(turns)
    report = build_report(scores)
    return scores.to_dict() | {"feedback": report.to_dict()}
