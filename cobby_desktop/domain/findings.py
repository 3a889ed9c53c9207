"""Every problem the connection check can name: stable code, severity, title,
explanation and numbered fix steps per Magento version.

Every text is an entry of the one message catalogue (QT_TRANSLATE_NOOP, context
"Findings"); `localized` puts a finding into the reader's language where shown.
Codes never change once released: support, history and scripts rely on them.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace

from cobby_desktop import magento_admin
from cobby_desktop.messages import QT_TRANSLATE_NOOP, Source, entry, fill
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
    # This case's facts by name (host, scope, seconds, ...): what tests and
    # scripts read, and what a translated text is filled from. Never a secret.
    params: Mapping[str, str] = field(default_factory=dict, compare=False, hash=False)

    def param(self, name: str) -> str | None:
        return self.params.get(name)

    def as_dict(self) -> dict[str, object]:
        return {
            "code": self.code,
            "severity": self.severity.value,
            "title": self.title,
            # What it means in merchant words, then this case's specifics.
            "detail": " ".join(p for p in (self.explanation, self.detail) if p),
            "fix": list(self.fix),
            "params": dict(self.params),
        }


M1_USERS = "System > Web Services > SOAP/XML-RPC - Users"
M1_ROLES = "System > Web Services > SOAP/XML-RPC - Roles"
M2_INTEGRATIONS = "System > Extensions > Integrations"
# The connector's own switch, from its system.xml (section cobby, tab Services,
# group General Settings, field Active; config path cobby/settings/active).
M1_COBBY_ACTIVE = "System > Configuration > Services > cobby > General Settings > Active"
M2_COBBY_ACTIVE = "Stores > Configuration > Services > cobby > General Settings > Active"
# cobby's service calls shops from these addresses (cobby's installation docs).
COBBY_SERVICE_ADDRESSES = ("78.46.90.150", "138.201.83.227", "157.90.208.180", "157.90.208.174")
_ADDRESSES = ", ".join(COBBY_SERVICE_ADDRESSES)
ALLOW_ADDRESSES = f"cobby's service addresses {_ADDRESSES}"

_CATALOGUE: list[FindingSpec] = []

# The Magento admin paths the fix steps name as {placeholders}: filled with the
# labels of the admin's language (cobby_desktop.magento_admin) where shown.
ADMIN_PATHS: dict[str, Source] = {
    "m1_users": magento_admin.M1_USERS,
    "m1_roles": magento_admin.M1_ROLES,
    "m2_integrations": magento_admin.M2_INTEGRATIONS,
    "m1_cobby_active": magento_admin.M1_COBBY_ACTIVE,
    "m2_cobby_active": magento_admin.M2_COBBY_ACTIVE,
}
_ENGLISH_PATHS = {name: source.text for name, source in ADMIN_PATHS.items()}
_ENGLISH_PATHS["addresses"] = _ADDRESSES  # numbers, the same in every language


@dataclass(frozen=True)
class _Texts:
    title: Source
    explanation: Source
    fix_m1: tuple[Source, ...]
    fix_m2: tuple[Source, ...]


_SOURCES: dict[str, _Texts] = {}


def _en(source: Source) -> str:
    return fill(source.text, _ENGLISH_PATHS)


def _spec(
    code: str,
    severity: Severity,
    title: Source,
    explanation: Source,
    fix_m1: tuple[Source, ...],
    fix_m2: tuple[Source, ...] | None = None,
) -> None:
    """One finding: its texts are catalogue entries finding.<code>.title,
    .explanation and .fix_m1.<n> / .fix_m2.<n> (context "Findings")."""
    fix_m2 = fix_m1 if fix_m2 is None else fix_m2
    entry(f"finding.{code}.title", title)
    entry(f"finding.{code}.explanation", explanation)
    for number, step in enumerate(fix_m1, 1):
        entry(f"finding.{code}.fix_m1.{number}", step)
    if fix_m2 is not fix_m1:
        for number, step in enumerate(fix_m2, 1):
            entry(f"finding.{code}.fix_m2.{number}", step)
    _SOURCES[code] = _Texts(title, explanation, fix_m1, fix_m2)
    _CATALOGUE.append(
        FindingSpec(
            code, severity, _en(title), _en(explanation),
            tuple(_en(s) for s in fix_m1), tuple(_en(s) for s in fix_m2),
        )
    )


F, W, N = Severity.FAILURE, Severity.WARNING, Severity.NOTICE

_spec(
    "url.invalid", F, QT_TRANSLATE_NOOP("Findings", "The shop address cannot be used."),
    QT_TRANSLATE_NOOP(
        "Findings",
        "The address must be the web address of your shop, as it appears in your browser.",
    ),
    (QT_TRANSLATE_NOOP("Findings", "Open your shop in a browser."),
     QT_TRANSLATE_NOOP("Findings", "Copy the address of its home page from the address bar."),
     QT_TRANSLATE_NOOP("Findings", "Paste it here and run the check again.")),
)
_spec(
    "dns.unresolved", F, QT_TRANSLATE_NOOP(
        "Findings",
        "The shop's name cannot be found on the internet.",
    ),
    QT_TRANSLATE_NOOP(
        "Findings",
        "Your computer asked for the address of this host name and got no answer. The name may "
        "be misspelt, or the domain's DNS records are missing.",
    ),
    (QT_TRANSLATE_NOOP("Findings", "Check the spelling of the shop address."),
     QT_TRANSLATE_NOOP(
         "Findings",
         "Open the address in a browser on this computer to see whether it loads.",
     ),
     QT_TRANSLATE_NOOP(
         "Findings",
         "If the shop is new or has just moved, ask your hosting provider whether the DNS "
         "records are in place.",
     )),
)
_spec(
    "tcp.refused", F, QT_TRANSLATE_NOOP("Findings", "The shop's server refused the connection."),
    QT_TRANSLATE_NOOP(
        "Findings",
        "The server exists but nothing answers on this port. The port in the address may be "
        "wrong, or the web server is down.",
    ),
    (QT_TRANSLATE_NOOP(
        "Findings",
        "Check that the address uses the right port (usually none, or 443 for https).",
    ),
     QT_TRANSLATE_NOOP("Findings", "Open the shop in a browser to see whether it is online."),
     QT_TRANSLATE_NOOP(
         "Findings",
         "If it is down, ask your hosting provider to start the web server.",
     )),
)
_spec(
    "tcp.timeout", F, QT_TRANSLATE_NOOP("Findings", "The shop's server did not answer in time."),
    QT_TRANSLATE_NOOP(
        "Findings",
        "The connection attempt got no answer. A firewall may drop the traffic, or the server "
        "is overloaded or switched off.",
    ),
    (QT_TRANSLATE_NOOP("Findings", "Open the shop in a browser to see whether it is online."),
     QT_TRANSLATE_NOOP(
         "Findings",
         "Ask your hosting provider whether a firewall blocks connections to the shop.",
     ),
     QT_TRANSLATE_NOOP("Findings", "Run the check again once the shop answers.")),
)
_spec(
    "http.timeout", F, QT_TRANSLATE_NOOP(
        "Findings",
        "The shop accepted the connection but did not answer in time.",
    ),
    QT_TRANSLATE_NOOP(
        "Findings",
        "The web server took too long to respond. The shop may be overloaded or a request hangs "
        "in the shop.",
    ),
    (QT_TRANSLATE_NOOP("Findings", "Open the shop in a browser and check how fast it loads."),
     QT_TRANSLATE_NOOP(
         "Findings",
         "Ask your hosting provider to look at the server load and the web server's error log.",
     ),
     QT_TRANSLATE_NOOP("Findings", "Run the check again later.")),
)
_spec(
    "tls.untrusted", F, QT_TRANSLATE_NOOP("Findings", "The shop's certificate is not trusted."),
    QT_TRANSLATE_NOOP(
        "Findings",
        "The shop presents a TLS certificate that no trusted authority vouches for, for example "
        "a self-signed one. cobby's service will refuse it too.",
    ),
    (QT_TRANSLATE_NOOP(
        "Findings",
        "Install a certificate from a public certificate authority on the shop (for example a "
        "free Let's Encrypt certificate); your hosting provider can do this.",
    ),
     QT_TRANSLATE_NOOP(
         "Findings",
         "Only if you are sure this is your shop's own certificate, you may trust exactly this "
         "certificate in cobby Desktop by its fingerprint. cobby's cloud service still needs a "
         "publicly trusted certificate.",
     )),
)
_spec(
    "tls.unavailable", F, QT_TRANSLATE_NOOP("Findings", "This address has no https."),
    QT_TRANSLATE_NOOP(
        "Findings",
        "The server at this address does not speak https (TLS) at all: it answers in plain "
        "http, so there is no certificate to check.",
    ),
    (QT_TRANSLATE_NOOP(
        "Findings",
        "If the shop really has no https yet, enter the address with http:// instead of "
        "https:// and run the check again.",
    ),
     QT_TRANSLATE_NOOP(
         "Findings",
         "Better: ask your hosting provider to set up https for the shop (for example a free "
         "Let's Encrypt certificate), so the API keys do not travel unencrypted.",
     )),
)
_spec(
    "http.unencrypted", W, QT_TRANSLATE_NOOP(
        "Findings",
        "The shop has no https: the API keys travel unencrypted.",
    ),
    QT_TRANSLATE_NOOP(
        "Findings",
        "The address was entered without https:// and the shop does not speak https, so the "
        "check went on over plain http. Anyone on the way between cobby and the shop can read "
        "the API keys.",
    ),
    (QT_TRANSLATE_NOOP(
        "Findings",
        "Ask your hosting provider to set up https for the shop (for example a free Let's "
        "Encrypt certificate).",
    ),
     QT_TRANSLATE_NOOP(
         "Findings",
         "Then use the https:// address in cobby Desktop and in the cobby portal, and run the "
         "check again.",
     )),
)
_spec(
    "tls.expired", F, QT_TRANSLATE_NOOP("Findings", "The shop's certificate has expired."),
    QT_TRANSLATE_NOOP(
        "Findings",
        "A certificate is valid only until a fixed date. After that, browsers and cobby refuse "
        "it.",
    ),
    (QT_TRANSLATE_NOOP(
        "Findings",
        "Ask your hosting provider to renew the shop's TLS certificate.",
    ),
     QT_TRANSLATE_NOOP("Findings", "Turn on automatic renewal so it does not happen again."),
     QT_TRANSLATE_NOOP("Findings", "Run the check again after the renewal.")),
)
_spec(
    "tls.hostname_mismatch", F, QT_TRANSLATE_NOOP(
        "Findings",
        "The shop's certificate is made out for a different name.",
    ),
    QT_TRANSLATE_NOOP(
        "Findings",
        "The certificate does not list the host name you entered. Either the address is not the "
        "shop's main address, or the certificate is for another site.",
    ),
    (QT_TRANSLATE_NOOP(
        "Findings",
        "Check whether the shop's main address differs, for example with or without www.",
    ),
     QT_TRANSLATE_NOOP("Findings", "If it does, use that address instead."),
     QT_TRANSLATE_NOOP(
         "Findings",
         "Otherwise ask your hosting provider for a certificate that covers this host name.",
     )),
)
_spec(
    "tls.pin_mismatch", F, QT_TRANSLATE_NOOP(
        "Findings",
        "The shop presents a different certificate than the one you trusted.",
    ),
    QT_TRANSLATE_NOOP(
        "Findings",
        "You trusted one exact certificate for this shop. The shop now presents another one. "
        "This can be a renewal, or someone between you and the shop.",
    ),
    (QT_TRANSLATE_NOOP(
        "Findings",
        "Ask your hosting provider whether the certificate was replaced.",
    ),
     QT_TRANSLATE_NOOP(
         "Findings",
         "If it was, remove the trusted certificate in the shop's settings and check again.",
     ),
     QT_TRANSLATE_NOOP(
         "Findings",
         "If nobody changed it, do not continue: the connection may be intercepted.",
     )),
)
_spec(
    "tls.pinned", W, QT_TRANSLATE_NOOP(
        "Findings",
        "This shop is trusted through one pinned certificate.",
    ),
    QT_TRANSLATE_NOOP(
        "Findings",
        "You chose to trust exactly this certificate. cobby Desktop accepts it, but cobby's "
        "cloud service needs a publicly trusted certificate.",
    ),
    (QT_TRANSLATE_NOOP(
        "Findings",
        "Install a certificate from a public certificate authority on the shop when you can.",
    ),
     QT_TRANSLATE_NOOP(
         "Findings",
         "Then remove the pinned certificate from the shop's settings.",
     )),
)
_spec(
    "http.redirect", W, QT_TRANSLATE_NOOP(
        "Findings",
        "The shop address redirects to another address.",
    ),
    QT_TRANSLATE_NOOP(
        "Findings",
        "The shop forwards requests to a different address. API requests must go to the final "
        "address directly, so the check used that one.",
    ),
    (QT_TRANSLATE_NOOP(
        "Findings",
        "Use the address shown in the details as the shop URL in the cobby portal's shop "
        "connection settings.",
    ),
     QT_TRANSLATE_NOOP("Findings", "Save the shop in cobby Desktop with that address too.")),
)
_spec(
    "shop.answer_too_large", F, QT_TRANSLATE_NOOP("Findings", "The shop's answer was too large."),
    QT_TRANSLATE_NOOP(
        "Findings",
        "The shop sent far more data than an API answer holds (or a compressed answer that "
        "unpacks to an enormous size). The check stopped reading it.",
    ),
    (QT_TRANSLATE_NOOP(
        "Findings",
        "Open the shop address in a browser and check that it is your shop.",
    ),
     QT_TRANSLATE_NOOP(
         "Findings",
         "Ask your hosting provider or developer what the shop sends at the address shown in "
         "the details.",
     )),
)
_spec(
    "shop.answer_unreadable", F, QT_TRANSLATE_NOOP(
        "Findings",
        "The shop's answer could not be read.",
    ),
    QT_TRANSLATE_NOOP(
        "Findings",
        "The shop answered with data no API sends (for example JSON nested thousands of levels "
        "deep). The check stopped and sent nothing more.",
    ),
    (QT_TRANSLATE_NOOP("Findings", "Check that the shop address is right."),
     QT_TRANSLATE_NOOP(
         "Findings",
         "Ask your hosting provider or developer what the shop sends at the address shown in "
         "the details.",
     )),
)
_spec(
    "check.time_budget", F, QT_TRANSLATE_NOOP(
        "Findings",
        "The check took too long and was stopped.",
    ),
    QT_TRANSLATE_NOOP(
        "Findings",
        "The shop answered so slowly (or trickled its answer byte by byte) that the check used "
        "up its time. Nothing more was sent.",
    ),
    (QT_TRANSLATE_NOOP("Findings", "Open the shop in a browser and check how fast it loads."),
     QT_TRANSLATE_NOOP("Findings", "Ask your hosting provider to look at the server load."),
     QT_TRANSLATE_NOOP(
         "Findings",
         "Run the check again later, or give it more time with --timeout on the command line.",
     )),
)
_spec(
    "http.redirect_elsewhere", F, QT_TRANSLATE_NOOP(
        "Findings",
        "The shop address sends visitors to another address.",
    ),
    QT_TRANSLATE_NOOP(
        "Findings",
        "The shop forwards requests to a different host or port. cobby Desktop sends your keys "
        "only to the address you entered, so the check stopped before sending any of them.",
    ),
    (QT_TRANSLATE_NOOP(
        "Findings",
        "Open the address shown in the details in a browser and make sure it is your shop.",
    ),
     QT_TRANSLATE_NOOP(
         "Findings",
         "If it is, use it as the shop address: choose \"Use this address\" in the app, or run "
         "the check again with --url and that address.",
     ),
     QT_TRANSLATE_NOOP(
         "Findings",
         "If it is not your shop, do not continue and ask your hosting provider why the shop "
         "forwards visitors there.",
     )),
)
_spec(
    "http.redirect_insecure", F, QT_TRANSLATE_NOOP(
        "Findings",
        "The shop sends secure requests to an unencrypted address.",
    ),
    QT_TRANSLATE_NOOP(
        "Findings",
        "The shop answered a secure (https) request with a redirect to plain http. Keys would "
        "travel unencrypted there, so the check stopped before sending any of them.",
    ),
    (QT_TRANSLATE_NOOP(
        "Findings",
        "Ask your hosting provider or developer to make the shop's secure base URLs use "
        "https:// (Magento: Stores or System > Configuration > General > Web).",
    ),
     QT_TRANSLATE_NOOP("Findings", "Run the check again once the shop stays on https.")),
)
_spec(
    "http.redirect_refused", F, QT_TRANSLATE_NOOP(
        "Findings",
        "The shop redirects to an address that cannot be a shop.",
    ),
    QT_TRANSLATE_NOOP(
        "Findings",
        "The shop forwarded the request to an address that is not a web address, or to an "
        "internal network or cloud metadata address. cobby Desktop never follows such a "
        "redirect and sent no key.",
    ),
    (QT_TRANSLATE_NOOP("Findings", "Check that the shop address you entered is right."),
     QT_TRANSLATE_NOOP(
         "Findings",
         "Ask your hosting provider or developer why the shop redirects there: the shop or "
         "something in front of it may be misconfigured or compromised.",
     )),
)
_spec(
    "http.basic_auth", F, QT_TRANSLATE_NOOP(
        "Findings",
        "The shop is protected by a password prompt (HTTP basic auth).",
    ),
    QT_TRANSLATE_NOOP(
        "Findings",
        "A user name and password (HTTP basic auth) protects the shop, and it blocks cobby's "
        "service too.",
    ),
    (QT_TRANSLATE_NOOP(
        "Findings",
        "Ask your hosting provider or developer to exclude the path /api/cobby/ from the "
        "password protection (image previews also need /media/), or to let cobby's service "
        "addresses {addresses} through without a password.",
    ),
     QT_TRANSLATE_NOOP(
         "Findings",
         "To check the shop from this computer in the meantime, enter the basic-auth user name "
         "and password in cobby Desktop and run the check again.",
     )),
    (QT_TRANSLATE_NOOP(
        "Findings",
        "Ask your hosting provider or developer to exclude the path /rest/ from the password "
        "protection (image previews also need /media/), or to let cobby's service addresses "
        "{addresses} through without a password.",
    ),
     QT_TRANSLATE_NOOP(
         "Findings",
         "A basic-auth password cannot help on Magento 2: the one Authorization header of each "
         "request carries the signature, for cobby's service and for this check alike.",
     ),
     QT_TRANSLATE_NOOP("Findings", "Run the check again after the change.")),
)
_spec(
    "http.basic_auth_refused", F, QT_TRANSLATE_NOOP(
        "Findings",
        "The basic-auth login was refused.",
    ),
    QT_TRANSLATE_NOOP(
        "Findings",
        "cobby Desktop sent the basic-auth user name and password you entered, and the shop's "
        "password protection did not accept them.",
    ),
    (QT_TRANSLATE_NOOP(
        "Findings",
        "Check the basic-auth user name and password with your hosting provider or developer "
        "(they are not your Magento admin login).",
    ),
     QT_TRANSLATE_NOOP("Findings", "Enter them again in cobby Desktop and run the check again."),
     QT_TRANSLATE_NOOP(
         "Findings",
         "cobby's service cannot use this password: ask to exclude /api/cobby/ from the "
         "protection (and /media/ for image previews), or to let cobby's service addresses "
         "{addresses} through.",
     )),
    (QT_TRANSLATE_NOOP(
        "Findings",
        "A basic-auth password cannot help on Magento 2: the one Authorization header of each "
        "request carries the signature, for cobby's service and for this check alike.",
    ),
     QT_TRANSLATE_NOOP(
         "Findings",
         "Ask your hosting provider or developer to exclude the path /rest/ from the password "
         "protection (and /media/ for image previews), or to let cobby's service addresses "
         "{addresses} through.",
     ),
     QT_TRANSLATE_NOOP(
         "Findings",
         "Remove the basic-auth password from this shop in cobby Desktop and run the check "
         "again.",
     )),
)
_spec(
    "http.basic_auth_cobby", W, QT_TRANSLATE_NOOP(
        "Findings",
        "The password protection will block cobby's service.",
    ),
    QT_TRANSLATE_NOOP(
        "Findings",
        "The check passed with the basic-auth password you entered. cobby's service does not "
        "know that password, so the shop must let it through without one.",
    ),
    (QT_TRANSLATE_NOOP(
        "Findings",
        "Ask your hosting provider or developer to exclude the path /api/cobby/ from the "
        "password protection (image previews also need /media/).",
    ),
     QT_TRANSLATE_NOOP(
         "Findings",
         "Or let cobby's service addresses {addresses} through without a password.",
     )),
    (QT_TRANSLATE_NOOP(
        "Findings",
        "Ask your hosting provider or developer to exclude the path /rest/ from the password "
        "protection (image previews also need /media/).",
    ),
     QT_TRANSLATE_NOOP(
         "Findings",
         "Or let cobby's service addresses {addresses} through without a password.",
     )),
)
_spec(
    "http.blocked", F, QT_TRANSLATE_NOOP(
        "Findings",
        "A firewall or CDN in front of the shop blocks the request.",
    ),
    QT_TRANSLATE_NOOP(
        "Findings",
        "A web page came back where the shop's API should answer. A service such as Cloudflare "
        "or a web application firewall sits in front of Magento and stopped the request.",
    ),
    (QT_TRANSLATE_NOOP(
        "Findings",
        "In your firewall or CDN settings, allow requests to /api/ (for example a Cloudflare "
        "WAF rule that skips /api/cobby/ and /api/xmlrpc/).",
    ),
     QT_TRANSLATE_NOOP("Findings", "Allow cobby's service addresses {addresses}."),
     QT_TRANSLATE_NOOP("Findings", "Run the check again.")),
    (QT_TRANSLATE_NOOP(
        "Findings",
        "In your firewall or CDN settings, allow requests to /rest/ (for example a Cloudflare "
        "WAF rule that skips /rest/).",
    ),
     QT_TRANSLATE_NOOP("Findings", "Allow cobby's service addresses {addresses}."),
     QT_TRANSLATE_NOOP("Findings", "Run the check again.")),
)
_spec(
    "http.maintenance", F, QT_TRANSLATE_NOOP("Findings", "The shop is in maintenance mode."),
    QT_TRANSLATE_NOOP(
        "Findings",
        "The shop answers with Magento's maintenance page (\"Service Temporarily Unavailable\", "
        "HTTP 503), so its API is switched off as well.",
    ),
    (QT_TRANSLATE_NOOP(
        "Findings",
        "Wait until the maintenance work is finished, or ask your developer to end maintenance "
        "mode (the file maintenance.flag in the shop's folder).",
    ),
     QT_TRANSLATE_NOOP("Findings", "Run the check again.")),
    (QT_TRANSLATE_NOOP(
        "Findings",
        "Wait until the maintenance work is finished, or ask your developer to end maintenance "
        "mode (bin/magento maintenance:disable).",
    ),
     QT_TRANSLATE_NOOP("Findings", "Run the check again.")),
)
_spec(
    "shop.error_page", F, QT_TRANSLATE_NOOP(
        "Findings",
        "The shop itself fails: Magento shows its error page.",
    ),
    QT_TRANSLATE_NOOP(
        "Findings",
        "The shop answers with Magento's page \"There has been an error processing your "
        "request\" (HTTP 503). Magento could not run, for example because its database is down "
        "or PHP failed. This is not maintenance: waiting does not help.",
    ),
    (QT_TRANSLATE_NOOP(
        "Findings",
        "Open the shop in a browser: the error page may show an error log record number.",
    ),
     QT_TRANSLATE_NOOP(
         "Findings",
         "Ask your developer or hosting provider to read that report in the shop's folder "
         "var/report/ (the file is named after the number) and var/log/exception.log.",
     ),
     QT_TRANSLATE_NOOP(
         "Findings",
         "Ask your hosting provider whether the database and PHP are running.",
     ),
     QT_TRANSLATE_NOOP("Findings", "Run the check again after the fix.")),
)
_spec(
    "http.unavailable", F, QT_TRANSLATE_NOOP(
        "Findings",
        "The shop's server says it is unavailable (HTTP 503).",
    ),
    QT_TRANSLATE_NOOP(
        "Findings",
        "The server answered \"service unavailable\" with a page that is neither Magento's "
        "maintenance page nor its error page. The web server, a proxy or the hosting is "
        "overloaded or not running the shop.",
    ),
    (QT_TRANSLATE_NOOP("Findings", "Open the shop in a browser to see what it shows."),
     QT_TRANSLATE_NOOP("Findings", "Ask your hosting provider why the server answers HTTP 503."),
     QT_TRANSLATE_NOOP("Findings", "Run the check again later.")),
)
_spec(
    "shop.not_magento", F, QT_TRANSLATE_NOOP(
        "Findings",
        "No Magento shop answers at this address.",
    ),
    QT_TRANSLATE_NOOP(
        "Findings",
        "The address answers, but not like a Magento shop: its API paths return ordinary web "
        "pages. It may be a different site, a landing page or the wrong folder.",
    ),
    (QT_TRANSLATE_NOOP(
        "Findings",
        "Check that the address is your Magento shop's front page, not a blog or landing page.",
    ),
     QT_TRANSLATE_NOOP(
         "Findings",
         "If the shop lives in a sub-folder, include that folder in the address.",
     ),
     QT_TRANSLATE_NOOP("Findings", "Run the check again.")),
)
_spec(
    "shop.error", F, QT_TRANSLATE_NOOP("Findings", "The shop reported an internal error."),
    QT_TRANSLATE_NOOP(
        "Findings",
        "Magento answered with an error of its own. The reason is written in the shop's log "
        "files.",
    ),
    (QT_TRANSLATE_NOOP(
        "Findings",
        "Ask your developer to look at var/log/exception.log and var/log/system.log in the "
        "shop.",
    ),
     QT_TRANSLATE_NOOP("Findings", "Run the check again after the problem is fixed.")),
    (QT_TRANSLATE_NOOP(
        "Findings",
        "Ask your developer to look at var/log/exception.log and var/report/ in the shop.",
    ),
     QT_TRANSLATE_NOOP("Findings", "Run the check again after the problem is fixed.")),
)
_spec(
    "credential.missing", F, QT_TRANSLATE_NOOP("Findings", "No API credentials were given."),
    QT_TRANSLATE_NOOP("Findings", "The check needs the API credentials cobby uses to test them."),
    (QT_TRANSLATE_NOOP(
        "Findings",
        "Create or look up the cobby API user in the Magento admin under {m1_users}.",
    ),
     QT_TRANSLATE_NOOP("Findings", "Enter its user name and API key and run the check again.")),
    (QT_TRANSLATE_NOOP(
        "Findings",
        "Open the cobby integration in the Magento admin under {m2_integrations}.",
    ),
     QT_TRANSLATE_NOOP("Findings", "Enter its four values and run the check again.")),
)
_spec(
    "credential.whitespace", F, QT_TRANSLATE_NOOP(
        "Findings",
        "The key contains spaces or invisible characters.",
    ),
    QT_TRANSLATE_NOOP(
        "Findings",
        "Copying from e-mails or documents often adds spaces, line breaks or invisible "
        "characters. Magento compares keys exactly, so it would reject this one.",
    ),
    (QT_TRANSLATE_NOOP("Findings", "Copy the key again, without spaces before or after it."),
     QT_TRANSLATE_NOOP(
         "Findings",
         "If you are unsure, set a new API key under {m1_users}, user cobby, and save.",
     ),
     QT_TRANSLATE_NOOP("Findings", "Paste the new key and run the check again.")),
    (QT_TRANSLATE_NOOP("Findings", "Copy the value again, without spaces before or after it."),
     QT_TRANSLATE_NOOP(
         "Findings",
         "The four values are shown under {m2_integrations} > cobby > Integration Details.",
     ),
     QT_TRANSLATE_NOOP("Findings", "Paste them and run the check again.")),
)
_spec(
    "credential.format", F, QT_TRANSLATE_NOOP(
        "Findings",
        "A credential does not have the expected format.",
    ),
    QT_TRANSLATE_NOOP(
        "Findings",
        "The value cannot be right as typed, so nothing was sent to the shop.",
    ),
    (QT_TRANSLATE_NOOP("Findings", "Check the key of the cobby API user under {m1_users}."),
     QT_TRANSLATE_NOOP("Findings", "A key has at least 7 characters with letters and digits."),
     QT_TRANSLATE_NOOP("Findings", "Enter it again and run the check again.")),
    (QT_TRANSLATE_NOOP("Findings", "Open {m2_integrations} > cobby > Integration Details."),
     QT_TRANSLATE_NOOP(
         "Findings",
         "Each of the four values is exactly 32 characters of digits and lower-case letters; "
         "check that each is pasted into its own field.",
     ),
     QT_TRANSLATE_NOOP("Findings", "Run the check again.")),
)
_spec(
    "m1.credentials_rejected", F, QT_TRANSLATE_NOOP(
        "Findings",
        "The shop rejected the API user name or key.",
    ),
    QT_TRANSLATE_NOOP(
        "Findings",
        "Magento does not say which part is wrong: the user name, the key, an inactive user or "
        "a user without a role all give the same answer.",
    ),
    (QT_TRANSLATE_NOOP(
        "Findings",
        "In the Magento admin open {m1_users} and find the user (usually cobby_api).",
    ),
     QT_TRANSLATE_NOOP(
         "Findings",
         "Check that the user name matches exactly and the account is active.",
     ),
     QT_TRANSLATE_NOOP(
         "Findings",
         "On the user's User Role tab, check that it has a role (usually cobby).",
     ),
     QT_TRANSLATE_NOOP(
         "Findings",
         "Enter a new API Key and confirm it, save, and use that key here.",
     )),
)
_spec(
    "m1.cobby_permission_missing", F, QT_TRANSLATE_NOOP(
        "Findings",
        "The API user may not use cobby's functions.",
    ),
    QT_TRANSLATE_NOOP(
        "Findings",
        "The login works, but the user's role does not include the cobby resource.",
    ),
    (QT_TRANSLATE_NOOP(
        "Findings",
        "In the Magento admin open {m1_roles} and select the cobby role.",
    ),
     QT_TRANSLATE_NOOP(
         "Findings",
         "On Role Resources, tick cobby (or set Resource Access to All) and save.",
     ),
     QT_TRANSLATE_NOOP("Findings", "Under {m1_users}, check that the API user has this role."),
     QT_TRANSLATE_NOOP("Findings", "Run the check again.")),
)
_spec(
    "m1.cobby_extension_missing", F,
    QT_TRANSLATE_NOOP(
        "Findings",
        "The cobby connector is not installed in the shop, or it is switched off.",
    ),
    QT_TRANSLATE_NOOP(
        "Findings",
        "Magento's API answers, but cobby's own API path /api/cobby/json does not exist. From "
        "outside, a connector switched off looks exactly like a missing one.",
    ),
    (QT_TRANSLATE_NOOP(
        "Findings",
        "If the connector is not installed: install it with composer (package "
        "cobbyio/cobby-connector-magento) or copy its files into the shop, as cobby's "
        "installation guide says.",
    ),
     QT_TRANSLATE_NOOP(
         "Findings",
         "If it is installed: check that app/etc/modules/Cobby_Connector.xml contains "
         "<active>true</active>.",
     ),
     QT_TRANSLATE_NOOP(
         "Findings",
         "Refresh the cache under System > Cache Management (and recompile under System > Tools "
         "> Compilation if the compiler is on), then log out of the admin and back in.",
     ),
     QT_TRANSLATE_NOOP("Findings", "Run the check again.")),
)
_spec(
    "m2.signature_invalid", F, QT_TRANSLATE_NOOP(
        "Findings",
        "The shop rejected the request signature.",
    ),
    QT_TRANSLATE_NOOP(
        "Findings",
        "The request was signed with the integration's secrets and Magento says the signature "
        "is wrong. Usually a secret is wrong, or a proxy in front of the shop changes the "
        "address Magento sees.",
    ),
    (QT_TRANSLATE_NOOP("Findings", "Open {m2_integrations} > cobby > Integration Details."),
     QT_TRANSLATE_NOOP("Findings", "Copy all four values again, each into its own field."),
     QT_TRANSLATE_NOOP(
         "Findings",
         "If they are right, ask your developer whether a proxy or load balancer changes the "
         "scheme or host (it must pass X-Forwarded-Proto: https).",
     )),
)
_spec(
    "m2.credentials_unknown", F, QT_TRANSLATE_NOOP(
        "Findings",
        "These values are not (or no longer) this shop's.",
    ),
    QT_TRANSLATE_NOOP(
        "Findings",
        "The shop does not know this consumer key or access token: the integration was deleted, "
        "reauthorized (which issues a new access token) or not yet activated, or the values "
        "belong to another shop.",
    ),
    (QT_TRANSLATE_NOOP("Findings", "In the Magento admin open {m2_integrations}."),
     QT_TRANSLATE_NOOP(
         "Findings",
         "If the cobby integration is missing, create it again; if its status is Inactive, "
         "click Activate and Allow.",
     ),
     QT_TRANSLATE_NOOP(
         "Findings",
         "Open Integration Details and copy all four values again, each into its own field.",
     ),
     QT_TRANSLATE_NOOP("Findings", "Run the check again.")),
)
_spec(
    "m2.store_code_unknown", F, QT_TRANSLATE_NOOP(
        "Findings",
        "The shop does not know this store code.",
    ),
    QT_TRANSLATE_NOOP(
        "Findings",
        "Magento answers, but every REST route under this store code answers \"Request does not "
        "match any route.\": there is no store view with this code.",
    ),
    (QT_TRANSLATE_NOOP(
        "Findings",
        "In the Magento admin open Stores > All Stores and look up the store view's code.",
    ),
     QT_TRANSLATE_NOOP(
         "Findings",
         "Enter that code in cobby Desktop (or leave it empty for the default store view) and "
         "run the check again.",
     )),
)
_spec(
    "m2.auth_header_stripped", F, QT_TRANSLATE_NOOP(
        "Findings",
        "The web server removes the Authorization header.",
    ),
    QT_TRANSLATE_NOOP(
        "Findings",
        "Magento never sees the credentials because the web server drops the Authorization "
        "header before PHP gets the request.",
    ),
    (QT_TRANSLATE_NOOP(
        "Findings",
        "Ask your hosting provider or developer to pass the Authorization header to PHP (Apache "
        "with FastCGI: CGIPassAuth On, or SetEnvIf Authorization in .htaccess).",
    ),
     QT_TRANSLATE_NOOP("Findings", "Run the check again.")),
)

_spec(
    "m2.cobby_permission_missing", F, QT_TRANSLATE_NOOP(
        "Findings",
        "The integration may not use cobby's functions.",
    ),
    QT_TRANSLATE_NOOP(
        "Findings",
        "The signature is valid, but the integration's API access does not include the cobby "
        "resource.",
    ),
    (QT_TRANSLATE_NOOP(
        "Findings",
        "In the Magento admin open {m2_integrations} and edit the cobby integration.",
    ),
     QT_TRANSLATE_NOOP(
         "Findings",
         "On the API tab, set Resource Access to Custom and tick cobby, then save.",
     ),
     QT_TRANSLATE_NOOP(
         "Findings",
         "Click Reauthorize, allow it, and copy the new Access Token and Access Token Secret.",
     ),
     QT_TRANSLATE_NOOP("Findings", "Enter them here and run the check again.")),
)
_spec(
    "m2.cobby_extension_missing", F,
    QT_TRANSLATE_NOOP(
        "Findings",
        "The cobby connector is not installed in the shop, or it is switched off.",
    ),
    QT_TRANSLATE_NOOP(
        "Findings",
        "Magento's API answers, but cobby's API routes (/rest/V1/cobby/...) do not exist. From "
        "outside, a module switched off looks exactly like a missing one.",
    ),
    (QT_TRANSLATE_NOOP(
        "Findings",
        "If the connector is not installed yet, run composer require "
        "cobbyio/cobby-connector-magento2 in the shop's folder.",
    ),
     QT_TRANSLATE_NOOP(
         "Findings",
         "Run bin/magento module:enable Cobby_Connector to switch it on.",
     ),
     QT_TRANSLATE_NOOP(
         "Findings",
         "Run bin/magento setup:upgrade, and in production mode also bin/magento "
         "setup:di:compile.",
     ),
     QT_TRANSLATE_NOOP("Findings", "Run bin/magento cache:flush, then run the check again.")),
)
_spec(
    "cobby.legacy_connector", F, QT_TRANSLATE_NOOP(
        "Findings",
        "The shop runs the old cobby connector (Mash2_Cobby).",
    ),
    QT_TRANSLATE_NOOP(
        "Findings",
        "The shop answers with the connector of cobby 1.x (module Mash2_Cobby). cobby's service "
        "needs its successor, Cobby_Connector.",
    ),
    (QT_TRANSLATE_NOOP(
        "Findings",
        "Ask your developer to remove the old module Mash2_Cobby (its files and "
        "app/etc/modules/Mash2_Cobby.xml).",
    ),
     QT_TRANSLATE_NOOP(
         "Findings",
         "Install the current connector with composer (package cobbyio/cobby-connector-magento) "
         "or by copying its files, as cobby's installation guide says.",
     ),
     QT_TRANSLATE_NOOP(
         "Findings",
         "Refresh the cache under System > Cache Management, log out of the admin and back in, "
         "and run the check again.",
     )),
    (QT_TRANSLATE_NOOP(
        "Findings",
        "Ask your developer to remove the old module Mash2_Cobby (bin/magento module:disable "
        "Mash2_Cobby, then remove its code).",
    ),
     QT_TRANSLATE_NOOP(
         "Findings",
         "Install the current connector: composer require cobbyio/cobby-connector-magento2, "
         "bin/magento module:enable Cobby_Connector, bin/magento setup:upgrade (in production "
         "mode also setup:di:compile), bin/magento cache:flush.",
     ),
     QT_TRANSLATE_NOOP(
         "Findings",
         "Give the integration the new cobby resource under {m2_integrations}, reauthorize it, "
         "and run the check again.",
     )),
)
_spec(
    "cobby.inactive", W, QT_TRANSLATE_NOOP(
        "Findings",
        "cobby is switched off in the shop's settings.",
    ),
    QT_TRANSLATE_NOOP(
        "Findings",
        "The connector answers, but its own switch is off: the shop stops queueing product "
        "changes for cobby, so cobby misses changes made in Magento.",
    ),
    (QT_TRANSLATE_NOOP("Findings", "In the Magento admin open {m1_cobby_active}."),
     QT_TRANSLATE_NOOP("Findings", "Set it to Yes, save, and run the check again.")),
    (QT_TRANSLATE_NOOP("Findings", "In the Magento admin open {m2_cobby_active}."),
     QT_TRANSLATE_NOOP("Findings", "Set it to Yes, save, and run the check again.")),
)
_spec(
    "clock.skew", F, QT_TRANSLATE_NOOP(
        "Findings",
        "The shop's clock and this computer's clock differ too much.",
    ),
    QT_TRANSLATE_NOOP(
        "Findings",
        "Signed requests carry the current time. Magento rejects them when the clocks are "
        "several minutes apart.",
    ),
    (QT_TRANSLATE_NOOP(
        "Findings",
        "Set this computer's clock to synchronise automatically with internet time.",
    ),
     QT_TRANSLATE_NOOP(
         "Findings",
         "Ask your hosting provider to synchronise the server's clock (NTP).",
     ),
     QT_TRANSLATE_NOOP("Findings", "Run the check again.")),
)
_spec(
    "cobby.not_connected", N, QT_TRANSLATE_NOOP(
        "Findings",
        "cobby has not connected to the shop yet.",
    ),
    QT_TRANSLATE_NOOP(
        "Findings",
        "The credentials work. cobby's service simply has not used them yet, so the shop still "
        "holds the placeholder license key.",
    ),
    (QT_TRANSLATE_NOOP(
        "Findings",
        "Open the cobby portal (https://app.cobby.io) and go to Settings > Manage shop.",
    ),
     QT_TRANSLATE_NOOP(
         "Findings",
         "In the card Shop credentials click the lock button to unlock the fields.",
     ),
     QT_TRANSLATE_NOOP(
         "Findings",
         "Enter Shop URL, user name and API key as shown here, then click Save.",
     ),
     QT_TRANSLATE_NOOP(
         "Findings",
         "Wait until the State shows Active; the portal's own Check button tests the connection "
         "from cobby's side.",
     )),
    (QT_TRANSLATE_NOOP(
        "Findings",
        "Open the cobby portal (https://app.cobby.io) and go to Settings > Manage shop.",
    ),
     QT_TRANSLATE_NOOP(
         "Findings",
         "In the card Shop credentials click the lock button to unlock the fields.",
     ),
     QT_TRANSLATE_NOOP(
         "Findings",
         "Enter Shop URL, Consumer Key, Consumer Secret, Access Token and Access Token Secret "
         "as shown here, then click Save.",
     ),
     QT_TRANSLATE_NOOP(
         "Findings",
         "Wait until the State shows Active; the portal's own Check button tests the connection "
         "from cobby's side.",
     )),
)
_spec(
    "cobby.license_mismatch", W, QT_TRANSLATE_NOOP(
        "Findings",
        "The shop is connected to a different cobby workspace.",
    ),
    QT_TRANSLATE_NOOP(
        "Findings",
        "The license key stored in the shop differs from this workspace's license key.",
    ),
    (QT_TRANSLATE_NOOP(
        "Findings",
        "In the cobby portal open the workspace settings and compare the license key.",
    ),
     QT_TRANSLATE_NOOP(
         "Findings",
         "If the shop should belong to this workspace, save the shop connection in this "
         "workspace's shop connection settings again.",
     ),
     QT_TRANSLATE_NOOP(
         "Findings",
         "If the other workspace is right, pick that workspace in cobby Desktop.",
     )),
)

CATALOGUE: dict[str, FindingSpec] = {s.code: s for s in _CATALOGUE}

# This case's details, filled from the finding's params. Keyed by the code, or
# by "code/variant" where one code has several observed shapes.
DETAILS: dict[str, str] = {
    "tls.unavailable": "{host} port {port} answered the https handshake in plain http "
    "(no certificate).",
    "http.unencrypted": "The check used {url}.",
    "http.maintenance": "{url} answered HTTP {status} with Magento's maintenance page.",
    "shop.error_page": "{url} answered HTTP {status} with Magento's error page.",
    "shop.error_page/report": "{url} answered HTTP {status} with Magento's error page; "
    "error log record number {report}.",
    "http.unavailable": "{url} answered HTTP {status} with a page of the web server.",
    "http.basic_auth/shop": "The whole shop asks for a password: {url} answered HTTP 401.",
    "http.basic_auth/api": "Only the API asks for a password: the shop's pages open, "
    "{url} answered HTTP 401.",
    "http.basic_auth/rest": "Only the REST API asks for a password: the shop's pages open, "
    "{url} answered HTTP 401.",
    "http.basic_auth_refused/shop": "The whole shop is protected: {url} answered HTTP 401 "
    "to the user name {user}.",
    "http.basic_auth_refused/api": "Only the API is protected: {url} answered HTTP 401 to "
    "the user name {user}.",
    "http.basic_auth_refused/rest": "Only the REST API is protected: {url} answered HTTP 401 "
    "to the user name {user}.",
    "http.basic_auth_cobby": "The check used the basic-auth user name {user}.",
    "m1.cobby_extension_missing": "{url} is missing.",
    "m2.cobby_extension_missing": "{url} is missing while Magento's own routes answer.",
    "cobby.legacy_connector/1": "{url} answers: that is the route of cobby 1.x "
    "(Mash2_Cobby), while /api/cobby/json is missing.",
    "cobby.legacy_connector/2": "cobby's queue route answers but {url} is missing: that is "
    "the connector of cobby 1.x (Mash2_Cobby).",
    "cobby.inactive": "The connector (version {version}) reports cobby_active: false.",
    "clock.skew": "The shop rejected the request's time stamp.",
    "clock.skew/ahead": "The shop's clock is {seconds} seconds ahead of this computer's clock.",
    "clock.skew/behind": "The shop's clock is {seconds} seconds behind this computer's clock.",
    "m2.credentials_unknown/token": "The shop answered \"Specified token does not exist\": "
    "it does not know this Access Token.",
    "m2.credentials_unknown/consumer": "The shop answered \"A consumer having the specified "
    "key does not exist\": it does not know this Consumer Key.",
    "m2.store_code_unknown": "Every route under {url} answered \"Request does not match any "
    "route.\", Magento's own routes included: the store code {store_code} does not exist.",
}


def make_finding(
    code: str,
    magento: int | None,
    detail: str = "",
    evidence: tuple[Evidence, ...] | list[Evidence] = (),
    *,
    params: Mapping[str, object] | None = None,
    variant: str | None = None,
) -> Finding:
    """A finding of a catalogue code, with the fix steps for the shop's version.

    Without an explicit `detail`, the case's detail sentence comes from DETAILS,
    filled from `params`."""
    spec = CATALOGUE[code]
    values = {k: str(v) for k, v in (params or {}).items()}
    if not detail:
        template = DETAILS.get(f"{code}/{variant}") if variant else None
        template = template or DETAILS.get(code)
        detail = _fill(template, values) if template else ""
    return Finding(
        code=code,
        severity=spec.severity,
        title=spec.title,
        detail=detail,
        fix=spec.fix_m1 if magento == 1 else spec.fix_m2 if magento == 2 else _either(spec),
        evidence=tuple(evidence),
        explanation=spec.explanation,
        params=values,
    )


def _fill(template: str, values: Mapping[str, str]) -> str:
    """The detail sentence, or nothing when a fact it needs was not observed."""
    try:
        return template.format_map(values)
    except KeyError:
        return ""


def _either(spec: FindingSpec) -> tuple[str, ...]:
    if spec.fix_m1 == spec.fix_m2:
        return spec.fix_m1
    # Version unknown: show both, each marked.
    return tuple(f"Magento 1: {s}" for s in spec.fix_m1) + tuple(
        f"Magento 2: {s}" for s in spec.fix_m2
    )


def localized(finding: Finding, text_of: Callable[[Source], str]) -> Finding:
    """The finding with its catalogue texts in the reader's language (`text_of`
    translates a catalogue source, e.g. cobby_desktop.i18n.text). Texts a check
    wrote for this very case (the detail, an overridden title) stay as they are."""
    texts = _SOURCES.get(finding.code)
    if texts is None:
        return finding
    paths = {name: text_of(source) for name, source in ADMIN_PATHS.items()}
    paths["addresses"] = _ADDRESSES

    def shown(source: Source) -> str:
        return fill(text_of(source), paths)

    title = shown(texts.title) if finding.title == _en(texts.title) else finding.title
    explanation = finding.explanation
    if explanation == _en(texts.explanation):
        explanation = shown(texts.explanation)
    return replace(
        finding, title=title, explanation=explanation, fix=_localized_fix(finding, texts, shown)
    )


def _localized_fix(
    finding: Finding, texts: _Texts, shown: Callable[[Source], str]
) -> tuple[str, ...]:
    m1 = tuple(_en(s) for s in texts.fix_m1)
    m2 = tuple(_en(s) for s in texts.fix_m2)
    if finding.fix == m1:
        return tuple(shown(s) for s in texts.fix_m1)
    if finding.fix == m2:
        return tuple(shown(s) for s in texts.fix_m2)
    if finding.fix == tuple(f"Magento 1: {s}" for s in m1) + tuple(f"Magento 2: {s}" for s in m2):
        return tuple(f"Magento 1: {shown(s)}" for s in texts.fix_m1) + tuple(
            f"Magento 2: {shown(s)}" for s in texts.fix_m2
        )
    return finding.fix
