"""The client's openness as a state machine (library `transitions`).

States are the openness bands plus two endings.  Every trainee turn fires one `respond` event;
its transitions are tried in order and their conditions are the rules: walk out if the alliance
is broken beyond repair, break through if trust is high enough and was earned, otherwise move to
the band the new openness falls in.  One machine serves every session (sessions are models added
to it), so thousands of live sessions cost little memory.
"""

from __future__ import annotations

from typing import Any

from transitions import Machine

from personas.models import Band

WALKED_OUT = "walked_out"
BREAKTHROUGH = "breakthrough"
BANDS = [band.value for band in Band]
STATES = [*BANDS, WALKED_OUT, BREAKTHROUGH]
TERMINAL = frozenset({WALKED_OUT, BREAKTHROUGH})

TRANSITIONS: list[dict[str, Any]] = [
    {"trigger": "respond", "source": BANDS, "dest": WALKED_OUT, "conditions": "walks_out"},
    {"trigger": "respond", "source": BANDS, "dest": BREAKTHROUGH, "conditions": "breaks_through"},
    *(
        {"trigger": "respond", "source": BANDS, "dest": band, "conditions": f"lands_in_{band}"}
        for band in BANDS
    ),
]


# Queued: a second event fired from inside a callback waits for the running transition instead
# of cancelling it.  No auto transitions: only the declared rules can move a client.
MACHINE = Machine(
    model=None, states=STATES, transitions=TRANSITIONS, initial=None,
    auto_transitions=False, queued="model",  # type: ignore[arg-type]  # stubs predate "model"
)


def mermaid(title: str) -> str:
    """The machine as a Mermaid state diagram, conditions on the arrows."""
    from transitions.extensions.diagrams import GraphMachine

    class _Diagram:
        state = Band.GUARDED.value

    graph = GraphMachine(
        model=_Diagram(), states=STATES, transitions=TRANSITIONS, initial=Band.GUARDED.value,
        auto_transitions=False, graph_engine="mermaid", show_conditions=True, title=title,
    )
    return str(graph.get_graph().draw(None))
