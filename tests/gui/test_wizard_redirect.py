"""A shop whose front page redirects to another host: the wizard names the
target, sends it nothing and offers "Use this address"."""

from __future__ import annotations

from tests.gui.wizard_steps import make_wizard, new_workspace
from tests.support import bad_servers as bad
from tests.support import hostile
from tests.support.m1_simulator import M1Simulator


def test_use_this_address_takes_the_redirect_target(qtbot) -> None:
    with M1Simulator() as shop:
        target = shop.url.replace("127.0.0.1", "localhost")
        with bad.serve(hostile.redirect_all(target)) as url:
            wizard = make_wizard(qtbot)
            new_workspace(wizard)
            page = wizard.shop_page
            page.url.setText(url)
            page.start_detection()
            qtbot.waitUntil(lambda: page.detection is not None and page._detect_job is None,
                            timeout=8000)
            codes = [f.code for f in page.detection.findings]
            assert codes == ["http.redirect_elsewhere"]
            assert page.use_target.isVisibleTo(page)
            assert target in page.detect_status.text()
            assert shop.requests == []
            page.use_target.click()
            assert page.url.text() == target
            assert not page.use_target.isVisibleTo(page)
            page.start_detection()
            qtbot.waitUntil(lambda: page.detection is not None and page._detect_job is None,
                            timeout=8000)
            assert page.detection.magento_major == 1
            assert page.detection.findings == ()
