"""The example programs, run as a user runs them, seen through upstream's browser client."""

from __future__ import annotations


import numpy as np
import pytest

from ..examples.programs import run_example, stop_cleanly
from .conftest import bluish, centre, reddish

pytestmark = [pytest.mark.browser, pytest.mark.network, pytest.mark.timeout(180)]


def coloured(img: np.ndarray) -> np.ndarray:
    """Pixels that are not white, grey or black (the page and its panels are all grey)."""
    return (img.max(axis=-1) - img.min(axis=-1)) > 20


async def test_hello_box_draws_a_red_box(upstream_page):
    async with run_example("hello_box.py") as program:
        page = await upstream_page(program)
        await page.wait_for_picture(lambda im: reddish(centre(im)).sum() > 3000, what="the red box")
        await stop_cleanly(program)


async def test_point_cloud_stream_draws_a_moving_surface(upstream_page):
    async with run_example("point_cloud_stream.py") as program:
        page = await upstream_page(program)
        first = await page.wait_for_picture(
            lambda im: coloured(centre(im)).sum() > 8000, what="the coloured point cloud"
        )
        await page.wait_for_picture(
            lambda im: coloured(centre(im)).sum() > 8000
            and (np.abs(centre(im) - centre(first)).max(axis=-1) > 20).sum() > 1000,
            what="the surface to move",
        )
        assert not [e for e in page.page_errors if "slice" in e or "NaN" in e], page.page_errors
        await stop_cleanly(program)


async def test_click_handler_recolours_the_clicked_box(upstream_page):
    async with run_example("click_handler.py") as program:
        page = await upstream_page(program)
        img = await page.wait_for_picture(lambda im: reddish(centre(im)).sum() > 4000, what="two red boxes")
        ys, xs = np.nonzero(reddish(img))
        left = xs < img.shape[1] / 2
        assert left.any() and (~left).any(), "expected a red box on each side of the centre"

        await page.page.mouse.click(float(xs[left].mean()), float(ys[left].mean()))
        await program.line_containing("clicked left", timeout=15)
        img = await page.wait_for_picture(
            lambda im: bluish(im[:, : im.shape[1] // 2]).sum() > 1000, what="the left box to turn blue"
        )
        ys, xs = np.nonzero(reddish(img))
        assert (xs > img.shape[1] / 2).sum() > 1000, "the right box should have stayed red"

        mouse = page.page.mouse
        await mouse.move(760, 200)
        await mouse.down()
        for x in range(760, 640, -10):
            await mouse.move(x, 200)
        await mouse.up()
        await program.line_containing("camera at", timeout=15)
        await stop_cleanly(program)
