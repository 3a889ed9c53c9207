"""Each finding's detail: the sentence about this very case, filled from the
finding's params (host, port, url, status, seconds, target, ...).

Keyed by the finding's code, by "code/variant" where one code has several
observed shapes, or by a shared name where several codes say the same
("redirect", "web_page", "net/<failure>", and the notes "certificate",
"reason", "server"). Each is the catalogue entry finding.detail.<key> with "/"
written as "." (context "Findings"); `findings.localized` writes the detail
again in the reader's language from the same params. Text the shop or the
operating system wrote (a fault string, an exception's class name, an OpenSSL
reason) only ever goes in as a parameter ({fault}, {error}).
"""

from __future__ import annotations

from cobby_desktop.messages import QT_TRANSLATE_NOOP, Source

DETAILS: dict[str, Source] = {
    "tls.unavailable": QT_TRANSLATE_NOOP(
        "Findings",
        "{host} port {port} answered the https handshake in plain http (no certificate).",
    ),
    "http.unencrypted": QT_TRANSLATE_NOOP("Findings", "The check used {url}."),
    "http.maintenance": QT_TRANSLATE_NOOP(
        "Findings",
        "{url} answered HTTP {status} with Magento's maintenance page.",
    ),
    "shop.error_page": QT_TRANSLATE_NOOP(
        "Findings",
        "{url} answered HTTP {status} with Magento's error page.",
    ),
    "shop.error_page/report": QT_TRANSLATE_NOOP(
        "Findings",
        "{url} answered HTTP {status} with Magento's error page; error log record number "
        "{report}.",
    ),
    "http.unavailable": QT_TRANSLATE_NOOP(
        "Findings",
        "{url} answered HTTP {status} with a page of the web server.",
    ),
    "http.basic_auth/shop": QT_TRANSLATE_NOOP(
        "Findings",
        "The whole shop asks for a password: {url} answered HTTP 401.",
    ),
    "http.basic_auth/api": QT_TRANSLATE_NOOP(
        "Findings",
        "Only the API asks for a password: the shop's pages open, {url} answered HTTP "
        "401.",
    ),
    "http.basic_auth/rest": QT_TRANSLATE_NOOP(
        "Findings",
        "Only the REST API asks for a password: the shop's pages open, {url} answered "
        "HTTP 401.",
    ),
    "http.basic_auth_refused/shop": QT_TRANSLATE_NOOP(
        "Findings",
        "The whole shop is protected: {url} answered HTTP 401 to the user name {user}.",
    ),
    "http.basic_auth_refused/api": QT_TRANSLATE_NOOP(
        "Findings",
        "Only the API is protected: {url} answered HTTP 401 to the user name {user}.",
    ),
    "http.basic_auth_refused/rest": QT_TRANSLATE_NOOP(
        "Findings",
        "Only the REST API is protected: {url} answered HTTP 401 to the user name {user}.",
    ),
    "http.basic_auth_cobby": QT_TRANSLATE_NOOP(
        "Findings",
        "The check used the basic-auth user name {user}.",
    ),
    "m1.cobby_extension_missing": QT_TRANSLATE_NOOP("Findings", "{url} is missing."),
    "m2.cobby_extension_missing": QT_TRANSLATE_NOOP(
        "Findings",
        "{url} is missing while Magento's own routes answer.",
    ),
    "cobby.legacy_connector/1": QT_TRANSLATE_NOOP(
        "Findings",
        "{url} answers: that is the route of cobby 1.x (Mash2_Cobby), while "
        "/api/cobby/json is missing.",
    ),
    "cobby.legacy_connector/2": QT_TRANSLATE_NOOP(
        "Findings",
        "cobby's queue route answers but {url} is missing: that is the connector of cobby"
        " 1.x (Mash2_Cobby).",
    ),
    "cobby.inactive": QT_TRANSLATE_NOOP(
        "Findings",
        "The connector (version {version}) reports cobby_active: false.",
    ),
    "clock.skew": QT_TRANSLATE_NOOP("Findings", "The shop rejected the request's time stamp."),
    "clock.skew/ahead": QT_TRANSLATE_NOOP(
        "Findings",
        "The shop's clock is {seconds} seconds ahead of this computer's clock.",
    ),
    "clock.skew/behind": QT_TRANSLATE_NOOP(
        "Findings",
        "The shop's clock is {seconds} seconds behind this computer's clock.",
    ),
    "m2.credentials_unknown/token": QT_TRANSLATE_NOOP(
        "Findings",
        "The shop answered \"Specified token does not exist\": it does not know this Access"
        " Token.",
    ),
    "m2.credentials_unknown/consumer": QT_TRANSLATE_NOOP(
        "Findings",
        "The shop answered \"A consumer having the specified key does not exist\": it does "
        "not know this Consumer Key.",
    ),
    "m2.store_code_unknown": QT_TRANSLATE_NOOP(
        "Findings",
        "Every route under {url} answered \"Request does not match any route.\", Magento's "
        "own routes included: the store code {store_code} does not exist.",
    ),
    "web_page": QT_TRANSLATE_NOOP(
        "Findings",
        "{url} answered HTTP {status} with a web page instead of the API.",
    ),
    "web_page/plain": QT_TRANSLATE_NOOP(
        "Findings",
        "{url} answered with a web page instead of the API.",
    ),
    "not_api": QT_TRANSLATE_NOOP("Findings", "{url} did not answer like Magento's API."),
    "shop.not_magento/no_api": QT_TRANSLATE_NOOP(
        "Findings",
        "None of Magento's API paths answered at {url}.",
    ),
    "http.blocked/cobby_route": QT_TRANSLATE_NOOP(
        "Findings",
        "{url} did not answer like the API, while Magento's core API did: something in "
        "front of the shop blocks cobby's path.",
    ),
    "http.blocked/front": QT_TRANSLATE_NOOP("Findings", "{url} answered HTTP {status}."),
    "server": QT_TRANSLATE_NOOP("Findings", "Server: {server}."),
    "cloudflare_ray": QT_TRANSLATE_NOOP("Findings", "Cloudflare Ray ID: {ray}."),
    "http.redirect_refused": QT_TRANSLATE_NOOP(
        "Findings",
        "{url} redirects (HTTP {status}) to an address that was not followed.",
    ),
    "redirect": QT_TRANSLATE_NOOP("Findings", "{url} redirects (HTTP {status}) to {target}."),
    "redirect/plain": QT_TRANSLATE_NOOP("Findings", "{url} redirects to {target}."),
    "http.redirect/loop": QT_TRANSLATE_NOOP("Findings", "{url} redirects more than three times."),
    "http.redirect/followed": QT_TRANSLATE_NOOP(
        "Findings",
        "{url} redirects (HTTP {status}) to {target}. The check went on with {target}.",
    ),
    "dns.unresolved": QT_TRANSLATE_NOOP(
        "Findings",
        "The name {host} does not resolve to an address.",
    ),
    "tcp.refused": QT_TRANSLATE_NOOP("Findings", "{host} port {port} refused the connection."),
    "tcp.timeout/silent": QT_TRANSLATE_NOOP(
        "Findings",
        "{host} port {port} did not answer within {seconds} seconds.",
    ),
    "tcp.timeout/unreachable": QT_TRANSLATE_NOOP(
        "Findings",
        "{host} port {port} could not be reached within {seconds} seconds.",
    ),
    "tcp.timeout/failed": QT_TRANSLATE_NOOP(
        "Findings",
        "{host} port {port} could not be reached.",
    ),
    "http.timeout/handshake": QT_TRANSLATE_NOOP(
        "Findings",
        "{host} port {port} did not complete the TLS handshake.",
    ),
    "tls.refused": QT_TRANSLATE_NOOP("Findings", "The certificate of {host} was refused."),
    "tls.pin_mismatch": QT_TRANSLATE_NOOP(
        "Findings",
        "The certificate of {host} is not the pinned one.",
    ),
    "certificate": QT_TRANSLATE_NOOP(
        "Findings",
        "Certificate subject: {subject}. Issued by: {issuer}. Valid until: {until} UTC. "
        "SHA-256 fingerprint: {sha256}.",
    ),
    "reason": QT_TRANSLATE_NOOP("Findings", "The system reported: {error}."),
    "net/dns": QT_TRANSLATE_NOOP(
        "Findings",
        "The host name of {url} does not resolve to an address.",
    ),
    "net/refused": QT_TRANSLATE_NOOP("Findings", "The server refused the connection to {url}."),
    "net/timeout": QT_TRANSLATE_NOOP("Findings", "{url} did not answer in time."),
    "net/tls_untrusted": QT_TRANSLATE_NOOP("Findings", "The certificate of {url} is not trusted."),
    "net/tls_expired": QT_TRANSLATE_NOOP("Findings", "The certificate of {url} has expired."),
    "net/tls_hostname": QT_TRANSLATE_NOOP(
        "Findings",
        "The certificate of {url} is made out for another name.",
    ),
    "net/tls_other": QT_TRANSLATE_NOOP("Findings", "The encrypted connection to {url} failed."),
    "net/pin_mismatch": QT_TRANSLATE_NOOP(
        "Findings",
        "{url} showed another certificate than the pinned one.",
    ),
    "net/too_large": QT_TRANSLATE_NOOP(
        "Findings",
        "The answer from {url} was larger than the check accepts.",
    ),
    "net/off_origin": QT_TRANSLATE_NOOP(
        "Findings",
        "The check did not follow {url}: it is not the shop's address.",
    ),
    "net/bad_url": QT_TRANSLATE_NOOP("Findings", "{url} is not a usable web address."),
    "net/bad_redirect": QT_TRANSLATE_NOOP("Findings", "{url} redirects to an unusable address."),
    "net/budget": QT_TRANSLATE_NOOP("Findings", "The check's time ran out at {url}."),
    "net/other": QT_TRANSLATE_NOOP("Findings", "The request to {url} failed."),
    "m1.credentials_rejected": QT_TRANSLATE_NOOP(
        "Findings",
        "The shop refused the login at {url}.",
    ),
    "shop.error/fault": QT_TRANSLATE_NOOP("Findings", "The shop answered: \"{fault}\""),
    "rest_base": QT_TRANSLATE_NOOP("Findings", "The check used the REST API at {url}."),
    "shop.answer_unreadable": QT_TRANSLATE_NOOP(
        "Findings",
        "The check could not read the shop's answer ({error}).",
    ),
    "credential.missing/m1_user": QT_TRANSLATE_NOOP("Findings", "The API user name is empty."),
    "credential.missing/m1_key": QT_TRANSLATE_NOOP("Findings", "The API key is empty."),
    "credential.missing/m1_both": QT_TRANSLATE_NOOP(
        "Findings",
        "The API user name and the API key are empty.",
    ),
    "credential.missing/consumer_key": QT_TRANSLATE_NOOP(
        "Findings",
        "The Consumer Key is missing.",
    ),
    "credential.missing/consumer_secret": QT_TRANSLATE_NOOP(
        "Findings",
        "The Consumer Secret is missing.",
    ),
    "credential.missing/access_token": QT_TRANSLATE_NOOP(
        "Findings",
        "The Access Token is missing.",
    ),
    "credential.missing/access_token_secret": QT_TRANSLATE_NOOP(
        "Findings",
        "The Access Token Secret is missing.",
    ),
    "cobby.not_connected": QT_TRANSLATE_NOOP(
        "Findings",
        "The shop still holds the placeholder license key.",
    ),
    "cobby.license_mismatch": QT_TRANSLATE_NOOP(
        "Findings",
        "The shop's license key differs from the workspace's license key (shop key tag "
        "{shop_tag}, workspace key tag {workspace_tag}).",
    ),
    "check.time_budget/url": QT_TRANSLATE_NOOP(
        "Findings",
        "The time ran out before the address was checked.",
    ),
    "check.time_budget/dns": QT_TRANSLATE_NOOP(
        "Findings",
        "The time ran out before the name lookup.",
    ),
    "check.time_budget/tcp": QT_TRANSLATE_NOOP(
        "Findings",
        "The time ran out before the connection test.",
    ),
    "check.time_budget/tls": QT_TRANSLATE_NOOP(
        "Findings",
        "The time ran out before the certificate check.",
    ),
    "check.time_budget/http": QT_TRANSLATE_NOOP(
        "Findings",
        "The time ran out before the first request to the shop.",
    ),
    "check.time_budget/detect": QT_TRANSLATE_NOOP(
        "Findings",
        "The time ran out before the Magento version was detected.",
    ),
    "check.time_budget/credentials": QT_TRANSLATE_NOOP(
        "Findings",
        "The time ran out before the credentials were tested.",
    ),
    "check.time_budget/cobby": QT_TRANSLATE_NOOP(
        "Findings",
        "The time ran out before cobby's connector was checked.",
    ),
}
