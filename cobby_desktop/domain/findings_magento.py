"""The check's findings about the credentials, the Magento 1 and 2 answers and
cobby's connector and license: code, severity, title, explanation and fix steps
per Magento version, each a catalogue entry."""

from __future__ import annotations

from cobby_desktop.domain.finding_registry import Severity, define_finding
from cobby_desktop.messages import QT_TRANSLATE_NOOP

F, W, N = Severity.FAILURE, Severity.WARNING, Severity.NOTICE

define_finding(
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
define_finding(
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
define_finding(
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
define_finding(
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
define_finding(
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
define_finding(
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
define_finding(
    "m2.signature_invalid", F, QT_TRANSLATE_NOOP(
        "Findings",
        "The shop did not accept the integration's values.",
    ),
    QT_TRANSLATE_NOOP(
        "Findings",
        "Every request is signed with the integration's four values, and Magento refused them. "
        "Usually one value is wrong, or a proxy in front of the shop changes the address "
        "Magento sees.",
    ),
    (QT_TRANSLATE_NOOP("Findings", "Open {m2_integrations} > cobby > Integration Details."),
     QT_TRANSLATE_NOOP("Findings", "Copy all four values again, each into its own field."),
     QT_TRANSLATE_NOOP(
         "Findings",
         "If they are right, send the report to your developer: a proxy or load balancer in "
         "front of the shop probably changes the address Magento sees.",
     )),
)
define_finding(
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
define_finding(
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
define_finding(
    "m2.auth_header_stripped", F, QT_TRANSLATE_NOOP(
        "Findings",
        "The shop's web server holds back cobby's login.",
    ),
    QT_TRANSLATE_NOOP(
        "Findings",
        "Magento never sees the integration's values: the shop's web server removes the login "
        "from every request before Magento gets it.",
    ),
    (QT_TRANSLATE_NOOP(
        "Findings",
        "Ask your hosting provider or developer to pass the Authorization header to PHP (Apache "
        "with FastCGI: CGIPassAuth On, or SetEnvIf Authorization in .htaccess).",
    ),
     QT_TRANSLATE_NOOP("Findings", "Run the check again.")),
)

define_finding(
    "m2.cobby_permission_missing", F, QT_TRANSLATE_NOOP(
        "Findings",
        "The integration may not use cobby's functions.",
    ),
    QT_TRANSLATE_NOOP(
        "Findings",
        "The shop accepts the integration's values, but the integration's access does not "
        "include cobby's functions.",
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
define_finding(
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
define_finding(
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
define_finding(
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
define_finding(
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
define_finding(
    "cobby.not_connected", N, QT_TRANSLATE_NOOP(
        "Findings",
        "cobby has not connected to the shop yet.",
    ),
    QT_TRANSLATE_NOOP(
        "Findings",
        "The credentials work. cobby's service has not used them yet: it does once they are "
        "entered in cobby's portal.",
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
define_finding(
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
