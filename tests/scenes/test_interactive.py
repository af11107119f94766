"""scenes/interactive.yaml in the browser: a click on the box runs the handler the file names,
and what it changes reaches every other client."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from vuer_cli import Vuer
from vuer_cli.runner import SceneRunner

from .conftest import HEIGHT, WIDTH, shown

SCENE = Path(__file__).resolve().parents[2] / "scenes" / "interactive.yaml"

pytestmark = pytest.mark.browser


def _centre(img: np.ndarray, r: int = 12) -> np.ndarray:
    return img[HEIGHT // 2 - r : HEIGHT // 2 + r, WIDTH // 2 - r : WIDTH // 2 + r].reshape(-1, 3)


def _dominant(pixels: np.ndarray, channel: int, margin: int = 40) -> bool:
    others = [c for c in range(3) if c != channel]
    return bool(((pixels[:, channel] - np.maximum(pixels[:, others[0]], pixels[:, others[1]])) > margin).all())


async def test_clicking_the_box_toggles_it_for_every_client(page, connect):
    runner = SceneRunner(SCENE, app=Vuer(host="127.0.0.1", port=0))
    async with shown(page, runner.app) as (h, _):
        other = await connect(runner.app)
        await other.recv("SET")
        assert _dominant(_centre(await h.screenshot()), 0), "the box starts red"

        await page.mouse.click(WIDTH // 2, HEIGHT // 2)
        click = await h.event("ON_CLICK")
        assert click.value == {"key": "box"}
        frame = await other.recv("UPSERT")
        assert frame["data"]["nodes"] == [{"key": "box", "tag": "Box", "material": {"color": "blue"}}]
        await h.ready()
        assert _dominant(_centre(await h.screenshot()), 2), "the box is blue after the click"

        await page.mouse.click(WIDTH // 2, HEIGHT // 2)
        assert (await other.recv("UPSERT"))["data"]["nodes"][0]["material"] == {"color": "red"}
        await h.ready()
        assert _dominant(_centre(await h.screenshot()), 0), "a second click makes it red again"

        # Clicking the empty corner sends nothing the handler acts on.
        await page.mouse.click(10, 10)
        assert await other.nothing_for(0.5) == []
