"""Labels of the Magento admin that our instructions name: menu paths, tabs,
buttons and fields, exactly as the admin shows them.

The German texts in resources/i18n/cobby_desktop_de.ts are taken from
Magento's own German language packs (OpenMage's app/locale/de_DE for
Magento 1, the magento-l10n language-de_DE pack for Magento 2), never
translated by us: a merchant must find the very words on the screen. Context
"MagentoAdmin"; no Qt here (the domain's fix steps name them too).
"""

from __future__ import annotations

from cobby_desktop.messages import QT_TRANSLATE_NOOP

# Magento 1 / OpenMage
M1_USERS = QT_TRANSLATE_NOOP("MagentoAdmin", "System > Web Services > SOAP/XML-RPC - Users")
M1_ROLES = QT_TRANSLATE_NOOP("MagentoAdmin", "System > Web Services > SOAP/XML-RPC - Roles")
M1_ADD_ROLE = QT_TRANSLATE_NOOP("MagentoAdmin", "Add New Role")
M1_ADD_USER = QT_TRANSLATE_NOOP("MagentoAdmin", "Add New User")
M1_ROLE_RESOURCES = QT_TRANSLATE_NOOP("MagentoAdmin", "Role Resources")
M1_SAVE_ROLE = QT_TRANSLATE_NOOP("MagentoAdmin", "Save Role")
M1_SAVE_USER = QT_TRANSLATE_NOOP("MagentoAdmin", "Save User")
M1_ACCOUNT_IS = QT_TRANSLATE_NOOP("MagentoAdmin", "This account is")
M1_ACTIVE = QT_TRANSLATE_NOOP("MagentoAdmin", "Active")
M1_USER_ROLE = QT_TRANSLATE_NOOP("MagentoAdmin", "User Role")
# Both forms (role and user) ask for it on Magento 1.9.3+ and OpenMage.
M1_CURRENT_PASSWORD = QT_TRANSLATE_NOOP("MagentoAdmin", "Current Admin Password")
CUSTOM = QT_TRANSLATE_NOOP("MagentoAdmin", "Custom")

# Magento 2
M2_INTEGRATIONS = QT_TRANSLATE_NOOP("MagentoAdmin", "System > Extensions > Integrations")
M2_ADD_INTEGRATION = QT_TRANSLATE_NOOP("MagentoAdmin", "Add New Integration")
M2_API_TAB = QT_TRANSLATE_NOOP("MagentoAdmin", "API")
M2_SAVE = QT_TRANSLATE_NOOP("MagentoAdmin", "Save")
M2_ACTIVATE = QT_TRANSLATE_NOOP("MagentoAdmin", "Activate")
M2_ALLOW = QT_TRANSLATE_NOOP("MagentoAdmin", "Allow")
# The connector's own switch (its system.xml); Magento's part of the path is in
# the language packs, the connector's own labels (cobby, General Settings, Active)
# are shown as the connector ships them.
M1_COBBY_ACTIVE = QT_TRANSLATE_NOOP(
    "MagentoAdmin", "System > Configuration > Services > cobby > General Settings > Active"
)
M2_COBBY_ACTIVE = QT_TRANSLATE_NOOP(
    "MagentoAdmin", "Stores > Configuration > Services > cobby > General Settings > Active"
)
