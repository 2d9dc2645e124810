"""A class of simulated trainees practising at once with `rollwith bot`, through the local Bot API stand-in.

The bot runs as its own process (`python -m bot.cli bot`, as in production) and talks over
loopback HTTP to the stand-in, which runs here with the simulated trainees and enforces
Telegram's flood limits (about 30 messages a second in all, about one a second per chat with a
short burst allowed; beyond them it answers 429).

Each trainee opens a session at a random moment in the first minute, then sends turns, each after
reading the reply and "thinking" 10-60 s, as people typing a considered reply do.  Nothing is
scaled: the runs take real time (about three minutes each).  Latency is from the moment the
trainee's message is available to the bot until the client's reply reaches the stand-in; it
includes the typing delay.

Configurations:
- shipped: the defaults (typing delay 1 s, rate limiter on);
- tuned: typing delay 0.5 s, rate limiter on;
- capacity: no think time, typing delay 0, rate limiter off and no flood limits at the stand-in:
  what the process can do, not what Telegram would allow.

`python bench/bench_bot.py [shipped|tuned|capacity ...] [--trainees N] [--turns N]`
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import signal
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.fake_telegram import TOKEN, FakeTelegram, Trainee  # noqa: E402
from tests.personas_scripts import JOINING  # noqa: E402

PERSONAS = ["ramon-mandated", "kofi-reactive", "meena-pleaser", "alasdair-doubting", "rania-crisis"]


@dataclass(frozen=True)
class Config:
    name: str
    env: dict[str, str]
    think: tuple[float, float] | None  # seconds between reading a reply and sending the next turn
    start_spread: float  # trainees open their sessions over this many seconds
    limits: bool  # the stand-in enforces Telegram's flood limits


CONFIGS = {
    "shipped": Config("shipped defaults (typing 1 s, limiter on)", {}, (10, 60), 60, True),
    "tuned": Config("tuned (typing 0.5 s, limiter on)", {"ROLLWITH_TYPING_DELAY": "0.5"}, (10, 60), 60, True),
    "capacity": Config("capacity (no think time, typing 0, limiter off, no flood limits)",
                       {"ROLLWITH_TYPING_DELAY": "0", "ROLLWITH_RATE_LIMIT": "false"}, None, 0, False),
}


@dataclass
class Result:
    latencies: list[float] = field(default_factory=list)
    missing: int = 0


async def trainee_loop(fake: FakeTelegram, t: Trainee, persona: str, turns: int, config: Config,
                       rng: random.Random, result: Result) -> None:
    await asyncio.sleep(rng.uniform(0, config.start_spread))
    await t.say(f"/practice {persona}", count=2, timeout=300)
    for i in range(turns):
        if config.think:
            await asyncio.sleep(rng.uniform(*config.think))
        before = len(t.messages())
        sent_at = time.monotonic()
        t.send(f"{JOINING[i % len(JOINING)]} ({t.id})")
        try:
            await fake.wait_in_chat(t.id, lambda before=before: len(t.messages()) > before, timeout=300)
        except TimeoutError:
            result.missing += 1
            continue
        result.latencies.append(t.messages()[before].at - sent_at)


def peak_memory_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


async def run(config: Config, n: int, turns: int) -> str:
    fake = FakeTelegram(strict=False, limits=config.limits)
    base = await fake.start()
    with tempfile.TemporaryDirectory() as tmp:
        env = os.environ | {"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_BASE_URL": base,
                            "ROLLWITH_DB": str(Path(tmp) / "bench.sqlite3"), "PTB_TIMEDELTA": "1"} | config.env
        for key in ("ROLLWITH_TYPING_DELAY", "ROLLWITH_RATE_LIMIT"):
            if key not in config.env:
                env.pop(key, None)  # the shipped default, whatever this shell says
        bot = await asyncio.create_subprocess_exec(sys.executable, "-m", "bot.cli", "bot", cwd=tmp, env=env,
                                                   stdout=asyncio.subprocess.DEVNULL,
                                                   stderr=asyncio.subprocess.DEVNULL)
        try:
            for _ in range(600):  # wait for the bot to start polling
                if "getUpdates" in fake.calls:
                    break
                await asyncio.sleep(0.1)
            result = Result()
            rng = random.Random(n)
            start = time.monotonic()
            await asyncio.gather(*(trainee_loop(fake, fake.trainee(10_000 + i), PERSONAS[i % len(PERSONAS)], turns,
                                                config, rng, result) for i in range(n)))
            elapsed = time.monotonic() - start
            memory = peak_memory_mib(bot.pid)
        finally:
            bot.send_signal(signal.SIGINT)
            await asyncio.wait_for(bot.wait(), 60)
    await fake.stop()
    q = statistics.quantiles(result.latencies, n=100)
    typing = fake.calls.count("sendChatAction")
    replies = len(result.latencies)
    return (f"{config.name}: {n} trainees x {turns} turns, {replies} replies in {elapsed:.0f} s "
            f"({replies / elapsed:,.1f} replies/s, {result.missing} missing); "
            f"latency p50 {q[49]:.2f} s, p95 {q[94]:.2f} s, p99 {q[98]:.2f} s; "
            f"{typing} typing indicators; {fake.limited} flood-limit 429s; bot peak memory {memory:.0f} MiB")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("configs", nargs="*", help=f"any of {', '.join(CONFIGS)} (default: all)")
    parser.add_argument("--trainees", type=int, default=500)
    parser.add_argument("--turns", type=int, default=2)
    args = parser.parse_args(argv)
    unknown = set(args.configs) - set(CONFIGS)
    if unknown:
        parser.error(f"unknown configuration: {', '.join(sorted(unknown))}")
    for name in args.configs or list(CONFIGS):
        config = CONFIGS[name]
        n, turns = (200, 6) if name == "capacity" else (args.trainees, args.turns)
        print(asyncio.run(run(config, n, turns)), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:] if Path(sys.argv[0]).name == "bench_bot.py" else [])
