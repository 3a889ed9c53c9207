"""Shop URL normalisation: what merchants paste, and the base URL the check uses."""

from __future__ import annotations

import pytest

from cobby_desktop.domain.urls import join, normalize_shop_url
from tests.support.said import said


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("shop.example.com", "https://shop.example.com"),
        ("  https://Shop.Example.com/  ", "https://shop.example.com"),
        ("\u200bhttps://shop.example.com\u00a0", "https://shop.example.com"),
        ("https://shop.example.com/index.php/admin/dashboard/", "https://shop.example.com"),
        ("https://shop.example.com/admin_x7f3/sales/order", "https://shop.example.com"),
        ("https://shop.example.com/index.php", "https://shop.example.com"),
        ("https://shop.example.com/rest/V1/cobby/setup", "https://shop.example.com"),
        ("https://shop.example.com/api/cobby/json", "https://shop.example.com"),
        ("https://shop.example.com/magento/admin", "https://shop.example.com/magento"),
        ("https://shop.example.com/shoes/red-shoe.html?x=1#top", "https://shop.example.com/shoes"),
        ("http://shop.example.com:80/", "http://shop.example.com"),
        ("https://shop.example.com:8443/", "https://shop.example.com:8443"),
        ("http://127.0.0.1:8080/index.php/", "http://127.0.0.1:8080"),
    ],
)
def test_normalises_to_base_url(raw: str, expected: str) -> None:
    result = normalize_shop_url(raw)
    assert result.said is None
    assert result.url == expected


def test_reports_each_change() -> None:
    result = normalize_shop_url(" shop.example.com/index.php/admin ")
    assert result.url == "https://shop.example.com"
    assert [said(c) for c in result.changes] == [
        ("url.changed.trimmed", {}),
        ("url.changed.https", {}),
        ("url.changed.path", {"path": "/index.php/admin"}),
    ]
    assert normalize_shop_url("https://shop.example.com").changes == ()


@pytest.mark.parametrize(
    ("raw", "code"),
    [("", "url.empty"), ("   ", "url.empty"), ("ftp://shop.example.com", "url.scheme"),
     ("https://", "url.host"), ("shop example.com", "url.spaces"),
     ("https://sh_op!.com", "url.host"), ("https://user:pw@shop.example.com", "url.login"),
     ("https://shop.example.com:99999", "url.not_web_address"),
     ("https://shop.example.com:0", "url.port_zero"), ("http://shop.de/\x00", "url.control")],
)
def test_unusable_input_names_the_problem(raw: str, code: str) -> None:
    result = normalize_shop_url(raw)
    assert result.url is None
    assert said(result.said) == (code, {})
    assert result.problem and result.problem.endswith(".")  # the English, for logs


def test_join() -> None:
    assert join("https://a.example/shop", "/rest/V1/x") == "https://a.example/shop/rest/V1/x"
    assert join("https://a.example/", "api/xmlrpc/") == "https://a.example/api/xmlrpc/"


def test_user_and_password_in_the_address_are_refused_and_never_shown():
    from cobby_desktop.domain.urls import redact_url

    result = normalize_shop_url("https://staging:Pw0rd99@shop.example/")
    assert result.url is None
    assert said(result.said) == ("url.login", {})
    assert "Pw0rd99" not in result.problem
    assert redact_url("https://staging:Pw0rd99@shop.example/admin?key=tok123#x") == (
        "https://•••@shop.example/admin?•••"
    )
    assert redact_url("shop.example/index.php") == "shop.example/index.php"


def test_check_never_prints_a_password_typed_into_the_url(capsys, monkeypatch):
    import json

    from cobby_desktop.cli import run_command

    monkeypatch.setenv("COBBY_API_KEY", "abcdef12345")
    code = run_command(["check", "--url", "https://u:S3cretPw77@shop.invalid/", "--user", "x",
                        "--magento", "1", "--json"])
    out = capsys.readouterr()
    assert code == 1
    assert "S3cretPw77" not in out.out and "S3cretPw77" not in out.err
    data = json.loads(out.out)
    assert [f["code"] for f in data["findings"]] == ["url.invalid"]
    assert "S3cretPw77" not in data["findings"][0]["detail"]


@pytest.mark.parametrize(
    ("raw", "url"),
    [
        ("http://[::1]:8080", "http://[::1]:8080"),
        ("[2001:db8::1]", "https://[2001:db8::1]"),
        ("bücher.de", "https://xn--bcher-kva.de"),
        ("https://MÜNCHEN.example/shop/", "https://xn--mnchen-3ya.example/shop"),
        ("127.0.0.1:8080", "https://127.0.0.1:8080"),
    ],
)
def test_valid_hosts_work(raw: str, url: str) -> None:
    assert normalize_shop_url(raw).url == url


@pytest.mark.parametrize(
    "raw",
    ["http://0177.0.0.1", "0x7f.0.0.1", "https://1.2.3", "shop.de:0", "http://shop.de/a\x1bb",
     "http://shop.de/\x00", "https://shop.de:99999"],
)
def test_dangerous_or_unusable_addresses_are_refused(raw: str) -> None:
    result = normalize_shop_url(raw)
    assert result.url is None and result.said is not None
