"""Pinning an exact certificate that a private CA issued (not self-signed): the
pinned leaf is the trust anchor of a partial chain, so the shop presenting
exactly that certificate passes, and any other one (even from the same CA)
does not."""

from __future__ import annotations

from cobby_desktop.domain.diagnosis import CheckInput, diagnose
from cobby_desktop.net.http import HttpPolicy
from cobby_desktop.secret import Secret
from tests.support import bad_servers as bad
from tests.support.m1_simulator import ApiUser, M1Simulator

KEY = "Kx7pQ2mZr9TfW4bN"
POLICY = HttpPolicy(connect_timeout=1.0, read_timeout=3.0)


def _check(url: str, pinned: str) -> object:
    return diagnose(CheckInput(url=url, api_user="cobby_api", secrets={"api_key": Secret(KEY)},
                               pinned_cert_pem=pinned, policy=POLICY))


def test_a_pinned_private_ca_leaf_is_trusted(tmp_path) -> None:
    _ca, leaf = bad.make_private_ca_leaf(str(tmp_path))
    with M1Simulator({"cobby_api": ApiUser(KEY)}) as shop, \
            bad.serve(bad.proxy_to(shop.url), cert=leaf) as url:
        report = _check(url, leaf.cert_pem)
        assert ("POST", "/api/cobby/json") in shop.requests
    assert report.ok, report.codes
    assert report.codes[0] == "tls.pinned"


def test_another_leaf_of_the_same_ca_is_not_trusted(tmp_path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    _ca, pinned = bad.make_private_ca_leaf(str(tmp_path / "a"))
    _ca2, other = bad.make_private_ca_leaf(str(tmp_path / "b"))
    with bad.serve(bad.cms_site, cert=other) as url:
        report = _check(url, pinned.cert_pem)
    assert report.codes == ("tls.pin_mismatch",)
    assert report.requests == 0


def test_the_ca_alone_pinned_does_not_trust_its_leaf(tmp_path) -> None:
    """Only the exact certificate is pinned; pinning is not a way to add a CA."""
    ca, leaf = bad.make_private_ca_leaf(str(tmp_path))
    with bad.serve(bad.cms_site, cert=leaf) as url:
        report = _check(url, ca.cert_pem)
    assert report.codes[0] == "tls.pin_mismatch"
