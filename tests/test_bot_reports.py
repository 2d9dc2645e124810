"""Reports that always arrive: long sessions, markup-heavy turns, /report N, junk arguments."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from tests.bot_harness import report_after, running_bot
from tests.fake_telegram import FakeTelegram

PAD = (" and I keep thinking about the drive here after the night shift, the form from work <the blue one>, "
       "the parking at the back & everything else that came up this week, the rota on the fridge, the van "
       "that never starts before seven, the foreman's clipboard & the canteen queue at the end of it all, "
       "and the bins, and the neighbour's dog that barks at the post, and the long walk from the bus stop") * 3
# Long, markup-heavy turns that do not push: the client's seed is random, and a run of advice could
# end the session in a walk-out before the thirtieth turn this test is about.
TURNS = ["Did you come straight from work today" + PAD + "?",
         "It sounds like the whole week has been one long list" + PAD + ".",
         "Lots of people in your situation find the group helpful" + PAD + ".",
         "It sounds like you are tired of people telling you what to do" + PAD + ".",
         "What would you like to get out of this" + PAD + "?",
         "You would rather decide for yourself what happens next" + PAD + "."]


def _words(parts: list[Any]) -> str:
    """What the parts say, without the markup each part opens and closes on its own."""
    return " ".join(re.sub(r"<[^>]+>", " ", " ".join(p.text for p in parts)).split())


async def test_a_30_turn_session_of_long_turns_delivers_its_report_and_chart(fake: FakeTelegram, tmp_path: Path) -> None:
    async with running_bot(fake, tmp_path / "db.sqlite3"):
        t = fake.trainee(4242)
        await t.practise("ramon-mandated")
        for i in range(29):
            await t.say(f"{TURNS[i % len(TURNS)]} ({i})")
        await t.say(f"{TURNS[29 % len(TURNS)]} (29)", count=2)  # the reply, then the self-rating prompt
        await report_after(t)
        report = [s for s in t.messages() if "<pre>" in s.text]
        path = "".join(s.text for s in report).split("Openness per turn:")[1].split("\n")[0]
        assert path.count("→") == 30
        assert sum(len(s.text) for s in report) > 4096 and len(report) >= 2
        again = await t.say("/report 1", count=len(report) + 1)
        # the same report again; its parts may break elsewhere, because the title is shorter
        assert _words(again[:-1]) == _words(report).replace("Your feedback", "Report 1")
        assert again[-1].method == "sendPhoto"
    assert not fake.rejected, fake.rejected


async def test_markup_flood_after_practice_is_answered(fake: FakeTelegram, tmp_path: Path) -> None:
    async with running_bot(fake, tmp_path / "db.sqlite3"):
        t = fake.trainee(4243)
        [answer] = await t.say("/practice " + "<" * 1500)
        assert "no client called" in answer.text and answer.buttons
    assert not fake.rejected, fake.rejected


async def test_junk_report_numbers_get_the_usage_line(fake: FakeTelegram, tmp_path: Path) -> None:
    async with running_bot(fake, tmp_path / "db.sqlite3"):
        t = fake.trainee(4244)
        for arg in ["99999999999999999999999", "²", "-1", "0", "1 2", "abc"]:
            [answer] = await t.say(f"/report {arg}")
            assert "Use /report" in answer.text, arg
