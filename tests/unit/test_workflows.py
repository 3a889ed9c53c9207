"""The CI workflows cannot run here, so their promises are read from the YAML:
every platform builds from installer.spec and runs the frozen self-test with a
Python that pyproject.toml allows, and a tag publishes the builds with their
checksums. (tests/run.sh lints them with jactionlint as well.)"""

from __future__ import annotations

import importlib.util
import re
import tomllib
from pathlib import Path
from typing import Any

import pytest
import yaml
from packaging.specifiers import SpecifierSet

from cobby_desktop.cli import COMMANDS

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / ".github" / "workflows" / "ci.yml"
# Platform job -> (build script it must run, keychain the self-test must use).
PLATFORMS = {
    "linux": ("build/linux/build.sh", "secret-service"),
    "windows": (r"build\windows\build.ps1", "windows"),
    "macos": ("build/macos/build.sh", "macos"),
}


def _load_verify_frozen() -> Any:
    spec = importlib.util.spec_from_file_location("verify_frozen", ROOT / "build/verify_frozen.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def workflow() -> dict[str, Any]:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def _triggers(workflow: dict[str, Any]) -> dict[str, Any]:
    return workflow.get("on") or workflow[True]  # YAML 1.1 reads a bare `on` as True


def _runs(job: dict[str, Any]) -> list[str]:
    return [step["run"] for step in job["steps"] if "run" in step]


def _uses(job: dict[str, Any], action: str) -> list[dict[str, Any]]:
    return [s for s in job["steps"] if str(s.get("uses", "")).startswith(f"{action}@")]


def test_every_push_and_pull_request_runs_it(workflow):
    triggers = _triggers(workflow)
    assert triggers["push"]["branches"] == ["**"]
    assert "pull_request" in triggers
    assert any(tag.startswith("v") for tag in triggers["push"]["tags"])


def test_linux_job_runs_the_readme_test_command(workflow):
    assert "bash tests/run.sh" in _runs(workflow["jobs"]["linux"])
    assert workflow["jobs"]["linux"]["timeout-minutes"] <= 15


@pytest.mark.parametrize("job", sorted(PLATFORMS))
def test_each_platform_builds_from_installer_spec(workflow, job):
    script, _ = PLATFORMS[job]
    runs = "\n".join(_runs(workflow["jobs"][job]))
    assert script in runs, f"{job} does not run {script}"
    text = (ROOT / script.replace("\\", "/")).read_text(encoding="utf-8")
    assert re.search(r"PyInstaller\b.*\n?.*\binstaller\.spec\b", text), script
    assert "PyInstaller" not in runs and "pyinstaller" not in runs.lower(), (
        "the workflow must build through the platform's script, from the one spec"
    )


def test_installer_spec_is_the_only_spec():
    found = [p.relative_to(ROOT) for p in ROOT.rglob("*.spec")]
    specs = [p.as_posix() for p in found if not {".venv", "work", "out"} & set(p.parts)]
    assert specs == ["installer.spec"]


@pytest.mark.parametrize("job", sorted(PLATFORMS))
def test_each_platform_runs_the_frozen_self_test(workflow, job):
    _, keychain = PLATFORMS[job]
    runs = [r for r in _runs(workflow["jobs"][job])
            if "build/verify_frozen.py" in r.replace("\\", "/")]
    assert runs, f"{job} never runs build/verify_frozen.py"
    assert any(f"--keychain {keychain}" in " ".join(r.split()) for r in runs), runs
    verify = _load_verify_frozen()
    assert keychain in verify.KEYCHAINS
    assert ("self-test",) in verify.CLI_PATHS


def test_windows_and_both_mac_architectures_have_runners(workflow):
    jobs = workflow["jobs"]
    assert jobs["windows"]["runs-on"] == "windows-latest"
    matrix = jobs["macos"]["strategy"]["matrix"]["include"]
    runners = {entry["runner"]: entry["arch"] for entry in matrix}
    assert "arm64" in runners.values() and "x86_64" in runners.values()
    # macos-13 was retired; macos-15-intel is GitHub's Intel image.
    assert runners.get("macos-15-intel") == "x86_64"
    assert all(r.startswith("macos-") and r != "macos-13" for r in runners)


def test_every_job_uses_one_python_that_pyproject_allows(workflow):
    requires = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["requires-python"]
    default = str(workflow["env"]["PYTHON_VERSION"])
    seen = set()
    for job in workflow["jobs"].values():
        for step in _uses(job, "actions/setup-python"):
            version = str(step["with"]["python-version"])
            seen.add(default if version == "${{ env.PYTHON_VERSION }}" else version)
    assert seen == {default}, seen
    assert SpecifierSet(requires).contains(default), (default, requires)


@pytest.mark.parametrize("job", ["windows", "macos"])
def test_installers_are_built_and_uploaded(workflow, job):
    pattern = {"windows": "windows-setup.exe", "macos": ".dmg"}[job]
    uploads = _uses(workflow["jobs"][job], "actions/upload-artifact")
    assert uploads and all(pattern in u["with"]["path"] for u in uploads)
    assert all(u["with"]["if-no-files-found"] == "error" for u in uploads)


def test_windows_installs_self_tests_and_uninstalls_keeping_data(workflow):
    runs = "\n".join(_runs(workflow["jobs"]["windows"]))
    assert "choco install innosetup" in runs
    for promise in ("/VERYSILENT", r"Programs\cobby Desktop", "Start Menu", "unins000.exe",
                    "self-test", r"cobby\cobby Desktop\inventory.sqlite3"):
        assert promise in runs, promise


def test_tag_release_publishes_every_build_with_checksums(workflow):
    release = workflow["jobs"]["release"]
    assert "refs/tags/v" in release["if"]
    assert set(release["needs"]) == set(PLATFORMS)
    assert release["permissions"] == {"contents": "write"}
    runs = "\n".join(_runs(release))
    assert "sha256sum" in runs and "SHA256SUMS.txt" in runs
    assert "gh release create" in runs and "release/*" in runs
    assert "cobby_desktop.__version__" in runs  # the tag must name the package version


def test_signing_is_skipped_with_a_warning_when_secrets_are_missing(workflow):
    for job in ("windows", "macos"):
        steps = [s for s in workflow["jobs"][job]["steps"] if "secrets." in str(s.get("env", ""))]
        assert steps, job
        for step in steps:
            assert "::warning title=" in step["run"] and "skipped" in step["run"], step["name"]
            assert "secrets." not in step["run"]  # secrets reach scripts through env only


def test_verify_frozen_covers_every_headless_command():
    verify = _load_verify_frozen()
    covered = {args[0] for args in verify.CLI_PATHS if not args[0].startswith("-")}
    assert covered >= set(COMMANDS), set(COMMANDS) - covered


def test_verify_frozen_reads_the_self_test_keychain_line():
    verify = _load_verify_frozen()
    failed = "FAIL keychain: keyring.backends.fail.Keyring (missing)"
    assert verify.keychain_line(f"ok   qt: platform 'offscreen'\n{failed}\n") == failed
    assert verify.keychain_line("ok   qt: fine\n") is None


def test_the_mac_bundle_declares_german_and_english():
    """macOS words its own menu items and panels in the app's declared languages."""
    spec = (ROOT / "installer.spec").read_text(encoding="utf-8")
    assert '"CFBundleLocalizations": ["en", "de"]' in spec
    assert '"CFBundleDevelopmentRegion": "en"' in spec
