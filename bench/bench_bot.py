"""N simulated trainees practising at once with `rollwith bot`, through the local Bot API stand-in.

The bot runs as its own process (`python -m bot.cli bot`, as in production) and talks over
loopback HTTP to the stand-in, which runs here with the simulated trainees.  Each trainee starts a
session and sends turns one after another, waiting for each reply and then "thinking" before the
next turn (2-4 s, as a person typing; the runs marked "no think time" send the next turn the moment
the reply arrives, which measures capacity rather than what a trainee sees).  Latency is from the
moment the trainee's message is available to the bot until the client's reply reaches the
stand-in.  Typing delay is 0 and PTB's rate limiter is off (ROLLWITH_RATE_LIMIT=false): it
deliberately holds a bot to Telegram's ~30 messages/s, which would measure Telegram's limit, not
rollwith.
"""

from __future__ import annotations

import asyncio
import os
import random
import signal
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.fake_telegram import TOKEN, FakeTelegram, Trainee  # noqa: E402
from tests.personas_scripts import JOINING  # noqa: E402

PERSONAS = ["ramon-mandated", "kofi-reactive", "meena-pleaser", "alasdair-doubting", "rania-crisis"]
TURNS = 6


async def trainee_loop(fake: FakeTelegram, t: Trainee, persona: str, latencies: list[float],
                       think: bool, rng: random.Random) -> None:
    if think:
        await asyncio.sleep(rng.uniform(0, 3))  # people do not all start at the same instant
    await t.say(f"/practice {persona}", count=2, timeout=120)
    for i in range(TURNS):
        if think:
            await asyncio.sleep(rng.uniform(2, 4))
        before = len(t.messages())
        sent_at = time.monotonic()
        t.send(f"{JOINING[i]} ({t.id})")
        await fake.wait_in_chat(t.id, lambda before=before: len(t.messages()) > before, timeout=120)
        latencies.append(t.messages()[before].at - sent_at)


async def run(n: int, think: bool) -> None:
    fake = FakeTelegram(strict=False)
    base = await fake.start()
    with tempfile.TemporaryDirectory() as tmp:
        env = os.environ | {
            "TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_BASE_URL": base,
            "ROLLWITH_DB": str(Path(tmp) / "bench.sqlite3"), "ROLLWITH_TYPING_DELAY": "0",
            "ROLLWITH_RATE_LIMIT": "false", "PTB_TIMEDELTA": "1",
        }
        bot = await asyncio.create_subprocess_exec(sys.executable, "-m", "bot.cli", "bot", cwd=tmp, env=env,
                                                   stdout=asyncio.subprocess.DEVNULL,
                                                   stderr=asyncio.subprocess.DEVNULL)
        try:
            for _ in range(600):  # wait for the bot to start polling
                if "getUpdates" in fake.calls:
                    break
                await asyncio.sleep(0.1)
            latencies: list[float] = []
            trainees = [fake.trainee(10_000 + i) for i in range(n)]
            start = time.monotonic()
            rng = random.Random(n)
            await asyncio.gather(*(trainee_loop(fake, t, PERSONAS[i % len(PERSONAS)], latencies, think, rng)
                                   for i, t in enumerate(trainees)))
            elapsed = time.monotonic() - start
        finally:
            bot.send_signal(signal.SIGINT)
            await asyncio.wait_for(bot.wait(), 30)
    await fake.stop()
    q = statistics.quantiles(latencies, n=100)
    label = "" if think else ", no think time"
    print(f"{n} trainees x {TURNS} turns{label}: {len(latencies)} replies in {elapsed:.1f} s "
          f"({len(latencies) / elapsed:,.0f} replies/s); latency p50 {q[49] * 1000:.0f} ms, "
          f"p95 {q[94] * 1000:.0f} ms, p99 {q[98] * 1000:.0f} ms")


def main() -> None:
    for n in (50, 200):
        asyncio.run(run(n, think=True))
    for n in (50, 200):
        asyncio.run(run(n, think=False))


if __name__ == "__main__":
    main()
