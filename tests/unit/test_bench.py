"""The benchmark script in its quick mode: one JSON object with every figure the
issue asks for, each plausible. No timing thresholds: speed is what the script
reports, not what a test decides."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tools import bench

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def quick_run() -> tuple[dict, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "bench.py"), "--quick"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=110, check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-2000:]
    return json.loads(proc.stdout), proc.stdout + proc.stderr


def positive(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and value > 0


def test_one_json_object_with_every_section(quick_run: tuple[dict, str]) -> None:
    report, _ = quick_run
    assert set(report) >= {
        "machine", "startup", "inventory_scale", "responsiveness", "work_per_check",
        "idle_memory", "keepass_file", "bench_seconds",
    }  # fmt: skip
    assert report["quick"] is True
    machine = report["machine"]
    assert positive(machine["cpu_count"]) and machine["python"] and machine["pyside6"]


def test_startup_compares_app_and_bare_window_in_the_same_run(quick_run) -> None:
    startup = quick_run[0]["startup"]
    assert startup["runs"] == 2
    assert len(startup["app_first_paint_s"]) == len(startup["bare_first_paint_s"]) == 2
    app, bare = startup["app_first_paint_median_s"], startup["bare_pyside6_first_paint_median_s"]
    assert positive(app) and positive(bare)
    assert startup["ratio_app_to_bare"] == pytest.approx(app / bare, abs=0.01)
    # The rows come after the first paint, and the phases add up to the whole.
    assert startup["app_rows_shown_median_s"] >= app
    for run in ("app_phases_median_s", "bare_phases_median_s"):
        phases = startup[run]
        assert set(phases) == {"interpreter", "imports", "application_and_window",
                               "until_first_paint"}  # fmt: skip
        assert all(v >= 0 for v in phases.values()) and positive(phases["interpreter"])


def test_inventory_scale_with_the_generated_shops(quick_run) -> None:
    scale = quick_run[0]["inventory_scale"]
    assert scale["ok"] is True
    assert scale["populate"]["shops"] == scale["shops"] == 500
    assert scale["populate"]["credentials"] == 600  # every fifth shop was rotated once
    for key in ("open_to_first_page_s", "rows_arrived_s", "model_fill_and_sort_s",
                "process_start_to_first_page_s", "rss_mb_after_open",
                "longest_event_loop_gap_while_opening_ms"):  # fmt: skip
        assert positive(scale[key]), key
    assert scale["open_to_first_page_s"] >= scale["rows_arrived_s"]
    for key in ("keystroke_first_char", "keystroke_narrowing", "keystroke_clear"):
        sample = scale[key]
        assert positive(sample["filter_s"]) and positive(sample["until_painted_s"]), key
        assert sample["until_painted_s"] >= sample["filter_s"]
    assert 0 < scale["keystroke_first_char"]["rows_shown"] <= 500
    assert scale["keystroke_clear"]["rows_shown"] == 500
    assert positive(scale["store_only"]["rows_s"])


def test_responsiveness_during_a_real_check_of_a_slow_shop(quick_run) -> None:
    resp = quick_run[0]["responsiveness"]
    assert resp["ok"] is True and resp["check_passed"] is True
    assert resp["shop_delay_s"] == 0.2
    assert resp["check_requests"] >= 1
    # Every request waited for the shop's delay, so the check cannot be shorter.
    assert resp["check_s"] >= resp["shop_delay_s"] * resp["check_requests"]
    assert resp["ticks"] > 0 and positive(resp["max_gap_ms"])
    assert resp["max_gap_ms"] >= resp["median_gap_ms"] > 0


def test_work_per_check_counts_what_the_shop_saw(quick_run) -> None:
    work = quick_run[0]["work_per_check"]
    checks = {"m1_check", "m1_full_diagnosis", "m2_check", "m2_full_diagnosis"}
    assert set(work) == checks | {"simulators_tcp_nodelay"}
    for name in checks:
        sample = work[name]
        assert sample["passed"] is True, name
        assert isinstance(sample["requests"], int) and sample["requests"] >= 1, name
        assert sample["requests"] == sample["requests_seen_by_shop"], name
        assert positive(sample["median_s"]), name
    # A full diagnosis does more than the credential check alone.
    assert work["m1_full_diagnosis"]["requests"] > work["m1_check"]["requests"]
    assert work["m2_full_diagnosis"]["requests"] > work["m2_check"]["requests"]


def test_idle_memory_of_window_and_bare_pyside6(quick_run) -> None:
    idle = quick_run[0]["idle_memory"]
    assert idle["app_rows"] == 20  # the sample inventory
    assert positive(idle["app_rss_mb"]) and positive(idle["bare_pyside6_rss_mb"])


def test_keepass_file_round_trip_and_key_derivation_cost(quick_run) -> None:
    kdbx = quick_run[0]["keepass_file"]
    assert kdbx["shops"] == kdbx["import_added"] == kdbx["reimport_unchanged"] == 50
    assert positive(kdbx["export_s"]) and positive(kdbx["import_s"])
    kdf = kdbx["key_derivation"]
    assert kdf["format"] == "KDBX 4.0" and kdf["kdf"] in ("argon2", "argon2id")
    assert positive(kdf["memory_mib"]) and positive(kdf["iterations"])
    assert positive(kdf["one_derivation_s"])


def test_no_simulator_secret_in_the_output(quick_run) -> None:
    _, output = quick_run
    assert "cobby12345key" not in output  # the Magento 1 simulator's made-up API key


def test_outside_a_source_checkout_it_says_what_to_do(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bench, "PACKAGE_ROOT", tmp_path)
    with pytest.raises(SystemExit) as stopped:
        bench._simulators()
    assert "source checkout" in str(stopped.value.code)
    assert str(tmp_path / "tests" / "support") in str(stopped.value.code)
