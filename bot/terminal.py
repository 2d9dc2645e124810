"""Practice in the terminal: the same session loop the Telegram bot uses, on stdin/stdout.

Works interactively (a persona picker, then a prompt) and with piped input (one trainee turn per
line; without --persona the first line chooses the persona), so sessions can be scripted.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterator
from typing import TextIO

from personas.library import Library
from personas.models import Persona
from personas.practice import Mode, PracticeSession
from scoring.report import render_text

HELP = """Type what you would say to the client and press Enter.
  /hint   a suggestion of the kind of move that fits now
  /retry  take back your last turn (both attempts stay in the transcript)
  /end    finish and see your feedback
  /help   this text"""


def describe(persona: Persona) -> str:
    v = persona.vignette
    return "\n".join([
        f"{persona.name}, {persona.age} ({persona.type.value.replace('_', ' ')}, difficulty {persona.difficulty})",
        textwrap.fill(f"Referral: {v.referral}", 100),
        textwrap.fill(f"Presenting problem: {v.presenting_problem}", 100),
        textwrap.fill(f"What you know: {v.what_you_know}", 100),
    ])


def listing(library: Library) -> str:
    rows = []
    for i, p in enumerate(library, start=1):
        rows.append(f"{i:>2}. {p.id:<26} {p.name:<20} {p.type.value:<22} {p.difficulty}  {p.summary}")
    return "\n".join(rows)


def _choose(library: Library, answer: str) -> Persona | None:
    answer = answer.strip()
    personas = list(library)
    if answer.isdigit() and 1 <= int(answer) <= len(personas):
        return personas[int(answer) - 1]
    return library.personas.get(answer)


class Terminal:
    def __init__(self, stdin: TextIO, stdout: TextIO, interactive: bool) -> None:
        self._in = stdin
        self._out = stdout
        self.interactive = interactive

    def say(self, text: str = "") -> None:
        self._out.write(text + "\n")
        self._out.flush()

    def lines(self, prompt: str) -> Iterator[str]:
        while True:
            if self.interactive:
                self._out.write(prompt)
                self._out.flush()
            line = self._in.readline()
            if not line:
                return
            yield line.rstrip("\n")


def run_practice(library: Library, stdin: TextIO, stdout: TextIO, *, persona_id: str | None,
                 seed: int, mode: Mode, interactive: bool, turn_limit: int) -> int:
    term = Terminal(stdin, stdout, interactive)
    inputs = term.lines("you> ")
    persona = library.personas.get(persona_id) if persona_id else None
    if persona_id and persona is None:
        term.say(f"No persona {persona_id!r}. Choose one of:\n{listing(library)}")
        return 2
    while persona is None:
        term.say("Choose a client to practise with (number or id):\n" + listing(library))
        answer = next(inputs, None)
        if answer is None:
            return 1
        persona = _choose(library, answer)
        if persona is None:
            term.say(f"'{answer}' is not on the list.")
    session = PracticeSession.start(persona, mode=mode, seed=seed, turn_limit=turn_limit)
    term.say(describe(persona))
    term.say(f"\nMode: {mode} ({'feedback after every turn' if mode == 'coach' else 'feedback at the end'})."
             " Type /help for commands.\n")
    term.say(f"{persona.name.split()[0]}: {session.last_client_line}")
    for line in inputs:
        command = line.strip().lower()
        if not command:
            continue
        if command in ("/help", "/?"):
            term.say(HELP)
        elif command == "/hint":
            term.say(session.hint().render())
        elif command == "/retry":
            try:
                again = session.retry()
            except ValueError as exc:
                term.say(f"({exc})")
                continue
            term.say(f"(Turn taken back. Openness is {session.state.openness} again.)")
            term.say(f"{persona.name.split()[0]}: {again}")
        elif command in ("/end", "/quit", "/exit"):
            break
        elif command.startswith("/"):
            term.say(f"Unknown command {command}. {HELP}")
        else:
            result = session.say(line)
            term.say(f"{persona.name.split()[0]}: {result.reply}")
            if mode == "coach":
                if result.coaching():
                    term.say("  " + result.coaching())
                term.say("  [" + result.explanation.render().replace("\n", "\n  ") + "]")
            if result.note():
                term.say(result.note())
            if result.ended:
                term.say(f"\n(The session is over: {session.outcome.replace('_', ' ')}.)")
                break
    report = session.end().report
    if term.interactive:
        term.say("\nBefore the scorer's report: how well do you think you did? (1-5, Enter to skip)")
        report = report.rated(_rating(term, "Empathy (understanding and saying it back): "),
                              _rating(term, "Partnership (working with the client, not on them): "))
    term.say("\n" + render_text(report))
    return 0


def _rating(term: Terminal, prompt: str) -> int | None:
    """One self-rating typed at the prompt: 1-5, or None for Enter (or anything else)."""
    answer = next(term.lines(prompt), "").strip()
    return int(answer) if answer in {"1", "2", "3", "4", "5"} else None
