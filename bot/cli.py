"""`rollwith ...`: the command line, a thin layer over the scoring and personas packages."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from scoring import code_turn

if TYPE_CHECKING:
    from personas.library import Library

# Each command imports what it needs when it runs: `rollwith code` answers within its start-up
# budget only if it does not load settings, the persona library and the bot first.


def _code_line(line: str, number: int) -> dict[str, object]:
    """One input line -> one output object; plain text lines are accepted as {"text": line}."""
    stripped = line.rstrip("\n")
    payload: object = None
    if stripped.lstrip().startswith("{"):
        try:
            payload = json.loads(stripped)
        except json.JSONDecodeError:
            payload = None
    if payload is None:
        return code_turn(stripped).to_dict()
    if not isinstance(payload, dict) or not isinstance(payload.get("text"), str):
        return {"error": f"line {number}: expected {{\"text\": \"...\", \"context\": \"...\", \"history\": [...]}}"}
    context = payload.get("context") or ""
    if not isinstance(context, str):
        return {"error": f"line {number}: context must be a string"}
    history = payload.get("history") or []
    if not isinstance(history, list) or not all(isinstance(h, str) for h in history):
        return {"error": f"line {number}: history must be a list of the client's earlier lines"}
    return code_turn(payload["text"], context, history).to_dict()


def cmd_code(stdin: TextIO, stdout: TextIO) -> int:
    failed = False
    for number, line in enumerate(stdin, start=1):
        result = _code_line(line, number)
        failed = failed or "error" in result
        stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
        stdout.flush()
    return 1 if failed else 0


def cmd_score(paths: Sequence[str], as_text: bool, stdout: TextIO, stderr: TextIO,
              persona: str | None = None, seed: int = 0) -> int:
    from personas.replay import replay_document
    from scoring import parse_transcript, score_document
    from scoring.feedback import build_report
    from scoring.report import render_text
    from scoring.session import score_session
    from scoring.transcript import TranscriptError

    library = _library() if persona else None
    if library is not None and persona not in library.personas:
        stderr.write(f"rollwith score: no persona {persona!r} (known: {', '.join(sorted(library.personas))})\n")
        return 2
    status = 0
    for name in paths:
        try:
            with open(name, encoding="utf-8") as handle:
                turns = parse_transcript(handle, source=name)
        except OSError as exc:
            stderr.write(f"rollwith score: {name}: {exc.strerror}\n")
            status = 1
            continue
        except TranscriptError as exc:
            stderr.write(f"rollwith score: {exc}\n")
            status = 1
            continue
        if as_text:
            scores = score_session(turns)
            stdout.write(f"== {name}\n{render_text(build_report(scores))}\n\n")
        else:
            doc: dict[str, object] = {"file": name} | score_document(turns)
            if persona is not None:
                doc |= replay_document(persona, turns, seed, library)
            stdout.write(json.dumps(doc, ensure_ascii=False) + "\n")
    return status


def _library() -> Library:
    from bot.config import Settings
    from personas.library import load_library

    return load_library(Settings().rollwith_persona_dirs)


def cmd_personas(stdout: TextIO, stderr: TextIO) -> int:
    from bot.terminal import listing

    library = _library()
    stdout.write(listing(library) + "\n")
    for error in library.errors:
        stderr.write(f"skipped {error}\n")
    return 0


def cmd_personas_check(paths: Sequence[str], stdout: TextIO, stderr: TextIO) -> int:
    """Validate persona files (or folders of them); exit 1 if any is wrong."""
    from personas.checks import check_persona_file
    from personas.library import PACKAGED, persona_files
    from personas.models import PersonaError

    files: list[Path] = []
    for name in paths or [str(PACKAGED)]:
        path = Path(name)
        files += persona_files([path]) if path.is_dir() else [path]
    if not files:
        stderr.write("rollwith personas check: no persona files found\n")
        return 1
    failed = 0
    for path in files:
        try:
            persona = check_persona_file(path)
        except PersonaError as exc:
            failed += 1
            stderr.write(f"{exc.source}: invalid\n" + "".join(f"  - {p}\n" for p in exc.problems))
            continue
        stdout.write(f"{path}: ok ({persona.id}, {persona.type.value}, difficulty {persona.difficulty})\n")
    return 1 if failed else 0


def cmd_personas_graph(persona_id: str, stdout: TextIO, stderr: TextIO) -> int:
    from personas.machine import mermaid

    library = _library()
    persona = library.personas.get(persona_id)
    if persona is None:
        stderr.write(f"rollwith personas graph: no persona {persona_id!r}\n")
        return 2
    stdout.write(mermaid(f"{persona.name} ({persona.type.value})") + "\n")
    return 0


def cmd_practice(args: argparse.Namespace) -> int:
    from bot.config import Settings
    from bot.terminal import run_practice
    from personas.library import load_library

    settings = Settings()
    library = load_library(settings.rollwith_persona_dirs)
    return run_practice(library, sys.stdin, sys.stdout, persona_id=args.persona, seed=args.seed,
                        mode=args.mode, interactive=sys.stdin.isatty(),
                        turn_limit=settings.rollwith_turn_limit)


def cmd_export(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    """The same files as /export in Telegram, with an admin's view (whoever can read the database)."""
    import asyncio

    from bot.config import Settings
    from bot.services.access import Actor, Role
    from bot.services.export_service import ExportService
    from bot.services.staff import Refused, SessionFilter, StaffService
    from bot.storage.repository import Storage
    from personas.library import load_library

    settings = Settings()
    if not Path(settings.rollwith_db).exists():
        stderr.write(f"rollwith export: no database at {settings.rollwith_db} (set ROLLWITH_DB)\n")
        return 1

    async def run() -> tuple[str, bytes]:
        storage = Storage(settings.rollwith_db)
        await storage.open()
        try:
            staff = StaffService(storage, load_library(settings.rollwith_persona_dirs), [])
            admin = Actor(0, frozenset({Role.ADMIN}))
            wanted = SessionFilter(cohort=args.cohort)
            return await ExportService(staff).export(admin, args.format, wanted, args.session)
        finally:
            await storage.close()

    try:
        _, data = asyncio.run(run())
    except Refused as exc:
        stderr.write(f"rollwith export: {exc}\n")
        return 1
    if args.out:
        Path(args.out).write_bytes(data)
        stderr.write(f"wrote {args.out} ({len(data):,} bytes)\n")
    else:
        stdout.write(data.decode("utf-8"))
    return 0


