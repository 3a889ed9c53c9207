"""No secret in any output: a shop that echoes our request (Authorization, cookies,
the key in the body) gets it blanked in every encoding; the argument parser
never echoes a value; redact_url masks any password."""

from __future__ import annotations

import base64
import json
from urllib.parse import quote

import pytest

from cobby_desktop.cli import run_command
from cobby_desktop.domain.diagnosis import CheckInput, diagnose
from cobby_desktop.domain.redact import redact_text, secret_values
from cobby_desktop.domain.urls import redact_url
from cobby_desktop.net.http import HttpPolicy
from cobby_desktop.secret import Secret
from tests.support import bad_servers as bad

KEY = "Kx7pQ2mZr9TfW4bN"
GATE_USER, GATE_PW = "staff", "gate/pw with space"
POLICY = HttpPolicy(connect_timeout=1.0, read_timeout=3.0)


def _echo(method: str, path: str, headers: dict[str, str], body: bytes):
    """A shop whose API error repeats the whole request back (seen on debug setups)."""
    if path == "/":
        return 200, {"Content-Type": "text/html", "Set-Cookie": "frontend=abc123456"}, b"<html/>"
    echo = "\n".join(f"{k}: {v}" for k, v in headers.items()) + "\n" + body.decode()
    echo += f"\nCookie: PHPSESSID=s3cr3tsession; frontend=abc123456\nurl-encoded: {quote(KEY)}"
    answer = {"id": 1, "result": None, "error": {"code": 1, "message": echo}}
    return 200, {"Content-Type": "application/json"}, json.dumps(answer).encode()


def _leaks(text: str) -> list[str]:
    basic = base64.b64encode(f"{GATE_USER}:{GATE_PW}".encode()).decode()
    needles = [KEY, GATE_PW, basic, quote(KEY), quote(GATE_PW, safe=""), "s3cr3tsession"]
    return [n for n in needles if n in text]


def test_a_shop_echoing_the_request_leaks_nothing_into_the_report() -> None:
    with bad.serve(_echo) as url:
        report = diagnose(CheckInput(
            url=url, magento=1, api_user="cobby_api", secrets={"api_key": Secret(KEY)},
            basic_auth=(GATE_USER, Secret(GATE_PW)), policy=POLICY,
        ))
    assert report.codes == ("shop.error",), report.codes
    raw = " ".join(e.fault_text or "" for f in report.findings for e in f.evidence)
    assert "authorization: ••••••" in raw and "cobby_api" in raw  # the echo happened
    for rendered in (report.to_text(), json.dumps(report.to_json()), report.to_html()):
        assert _leaks(rendered) == []
        assert "Authorization" not in rendered or "••••••" in rendered


@pytest.mark.parametrize(
    "text",
    [
        "Authorization: Basic c3RhZmY6Z2F0ZS9wdyB3aXRoIHNwYWNl",
        'authorization="OAuth oauth_consumer_key=\\"abc\\", oauth_signature=\\"x%2Fy\\""',
        "Cookie: a=1; b=2",
        "set-cookie: PHPSESSID=abcdef; path=/",
        "header Bearer eyJhbGciOiJIUzI1NiJ9.e30.x1",
    ],
)
def test_credential_headers_are_blanked_whatever_they_hold(text: str) -> None:
    out = redact_text(text)
    assert "••••••" in out
    for word in ("c3RhZm", "abc", "a=1", "abcdef", "eyJhbGci"):
        assert word not in out


def test_known_secrets_are_blanked_in_every_encoding() -> None:
    secret = 'pa/ss wörd"&<1'
    values = secret_values([Secret(secret)], basic_user="u")
    for form in (secret, quote(secret, safe=""), json.dumps(secret)[1:-1],
                 base64.b64encode(secret.encode()).decode(),
                 base64.b64encode(f"u:{secret}".encode()).decode()):
        assert redact_text(f"before {form} after", values) == "before •••••• after", form


def test_plain_words_in_sentences_are_not_masked() -> None:
    assert redact_text("The basic authentication was refused.") == (
        "The basic authentication was refused."
    )


@pytest.mark.parametrize(
    "typed",
    ["https://u:pa/ss@shop.de/x", "https://u:pa ss@shop.de", "https://u:p@ss@shop.de/",
     "u:pa/ss@shop.de"],
)
def test_redact_url_masks_any_password(typed: str) -> None:
    shown = redact_url(typed)
    assert "pa" not in shown and "ss@" not in shown.replace("•••@", "")
    assert shown.endswith(("shop.de/x", "shop.de", "shop.de/"))


@pytest.mark.parametrize(
    "argv",
    [["check", "--ac=SECRET-VALUE-1"], ["check", "--access-tok=SECRET-VALUE-1"],
     ["check", "--url", "https://x.test", "--use=SECRET-VALUE-1"],
     ["check", "--jobs=SECRET-VALUE-1"], ["--ver=SECRET-VALUE-1"]],
)
def test_the_parser_never_echoes_a_value(argv: list[str], capsys) -> None:
    assert run_command(argv) == 2
    captured = capsys.readouterr()
    assert "SECRET-VALUE-1" not in captured.err + captured.out


def test_the_findings_themselves_are_scrubbed_for_every_window() -> None:
    with bad.serve(_echo) as url:
        report = diagnose(CheckInput(
            url=url, magento=1, api_user="cobby_api", secrets={"api_key": Secret(KEY)},
            basic_auth=(GATE_USER, Secret(GATE_PW)), policy=POLICY,
        ))
    shown = " ".join(
        [f.detail for f in report.findings]
        + [e.fault_text or "" for f in report.findings for e in f.evidence]
        # what a window writes the detail again from, in its language
        + [str(m.params) for f in report.findings for m in f.said]
    )
    assert shown.strip() and _leaks(shown) == []
