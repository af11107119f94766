"""Handlers of interactive.yaml: a click on the box toggles its colour for every client."""

from vuer_cli.schema import Box

COLORS = ("red", "blue")


def toggle(event, session):
    """ON_CLICK: ``event.value["key"]`` is the clicked element's key."""
    if event.value.get("key") != "box":
        return
    node = session.shared.store.get("box") or {}
    color = (node.get("material") or {}).get("color", COLORS[0])
    nxt = COLORS[(COLORS.index(color) + 1) % len(COLORS)] if color in COLORS else COLORS[0]
    # session.shared is the scene every client sees; upsert merges into the existing box.
    session.shared.upsert @ Box(key="box", material={"color": nxt})
