"""Staff features below Telegram: supervision alerts, agreement, exports and the export CLI."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bot.services.access import Actor, Role
from bot.services.export_service import ExportService
from bot.services.exports import CSV_COLUMNS
from bot.services.staff import ALERT_RULE, SessionFilter, StaffService
from bot.storage.repository import Storage, TurnRow
from personas.library import packaged_library
from scoring.agreement import agreement, cohen_kappa

SUP, TRAINEE = 2, 10


async def _store(tmp_path: Path) -> tuple[Storage, StaffService, int]:
    storage = Storage(tmp_path / "db.sqlite3")
    await storage.open()
    for uid, name in ((SUP, "Sam"), (TRAINEE, "Tom")):
        await storage.upsert_user(uid, name, f"user{uid}")
    await storage.grant_role(SUP, "supervisor", 1)
    cohort = await storage.create_cohort("c", SUP)
    await storage.add_member(cohort, TRAINEE, "trainee")
    return storage, StaffService(storage, packaged_library(), [1]), cohort


async def _session(storage: Storage, persona: str, score: int, outcome: str, issue: str) -> int:
    sid = await storage.create_session(TRAINEE, persona, "coach", 1, {"entries": []}, TurnRow(0, 1, "client", "hi"))
    await storage.record_turn(sid, {"entries": []}, [TurnRow(1, 1, "trainee", "You should stop.", "persuade",
                                                             "confronting", 30, 20)])
    result = {"feedback": {"growth": [{"issue": issue}]}, "scores": {"score": score}, "text": "report",
              "chart": {"path": [30, 20], "codes": ["persuade"], "stances": ["confronting"], "events": [[]]}}
    await storage.finish_session(sid, {"entries": []}, outcome, score, result)
    return sid


async def test_alert_for_the_same_problem_with_falling_scores(tmp_path: Path) -> None:
    storage, staff, _ = await _store(tmp_path)
    try:
        for score in (60, 50):
            await _session(storage, "kofi-reactive", score, "guarded", "advice without permission")
        assert await staff.session_finished(TRAINEE, 2) == []
        sid = await _session(storage, "kofi-reactive", 40, "guarded", "advice without permission")
        [alert] = await staff.session_finished(TRAINEE, sid)
        assert alert.chat_id == SUP and "same problem (advice without permission)" in alert.text
        assert "60 → 50 → 40" in alert.text
        assert await staff.session_finished(TRAINEE, sid) == []  # said once
    finally:
        await storage.close()


async def test_no_alert_when_scores_rise_or_problems_differ(tmp_path: Path) -> None:
    storage, staff, _ = await _store(tmp_path)
    try:
        for score, issue in ((40, "a label"), (50, "a label"), (45, "a closed question")):
            sid = await _session(storage, "kofi-reactive", score, "guarded", issue)
        assert await staff.session_finished(TRAINEE, sid) == []
    finally:
        await storage.close()


async def test_alert_for_repeated_walk_outs_with_one_type(tmp_path: Path) -> None:
    storage, staff, _ = await _store(tmp_path)
    try:
        await _session(storage, "kofi-reactive", 20, "walked_out", "x")
        sid = await _session(storage, "seamus-reactive", 25, "walked_out", "y")
        [alert] = await staff.session_finished(TRAINEE, sid)
        assert "2 walk-outs with reactive clients" in alert.text
        assert "walk-outs" in ALERT_RULE
    finally:
        await storage.close()


def test_kappa_and_per_code_agreement() -> None:
    pairs = [("persuade", "confront"), ("persuade", "persuade"), ("affirm", "affirm"), ("other", "other")]
    result = agreement(pairs)
    assert result.n == 4 and result.observed == 0.75
    assert result.kappa == pytest.approx(cohen_kappa(pairs)) and 0 < result.kappa < 1  # type: ignore[operator]
    confront = next(s for s in result.per_code if s.label == "confront")
    assert confront.recall == 0.0 and confront.support == 1
    assert cohen_kappa([]) is None and cohen_kappa([("a", "a")]) is None


async def test_csv_round_trips_and_html_is_self_contained(tmp_path: Path) -> None:
    storage, staff, cohort = await _store(tmp_path)
    try:
        sid = await _session(storage, "ramon-mandated", 30, "guarded", "x")
        turns = await storage.turns(sid)
        await storage.add_override(turns[1]["id"], 3, "confront", 'a "quoted", note')
        admin = Actor(1, frozenset({Role.ADMIN, Role.TRAINEE}))
        _, data = await ExportService(staff).export(admin, "csv", SessionFilter(cohort=cohort))
        rows = list(csv.DictReader(io.StringIO(data.decode())))
        assert list(rows[0]) == list(CSV_COLUMNS) and len(rows) == 1  # one row per trainee turn
        again = io.StringIO()
        writer = csv.DictWriter(again, fieldnames=CSV_COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
        assert again.getvalue().encode() == data
        row = rows[0]
        assert row["reviewed_code"] == "confront" and row["review_note"] == 'a "quoted", note'
        assert row["client_said"] == "hi" and row["trainee_said"] == "You should stop."
        assert row["code"] == "persuade" and row["cohort"] == "c" and row["review"] == "overridden"
        _, page = await ExportService(staff).export(admin, "html", session_id=sid)
        html = page.decode()
        assert "<svg" in html and "You should stop." in html and "<script" not in html
        assert html.index('id="index"') < html.index(f'id="session-{sid}"')
        _, summary = await ExportService(staff).export(admin, "sessions")
        [srow] = csv.DictReader(io.StringIO(summary.decode()))
        assert srow["trainee"].startswith("Tom") and srow["score"] == "30" and srow["reviewed_turns"] == "1"
    finally:
        await storage.close()


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(CHROMIUM is None, reason="Debian chromium is not installed (.ci/run installs it)")
async def test_html_report_renders_in_headless_chromium(tmp_path: Path) -> None:
    storage, staff, _ = await _store(tmp_path)
    try:
        sid = await _session(storage, "ramon-mandated", 30, "guarded", "x")
        _, page = await ExportService(staff).export(Actor(1, frozenset({Role.ADMIN})), "html", session_id=sid)
    finally:
        await storage.close()
    report = tmp_path / "report.html"
    report.write_bytes(page)
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={tmp_path / 'profile'}"]
    dom = subprocess.run([CHROMIUM, *flags, "--dump-dom", report.as_uri()], capture_output=True, text=True,
                         timeout=120, check=True).stdout
    assert "Session " in dom and "You should stop." in dom and "<svg" in dom
    shot = tmp_path / "shot.png"
    subprocess.run([CHROMIUM, *flags, f"--screenshot={shot}", "--window-size=1000,1400", report.as_uri()],
                   capture_output=True, timeout=120, check=True)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000


async def test_export_cli_writes_the_same_formats(tmp_path: Path) -> None:
    storage, _, _ = await _store(tmp_path)
    try:
        await _session(storage, "ramon-mandated", 30, "guarded", "x")
    finally:
        await storage.close()
    env = {"ROLLWITH_DB": str(tmp_path / "db.sqlite3"), "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-m", "bot.cli", "export", "--format", "jsonl"], capture_output=True,
                         text=True, env=env, cwd=tmp_path, check=True).stdout
    assert json.loads(out)["persona_id"] == "ramon-mandated"
    target = tmp_path / "all.csv"
    subprocess.run([sys.executable, "-m", "bot.cli", "export", "--out", str(target)], env=env, cwd=tmp_path,
                   check=True, capture_output=True)
    assert target.read_text().startswith("session_id,")
    missing = subprocess.run([sys.executable, "-m", "bot.cli", "export"], capture_output=True, text=True,
                             env={**env, "ROLLWITH_DB": str(tmp_path / "none.db")}, cwd=tmp_path)
    assert missing.returncode == 1 and "no database" in missing.stderr
