"""Plain http is said where it matters: in the wizard's test result, not first
in the security audit afterwards."""

from __future__ import annotations

import dataclasses

from tests.gui.test_wizard_m2 import _walk_to_tokens
from tests.gui.window_support import job_draining
from tests.gui.wizard_steps import make_wizard, wait_for_test
from tests.support.m2_simulator import M2Simulator

_drain_jobs = job_draining(2000)


def test_a_shop_on_plain_http_is_flagged_in_the_test_result(qtbot):
    with M2Simulator() as shop:
        wizard = make_wizard(qtbot)
        _walk_to_tokens(qtbot, wizard, shop)
        page = wizard.m2_tokens_page
        for name, value in shop.values.items():
            page.fields[name].setText(value)
        wizard.next()
        wait_for_test(qtbot, wizard)
    test = wizard.test_page
    assert test.report.ok and test.report.plain_http
    assert test.http_warning.isVisible()
    # The same result over https carries no such flag.
    secure = dataclasses.replace(test.report, url_used="https://shop.example/")
    assert not secure.plain_http
    test.show_report(secure)
    assert not test.http_warning.isVisible()
    wizard.close()