def cmd_evaluate(paths: Sequence[str], stdout: TextIO, stderr: TextIO) -> int:
    from scoring.evaluate import LabelFileError, evaluate, read_labelled, render

    for name in paths:
        try:
            rows = read_labelled(Path(name))
        except (OSError, LabelFileError) as exc:
            stderr.write(f"rollwith evaluate: {exc}\n")
            return 1
        stdout.write(render(evaluate(rows), title=name) + "\n\n")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="rollwith", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("code", help="code trainee utterances: JSON Lines on stdin -> JSON Lines on stdout")
    score = sub.add_parser("score", help="score transcripts (JSON Lines of speaker/text)")
    score.add_argument("files", nargs="+", metavar="FILE")
    score.add_argument("--text", action="store_true", help="print the human report instead of JSON")
    score.add_argument("--persona", metavar="ID", help="replay the trainee turns through a persona")
    score.add_argument("--seed", type=int, default=0, help="seed for --persona replies")
    evaluate_ = sub.add_parser("evaluate", help="compare the coder with labelled CSV (text,context,code)")
    evaluate_.add_argument("files", nargs="+", metavar="FILE.csv")
    personas = sub.add_parser("personas", help="list personas; `check` and `graph` below")
    personas_sub = personas.add_subparsers(dest="personas_command")
    check = personas_sub.add_parser("check", help="validate persona YAML files")
    check.add_argument("paths", nargs="*", metavar="PATH")
    graph = personas_sub.add_parser("graph", help="print a persona's state machine as Mermaid")
    graph.add_argument("persona_id", metavar="ID")
    practice = sub.add_parser("practice", help="practise with a simulated client in the terminal")
    practice.add_argument("--persona", metavar="ID")
    practice.add_argument("--seed", type=int, default=0)
    practice.add_argument("--mode", choices=["coach", "exam"], default="coach")
    sub.add_parser("bot", help="run the Telegram bot (token from .env)")
    sub.add_parser("web", help="run the staff web app (127.0.0.1:8080 unless ROLLWITH_WEB_HOST/PORT say otherwise)")
    export = sub.add_parser("export", help="export scored sessions from the database (all users)")
    export.add_argument("--format", choices=["csv", "sessions", "jsonl", "html"], default="csv",
                        help="csv: one row per trainee turn; sessions: one row per session")
    export.add_argument("--cohort", type=int)
    export.add_argument("--session", type=int)
    export.add_argument("--out", metavar="FILE", help="write here instead of standard output")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "code":
        return cmd_code(sys.stdin, sys.stdout)
    if args.command == "score":
        return cmd_score(args.files, args.text, sys.stdout, sys.stderr, args.persona, args.seed)
    if args.command == "evaluate":
        return cmd_evaluate(args.files, sys.stdout, sys.stderr)
    if args.command == "personas":
        if args.personas_command == "check":
            return cmd_personas_check(args.paths, sys.stdout, sys.stderr)
        if args.personas_command == "graph":
            return cmd_personas_graph(args.persona_id, sys.stdout, sys.stderr)
        return cmd_personas(sys.stdout, sys.stderr)
    if args.command == "practice":
        return cmd_practice(args)
    if args.command == "export":
        return cmd_export(args, sys.stdout, sys.stderr)
    if args.command == "web":
        from bot.config import Settings
        from bot.web.app import run_web

        return run_web(Settings())
    if args.command == "bot":
        from bot.config import Settings
        from bot.telegram.app import run_bot

        return run_bot(Settings())
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
