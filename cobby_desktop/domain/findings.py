"""Every problem the connection check can name: stable code, severity, title,
explanation and numbered fix steps per Magento version.

The texts are plain English sentences; a translation catalogue wraps them later.
Codes never change once released: support, history and scripts rely on them.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from cobby_desktop.results import Evidence


class Severity(enum.StrEnum):
    FAILURE = "failure"  # cobby cannot reach the shop until this is fixed
    WARNING = "warning"  # works now, but something needs attention
    NOTICE = "notice"  # good to know, nothing is broken


@dataclass(frozen=True)
class FindingSpec:
    code: str
    severity: Severity
    title: str
    explanation: str
    fix_m1: tuple[str, ...]
    fix_m2: tuple[str, ...]


@dataclass(frozen=True)
class Finding:
    code: str
    severity: Severity
    title: str
    detail: str  # this case's specifics; never a secret
    fix: tuple[str, ...]
    evidence: tuple[Evidence, ...] = ()
    explanation: str = ""
    # Machine-readable values of this case (e.g. the address a redirect points to).
    params: tuple[tuple[str, str], ...] = ()

    def param(self, name: str) -> str | None:
        return dict(self.params).get(name)

    def as_dict(self) -> dict[str, object]:
        out: dict[str, object] = {
            "code": self.code,
            "severity": self.severity.value,
            "title": self.title,
            # What it means in merchant words, then this case's specifics.
            "detail": " ".join(p for p in (self.explanation, self.detail) if p),
            "fix": list(self.fix),
        }
        if self.params:
            out["params"] = dict(self.params)
        return out


M1_USERS = "System > Web Services > SOAP/XML-RPC - Users"
M1_ROLES = "System > Web Services > SOAP/XML-RPC - Roles"
M2_INTEGRATIONS = "System > Extensions > Integrations"
M2_BEARER = (
    "Stores > Configuration > Services > OAuth > Consumer Settings > "
    '"Allow OAuth Access Tokens to be used as standalone Bearer tokens"'
)

_CATALOGUE: list[FindingSpec] = []


def _spec(
    code: str,
    severity: Severity,
    title: str,
    explanation: str,
    fix_m1: tuple[str, ...],
    fix_m2: tuple[str, ...] | None = None,
) -> None:
    _CATALOGUE.append(
        FindingSpec(
            code, severity, title, explanation, fix_m1, fix_m1 if fix_m2 is None else fix_m2
        )
    )


F, W, N = Severity.FAILURE, Severity.WARNING, Severity.NOTICE

_spec(
    "url.invalid", F, "The shop address cannot be used.",
    "The address must be the web address of your shop, as it appears in your browser.",
    ("Open your shop in a browser.",
     "Copy the address of its home page from the address bar.",
     "Paste it here and run the check again."),
)
_spec(
    "dns.unresolved", F, "The shop's name cannot be found on the internet.",
    "Your computer asked for the address of this host name and got no answer. "
    "The name may be misspelt, or the domain's DNS records are missing.",
    ("Check the spelling of the shop address.",
     "Open the address in a browser on this computer to see whether it loads.",
     "If the shop is new or has just moved, ask your hosting provider whether the DNS "
     "records are in place."),
)
_spec(
    "tcp.refused", F, "The shop's server refused the connection.",
    "The server exists but nothing answers on this port. The port in the address may be "
    "wrong, or the web server is down.",
    ("Check that the address uses the right port (usually none, or 443 for https).",
     "Open the shop in a browser to see whether it is online.",
     "If it is down, ask your hosting provider to start the web server."),
)
_spec(
    "tcp.timeout", F, "The shop's server did not answer in time.",
    "The connection attempt got no answer. A firewall may drop the traffic, or the "
    "server is overloaded or switched off.",
    ("Open the shop in a browser to see whether it is online.",
     "Ask your hosting provider whether a firewall blocks connections to the shop.",
     "Run the check again once the shop answers."),
)
_spec(
    "http.timeout", F, "The shop accepted the connection but did not answer in time.",
    "The web server took too long to respond. The shop may be overloaded or a request "
    "hangs in the shop.",
    ("Open the shop in a browser and check how fast it loads.",
     "Ask your hosting provider to look at the server load and the web server's error log.",
     "Run the check again later."),
)
_spec(
    "tls.untrusted", F, "The shop's certificate is not trusted.",
    "The shop presents a TLS certificate that no trusted authority vouches for, for example "
    "a self-signed one. cobby's service will refuse it too.",
    ("Install a certificate from a public certificate authority on the shop (for example a "
     "free Let's Encrypt certificate); your hosting provider can do this.",
     "Only if you are sure this is your shop's own certificate, you may trust exactly this "
     "certificate in cobby Desktop by its fingerprint. cobby's cloud service still needs a "
     "publicly trusted certificate."),
)
_spec(
    "tls.expired", F, "The shop's certificate has expired.",
    "A certificate is valid only until a fixed date. After that, browsers and cobby refuse it.",
    ("Ask your hosting provider to renew the shop's TLS certificate.",
     "Turn on automatic renewal so it does not happen again.",
     "Run the check again after the renewal."),
)
_spec(
    "tls.hostname_mismatch", F, "The shop's certificate is made out for a different name.",
    "The certificate does not list the host name you entered. Either the address is not the "
    "shop's main address, or the certificate is for another site.",
    ("Check whether the shop's main address differs, for example with or without www.",
     "If it does, use that address instead.",
     "Otherwise ask your hosting provider for a certificate that covers this host name."),
)
_spec(
    "tls.pin_mismatch", F, "The shop presents a different certificate than the one you trusted.",
    "You trusted one exact certificate for this shop. The shop now presents another one. "
    "This can be a renewal, or someone between you and the shop.",
    ("Ask your hosting provider whether the certificate was replaced.",
     "If it was, remove the trusted certificate in the shop's settings and check again.",
     "If nobody changed it, do not continue: the connection may be intercepted."),
)
_spec(
    "tls.pinned", W, "This shop is trusted through one pinned certificate.",
    "You chose to trust exactly this certificate. cobby Desktop accepts it, but cobby's "
    "cloud service needs a publicly trusted certificate.",
    ("Install a certificate from a public certificate authority on the shop when you can.",
     "Then remove the pinned certificate from the shop's settings."),
)
_spec(
    "http.redirect", W, "The shop address redirects to another address.",
    "The shop forwards requests to a different address. API requests must go to the final "
    "address directly, so the check used that one.",
    ("Use the address shown in the details as the shop URL in the cobby portal's shop "
     "connection settings.",
     "Save the shop in cobby Desktop with that address too."),
)
_spec(
    "http.redirect_elsewhere", F, "The shop address sends visitors to another address.",
    "The shop forwards requests to a different host or port. cobby Desktop sends your keys "
    "only to the address you entered, so the check stopped before sending any of them.",
    ("Open the address shown in the details in a browser and make sure it is your shop.",
     "If it is, use it as the shop address: choose \"Use this address\" in the app, or run "
     "the check again with --url and that address.",
     "If it is not your shop, do not continue and ask your hosting provider why the shop "
     "forwards visitors there."),
)
_spec(
    "http.redirect_insecure", F, "The shop sends secure requests to an unencrypted address.",
    "The shop answered a secure (https) request with a redirect to plain http. Keys would "
    "travel unencrypted there, so the check stopped before sending any of them.",
    ("Ask your hosting provider or developer to make the shop's secure base URLs use "
     "https:// (Magento: Stores or System > Configuration > General > Web).",
     "Run the check again once the shop stays on https."),
)
_spec(
    "http.redirect_refused", F, "The shop redirects to an address that cannot be a shop.",
    "The shop forwarded the request to an address that is not a web address, or to an "
    "internal network or cloud metadata address. cobby Desktop never follows such a "
    "redirect and sent no key.",
    ("Check that the shop address you entered is right.",
     "Ask your hosting provider or developer why the shop redirects there: the shop or "
     "something in front of it may be misconfigured or compromised."),
)
_spec(
    "http.basic_auth", F, "The shop is protected by a password prompt (HTTP basic auth).",
    "A user name and password in front of the whole shop also blocks cobby's service.",
    ("Enter the basic-auth user name and password in cobby Desktop and run the check again.",
     "Ask your hosting provider or developer to exclude the path /api/cobby/ from the "
     "password protection, so cobby's service can reach the shop."),
    ("Enter the basic-auth user name and password in cobby Desktop and run the check again.",
     "Ask your hosting provider or developer to exclude the path /rest/ from the password "
     "protection, so cobby's service can reach the shop."),
)
_spec(
    "http.blocked", F, "A firewall or CDN in front of the shop blocks the request.",
    "A web page came back where the shop's API should answer. A service such as Cloudflare "
    "or a web application firewall sits in front of Magento and stopped the request.",
    ("In your firewall or CDN settings, allow requests to /api/ (for example a Cloudflare "
     "WAF rule that skips /api/cobby/ and /api/xmlrpc/).",
     "Allow cobby's service addresses; cobby's support can tell you which they are.",
     "Run the check again."),
    ("In your firewall or CDN settings, allow requests to /rest/ (for example a Cloudflare "
     "WAF rule that skips /rest/).",
     "Allow cobby's service addresses; cobby's support can tell you which they are.",
     "Run the check again."),
)
_spec(
    "http.maintenance", F, "The shop is in maintenance mode.",
    "The shop answers every request with a maintenance page (HTTP 503), so its API is "
    "switched off as well.",
    ("Wait until the maintenance work is finished, or ask your developer to end "
     "maintenance mode.",
     "Run the check again."),
)
_spec(
    "shop.not_magento", F, "No Magento shop answers at this address.",
    "The address answers, but not like a Magento shop: its API paths return ordinary web "
    "pages. It may be a different site, a landing page or the wrong folder.",
    ("Check that the address is your Magento shop's front page, not a blog or landing page.",
     "If the shop lives in a sub-folder, include that folder in the address.",
     "Run the check again."),
)
_spec(
    "shop.error", F, "The shop reported an internal error.",
    "Magento answered with an error of its own. The reason is written in the shop's log files.",
    ("Ask your developer to look at var/log/exception.log and var/log/system.log in the shop.",
     "Run the check again after the problem is fixed."),
    ("Ask your developer to look at var/log/exception.log and var/report/ in the shop.",
     "Run the check again after the problem is fixed."),
)
_spec(
    "credential.missing", F, "No API credentials were given.",
    "The check needs the API credentials cobby uses to test them.",
    (f"Create or look up the cobby API user in the Magento admin under {M1_USERS}.",
     "Enter its user name and API key and run the check again."),
    (f"Open the cobby integration in the Magento admin under {M2_INTEGRATIONS}.",
     "Enter its four values and run the check again."),
)
_spec(
    "credential.whitespace", F, "The key contains spaces or invisible characters.",
    "Copying from e-mails or documents often adds spaces, line breaks or invisible "
    "characters. Magento compares keys exactly, so it would reject this one.",
    ("Copy the key again, without spaces before or after it.",
     f"If you are unsure, set a new API key under {M1_USERS}, user cobby, and save.",
     "Paste the new key and run the check again."),
    ("Copy the value again, without spaces before or after it.",
     f"The four values are shown under {M2_INTEGRATIONS} > cobby > Integration Details.",
     "Paste them and run the check again."),
)
_spec(
    "credential.format", F, "A credential does not have the expected format.",
    "The value cannot be right as typed, so nothing was sent to the shop.",
    (f"Check the key of the cobby API user under {M1_USERS}.",
     "A key has at least 7 characters with letters and digits.",
     "Enter it again and run the check again."),
    (f"Open {M2_INTEGRATIONS} > cobby > Integration Details.",
     "Each of the four values is exactly 32 characters of digits and lower-case letters; "
     "check that each is pasted into its own field.",
     "Run the check again."),
)
_spec(
    "m1.credentials_rejected", F, "The shop rejected the API user name or key.",
    "Magento does not say which part is wrong: the user name, the key, an inactive user or "
    "a user without a role all give the same answer.",
    (f"In the Magento admin open {M1_USERS} and find the user (usually cobby_api).",
     "Check that the user name matches exactly and the account is active.",
     "On the user's User Role tab, check that it has a role (usually cobby).",
     "Enter a new API Key and confirm it, save, and use that key here."),
)
_spec(
    "m1.cobby_permission_missing", F, "The API user may not use cobby's functions.",
    "The login works, but the user's role does not include the cobby resource.",
    (f"In the Magento admin open {M1_ROLES} and select the cobby role.",
     "On Role Resources, tick cobby (or set Resource Access to All) and save.",
     f"Under {M1_USERS}, check that the API user has this role.",
     "Run the check again."),
)
_spec(
    "m1.cobby_extension_missing", F, "The cobby connector is not installed in the shop.",
    "Magento's API answers, but cobby's own API path /api/cobby/json does not exist.",
    ("Install the cobby connector extension for Magento 1 (see cobby's installation guide).",
     "Refresh the shop's cache under System > Cache Management.",
     "Run the check again."),
)
_spec(
    "m2.signature_invalid", F, "The shop rejected the request signature.",
    "The request was signed with the integration's secrets and Magento says the signature "
    "is wrong. Usually a secret is wrong, or a proxy in front of the shop changes the "
    "address Magento sees.",
    (f"Open {M2_INTEGRATIONS} > cobby > Integration Details.",
     "Copy all four values again, each into its own field.",
     "If they are right, ask your developer whether a proxy or load balancer changes the "
     "scheme or host (it must pass X-Forwarded-Proto: https)."),
)
_spec(
    "m2.auth_header_stripped", F, "The web server removes the Authorization header.",
    "Magento never sees the credentials because the web server drops the Authorization "
    "header before PHP gets the request.",
    ("Ask your hosting provider or developer to pass the Authorization header to PHP "
     "(Apache with FastCGI: CGIPassAuth On, or SetEnvIf Authorization in .htaccess).",
     "Run the check again."),
)
_spec(
    "m2.bearer_disabled", W, "The shop does not accept access tokens as Bearer tokens.",
    "Since Magento 2.4.4 an integration's access token is not accepted as a standalone Bearer "
    "token by default. Signed requests work; some tools need Bearer access.",
    (f"In the Magento admin open {M2_BEARER}.",
     "Set it to Yes, save, and refresh the cache under System > Cache Management.",
     "Run the check again."),
)
_spec(
    "m2.cobby_permission_missing", F, "The integration may not use cobby's functions.",
    "The signature is valid, but the integration's API access does not include the cobby "
    "resource.",
    (f"In the Magento admin open {M2_INTEGRATIONS} and edit the cobby integration.",
     "On the API tab, set Resource Access to Custom and tick cobby, then save.",
     "Click Reauthorize, allow it, and copy the new Access Token and Access Token Secret.",
     "Enter them here and run the check again."),
)
_spec(
    "m2.cobby_extension_missing", F, "The cobby connector is not installed in the shop.",
    "Magento's API answers, but cobby's API routes (/rest/V1/cobby/...) do not exist.",
    ("Install the cobby connector for Magento 2 (composer require cobby/connector-magento2).",
     "Run bin/magento setup:upgrade and bin/magento cache:flush.",
     "Run the check again."),
)
_spec(
    "clock.skew", F, "The shop's clock and this computer's clock differ too much.",
    "Signed requests carry the current time. Magento rejects them when the clocks are "
    "several minutes apart.",
    ("Set this computer's clock to synchronise automatically with internet time.",
     "Ask your hosting provider to synchronise the server's clock (NTP).",
     "Run the check again."),
)
_spec(
    "cobby.not_connected", N, "cobby has not connected to the shop yet.",
    "The credentials work. cobby's service simply has not used them yet, so the shop still "
    "holds the placeholder license key.",
    ("Open the cobby portal (https://app.cobby.io) and go to your workspace's shop "
     "connection settings (named Shop, Manage shop or License Profile, depending on the "
     "portal page).",
     "Enter the shop URL, user name and key shown here, save, and wait until the status "
     "is Active."),
    ("Open the cobby portal (https://app.cobby.io) and go to your workspace's shop "
     "connection settings (named Shop, Manage shop or License Profile, depending on the "
     "portal page).",
     "Enter the shop URL and the integration's four values, save, and wait until the "
     "status is Active."),
)
_spec(
    "cobby.license_mismatch", W, "The shop is connected to a different cobby workspace.",
    "The license key stored in the shop differs from this workspace's license key.",
    ("In the cobby portal open the workspace settings and compare the license key.",
     "If the shop should belong to this workspace, save the shop connection in this "
     "workspace's shop connection settings again.",
     "If the other workspace is right, pick that workspace in cobby Desktop."),
)

CATALOGUE: dict[str, FindingSpec] = {s.code: s for s in _CATALOGUE}


def make_finding(
    code: str,
    magento: int | None,
    detail: str = "",
    evidence: tuple[Evidence, ...] | list[Evidence] = (),
    params: dict[str, str] | None = None,
) -> Finding:
    """A finding of a catalogue code, with the fix steps for the shop's version."""
    spec = CATALOGUE[code]
    return Finding(
        code=code,
        severity=spec.severity,
        title=spec.title,
        detail=detail,
        fix=spec.fix_m1 if magento == 1 else spec.fix_m2 if magento == 2 else _either(spec),
        evidence=tuple(evidence),
        explanation=spec.explanation,
        params=tuple(sorted((params or {}).items())),
    )


def _either(spec: FindingSpec) -> tuple[str, ...]:
    if spec.fix_m1 == spec.fix_m2:
        return spec.fix_m1
    # Version unknown: show both, each marked.
    return tuple(f"Magento 1: {s}" for s in spec.fix_m1) + tuple(
        f"Magento 2: {s}" for s in spec.fix_m2
    )
