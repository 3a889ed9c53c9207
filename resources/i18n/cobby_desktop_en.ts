<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Activity</name>
    <message numerus="yes">
        <source>%n shops and their keys exported to a KeePass file.</source>
        <translation>
            <numerusform>%n shop and its keys exported to a KeePass file.</numerusform>
            <numerusform>%n shops and their keys exported to a KeePass file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>activity log as CSV, %n entries</source>
        <translation>
            <numerusform>activity log as CSV, %n entry</numerusform>
            <numerusform>activity log as CSV, %n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message numerus="yes">
        <source>%n entries, newest first. Secrets are never logged.</source>
        <translation>
            <numerusform>%n entry. Secrets are never logged.</numerusform>
            <numerusform>%n entries, newest first. Secrets are never logged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries were written to %1.</source>
        <translation>
            <numerusform>%n entry was written to %1.</numerusform>
            <numerusform>%n entries were written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message numerus="yes">
        <source>%n findings, of them %1 warnings.</source>
        <translation>
            <numerusform>%n finding, of them %1 warnings.</numerusform>
            <numerusform>%n findings, of them %1 warnings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditFindings</name>
    <message numerus="yes">
        <source>{shop}, {user}: %n days since it was last rotated (limit {limit} days).</source>
        <translation>
            <numerusform>{shop}, {user}: %n day since it was last rotated (limit {limit} days).</numerusform>
            <numerusform>{shop}, {user}: %n days since it was last rotated (limit {limit} days).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shop}, {user}: %n days since it was created (limit {limit} days).</source>
        <translation>
            <numerusform>{shop}, {user}: %n day since it was created (limit {limit} days).</numerusform>
            <numerusform>{shop}, {user}: %n days since it was created (limit {limit} days).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shop}, {user}: tested %n days ago.</source>
        <translation>
            <numerusform>{shop}, {user}: tested %n day ago.</numerusform>
            <numerusform>{shop}, {user}: tested %n days ago.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%n of the stored keys were removed before that.</source>
        <translation>
            <numerusform>%n of the stored keys was removed before that.</numerusform>
            <numerusform>%n of the stored keys were removed before that.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n keychain entries (the inventory names {known}).</source>
        <translation>
            <numerusform>Removed %n keychain entry (the inventory names {known}).</numerusform>
            <numerusform>Removed %n keychain entries (the inventory names {known}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation>
            <numerusform>%n d ago</numerusform>
            <numerusform>%n d ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CopyTip</name>
    <message numerus="yes">
        <source>Copies it; the clipboard is cleared again after %n seconds.</source>
        <translation>
            <numerusform>Copies it; the clipboard is cleared again after %n second.</numerusform>
            <numerusform>Copies it; the clipboard is cleared again after %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InventoryTableModel</name>
    <message numerus="yes">
        <source>%n shops</source>
        <translation>
            <numerusform>%n shop</numerusform>
            <numerusform>%n shops</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyCheck</name>
    <message numerus="yes">
        <source>The {field} is too short: it has %n characters and Magento needs at least {minimum}.</source>
        <translation>
            <numerusform>The {field} is too short: it has %n character and Magento needs at least {minimum}.</numerusform>
            <numerusform>The {field} is too short: it has %n characters and Magento needs at least {minimum}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n shops</source>
        <translation>
            <numerusform>%n shop</numerusform>
            <numerusform>%n shops</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProofWidget</name>
    <message numerus="yes">
        <source>%n checks</source>
        <translation>
            <numerusform>%n check</numerusform>
            <numerusform>%n checks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message numerus="yes">
        <source>%n minutes ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months ago</source>
        <translation>
            <numerusform>%n month ago</numerusform>
            <numerusform>%n months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years ago</source>
        <translation>
            <numerusform>%n year ago</numerusform>
            <numerusform>%n years ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenCheck</name>
    <message numerus="yes">
        <source>The {field} has %n characters; it must have exactly {length}. Copy the whole value again from the Magento admin.</source>
        <translation>
            <numerusform>The {field} has %n character; it must have exactly {length}. Copy the whole value again from the Magento admin.</numerusform>
            <numerusform>The {field} has %n characters; it must have exactly {length}. Copy the whole value again from the Magento admin.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkspacesDialog</name>
    <message numerus="yes">
        <source>%n workspaces</source>
        <translation>
            <numerusform>%n workspace</numerusform>
            <numerusform>%n workspaces</numerusform>
        </translation>
    </message>
</context>
</TS>
