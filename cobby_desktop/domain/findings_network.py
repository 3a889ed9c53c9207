"""The check's findings about reaching the shop (address, name, connection,
certificate, redirects, password prompt, web pages): code, severity, title,
explanation and fix steps per Magento version, each a catalogue entry."""

from __future__ import annotations

from cobby_desktop.domain.finding_registry import Severity, define_finding
from cobby_desktop.messages import QT_TRANSLATE_NOOP

F, W, N = Severity.FAILURE, Severity.WARNING, Severity.NOTICE

define_finding(
    "url.invalid", F, QT_TRANSLATE_NOOP("Findings", "The shop address cannot be used."),
    QT_TRANSLATE_NOOP(
        "Findings",
        "The address must be the web address of your shop, as it appears in your browser.",
    ),
    (QT_TRANSLATE_NOOP("Findings", "Open your shop in a browser."),
     QT_TRANSLATE_NOOP("Findings", "Copy the address of its home page from the address bar."),
     QT_TRANSLATE_NOOP("Findings", "Paste it here and run the check again.")),
)
define_finding(
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
define_finding(
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
define_finding(
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
define_finding(
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
define_finding(
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
define_finding(
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
define_finding(
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
define_finding(
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
define_finding(
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
define_finding(
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
define_finding(
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
define_finding(
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
define_finding(
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
define_finding(
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
define_finding(
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
define_finding(
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
define_finding(
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
define_finding(
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
define_finding(
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
         "A basic-auth password cannot help on Magento 2: each request can carry only one login, "
         "and cobby's integration values need it, for cobby's service and for this check alike.",
     ),
     QT_TRANSLATE_NOOP("Findings", "Run the check again after the change.")),
)
define_finding(
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
        "A basic-auth password cannot help on Magento 2: each request can carry only one login, "
        "and cobby's integration values need it, for cobby's service and for this check alike.",
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
define_finding(
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
define_finding(
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
define_finding(
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
define_finding(
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
define_finding(
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
define_finding(
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
define_finding(
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
