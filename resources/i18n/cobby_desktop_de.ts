<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Activity</name>
    <message>
        <source>basic-auth user name and password stored for the shop</source>
        <translation>Benutzername und Passwort für den Verzeichnisschutz des Shops gespeichert</translation>
    </message>
    <message>
        <source>trusted exactly one certificate for the shop (SHA-256 {sha256}, issued to {subject}, valid until {until})</source>
        <translation>genau einem Zertifikat für den Shop vertraut (SHA-256 {sha256}, ausgestellt für {subject}, gültig bis {until})</translation>
    </message>
    <message>
        <source>trusted exactly one certificate for the shop (SHA-256 {sha256})</source>
        <translation>genau einem Zertifikat für den Shop vertraut (SHA-256 {sha256})</translation>
    </message>
    <message>
        <source>{field} (setup wizard)</source>
        <translation>{field} (Einrichtungsassistent)</translation>
    </message>
    <message>
        <source>shop added in the setup wizard</source>
        <translation>Shop im Einrichtungsassistenten hinzugefügt</translation>
    </message>
    <message>
        <source>{fields}</source>
        <translation>{fields}</translation>
    </message>
    <message>
        <source>api_key (new, rotation)</source>
        <translation>api_key (neu, Erneuerung)</translation>
    </message>
    <message>
        <source>{field} (new, for the portal)</source>
        <translation>{field} (neu, für das Portal)</translation>
    </message>
    <message>
        <source>shop details changed</source>
        <translation>Angaben zum Shop geändert</translation>
    </message>
    <message>
        <source>shop details changed; certificate exception removed</source>
        <translation>Angaben zum Shop geändert; Zertifikatsausnahme entfernt</translation>
    </message>
    <message numerus="yes">
        <source>%n shops and their keys exported to a KeePass file.</source>
        <translation>
            <numerusform>%n Shop und seine Schlüssel in eine KeePass-Datei exportiert.</numerusform>
            <numerusform>%n Shops und ihre Schlüssel in eine KeePass-Datei exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported from a KeePass file.</source>
        <translation>Aus einer KeePass-Datei importiert.</translation>
    </message>
    <message>
        <source>Updated from a KeePass file.</source>
        <translation>Aus einer KeePass-Datei aktualisiert.</translation>
    </message>
    <message>
        <source>saved from the command line after a passing check</source>
        <translation>nach einem bestandenen Test über die Kommandozeile gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>activity log as CSV, %n entries</source>
        <translation>
            <numerusform>Aktivitätsprotokoll als CSV, %n Eintrag</numerusform>
            <numerusform>Aktivitätsprotokoll als CSV, %n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>new credential drafted for rotation</source>
        <translation>neuer Zugang für die Erneuerung entworfen</translation>
    </message>
    <message>
        <source>rotation, new credential: {summary}</source>
        <translation>Erneuerung, neuer Zugang: {summary}</translation>
    </message>
    <message>
        <source>replaced by credential {credential}</source>
        <translation>ersetzt durch Zugang {credential}</translation>
    </message>
    <message>
        <source>rotation stopped; the old credential stays active</source>
        <translation>Erneuerung abgebrochen; der alte Zugang bleibt aktiv</translation>
    </message>
    <message>
        <source>revoked offline (unverified)</source>
        <translation>offline widerrufen (unbestätigt)</translation>
    </message>
    <message>
        <source>revoked; the shop rejects it</source>
        <translation>widerrufen; der Shop lehnt ihn ab</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <source>Workspace created.</source>
        <translation>Workspace angelegt.</translation>
    </message>
    <message>
        <source>Workspace created with its license key.</source>
        <translation>Workspace mit seinem Lizenzschlüssel angelegt.</translation>
    </message>
    <message>
        <source>Workspace renamed.</source>
        <translation>Workspace umbenannt.</translation>
    </message>
    <message>
        <source>Workspace “{name}” deleted.</source>
        <translation>Workspace „{name}“ gelöscht.</translation>
    </message>
    <message>
        <source>License key stored.</source>
        <translation>Lizenzschlüssel gespeichert.</translation>
    </message>
    <message>
        <source>License key removed.</source>
        <translation>Lizenzschlüssel entfernt.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>ok: {summary}</source>
        <translation>bestanden: {summary}</translation>
    </message>
    <message>
        <source>ok ({codes})</source>
        <translation>bestanden ({codes})</translation>
    </message>
    <message>
        <source>ok: {summary} ({codes})</source>
        <translation>bestanden: {summary} ({codes})</translation>
    </message>
    <message>
        <source>notice</source>
        <translation>mit Hinweis</translation>
    </message>
    <message>
        <source>notice: {summary}</source>
        <translation>mit Hinweis: {summary}</translation>
    </message>
    <message>
        <source>notice ({codes})</source>
        <translation>mit Hinweis ({codes})</translation>
    </message>
    <message>
        <source>notice: {summary} ({codes})</source>
        <translation>mit Hinweis: {summary} ({codes})</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>gescheitert</translation>
    </message>
    <message>
        <source>failed: {summary}</source>
        <translation>gescheitert: {summary}</translation>
    </message>
    <message>
        <source>failed ({codes})</source>
        <translation>gescheitert ({codes})</translation>
    </message>
    <message>
        <source>failed: {summary} ({codes})</source>
        <translation>gescheitert: {summary} ({codes})</translation>
    </message>
    <message>
        <source>{summary}</source>
        <translation>{summary}</translation>
    </message>
    <message>
        <source>({codes})</source>
        <translation>({codes})</translation>
    </message>
    <message>
        <source>{summary} ({codes})</source>
        <translation>{summary} ({codes})</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Activity log</source>
        <translation>Aktivitätsprotokoll</translation>
    </message>
    <message>
        <source>&amp;Export as CSV…</source>
        <translation>Als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export the activity log as a CSV file</source>
        <translation>Das Aktivitätsprotokoll als CSV-Datei exportieren</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Read the activity log again</source>
        <translation>Das Aktivitätsprotokoll neu einlesen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>API user</source>
        <translation>API-Benutzer</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Tested</source>
        <translation>Getestet</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Revealed</source>
        <translation>Angezeigt</translation>
    </message>
    <message>
        <source>Rotated</source>
        <translation>Erneuert</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Reading the activity log…</source>
        <translation>Das Aktivitätsprotokoll wird gelesen…</translation>
    </message>
    <message>
        <source>No activity yet.</source>
        <translation>Noch keine Aktivität.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries, newest first. Secrets are never logged.</source>
        <translation>
            <numerusform>%n Eintrag. Geheime Werte werden nie protokolliert.</numerusform>
            <numerusform>%n Einträge, die neuesten zuerst. Geheime Werte werden nie protokolliert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries were written to %1.</source>
        <translation>
            <numerusform>%n Eintrag wurde nach %1 geschrieben.</numerusform>
            <numerusform>%n Einträge wurden nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the activity log</source>
        <translation>Aktivitätsprotokoll exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The file %1 could not be written (%2). Choose another folder and try again.</source>
        <translation>Die Datei %1 konnte nicht geschrieben werden (%2). Wähle einen anderen Ordner und versuche es noch einmal.</translation>
    </message>
    <message>
        <source>Writing the CSV file…</source>
        <translation>Die CSV-Datei wird geschrieben…</translation>
    </message>
</context>
<context>
    <name>AdminAddress</name>
    <message>
        <source>The admin address contains a user name or password (the part before @). Remove it: the app only needs the address to open your admin pages and never stores an admin login.</source>
        <translation>Die Admin-Adresse enthält einen Benutzernamen oder ein Passwort (den Teil vor @). Entferne ihn: Die App braucht nur die Adresse, um deine Admin-Seiten zu öffnen, und speichert nie eine Admin-Anmeldung.</translation>
    </message>
    <message>
        <source>The admin address contains spaces. Please copy it again from your browser.</source>
        <translation>Die Admin-Adresse enthält Leerzeichen. Bitte kopiere sie noch einmal aus deinem Browser.</translation>
    </message>
    <message>
        <source>The admin address is not a valid web address.</source>
        <translation>Die Admin-Adresse ist keine gültige Webadresse.</translation>
    </message>
    <message>
        <source>The admin address must start with https:// (or http://).</source>
        <translation>Die Admin-Adresse muss mit https:// (oder http://) beginnen.</translation>
    </message>
    <message>
        <source>The admin address has no valid host name. Please copy it from your browser.</source>
        <translation>Die Admin-Adresse hat keinen gültigen Hostnamen. Bitte kopiere sie aus deinem Browser.</translation>
    </message>
</context>
<context>
    <name>AdminLinkMixin</name>
    <message>
        <source>%1: enter the password you log in to the admin with (Magento asks for it before it saves).</source>
        <translation>%1: Gib das Passwort ein, mit dem du dich im Admin anmeldest (Magento fragt danach, bevor es speichert).</translation>
    </message>
</context>
<context>
    <name>AdminLinkPage</name>
    <message>
        <source>&amp;Open in my admin</source>
        <translation>In meinem Admin ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open this page in my shop&apos;s admin</source>
        <translation>Diese Seite im Admin meines Shops öffnen</translation>
    </message>
    <message>
        <source>Enter your admin address on the shop page to open this page directly.</source>
        <translation>Gib auf der Shop-Seite deine Admin-Adresse ein, dann kannst du diese Seite direkt öffnen.</translation>
    </message>
    <message>
        <source>If your admin shows its dashboard instead, follow the menu path above.</source>
        <translation>Zeigt dein Admin stattdessen das Dashboard, folge dem Menüpfad oben.</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Security audit</source>
        <translation>Sicherheitsprüfung</translation>
    </message>
    <message>
        <source>Rotate keys older than:</source>
        <translation>Schlüssel erneuern, die älter sind als:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Maximum key age in days</source>
        <translation>Höchstalter eines Schlüssels in Tagen</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>Run the security audit again</source>
        <translation>Die Sicherheitsprüfung erneut ausführen</translation>
    </message>
    <message>
        <source>Audit findings</source>
        <translation>Ergebnisse der Prüfung</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Enter runs the selected finding&apos;s action.</source>
        <translation>Die Eingabetaste führt die Aktion des gewählten Befunds aus.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Checking your keys…</source>
        <translation>Deine Schlüssel werden geprüft…</translation>
    </message>
    <message>
        <source>Running the security audit…</source>
        <translation>Die Sicherheitsprüfung läuft…</translation>
    </message>
    <message>
        <source>The audit could not run.</source>
        <translation>Die Prüfung konnte nicht laufen.</translation>
    </message>
    <message>
        <source>No findings: your keys follow every rule checked.</source>
        <translation>Keine Befunde: Deine Schlüssel erfüllen jede geprüfte Regel.</translation>
    </message>
    <message numerus="yes">
        <source>%n findings, of them %1 warnings.</source>
        <translation>
            <numerusform>%n Befund, davon %1 Warnungen.</numerusform>
            <numerusform>%n Befunde, davon %1 Warnungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check that it is refused</source>
        <translation>Prüfen, ob er abgelehnt wird</translation>
    </message>
    <message>
        <source>The security audit is working on a key.</source>
        <translation>Die Sicherheitsprüfung arbeitet gerade an einem Schlüssel.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Rotate…</source>
        <translation>Erneuern…</translation>
    </message>
    <message>
        <source>Test now</source>
        <translation>Jetzt testen</translation>
    </message>
    <message>
        <source>Remove secrets…</source>
        <translation>Geheime Werte entfernen…</translation>
    </message>
    <message>
        <source>Edit shop…</source>
        <translation>Shop bearbeiten…</translation>
    </message>
    <message>
        <source>Review certificate…</source>
        <translation>Zertifikat prüfen…</translation>
    </message>
    <message>
        <source>The connection test runs in the main window. Run the audit again when it has finished.</source>
        <translation>Der Verbindungstest läuft im Hauptfenster. Starte die Prüfung erneut, wenn er fertig ist.</translation>
    </message>
    <message>
        <source>Remove the secrets?</source>
        <translation>Geheime Werte entfernen?</translation>
    </message>
    <message>
        <source>The revoked credential&apos;s key or tokens are removed from this computer&apos;s keychain. The credential stays in the inventory as revoked.</source>
        <translation>Schlüssel oder Tokens des widerrufenen Zugangs werden aus dem Schlüsselbund dieses Computers entfernt. Der Zugang bleibt als widerrufen in der Übersicht.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>The secrets were removed from the keychain.</source>
        <translation>Die geheimen Werte wurden aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>Removing the secrets…</source>
        <translation>Die geheimen Werte werden entfernt…</translation>
    </message>
    <message>
        <source>Confirmed: the shop refuses the revoked access. Its secrets were removed from the keychain.</source>
        <translation>Bestätigt: Der Shop lehnt den widerrufenen Zugang ab. Seine geheimen Werte wurden aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>The shop still accepts this access. Delete the API user or integration in the Magento admin, then check again.</source>
        <translation>Der Shop nimmt diesen Zugang noch an. Lösche den API-Benutzer oder die Integration im Magento-Admin und prüfe dann erneut.</translation>
    </message>
    <message>
        <source>The shop could not be asked.</source>
        <translation>Der Shop konnte nicht gefragt werden.</translation>
    </message>
    <message>
        <source>Checking the revocation with the shop…</source>
        <translation>Der Widerruf wird beim Shop geprüft…</translation>
    </message>
</context>
<context>
    <name>AuditFindings</name>
    <message>
        <source>The shop is reached without https.</source>
        <translation>Der Shop wird ohne https erreicht.</translation>
    </message>
    <message>
        <source>{shop}: API keys travel unencrypted. Switch the shop URL to https.</source>
        <translation>{shop}: API-Schlüssel gehen unverschlüsselt übers Netz. Stell die Shop-Adresse auf https um.</translation>
    </message>
    <message>
        <source>A certificate exception is in place for this shop.</source>
        <translation>Für diesen Shop gilt eine Zertifikatsausnahme.</translation>
    </message>
    <message>
        <source>{shop}: one self-signed certificate is trusted ({fingerprint}…). Replace it with a valid certificate when you can, then remove the exception.</source>
        <translation>{shop}: Einem selbst signierten Zertifikat wird vertraut ({fingerprint}…). Ersetze es, sobald du kannst, durch ein gültiges Zertifikat und entferne dann die Ausnahme.</translation>
    </message>
    <message>
        <source>A revocation has not been confirmed by the shop yet.</source>
        <translation>Ein Widerruf ist vom Shop noch nicht bestätigt.</translation>
    </message>
    <message>
        <source>{shop}, {user}: check that the shop now rejects it.</source>
        <translation>{shop}, {user}: Prüfe, ob der Shop ihn jetzt ablehnt.</translation>
    </message>
    <message>
        <source>A revoked credential&apos;s secrets are still in the keychain.</source>
        <translation>Die geheimen Werte eines widerrufenen Zugangs sind noch im Schlüsselbund.</translation>
    </message>
    <message>
        <source>{shop}, {user}: remove them; they are no longer needed.</source>
        <translation>{shop}, {user}: Entferne sie, sie werden nicht mehr gebraucht.</translation>
    </message>
    <message>
        <source>The API user&apos;s name looks like an administrator account.</source>
        <translation>Der Name des API-Benutzers sieht nach einem Administratorkonto aus.</translation>
    </message>
    <message>
        <source>{shop}: &apos;{user}&apos; should be a dedicated user for cobby only, such as cobby_api.</source>
        <translation>{shop}: „{user}“ sollte ein eigener Benutzer nur für cobby sein, etwa cobby_api.</translation>
    </message>
    <message>
        <source>The API key is weak.</source>
        <translation>Der API-Schlüssel ist schwach.</translation>
    </message>
    <message>
        <source>{shop}, {user}: the key is short or has little variety. Rotate it to a generated key.</source>
        <translation>{shop}, {user}: Der Schlüssel ist kurz oder wenig abwechslungsreich. Erneuere ihn mit einem erzeugten Schlüssel.</translation>
    </message>
    <message>
        <source>The key is old and should be rotated.</source>
        <translation>Der Schlüssel ist alt und sollte erneuert werden.</translation>
    </message>
    <message numerus="yes">
        <source>{shop}, {user}: %n days since it was last rotated (limit {limit} days).</source>
        <translation>
            <numerusform>{shop}, {user}: %n Tag seit der letzten Erneuerung (Grenze {limit} Tage).</numerusform>
            <numerusform>{shop}, {user}: %n Tage seit der letzten Erneuerung (Grenze {limit} Tage).</numerusform>
        </translation>
    </message>
    <message>
        <source>The key has never been rotated.</source>
        <translation>Der Schlüssel wurde noch nie erneuert.</translation>
    </message>
    <message numerus="yes">
        <source>{shop}, {user}: %n days since it was created (limit {limit} days).</source>
        <translation>
            <numerusform>{shop}, {user}: %n Tag seit dem Anlegen (Grenze {limit} Tage).</numerusform>
            <numerusform>{shop}, {user}: %n Tage seit dem Anlegen (Grenze {limit} Tage).</numerusform>
        </translation>
    </message>
    <message>
        <source>The last connection test failed.</source>
        <translation>Der letzte Verbindungstest ist gescheitert.</translation>
    </message>
    <message>
        <source>{shop}, {user}: {summary}</source>
        <translation>{shop}, {user}: {summary}</translation>
    </message>
    <message>
        <source>{shop}, {user}: see the check history.</source>
        <translation>{shop}, {user}: Sieh dir die Testgeschichte an.</translation>
    </message>
    <message>
        <source>The credential has not been tested recently.</source>
        <translation>Der Zugang wurde länger nicht getestet.</translation>
    </message>
    <message>
        <source>{shop}, {user}: never tested.</source>
        <translation>{shop}, {user}: nie getestet.</translation>
    </message>
    <message numerus="yes">
        <source>{shop}, {user}: tested %n days ago.</source>
        <translation>
            <numerusform>{shop}, {user}: vor %n Tag getestet.</numerusform>
            <numerusform>{shop}, {user}: vor %n Tagen getestet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The same key or token is used by more than one shop.</source>
        <translation>Derselbe Schlüssel oder Token wird von mehr als einem Shop genutzt.</translation>
    </message>
    <message>
        <source>Shared by: {shops}. Give every shop its own credential.</source>
        <translation>Gemeinsam genutzt von: {shops}. Gib jedem Shop einen eigenen Zugang.</translation>
    </message>
    <message>
        <source>shop {id}</source>
        <translation>Shop {id}</translation>
    </message>
    <message>
        <source>A credential&apos;s secret is missing from the keychain.</source>
        <translation>Ein geheimer Wert eines Zugangs fehlt im Schlüsselbund.</translation>
    </message>
    <message>
        <source>{shop}, {user}: no keychain entry for {fields}. Rotate the credential to create and store a new one.</source>
        <translation>{shop}, {user}: kein Eintrag im Schlüsselbund für {fields}. Erneuere den Zugang, um einen neuen anzulegen und zu speichern.</translation>
    </message>
</context>
<context>
    <name>BasicAuthForm</name>
    <message>
        <source>Enter the user name and password your browser asks for when you open the shop. The password is kept in the keychain.</source>
        <translation>Gib den Benutzernamen und das Passwort ein, nach denen dein Browser beim Öffnen des Shops fragt. Das Passwort wird im Schlüsselbund aufbewahrt.</translation>
    </message>
    <message>
        <source>Basic-auth user name</source>
        <translation>Benutzername für den Verzeichnisschutz</translation>
    </message>
    <message>
        <source>Basic-auth password</source>
        <translation>Passwort für den Verzeichnisschutz</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Test &amp;again with these</source>
        <translation>Da&amp;mit erneut testen</translation>
    </message>
    <message>
        <source>Test again with this user name and password</source>
        <translation>Mit diesem Benutzernamen und Passwort erneut testen</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Testing the connection to the shop…</source>
        <translation>Die Verbindung zum Shop wird getestet…</translation>
    </message>
    <message>
        <source>Test status</source>
        <translation>Stand des Tests</translation>
    </message>
    <message>
        <source>Is cobby connected?</source>
        <translation>Ist cobby verbunden?</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the test</source>
        <translation>Den Test abbrechen</translation>
    </message>
    <message>
        <source>&amp;Test again</source>
        <translation>&amp;Erneut testen</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>A check is waiting for cobby to connect to the shop.</source>
        <translation>Eine Prüfung wartet darauf, dass cobby sich mit dem Shop verbindet.</translation>
    </message>
    <message>
        <source>A connection test is running.</source>
        <translation>Ein Verbindungstest läuft.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>This shop is no longer in the inventory.</source>
        <translation>Dieser Shop ist nicht mehr in der Übersicht.</translation>
    </message>
    <message>
        <source>Connection test for %1</source>
        <translation>Verbindungstest für %1</translation>
    </message>
    <message>
        <source>Not checked: the workspace has no license key. To see whether cobby itself is connected, choose the shop&apos;s workspace and enter its license key, then test again.</source>
        <translation>Nicht geprüft: Der Workspace hat keinen Lizenzschlüssel. Um zu sehen, ob cobby selbst verbunden ist, wähle den Workspace des Shops, gib seinen Lizenzschlüssel ein und teste erneut.</translation>
    </message>
    <message>
        <source>The test was cancelled. Click Test again to run it.</source>
        <translation>Der Test wurde abgebrochen. Klicke auf „Erneut testen“, um ihn zu starten.</translation>
    </message>
    <message>
        <source>Saving the user name and the password in the keychain…</source>
        <translation>Benutzername und Passwort werden im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>Saving the trusted certificate…</source>
        <translation>Das vertrauenswürdige Zertifikat wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>CheckStages</name>
    <message>
        <source>Shop address</source>
        <translation>Shop-Adresse</translation>
    </message>
    <message>
        <source>Finding the shop on the internet</source>
        <translation>Shop im Internet finden</translation>
    </message>
    <message>
        <source>Connecting to the shop&apos;s server</source>
        <translation>Mit dem Server des Shops verbinden</translation>
    </message>
    <message>
        <source>Secure connection</source>
        <translation>Sichere Verbindung</translation>
    </message>
    <message>
        <source>Web server answers</source>
        <translation>Webserver antwortet</translation>
    </message>
    <message>
        <source>Magento and its API</source>
        <translation>Magento und seine API</translation>
    </message>
    <message>
        <source>Signing in with the credentials</source>
        <translation>Mit den Zugangsdaten anmelden</translation>
    </message>
    <message>
        <source>cobby connector</source>
        <translation>cobby-Connector</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>check this installation headless</source>
        <translation>diese Installation ohne Fenster prüfen</translation>
    </message>
    <message>
        <source>test a shop&apos;s connection to cobby</source>
        <translation>die Verbindung eines Shops zu cobby testen</translation>
    </message>
    <message>
        <source>print the inventory without secrets</source>
        <translation>die Übersicht ohne geheime Werte ausgeben</translation>
    </message>
    <message>
        <source>print security findings for the stored inventory</source>
        <translation>Sicherheitsbefunde für die gespeicherte Übersicht ausgeben</translation>
    </message>
    <message>
        <source>write shops and their keys to a KeePass (.kdbx) file</source>
        <translation>Shops und ihre Schlüssel in eine KeePass-Datei (.kdbx) schreiben</translation>
    </message>
    <message>
        <source>read shops and their keys from a KeePass (.kdbx) file</source>
        <translation>Shops und ihre Schlüssel aus einer KeePass-Datei (.kdbx) lesen</translation>
    </message>
    <message>
        <source>remove every stored key and password (used by the uninstaller)</source>
        <translation>alle gespeicherten Schlüssel und Passwörter entfernen (für die Deinstallation)</translation>
    </message>
    <message>
        <source>unrecognized arguments (not repeated here in case they hold a secret)</source>
        <translation>unbekannte Argumente (hier nicht wiederholt, falls sie ein Geheimnis enthalten)</translation>
    </message>
    <message>
        <source>argument {argument}: invalid choice (not repeated here); choose from {choices}</source>
        <translation>Argument {argument}: ungültige Auswahl (hier nicht wiederholt); wähle aus {choices}</translation>
    </message>
    <message>
        <source>argument {argument}: invalid value (not repeated here)</source>
        <translation>Argument {argument}: ungültiger Wert (hier nicht wiederholt)</translation>
    </message>
    <message>
        <source>language of the output (default: LC_ALL, LC_MESSAGES or LANG)</source>
        <translation>Sprache der Ausgabe (sonst aus LC_ALL, LC_MESSAGES oder LANG)</translation>
    </message>
    <message>
        <source>Connect a Magento shop to cobby.</source>
        <translation>Verbinde einen Magento-Shop mit cobby.</translation>
    </message>
    <message>
        <source>cobby-desktop: &apos;{command}&apos; is not available in this build.</source>
        <translation>cobby-desktop: &apos;{command}&apos; gibt es in dieser Version nicht.</translation>
    </message>
    <message>
        <source>No security findings. Every stored credential looks healthy.</source>
        <translation>Keine Sicherheitsbefunde. Jeder gespeicherte Zugang sieht gesund aus.</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>ein JSON-Objekt ausgeben</translation>
    </message>
    <message>
        <source>keys older than this need rotating (default 180)</source>
        <translation>ältere Schlüssel müssen erneuert werden (Standard 180)</translation>
    </message>
    <message>
        <source>cobby-desktop purge removes every API key, token, license key and password cobby Desktop stored in the keychain or in its encrypted local vault. They cannot be recovered afterwards. The inventory itself is not deleted. To go ahead, run: cobby-desktop purge --yes</source>
        <translation>cobby-desktop purge entfernt jeden API-Schlüssel, jedes Token, jeden Lizenzschlüssel und jedes Passwort, das cobby Desktop im Schlüsselbund oder in seinem verschlüsselten Tresor gespeichert hat. Sie lassen sich danach nicht wiederherstellen. Die Übersicht selbst wird nicht gelöscht. Um fortzufahren, führe aus: cobby-desktop purge --yes</translation>
    </message>
    <message numerus="yes">
        <source>%n of the stored keys were removed before that.</source>
        <translation>
            <numerusform>%n der gespeicherten Schlüssel wurde vorher entfernt.</numerusform>
            <numerusform>%n der gespeicherten Schlüssel wurden vorher entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n keychain entries (the inventory names {known}).</source>
        <translation>
            <numerusform>%n Eintrag im Schlüsselbund entfernt (die Übersicht nennt {known}).</numerusform>
            <numerusform>%n Einträge im Schlüsselbund entfernt (die Übersicht nennt {known}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted the encrypted local vault file {path}.</source>
        <translation>Die verschlüsselte Tresordatei {path} wurde gelöscht.</translation>
    </message>
    <message>
        <source>The inventory in {folder} was kept; delete that folder to remove it too.</source>
        <translation>Die Übersicht in {folder} bleibt erhalten. Lösche diesen Ordner, um auch sie zu entfernen.</translation>
    </message>
    <message>
        <source>{problem} Nothing was removed, since the inventory names the keys.</source>
        <translation>{problem} Es wurde nichts entfernt, denn die Übersicht nennt die Schlüssel.</translation>
    </message>
    <message>
        <source>{problem} No key was removed and the inventory was kept, so they can be removed later.</source>
        <translation>{problem} Es wurde kein Schlüssel entfernt und die Übersicht bleibt erhalten, damit sie sich später entfernen lassen.</translation>
    </message>
    <message>
        <source>The encrypted local vault file {path} could not be deleted ({error}). Close cobby Desktop and try again.</source>
        <translation>Die Datei des verschlüsselten Tresors {path} ließ sich nicht löschen ({error}). Schließ cobby Desktop und versuche es noch einmal.</translation>
    </message>
    <message>
        <source>{problem} Some keys are still in the keychain, so the inventory was kept as the list of what is stored. Run this again once the keychain allows it.</source>
        <translation>{problem} Einige Schlüssel sind noch im Schlüsselbund. Die Übersicht bleibt darum als Liste dessen erhalten, was gespeichert ist. Führe das erneut aus, sobald der Schlüsselbund es zulässt.</translation>
    </message>
    <message>
        <source>really remove every stored key and password (cannot be undone)</source>
        <translation>wirklich jeden gespeicherten Schlüssel und jedes Passwort entfernen (nicht rückgängig zu machen)</translation>
    </message>
    <message>
        <source>This shop could not be checked ({error}). Try again.</source>
        <translation>Dieser Shop konnte nicht geprüft werden ({error}). Versuche es noch einmal.</translation>
    </message>
    <message>
        <source>Not checked: {reason}</source>
        <translation>Nicht geprüft: {reason}</translation>
    </message>
    <message>
        <source>Saved as &apos;{label}&apos;; secrets are in the keychain.</source>
        <translation>Gespeichert als „{label}“; die geheimen Werte liegen im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Not saved: fix the problem above and run the check again.</source>
        <translation>Nicht gespeichert: Behebe das Problem oben und starte den Test erneut.</translation>
    </message>
    <message>
        <source>[{done}/{total}] {shop}: not checked: the keychain could not be read</source>
        <translation>[{done}/{total}] {shop}: nicht geprüft: Der Schlüsselbund war nicht lesbar</translation>
    </message>
    <message>
        <source>[{done}/{total}] {shop}: works</source>
        <translation>[{done}/{total}] {shop}: funktioniert</translation>
    </message>
    <message>
        <source>[{done}/{total}] {shop}: works ({codes})</source>
        <translation>[{done}/{total}] {shop}: funktioniert ({codes})</translation>
    </message>
    <message>
        <source>[{done}/{total}] {shop}: needs attention ({codes})</source>
        <translation>[{done}/{total}] {shop}: braucht Aufmerksamkeit ({codes})</translation>
    </message>
    <message>
        <source>Secrets are read from environment variables only: COBBY_API_KEY (Magento 1); COBBY_CONSUMER_KEY, COBBY_CONSUMER_SECRET, COBBY_ACCESS_TOKEN, COBBY_ACCESS_TOKEN_SECRET (Magento 2); COBBY_BASIC_AUTH_USER and COBBY_BASIC_AUTH_PASSWORD for a password-protected shop; COBBY_LICENSE_KEY (optional) to compare with the shop&apos;s license key.</source>
        <translation>Geheime Werte kommen nur aus Umgebungsvariablen: COBBY_API_KEY (Magento 1); COBBY_CONSUMER_KEY, COBBY_CONSUMER_SECRET, COBBY_ACCESS_TOKEN, COBBY_ACCESS_TOKEN_SECRET (Magento 2); COBBY_BASIC_AUTH_USER und COBBY_BASIC_AUTH_PASSWORD für einen Shop mit Passwortschutz; COBBY_LICENSE_KEY (freiwillig), um ihn mit dem Lizenzschlüssel des Shops zu vergleichen.</translation>
    </message>
    <message>
        <source>--timeout must be a positive number of seconds.</source>
        <translation>--timeout braucht eine positive Zahl von Sekunden.</translation>
    </message>
    <message>
        <source>The CA file {path} does not exist.</source>
        <translation>Die CA-Datei {path} gibt es nicht.</translation>
    </message>
    <message>
        <source>Both Magento 1 and Magento 2 secrets are set: add --magento 1 or 2.</source>
        <translation>Es sind geheime Werte für Magento 1 und Magento 2 gesetzt: Gib --magento 1 oder 2 an.</translation>
    </message>
    <message>
        <source>No API secret found. {env_help}</source>
        <translation>Kein geheimer API-Wert gefunden. {env_help}</translation>
    </message>
    <message>
        <source>Set COBBY_API_KEY for a Magento 1 shop.</source>
        <translation>Setze COBBY_API_KEY für einen Magento-1-Shop.</translation>
    </message>
    <message>
        <source>Magento 2 needs all four values; missing: {names}.</source>
        <translation>Magento 2 braucht alle vier Werte; es fehlt: {names}.</translation>
    </message>
    <message>
        <source>Magento 1 needs --user with the API user name.</source>
        <translation>Magento 1 braucht --user mit dem Namen des API-Benutzers.</translation>
    </message>
    <message>
        <source>Set both COBBY_BASIC_AUTH_USER and COBBY_BASIC_AUTH_PASSWORD, or neither.</source>
        <translation>Setze COBBY_BASIC_AUTH_USER und COBBY_BASIC_AUTH_PASSWORD beide oder keinen von beiden.</translation>
    </message>
    <message>
        <source>The inventory holds no shops yet. Add one with --save or in the app.</source>
        <translation>Die Übersicht enthält noch keine Shops. Füge einen mit --save oder in der App hinzu.</translation>
    </message>
    <message>
        <source>No stored shop is labelled &apos;{label}&apos;. Run cobby-desktop list to see the labels.</source>
        <translation>Kein gespeicherter Shop heißt „{label}“. Mit cobby-desktop list siehst du die Namen.</translation>
    </message>
    <message>
        <source>Give --save a label.</source>
        <translation>Gib --save einen Namen.</translation>
    </message>
    <message>
        <source>A shop labelled &apos;{label}&apos; already exists. Choose another label with --save.</source>
        <translation>Einen Shop namens „{label}“ gibt es schon. Wähle mit --save einen anderen Namen.</translation>
    </message>
    <message>
        <source>Secrets are not accepted as arguments. {env_help}</source>
        <translation>Geheime Werte werden nicht als Argumente angenommen. {env_help}</translation>
    </message>
    <message>
        <source>Give --url URL, --shop LABEL or --all.</source>
        <translation>Gib --url URL, --shop NAME oder --all an.</translation>
    </message>
    <message>
        <source>--save works with --url only.</source>
        <translation>--save geht nur zusammen mit --url.</translation>
    </message>
    <message>
        <source>the shop&apos;s address</source>
        <translation>die Adresse des Shops</translation>
    </message>
    <message>
        <source>a shop stored in the inventory</source>
        <translation>ein in der Übersicht gespeicherter Shop</translation>
    </message>
    <message>
        <source>check every stored shop</source>
        <translation>jeden gespeicherten Shop prüfen</translation>
    </message>
    <message>
        <source>Magento 1 API user name (Magento 2: integration name)</source>
        <translation>Magento-1-API-Benutzername (Magento 2: Name der Integration)</translation>
    </message>
    <message>
        <source>skip detection</source>
        <translation>Erkennung überspringen</translation>
    </message>
    <message>
        <source>Magento 2 store view code (default: default)</source>
        <translation>Code der Magento-2-Store-View (Standard: default)</translation>
    </message>
    <message>
        <source>store shop and credential if it works</source>
        <translation>Shop und Zugang speichern, wenn es funktioniert</translation>
    </message>
    <message>
        <source>time for the whole check (default 90)</source>
        <translation>Zeit für den ganzen Test (Standard 90)</translation>
    </message>
    <message>
        <source>extra trusted CA certificates (PEM)</source>
        <translation>zusätzliche vertrauenswürdige CA-Zertifikate (PEM)</translation>
    </message>
    <message>
        <source>with --all: how many shops to check at a time (default 4)</source>
        <translation>mit --all: wie viele Shops gleichzeitig geprüft werden (Standard 4)</translation>
    </message>
    <message>
        <source>No passphrase: set {variable} or run this in a terminal to be asked.</source>
        <translation>Keine Passphrase: Setze {variable} oder starte den Befehl in einem Terminal, dann wirst du gefragt.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Nothing was written; try again.</source>
        <translation>Die beiden Passphrasen sind verschieden. Es wurde nichts geschrieben; versuch es noch einmal.</translation>
    </message>
    <message>
        <source>Passphrase for the KeePass file: </source>
        <translation>Passphrase für die KeePass-Datei: </translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>Dieselbe Passphrase noch einmal: </translation>
    </message>
    <message>
        <source>{path} exists already. Choose another name, or add --overwrite to replace it.</source>
        <translation>{path} gibt es schon. Wähle einen anderen Namen oder ersetze die Datei mit --overwrite.</translation>
    </message>
    <message>
        <source>No workspace has that name. Run cobby-desktop list to see them.</source>
        <translation>Keinen Workspace gibt es mit diesem Namen. Mit cobby-desktop list siehst du alle.</translation>
    </message>
    <message>
        <source>No shop has that name. Run cobby-desktop list to see them.</source>
        <translation>Keinen Shop gibt es mit diesem Namen. Mit cobby-desktop list siehst du alle.</translation>
    </message>
    <message>
        <source>Exported {shops} shops ({workspaces} workspaces) with their keys to {path}.</source>
        <translation>{shops} Shops ({workspaces} Workspaces) mit ihren Schlüsseln nach {path} exportiert.</translation>
    </message>
    <message>
        <source>This file holds every key of these shops: keep it and its passphrase safe, and delete copies you no longer need.</source>
        <translation>Diese Datei enthält alle Schlüssel dieser Shops: Bewahre sie und ihre Passphrase sicher auf und lösche Kopien, die du nicht mehr brauchst.</translation>
    </message>
    <message>
        <source>{added} to add, {updated} to update, {unchanged} unchanged, {conflicts} in conflict; {ignored} other entries ignored.</source>
        <translation>{added} neu, {updated} zu aktualisieren, {unchanged} unverändert, {conflicts} im Konflikt; {ignored} andere Einträge übergangen.</translation>
    </message>
    <message>
        <source>  conflict: {title} (here: {here}); differs in {fields}</source>
        <translation>  Konflikt: {title} (hier: {here}); unterscheidet sich in {fields}</translation>
    </message>
    <message>
        <source>{title}: keep mine [m], take theirs [t] or keep both [b]? </source>
        <translation>{title}: meine behalten [m], ihre übernehmen [t] oder beide behalten [b]? </translation>
    </message>
    <message>
        <source>Imported: {added} added, {updated} updated, {unchanged} left as they were, {ignored} other entries ignored.</source>
        <translation>Importiert: {added} neu, {updated} aktualisiert, {unchanged} unverändert gelassen, {ignored} andere Einträge übergangen.</translation>
    </message>
    <message>
        <source>No shops in the inventory yet. Start cobby Desktop and choose Connect a shop.</source>
        <translation>Noch keine Shops in der Übersicht. Starte cobby Desktop und wähle „Shop verbinden“.</translation>
    </message>
    <message>
        <source>print a JSON list of shops</source>
        <translation>eine JSON-Liste der Shops ausgeben</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>Magento</source>
        <translation>Magento</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <source>API user</source>
        <translation>API-Benutzer</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Zugang</translation>
    </message>
    <message>
        <source>Last test</source>
        <translation>Letzter Test</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>{outcome}, {age}</source>
        <translation>{outcome}, {age}</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>ok</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>notice</source>
        <translation>mit Hinweis</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>gescheitert</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>rotating</source>
        <translation>wird erneuert</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <source>the .kdbx file to write</source>
        <translation>die zu schreibende .kdbx-Datei</translation>
    </message>
    <message>
        <source>export only this workspace</source>
        <translation>nur diesen Workspace exportieren</translation>
    </message>
    <message>
        <source>export only this shop (repeat for several)</source>
        <translation>nur diesen Shop exportieren (für mehrere wiederholen)</translation>
    </message>
    <message>
        <source>also protect the file with a key file</source>
        <translation>die Datei zusätzlich mit einer Schlüsseldatei schützen</translation>
    </message>
    <message>
        <source>replace an existing file</source>
        <translation>eine vorhandene Datei ersetzen</translation>
    </message>
    <message>
        <source>the .kdbx file to import</source>
        <translation>die zu importierende .kdbx-Datei</translation>
    </message>
    <message>
        <source>the key file that protects the file</source>
        <translation>die Schlüsseldatei, die die Datei schützt</translation>
    </message>
    <message>
        <source>how to decide every conflict (default: ask, or keep mine)</source>
        <translation>wie jeder Konflikt entschieden wird (Standard: fragen, sonst meine behalten)</translation>
    </message>
    <message>
        <source>only show what would change</source>
        <translation>nur zeigen, was sich ändern würde</translation>
    </message>
</context>
<context>
    <name>ConnectShopForm</name>
    <message>
        <source>Connect a shop</source>
        <translation>Shop verbinden</translation>
    </message>
    <message>
        <source>A workspace connects to one shop. Choose the shop of the workspace “%1”, or no shop.</source>
        <translation>Ein Workspace ist mit genau einem Shop verbunden. Wähle den Shop für den Workspace „%1“ oder keinen Shop.</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>No shop</source>
        <translation>Kein Shop</translation>
    </message>
    <message>
        <source>(now in the workspace %1)</source>
        <translation>(jetzt im Workspace %1)</translation>
    </message>
    <message>
        <source>&amp;Shop:</source>
        <translation>&amp;Shop:</translation>
    </message>
</context>
<context>
    <name>CopyNotice</name>
    <message>
        <source>Clear now</source>
        <translation>Jetzt leeren</translation>
    </message>
    <message>
        <source>Clear the clipboard now</source>
        <translation>Die Zwischenablage jetzt leeren</translation>
    </message>
    <message>
        <source>%1 copied. The clipboard will be cleared in %2 s.</source>
        <translation>%1 kopiert. Die Zwischenablage wird in %2 s geleert.</translation>
    </message>
</context>
<context>
    <name>CopyTip</name>
    <message numerus="yes">
        <source>Copies it; the clipboard is cleared again after %n seconds.</source>
        <translation>
            <numerusform>Kopiert den Wert; die Zwischenablage wird nach %n Sekunde wieder geleert.</numerusform>
            <numerusform>Kopiert den Wert; die Zwischenablage wird nach %n Sekunden wieder geleert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <source>cobby Desktop ran into an unexpected problem. Your data is safe. Please copy this report and send it to cobby support; it contains no keys or passwords.</source>
        <translation>cobby Desktop hatte ein unerwartetes Problem. Deine Daten sind sicher. Bitte kopiere diesen Bericht und schick ihn an den cobby-Support. Er enthält keine Schlüssel und keine Passwörter.</translation>
    </message>
    <message>
        <source>Error report</source>
        <translation>Fehlerbericht</translation>
    </message>
    <message>
        <source>A copy was saved to %1</source>
        <translation>Eine Kopie liegt in %1</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>Bericht &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <source>Create an encrypted vault</source>
        <translation>Verschlüsselten Tresor anlegen</translation>
    </message>
    <message>
        <source>Create an encrypted vault on this computer</source>
        <translation>Einen verschlüsselten Tresor auf diesem Computer anlegen</translation>
    </message>
    <message>
        <source>Why this is the weaker choice</source>
        <translation>Warum das die schwächere Wahl ist</translation>
    </message>
    <message>
        <source>Choose a master password. You will type it each time cobby Desktop starts. It cannot be recovered: if you forget it, the keys in the vault are lost and must be entered again.</source>
        <translation>Wähle ein Master-Passwort. Du gibst es bei jedem Start von cobby Desktop ein. Es lässt sich nicht wiederherstellen: Vergisst du es, sind die Schlüssel im Tresor verloren und müssen neu eingegeben werden.</translation>
    </message>
    <message>
        <source>Master password</source>
        <translation>Master-Passwort</translation>
    </message>
    <message>
        <source>Repeat the master password</source>
        <translation>Master-Passwort wiederholen</translation>
    </message>
    <message>
        <source>Password strength</source>
        <translation>Stärke des Passworts</translation>
    </message>
    <message>
        <source>&amp;Master password:</source>
        <translation>&amp;Master-Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>Tresor &amp;anlegen</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>At least %1 characters; a passphrase of several words is best.</source>
        <translation>Mindestens %1 Zeichen. Am besten ist ein Satz aus mehreren Wörtern.</translation>
    </message>
    <message>
        <source>Too short: use at least %1 characters.</source>
        <translation>Zu kurz: Nimm mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Weak: add more words, digits or symbols.</source>
        <translation>Schwach: Füge Wörter, Ziffern oder Sonderzeichen hinzu.</translation>
    </message>
    <message>
        <source>Fair: a few more words would make it strong.</source>
        <translation>Mittel: Ein paar Wörter mehr machen es stark.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Stark.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter sind verschieden.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Wird angelegt…</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Select a shop to see its details.</source>
        <translation>Wähle einen Shop, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>API user</source>
        <translation>API-Benutzer</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <source>Magento</source>
        <translation>Magento</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Zugang</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Rotated</source>
        <translation>Erneuert</translation>
    </message>
    <message>
        <source>Last test</source>
        <translation>Letzter Test</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Keys and tokens</source>
        <translation>Schlüssel und Tokens</translation>
    </message>
    <message>
        <source>Recent checks</source>
        <translation>Letzte Tests</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>No checks yet.</source>
        <translation>Noch keine Tests.</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <source>Not linked to a workspace</source>
        <translation>Keinem Workspace zugeordnet</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>None yet. Use “Connect a shop…” to create one.</source>
        <translation>Noch keiner. Lege mit „Shop verbinden…“ einen an.</translation>
    </message>
    <message>
        <source>Magento 1 API key (SOAP / XML-RPC)</source>
        <translation>Magento-1-API-Schlüssel (SOAP / XML-RPC)</translation>
    </message>
    <message>
        <source>Magento 2 integration (OAuth tokens)</source>
        <translation>Magento-2-Integration (OAuth-Tokens)</translation>
    </message>
    <message>
        <source>Not tested yet</source>
        <translation>Noch nicht getestet</translation>
    </message>
</context>
<context>
    <name>DialogLauncher</name>
    <message>
        <source>The draft was not saved completely</source>
        <translation>Der Entwurf wurde nicht vollständig gespeichert</translation>
    </message>
    <message>
        <source>The draft could not be saved</source>
        <translation>Der Entwurf konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Your setup draft was kept without its secrets: %1 The workspace, the shop&apos;s addresses, the user name and the Magento version are saved; the API key or tokens, the passwords and the license key were not kept. Unlock your keychain, select the shop and choose Continue setup to type the secrets again.</source>
        <translation>Dein Einrichtungsentwurf wurde ohne geheime Werte aufbewahrt: %1 Workspace, Adressen des Shops, Benutzername und Magento-Version sind gespeichert. API-Schlüssel oder Tokens, Passwörter und Lizenzschlüssel wurden nicht aufbewahrt. Entsperre deinen Schlüsselbund, wähle den Shop und dann „Einrichtung fortsetzen“, um die geheimen Werte neu einzugeben.</translation>
    </message>
    <message>
        <source>Your setup draft could not be saved: %1 Nothing you typed was kept. Fix this, then choose Connect a shop again.</source>
        <translation>Dein Einrichtungsentwurf konnte nicht gespeichert werden: %1 Deine Eingaben wurden nicht aufbewahrt. Behebe das und wähle dann erneut „Shop verbinden“.</translation>
    </message>
    <message>
        <source>%1 shops exported. Keep the file and its passphrase safe.</source>
        <translation>%1 Shops exportiert. Bewahre die Datei und ihre Passphrase sicher auf.</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 updated, %3 left as they were.</source>
        <translation>Importiert: %1 neu, %2 aktualisiert, %3 unverändert gelassen.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>No shops yet</source>
        <translation>Noch keine Shops</translation>
    </message>
    <message>
        <source>Connect your Magento shop to cobby: this app guides you through creating the API access, tests it and keeps the key safely in your system&apos;s keychain.</source>
        <translation>Verbinde deinen Magento-Shop mit cobby: Diese App führt dich durch das Anlegen des API-Zugangs, testet ihn und bewahrt den Schlüssel sicher im Schlüsselbund deines Systems auf.</translation>
    </message>
    <message>
        <source>Connect a shop…</source>
        <translation>Shop verbinden…</translation>
    </message>
    <message>
        <source>Connect a shop</source>
        <translation>Shop verbinden</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to a KeePass file</source>
        <translation>In eine KeePass-Datei exportieren</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Was exportiert wird</translation>
    </message>
    <message>
        <source>All shops and workspaces</source>
        <translation>Alle Shops und Workspaces</translation>
    </message>
    <message>
        <source>Only the selected shop: %1</source>
        <translation>Nur der gewählte Shop: %1</translation>
    </message>
    <message>
        <source>KeePass file to write</source>
        <translation>KeePass-Datei, die geschrieben wird</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <source>Key file (optional)</source>
        <translation>Schlüsseldatei (optional)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Export shops and their keys</source>
        <translation>Shops und ihre Schlüssel exportieren</translation>
    </message>
    <message>
        <source>This file holds every key of the shops in it: API keys, Magento&apos;s tokens, license keys and passwords. Anyone with the file and its passphrase can use them. Keep both safe, never send them together, and delete copies you no longer need. KeePassXC, KeePass and Strongbox open the file too.</source>
        <translation>Diese Datei enthält alle Schlüssel der Shops darin: API-Schlüssel, die Tokens von Magento, Lizenzschlüssel und Passwörter. Wer die Datei und ihre Passphrase hat, kann sie benutzen. Bewahre beides sicher auf, schick beides nie zusammen und lösche Kopien, die du nicht mehr brauchst. KeePassXC, KeePass und Strongbox öffnen die Datei auch.</translation>
    </message>
    <message>
        <source>The file holds the keys</source>
        <translation>Die Datei enthält die Schlüssel</translation>
    </message>
    <message>
        <source>E&amp;xport:</source>
        <translation>E&amp;xportieren:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>S&amp;chlüsseldatei:</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Workspace: %1</translation>
    </message>
    <message>
        <source>At least %1 characters; a passphrase of several words is best.</source>
        <translation>Mindestens %1 Zeichen. Am besten ist ein Satz aus mehreren Wörtern.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen sind verschieden.</translation>
    </message>
    <message>
        <source>The KeePass export is writing its file.</source>
        <translation>Der KeePass-Export schreibt gerade seine Datei.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>API user name</source>
        <translation>API-Benutzername</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Consumer Key</source>
        <translation>Consumer Key</translation>
    </message>
    <message>
        <source>Consumer Secret</source>
        <translation>Consumer Secret</translation>
    </message>
    <message>
        <source>Access Token</source>
        <translation>Access Token</translation>
    </message>
    <message>
        <source>Access Token Secret</source>
        <translation>Access Token Secret</translation>
    </message>
    <message>
        <source>License key</source>
        <translation>Lizenzschlüssel</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>ein Leerzeichen</translation>
    </message>
    <message>
        <source>a tab</source>
        <translation>ein Tabulator</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>ein Zeilenumbruch</translation>
    </message>
    <message>
        <source>a non-breaking space</source>
        <translation>ein geschütztes Leerzeichen</translation>
    </message>
    <message>
        <source>a narrow non-breaking space</source>
        <translation>ein schmales geschütztes Leerzeichen</translation>
    </message>
    <message>
        <source>a figure space</source>
        <translation>ein Ziffernleerzeichen</translation>
    </message>
    <message>
        <source>a zero-width space</source>
        <translation>ein Leerzeichen ohne Breite</translation>
    </message>
    <message>
        <source>a zero-width non-joiner</source>
        <translation>ein unsichtbarer Bindungsverhinderer</translation>
    </message>
    <message>
        <source>a zero-width joiner</source>
        <translation>ein unsichtbarer Verbinder</translation>
    </message>
    <message>
        <source>a word joiner</source>
        <translation>ein unsichtbarer Wortverbinder</translation>
    </message>
    <message>
        <source>a byte order mark (zero-width no-break space)</source>
        <translation>eine Byte-Order-Markierung (ein unsichtbares geschütztes Leerzeichen)</translation>
    </message>
    <message>
        <source>a soft hyphen</source>
        <translation>ein bedingter Trennstrich</translation>
    </message>
    <message>
        <source>an invisible zero-width character</source>
        <translation>ein unsichtbares Zeichen ohne Breite</translation>
    </message>
    <message>
        <source>a space character</source>
        <translation>ein Leerraumzeichen</translation>
    </message>
    <message>
        <source>a control character</source>
        <translation>ein Steuerzeichen</translation>
    </message>
</context>
<context>
    <name>FileRow</name>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(auswählen)</translation>
    </message>
</context>
<context>
    <name>FindingCard</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Gut zu wissen</translation>
    </message>
    <message>
        <source>Severity: %1</source>
        <translation>Gewicht: %1</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Was du tun kannst:</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Show the technical details</source>
        <translation>Technische Details zeigen</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>The shop address cannot be used.</source>
        <translation>Die Shop-Adresse ist nicht verwendbar.</translation>
    </message>
    <message>
        <source>The address must be the web address of your shop, as it appears in your browser.</source>
        <translation>Die Adresse muss die Webadresse deines Shops sein, so wie sie in deinem Browser erscheint.</translation>
    </message>
    <message>
        <source>Open your shop in a browser.</source>
        <translation>Öffne deinen Shop im Browser.</translation>
    </message>
    <message>
        <source>Copy the address of its home page from the address bar.</source>
        <translation>Kopiere die Adresse seiner Startseite aus der Adresszeile.</translation>
    </message>
    <message>
        <source>Paste it here and run the check again.</source>
        <translation>Füge sie hier ein und starte den Test erneut.</translation>
    </message>
    <message>
        <source>The shop&apos;s name cannot be found on the internet.</source>
        <translation>Der Name des Shops ist im Internet nicht zu finden.</translation>
    </message>
    <message>
        <source>Your computer asked for the address of this host name and got no answer. The name may be misspelt, or the domain&apos;s DNS records are missing.</source>
        <translation>Dein Computer hat nach der Adresse dieses Hostnamens gefragt und keine Antwort bekommen. Der Name ist vielleicht falsch geschrieben, oder die DNS-Einträge der Domain fehlen.</translation>
    </message>
    <message>
        <source>Check the spelling of the shop address.</source>
        <translation>Prüfe die Schreibweise der Shop-Adresse.</translation>
    </message>
    <message>
        <source>Open the address in a browser on this computer to see whether it loads.</source>
        <translation>Öffne die Adresse im Browser auf diesem Computer und sieh nach, ob sie lädt.</translation>
    </message>
    <message>
        <source>If the shop is new or has just moved, ask your hosting provider whether the DNS records are in place.</source>
        <translation>Ist der Shop neu oder gerade umgezogen, frag deinen Hoster, ob die DNS-Einträge gesetzt sind.</translation>
    </message>
    <message>
        <source>The shop&apos;s server refused the connection.</source>
        <translation>Der Server des Shops hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>The server exists but nothing answers on this port. The port in the address may be wrong, or the web server is down.</source>
        <translation>Den Server gibt es, aber auf diesem Port antwortet nichts. Der Port in der Adresse ist vielleicht falsch, oder der Webserver läuft nicht.</translation>
    </message>
    <message>
        <source>Check that the address uses the right port (usually none, or 443 for https).</source>
        <translation>Prüfe, ob die Adresse den richtigen Port nutzt (meist keinen, oder 443 für https).</translation>
    </message>
    <message>
        <source>Open the shop in a browser to see whether it is online.</source>
        <translation>Öffne den Shop im Browser und sieh nach, ob er online ist.</translation>
    </message>
    <message>
        <source>If it is down, ask your hosting provider to start the web server.</source>
        <translation>Ist er nicht erreichbar, bitte deinen Hoster, den Webserver zu starten.</translation>
    </message>
    <message>
        <source>The shop&apos;s server did not answer in time.</source>
        <translation>Der Server des Shops hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The connection attempt got no answer. A firewall may drop the traffic, or the server is overloaded or switched off.</source>
        <translation>Der Verbindungsversuch blieb ohne Antwort. Vielleicht verwirft eine Firewall die Anfragen, oder der Server ist überlastet oder ausgeschaltet.</translation>
    </message>
    <message>
        <source>Ask your hosting provider whether a firewall blocks connections to the shop.</source>
        <translation>Frag deinen Hoster, ob eine Firewall Verbindungen zum Shop blockiert.</translation>
    </message>
    <message>
        <source>Run the check again once the shop answers.</source>
        <translation>Starte den Test erneut, sobald der Shop antwortet.</translation>
    </message>
    <message>
        <source>The shop accepted the connection but did not answer in time.</source>
        <translation>Der Shop hat die Verbindung angenommen, aber nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The web server took too long to respond. The shop may be overloaded or a request hangs in the shop.</source>
        <translation>Der Webserver hat zu lange gebraucht. Vielleicht ist der Shop überlastet, oder eine Anfrage hängt im Shop.</translation>
    </message>
    <message>
        <source>Open the shop in a browser and check how fast it loads.</source>
        <translation>Öffne den Shop im Browser und prüfe, wie schnell er lädt.</translation>
    </message>
    <message>
        <source>Ask your hosting provider to look at the server load and the web server&apos;s error log.</source>
        <translation>Bitte deinen Hoster, sich die Serverlast und das Fehlerprotokoll des Webservers anzusehen.</translation>
    </message>
    <message>
        <source>Run the check again later.</source>
        <translation>Starte den Test später erneut.</translation>
    </message>
    <message>
        <source>The shop&apos;s certificate is not trusted.</source>
        <translation>Dem Zertifikat des Shops wird nicht vertraut.</translation>
    </message>
    <message>
        <source>The shop presents a TLS certificate that no trusted authority vouches for, for example a self-signed one. cobby&apos;s service will refuse it too.</source>
        <translation>Der Shop zeigt ein TLS-Zertifikat, für das keine vertrauenswürdige Stelle bürgt, zum Beispiel ein selbst signiertes. cobbys Dienst wird es auch ablehnen.</translation>
    </message>
    <message>
        <source>Install a certificate from a public certificate authority on the shop (for example a free Let&apos;s Encrypt certificate); your hosting provider can do this.</source>
        <translation>Installiere im Shop ein Zertifikat einer öffentlichen Zertifizierungsstelle (zum Beispiel ein kostenloses Let’s-Encrypt-Zertifikat). Das kann dein Hoster für dich tun.</translation>
    </message>
    <message>
        <source>Only if you are sure this is your shop&apos;s own certificate, you may trust exactly this certificate in cobby Desktop by its fingerprint. cobby&apos;s cloud service still needs a publicly trusted certificate.</source>
        <translation>Nur wenn du sicher bist, dass es das eigene Zertifikat deines Shops ist, kannst du in cobby Desktop genau diesem Zertifikat über seinen Fingerabdruck vertrauen. cobbys Cloud-Dienst braucht trotzdem ein öffentlich vertrauenswürdiges Zertifikat.</translation>
    </message>
    <message>
        <source>This address has no https.</source>
        <translation>Diese Adresse hat kein https.</translation>
    </message>
    <message>
        <source>The server at this address does not speak https (TLS) at all: it answers in plain http, so there is no certificate to check.</source>
        <translation>Der Server unter dieser Adresse spricht gar kein https (TLS): Er antwortet in einfachem http, es gibt also kein Zertifikat zu prüfen.</translation>
    </message>
    <message>
        <source>If the shop really has no https yet, enter the address with http:// instead of https:// and run the check again.</source>
        <translation>Hat der Shop wirklich noch kein https, gib die Adresse mit http:// statt https:// ein und starte den Test erneut.</translation>
    </message>
    <message>
        <source>Better: ask your hosting provider to set up https for the shop (for example a free Let&apos;s Encrypt certificate), so the API keys do not travel unencrypted.</source>
        <translation>Besser: Bitte deinen Hoster, https für den Shop einzurichten (zum Beispiel mit einem kostenlosen Let’s-Encrypt-Zertifikat), damit die API-Schlüssel nicht unverschlüsselt übers Netz gehen.</translation>
    </message>
    <message>
        <source>The shop has no https: the API keys travel unencrypted.</source>
        <translation>Der Shop hat kein https: Die API-Schlüssel gehen unverschlüsselt übers Netz.</translation>
    </message>
    <message>
        <source>The address was entered without https:// and the shop does not speak https, so the check went on over plain http. Anyone on the way between cobby and the shop can read the API keys.</source>
        <translation>Die Adresse wurde ohne https:// eingegeben, und der Shop spricht kein https, darum lief der Test über einfaches http weiter. Jeder auf dem Weg zwischen cobby und dem Shop kann die API-Schlüssel mitlesen.</translation>
    </message>
    <message>
        <source>Ask your hosting provider to set up https for the shop (for example a free Let&apos;s Encrypt certificate).</source>
        <translation>Bitte deinen Hoster, https für den Shop einzurichten (zum Beispiel mit einem kostenlosen Let’s-Encrypt-Zertifikat).</translation>
    </message>
    <message>
        <source>Then use the https:// address in cobby Desktop and in the cobby portal, and run the check again.</source>
        <translation>Nutze dann die https://-Adresse in cobby Desktop und im cobby-Portal und starte den Test erneut.</translation>
    </message>
    <message>
        <source>The shop&apos;s certificate has expired.</source>
        <translation>Das Zertifikat des Shops ist abgelaufen.</translation>
    </message>
    <message>
        <source>A certificate is valid only until a fixed date. After that, browsers and cobby refuse it.</source>
        <translation>Ein Zertifikat gilt nur bis zu einem festen Datum. Danach lehnen Browser und cobby es ab.</translation>
    </message>
    <message>
        <source>Ask your hosting provider to renew the shop&apos;s TLS certificate.</source>
        <translation>Bitte deinen Hoster, das TLS-Zertifikat des Shops zu erneuern.</translation>
    </message>
    <message>
        <source>Turn on automatic renewal so it does not happen again.</source>
        <translation>Schalte die automatische Erneuerung ein, damit das nicht wieder passiert.</translation>
    </message>
    <message>
        <source>Run the check again after the renewal.</source>
        <translation>Starte den Test nach der Erneuerung erneut.</translation>
    </message>
    <message>
        <source>The shop&apos;s certificate is made out for a different name.</source>
        <translation>Das Zertifikat des Shops ist auf einen anderen Namen ausgestellt.</translation>
    </message>
    <message>
        <source>The certificate does not list the host name you entered. Either the address is not the shop&apos;s main address, or the certificate is for another site.</source>
        <translation>Das Zertifikat nennt den eingegebenen Hostnamen nicht. Entweder ist die Adresse nicht die Hauptadresse des Shops, oder das Zertifikat gehört zu einer anderen Website.</translation>
    </message>
    <message>
        <source>Check whether the shop&apos;s main address differs, for example with or without www.</source>
        <translation>Prüfe, ob die Hauptadresse des Shops anders lautet, zum Beispiel mit oder ohne www.</translation>
    </message>
    <message>
        <source>If it does, use that address instead.</source>
        <translation>Wenn ja, nutze stattdessen diese Adresse.</translation>
    </message>
    <message>
        <source>Otherwise ask your hosting provider for a certificate that covers this host name.</source>
        <translation>Sonst bitte deinen Hoster um ein Zertifikat, das diesen Hostnamen abdeckt.</translation>
    </message>
    <message>
        <source>The shop presents a different certificate than the one you trusted.</source>
        <translation>Der Shop zeigt ein anderes Zertifikat als das, dem du vertraut hast.</translation>
    </message>
    <message>
        <source>You trusted one exact certificate for this shop. The shop now presents another one. This can be a renewal, or someone between you and the shop.</source>
        <translation>Du hast für diesen Shop genau einem Zertifikat vertraut. Jetzt zeigt der Shop ein anderes. Das kann eine Erneuerung sein, oder jemand sitzt zwischen dir und dem Shop.</translation>
    </message>
    <message>
        <source>Ask your hosting provider whether the certificate was replaced.</source>
        <translation>Frag deinen Hoster, ob das Zertifikat ausgetauscht wurde.</translation>
    </message>
    <message>
        <source>If it was, remove the trusted certificate in the shop&apos;s settings and check again.</source>
        <translation>Wenn ja, entferne das vertraute Zertifikat in den Einstellungen des Shops und teste erneut.</translation>
    </message>
    <message>
        <source>If nobody changed it, do not continue: the connection may be intercepted.</source>
        <translation>Hat niemand es geändert, mach nicht weiter: Die Verbindung wird vielleicht abgefangen.</translation>
    </message>
    <message>
        <source>This shop is trusted through one pinned certificate.</source>
        <translation>Diesem Shop wird über ein einzelnes, fest hinterlegtes Zertifikat vertraut.</translation>
    </message>
    <message>
        <source>You chose to trust exactly this certificate. cobby Desktop accepts it, but cobby&apos;s cloud service needs a publicly trusted certificate.</source>
        <translation>Du hast entschieden, genau diesem Zertifikat zu vertrauen. cobby Desktop nimmt es an, aber cobbys Cloud-Dienst braucht ein öffentlich vertrauenswürdiges Zertifikat.</translation>
    </message>
    <message>
        <source>Install a certificate from a public certificate authority on the shop when you can.</source>
        <translation>Installiere im Shop ein Zertifikat einer öffentlichen Zertifizierungsstelle, sobald du kannst.</translation>
    </message>
    <message>
        <source>Then remove the pinned certificate from the shop&apos;s settings.</source>
        <translation>Entferne dann das fest hinterlegte Zertifikat aus den Einstellungen des Shops.</translation>
    </message>
    <message>
        <source>The shop address redirects to another address.</source>
        <translation>Die Shop-Adresse leitet auf eine andere Adresse weiter.</translation>
    </message>
    <message>
        <source>The shop forwards requests to a different address. API requests must go to the final address directly, so the check used that one.</source>
        <translation>Der Shop leitet Anfragen an eine andere Adresse weiter. API-Anfragen müssen direkt an die endgültige Adresse gehen, darum hat der Test diese verwendet.</translation>
    </message>
    <message>
        <source>Use the address shown in the details as the shop URL in the cobby portal&apos;s shop connection settings.</source>
        <translation>Trag die in den Details gezeigte Adresse als Shop-URL in den Einstellungen der Shop-Verbindung im cobby-Portal ein.</translation>
    </message>
    <message>
        <source>Save the shop in cobby Desktop with that address too.</source>
        <translation>Speichere den Shop auch in cobby Desktop mit dieser Adresse.</translation>
    </message>
    <message>
        <source>The shop&apos;s answer was too large.</source>
        <translation>Die Antwort des Shops war zu groß.</translation>
    </message>
    <message>
        <source>The shop sent far more data than an API answer holds (or a compressed answer that unpacks to an enormous size). The check stopped reading it.</source>
        <translation>Der Shop hat viel mehr Daten geschickt, als eine API-Antwort enthält (oder eine komprimierte Antwort, die entpackt riesig wird). Der Test hat aufgehört, sie zu lesen.</translation>
    </message>
    <message>
        <source>Open the shop address in a browser and check that it is your shop.</source>
        <translation>Öffne die Shop-Adresse im Browser und prüfe, ob es dein Shop ist.</translation>
    </message>
    <message>
        <source>Ask your hosting provider or developer what the shop sends at the address shown in the details.</source>
        <translation>Frag deinen Hoster oder Entwickler, was der Shop unter der in den Details gezeigten Adresse sendet.</translation>
    </message>
    <message>
        <source>The shop&apos;s answer could not be read.</source>
        <translation>Die Antwort des Shops war nicht lesbar.</translation>
    </message>
    <message>
        <source>The shop answered with data no API sends (for example JSON nested thousands of levels deep). The check stopped and sent nothing more.</source>
        <translation>Der Shop hat mit Daten geantwortet, die keine API sendet (zum Beispiel JSON, das tausende Ebenen tief verschachtelt ist). Der Test hat angehalten und nichts mehr gesendet.</translation>
    </message>
    <message>
        <source>Check that the shop address is right.</source>
        <translation>Prüfe, ob die Shop-Adresse stimmt.</translation>
    </message>
    <message>
        <source>The check took too long and was stopped.</source>
        <translation>Der Test hat zu lange gedauert und wurde gestoppt.</translation>
    </message>
    <message>
        <source>The shop answered so slowly (or trickled its answer byte by byte) that the check used up its time. Nothing more was sent.</source>
        <translation>Der Shop hat so langsam geantwortet (oder seine Antwort Byte für Byte geschickt), dass die Zeit des Tests abgelaufen ist. Es wurde nichts mehr gesendet.</translation>
    </message>
    <message>
        <source>Ask your hosting provider to look at the server load.</source>
        <translation>Bitte deinen Hoster, sich die Serverlast anzusehen.</translation>
    </message>
    <message>
        <source>Run the check again later, or give it more time with --timeout on the command line.</source>
        <translation>Starte den Test später erneut, oder gib ihm auf der Kommandozeile mit --timeout mehr Zeit.</translation>
    </message>
    <message>
        <source>The shop address sends visitors to another address.</source>
        <translation>Die Shop-Adresse schickt Besucher zu einer anderen Adresse.</translation>
    </message>
    <message>
        <source>The shop forwards requests to a different host or port. cobby Desktop sends your keys only to the address you entered, so the check stopped before sending any of them.</source>
        <translation>Der Shop leitet Anfragen an einen anderen Host oder Port weiter. cobby Desktop sendet deine Schlüssel nur an die eingegebene Adresse, darum hat der Test angehalten, bevor er einen davon gesendet hat.</translation>
    </message>
    <message>
        <source>Open the address shown in the details in a browser and make sure it is your shop.</source>
        <translation>Öffne die in den Details gezeigte Adresse im Browser und prüfe, ob es dein Shop ist.</translation>
    </message>
    <message>
        <source>If it is, use it as the shop address: choose &quot;Use this address&quot; in the app, or run the check again with --url and that address.</source>
        <translation>Wenn ja, nutze sie als Shop-Adresse: Wähle in der App „Diese Adresse nutzen“ oder starte den Test erneut mit --url und dieser Adresse.</translation>
    </message>
    <message>
        <source>If it is not your shop, do not continue and ask your hosting provider why the shop forwards visitors there.</source>
        <translation>Ist es nicht dein Shop, mach nicht weiter und frag deinen Hoster, warum der Shop Besucher dorthin weiterleitet.</translation>
    </message>
    <message>
        <source>The shop sends secure requests to an unencrypted address.</source>
        <translation>Der Shop schickt sichere Anfragen an eine unverschlüsselte Adresse.</translation>
    </message>
    <message>
        <source>The shop answered a secure (https) request with a redirect to plain http. Keys would travel unencrypted there, so the check stopped before sending any of them.</source>
        <translation>Der Shop hat eine sichere (https-)Anfrage mit einer Weiterleitung auf einfaches http beantwortet. Schlüssel gingen dort unverschlüsselt übers Netz, darum hat der Test angehalten, bevor er einen davon gesendet hat.</translation>
    </message>
    <message>
        <source>Ask your hosting provider or developer to make the shop&apos;s secure base URLs use https:// (Magento: Stores or System &gt; Configuration &gt; General &gt; Web).</source>
        <translation>Bitte deinen Hoster oder Entwickler, die sicheren Basis-URLs des Shops auf https:// zu stellen (Magento: Shops bzw. System &gt; Konfiguration &gt; Allgemein &gt; Web).</translation>
    </message>
    <message>
        <source>Run the check again once the shop stays on https.</source>
        <translation>Starte den Test erneut, sobald der Shop bei https bleibt.</translation>
    </message>
    <message>
        <source>The shop redirects to an address that cannot be a shop.</source>
        <translation>Der Shop leitet auf eine Adresse weiter, die kein Shop sein kann.</translation>
    </message>
    <message>
        <source>The shop forwarded the request to an address that is not a web address, or to an internal network or cloud metadata address. cobby Desktop never follows such a redirect and sent no key.</source>
        <translation>Der Shop hat die Anfrage an eine Adresse weitergeleitet, die keine Webadresse ist, oder an eine Adresse im internen Netz oder für Cloud-Metadaten. cobby Desktop folgt so einer Weiterleitung nie und hat keinen Schlüssel gesendet.</translation>
    </message>
    <message>
        <source>Check that the shop address you entered is right.</source>
        <translation>Prüfe, ob die eingegebene Shop-Adresse stimmt.</translation>
    </message>
    <message>
        <source>Ask your hosting provider or developer why the shop redirects there: the shop or something in front of it may be misconfigured or compromised.</source>
        <translation>Frag deinen Hoster oder Entwickler, warum der Shop dorthin weiterleitet: Der Shop oder etwas davor ist vielleicht falsch eingerichtet oder kompromittiert.</translation>
    </message>
    <message>
        <source>The shop is protected by a password prompt (HTTP basic auth).</source>
        <translation>Der Shop ist durch eine Passwortabfrage geschützt (HTTP Basic Auth).</translation>
    </message>
    <message>
        <source>A user name and password (HTTP basic auth) protects the shop, and it blocks cobby&apos;s service too.</source>
        <translation>Ein Benutzername und Passwort (HTTP Basic Auth) schützt den Shop und sperrt auch cobbys Dienst aus.</translation>
    </message>
    <message>
        <source>Ask your hosting provider or developer to exclude the path /api/cobby/ from the password protection (image previews also need /media/), or to let cobby&apos;s service addresses {addresses} through without a password.</source>
        <translation>Bitte deinen Hoster oder Entwickler, den Pfad /api/cobby/ vom Passwortschutz auszunehmen (Bildvorschauen brauchen auch /media/) oder die Adressen von cobbys Dienst {addresses} ohne Passwort durchzulassen.</translation>
    </message>
    <message>
        <source>To check the shop from this computer in the meantime, enter the basic-auth user name and password in cobby Desktop and run the check again.</source>
        <translation>Um den Shop in der Zwischenzeit von diesem Computer aus zu prüfen, gib Benutzername und Passwort der Passwortabfrage in cobby Desktop ein und starte den Test erneut.</translation>
    </message>
    <message>
        <source>Ask your hosting provider or developer to exclude the path /rest/ from the password protection (image previews also need /media/), or to let cobby&apos;s service addresses {addresses} through without a password.</source>
        <translation>Bitte deinen Hoster oder Entwickler, den Pfad /rest/ vom Passwortschutz auszunehmen (Bildvorschauen brauchen auch /media/) oder die Adressen von cobbys Dienst {addresses} ohne Passwort durchzulassen.</translation>
    </message>
    <message>
        <source>Run the check again after the change.</source>
        <translation>Starte den Test nach der Änderung erneut.</translation>
    </message>
    <message>
        <source>The basic-auth login was refused.</source>
        <translation>Die Anmeldung an der Passwortabfrage wurde abgelehnt.</translation>
    </message>
    <message>
        <source>cobby Desktop sent the basic-auth user name and password you entered, and the shop&apos;s password protection did not accept them.</source>
        <translation>cobby Desktop hat den eingegebenen Benutzernamen und das Passwort für die Passwortabfrage gesendet, und der Passwortschutz des Shops hat sie nicht angenommen.</translation>
    </message>
    <message>
        <source>Check the basic-auth user name and password with your hosting provider or developer (they are not your Magento admin login).</source>
        <translation>Prüfe Benutzername und Passwort der Passwortabfrage mit deinem Hoster oder Entwickler (es ist nicht dein Magento-Admin-Login).</translation>
    </message>
    <message>
        <source>Enter them again in cobby Desktop and run the check again.</source>
        <translation>Gib sie in cobby Desktop noch einmal ein und starte den Test erneut.</translation>
    </message>
    <message>
        <source>cobby&apos;s service cannot use this password: ask to exclude /api/cobby/ from the protection (and /media/ for image previews), or to let cobby&apos;s service addresses {addresses} through.</source>
        <translation>cobbys Dienst kann dieses Passwort nicht nutzen: Bitte darum, /api/cobby/ vom Schutz auszunehmen (und /media/ für Bildvorschauen) oder die Adressen von cobbys Dienst {addresses} durchzulassen.</translation>
    </message>
    <message>
        <source>Ask your hosting provider or developer to exclude the path /rest/ from the password protection (and /media/ for image previews), or to let cobby&apos;s service addresses {addresses} through.</source>
        <translation>Bitte deinen Hoster oder Entwickler, den Pfad /rest/ vom Passwortschutz auszunehmen (und /media/ für Bildvorschauen) oder die Adressen von cobbys Dienst {addresses} durchzulassen.</translation>
    </message>
    <message>
        <source>Remove the basic-auth password from this shop in cobby Desktop and run the check again.</source>
        <translation>Entferne das Passwort für die Passwortabfrage bei diesem Shop in cobby Desktop und starte den Test erneut.</translation>
    </message>
    <message>
        <source>The password protection will block cobby&apos;s service.</source>
        <translation>Der Passwortschutz wird cobbys Dienst aussperren.</translation>
    </message>
    <message>
        <source>The check passed with the basic-auth password you entered. cobby&apos;s service does not know that password, so the shop must let it through without one.</source>
        <translation>Der Test hat mit dem eingegebenen Passwort für die Passwortabfrage bestanden. cobbys Dienst kennt dieses Passwort nicht, also muss der Shop ihn ohne Passwort durchlassen.</translation>
    </message>
    <message>
        <source>Ask your hosting provider or developer to exclude the path /api/cobby/ from the password protection (image previews also need /media/).</source>
        <translation>Bitte deinen Hoster oder Entwickler, den Pfad /api/cobby/ vom Passwortschutz auszunehmen (Bildvorschauen brauchen auch /media/).</translation>
    </message>
    <message>
        <source>Or let cobby&apos;s service addresses {addresses} through without a password.</source>
        <translation>Oder lass die Adressen von cobbys Dienst {addresses} ohne Passwort durch.</translation>
    </message>
    <message>
        <source>Ask your hosting provider or developer to exclude the path /rest/ from the password protection (image previews also need /media/).</source>
        <translation>Bitte deinen Hoster oder Entwickler, den Pfad /rest/ vom Passwortschutz auszunehmen (Bildvorschauen brauchen auch /media/).</translation>
    </message>
    <message>
        <source>A firewall or CDN in front of the shop blocks the request.</source>
        <translation>Eine Firewall oder ein CDN vor dem Shop blockiert die Anfrage.</translation>
    </message>
    <message>
        <source>A web page came back where the shop&apos;s API should answer. A service such as Cloudflare or a web application firewall sits in front of Magento and stopped the request.</source>
        <translation>Wo die API des Shops antworten sollte, kam eine Webseite zurück. Ein Dienst wie Cloudflare oder eine Web Application Firewall sitzt vor Magento und hat die Anfrage gestoppt.</translation>
    </message>
    <message>
        <source>In your firewall or CDN settings, allow requests to /api/ (for example a Cloudflare WAF rule that skips /api/cobby/ and /api/xmlrpc/).</source>
        <translation>Erlaube in den Einstellungen deiner Firewall oder deines CDN Anfragen an /api/ (zum Beispiel mit einer Cloudflare-WAF-Regel, die /api/cobby/ und /api/xmlrpc/ auslässt).</translation>
    </message>
    <message>
        <source>Allow cobby&apos;s service addresses {addresses}.</source>
        <translation>Erlaube die Adressen von cobbys Dienst {addresses}.</translation>
    </message>
    <message>
        <source>Run the check again.</source>
        <translation>Starte den Test erneut.</translation>
    </message>
    <message>
        <source>In your firewall or CDN settings, allow requests to /rest/ (for example a Cloudflare WAF rule that skips /rest/).</source>
        <translation>Erlaube in den Einstellungen deiner Firewall oder deines CDN Anfragen an /rest/ (zum Beispiel mit einer Cloudflare-WAF-Regel, die /rest/ auslässt).</translation>
    </message>
    <message>
        <source>The shop is in maintenance mode.</source>
        <translation>Der Shop ist im Wartungsmodus.</translation>
    </message>
    <message>
        <source>The shop answers with Magento&apos;s maintenance page (&quot;Service Temporarily Unavailable&quot;, HTTP 503), so its API is switched off as well.</source>
        <translation>Der Shop antwortet mit Magentos Wartungsseite („Service Temporarily Unavailable“, HTTP 503), also ist auch seine API abgeschaltet.</translation>
    </message>
    <message>
        <source>Wait until the maintenance work is finished, or ask your developer to end maintenance mode (the file maintenance.flag in the shop&apos;s folder).</source>
        <translation>Warte, bis die Wartung vorbei ist, oder bitte deinen Entwickler, den Wartungsmodus zu beenden (die Datei maintenance.flag im Ordner des Shops).</translation>
    </message>
    <message>
        <source>Wait until the maintenance work is finished, or ask your developer to end maintenance mode (bin/magento maintenance:disable).</source>
        <translation>Warte, bis die Wartung vorbei ist, oder bitte deinen Entwickler, den Wartungsmodus zu beenden (bin/magento maintenance:disable).</translation>
    </message>
    <message>
        <source>The shop itself fails: Magento shows its error page.</source>
        <translation>Der Shop selbst scheitert: Magento zeigt seine Fehlerseite.</translation>
    </message>
    <message>
        <source>The shop answers with Magento&apos;s page &quot;There has been an error processing your request&quot; (HTTP 503). Magento could not run, for example because its database is down or PHP failed. This is not maintenance: waiting does not help.</source>
        <translation>Der Shop antwortet mit Magentos Seite „There has been an error processing your request“ (HTTP 503). Magento konnte nicht laufen, zum Beispiel weil die Datenbank nicht läuft oder PHP gescheitert ist. Das ist keine Wartung: Warten hilft nicht.</translation>
    </message>
    <message>
        <source>Open the shop in a browser: the error page may show an error log record number.</source>
        <translation>Öffne den Shop im Browser: Die Fehlerseite zeigt vielleicht eine Nummer des Fehlerprotokolls.</translation>
    </message>
    <message>
        <source>Ask your developer or hosting provider to read that report in the shop&apos;s folder var/report/ (the file is named after the number) and var/log/exception.log.</source>
        <translation>Bitte deinen Entwickler oder Hoster, diesen Bericht im Ordner var/report/ des Shops (die Datei trägt die Nummer als Namen) und var/log/exception.log zu lesen.</translation>
    </message>
    <message>
        <source>Ask your hosting provider whether the database and PHP are running.</source>
        <translation>Frag deinen Hoster, ob Datenbank und PHP laufen.</translation>
    </message>
    <message>
        <source>Run the check again after the fix.</source>
        <translation>Starte den Test nach der Behebung erneut.</translation>
    </message>
    <message>
        <source>The shop&apos;s server says it is unavailable (HTTP 503).</source>
        <translation>Der Server des Shops meldet sich als nicht verfügbar (HTTP 503).</translation>
    </message>
    <message>
        <source>The server answered &quot;service unavailable&quot; with a page that is neither Magento&apos;s maintenance page nor its error page. The web server, a proxy or the hosting is overloaded or not running the shop.</source>
        <translation>Der Server hat „service unavailable“ mit einer Seite beantwortet, die weder Magentos Wartungsseite noch seine Fehlerseite ist. Der Webserver, ein Proxy oder das Hosting ist überlastet oder führt den Shop nicht aus.</translation>
    </message>
    <message>
        <source>Open the shop in a browser to see what it shows.</source>
        <translation>Öffne den Shop im Browser und sieh nach, was er zeigt.</translation>
    </message>
    <message>
        <source>Ask your hosting provider why the server answers HTTP 503.</source>
        <translation>Frag deinen Hoster, warum der Server mit HTTP 503 antwortet.</translation>
    </message>
    <message>
        <source>No Magento shop answers at this address.</source>
        <translation>Unter dieser Adresse antwortet kein Magento-Shop.</translation>
    </message>
    <message>
        <source>The address answers, but not like a Magento shop: its API paths return ordinary web pages. It may be a different site, a landing page or the wrong folder.</source>
        <translation>Die Adresse antwortet, aber nicht wie ein Magento-Shop: Ihre API-Pfade liefern normale Webseiten. Vielleicht ist es eine andere Website, eine Landingpage oder der falsche Ordner.</translation>
    </message>
    <message>
        <source>Check that the address is your Magento shop&apos;s front page, not a blog or landing page.</source>
        <translation>Prüfe, ob die Adresse die Startseite deines Magento-Shops ist und kein Blog oder keine Landingpage.</translation>
    </message>
    <message>
        <source>If the shop lives in a sub-folder, include that folder in the address.</source>
        <translation>Liegt der Shop in einem Unterordner, nimm diesen Ordner in die Adresse auf.</translation>
    </message>
    <message>
        <source>The shop reported an internal error.</source>
        <translation>Der Shop hat einen internen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>Magento answered with an error of its own. The reason is written in the shop&apos;s log files.</source>
        <translation>Magento hat mit einem eigenen Fehler geantwortet. Der Grund steht in den Logdateien des Shops.</translation>
    </message>
    <message>
        <source>Ask your developer to look at var/log/exception.log and var/log/system.log in the shop.</source>
        <translation>Bitte deinen Entwickler, sich var/log/exception.log und var/log/system.log im Shop anzusehen.</translation>
    </message>
    <message>
        <source>Run the check again after the problem is fixed.</source>
        <translation>Starte den Test erneut, wenn das Problem behoben ist.</translation>
    </message>
    <message>
        <source>Ask your developer to look at var/log/exception.log and var/report/ in the shop.</source>
        <translation>Bitte deinen Entwickler, sich var/log/exception.log und var/report/ im Shop anzusehen.</translation>
    </message>
    <message>
        <source>No API credentials were given.</source>
        <translation>Es wurden keine API-Zugangsdaten angegeben.</translation>
    </message>
    <message>
        <source>The check needs the API credentials cobby uses to test them.</source>
        <translation>Der Test braucht die API-Zugangsdaten, die cobby nutzt, um sie zu prüfen.</translation>
    </message>
    <message>
        <source>Create or look up the cobby API user in the Magento admin under {m1_users}.</source>
        <translation>Lege den cobby-API-Benutzer im Magento-Admin unter {m1_users} an oder sieh ihn dort nach.</translation>
    </message>
    <message>
        <source>Enter its user name and API key and run the check again.</source>
        <translation>Gib seinen Benutzernamen und API-Schlüssel ein und starte den Test erneut.</translation>
    </message>
    <message>
        <source>Open the cobby integration in the Magento admin under {m2_integrations}.</source>
        <translation>Öffne die cobby-Integration im Magento-Admin unter {m2_integrations}.</translation>
    </message>
    <message>
        <source>Enter its four values and run the check again.</source>
        <translation>Gib ihre vier Werte ein und starte den Test erneut.</translation>
    </message>
    <message>
        <source>The key contains spaces or invisible characters.</source>
        <translation>Der Schlüssel enthält Leerzeichen oder unsichtbare Zeichen.</translation>
    </message>
    <message>
        <source>Copying from e-mails or documents often adds spaces, line breaks or invisible characters. Magento compares keys exactly, so it would reject this one.</source>
        <translation>Beim Kopieren aus E-Mails oder Dokumenten kommen oft Leerzeichen, Zeilenumbrüche oder unsichtbare Zeichen mit. Magento vergleicht Schlüssel genau und würde diesen ablehnen.</translation>
    </message>
    <message>
        <source>Copy the key again, without spaces before or after it.</source>
        <translation>Kopiere den Schlüssel noch einmal, ohne Leerzeichen davor oder danach.</translation>
    </message>
    <message>
        <source>If you are unsure, set a new API key under {m1_users}, user cobby, and save.</source>
        <translation>Bist du unsicher, setze unter {m1_users} beim Benutzer cobby einen neuen API-Schlüssel und speichere.</translation>
    </message>
    <message>
        <source>Paste the new key and run the check again.</source>
        <translation>Füge den neuen Schlüssel ein und starte den Test erneut.</translation>
    </message>
    <message>
        <source>Copy the value again, without spaces before or after it.</source>
        <translation>Kopiere den Wert noch einmal, ohne Leerzeichen davor oder danach.</translation>
    </message>
    <message>
        <source>The four values are shown under {m2_integrations} &gt; cobby &gt; Integration Details.</source>
        <translation>Die vier Werte stehen unter {m2_integrations} &gt; cobby &gt; Integrationsdetails.</translation>
    </message>
    <message>
        <source>Paste them and run the check again.</source>
        <translation>Füge sie ein und starte den Test erneut.</translation>
    </message>
    <message>
        <source>A credential does not have the expected format.</source>
        <translation>Ein Zugangswert hat nicht das erwartete Format.</translation>
    </message>
    <message>
        <source>The value cannot be right as typed, so nothing was sent to the shop.</source>
        <translation>So wie eingegeben kann der Wert nicht stimmen, darum wurde nichts an den Shop gesendet.</translation>
    </message>
    <message>
        <source>Check the key of the cobby API user under {m1_users}.</source>
        <translation>Prüfe den Schlüssel des cobby-API-Benutzers unter {m1_users}.</translation>
    </message>
    <message>
        <source>A key has at least 7 characters with letters and digits.</source>
        <translation>Ein Schlüssel hat mindestens 7 Zeichen mit Buchstaben und Ziffern.</translation>
    </message>
    <message>
        <source>Enter it again and run the check again.</source>
        <translation>Gib ihn noch einmal ein und starte den Test erneut.</translation>
    </message>
    <message>
        <source>Open {m2_integrations} &gt; cobby &gt; Integration Details.</source>
        <translation>Öffne {m2_integrations} &gt; cobby &gt; Integrationsdetails.</translation>
    </message>
    <message>
        <source>Each of the four values is exactly 32 characters of digits and lower-case letters; check that each is pasted into its own field.</source>
        <translation>Jeder der vier Werte besteht aus genau 32 Ziffern und Kleinbuchstaben. Prüfe, ob jeder in sein eigenes Feld eingefügt ist.</translation>
    </message>
    <message>
        <source>The shop rejected the API user name or key.</source>
        <translation>Der Shop hat den API-Benutzernamen oder den Schlüssel abgelehnt.</translation>
    </message>
    <message>
        <source>Magento does not say which part is wrong: the user name, the key, an inactive user or a user without a role all give the same answer.</source>
        <translation>Magento sagt nicht, was falsch ist: Benutzername, Schlüssel, ein inaktiver Benutzer oder ein Benutzer ohne Rolle geben alle dieselbe Antwort.</translation>
    </message>
    <message>
        <source>In the Magento admin open {m1_users} and find the user (usually cobby_api).</source>
        <translation>Öffne im Magento-Admin {m1_users} und such den Benutzer (meist cobby_api).</translation>
    </message>
    <message>
        <source>Check that the user name matches exactly and the account is active.</source>
        <translation>Prüfe, ob der Benutzername genau stimmt und das Konto aktiv ist.</translation>
    </message>
    <message>
        <source>On the user&apos;s User Role tab, check that it has a role (usually cobby).</source>
        <translation>Prüfe im Reiter Benutzerrolle des Benutzers, ob er eine Rolle hat (meist cobby).</translation>
    </message>
    <message>
        <source>Enter a new API Key and confirm it, save, and use that key here.</source>
        <translation>Gib einen neuen API-Schlüssel ein, bestätige ihn, speichere und nutze diesen Schlüssel hier.</translation>
    </message>
    <message>
        <source>The API user may not use cobby&apos;s functions.</source>
        <translation>Der API-Benutzer darf cobbys Funktionen nicht nutzen.</translation>
    </message>
    <message>
        <source>The login works, but the user&apos;s role does not include the cobby resource.</source>
        <translation>Die Anmeldung klappt, aber die Rolle des Benutzers enthält die cobby-Ressource nicht.</translation>
    </message>
    <message>
        <source>In the Magento admin open {m1_roles} and select the cobby role.</source>
        <translation>Öffne im Magento-Admin {m1_roles} und wähle die Rolle cobby.</translation>
    </message>
    <message>
        <source>On Role Resources, tick cobby (or set Resource Access to All) and save.</source>
        <translation>Hake unter Rollen-Ressourcen cobby an (oder setze „Zugriff auf Ressource“ auf Alle) und speichere.</translation>
    </message>
    <message>
        <source>Under {m1_users}, check that the API user has this role.</source>
        <translation>Prüfe unter {m1_users}, ob der API-Benutzer diese Rolle hat.</translation>
    </message>
    <message>
        <source>The cobby connector is not installed in the shop, or it is switched off.</source>
        <translation>Der cobby-Connector ist im Shop nicht installiert oder ausgeschaltet.</translation>
    </message>
    <message>
        <source>Magento&apos;s API answers, but cobby&apos;s own API path /api/cobby/json does not exist. From outside, a connector switched off looks exactly like a missing one.</source>
        <translation>Die API von Magento antwortet, aber cobbys eigener API-Pfad /api/cobby/json existiert nicht. Von außen sieht ein ausgeschalteter Connector genauso aus wie ein fehlender.</translation>
    </message>
    <message>
        <source>If the connector is not installed: install it with composer (package cobbyio/cobby-connector-magento) or copy its files into the shop, as cobby&apos;s installation guide says.</source>
        <translation>Ist der Connector nicht installiert: Installiere ihn mit composer (Paket cobbyio/cobby-connector-magento) oder kopiere seine Dateien in den Shop, wie es cobbys Installationsanleitung beschreibt.</translation>
    </message>
    <message>
        <source>If it is installed: check that app/etc/modules/Cobby_Connector.xml contains &lt;active&gt;true&lt;/active&gt;.</source>
        <translation>Ist er installiert: Prüfe, ob app/etc/modules/Cobby_Connector.xml &lt;active&gt;true&lt;/active&gt; enthält.</translation>
    </message>
    <message>
        <source>Refresh the cache under System &gt; Cache Management (and recompile under System &gt; Tools &gt; Compilation if the compiler is on), then log out of the admin and back in.</source>
        <translation>Aktualisiere den Cache unter System &gt; Cache-Verwaltung (und kompiliere neu unter System &gt; Werkzeuge &gt; Compiler, wenn der Compiler an ist). Melde dich dann im Admin ab und wieder an.</translation>
    </message>
    <message>
        <source>The shop did not accept the integration&apos;s values.</source>
        <translation>Der Shop hat die Werte der Integration nicht angenommen.</translation>
    </message>
    <message>
        <source>Every request is signed with the integration&apos;s four values, and Magento refused them. Usually one value is wrong, or a proxy in front of the shop changes the address Magento sees.</source>
        <translation>Jede Anfrage wird mit den vier Werten der Integration signiert, und Magento hat sie abgelehnt. Meist ist ein Wert falsch, oder ein Proxy vor dem Shop ändert die Adresse, die Magento sieht.</translation>
    </message>
    <message>
        <source>If they are right, send the report to your developer: a proxy or load balancer in front of the shop probably changes the address Magento sees.</source>
        <translation>Stimmen sie, schick den Bericht an deine Entwicklerin oder deinen Entwickler: Wahrscheinlich ändert ein Proxy oder Load Balancer vor dem Shop die Adresse, die Magento sieht.</translation>
    </message>
    <message>
        <source>The shop&apos;s web server holds back cobby&apos;s login.</source>
        <translation>Der Webserver des Shops hält cobbys Anmeldung zurück.</translation>
    </message>
    <message>
        <source>Magento never sees the integration&apos;s values: the shop&apos;s web server removes the login from every request before Magento gets it.</source>
        <translation>Magento sieht die Werte der Integration nie: Der Webserver des Shops entfernt die Anmeldung aus jeder Anfrage, bevor Magento sie bekommt.</translation>
    </message>
    <message>
        <source>The shop accepts the integration&apos;s values, but the integration&apos;s access does not include cobby&apos;s functions.</source>
        <translation>Der Shop nimmt die Werte der Integration an, aber ihr Zugriff umfasst cobbys Funktionen nicht.</translation>
    </message>
    <message>
        <source>The credentials work. cobby&apos;s service has not used them yet: it does once they are entered in cobby&apos;s portal.</source>
        <translation>Die Zugangsdaten funktionieren. Der cobby-Dienst hat sie noch nicht benutzt: Das passiert, sobald sie im cobby-Portal eingetragen sind.</translation>
    </message>
    <message>
        <source>{host} port {port} answered the https handshake in plain http (no certificate).</source>
        <translation>{host} Port {port} hat auf den https-Verbindungsaufbau in einfachem http geantwortet (kein Zertifikat).</translation>
    </message>
    <message>
        <source>The check used {url}.</source>
        <translation>Der Test hat {url} verwendet.</translation>
    </message>
    <message>
        <source>{url} answered HTTP {status} with Magento&apos;s maintenance page.</source>
        <translation>{url} hat mit HTTP {status} und der Wartungsseite von Magento geantwortet.</translation>
    </message>
    <message>
        <source>{url} answered HTTP {status} with Magento&apos;s error page.</source>
        <translation>{url} hat mit HTTP {status} und der Fehlerseite von Magento geantwortet.</translation>
    </message>
    <message>
        <source>{url} answered HTTP {status} with Magento&apos;s error page; error log record number {report}.</source>
        <translation>{url} hat mit HTTP {status} und der Fehlerseite von Magento geantwortet; Fehlerprotokoll-Nummer {report}.</translation>
    </message>
    <message>
        <source>{url} answered HTTP {status} with a page of the web server.</source>
        <translation>{url} hat mit HTTP {status} und einer Seite des Webservers geantwortet.</translation>
    </message>
    <message>
        <source>The whole shop asks for a password: {url} answered HTTP 401.</source>
        <translation>Der ganze Shop fragt nach einem Passwort: {url} hat mit HTTP 401 geantwortet.</translation>
    </message>
    <message>
        <source>Only the API asks for a password: the shop&apos;s pages open, {url} answered HTTP 401.</source>
        <translation>Nur die API fragt nach einem Passwort: Die Seiten des Shops öffnen sich, {url} hat mit HTTP 401 geantwortet.</translation>
    </message>
    <message>
        <source>Only the REST API asks for a password: the shop&apos;s pages open, {url} answered HTTP 401.</source>
        <translation>Nur die REST-API fragt nach einem Passwort: Die Seiten des Shops öffnen sich, {url} hat mit HTTP 401 geantwortet.</translation>
    </message>
    <message>
        <source>The whole shop is protected: {url} answered HTTP 401 to the user name {user}.</source>
        <translation>Der ganze Shop ist geschützt: {url} hat dem Benutzernamen {user} mit HTTP 401 geantwortet.</translation>
    </message>
    <message>
        <source>Only the API is protected: {url} answered HTTP 401 to the user name {user}.</source>
        <translation>Nur die API ist geschützt: {url} hat dem Benutzernamen {user} mit HTTP 401 geantwortet.</translation>
    </message>
    <message>
        <source>Only the REST API is protected: {url} answered HTTP 401 to the user name {user}.</source>
        <translation>Nur die REST-API ist geschützt: {url} hat dem Benutzernamen {user} mit HTTP 401 geantwortet.</translation>
    </message>
    <message>
        <source>The check used the basic-auth user name {user}.</source>
        <translation>Der Test hat den Basic-Auth-Benutzernamen {user} verwendet.</translation>
    </message>
    <message>
        <source>{url} is missing.</source>
        <translation>{url} fehlt.</translation>
    </message>
    <message>
        <source>{url} is missing while Magento&apos;s own routes answer.</source>
        <translation>{url} fehlt, während die eigenen Routen von Magento antworten.</translation>
    </message>
    <message>
        <source>{url} answers: that is the route of cobby 1.x (Mash2_Cobby), while /api/cobby/json is missing.</source>
        <translation>{url} antwortet: Das ist die Route von cobby 1.x (Mash2_Cobby), während /api/cobby/json fehlt.</translation>
    </message>
    <message>
        <source>cobby&apos;s queue route answers but {url} is missing: that is the connector of cobby 1.x (Mash2_Cobby).</source>
        <translation>Die Warteschlangen-Route von cobby antwortet, aber {url} fehlt: Das ist der Connector von cobby 1.x (Mash2_Cobby).</translation>
    </message>
    <message>
        <source>The connector (version {version}) reports cobby_active: false.</source>
        <translation>Der Connector (Version {version}) meldet cobby_active: false.</translation>
    </message>
    <message>
        <source>The shop rejected the request&apos;s time stamp.</source>
        <translation>Der Shop hat den Zeitstempel der Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>The shop&apos;s clock is {seconds} seconds ahead of this computer&apos;s clock.</source>
        <translation>Die Uhr des Shops geht {seconds} Sekunden vor der Uhr dieses Computers.</translation>
    </message>
    <message>
        <source>The shop&apos;s clock is {seconds} seconds behind this computer&apos;s clock.</source>
        <translation>Die Uhr des Shops geht {seconds} Sekunden hinter der Uhr dieses Computers.</translation>
    </message>
    <message>
        <source>The shop answered &quot;Specified token does not exist&quot;: it does not know this Access Token.</source>
        <translation>Der Shop hat „Specified token does not exist“ geantwortet: Er kennt diesen Access Token nicht.</translation>
    </message>
    <message>
        <source>The shop answered &quot;A consumer having the specified key does not exist&quot;: it does not know this Consumer Key.</source>
        <translation>Der Shop hat „A consumer having the specified key does not exist“ geantwortet: Er kennt diesen Consumer Key nicht.</translation>
    </message>
    <message>
        <source>Every route under {url} answered &quot;Request does not match any route.&quot;, Magento&apos;s own routes included: the store code {store_code} does not exist.</source>
        <translation>Jede Route unter {url} hat „Request does not match any route.“ geantwortet, auch die eigenen Routen von Magento: Den Store-Code {store_code} gibt es nicht.</translation>
    </message>
    <message>
        <source>{url} answered HTTP {status} with a web page instead of the API.</source>
        <translation>{url} hat mit HTTP {status} und einer Webseite statt der API geantwortet.</translation>
    </message>
    <message>
        <source>{url} answered with a web page instead of the API.</source>
        <translation>{url} hat mit einer Webseite statt der API geantwortet.</translation>
    </message>
    <message>
        <source>{url} did not answer like Magento&apos;s API.</source>
        <translation>{url} hat nicht wie die API von Magento geantwortet.</translation>
    </message>
    <message>
        <source>None of Magento&apos;s API paths answered at {url}.</source>
        <translation>Unter {url} hat keiner der API-Pfade von Magento geantwortet.</translation>
    </message>
    <message>
        <source>{url} did not answer like the API, while Magento&apos;s core API did: something in front of the shop blocks cobby&apos;s path.</source>
        <translation>{url} hat nicht wie die API geantwortet, die Kern-API von Magento aber schon: Etwas vor dem Shop sperrt den Pfad von cobby.</translation>
    </message>
    <message>
        <source>{url} answered HTTP {status}.</source>
        <translation>{url} hat mit HTTP {status} geantwortet.</translation>
    </message>
    <message>
        <source>Server: {server}.</source>
        <translation>Server: {server}.</translation>
    </message>
    <message>
        <source>Cloudflare Ray ID: {ray}.</source>
        <translation>Cloudflare-Ray-ID: {ray}.</translation>
    </message>
    <message>
        <source>{url} redirects (HTTP {status}) to an address that was not followed.</source>
        <translation>{url} leitet (HTTP {status}) an eine Adresse weiter, der die Prüfung nicht gefolgt ist.</translation>
    </message>
    <message>
        <source>{url} redirects (HTTP {status}) to {target}.</source>
        <translation>{url} leitet (HTTP {status}) weiter an {target}.</translation>
    </message>
    <message>
        <source>{url} redirects to {target}.</source>
        <translation>{url} leitet weiter an {target}.</translation>
    </message>
    <message>
        <source>{url} redirects more than three times.</source>
        <translation>{url} leitet mehr als dreimal weiter.</translation>
    </message>
    <message>
        <source>{url} redirects (HTTP {status}) to {target}. The check went on with {target}.</source>
        <translation>{url} leitet (HTTP {status}) weiter an {target}. Die Prüfung ging mit {target} weiter.</translation>
    </message>
    <message>
        <source>The name {host} does not resolve to an address.</source>
        <translation>Zum Namen {host} gibt es keine Adresse.</translation>
    </message>
    <message>
        <source>{host} port {port} refused the connection.</source>
        <translation>{host} hat auf Port {port} die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>{host} port {port} did not answer within {seconds} seconds.</source>
        <translation>{host} hat auf Port {port} nicht innerhalb von {seconds} Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>{host} port {port} could not be reached within {seconds} seconds.</source>
        <translation>{host} war auf Port {port} innerhalb von {seconds} Sekunden nicht erreichbar.</translation>
    </message>
    <message>
        <source>{host} port {port} could not be reached.</source>
        <translation>{host} war auf Port {port} nicht erreichbar.</translation>
    </message>
    <message>
        <source>{host} port {port} did not complete the TLS handshake.</source>
        <translation>{host} hat auf Port {port} den TLS-Verbindungsaufbau nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>The certificate of {host} was refused.</source>
        <translation>Das Zertifikat von {host} wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The certificate of {host} is not the pinned one.</source>
        <translation>Das Zertifikat von {host} ist nicht das fest hinterlegte.</translation>
    </message>
    <message>
        <source>Certificate subject: {subject}. Issued by: {issuer}. Valid until: {until} UTC. SHA-256 fingerprint: {sha256}.</source>
        <translation>Zertifikat für: {subject}. Ausgestellt von: {issuer}. Gültig bis: {until} UTC. SHA-256-Fingerabdruck: {sha256}.</translation>
    </message>
    <message>
        <source>The system reported: {error}.</source>
        <translation>Das System meldet: {error}.</translation>
    </message>
    <message>
        <source>The host name of {url} does not resolve to an address.</source>
        <translation>Zum Hostnamen von {url} gibt es keine Adresse.</translation>
    </message>
    <message>
        <source>The server refused the connection to {url}.</source>
        <translation>Der Server hat die Verbindung zu {url} abgelehnt.</translation>
    </message>
    <message>
        <source>{url} did not answer in time.</source>
        <translation>{url} hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The certificate of {url} is not trusted.</source>
        <translation>Dem Zertifikat von {url} wird nicht vertraut.</translation>
    </message>
    <message>
        <source>The certificate of {url} has expired.</source>
        <translation>Das Zertifikat von {url} ist abgelaufen.</translation>
    </message>
    <message>
        <source>The certificate of {url} is made out for another name.</source>
        <translation>Das Zertifikat von {url} ist auf einen anderen Namen ausgestellt.</translation>
    </message>
    <message>
        <source>The encrypted connection to {url} failed.</source>
        <translation>Die verschlüsselte Verbindung zu {url} ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>{url} showed another certificate than the pinned one.</source>
        <translation>{url} hat ein anderes Zertifikat gezeigt als das fest hinterlegte.</translation>
    </message>
    <message>
        <source>The answer from {url} was larger than the check accepts.</source>
        <translation>Die Antwort von {url} war größer, als die Prüfung annimmt.</translation>
    </message>
    <message>
        <source>The check did not follow {url}: it is not the shop&apos;s address.</source>
        <translation>Die Prüfung ist {url} nicht gefolgt: Das ist nicht die Adresse des Shops.</translation>
    </message>
    <message>
        <source>{url} is not a usable web address.</source>
        <translation>{url} ist keine brauchbare Webadresse.</translation>
    </message>
    <message>
        <source>{url} redirects to an unusable address.</source>
        <translation>{url} leitet an eine unbrauchbare Adresse weiter.</translation>
    </message>
    <message>
        <source>The check&apos;s time ran out at {url}.</source>
        <translation>Bei {url} war die Zeit für die Prüfung abgelaufen.</translation>
    </message>
    <message>
        <source>The request to {url} failed.</source>
        <translation>Die Anfrage an {url} ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The shop refused the login at {url}.</source>
        <translation>Der Shop hat die Anmeldung unter {url} abgelehnt.</translation>
    </message>
    <message>
        <source>The shop answered: &quot;{fault}&quot;</source>
        <translation>Der Shop hat geantwortet: „{fault}“</translation>
    </message>
    <message>
        <source>The check used the REST API at {url}.</source>
        <translation>Die Prüfung hat die REST-API unter {url} benutzt.</translation>
    </message>
    <message>
        <source>The check could not read the shop&apos;s answer ({error}).</source>
        <translation>Die Prüfung konnte die Antwort des Shops nicht lesen ({error}).</translation>
    </message>
    <message>
        <source>The API user name is empty.</source>
        <translation>Der Name des API-Benutzers ist leer.</translation>
    </message>
    <message>
        <source>The API key is empty.</source>
        <translation>Der API-Schlüssel ist leer.</translation>
    </message>
    <message>
        <source>The API user name and the API key are empty.</source>
        <translation>Der Name des API-Benutzers und der API-Schlüssel sind leer.</translation>
    </message>
    <message>
        <source>The Consumer Key is missing.</source>
        <translation>Der Consumer Key fehlt.</translation>
    </message>
    <message>
        <source>The Consumer Secret is missing.</source>
        <translation>Das Consumer Secret fehlt.</translation>
    </message>
    <message>
        <source>The Access Token is missing.</source>
        <translation>Der Access Token fehlt.</translation>
    </message>
    <message>
        <source>The Access Token Secret is missing.</source>
        <translation>Das Access Token Secret fehlt.</translation>
    </message>
    <message>
        <source>The shop still holds the placeholder license key.</source>
        <translation>Im Shop steht noch der Platzhalter statt eines Lizenzschlüssels.</translation>
    </message>
    <message>
        <source>The shop&apos;s license key differs from the workspace&apos;s license key (shop key tag {shop_tag}, workspace key tag {workspace_tag}).</source>
        <translation>Der Lizenzschlüssel im Shop weicht vom Lizenzschlüssel des Workspaces ab (Kennung im Shop {shop_tag}, Kennung im Workspace {workspace_tag}).</translation>
    </message>
    <message>
        <source>The time ran out before the address was checked.</source>
        <translation>Die Zeit war abgelaufen, bevor die Adresse geprüft wurde.</translation>
    </message>
    <message>
        <source>The time ran out before the name lookup.</source>
        <translation>Die Zeit war abgelaufen, bevor der Name nachgeschlagen wurde.</translation>
    </message>
    <message>
        <source>The time ran out before the connection test.</source>
        <translation>Die Zeit war abgelaufen, bevor die Verbindung getestet wurde.</translation>
    </message>
    <message>
        <source>The time ran out before the certificate check.</source>
        <translation>Die Zeit war abgelaufen, bevor das Zertifikat geprüft wurde.</translation>
    </message>
    <message>
        <source>The time ran out before the first request to the shop.</source>
        <translation>Die Zeit war abgelaufen, bevor die erste Anfrage an den Shop ging.</translation>
    </message>
    <message>
        <source>The time ran out before the Magento version was detected.</source>
        <translation>Die Zeit war abgelaufen, bevor die Magento-Version erkannt wurde.</translation>
    </message>
    <message>
        <source>The time ran out before the credentials were tested.</source>
        <translation>Die Zeit war abgelaufen, bevor die Zugangsdaten getestet wurden.</translation>
    </message>
    <message>
        <source>The time ran out before cobby&apos;s connector was checked.</source>
        <translation>Die Zeit war abgelaufen, bevor der Connector von cobby geprüft wurde.</translation>
    </message>
    <message>
        <source>Copy all four values again, each into its own field.</source>
        <translation>Kopiere alle vier Werte noch einmal, jeden in sein eigenes Feld.</translation>
    </message>
    <message>
        <source>A basic-auth password cannot help on Magento 2: each request can carry only one login, and cobby&apos;s integration values need it, for cobby&apos;s service and for this check alike.</source>
        <translation>Bei Magento 2 hilft ein Passwort für die Passwortabfrage nicht: Jede Anfrage kann nur eine Anmeldung mitschicken, und die brauchen die Werte der cobby-Integration, bei cobbys Dienst genauso wie bei diesem Test.</translation>
    </message>
    <message>
        <source>These values are not (or no longer) this shop&apos;s.</source>
        <translation>Diese Werte gehören nicht (oder nicht mehr) zu diesem Shop.</translation>
    </message>
    <message>
        <source>The shop does not know this consumer key or access token: the integration was deleted, reauthorized (which issues a new access token) or not yet activated, or the values belong to another shop.</source>
        <translation>Der Shop kennt diesen Konsumentenschlüssel oder dieses Zugriffstoken nicht: Die Integration wurde gelöscht, erneut genehmigt (das erzeugt ein neues Zugriffstoken) oder noch nicht aktiviert, oder die Werte gehören zu einem anderen Shop.</translation>
    </message>
    <message>
        <source>In the Magento admin open {m2_integrations}.</source>
        <translation>Öffne im Magento-Admin {m2_integrations}.</translation>
    </message>
    <message>
        <source>If the cobby integration is missing, create it again; if its status is Inactive, click Activate and Allow.</source>
        <translation>Fehlt die cobby-Integration, lege sie neu an. Ist ihr Status Inaktiv, klicke auf Aktivieren und Erlauben.</translation>
    </message>
    <message>
        <source>Open Integration Details and copy all four values again, each into its own field.</source>
        <translation>Öffne die Integrationsdetails und kopiere alle vier Werte noch einmal, jeden in sein eigenes Feld.</translation>
    </message>
    <message>
        <source>The shop does not know this store code.</source>
        <translation>Der Shop kennt diesen Store-Code nicht.</translation>
    </message>
    <message>
        <source>Magento answers, but every REST route under this store code answers &quot;Request does not match any route.&quot;: there is no store view with this code.</source>
        <translation>Magento antwortet, aber jede REST-Route unter diesem Store-Code antwortet „Request does not match any route.“: Es gibt keine Store View mit diesem Code.</translation>
    </message>
    <message>
        <source>In the Magento admin open Stores &gt; All Stores and look up the store view&apos;s code.</source>
        <translation>Öffne im Magento-Admin Shops &gt; Alle Shops und sieh den Code der Store View nach.</translation>
    </message>
    <message>
        <source>Enter that code in cobby Desktop (or leave it empty for the default store view) and run the check again.</source>
        <translation>Gib diesen Code in cobby Desktop ein (oder lass ihn für die Standard-Store-View leer) und starte den Test erneut.</translation>
    </message>
    <message>
        <source>Ask your hosting provider or developer to pass the Authorization header to PHP (Apache with FastCGI: CGIPassAuth On, or SetEnvIf Authorization in .htaccess).</source>
        <translation>Bitte deinen Hoster oder Entwickler, den Authorization-Header an PHP weiterzugeben (Apache mit FastCGI: CGIPassAuth On, oder SetEnvIf Authorization in der .htaccess).</translation>
    </message>
    <message>
        <source>The integration may not use cobby&apos;s functions.</source>
        <translation>Die Integration darf cobbys Funktionen nicht nutzen.</translation>
    </message>
    <message>
        <source>In the Magento admin open {m2_integrations} and edit the cobby integration.</source>
        <translation>Öffne im Magento-Admin {m2_integrations} und bearbeite die cobby-Integration.</translation>
    </message>
    <message>
        <source>On the API tab, set Resource Access to Custom and tick cobby, then save.</source>
        <translation>Setze im Reiter API die Zugriffsrechte auf Benutzerdefiniert, hake cobby an und speichere.</translation>
    </message>
    <message>
        <source>Click Reauthorize, allow it, and copy the new Access Token and Access Token Secret.</source>
        <translation>Klicke auf „Nochmals genehmigen“, erlaube es und kopiere das neue Zugriffstoken und Zugriffstoken-Secret.</translation>
    </message>
    <message>
        <source>Enter them here and run the check again.</source>
        <translation>Gib sie hier ein und starte den Test erneut.</translation>
    </message>
    <message>
        <source>Magento&apos;s API answers, but cobby&apos;s API routes (/rest/V1/cobby/...) do not exist. From outside, a module switched off looks exactly like a missing one.</source>
        <translation>Die API von Magento antwortet, aber cobbys API-Routen (/rest/V1/cobby/...) existieren nicht. Von außen sieht ein ausgeschaltetes Modul genauso aus wie ein fehlendes.</translation>
    </message>
    <message>
        <source>If the connector is not installed yet, run composer require cobbyio/cobby-connector-magento2 in the shop&apos;s folder.</source>
        <translation>Ist der Connector noch nicht installiert, führe im Ordner des Shops composer require cobbyio/cobby-connector-magento2 aus.</translation>
    </message>
    <message>
        <source>Run bin/magento module:enable Cobby_Connector to switch it on.</source>
        <translation>Führe bin/magento module:enable Cobby_Connector aus, um ihn einzuschalten.</translation>
    </message>
    <message>
        <source>Run bin/magento setup:upgrade, and in production mode also bin/magento setup:di:compile.</source>
        <translation>Führe bin/magento setup:upgrade aus, im Produktionsmodus auch bin/magento setup:di:compile.</translation>
    </message>
    <message>
        <source>Run bin/magento cache:flush, then run the check again.</source>
        <translation>Führe bin/magento cache:flush aus und starte dann den Test erneut.</translation>
    </message>
    <message>
        <source>The shop runs the old cobby connector (Mash2_Cobby).</source>
        <translation>Der Shop nutzt den alten cobby-Connector (Mash2_Cobby).</translation>
    </message>
    <message>
        <source>The shop answers with the connector of cobby 1.x (module Mash2_Cobby). cobby&apos;s service needs its successor, Cobby_Connector.</source>
        <translation>Der Shop antwortet mit dem Connector von cobby 1.x (Modul Mash2_Cobby). cobbys Dienst braucht seinen Nachfolger, Cobby_Connector.</translation>
    </message>
    <message>
        <source>Ask your developer to remove the old module Mash2_Cobby (its files and app/etc/modules/Mash2_Cobby.xml).</source>
        <translation>Bitte deinen Entwickler, das alte Modul Mash2_Cobby zu entfernen (seine Dateien und app/etc/modules/Mash2_Cobby.xml).</translation>
    </message>
    <message>
        <source>Install the current connector with composer (package cobbyio/cobby-connector-magento) or by copying its files, as cobby&apos;s installation guide says.</source>
        <translation>Installiere den aktuellen Connector mit composer (Paket cobbyio/cobby-connector-magento) oder durch Kopieren seiner Dateien, wie es cobbys Installationsanleitung beschreibt.</translation>
    </message>
    <message>
        <source>Refresh the cache under System &gt; Cache Management, log out of the admin and back in, and run the check again.</source>
        <translation>Aktualisiere den Cache unter System &gt; Cache-Verwaltung, melde dich im Admin ab und wieder an und starte den Test erneut.</translation>
    </message>
    <message>
        <source>Ask your developer to remove the old module Mash2_Cobby (bin/magento module:disable Mash2_Cobby, then remove its code).</source>
        <translation>Bitte deinen Entwickler, das alte Modul Mash2_Cobby zu entfernen (bin/magento module:disable Mash2_Cobby, dann seinen Code löschen).</translation>
    </message>
    <message>
        <source>Install the current connector: composer require cobbyio/cobby-connector-magento2, bin/magento module:enable Cobby_Connector, bin/magento setup:upgrade (in production mode also setup:di:compile), bin/magento cache:flush.</source>
        <translation>Installiere den aktuellen Connector: composer require cobbyio/cobby-connector-magento2, bin/magento module:enable Cobby_Connector, bin/magento setup:upgrade (im Produktionsmodus auch setup:di:compile), bin/magento cache:flush.</translation>
    </message>
    <message>
        <source>Give the integration the new cobby resource under {m2_integrations}, reauthorize it, and run the check again.</source>
        <translation>Gib der Integration unter {m2_integrations} die neue cobby-Ressource, genehmige sie erneut und starte den Test erneut.</translation>
    </message>
    <message>
        <source>cobby is switched off in the shop&apos;s settings.</source>
        <translation>cobby ist in den Einstellungen des Shops ausgeschaltet.</translation>
    </message>
    <message>
        <source>The connector answers, but its own switch is off: the shop stops queueing product changes for cobby, so cobby misses changes made in Magento.</source>
        <translation>Der Connector antwortet, aber sein eigener Schalter ist aus: Der Shop merkt Produktänderungen nicht mehr für cobby vor, also verpasst cobby Änderungen aus Magento.</translation>
    </message>
    <message>
        <source>In the Magento admin open {m1_cobby_active}.</source>
        <translation>Öffne im Magento-Admin {m1_cobby_active}.</translation>
    </message>
    <message>
        <source>Set it to Yes, save, and run the check again.</source>
        <translation>Setze es auf Ja, speichere und starte den Test erneut.</translation>
    </message>
    <message>
        <source>In the Magento admin open {m2_cobby_active}.</source>
        <translation>Öffne im Magento-Admin {m2_cobby_active}.</translation>
    </message>
    <message>
        <source>The shop&apos;s clock and this computer&apos;s clock differ too much.</source>
        <translation>Die Uhr des Shops und die Uhr dieses Computers weichen zu stark voneinander ab.</translation>
    </message>
    <message>
        <source>Signed requests carry the current time. Magento rejects them when the clocks are several minutes apart.</source>
        <translation>Signierte Anfragen tragen die aktuelle Uhrzeit. Magento lehnt sie ab, wenn die Uhren mehrere Minuten auseinanderliegen.</translation>
    </message>
    <message>
        <source>Set this computer&apos;s clock to synchronise automatically with internet time.</source>
        <translation>Stell die Uhr dieses Computers so ein, dass sie sich automatisch mit der Internetzeit abgleicht.</translation>
    </message>
    <message>
        <source>Ask your hosting provider to synchronise the server&apos;s clock (NTP).</source>
        <translation>Bitte deinen Hoster, die Uhr des Servers abzugleichen (NTP).</translation>
    </message>
    <message>
        <source>cobby has not connected to the shop yet.</source>
        <translation>cobby hat sich noch nicht mit dem Shop verbunden.</translation>
    </message>
    <message>
        <source>Open the cobby portal (https://app.cobby.io) and go to Settings &gt; Manage shop.</source>
        <translation>Öffne das cobby-Portal (https://app.cobby.io) und geh zu Settings &gt; Manage shop.</translation>
    </message>
    <message>
        <source>In the card Shop credentials click the lock button to unlock the fields.</source>
        <translation>Klicke in der Karte Shop credentials auf das Schloss, um die Felder freizugeben.</translation>
    </message>
    <message>
        <source>Enter Shop URL, user name and API key as shown here, then click Save.</source>
        <translation>Trag Shop URL, Benutzername und API-Schlüssel wie hier gezeigt ein und klicke dann auf Save.</translation>
    </message>
    <message>
        <source>Wait until the State shows Active; the portal&apos;s own Check button tests the connection from cobby&apos;s side.</source>
        <translation>Warte, bis State Active zeigt. Der Check-Knopf des Portals testet die Verbindung von cobbys Seite aus.</translation>
    </message>
    <message>
        <source>Enter Shop URL, Consumer Key, Consumer Secret, Access Token and Access Token Secret as shown here, then click Save.</source>
        <translation>Trag Shop URL, Consumer Key, Consumer Secret, Access Token und Access Token Secret wie hier gezeigt ein und klicke dann auf Save.</translation>
    </message>
    <message>
        <source>The shop is connected to a different cobby workspace.</source>
        <translation>Der Shop ist mit einem anderen cobby-Workspace verbunden.</translation>
    </message>
    <message>
        <source>The license key stored in the shop differs from this workspace&apos;s license key.</source>
        <translation>Der im Shop gespeicherte Lizenzschlüssel weicht vom Lizenzschlüssel dieses Workspaces ab.</translation>
    </message>
    <message>
        <source>In the cobby portal open the workspace settings and compare the license key.</source>
        <translation>Öffne im cobby-Portal die Einstellungen des Workspaces und vergleiche den Lizenzschlüssel.</translation>
    </message>
    <message>
        <source>If the shop should belong to this workspace, save the shop connection in this workspace&apos;s shop connection settings again.</source>
        <translation>Soll der Shop zu diesem Workspace gehören, speichere die Shop-Verbindung in den Einstellungen dieses Workspaces erneut.</translation>
    </message>
    <message>
        <source>If the other workspace is right, pick that workspace in cobby Desktop.</source>
        <translation>Ist der andere Workspace richtig, wähle diesen Workspace in cobby Desktop.</translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message>
        <source>Test result</source>
        <translation>Testergebnis</translation>
    </message>
    <message>
        <source>What was tested</source>
        <translation>Was getestet wurde</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>Bericht &amp;kopieren</translation>
    </message>
    <message>
        <source>Copies the report for cobby&apos;s support. Secrets are left out.</source>
        <translation>Kopiert den Bericht für den cobby-Support. Geheime Werte werden weggelassen.</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>Bericht &amp;speichern…</translation>
    </message>
    <message>
        <source>Saves the report as a text or HTML file. Secrets are left out.</source>
        <translation>Speichert den Bericht als Text- oder HTML-Datei. Geheime Werte werden weggelassen.</translation>
    </message>
    <message>
        <source>The test was cancelled before the end.</source>
        <translation>Der Test wurde vor dem Ende abgebrochen.</translation>
    </message>
    <message>
        <source>The connection does not work yet.</source>
        <translation>Die Verbindung funktioniert noch nicht.</translation>
    </message>
    <message>
        <source>The connection works, but something needs your attention.</source>
        <translation>Die Verbindung funktioniert, aber etwas braucht deine Aufmerksamkeit.</translation>
    </message>
    <message>
        <source>The connection works. Good to know:</source>
        <translation>Die Verbindung funktioniert. Gut zu wissen:</translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation>Die Verbindung funktioniert.</translation>
    </message>
    <message>
        <source>Address used: %1</source>
        <translation>Verwendete Adresse: %1</translation>
    </message>
    <message>
        <source>cobby connector %1</source>
        <translation>cobby-Connector %1</translation>
    </message>
    <message>
        <source>&amp;Trust this exact certificate…</source>
        <translation>Genau diesem Zertifikat &amp;vertrauen…</translation>
    </message>
    <message>
        <source>Trust this exact certificate</source>
        <translation>Genau diesem Zertifikat vertrauen</translation>
    </message>
    <message>
        <source>The report is on the clipboard (no secrets in it).</source>
        <translation>Der Bericht ist in der Zwischenablage (ohne geheime Werte).</translation>
    </message>
    <message>
        <source>Save the connection report</source>
        <translation>Verbindungsbericht speichern</translation>
    </message>
    <message>
        <source>Text file (*.txt);;Web page (*.html)</source>
        <translation>Textdatei (*.txt);;Webseite (*.html)</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation>Der Bericht konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>In %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>Licence: proprietary, all rights reserved</source>
        <translation>Lizenz: proprietär, alle Rechte vorbehalten</translation>
    </message>
    <message>
        <source>cobby Desktop: question</source>
        <translation>cobby Desktop: Frage</translation>
    </message>
    <message>
        <source>Hello cobby support,



---
</source>
        <translation>Hallo cobby-Support,



---
</translation>
    </message>
    <message>
        <source>Hello cobby support,



---
The report is on the clipboard: paste it here.
</source>
        <translation>Hallo cobby-Support,



---
Der Bericht ist in der Zwischenablage: Füge ihn hier ein.
</translation>
    </message>
    <message>
        <source>cobby Desktop %1</source>
        <translation>cobby Desktop %1</translation>
    </message>
    <message>
        <source>Creates, tests and rotates the API access cobby needs for your Magento shop. Keys and tokens are kept in your system&apos;s keychain only.</source>
        <translation>Legt den API-Zugang an, den cobby für deinen Magento-Shop braucht, testet und erneuert ihn. Schlüssel und Tokens liegen nur im Schlüsselbund deines Systems.</translation>
    </message>
    <message>
        <source>Website: %1</source>
        <translation>Website: %1</translation>
    </message>
    <message>
        <source>Support: %1</source>
        <translation>Support: %1</translation>
    </message>
    <message>
        <source>About cobby Desktop</source>
        <translation>Über cobby Desktop</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>cobby Desktop guide</source>
        <translation>Anleitung zu cobby Desktop</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Anleitung</translation>
    </message>
</context>
<context>
    <name>GuideText</name>
    <message>
        <source>What cobby needs</source>
        <translation>Was cobby braucht</translation>
    </message>
    <message>
        <source>cobby edits your Magento catalogue from Excel. Its service reaches your shop through Magento&apos;s API, with an access you create for cobby only.</source>
        <translation>Mit cobby bearbeitest du deinen Magento-Katalog in Excel. Der cobby-Dienst erreicht deinen Shop über die API von Magento, mit einem Zugang, den du nur für cobby anlegst.</translation>
    </message>
    <message>
        <source>A cobby workspace and its license key (cobby&apos;s portal, workspace settings).</source>
        <translation>Einen cobby-Workspace und seinen Lizenzschlüssel (im cobby-Portal, in den Einstellungen des Workspaces).</translation>
    </message>
    <message>
        <source>The %1 installed and switched on in your shop.</source>
        <translation>Den %1, installiert und eingeschaltet in deinem Shop.</translation>
    </message>
    <message>
        <source>An API access for cobby in your shop: this app guides you through it.</source>
        <translation>Einen API-Zugang für cobby in deinem Shop: Diese App führt dich hindurch.</translation>
    </message>
    <message>
        <source>The shop&apos;s address and that access entered in cobby&apos;s portal.</source>
        <translation>Die Adresse des Shops und diesen Zugang, eingetragen im cobby-Portal.</translation>
    </message>
    <message>
        <source>Your cobby workspace</source>
        <translation>Dein cobby-Workspace</translation>
    </message>
    <message>
        <source>Each shop belongs to one workspace. The license key is in cobby&apos;s portal, in the workspace&apos;s settings. This app keeps it in your computer&apos;s keychain.</source>
        <translation>Jeder Shop gehört zu einem Workspace. Den Lizenzschlüssel findest du im cobby-Portal in den Einstellungen des Workspaces. Diese App bewahrt ihn im Schlüsselbund deines Computers auf.</translation>
    </message>
    <message>
        <source>Your shop</source>
        <translation>Dein Shop</translation>
    </message>
    <message>
        <source>Enter the address you open your shop with in a browser. The app checks which Magento runs it and whether the %1 answers. The name is only for you: it tells your shops apart in the list.</source>
        <translation>Gib die Adresse ein, mit der du deinen Shop im Browser öffnest. Die App prüft, welches Magento läuft und ob der %1 antwortet. Der Name ist nur für dich: Er unterscheidet deine Shops in der Liste.</translation>
    </message>
    <message>
        <source>With your admin address, the next pages can open the right admin page. Choose whether the app guides you to create the access, or you already have one.</source>
        <translation>Mit deiner Admin-Adresse können die nächsten Seiten die richtige Admin-Seite öffnen. Wähle, ob die App dich beim Anlegen des Zugangs führt oder ob du schon einen hast.</translation>
    </message>
    <message>
        <source>Magento 1: a role for cobby</source>
        <translation>Magento 1: eine Rolle für cobby</translation>
    </message>
    <message>
        <source>In your admin, create an API role named cobby that may use cobby&apos;s part of the API, and nothing else.</source>
        <translation>Lege im Admin eine API-Rolle namens cobby an, die den cobby-Teil der API nutzen darf und sonst nichts.</translation>
    </message>
    <message>
        <source>Magento 1: the API user for cobby</source>
        <translation>Magento 1: der API-Benutzer für cobby</translation>
    </message>
    <message>
        <source>Create a user that only cobby uses, with the role cobby. Paste the key the app generated into API Key and API Key Confirmation: the clipboard keeps it long enough for both.</source>
        <translation>Lege einen Benutzer an, den nur cobby nutzt, mit der Rolle cobby. Füge den Schlüssel, den die App erzeugt hat, in API-Schlüssel und API-Schlüssel-Bestätigung ein: Die Zwischenablage behält ihn lange genug für beide.</translation>
    </message>
    <message>
        <source>Magento 2: the cobby integration</source>
        <translation>Magento 2: die cobby-Integration</translation>
    </message>
    <message>
        <source>In your admin, add an integration named cobby with access to cobby&apos;s resources, save it and activate it. Magento then shows four values.</source>
        <translation>Lege im Admin eine Integration namens cobby mit Zugriff auf die cobby-Ressourcen an, speichere und aktiviere sie. Magento zeigt dann vier Werte.</translation>
    </message>
    <message>
        <source>Magento 2: the integration&apos;s four values</source>
        <translation>Magento 2: die vier Werte der Integration</translation>
    </message>
    <message>
        <source>Copy the whole panel with the four values and paste it into the app once: it fills in all four fields.</source>
        <translation>Kopiere den ganzen Bereich mit den vier Werten und füge ihn einmal in die App ein: Sie füllt alle vier Felder aus.</translation>
    </message>
    <message>
        <source>The test</source>
        <translation>Der Test</translation>
    </message>
    <message>
        <source>The app does what cobby will do: reach your shop and sign in with the new access. Each problem comes with the steps to fix it; everything you typed is kept, so you can click Test again.</source>
        <translation>Die App macht, was cobby machen wird: deinen Shop erreichen und sich mit dem neuen Zugang anmelden. Zu jedem Problem gibt es die Schritte zur Lösung; alles, was du eingegeben hast, bleibt erhalten, sodass du einfach erneut testen kannst.</translation>
    </message>
    <message>
        <source>A shop reached without https is flagged: the keys would travel unencrypted.</source>
        <translation>Ein Shop ohne https wird markiert: Die Schlüssel würden unverschlüsselt übertragen.</translation>
    </message>
    <message>
        <source>Telling cobby about the shop</source>
        <translation>cobby vom Shop erzählen</translation>
    </message>
    <message>
        <source>Open cobby&apos;s portal at %1, open the shop settings of this workspace and enter the values in the order shown, with the copy buttons. Save. The app then watches your shop until cobby has connected.</source>
        <translation>Öffne das cobby-Portal unter %1, öffne die Shop-Einstellungen dieses Workspaces und trag die Werte in der gezeigten Reihenfolge ein, mit den Kopieren-Knöpfen. Speichere. Die App beobachtet dann deinen Shop, bis cobby sich verbunden hat.</translation>
    </message>
    <message>
        <source>Keeping the keys safe</source>
        <translation>Die Schlüssel sicher aufbewahren</translation>
    </message>
    <message>
        <source>Keys live only in your computer&apos;s keychain. Test connection checks a shop again; Rotate key replaces a key without interrupting cobby; Revoke access removes cobby&apos;s access; the security audit lists what needs care.</source>
        <translation>Schlüssel liegen nur im Schlüsselbund deines Computers. „Verbindung testen“ prüft einen Shop erneut; „Schlüssel erneuern“ ersetzt einen Schlüssel, ohne cobby zu unterbrechen; „Zugang widerrufen“ entzieht cobby den Zugang; die Sicherheitsprüfung zeigt, was Pflege braucht.</translation>
    </message>
    <message>
        <source>What the test results mean</source>
        <translation>Was die Testergebnisse bedeuten</translation>
    </message>
    <message>
        <source>What each result of a test means. The test itself shows the steps to fix it.</source>
        <translation>Was jedes Ergebnis eines Tests bedeutet. Der Test selbst zeigt die Schritte zur Lösung.</translation>
    </message>
    <message>
        <source>Help from cobby</source>
        <translation>Hilfe von cobby</translation>
    </message>
    <message>
        <source>Help &gt; Contact cobby support prepares an email to %1 with a report that contains no keys or passwords.</source>
        <translation>Hilfe &gt; cobby-Support kontaktieren bereitet eine E-Mail an %1 vor, mit einem Bericht ohne Schlüssel und Passwörter.</translation>
    </message>
    <message>
        <source>cobby Desktop guide</source>
        <translation>Anleitung zu cobby Desktop</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import from a KeePass file</source>
        <translation>Aus einer KeePass-Datei importieren</translation>
    </message>
    <message>
        <source>KeePass file to import</source>
        <translation>KeePass-Datei, die importiert wird</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Key file (optional)</source>
        <translation>Schlüsseldatei (optional)</translation>
    </message>
    <message>
        <source>&amp;Read file</source>
        <translation>Datei &amp;lesen</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Choose a KeePass file exported by cobby Desktop (also after editing it in KeePassXC). Nothing changes until you have seen what the import does.</source>
        <translation>Wähle eine KeePass-Datei, die cobby Desktop exportiert hat (auch wenn du sie in KeePassXC bearbeitet hast). Es ändert sich nichts, bevor du gesehen hast, was der Import tut.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>S&amp;chlüsseldatei:</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>In der Datei</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>Differs in</source>
        <translation>Unterschied in</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>These shops are here already with other values. Choose for each: keep mine (the file&apos;s entry is skipped), take theirs (the file&apos;s values replace mine) or keep both (the file&apos;s shop is added beside mine).</source>
        <translation>Diese Shops gibt es hier schon mit anderen Werten. Wähle für jeden: meine behalten (der Eintrag der Datei wird übersprungen), ihre übernehmen (die Werte der Datei ersetzen meine) oder beide behalten (der Shop aus der Datei kommt neben meinen).</translation>
    </message>
    <message>
        <source>Import shops and their keys</source>
        <translation>Shops und ihre Schlüssel importieren</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>The KeePass import is running.</source>
        <translation>Der KeePass-Import läuft gerade.</translation>
    </message>
    <message>
        <source>To add: %1 · to update: %2 · unchanged: %3 · in conflict: %4 · other entries ignored: %5</source>
        <translation>Neu: %1 · zu aktualisieren: %2 · unverändert: %3 · im Konflikt: %4 · andere Einträge übergangen: %5</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Ihre übernehmen</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Beide behalten</translation>
    </message>
</context>
<context>
    <name>Inventory</name>
    <message>
        <source>The inventory at {path} is in use by another program (perhaps a second cobby Desktop window). Nothing was changed. Close the other program and try again.</source>
        <translation>Die Übersicht unter {path} wird von einem anderen Programm benutzt (vielleicht einem zweiten cobby-Desktop-Fenster). Es wurde nichts geändert. Schließ das andere Programm und versuche es noch einmal.</translation>
    </message>
    <message>
        <source>cobby Desktop cannot open or write its inventory at {path}. Nothing was changed. Check that the folder exists and that you may write to it, or set COBBY_DESKTOP_HOME to a folder you can write to.</source>
        <translation>cobby Desktop kann seine Übersicht unter {path} nicht öffnen oder schreiben. Es wurde nichts geändert. Prüfe, ob der Ordner existiert und du darin schreiben darfst, oder setze COBBY_DESKTOP_HOME auf einen Ordner, in dem du schreiben darfst.</translation>
    </message>
    <message>
        <source>The inventory at {path} is damaged and cannot be read ({error}). Nothing was changed and the file was not overwritten. You can restore the backup at {backup} by copying it over {path}. Otherwise move the damaged file aside and cobby Desktop starts an empty inventory; your keychain entries are not affected.</source>
        <translation>Die Übersicht unter {path} ist beschädigt und nicht lesbar ({error}). Es wurde nichts geändert und die Datei nicht überschrieben. Du kannst die Sicherung {backup} wiederherstellen, indem du sie über {path} kopierst. Sonst leg die beschädigte Datei beiseite, dann startet cobby Desktop mit einer leeren Übersicht. Deine Einträge im Schlüsselbund bleiben unberührt.</translation>
    </message>
    <message>
        <source>The inventory at {path} is damaged and cannot be read ({error}). Nothing was changed and the file was not overwritten. If you have a copy of {path} from before, you can put it back. Otherwise move the damaged file aside and cobby Desktop starts an empty inventory; your keychain entries are not affected.</source>
        <translation>Die Übersicht unter {path} ist beschädigt und nicht lesbar ({error}). Es wurde nichts geändert und die Datei nicht überschrieben. Hast du eine ältere Kopie von {path}, kannst du sie zurücklegen. Sonst leg die beschädigte Datei beiseite, dann startet cobby Desktop mit einer leeren Übersicht. Deine Einträge im Schlüsselbund bleiben unberührt.</translation>
    </message>
    <message>
        <source>The inventory at {path} was written by a newer version of cobby Desktop (schema version {version}; this version understands up to {known}). Nothing was changed. Please update cobby Desktop. You can restore the backup at {backup} by copying it over {path}.</source>
        <translation>Die Übersicht unter {path} stammt von einer neueren Version von cobby Desktop (Schema-Version {version}; diese Version versteht bis {known}). Es wurde nichts geändert. Bitte aktualisiere cobby Desktop. Du kannst die Sicherung {backup} wiederherstellen, indem du sie über {path} kopierst.</translation>
    </message>
    <message>
        <source>The inventory at {path} was written by a newer version of cobby Desktop (schema version {version}; this version understands up to {known}). Nothing was changed. Please update cobby Desktop. If you have a copy of {path} from before, you can put it back.</source>
        <translation>Die Übersicht unter {path} stammt von einer neueren Version von cobby Desktop (Schema-Version {version}; diese Version versteht bis {known}). Es wurde nichts geändert. Bitte aktualisiere cobby Desktop. Hast du eine ältere Kopie von {path}, kannst du sie zurücklegen.</translation>
    </message>
    <message>
        <source>cobby Desktop cannot create its data folder {folder} ({error}). Nothing was changed. Choose a folder you can write to with COBBY_DESKTOP_HOME.</source>
        <translation>cobby Desktop kann seinen Datenordner {folder} nicht anlegen ({error}). Es wurde nichts geändert. Wähle mit COBBY_DESKTOP_HOME einen Ordner, in dem du schreiben darfst.</translation>
    </message>
    <message>
        <source>The file at {path} is not a cobby Desktop inventory. Nothing was changed. Move it aside or point COBBY_DESKTOP_HOME at another folder.</source>
        <translation>Die Datei {path} ist keine Übersicht von cobby Desktop. Es wurde nichts geändert. Leg sie beiseite oder setze COBBY_DESKTOP_HOME auf einen anderen Ordner.</translation>
    </message>
    <message>
        <source>This shop is already in the inventory. Nothing was changed.</source>
        <translation>Dieser Shop ist schon in der Übersicht. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>This change refers to a workspace, shop or credential that no longer exists. Nothing was changed; please reload the inventory and try again.</source>
        <translation>Diese Änderung bezieht sich auf einen Workspace, Shop oder Zugang, den es nicht mehr gibt. Es wurde nichts geändert. Bitte lade die Übersicht neu und versuche es noch einmal.</translation>
    </message>
    <message>
        <source>This workspace no longer exists in the inventory. Nothing was changed; please reload the inventory.</source>
        <translation>Diesen Workspace gibt es nicht mehr in der Übersicht. Es wurde nichts geändert. Bitte lade die Übersicht neu.</translation>
    </message>
    <message>
        <source>This shop no longer exists in the inventory. Nothing was changed; please reload the inventory.</source>
        <translation>Diesen Shop gibt es nicht mehr in der Übersicht. Es wurde nichts geändert. Bitte lade die Übersicht neu.</translation>
    </message>
    <message>
        <source>This credential no longer exists in the inventory. Nothing was changed; please reload the inventory.</source>
        <translation>Diesen Zugang gibt es nicht mehr in der Übersicht. Es wurde nichts geändert. Bitte lade die Übersicht neu.</translation>
    </message>
    <message>
        <source>This rotation no longer exists in the inventory. Nothing was changed; please reload the inventory.</source>
        <translation>Diese Erneuerung gibt es nicht mehr in der Übersicht. Es wurde nichts geändert. Bitte lade die Übersicht neu.</translation>
    </message>
    <message>
        <source>This workspace is already connected to another shop. A workspace can be connected to one shop only: disconnect it there first, or choose another workspace.</source>
        <translation>Dieser Workspace ist schon mit einem anderen Shop verbunden. Ein Workspace kann nur mit einem Shop verbunden sein: Trenne ihn dort zuerst oder wähle einen anderen Workspace.</translation>
    </message>
    <message>
        <source>Another shop already has this name. Nothing was changed; choose another name.</source>
        <translation>Ein anderer Shop hat schon diesen Namen. Es wurde nichts geändert. Wähle einen anderen Namen.</translation>
    </message>
    <message>
        <source>The disk that holds {path} is full. Nothing was changed and nothing was lost. Free some space on it, then try again.</source>
        <translation>Der Datenträger mit {path} ist voll. Es wurde nichts geändert und nichts ist verloren. Schaffe dort Platz und versuche es dann noch einmal.</translation>
    </message>
    <message>
        <source>cobby Desktop cannot write its inventory at {path} ({reason}). Nothing was changed. Check that the folder exists and that you may write to it, or set COBBY_DESKTOP_HOME to a folder you can write to. Listing and the audit still work read-only.</source>
        <translation>cobby Desktop kann sein Inventar unter {path} nicht schreiben ({reason}). Es wurde nichts geändert. Prüfe, ob der Ordner existiert und du darin schreiben darfst, oder setze COBBY_DESKTOP_HOME auf einen Ordner, in den du schreiben kannst. Auflisten und die Sicherheitsprüfung funktionieren weiter, nur lesend.</translation>
    </message>
    <message>
        <source>The inventory file {path} is empty (0 bytes): its contents were lost, for example when the disk was full or the computer stopped while writing. Nothing was changed. Restore it from a backup, or move the empty file aside and cobby Desktop starts a new inventory; your keychain entries are not affected.</source>
        <translation>Die Inventardatei {path} ist leer (0 Byte): Ihr Inhalt ging verloren, zum Beispiel weil der Datenträger voll war oder der Computer beim Schreiben ausging. Es wurde nichts geändert. Stelle sie aus einer Sicherung wieder her, oder lege die leere Datei beiseite, dann beginnt cobby Desktop ein neues Inventar. Deine Einträge im Schlüsselbund sind davon nicht betroffen.</translation>
    </message>
</context>
<context>
    <name>InventoryTableModel</name>
    <message>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>Magento</source>
        <translation>Magento</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <source>API user</source>
        <translation>API-Benutzer</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last test</source>
        <translation>Letzter Test</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Shops without a workspace</source>
        <translation>Shops ohne Workspace</translation>
    </message>
    <message>
        <source>no shop yet</source>
        <translation>noch kein Shop</translation>
    </message>
    <message numerus="yes">
        <source>%n shops</source>
        <translation>
            <numerusform>%n Shop</numerusform>
            <numerusform>%n Shops</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>no license key stored</source>
        <translation>kein Lizenzschlüssel gespeichert</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Something went wrong while working in the background. Please try again; if it keeps happening, send the support report.</source>
        <translation>Bei der Arbeit im Hintergrund ist etwas schiefgelaufen. Bitte versuche es noch einmal. Passiert es wieder, schick den Support-Bericht.</translation>
    </message>
</context>
<context>
    <name>JobStrip</name>
    <message>
        <source>Working</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the running step</source>
        <translation>Den laufenden Schritt abbrechen</translation>
    </message>
    <message>
        <source>%1:%2 elapsed</source>
        <translation>%1:%2 vergangen</translation>
    </message>
</context>
<context>
    <name>Kdbx</name>
    <message>
        <source>The file {path} could not be read. Check the name and that you may open it, then try again. Nothing was changed.</source>
        <translation>Die Datei {path} konnte nicht gelesen werden. Prüfe den Namen und ob du sie öffnen darfst, und versuch es dann noch einmal. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The file {path} is not a KeePass database. Choose the .kdbx file cobby Desktop or KeePassXC saved. Nothing was changed.</source>
        <translation>Die Datei {path} ist keine KeePass-Datenbank. Wähle die .kdbx-Datei, die cobby Desktop oder KeePassXC gespeichert hat. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The file {path} uses the older KeePass format (KDBX 3). Open it in KeePassXC and save it in the KDBX 4 format (Database settings &gt; Encryption), then import it again. Nothing was changed.</source>
        <translation>Die Datei {path} hat das ältere KeePass-Format (KDBX 3). Öffne sie in KeePassXC, speichere sie im Format KDBX 4 (Datenbankeinstellungen &gt; Verschlüsselung) und importiere sie dann noch einmal. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The passphrase (or the key file) does not open {path}. Check both and try again. Nothing was changed.</source>
        <translation>Die Passphrase (oder die Schlüsseldatei) öffnet {path} nicht. Prüfe beides und versuch es noch einmal. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The file {path} is damaged or incomplete and cannot be read. Use another copy of it. Nothing was changed.</source>
        <translation>Die Datei {path} ist beschädigt oder unvollständig und kann nicht gelesen werden. Nimm eine andere Kopie davon. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The key file {path} could not be read. Check the name and try again. Nothing was changed.</source>
        <translation>Die Schlüsseldatei {path} konnte nicht gelesen werden. Prüfe den Namen und versuch es noch einmal. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least {minimum} characters: the file holds every key of the shops in it.</source>
        <translation>Wähle eine Passphrase mit mindestens {minimum} Zeichen: Die Datei enthält alle Schlüssel der Shops darin.</translation>
    </message>
    <message>
        <source>There is nothing to export: the selection holds no shop and no workspace.</source>
        <translation>Es gibt nichts zu exportieren: Die Auswahl enthält keinen Shop und keinen Workspace.</translation>
    </message>
    <message>
        <source>The file {path} holds no shop exported by cobby Desktop ({ignored} other entries were left alone). Nothing was changed.</source>
        <translation>Die Datei {path} enthält keinen Shop, den cobby Desktop exportiert hat ({ignored} andere Einträge wurden nicht angerührt). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The entry “{title}” in the file lacks the field “{field}” or its value is not valid. Fix it in KeePassXC or export again. Nothing was imported.</source>
        <translation>Dem Eintrag „{title}“ in der Datei fehlt das Feld „{field}“, oder sein Wert ist ungültig. Korrigiere ihn in KeePassXC oder exportiere noch einmal. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The shop “{title}” is in the file twice (perhaps an entry was copied in KeePassXC). Delete one copy and import again. Nothing was imported.</source>
        <translation>Der Shop „{title}“ steht zweimal in der Datei (vielleicht wurde ein Eintrag in KeePassXC kopiert). Lösche eine Kopie und importiere noch einmal. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The file {path} could not be written. Choose a folder you may write to and try again.</source>
        <translation>Die Datei {path} konnte nicht geschrieben werden. Wähle einen Ordner, in den du schreiben darfst, und versuch es noch einmal.</translation>
    </message>
    <message>
        <source>The keychain refused to store a key, so nothing was imported and the keychain was put back as it was. {detail}</source>
        <translation>Der Schlüsselbund hat sich geweigert, einen Schlüssel zu speichern. Deshalb wurde nichts importiert, und der Schlüsselbund ist wieder wie vorher. {detail}</translation>
    </message>
    <message>
        <source>The inventory could not be changed, so nothing was imported. {detail}</source>
        <translation>Die Übersicht konnte nicht geändert werden, deshalb wurde nichts importiert. {detail}</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
</context>
<context>
    <name>KeyCheck</name>
    <message>
        <source>The {field} starts with {char}.</source>
        <translation>Das erste Zeichen im Feld „{field}“ ist {char}.</translation>
    </message>
    <message>
        <source>The {field} ends with {char}.</source>
        <translation>Das letzte Zeichen im Feld „{field}“ ist {char}.</translation>
    </message>
    <message>
        <source>The {field} contains {char} at position {position}.</source>
        <translation>Im Feld „{field}“ ist das {position}. Zeichen {char}.</translation>
    </message>
    <message>
        <source>The {field} contains more such characters.</source>
        <translation>Im Feld „{field}“ stehen noch mehr solche Zeichen.</translation>
    </message>
    <message>
        <source>The {field} is empty. Please enter it.</source>
        <translation>Das Feld „{field}“ ist leer. Bitte füll es aus.</translation>
    </message>
    <message numerus="yes">
        <source>The {field} is too short: it has %n characters and Magento needs at least {minimum}.</source>
        <translation>
            <numerusform>Der Wert im Feld „{field}“ ist zu kurz: Er hat %n Zeichen, Magento braucht mindestens {minimum}.</numerusform>
            <numerusform>Der Wert im Feld „{field}“ ist zu kurz: Er hat %n Zeichen, Magento braucht mindestens {minimum}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The {field} is too long: Magento rejects keys over {maximum} characters.</source>
        <translation>Der Wert im Feld „{field}“ ist zu lang: Magento lehnt Schlüssel mit mehr als {maximum} Zeichen ab.</translation>
    </message>
    <message>
        <source>The {field} has no letter: Magento needs letters and digits.</source>
        <translation>Im Feld „{field}“ fehlt ein Buchstabe: Magento braucht Buchstaben und Ziffern.</translation>
    </message>
    <message>
        <source>The {field} has no digit: Magento needs letters and digits.</source>
        <translation>Im Feld „{field}“ fehlt eine Ziffer: Magento braucht Buchstaben und Ziffern.</translation>
    </message>
    <message>
        <source>This looks like an admin account. Give cobby its own API user, for example {user}, so you can revoke it without locking anyone out.</source>
        <translation>Das sieht nach einem Admin-Konto aus. Gib cobby einen eigenen API-Benutzer, zum Beispiel {user}. Dann kannst du ihn widerrufen, ohne jemanden auszusperren.</translation>
    </message>
    <message>
        <source>This key is easy to guess. A generated key is safer: click Generate a new key and use that one in the shop.</source>
        <translation>Dieser Schlüssel ist leicht zu erraten. Ein erzeugter Schlüssel ist sicherer: Klicke auf „Neuen Schlüssel erzeugen“ und nutze ihn im Shop.</translation>
    </message>
</context>
<context>
    <name>KeychainDialog</name>
    <message>
        <source>No keychain found</source>
        <translation>Kein Schlüsselbund gefunden</translation>
    </message>
    <message>
        <source>The keychain is locked</source>
        <translation>Der Schlüsselbund ist gesperrt</translation>
    </message>
    <message>
        <source>Access to the keychain was refused</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert</translation>
    </message>
    <message>
        <source>The keychain did not answer</source>
        <translation>Der Schlüsselbund hat nicht geantwortet</translation>
    </message>
    <message>
        <source>cobby Desktop keeps your API keys and license keys only in a keychain protected by your login, here %1. It never stores them in plain text.</source>
        <translation>cobby Desktop bewahrt deine API-Schlüssel und Lizenzschlüssel nur in einem durch deine Anmeldung geschützten Schlüsselbund auf, hier %1. Im Klartext speichert es sie nie.</translation>
    </message>
    <message>
        <source>What is wrong and what to do</source>
        <translation>Was nicht stimmt und was du tun kannst</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>After installing, starting or unlocking the keychain.</source>
        <translation>Nachdem du den Schlüsselbund installiert, gestartet oder entsperrt hast.</translation>
    </message>
    <message>
        <source>Use an encrypted vault on this computer (weaker)…</source>
        <translation>Verschlüsselten Tresor auf diesem Computer nutzen (schwächer)…</translation>
    </message>
    <message>
        <source>Protected by a master password you type at every start. Only for computers without a keychain.</source>
        <translation>Geschützt durch ein Master-Passwort, das du bei jedem Start eingibst. Nur für Computer ohne Schlüsselbund.</translation>
    </message>
    <message>
        <source>Continue without saving secrets</source>
        <translation>Ohne geheime Werte weitermachen</translation>
    </message>
    <message>
        <source>You can see your shops, but cannot copy, test or save keys.</source>
        <translation>Du siehst deine Shops, kannst aber keine Schlüssel kopieren, testen oder speichern.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Until the keychain works, copying, testing and saving keys will fail.</source>
        <translation>Bis der Schlüsselbund funktioniert, scheitern Kopieren, Testen und Speichern von Schlüsseln.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>The name contains invisible control or direction characters (for example from a terminal or a copied web page). Type it again without them.</source>
        <translation>Der Name enthält unsichtbare Steuer- oder Richtungszeichen (zum Beispiel aus einem Terminal oder einer kopierten Webseite). Tippe ihn ohne sie noch einmal ein.</translation>
    </message>
    <message>
        <source>The name is too long: use at most {limit} characters.</source>
        <translation>Der Name ist zu lang: Nutze höchstens {limit} Zeichen.</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language takes effect the next time you start cobby Desktop.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von cobby Desktop.</translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <source>This shop is no longer in the inventory.</source>
        <translation>Diesen Shop gibt es in der Übersicht nicht mehr.</translation>
    </message>
    <message>
        <source>This credential is no longer in the inventory.</source>
        <translation>Diesen Zugang gibt es in der Übersicht nicht mehr.</translation>
    </message>
    <message>
        <source>This rotation is over. Reload to see where it stands.</source>
        <translation>Diese Erneuerung ist schon beendet. Lade neu, um zu sehen, wo sie steht.</translation>
    </message>
    <message>
        <source>The rotation is at another step than this one. Continue from where it stopped.</source>
        <translation>Die Erneuerung steht bei einem anderen Schritt. Mach dort weiter, wo sie aufgehört hat.</translation>
    </message>
    <message>
        <source>The keychain no longer holds this credential&apos;s secrets, so it cannot be tested.</source>
        <translation>Der Schlüsselbund enthält die geheimen Werte dieses Zugangs nicht mehr, darum lässt er sich nicht testen.</translation>
    </message>
    <message>
        <source>Only an active credential can be rotated. Test it first.</source>
        <translation>Nur ein aktiver Zugang lässt sich erneuern. Teste ihn zuerst.</translation>
    </message>
    <message>
        <source>Please enter every value of the new credential.</source>
        <translation>Bitte gib alle Werte des neuen Zugangs ein.</translation>
    </message>
    <message>
        <source>This credential is not revoked.</source>
        <translation>Dieser Zugang ist nicht widerrufen.</translation>
    </message>
    <message>
        <source>Only a revoked credential&apos;s secrets can be removed.</source>
        <translation>Nur die geheimen Werte eines widerrufenen Zugangs lassen sich entfernen.</translation>
    </message>
    <message>
        <source>This shop has no rotation in progress. Start it again.</source>
        <translation>Für diesen Shop läuft keine Erneuerung. Starte sie neu.</translation>
    </message>
</context>
<context>
    <name>LocalVault</name>
    <message>
        <source>The encrypted local vault is the weaker choice: your secrets are only as safe as your master password and this computer, while the operating system&apos;s keychain is protected by your login. Use it only where this computer has no keychain.</source>
        <translation>Der verschlüsselte Tresor auf diesem Computer ist die schwächere Wahl: Deine geheimen Werte sind nur so sicher wie dein Master-Passwort und dieser Computer. Der Schlüsselbund des Betriebssystems ist dagegen durch deine Anmeldung geschützt. Nutze den Tresor nur, wenn dieser Computer keinen Schlüsselbund hat.</translation>
    </message>
    <message>
        <source>An encrypted local vault already exists at {path}. Open it with its master password instead, or move it aside to start a new one.</source>
        <translation>Unter {path} gibt es schon einen verschlüsselten Tresor. Öffne ihn mit seinem Master-Passwort oder leg ihn beiseite, um einen neuen anzulegen.</translation>
    </message>
    <message>
        <source>Please choose a master password of at least {minimum} characters; a longer passphrase of several words is better.</source>
        <translation>Bitte wähle ein Master-Passwort mit mindestens {minimum} Zeichen. Ein längerer Satz aus mehreren Wörtern ist besser.</translation>
    </message>
    <message>
        <source>There is no encrypted local vault at {path} yet.</source>
        <translation>Unter {path} gibt es noch keinen verschlüsselten Tresor.</translation>
    </message>
    <message>
        <source>The master password is not correct (or the vault file was changed). Nothing was unlocked. Type the master password again, paying attention to Caps Lock.</source>
        <translation>Das Master-Passwort stimmt nicht (oder die Tresordatei wurde verändert). Es wurde nichts entsperrt. Gib das Master-Passwort noch einmal ein und achte auf die Feststelltaste.</translation>
    </message>
    <message>
        <source>The encrypted local vault at {path} could not be saved ({error}). Nothing was changed. Check that the data folder is writable and has free space.</source>
        <translation>Der verschlüsselte Tresor unter {path} konnte nicht gespeichert werden ({error}). Es wurde nichts geändert. Prüfe, ob der Datenordner beschreibbar ist und freien Platz hat.</translation>
    </message>
    <message>
        <source>The encrypted local vault at {path} could not be moved aside ({error}). Check that the data folder is writable, then try again.</source>
        <translation>Der verschlüsselte Tresor unter {path} konnte nicht beiseitegelegt werden ({error}). Prüfe, ob der Datenordner beschreibbar ist, und versuche es dann noch einmal.</translation>
    </message>
    <message>
        <source>The encrypted local vault at {path} is damaged or not a cobby Desktop vault. It was not changed. Restore it from a backup, or move it aside and enter your secrets again.</source>
        <translation>Der verschlüsselte Tresor unter {path} ist beschädigt oder kein Tresor von cobby Desktop. Er wurde nicht verändert. Stell ihn aus einer Sicherung wieder her, oder leg ihn beiseite und gib deine geheimen Werte neu ein.</translation>
    </message>
</context>
<context>
    <name>M1RolePage</name>
    <message>
        <source>Step 1 of 2: a role for cobby</source>
        <translation>Schritt 1 von 2: eine Rolle für cobby</translation>
    </message>
    <message>
        <source>In your shop&apos;s admin, create a role that may use cobby&apos;s API.</source>
        <translation>Lege im Admin deines Shops eine Rolle an, die cobbys API nutzen darf.</translation>
    </message>
    <message>
        <source>Open %1 and click %2.</source>
        <translation>Öffne %1 und klicke auf %2.</translation>
    </message>
    <message>
        <source>Role Name: enter %1.</source>
        <translation>Rollenname: Gib %1 ein.</translation>
    </message>
    <message>
        <source>Open the tab %1, set Resource Access to %2 and tick %3.</source>
        <translation>Öffne den Reiter %1, setze „Zugriff auf Ressource“ auf %2 und hake %3 an.</translation>
    </message>
    <message>
        <source>Click %1.</source>
        <translation>Klicke auf %1.</translation>
    </message>
    <message>
        <source>Steps to create the role</source>
        <translation>Schritte zum Anlegen der Rolle</translation>
    </message>
</context>
<context>
    <name>M1UserPage</name>
    <message>
        <source>API user name</source>
        <translation>Name des API-Benutzers</translation>
    </message>
    <message>
        <source>API &amp;user name:</source>
        <translation>API-&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Your own admin login, optional</source>
        <translation>Dein eigener Admin-Login, optional</translation>
    </message>
    <message>
        <source>optional: only to warn you if it is reused</source>
        <translation>optional: nur für eine Warnung, falls er wiederverwendet wird</translation>
    </message>
    <message>
        <source>Your own admin &amp;login:</source>
        <translation>Dein eigener Admin-&amp;Login:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Generate a new key</source>
        <translation>Neuen Schlüssel &amp;erzeugen</translation>
    </message>
    <message>
        <source>Generate a new API key</source>
        <translation>Einen neuen API-Schlüssel erzeugen</translation>
    </message>
    <message>
        <source>Step 2 of 2: the API user for cobby</source>
        <translation>Schritt 2 von 2: der API-Benutzer für cobby</translation>
    </message>
    <message>
        <source>Create a user that only cobby uses, with the key below.</source>
        <translation>Lege einen Benutzer an, den nur cobby nutzt, mit dem Schlüssel unten.</translation>
    </message>
    <message>
        <source>Open %1 and click %2.</source>
        <translation>Öffne %1 und klicke auf %2.</translation>
    </message>
    <message>
        <source>User Name: the name below (we suggest %1). Fill in first name, last name and email as you like.</source>
        <translation>Benutzername: der Name unten (wir schlagen %1 vor). Vorname, Nachname und E-Mail füllst du aus, wie du magst.</translation>
    </message>
    <message>
        <source>API Key and API Key Confirmation: paste the key below into both (use its Copy button).</source>
        <translation>API-Schlüssel und Bestätigung API-Schlüssel: Füge in beide den Schlüssel unten ein (nutze seinen Kopieren-Knopf).</translation>
    </message>
    <message>
        <source>Set %1 to %2.</source>
        <translation>Setze %1 auf %2.</translation>
    </message>
    <message>
        <source>Open the tab %1 and select %2.</source>
        <translation>Öffne den Reiter %1 und wähle %2.</translation>
    </message>
    <message>
        <source>Click %1.</source>
        <translation>Klicke auf %1.</translation>
    </message>
    <message>
        <source>Your existing API user</source>
        <translation>Dein vorhandener API-Benutzer</translation>
    </message>
    <message>
        <source>Enter the API user name and key that cobby uses.</source>
        <translation>Gib den Namen des API-Benutzers und den Schlüssel ein, die cobby nutzt.</translation>
    </message>
    <message>
        <source>Shops keep API keys only as a fingerprint: if nobody has the key any more, go back and choose to create a new user.</source>
        <translation>Shops bewahren API-Schlüssel nur als Fingerabdruck auf: Hat niemand den Schlüssel mehr, geh zurück und lege einen neuen Benutzer an.</translation>
    </message>
</context>
<context>
    <name>M2IntegrationPage</name>
    <message>
        <source>An integration for cobby</source>
        <translation>Eine Integration für cobby</translation>
    </message>
    <message>
        <source>In your shop&apos;s admin, create an integration that cobby uses.</source>
        <translation>Lege im Admin deines Shops eine Integration an, die cobby nutzt.</translation>
    </message>
    <message>
        <source>Open %1 and click %2.</source>
        <translation>Öffne %1 und klicke auf %2.</translation>
    </message>
    <message>
        <source>Name: enter %1. Your Password: your own admin password.</source>
        <translation>Name: Gib %1 ein. Ihr Kennwort: dein eigenes Admin-Passwort.</translation>
    </message>
    <message>
        <source>Open the tab %1, set Resource Access to %2 and tick %3.</source>
        <translation>Öffne den Reiter %1, setze „Zugriff auf Ressource“ auf %2 und hake %3 an.</translation>
    </message>
    <message>
        <source>Click %1.</source>
        <translation>Klicke auf %1.</translation>
    </message>
    <message>
        <source>In the list of integrations, click %1 next to cobby, then %2.</source>
        <translation>Klicke in der Liste der Integrationen neben cobby auf %1, dann auf %2.</translation>
    </message>
    <message>
        <source>Magento now shows four values. Keep that window open and click Next here.</source>
        <translation>Magento zeigt jetzt vier Werte. Lass das Fenster offen und klicke hier auf „Weiter“.</translation>
    </message>
    <message>
        <source>Steps to create the integration</source>
        <translation>Schritte zum Anlegen der Integration</translation>
    </message>
    <message>
        <source>Magento may call the integration &quot;not secure&quot;: that is expected for integrations made by hand.</source>
        <translation>Magento nennt die Integration vielleicht „nicht sicher“: Das ist bei von Hand angelegten Integrationen normal.</translation>
    </message>
</context>
<context>
    <name>M2TokensPage</name>
    <message>
        <source>The integration&apos;s four values</source>
        <translation>Die vier Werte der Integration</translation>
    </message>
    <message>
        <source>Integration name</source>
        <translation>Name der Integration</translation>
    </message>
    <message>
        <source>&amp;Integration name:</source>
        <translation>Name der &amp;Integration:</translation>
    </message>
    <message>
        <source>Paste the whole tokens panel here</source>
        <translation>Füge hier den ganzen Token-Bereich ein</translation>
    </message>
    <message>
        <source>Select the whole panel in Magento, copy it and paste it here.</source>
        <translation>Markiere in Magento den ganzen Bereich, kopiere ihn und füge ihn hier ein.</translation>
    </message>
    <message>
        <source>&amp;Paste everything at once:</source>
        <translation>Alles auf einmal ein&amp;fügen:</translation>
    </message>
    <message>
        <source>Enter the four values of the integration cobby uses.</source>
        <translation>Gib die vier Werte der Integration ein, die cobby nutzt.</translation>
    </message>
    <message>
        <source>Copy the four values Magento shows into the fields below, or paste the whole panel at once.</source>
        <translation>Kopiere die vier Werte, die Magento zeigt, in die Felder unten, oder füge den ganzen Bereich auf einmal ein.</translation>
    </message>
    <message>
        <source>No values were recognised in this text. Copy the panel again, or fill in the fields one by one.</source>
        <translation>In diesem Text wurden keine Werte erkannt. Kopiere den Bereich noch einmal oder fülle die Felder einzeln aus.</translation>
    </message>
    <message>
        <source>Filled in: %1.</source>
        <translation>Ausgefüllt: %1.</translation>
    </message>
    <message>
        <source>Still missing: %1.</source>
        <translation>Es fehlt noch: %1.</translation>
    </message>
</context>
<context>
    <name>MagentoAdmin</name>
    <message>
        <source>System &gt; Web Services &gt; SOAP/XML-RPC - Users</source>
        <translation>System &gt; Webdienste &gt; SOAP/XML-RPC - Benutzer</translation>
    </message>
    <message>
        <source>System &gt; Web Services &gt; SOAP/XML-RPC - Roles</source>
        <translation>System &gt; Webdienste &gt; SOAP/XML-RPC - Rollen</translation>
    </message>
    <message>
        <source>Add New Role</source>
        <translation>Neue Rolle hinzufügen</translation>
    </message>
    <message>
        <source>Add New User</source>
        <translation>Neuen Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>Role Resources</source>
        <translation>Rollen-Ressourcen</translation>
    </message>
    <message>
        <source>Save Role</source>
        <translation>Rolle speichern</translation>
    </message>
    <message>
        <source>Save User</source>
        <translation>Benutzer speichern</translation>
    </message>
    <message>
        <source>This account is</source>
        <translation>Dieses Konto ist</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>User Role</source>
        <translation>Benutzerrolle</translation>
    </message>
    <message>
        <source>Current Admin Password</source>
        <translation>Aktuelles Administrator-Passwort</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>System &gt; Extensions &gt; Integrations</source>
        <translation>System &gt; Erweiterungen &gt; Integrationen</translation>
    </message>
    <message>
        <source>Add New Integration</source>
        <translation>Neue Integration hinzufügen</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Erlauben</translation>
    </message>
    <message>
        <source>System &gt; Configuration &gt; Services &gt; cobby &gt; General Settings &gt; Active</source>
        <translation>System &gt; Konfiguration &gt; Services &gt; cobby &gt; General Settings &gt; Active</translation>
    </message>
    <message>
        <source>Stores &gt; Configuration &gt; Services &gt; cobby &gt; General Settings &gt; Active</source>
        <translation>Shops &gt; Konfiguration &gt; Dienste &gt; cobby &gt; Allgemeine Einstellungen &gt; Aktiv</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>cobby Desktop</source>
        <translation>cobby Desktop</translation>
    </message>
    <message>
        <source>%1 copied to the clipboard.</source>
        <translation>%1 in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>&amp;Connect a shop…</source>
        <translation>Shop &amp;verbinden…</translation>
    </message>
    <message>
        <source>Create API access for a Magento shop and connect it to cobby.</source>
        <translation>API-Zugang für einen Magento-Shop anlegen und ihn mit cobby verbinden.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Check that cobby can reach the selected shop with its stored key.</source>
        <translation>Prüfen, ob cobby den gewählten Shop mit seinem gespeicherten Schlüssel erreicht.</translation>
    </message>
    <message>
        <source>Security &amp;audit</source>
        <translation>Sicherheits&amp;prüfung</translation>
    </message>
    <message>
        <source>Review keys that are old, unused or revoked.</source>
        <translation>Alte, ungenutzte oder widerrufene Schlüssel prüfen.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Read the inventory again.</source>
        <translation>Die Übersicht neu einlesen.</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Search the shops.</source>
        <translation>Die Shops durchsuchen.</translation>
    </message>
    <message>
        <source>&amp;Workspaces…</source>
        <translation>&amp;Workspaces…</translation>
    </message>
    <message>
        <source>Add, rename or delete cobby workspaces and their license keys.</source>
        <translation>cobby-Workspaces und ihre Lizenzschlüssel hinzufügen, umbenennen oder löschen.</translation>
    </message>
    <message>
        <source>&amp;Export to a KeePass file…</source>
        <translation>In KeePass-Datei &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save shops and their keys in a passphrase-protected KeePass file.</source>
        <translation>Shops und ihre Schlüssel in einer mit Passphrase geschützten KeePass-Datei speichern.</translation>
    </message>
    <message>
        <source>&amp;Import from a KeePass file…</source>
        <translation>Aus KeePass-Datei &amp;importieren…</translation>
    </message>
    <message>
        <source>Add or update shops and their keys from a KeePass file.</source>
        <translation>Shops und ihre Schlüssel aus einer KeePass-Datei hinzufügen oder aktualisieren.</translation>
    </message>
    <message>
        <source>&amp;Group by workspace</source>
        <translation>Nach Workspace &amp;gruppieren</translation>
    </message>
    <message>
        <source>Show the shops under their cobby workspaces.</source>
        <translation>Die Shops unter ihren cobby-Workspaces zeigen.</translation>
    </message>
    <message>
        <source>C&amp;ontinue setup…</source>
        <translation>Einrichtung &amp;fortsetzen…</translation>
    </message>
    <message>
        <source>Go on with a shop whose setup was not finished.</source>
        <translation>Mit einem Shop weitermachen, dessen Einrichtung nicht fertig ist.</translation>
    </message>
    <message>
        <source>&amp;Edit shop…</source>
        <translation>Shop &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Change the shop&apos;s name, address or certificate exception.</source>
        <translation>Name, Adresse oder Zertifikatsausnahme des Shops ändern.</translation>
    </message>
    <message>
        <source>&amp;Rotate key…</source>
        <translation>Schlüssel &amp;erneuern…</translation>
    </message>
    <message>
        <source>Replace the shop&apos;s key or tokens without interrupting cobby.</source>
        <translation>Schlüssel oder Tokens des Shops ersetzen, ohne cobby zu unterbrechen.</translation>
    </message>
    <message>
        <source>Re&amp;voke access…</source>
        <translation>Zugang &amp;widerrufen…</translation>
    </message>
    <message>
        <source>Remove cobby&apos;s access to the shop and prove the shop refuses it.</source>
        <translation>cobbys Zugang zum Shop entfernen und nachweisen, dass der Shop ihn ablehnt.</translation>
    </message>
    <message>
        <source>Activity &amp;log…</source>
        <translation>Aktivitäts&amp;protokoll…</translation>
    </message>
    <message>
        <source>What was created, tested, copied, rotated and revoked, and when.</source>
        <translation>Was wann angelegt, getestet, kopiert, erneuert und widerrufen wurde.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About cobby Desktop</source>
        <translation>&amp;Über cobby Desktop</translation>
    </message>
    <message>
        <source>cobby Desktop &amp;guide</source>
        <translation>cobby Desktop-&amp;Anleitung</translation>
    </message>
    <message>
        <source>What cobby needs, the setup&apos;s steps and what each test result means.</source>
        <translation>Was cobby braucht, die Schritte der Einrichtung und was jedes Testergebnis bedeutet.</translation>
    </message>
    <message>
        <source>Contact cobby &amp;support…</source>
        <translation>cobby-&amp;Support kontaktieren…</translation>
    </message>
    <message>
        <source>Prepare an email to cobby support with a report without keys.</source>
        <translation>Eine E-Mail an den cobby-Support vorbereiten, mit einem Bericht ohne Schlüssel.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Shop</source>
        <translation>&amp;Shop</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Opening the inventory…</source>
        <translation>Die Übersicht wird geöffnet…</translation>
    </message>
    <message>
        <source>Shops</source>
        <translation>Shops</translation>
    </message>
    <message>
        <source>Search shops, workspaces, API users…</source>
        <translation>Shops, Workspaces, API-Benutzer suchen…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>No shop matches your search.</source>
        <translation>Kein Shop passt zu deiner Suche.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Try to open the inventory again</source>
        <translation>Erneut versuchen, die Übersicht zu öffnen</translation>
    </message>
    <message>
        <source>Inventory stored on this computer</source>
        <translation>Auf diesem Computer gespeicherte Übersicht</translation>
    </message>
    <message>
        <source>Reading the inventory…</source>
        <translation>Die Übersicht wird gelesen…</translation>
    </message>
    <message>
        <source>The inventory could not be opened.</source>
        <translation>Die Übersicht konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The inventory could not be opened</source>
        <translation>Die Übersicht konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>No keychain available</source>
        <translation>Kein Schlüsselbund verfügbar</translation>
    </message>
    <message>
        <source>The keychain is locked</source>
        <translation>Der Schlüsselbund ist gesperrt</translation>
    </message>
    <message>
        <source>Access to the keychain was denied</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert</translation>
    </message>
    <message>
        <source>The value is too large for the keychain</source>
        <translation>Der Wert ist zu groß für den Schlüsselbund</translation>
    </message>
    <message>
        <source>The keychain did not answer</source>
        <translation>Der Schlüsselbund hat nicht geantwortet</translation>
    </message>
    <message numerus="yes">
        <source>%n shops</source>
        <translation>
            <numerusform>%n Shop</numerusform>
            <numerusform>%n Shops</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing %1 of %2 shops</source>
        <translation>%1 von %2 Shops angezeigt</translation>
    </message>
    <message>
        <source>A connection test is already running.</source>
        <translation>Es läuft schon ein Verbindungstest.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>%1 wird getestet…</translation>
    </message>
    <message>
        <source>The connection to %1 works.</source>
        <translation>Die Verbindung zu %1 funktioniert.</translation>
    </message>
    <message>
        <source>The test of %1 found problems. See the check history.</source>
        <translation>Der Test von %1 hat Probleme gefunden. Sieh dir die Testgeschichte an.</translation>
    </message>
    <message>
        <source>Testing… (%1)</source>
        <translation>Wird getestet… (%1)</translation>
    </message>
    <message>
        <source>The clipboard was cleared.</source>
        <translation>Die Zwischenablage wurde geleert.</translation>
    </message>
    <message>
        <source>A connection test is running.</source>
        <translation>Ein Verbindungstest läuft.</translation>
    </message>
    <message>
        <source>Quit while work is running?</source>
        <translation>Beenden, während noch etwas läuft?</translation>
    </message>
    <message>
        <source>If you quit now, it is stopped and its result is not kept. Your shops, keys and anything already saved stay as they are; an open setup keeps what you typed as a draft.</source>
        <translation>Wenn du jetzt beendest, wird es abgebrochen und sein Ergebnis nicht gespeichert. Deine Shops, Schlüssel und alles bereits Gespeicherte bleiben, wie sie sind; eine offene Einrichtung behält deine Eingaben als Entwurf.</translation>
    </message>
    <message>
        <source>&amp;Quit anyway</source>
        <translation>Trotzdem &amp;beenden</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>&amp;Weiterarbeiten</translation>
    </message>
</context>
<context>
    <name>Portal</name>
    <message>
        <source>The address of your shop&apos;s storefront, exactly as shown, ending with a slash.</source>
        <translation>Die Adresse der Storefront deines Shops, genau wie gezeigt, mit einem Schrägstrich am Ende.</translation>
    </message>
    <message>
        <source>The user name of the API user you created for cobby in the shop.</source>
        <translation>Der Benutzername des API-Benutzers, den du im Shop für cobby angelegt hast.</translation>
    </message>
    <message>
        <source>The key of that API user. Paste it without spaces before or after it.</source>
        <translation>Der Schlüssel dieses API-Benutzers. Füge ihn ohne Leerzeichen davor oder danach ein.</translation>
    </message>
    <message>
        <source>The {label} that the shop shows for the cobby integration.</source>
        <translation>Der Wert {label}, den der Shop für die cobby-Integration zeigt.</translation>
    </message>
    <message>
        <source>Open the cobby portal at {url} and sign in.</source>
        <translation>Öffne das cobby-Portal unter {url} und melde dich an.</translation>
    </message>
    <message>
        <source>In the menu on the left open Settings, then Manage shop.</source>
        <translation>Öffne im Menü links „Settings“ und dann „Manage shop“.</translation>
    </message>
    <message>
        <source>In the card Shop credentials click the lock button to unlock the fields.</source>
        <translation>Klicke in der Karte Shop credentials auf das Schloss, um die Felder freizugeben.</translation>
    </message>
    <message>
        <source>Enter Shop URL, user name and API key as shown here, in this order; the copy buttons put each value on the clipboard.</source>
        <translation>Trage Shop-URL, Benutzername und API-Schlüssel in dieser Reihenfolge so ein, wie sie hier stehen; die Kopieren-Knöpfe legen jeden Wert in die Zwischenablage.</translation>
    </message>
    <message>
        <source>Enter Shop URL, Consumer Key, Consumer Secret, Access Token and Access Token Secret as shown here, in this order; the copy buttons put each value on the clipboard.</source>
        <translation>Trage Shop-URL, Consumer Key, Consumer Secret, Access Token und Access Token Secret in dieser Reihenfolge so ein, wie sie hier stehen; die Kopieren-Knöpfe legen jeden Wert in die Zwischenablage.</translation>
    </message>
    <message>
        <source>Click Save at the bottom. The card Shop shows the State Active once cobby has connected; its Check button tests the connection from cobby&apos;s side.</source>
        <translation>Klicke unten auf „Save“. Sobald cobby verbunden ist, zeigt die Karte „Shop“ den State „Active“; ihr Knopf „Check“ testet die Verbindung von cobbys Seite aus.</translation>
    </message>
    <message>
        <source>Then come back here: cobby Desktop checks from your shop that cobby has connected.</source>
        <translation>Komm dann hierher zurück: cobby Desktop prüft über deinen Shop, ob cobby sich verbunden hat.</translation>
    </message>
    <message>
        <source>Shop URL</source>
        <translation>Shop URL</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
</context>
<context>
    <name>PortalPage</name>
    <message>
        <source>Tell cobby about the shop</source>
        <translation>cobby den Shop mitteilen</translation>
    </message>
    <message>
        <source>Last step: enter these values in cobby&apos;s portal so cobby can connect.</source>
        <translation>Letzter Schritt: Trag diese Werte im cobby-Portal ein, damit cobby sich verbinden kann.</translation>
    </message>
    <message>
        <source>Steps in cobby&apos;s portal</source>
        <translation>Schritte im cobby-Portal</translation>
    </message>
    <message>
        <source>Open cobby&apos;s &amp;portal</source>
        <translation>c&amp;obby-Portal öffnen</translation>
    </message>
    <message>
        <source>Open cobby&apos;s portal in the browser</source>
        <translation>Das cobby-Portal im Browser öffnen</translation>
    </message>
    <message>
        <source>After saving in the portal, let cobby Desktop confirm the connection</source>
        <translation>Lass cobby Desktop nach dem Speichern im Portal die Verbindung bestätigen</translation>
    </message>
    <message>
        <source>cobby Desktop asks your shop, through its own API, whether cobby has connected with this workspace&apos;s license key. It checks again every few seconds for up to ten minutes. This is optional: you can finish the setup now and check later with Test connection in the main window.</source>
        <translation>cobby Desktop fragt deinen Shop über seine eigene API, ob cobby sich mit dem Lizenzschlüssel dieses Workspaces verbunden hat. Es fragt alle paar Sekunden erneut, bis zu zehn Minuten lang. Das ist freiwillig: Du kannst die Einrichtung jetzt abschließen und später im Hauptfenster mit „Verbindung testen“ prüfen.</translation>
    </message>
    <message>
        <source>Connection to cobby</source>
        <translation>Verbindung zu cobby</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>Zwischenablage</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Seconds before a copied key is cleared from the clipboard</source>
        <translation>Sekunden, bis ein kopierter Schlüssel aus der Zwischenablage gelöscht wird</translation>
    </message>
    <message>
        <source>Clear a copied &amp;key after:</source>
        <translation>Kopierten Schlüssel &amp;leeren nach:</translation>
    </message>
    <message>
        <source>Long enough to switch to the shop or cobby&apos;s portal and paste, twice if needed. Whatever you copy yourself meanwhile is left alone.</source>
        <translation>Lange genug, um zum Shop oder ins cobby-Portal zu wechseln und einzufügen, wenn nötig zweimal. Was du in der Zwischenzeit selbst kopierst, bleibt unberührt.</translation>
    </message>
</context>
<context>
    <name>Proof</name>
    <message>
        <source>cobby is connected to your shop.</source>
        <translation>cobby ist mit deinem Shop verbunden.</translation>
    </message>
    <message>
        <source>cobby has not reached your shop yet.</source>
        <translation>cobby hat deinen Shop noch nicht erreicht.</translation>
    </message>
    <message>
        <source>This shop is connected to another workspace.</source>
        <translation>Dieser Shop ist mit einem anderen Workspace verbunden.</translation>
    </message>
    <message>
        <source>The shop&apos;s API did not answer the cobby check.</source>
        <translation>Die API des Shops hat auf die cobby-Prüfung nicht geantwortet.</translation>
    </message>
    <message>
        <source>The connection check was cancelled.</source>
        <translation>Die Verbindungsprüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>cobby has not confirmed the connection in time.</source>
        <translation>cobby hat die Verbindung nicht rechtzeitig bestätigt.</translation>
    </message>
    <message>
        <source>The shop no longer accepts the API user name and key.</source>
        <translation>Der Shop nimmt den API-Benutzernamen und Schlüssel nicht mehr an.</translation>
    </message>
    <message>
        <source>The API user has lost the cobby permission in the shop.</source>
        <translation>Der API-Benutzer hat im Shop die cobby-Berechtigung verloren.</translation>
    </message>
    <message>
        <source>cobby has reached your shop with this workspace&apos;s license key, but the cobby connector reports itself as not active yet.</source>
        <translation>cobby hat deinen Shop mit dem Lizenzschlüssel dieses Workspaces erreicht, aber der cobby-Connector meldet sich noch als nicht aktiv.</translation>
    </message>
    <message>
        <source>The shop does not answer the cobby connector&apos;s API any more.</source>
        <translation>Der Shop beantwortet die API des cobby-Connectors nicht mehr.</translation>
    </message>
    <message>
        <source>The shop&apos;s API cannot be reached from this computer right now.</source>
        <translation>Die API des Shops ist von diesem Computer aus gerade nicht erreichbar.</translation>
    </message>
    <message>
        <source>The shop answered with an internal error.</source>
        <translation>Der Shop hat mit einem internen Fehler geantwortet.</translation>
    </message>
    <message>
        <source>The stored API key has an invalid format.</source>
        <translation>Der gespeicherte API-Schlüssel hat ein ungültiges Format.</translation>
    </message>
    <message>
        <source>One of the stored integration values has an invalid format.</source>
        <translation>Einer der gespeicherten Werte der Integration hat ein ungültiges Format.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock differs too much from the shop&apos;s clock.</source>
        <translation>Die Uhr dieses Computers weicht zu stark von der Uhr des Shops ab.</translation>
    </message>
    <message>
        <source>The shop runs the old cobby connector (Mash2_Cobby).</source>
        <translation>Der Shop nutzt den alten cobby-Connector (Mash2_Cobby).</translation>
    </message>
    <message>
        <source>The shop no longer knows the integration&apos;s access token.</source>
        <translation>Der Shop kennt das Zugriffstoken der Integration nicht mehr.</translation>
    </message>
    <message>
        <source>The shop no longer knows the integration&apos;s consumer key.</source>
        <translation>Der Shop kennt den Konsumentenschlüssel der Integration nicht mehr.</translation>
    </message>
    <message>
        <source>The shop does not know the store code of this shop.</source>
        <translation>Der Shop kennt den Store-Code dieses Shops nicht.</translation>
    </message>
    <message>
        <source>The cobby connector answered without a license key.</source>
        <translation>Der cobby-Connector hat ohne Lizenzschlüssel geantwortet.</translation>
    </message>
    <message>
        <source>Check in the shop&apos;s admin that the cobby connector is enabled and its cache is refreshed.</source>
        <translation>Prüfe im Admin des Shops, ob der cobby-Connector eingeschaltet und sein Cache aktualisiert ist.</translation>
    </message>
    <message>
        <source>This shop has no workspace with a stored license key. Choose its workspace and enter the workspace&apos;s license key first.</source>
        <translation>Dieser Shop hat keinen Workspace mit gespeichertem Lizenzschlüssel. Wähle zuerst seinen Workspace und gib dessen Lizenzschlüssel ein.</translation>
    </message>
    <message>
        <source>The shop did not accept the integration&apos;s values.</source>
        <translation>Der Shop hat die Werte der Integration nicht angenommen.</translation>
    </message>
    <message>
        <source>The shop&apos;s web server holds back cobby&apos;s login.</source>
        <translation>Der Webserver des Shops hält cobbys Anmeldung zurück.</translation>
    </message>
    <message>
        <source>The keychain holds no API credentials for this shop. Enter them again in the shop&apos;s details.</source>
        <translation>Im Schlüsselbund liegen keine API-Zugangsdaten für diesen Shop. Gib sie in den Details des Shops neu ein.</translation>
    </message>
    <message>
        <source>Open the cobby portal at https://app.cobby.io and check that this workspace&apos;s shop connection settings are saved with exactly the values shown here.</source>
        <translation>Öffne das cobby-Portal unter https://app.cobby.io und prüfe, ob die Shop-Verbindung dieses Workspaces genau mit den hier gezeigten Werten gespeichert ist.</translation>
    </message>
    <message>
        <source>Wait until the portal shows the connection as Active, then test the connection again.</source>
        <translation>Warte, bis das Portal die Verbindung als Active zeigt, und teste die Verbindung dann erneut.</translation>
    </message>
    <message>
        <source>If the shop is behind HTTP basic auth or a firewall, let cobby&apos;s service reach the shop&apos;s API (/api/cobby/ on Magento 1, /rest/ on Magento 2).</source>
        <translation>Liegt der Shop hinter einer Passwortabfrage (HTTP Basic Auth) oder einer Firewall, lass cobbys Dienst an die API des Shops (/api/cobby/ bei Magento 1, /rest/ bei Magento 2).</translation>
    </message>
    <message>
        <source>Check in the cobby portal that you saved the shop connection in this workspace, not in another one.</source>
        <translation>Prüfe im cobby-Portal, ob du die Shop-Verbindung in diesem Workspace gespeichert hast und nicht in einem anderen.</translation>
    </message>
    <message>
        <source>If the shop should belong to this workspace, remove the connection from the other workspace in the portal, save it here, then test the connection again.</source>
        <translation>Soll der Shop zu diesem Workspace gehören, entferne die Verbindung im Portal aus dem anderen Workspace, speichere sie hier und teste die Verbindung dann erneut.</translation>
    </message>
    <message>
        <source>Check that the license key stored for this workspace is the one the portal shows for it.</source>
        <translation>Prüfe, ob der für diesen Workspace gespeicherte Lizenzschlüssel der ist, den das Portal für ihn zeigt.</translation>
    </message>
    <message>
        <source>Check in the cobby portal that the connection status is Active, then test the connection again.</source>
        <translation>Prüfe im cobby-Portal, ob der Status der Verbindung Active ist, und teste die Verbindung dann erneut.</translation>
    </message>
    <message>
        <source>Run the full connection test for this shop to see what the shop&apos;s API answers and how to fix it.</source>
        <translation>Starte den vollständigen Verbindungstest für diesen Shop, um zu sehen, was die API des Shops antwortet und wie du es behebst.</translation>
    </message>
    <message>
        <source>When the test passes, check the connection to cobby again.</source>
        <translation>Wenn der Test besteht, prüfe die Verbindung zu cobby erneut.</translation>
    </message>
    <message>
        <source>Check the shop connection settings in the cobby portal at https://app.cobby.io, then test the connection again.</source>
        <translation>Prüfe die Einstellungen der Shop-Verbindung im cobby-Portal unter https://app.cobby.io und teste die Verbindung dann erneut.</translation>
    </message>
</context>
<context>
    <name>ProofWidget</name>
    <message>
        <source>cobby Desktop has not checked the connection yet.</source>
        <translation>cobby Desktop hat die Verbindung noch nicht geprüft.</translation>
    </message>
    <message>
        <source>Connection to cobby</source>
        <translation>Verbindung zu cobby</translation>
    </message>
    <message>
        <source>Checking the connection</source>
        <translation>Die Verbindung wird geprüft</translation>
    </message>
    <message>
        <source>C&amp;heck the connection</source>
        <translation>Verbindung &amp;prüfen</translation>
    </message>
    <message>
        <source>Check the connection to cobby</source>
        <translation>Die Verbindung zu cobby prüfen</translation>
    </message>
    <message>
        <source>Cancel the check</source>
        <translation>Die Prüfung abbrechen</translation>
    </message>
    <message>
        <source>Cancel the connection check</source>
        <translation>Die Verbindungsprüfung abbrechen</translation>
    </message>
    <message>
        <source>Asking your shop whether cobby has connected…</source>
        <translation>Dein Shop wird gefragt, ob cobby sich verbunden hat…</translation>
    </message>
    <message>
        <source>cobby connector %1</source>
        <translation>cobby-Connector %1</translation>
    </message>
    <message>
        <source>%1 elapsed</source>
        <translation>%1 vergangen</translation>
    </message>
    <message>
        <source>next check in %1 s</source>
        <translation>nächste Prüfung in %1 s</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message numerus="yes">
        <source>%n checks</source>
        <translation>
            <numerusform>%n Prüfung</numerusform>
            <numerusform>%n Prüfungen</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;heck again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Was du tun kannst:</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>cobby Desktop connection report</source>
        <translation>cobby Desktop – Verbindungsbericht</translation>
    </message>
    <message>
        <source>Checked at</source>
        <translation>Geprüft am</translation>
    </message>
    <message>
        <source>Shop address given</source>
        <translation>Eingegebene Shop-Adresse</translation>
    </message>
    <message>
        <source>Shop address used</source>
        <translation>Verwendete Shop-Adresse</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>{subject}; issuer {issuer}; valid until {until}; SHA-256 {sha256}</source>
        <translation>{subject}; ausgestellt von {issuer}; gültig bis {until}; SHA-256 {sha256}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Cancelled before the end.</source>
        <translation>Vor dem Ende abgebrochen.</translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation>Die Verbindung funktioniert.</translation>
    </message>
    <message>
        <source>The connection does not work yet.</source>
        <translation>Die Verbindung funktioniert noch nicht.</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>Details: {detail}</source>
        <translation>Details: {detail}</translation>
    </message>
    <message>
        <source>Step {number}: {step}</source>
        <translation>Schritt {number}: {step}</translation>
    </message>
    <message>
        <source>Evidence: {evidence}</source>
        <translation>Beleg: {evidence}</translation>
    </message>
    <message>
        <source>cobby connector {version}, active: {active}, license key: {state}</source>
        <translation>cobby-Connector {version}, aktiv: {active}, Lizenzschlüssel: {state}</translation>
    </message>
    <message>
        <source>unknown version</source>
        <translation>Version unbekannt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>placeholder</source>
        <translation>Platzhalter</translation>
    </message>
    <message>
        <source>set</source>
        <translation>eingetragen</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>failure</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>fault {fault}</source>
        <translation>Fehlermeldung {fault}</translation>
    </message>
    <message>
        <source>{year}-{month}-{day} {time} UTC</source>
        <translation>{day}.{month}.{year} {time} UTC</translation>
    </message>
    <message>
        <source>{year}-{month}-{day}</source>
        <translation>{day}.{month}.{year}</translation>
    </message>
    <message>
        <source>{whole}.{fraction}</source>
        <translation>{whole},{fraction}</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>OAuth 1.0a signature (HMAC-SHA256), as cobby&apos;s service signs its requests</source>
        <translation>OAuth-1.0a-Signatur (HMAC-SHA256), so wie cobbys Dienst seine Anfragen signiert</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>Revoke API access</source>
        <translation>API-Zugang widerrufen</translation>
    </message>
    <message>
        <source>How to revoke the access</source>
        <translation>So widerrufst du den Zugang</translation>
    </message>
    <message>
        <source>I have deleted it: &amp;check now</source>
        <translation>Ich habe ihn gelöscht: jetzt &amp;prüfen</translation>
    </message>
    <message>
        <source>I have deleted it in Magento; check that the shop refuses it</source>
        <translation>Ich habe ihn in Magento gelöscht. Prüfen, ob der Shop ihn ablehnt</translation>
    </message>
    <message>
        <source>Revoke &amp;without checking…</source>
        <translation>&amp;Ohne Prüfung widerrufen…</translation>
    </message>
    <message>
        <source>Revoke without checking; marked unverified until a later check</source>
        <translation>Ohne Prüfung widerrufen. Bis zu einer späteren Prüfung als unbestätigt markiert</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Reading the credential…</source>
        <translation>Der Zugang wird gelesen…</translation>
    </message>
    <message>
        <source>This credential is no longer in the inventory.</source>
        <translation>Dieser Zugang ist nicht mehr in der Übersicht.</translation>
    </message>
    <message>
        <source>Revoke API access to %1</source>
        <translation>API-Zugang zu %1 widerrufen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is revoked: your shop refuses it, and its secrets are no longer in this computer&apos;s keychain.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ist widerrufen: Dein Shop lehnt ihn ab, und seine geheimen Werte sind nicht mehr im Schlüsselbund dieses Computers.</translation>
    </message>
    <message>
        <source>In the Magento admin of %1, open &lt;b&gt;System &amp;gt; Web Services &amp;gt; SOAP/XML-RPC - Users&lt;/b&gt;.</source>
        <translation>Öffne im Magento-Admin von %1 &lt;b&gt;System &amp;gt; Webdienste &amp;gt; SOAP/XML-RPC - Benutzer&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Open the user &lt;b&gt;%1&lt;/b&gt; and click &lt;b&gt;Delete User&lt;/b&gt;.</source>
        <translation>Öffne den Benutzer &lt;b&gt;%1&lt;/b&gt; und klicke auf &lt;b&gt;Benutzer löschen&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>In the Magento admin of %1, open &lt;b&gt;System &amp;gt; Extensions &amp;gt; Integrations&lt;/b&gt;.</source>
        <translation>Öffne im Magento-Admin von %1 &lt;b&gt;System &amp;gt; Erweiterungen &amp;gt; Integrationen&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>On the line of &lt;b&gt;%1&lt;/b&gt;, click the delete icon and confirm.</source>
        <translation>Klicke in der Zeile von &lt;b&gt;%1&lt;/b&gt; auf das Löschen-Symbol und bestätige.</translation>
    </message>
    <message>
        <source>If cobby should no longer reach this shop, also remove the shop connection in the cobby portal.</source>
        <translation>Soll cobby diesen Shop nicht mehr erreichen, entferne auch die Shop-Verbindung im cobby-Portal.</translation>
    </message>
    <message>
        <source>Come back here and click &lt;b&gt;Check now&lt;/b&gt;: the app logs in with the old access and revokes it once your shop refuses it.</source>
        <translation>Komm hierher zurück und klicke auf &lt;b&gt;Jetzt prüfen&lt;/b&gt;: Die App meldet sich mit dem alten Zugang an und widerruft ihn, sobald dein Shop ihn ablehnt.</translation>
    </message>
    <message>
        <source>Revoking &lt;b&gt;%1&lt;/b&gt; ends cobby&apos;s access with it.</source>
        <translation>Der Widerruf von &lt;b&gt;%1&lt;/b&gt; beendet cobbys Zugang damit.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; was revoked without checking. Check now that your shop refuses it; then its secrets leave the keychain.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; wurde ohne Prüfung widerrufen. Prüfe jetzt, ob dein Shop ihn ablehnt. Dann verlassen seine geheimen Werte den Schlüsselbund.</translation>
    </message>
    <message>
        <source>Revoked. Your shop refuses the access, and its secrets were removed from the keychain.</source>
        <translation>Widerrufen. Dein Shop lehnt den Zugang ab, und seine geheimen Werte wurden aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>Your shop still accepts this access, so nothing was changed. Delete it in the Magento admin as described, then check again.</source>
        <translation>Dein Shop nimmt diesen Zugang noch an, darum wurde nichts geändert. Lösche ihn wie beschrieben im Magento-Admin und prüfe dann erneut.</translation>
    </message>
    <message>
        <source>The app could not tell whether your shop refuses the access.</source>
        <translation>Die App konnte nicht feststellen, ob dein Shop den Zugang ablehnt.</translation>
    </message>
    <message>
        <source>Check again later, or revoke without checking.</source>
        <translation>Prüfe später erneut oder widerrufe ohne Prüfung.</translation>
    </message>
    <message>
        <source>Logging in with the access to be revoked…</source>
        <translation>Anmeldung mit dem zu widerrufenden Zugang…</translation>
    </message>
    <message>
        <source>Revoke without checking?</source>
        <translation>Ohne Prüfung widerrufen?</translation>
    </message>
    <message>
        <source>The access is marked revoked now, but as unverified: its secrets stay in the keychain until a later check proves your shop refuses it. The security audit reminds you to check.</source>
        <translation>Der Zugang ist jetzt als widerrufen markiert, aber als unbestätigt: Seine geheimen Werte bleiben im Schlüsselbund, bis eine spätere Prüfung zeigt, dass dein Shop ihn ablehnt. Die Sicherheitsprüfung erinnert dich daran.</translation>
    </message>
    <message>
        <source>Revoke without checking</source>
        <translation>Ohne Prüfung widerrufen</translation>
    </message>
    <message>
        <source>Marked as revoked, not yet verified. Check it when the shop can be reached.</source>
        <translation>Als widerrufen markiert, noch nicht bestätigt. Prüfe es, wenn der Shop erreichbar ist.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>A step of the revocation is running.</source>
        <translation>Ein Schritt des Widerrufs läuft gerade.</translation>
    </message>
</context>
<context>
    <name>RotationDialog</name>
    <message>
        <source>This shop is no longer in the inventory.</source>
        <translation>Dieser Shop ist nicht mehr in der Übersicht.</translation>
    </message>
    <message>
        <source>This shop has no active credential to rotate. Test its connection first; a credential becomes active when the test passes.</source>
        <translation>Dieser Shop hat keinen aktiven Zugang zum Erneuern. Teste zuerst seine Verbindung: Ein Zugang wird aktiv, wenn der Test besteht.</translation>
    </message>
    <message>
        <source>Rotate the API key</source>
        <translation>API-Schlüssel erneuern</translation>
    </message>
    <message>
        <source>Steps of the rotation</source>
        <translation>Schritte der Erneuerung</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close; the rotation continues where it stopped when you open it again</source>
        <translation>Schließen. Die Erneuerung geht beim nächsten Öffnen dort weiter, wo sie aufgehört hat</translation>
    </message>
    <message>
        <source>&amp;Stop the rotation…</source>
        <translation>Erneuerung &amp;abbrechen…</translation>
    </message>
    <message>
        <source>Stop the rotation and keep using the old access</source>
        <translation>Die Erneuerung abbrechen und den alten Zugang weiter nutzen</translation>
    </message>
    <message>
        <source>&amp;Start the rotation</source>
        <translation>Erneuerung &amp;starten</translation>
    </message>
    <message>
        <source>Start the rotation</source>
        <translation>Die Erneuerung starten</translation>
    </message>
    <message>
        <source>Create the new access in Magento</source>
        <translation>Den neuen Zugang in Magento anlegen</translation>
    </message>
    <message>
        <source>Add a &amp;new integration</source>
        <translation>Eine &amp;neue Integration hinzufügen</translation>
    </message>
    <message>
        <source>cobby keeps working until you switch.</source>
        <translation>cobby arbeitet weiter, bis du umstellst.</translation>
    </message>
    <message>
        <source>&amp;Reauthorize the existing integration</source>
        <translation>Die vorhandene Integration erneut &amp;genehmigen</translation>
    </message>
    <message>
        <source>Quicker, but cobby&apos;s access stops until you update the portal.</source>
        <translation>Schneller, aber cobbys Zugang ruht, bis du das Portal aktualisiert hast.</translation>
    </message>
    <message>
        <source>New API &amp;key:</source>
        <translation>Neuer API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>New API key</source>
        <translation>Neuer API-Schlüssel</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Show the new API key</source>
        <translation>Den neuen API-Schlüssel zeigen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the new API key</source>
        <translation>Den neuen API-Schlüssel kopieren</translation>
    </message>
    <message>
        <source>New key</source>
        <translation>Neuer Schlüssel</translation>
    </message>
    <message>
        <source>Generate another API key</source>
        <translation>Einen anderen API-Schlüssel erzeugen</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>&amp;Paste all values</source>
        <translation>Alle Werte ein&amp;fügen</translation>
    </message>
    <message>
        <source>Paste all values copied from Magento&apos;s integration tokens panel</source>
        <translation>Alle Werte einfügen, die du aus dem Token-Bereich der Magento-Integration kopiert hast</translation>
    </message>
    <message>
        <source>&amp;Test the new access</source>
        <translation>Neuen Zugang &amp;testen</translation>
    </message>
    <message>
        <source>Test the new access</source>
        <translation>Den neuen Zugang testen</translation>
    </message>
    <message>
        <source>Update the cobby portal</source>
        <translation>Das cobby-Portal aktualisieren</translation>
    </message>
    <message>
        <source>Open cobby&apos;s p&amp;ortal</source>
        <translation>cobby-P&amp;ortal öffnen</translation>
    </message>
    <message>
        <source>Open cobby&apos;s portal in the browser</source>
        <translation>Das cobby-Portal im Browser öffnen</translation>
    </message>
    <message>
        <source>I have &amp;updated the portal</source>
        <translation>Ich habe das Portal &amp;aktualisiert</translation>
    </message>
    <message>
        <source>I have updated the portal</source>
        <translation>Ich habe das Portal aktualisiert</translation>
    </message>
    <message>
        <source>Your browser could not be opened. Copy this address: %1</source>
        <translation>Dein Browser ließ sich nicht öffnen. Kopiere diese Adresse: %1</translation>
    </message>
    <message>
        <source>Wait for cobby to connect</source>
        <translation>Warten, bis cobby sich verbindet</translation>
    </message>
    <message>
        <source>&amp;Check the connection</source>
        <translation>Verbindung &amp;prüfen</translation>
    </message>
    <message>
        <source>Check that cobby connects with the new access</source>
        <translation>Prüfen, ob cobby sich mit dem neuen Zugang verbindet</translation>
    </message>
    <message>
        <source>Delete the old access in Magento</source>
        <translation>Den alten Zugang in Magento löschen</translation>
    </message>
    <message>
        <source>I have &amp;deleted it</source>
        <translation>Ich habe ihn &amp;gelöscht</translation>
    </message>
    <message>
        <source>I have deleted the old access; check that the shop rejects it</source>
        <translation>Ich habe den alten Zugang gelöscht. Prüfen, ob der Shop ihn ablehnt</translation>
    </message>
    <message>
        <source>Check that the shop rejects the old access</source>
        <translation>Prüfen, ob der Shop den alten Zugang ablehnt</translation>
    </message>
    <message>
        <source>&amp;Check now</source>
        <translation>Jetzt &amp;prüfen</translation>
    </message>
    <message>
        <source>Finish the rotation</source>
        <translation>Die Erneuerung abschließen</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Abschließen</translation>
    </message>
    <message>
        <source>Finish the rotation and remove the old key from the keychain</source>
        <translation>Die Erneuerung abschließen und den alten Schlüssel aus dem Schlüsselbund entfernen</translation>
    </message>
    <message>
        <source>The rotation is complete</source>
        <translation>Die Erneuerung ist abgeschlossen</translation>
    </message>
    <message>
        <source>Reading the rotation…</source>
        <translation>Die Erneuerung wird gelesen…</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was lost: continue whenever you like.</source>
        <translation>Abgebrochen. Nichts ging verloren: Mach weiter, wann du willst.</translation>
    </message>
    <message>
        <source>A step of the key rotation is running.</source>
        <translation>Ein Schritt der Erneuerung läuft gerade.</translation>
    </message>
    <message>
        <source>Rotate the API key of %1</source>
        <translation>API-Schlüssel von %1 erneuern</translation>
    </message>
    <message>
        <source>After you save the new values in the portal, cobby connects to %1 with them. The app asks your shop, with the new access, whether it works and is connected to your workspace. This can take a few minutes; you can close this window and come back later. (Your shop cannot tell which access cobby&apos;s service used; deleting the old access next is what proves it.)</source>
        <translation>Sobald du die neuen Werte im Portal gespeichert hast, verbindet sich cobby damit mit %1. Die App fragt deinen Shop mit dem neuen Zugang, ob er funktioniert und mit deinem Workspace verbunden ist. Das kann ein paar Minuten dauern. Du kannst dieses Fenster schließen und später wiederkommen. (Dein Shop kann nicht sagen, welchen Zugang cobbys Dienst genutzt hat. Das beweist erst das Löschen des alten Zugangs im nächsten Schritt.)</translation>
    </message>
    <message>
        <source>The app now logs in with the old access. The rotation can only finish when your shop refuses it.</source>
        <translation>Die App meldet sich jetzt mit dem alten Zugang an. Die Erneuerung kann erst abschließen, wenn dein Shop ihn ablehnt.</translation>
    </message>
    <message>
        <source>Your shop refuses the old access and accepts the new one. Check in the cobby portal that the shop connection is still active: then cobby is using the new access. Finish to mark the old access as revoked and remove its key from this computer&apos;s keychain.</source>
        <translation>Dein Shop lehnt den alten Zugang ab und nimmt den neuen an. Prüfe im cobby-Portal, ob die Shop-Verbindung noch aktiv ist: Dann nutzt cobby den neuen Zugang. Schließ ab, um den alten Zugang als widerrufen zu markieren und seinen Schlüssel aus dem Schlüsselbund dieses Computers zu entfernen.</translation>
    </message>
    <message>
        <source>cobby now uses the new access for %1. The old access is revoked, and its key is removed from this computer&apos;s keychain.</source>
        <translation>cobby nutzt jetzt den neuen Zugang für %1. Der alte Zugang ist widerrufen, und sein Schlüssel ist aus dem Schlüsselbund dieses Computers entfernt.</translation>
    </message>
    <message>
        <source>Create the new access</source>
        <translation>Neuen Zugang anlegen</translation>
    </message>
    <message>
        <source>The shop accepts the new</source>
        <translation>Shop nimmt den neuen an</translation>
    </message>
    <message>
        <source>Delete the old access</source>
        <translation>Alten Zugang löschen</translation>
    </message>
    <message>
        <source>Shop refuses the old one</source>
        <translation>Shop lehnt den alten ab</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Replace the API user &lt;b&gt;%1&lt;/b&gt; of %2 without interrupting cobby:</source>
        <translation>Ersetze den API-Benutzer &lt;b&gt;%1&lt;/b&gt; von %2, ohne cobby zu unterbrechen:</translation>
    </message>
    <message>
        <source>You create a new API user in Magento and the app tests it.</source>
        <translation>Du legst in Magento einen neuen API-Benutzer an, und die App testet ihn.</translation>
    </message>
    <message>
        <source>You delete the old API user in Magento; the app checks that your shop refuses it.</source>
        <translation>Du löschst den alten API-Benutzer in Magento. Die App prüft, ob dein Shop ihn ablehnt.</translation>
    </message>
    <message>
        <source>Replace the integration &lt;b&gt;%1&lt;/b&gt; of %2 without interrupting cobby:</source>
        <translation>Ersetze die Integration &lt;b&gt;%1&lt;/b&gt; von %2, ohne cobby zu unterbrechen:</translation>
    </message>
    <message>
        <source>You create a new integration in Magento and the app tests it.</source>
        <translation>Du legst in Magento eine neue Integration an, und die App testet sie.</translation>
    </message>
    <message>
        <source>You delete the old integration in Magento; the app checks that your shop refuses it.</source>
        <translation>Du löschst die alte Integration in Magento. Die App prüft, ob dein Shop sie ablehnt.</translation>
    </message>
    <message>
        <source>You enter the new values in the cobby portal.</source>
        <translation>Du trägst die neuen Werte im cobby-Portal ein.</translation>
    </message>
    <message>
        <source>The app checks that your shop accepts the new values and holds your workspace&apos;s key.</source>
        <translation>Die App prüft, ob dein Shop die neuen Werte annimmt und den Schlüssel deines Workspaces hat.</translation>
    </message>
    <message>
        <source>The old key leaves this computer&apos;s keychain.</source>
        <translation>Der alte Schlüssel verlässt den Schlüsselbund dieses Computers.</translation>
    </message>
    <message>
        <source>The old access keeps working until the new one is proven. You can close this window at any step and continue later.</source>
        <translation>Der alte Zugang funktioniert weiter, bis der neue nachgewiesen ist. Du kannst dieses Fenster bei jedem Schritt schließen und später weitermachen.</translation>
    </message>
    <message>
        <source>New API &amp;user name:</source>
        <translation>Neuer API-&amp;Benutzername:</translation>
    </message>
    <message>
        <source>New API user name</source>
        <translation>Neuer API-Benutzername</translation>
    </message>
    <message>
        <source>Create a second API user beside the old one &lt;b&gt;%1&lt;/b&gt;, which keeps working meanwhile.</source>
        <translation>Lege einen zweiten API-Benutzer neben dem alten &lt;b&gt;%1&lt;/b&gt; an. Der alte funktioniert so lange weiter.</translation>
    </message>
    <message>
        <source>In the Magento admin, open &lt;b&gt;System &amp;gt; Web Services &amp;gt; SOAP/XML-RPC - Users&lt;/b&gt; and click &lt;b&gt;Add New User&lt;/b&gt;.</source>
        <translation>Öffne im Magento-Admin &lt;b&gt;System &amp;gt; Webdienste &amp;gt; SOAP/XML-RPC - Benutzer&lt;/b&gt; und klicke auf &lt;b&gt;Neuen Benutzer hinzufügen&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>User Name: &lt;b&gt;%1&lt;/b&gt;. First name, last name and email: any values, e.g. your own.</source>
        <translation>Benutzername: &lt;b&gt;%1&lt;/b&gt;. Vorname, Nachname und E-Mail: beliebige Werte, z. B. deine eigenen.</translation>
    </message>
    <message>
        <source>API Key and API Key Confirmation: the key below. Use &lt;b&gt;Copy&lt;/b&gt; and paste it into both fields.</source>
        <translation>API-Schlüssel und Bestätigung API-Schlüssel: der Schlüssel unten. Nutze &lt;b&gt;Kopieren&lt;/b&gt; und füge ihn in beide Felder ein.</translation>
    </message>
    <message>
        <source>Open the &lt;b&gt;User Role&lt;/b&gt; tab, choose the &lt;b&gt;cobby&lt;/b&gt; role, and click &lt;b&gt;Save User&lt;/b&gt;.</source>
        <translation>Öffne den Reiter &lt;b&gt;Benutzerrolle&lt;/b&gt;, wähle die Rolle &lt;b&gt;cobby&lt;/b&gt; und klicke auf &lt;b&gt;Benutzer speichern&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Come back here and click &lt;b&gt;Test the new access&lt;/b&gt;.</source>
        <translation>Komm hierher zurück und klicke auf &lt;b&gt;Neuen Zugang testen&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Integration &amp;name:</source>
        <translation>&amp;Name der Integration:</translation>
    </message>
    <message>
        <source>Integration name</source>
        <translation>Name der Integration</translation>
    </message>
    <message>
        <source>In the Magento admin, open &lt;b&gt;System &amp;gt; Extensions &amp;gt; Integrations&lt;/b&gt;.</source>
        <translation>Öffne im Magento-Admin &lt;b&gt;System &amp;gt; Erweiterungen &amp;gt; Integrationen&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>On the line of &lt;b&gt;%1&lt;/b&gt;, click &lt;b&gt;Reauthorize&lt;/b&gt;, then &lt;b&gt;Reauthorize&lt;/b&gt; and &lt;b&gt;Done&lt;/b&gt;.</source>
        <translation>Klicke in der Zeile von &lt;b&gt;%1&lt;/b&gt; auf &lt;b&gt;Nochmals genehmigen&lt;/b&gt;, dann auf &lt;b&gt;Nochmals genehmigen&lt;/b&gt; und &lt;b&gt;Fertig&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Magento shows the integration&apos;s values. Consumer Key and Consumer Secret stay the same; copy the new &lt;b&gt;Access Token&lt;/b&gt; and &lt;b&gt;Access Token Secret&lt;/b&gt; into the fields below.</source>
        <translation>Magento zeigt die Werte der Integration. Konsumentenschlüssel und Konsumentengeheimnis bleiben gleich. Kopiere das neue &lt;b&gt;Zugriffstoken&lt;/b&gt; und das neue &lt;b&gt;Zugriffstoken-Secret&lt;/b&gt; in die Felder unten.</translation>
    </message>
    <message>
        <source>Reauthorize replaces the access token at once: cobby cannot reach your shop until you have updated the portal in the next step.</source>
        <translation>Nochmals genehmigen ersetzt das Zugriffstoken sofort: cobby erreicht deinen Shop erst wieder, wenn du im nächsten Schritt das Portal aktualisiert hast.</translation>
    </message>
    <message>
        <source>In the Magento admin, open &lt;b&gt;System &amp;gt; Extensions &amp;gt; Integrations&lt;/b&gt; and click &lt;b&gt;Add New Integration&lt;/b&gt;.</source>
        <translation>Öffne im Magento-Admin &lt;b&gt;System &amp;gt; Erweiterungen &amp;gt; Integrationen&lt;/b&gt; und klicke auf &lt;b&gt;Neue Integration hinzufügen&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Name: &lt;b&gt;%1&lt;/b&gt;. Email: yours. Your Password: your admin password.</source>
        <translation>Name: &lt;b&gt;%1&lt;/b&gt;. E-Mail: deine. Ihr Kennwort: dein Admin-Passwort.</translation>
    </message>
    <message>
        <source>Open the &lt;b&gt;API&lt;/b&gt; tab, set Resource Access to &lt;b&gt;Custom&lt;/b&gt;, tick &lt;b&gt;cobby&lt;/b&gt;, and click &lt;b&gt;Save&lt;/b&gt;.</source>
        <translation>Öffne den Reiter &lt;b&gt;API&lt;/b&gt;, setze „Zugriffsrechte“ auf &lt;b&gt;Benutzerdefiniert&lt;/b&gt;, hake &lt;b&gt;cobby&lt;/b&gt; an und klicke auf &lt;b&gt;Speichern&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Click &lt;b&gt;Activate&lt;/b&gt; on the new line, then &lt;b&gt;Allow&lt;/b&gt;. Copy the four values Magento shows into the fields below, or copy them all and use &lt;b&gt;Paste all values&lt;/b&gt;.</source>
        <translation>Klicke in der neuen Zeile auf &lt;b&gt;Aktivieren&lt;/b&gt;, dann auf &lt;b&gt;Erlauben&lt;/b&gt;. Kopiere die vier Werte, die Magento zeigt, in die Felder unten, oder kopiere alle auf einmal und nutze &lt;b&gt;Alle Werte einfügen&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Create a second integration beside the old one &lt;b&gt;%1&lt;/b&gt;, which keeps working meanwhile.</source>
        <translation>Lege eine zweite Integration neben der alten &lt;b&gt;%1&lt;/b&gt; an. Die alte funktioniert so lange weiter.</translation>
    </message>
    <message>
        <source>The values you entered before are stored: test them again, or enter new ones.</source>
        <translation>Die Werte von vorhin sind gespeichert: Teste sie erneut oder gib neue ein.</translation>
    </message>
    <message>
        <source>The new access works. Now give it to cobby:</source>
        <translation>Der neue Zugang funktioniert. Gib ihn jetzt an cobby:</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>Your shop accepts the new API user &lt;b&gt;%1&lt;/b&gt;. Now remove the old one:</source>
        <translation>Dein Shop nimmt den neuen API-Benutzer &lt;b&gt;%1&lt;/b&gt; an. Entferne jetzt den alten:</translation>
    </message>
    <message>
        <source>In the Magento admin, open &lt;b&gt;System &amp;gt; Web Services &amp;gt; SOAP/XML-RPC - Users&lt;/b&gt;.</source>
        <translation>Öffne im Magento-Admin &lt;b&gt;System &amp;gt; Webdienste &amp;gt; SOAP/XML-RPC - Benutzer&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Open the user &lt;b&gt;%1&lt;/b&gt; and click &lt;b&gt;Delete User&lt;/b&gt;. Keep &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>Öffne den Benutzer &lt;b&gt;%1&lt;/b&gt; und klicke auf &lt;b&gt;Benutzer löschen&lt;/b&gt;. Behalte &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Your shop accepts the reauthorized integration. Reauthorize already made the old access token invalid, so there is nothing to delete: click the button so the app checks that your shop refuses it.</source>
        <translation>Dein Shop nimmt die erneut genehmigte Integration an. „Nochmals genehmigen“ hat das alte Zugriffstoken schon ungültig gemacht, es gibt also nichts zu löschen: Klicke auf den Knopf, damit die App prüft, ob dein Shop es ablehnt.</translation>
    </message>
    <message>
        <source>Your shop accepts the new integration &lt;b&gt;%1&lt;/b&gt;. Now remove the old one:</source>
        <translation>Dein Shop nimmt die neue Integration &lt;b&gt;%1&lt;/b&gt; an. Entferne jetzt die alte:</translation>
    </message>
    <message>
        <source>On the line of &lt;b&gt;%1&lt;/b&gt;, click the delete icon and confirm. Keep &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>Klicke in der Zeile von &lt;b&gt;%1&lt;/b&gt; auf das Löschen-Symbol und bestätige. Behalte &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Stop the rotation?</source>
        <translation>Erneuerung abbrechen?</translation>
    </message>
    <message>
        <source>The old access stays active and the new one is removed from this computer. If you already created the new user or integration in Magento, delete it there; if you already entered the new values in the cobby portal, enter the old ones again.</source>
        <translation>Der alte Zugang bleibt aktiv, und der neue wird von diesem Computer entfernt. Hast du den neuen Benutzer oder die neue Integration schon in Magento angelegt, lösche sie dort. Hast du die neuen Werte schon im cobby-Portal eingetragen, trag die alten wieder ein.</translation>
    </message>
    <message>
        <source>The rotation is stopped. The old access stays active.</source>
        <translation>Die Erneuerung ist abgebrochen. Der alte Zugang bleibt aktiv.</translation>
    </message>
    <message>
        <source>Stopping the rotation…</source>
        <translation>Die Erneuerung wird abgebrochen…</translation>
    </message>
    <message>
        <source>Starting the rotation…</source>
        <translation>Die Erneuerung startet…</translation>
    </message>
    <message>
        <source>Generating a new key…</source>
        <translation>Ein neuer Schlüssel wird erzeugt…</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>The clipboard holds no integration values. In Magento, select the four values with their labels, copy them, and try again.</source>
        <translation>Die Zwischenablage enthält keine Werte einer Integration. Markiere in Magento die vier Werte mit ihren Beschriftungen, kopiere sie und versuche es noch einmal.</translation>
    </message>
    <message>
        <source>Please enter the integration&apos;s name.</source>
        <translation>Bitte gib den Namen der Integration ein.</translation>
    </message>
    <message>
        <source>The new access works.</source>
        <translation>Der neue Zugang funktioniert.</translation>
    </message>
    <message>
        <source>Testing the new access with your shop…</source>
        <translation>Der neue Zugang wird mit deinem Shop getestet…</translation>
    </message>
    <message>
        <source>Check the user name, that the key is in both key fields, and that the user has the cobby role; then test again.</source>
        <translation>Prüfe den Benutzernamen, ob der Schlüssel in beiden Schlüsselfeldern steht und ob der Benutzer die Rolle cobby hat. Teste dann erneut.</translation>
    </message>
    <message>
        <source>Check that the integration is activated and that you copied its current values; then test again.</source>
        <translation>Prüfe, ob die Integration aktiviert ist und ob du ihre aktuellen Werte kopiert hast. Teste dann erneut.</translation>
    </message>
    <message>
        <source>Test again when the shop answers.</source>
        <translation>Teste erneut, wenn der Shop antwortet.</translation>
    </message>
    <message>
        <source>The shop does not accept the new access yet.</source>
        <translation>Der Shop nimmt den neuen Zugang noch nicht an.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Check %1: %2</source>
        <translation>Prüfung %1: %2</translation>
    </message>
    <message>
        <source>cobby is connected with the new access.</source>
        <translation>cobby ist mit dem neuen Zugang verbunden.</translation>
    </message>
    <message>
        <source>Waiting for cobby to connect with the new access…</source>
        <translation>Warten, bis cobby sich mit dem neuen Zugang verbindet…</translation>
    </message>
    <message>
        <source>Your shop refuses the old access.</source>
        <translation>Dein Shop lehnt den alten Zugang ab.</translation>
    </message>
    <message>
        <source>Your shop still accepts the old access %1. Delete it in the Magento admin as described above, then check again.</source>
        <translation>Dein Shop nimmt den alten Zugang %1 noch an. Lösche ihn wie oben beschrieben im Magento-Admin und prüfe dann erneut.</translation>
    </message>
    <message>
        <source>The app could not tell whether the shop refuses the old access.</source>
        <translation>Die App konnte nicht feststellen, ob der Shop den alten Zugang ablehnt.</translation>
    </message>
    <message>
        <source>Check again later.</source>
        <translation>Prüfe später erneut.</translation>
    </message>
    <message>
        <source>Logging in with the old access…</source>
        <translation>Anmeldung mit dem alten Zugang…</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>Wird abgeschlossen…</translation>
    </message>
</context>
<context>
    <name>SecretsPanel</name>
    <message>
        <source>No secrets are stored for this shop.</source>
        <translation>Für diesen Shop sind keine geheimen Werte gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>Reveal the secrets</source>
        <translation>Die geheimen Werte anzeigen</translation>
    </message>
    <message>
        <source>Shows the values until this window loses focus.</source>
        <translation>Zeigt die Werte, bis dieses Fenster den Fokus verliert.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>%1 is not in the keychain. Connect the shop again to store it.</source>
        <translation>%1 ist nicht im Schlüsselbund. Verbinde den Shop erneut, um den Wert zu speichern.</translation>
    </message>
    <message>
        <source>(not in the keychain)</source>
        <translation>(nicht im Schlüsselbund)</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>platform &apos;{platform}&apos; loaded (PySide6 {version})</source>
        <translation>Plattform „{platform}“ geladen (PySide6 {version})</translation>
    </message>
    <message>
        <source>the Qt check could not run ({error}). Reinstall cobby Desktop.</source>
        <translation>die Qt-Prüfung konnte nicht laufen ({error}). Installiere cobby Desktop neu.</translation>
    </message>
    <message>
        <source>the Qt platform plugin &apos;{plugin}&apos; did not load ({reason}). On Linux install the missing system libraries (for example libxcb-cursor0 and libegl1), or run headless with QT_QPA_PLATFORM=offscreen.</source>
        <translation>das Qt-Plattform-Plugin „{plugin}“ ließ sich nicht laden ({reason}). Installiere unter Linux die fehlenden Systembibliotheken (zum Beispiel libxcb-cursor0 und libegl1) oder starte ohne Bildschirm mit QT_QPA_PLATFORM=offscreen.</translation>
    </message>
    <message>
        <source>the encrypted local vault at {path} was chosen (the weaker choice; it is not opened here without its master password); the OS keychain {backend} works too</source>
        <translation>der verschlüsselte Tresor unter {path} ist gewählt (die schwächere Wahl; ohne sein Master-Passwort wird er hier nicht geöffnet); der Schlüsselbund des Betriebssystems {backend} funktioniert auch</translation>
    </message>
    <message>
        <source>the encrypted local vault at {path} was chosen (the weaker choice; it is not opened here without its master password); no usable OS keychain ({backend}: {kind})</source>
        <translation>der verschlüsselte Tresor unter {path} ist gewählt (die schwächere Wahl; ohne sein Master-Passwort wird er hier nicht geöffnet); kein nutzbarer Schlüsselbund des Betriebssystems ({backend}: {kind})</translation>
    </message>
    <message>
        <source>{backend}; a write, read and delete round trip works</source>
        <translation>{backend}; Schreiben, Lesen und Löschen funktionieren</translation>
    </message>
    <message>
        <source>{backend} ({kind}): {problem}</source>
        <translation>{backend} ({kind}): {problem}</translation>
    </message>
    <message>
        <source>{folder} is writable</source>
        <translation>in {folder} kann geschrieben werden</translation>
    </message>
    <message>
        <source>cannot write to the data folder ({error}: {folder}). Make it writable, or set COBBY_DESKTOP_HOME to a folder you can write to.</source>
        <translation>in den Datenordner kann nicht geschrieben werden ({error}: {folder}). Gib Schreibrechte dafür oder setze COBBY_DESKTOP_HOME auf einen Ordner, in den du schreiben kannst.</translation>
    </message>
    <message>
        <source>{path} opens at schema version {version} (shops: {shops})</source>
        <translation>{path} öffnet sich mit Schema-Version {version} (Shops: {shops})</translation>
    </message>
    <message>
        <source>{path} opens at schema version {version} (shops: {shops}); migrated, backup at {backup}</source>
        <translation>{path} öffnet sich mit Schema-Version {version} (Shops: {shops}); umgestellt, Sicherung unter {backup}</translation>
    </message>
    <message>
        <source>{modules}</source>
        <translation>{modules}</translation>
    </message>
    <message>
        <source>{module} does not import ({error}). Reinstall cobby Desktop.</source>
        <translation>{module} lässt sich nicht laden ({error}). Installiere cobby Desktop neu.</translation>
    </message>
    <message>
        <source>certifi bundle {path}</source>
        <translation>certifi-Zertifikate {path}</translation>
    </message>
    <message>
        <source>truststore (the operating system&apos;s trust store)</source>
        <translation>truststore (die Zertifikate des Betriebssystems)</translation>
    </message>
    <message>
        <source>certifi bundle {path}; truststore (the operating system&apos;s trust store)</source>
        <translation>certifi-Zertifikate {path}; truststore (die Zertifikate des Betriebssystems)</translation>
    </message>
    <message>
        <source>no CA certificate bundle was found, so secure connections cannot be verified. Reinstall cobby Desktop.</source>
        <translation>es wurden keine CA-Zertifikate gefunden, daher lassen sich sichere Verbindungen nicht prüfen. Installiere cobby Desktop neu.</translation>
    </message>
    <message>
        <source>the check itself failed ({error}). Reinstall cobby Desktop.</source>
        <translation>die Prüfung selbst ist gescheitert ({error}). Installiere cobby Desktop neu.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Connect a shop to cobby</source>
        <translation>Shop mit cobby verbinden</translation>
    </message>
    <message>
        <source>Help (F1)</source>
        <translation>Hilfe (F1)</translation>
    </message>
    <message>
        <source>Back to the previous page</source>
        <translation>Zurück zur vorigen Seite</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <source>Finish the setup</source>
        <translation>Die Einrichtung abschließen</translation>
    </message>
    <message>
        <source>Open the guide for this page</source>
        <translation>Die Anleitung zu dieser Seite öffnen</translation>
    </message>
    <message>
        <source>Cancel; asks whether to keep what you typed as a draft</source>
        <translation>Abbrechen; fragt, ob deine Eingaben als Entwurf bleiben sollen</translation>
    </message>
    <message>
        <source>The setup is testing the connection to the shop.</source>
        <translation>Die Einrichtung testet gerade die Verbindung zum Shop.</translation>
    </message>
    <message>
        <source>The setup is waiting for cobby to connect to the shop.</source>
        <translation>Die Einrichtung wartet darauf, dass cobby sich mit dem Shop verbindet.</translation>
    </message>
    <message>
        <source>Keep what you typed?</source>
        <translation>Deine Eingaben behalten?</translation>
    </message>
    <message>
        <source>Keep it as a draft to finish the setup later (select the shop and choose Continue setup), or discard it.</source>
        <translation>Behalte sie als Entwurf, um die Einrichtung später abzuschließen (Shop auswählen und „Einrichtung fortsetzen“ wählen), oder verwirf sie.</translation>
    </message>
    <message>
        <source>&amp;Keep as draft</source>
        <translation>Als Entwurf &amp;behalten</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Go on with the setup</source>
        <translation>Mit der Einrichtung &amp;weitermachen</translation>
    </message>
</context>
<context>
    <name>ShopAddress</name>
    <message>
        <source>Please enter the address of your shop.</source>
        <translation>Bitte gib die Adresse deines Shops ein.</translation>
    </message>
    <message>
        <source>The shop address contains invisible control characters. Please copy it again from your browser.</source>
        <translation>Die Shop-Adresse enthält unsichtbare Steuerzeichen. Bitte kopiere sie noch einmal aus deinem Browser.</translation>
    </message>
    <message>
        <source>The shop address contains spaces. Please copy it again from your browser.</source>
        <translation>Die Shop-Adresse enthält Leerzeichen. Bitte kopiere sie noch einmal aus deinem Browser.</translation>
    </message>
    <message>
        <source>The shop address is not a valid web address.</source>
        <translation>Die Shop-Adresse ist keine gültige Webadresse.</translation>
    </message>
    <message>
        <source>The shop address must start with https:// (or http://).</source>
        <translation>Die Shop-Adresse muss mit https:// (oder http://) beginnen.</translation>
    </message>
    <message>
        <source>The shop address contains a user name or password (the part before @). Remove it from the address and enter the password protection&apos;s user name and password separately: in the app when the check asks for them, or with COBBY_BASIC_AUTH_USER and COBBY_BASIC_AUTH_PASSWORD on the command line.</source>
        <translation>Die Shop-Adresse enthält einen Benutzernamen oder ein Passwort (den Teil vor @). Entferne ihn aus der Adresse. Gib Benutzername und Passwort des Passwortschutzes getrennt ein: in der App, wenn der Test danach fragt, oder auf der Kommandozeile mit COBBY_BASIC_AUTH_USER und COBBY_BASIC_AUTH_PASSWORD.</translation>
    </message>
    <message>
        <source>The shop address has no valid host name. Please copy it from your browser.</source>
        <translation>Die Shop-Adresse hat keinen gültigen Hostnamen. Bitte kopiere sie aus deinem Browser.</translation>
    </message>
    <message>
        <source>The shop address has port 0, which no shop can use.</source>
        <translation>Die Shop-Adresse hat Port 0. Den kann kein Shop nutzen.</translation>
    </message>
    <message>
        <source>Removed spaces or invisible characters around the address.</source>
        <translation>Leerzeichen oder unsichtbare Zeichen um die Adresse entfernt.</translation>
    </message>
    <message>
        <source>Added https:// in front of the address.</source>
        <translation>https:// vor die Adresse gesetzt.</translation>
    </message>
    <message>
        <source>Removed {path} from the end: the check needs the shop&apos;s base address.</source>
        <translation>{path} am Ende entfernt: Der Test braucht die Basisadresse des Shops.</translation>
    </message>
    <message>
        <source>Wrote the international host name as {host}.</source>
        <translation>Den internationalen Hostnamen als {host} geschrieben.</translation>
    </message>
    <message>
        <source>Removed the part after ? or #.</source>
        <translation>Den Teil nach ? oder # entfernt.</translation>
    </message>
</context>
<context>
    <name>ShopDialog</name>
    <message>
        <source>Edit shop</source>
        <translation>Shop bearbeiten</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Name des Shops</translation>
    </message>
    <message>
        <source>Shop address</source>
        <translation>Shop-Adresse</translation>
    </message>
    <message>
        <source>Admin address</source>
        <translation>Admin-Adresse</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>The address of your Magento admin, e.g. https://shop.example/admin</source>
        <translation>Die Adresse deines Magento-Admins, z. B. https://shop.example/admin</translation>
    </message>
    <message>
        <source>Store view code</source>
        <translation>Code der Store View</translation>
    </message>
    <message>
        <source>default</source>
        <translation>default</translation>
    </message>
    <message>
        <source>Stop trusting the certificate exception</source>
        <translation>Der Zertifikatsausnahme nicht mehr vertrauen</translation>
    </message>
    <message>
        <source>Remove the certificate exception</source>
        <translation>Die Zertifikatsausnahme entfernen</translation>
    </message>
    <message>
        <source>Change how cobby Desktop reaches this shop. Test the connection afterwards.</source>
        <translation>Ändere, wie cobby Desktop diesen Shop erreicht. Teste danach die Verbindung.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>A&amp;dmin address:</source>
        <translation>A&amp;dmin-Adresse:</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Magento 2 &amp;store view code:</source>
        <translation>Magento-2-&amp;Store-View-Code:</translation>
    </message>
    <message>
        <source>This shop is no longer in the inventory.</source>
        <translation>Dieser Shop ist nicht mehr in der Übersicht.</translation>
    </message>
    <message>
        <source>This shop&apos;s own certificate is trusted by exception (SHA-256 %1).</source>
        <translation>Dem eigenen Zertifikat dieses Shops wird per Ausnahme vertraut (SHA-256 %1).</translation>
    </message>
    <message>
        <source>Will be saved as %1</source>
        <translation>Wird gespeichert als %1</translation>
    </message>
</context>
<context>
    <name>ShopUrlPage</name>
    <message>
        <source>Your shop</source>
        <translation>Dein Shop</translation>
    </message>
    <message>
        <source>Enter your shop&apos;s address as you open it in a browser.</source>
        <translation>Gib die Adresse deines Shops so ein, wie du ihn im Browser öffnest.</translation>
    </message>
    <message>
        <source>Shop address</source>
        <translation>Shop-Adresse</translation>
    </message>
    <message>
        <source>Shop &amp;address:</source>
        <translation>Shop-&amp;Adresse:</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Name des Shops</translation>
    </message>
    <message>
        <source>How cobby Desktop lists this shop. Only for you.</source>
        <translation>So zeigt cobby Desktop diesen Shop in der Liste. Nur für dich.</translation>
    </message>
    <message>
        <source>Shop na&amp;me:</source>
        <translation>Shop-Na&amp;me:</translation>
    </message>
    <message>
        <source>Detection result</source>
        <translation>Ergebnis der Erkennung</translation>
    </message>
    <message>
        <source>&amp;Check the shop again</source>
        <translation>Shop erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>Check the shop again</source>
        <translation>Den Shop erneut prüfen</translation>
    </message>
    <message>
        <source>&amp;Use this address</source>
        <translation>Diese Adresse &amp;nutzen</translation>
    </message>
    <message>
        <source>Use the address the shop redirects to</source>
        <translation>Die Adresse nutzen, auf die der Shop weiterleitet</translation>
    </message>
    <message>
        <source>Which Magento runs the shop?</source>
        <translation>Mit welchem Magento läuft der Shop?</translation>
    </message>
    <message>
        <source>Magento &amp;1 or OpenMage</source>
        <translation>Magento &amp;1 oder OpenMage</translation>
    </message>
    <message>
        <source>Magento &amp;2, Adobe Commerce or Mage-OS</source>
        <translation>Magento &amp;2, Adobe Commerce oder Mage-OS</translation>
    </message>
    <message>
        <source>Magento 1 or OpenMage</source>
        <translation>Magento 1 oder OpenMage</translation>
    </message>
    <message>
        <source>Magento 2, Adobe Commerce or Mage-OS</source>
        <translation>Magento 2, Adobe Commerce oder Mage-OS</translation>
    </message>
    <message>
        <source>Admin address, optional</source>
        <translation>Admin-Adresse, optional</translation>
    </message>
    <message>
        <source>optional, for example https://www.example.com/admin</source>
        <translation>optional, zum Beispiel https://www.example.com/admin</translation>
    </message>
    <message>
        <source>A&amp;dmin address:</source>
        <translation>A&amp;dmin-Adresse:</translation>
    </message>
    <message>
        <source>With the admin address, the next pages can open the right admin page.</source>
        <translation>Mit der Admin-Adresse können die nächsten Seiten die richtige Admin-Seite öffnen.</translation>
    </message>
    <message>
        <source>&amp;Guide me to create cobby&apos;s access in my shop</source>
        <translation>Führ mich durch das Anlegen von cobbys &amp;Zugang in meinem Shop</translation>
    </message>
    <message>
        <source>I already &amp;have credentials for cobby and want to enter them</source>
        <translation>Ich &amp;habe schon Zugangsdaten für cobby und will sie eingeben</translation>
    </message>
    <message>
        <source>Guide me to create cobby&apos;s access in my shop</source>
        <translation>Führ mich durch das Anlegen von cobbys Zugang in meinem Shop</translation>
    </message>
    <message>
        <source>I already have credentials for cobby and want to enter them</source>
        <translation>Ich habe schon Zugangsdaten für cobby und will sie eingeben</translation>
    </message>
    <message>
        <source>The app keeps %1 (without Magento&apos;s secret key and the part after ? or #).</source>
        <translation>Die App speichert %1 (ohne Magentos geheimen Schlüssel und ohne den Teil nach ? oder #).</translation>
    </message>
    <message>
        <source>The app will use: %1</source>
        <translation>Die App verwendet: %1</translation>
    </message>
    <message>
        <source>Checking the shop…</source>
        <translation>Der Shop wird geprüft…</translation>
    </message>
    <message>
        <source>This looks like Magento %1.</source>
        <translation>Das sieht nach Magento %1 aus.</translation>
    </message>
    <message>
        <source>The Magento version could not be detected: please choose it below.</source>
        <translation>Die Magento-Version wurde nicht erkannt: Bitte wähle sie unten.</translation>
    </message>
    <message>
        <source>The cobby connector answers.</source>
        <translation>Der cobby-Connector antwortet.</translation>
    </message>
    <message>
        <source>The cobby connector does not answer: it is not installed or it is switched off. Install or enable it in the shop before the test.</source>
        <translation>Der cobby-Connector antwortet nicht: Er ist nicht installiert oder ausgeschaltet. Installiere oder aktiviere ihn vor dem Test im Shop.</translation>
    </message>
    <message>
        <source>The shop answers at %1; that address will be used.</source>
        <translation>Der Shop antwortet unter %1. Diese Adresse wird verwendet.</translation>
    </message>
    <message>
        <source>The shop sends visitors to %1. No key was sent there. If that is your shop, use that address.</source>
        <translation>Der Shop leitet Besucher zu %1 weiter. Dorthin wurde kein Schlüssel gesendet. Wenn das dein Shop ist, nutze diese Adresse.</translation>
    </message>
</context>
<context>
    <name>StageList</name>
    <message>
        <source>Test progress</source>
        <translation>Fortschritt des Tests</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>stopped here</source>
        <translation>hier gestoppt</translation>
    </message>
    <message>
        <source>not used (the address starts with http)</source>
        <translation>nicht genutzt (die Adresse beginnt mit http)</translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <source>cobby Desktop cannot open its window: the system libraries {libraries} are missing. On Debian or Ubuntu install them with: sudo apt install {packages}</source>
        <translation>cobby Desktop kann sein Fenster nicht öffnen: Die Systembibliotheken {libraries} fehlen. Unter Debian oder Ubuntu installierst du sie mit: sudo apt install {packages}</translation>
    </message>
</context>
<context>
    <name>SupportDialog</name>
    <message>
        <source>Contact cobby support</source>
        <translation>cobby-Support kontaktieren</translation>
    </message>
    <message>
        <source>Write to cobby support at %1. The report below goes with your email; it contains no keys or passwords.</source>
        <translation>Schreib dem cobby-Support an %1. Der Bericht unten geht mit deiner E-Mail mit; er enthält keine Schlüssel oder Passwörter.</translation>
    </message>
    <message>
        <source>Report for cobby support</source>
        <translation>Bericht für den cobby-Support</translation>
    </message>
    <message>
        <source>&amp;Write email</source>
        <translation>E-Mail &amp;schreiben</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>Bericht &amp;kopieren</translation>
    </message>
    <message>
        <source>The report is on the clipboard.</source>
        <translation>Der Bericht ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>Your email program opened. The report is also on the clipboard.</source>
        <translation>Dein E-Mail-Programm ist offen. Der Bericht ist außerdem in der Zwischenablage.</translation>
    </message>
    <message>
        <source>No email program could be opened. Write to %1 from your email and paste the report: it is on the clipboard.</source>
        <translation>Es ließ sich kein E-Mail-Programm öffnen. Schreib aus deinem E-Mail-Postfach an %1 und füge den Bericht ein: Er ist in der Zwischenablage.</translation>
    </message>
</context>
<context>
    <name>TestPage</name>
    <message>
        <source>Test the connection</source>
        <translation>Die Verbindung testen</translation>
    </message>
    <message>
        <source>The app now tries what cobby will do: reach the shop and sign in.</source>
        <translation>Die App probiert jetzt, was cobby tun wird: den Shop erreichen und sich anmelden.</translation>
    </message>
    <message>
        <source>Saving in the inventory and the keychain</source>
        <translation>In Übersicht und Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>Test status</source>
        <translation>Stand des Tests</translation>
    </message>
    <message>
        <source>Your shop is reached over http, without encryption: the key travels readable to anyone on the way. Ask your hosting to switch the shop to https, then change the address here and in cobby&apos;s portal.</source>
        <translation>Dein Shop wird über http erreicht, ohne Verschlüsselung: Der Schlüssel ist unterwegs für jeden lesbar. Bitte dein Hosting, den Shop auf https umzustellen, und ändere dann die Adresse hier und im cobby-Portal.</translation>
    </message>
    <message>
        <source>Warning: the shop is reached without https</source>
        <translation>Warnung: Der Shop wird ohne https erreicht</translation>
    </message>
    <message>
        <source>Findings and how to fix them</source>
        <translation>Befunde und wie du sie behebst</translation>
    </message>
    <message>
        <source>Copy the report</source>
        <translation>Den Bericht kopieren</translation>
    </message>
    <message>
        <source>Save the report to a file</source>
        <translation>Den Bericht in eine Datei speichern</translation>
    </message>
    <message>
        <source>Cance&amp;l the test</source>
        <translation>Test &amp;abbrechen</translation>
    </message>
    <message>
        <source>Cancel the test</source>
        <translation>Den Test abbrechen</translation>
    </message>
    <message>
        <source>Test a&amp;gain</source>
        <translation>&amp;Erneut testen</translation>
    </message>
    <message>
        <source>Test again</source>
        <translation>Erneut testen</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>The test was cancelled. Click Test again to run it.</source>
        <translation>Der Test wurde abgebrochen. Klicke auf „Erneut testen“, um ihn zu starten.</translation>
    </message>
    <message>
        <source>The test passed, but saving failed: %1</source>
        <translation>Der Test hat bestanden, aber das Speichern ist gescheitert: %1</translation>
    </message>
    <message>
        <source>Saved: the credential is stored and marked active.</source>
        <translation>Gespeichert: Der Zugang ist abgelegt und als aktiv markiert.</translation>
    </message>
    <message>
        <source>Fix the problem as described below, then click Test again; everything you typed is kept.</source>
        <translation>Behebe das Problem wie unten beschrieben und klicke dann auf „Erneut testen“. Alle deine Eingaben bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message numerus="yes">
        <source>%n minutes ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months ago</source>
        <translation>
            <numerusform>vor %n Monat</numerusform>
            <numerusform>vor %n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years ago</source>
        <translation>
            <numerusform>vor %n Jahr</numerusform>
            <numerusform>vor %n Jahren</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <source>No credential</source>
        <translation>Kein Zugang</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Rotating</source>
        <translation>Wird erneuert</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Not tested</source>
        <translation>Nicht getestet</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Passed with notice</source>
        <translation>Bestanden mit Hinweis</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Gescheitert</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Consumer key</source>
        <translation>Konsumentenschlüssel</translation>
    </message>
    <message>
        <source>Consumer secret</source>
        <translation>Konsumentengeheimnis</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>Access token secret</source>
        <translation>Zugriffstoken-Secret</translation>
    </message>
    <message>
        <source>License key</source>
        <translation>Lizenzschlüssel</translation>
    </message>
</context>
<context>
    <name>TokenCheck</name>
    <message>
        <source>The {field} is empty. Copy it from the integration in the Magento admin.</source>
        <translation>Das Feld „{field}“ ist leer. Kopiere den Wert aus der Integration im Magento-Admin.</translation>
    </message>
    <message>
        <source>The {field} field contains the label “{other}”: it looks like the {other} was pasted here. Paste only the {field} value.</source>
        <translation>Im Feld „{field}“ steht die Beschriftung „{other}“: Hier wurde wohl der Wert „{other}“ eingefügt. Füge nur den Wert für „{field}“ ein.</translation>
    </message>
    <message>
        <source>The {field} field contains its label as well. Paste only the {length}-character value.</source>
        <translation>Im Feld „{field}“ steht auch seine Beschriftung. Füge nur den Wert mit {length} Zeichen ein.</translation>
    </message>
    <message>
        <source>The {field} starts with {char}. Remove it.</source>
        <translation>Das erste Zeichen im Feld „{field}“ ist {char}. Entferne es.</translation>
    </message>
    <message>
        <source>The {field} ends with {char}. Remove it.</source>
        <translation>Das letzte Zeichen im Feld „{field}“ ist {char}. Entferne es.</translation>
    </message>
    <message>
        <source>The {field} contains {char} in the middle. Remove it.</source>
        <translation>Im Feld „{field}“ steht mittendrin {char}. Entferne das Zeichen.</translation>
    </message>
    <message>
        <source>The {field} contains capital letters; Magento&apos;s values use only lower-case letters and digits. Copy it again from the Magento admin.</source>
        <translation>Im Feld „{field}“ stehen Großbuchstaben. Magentos Werte haben nur Kleinbuchstaben und Ziffern. Kopiere den Wert noch einmal aus dem Magento-Admin.</translation>
    </message>
    <message>
        <source>The {field} contains characters other than lower-case letters and digits. Copy it again from the Magento admin.</source>
        <translation>Im Feld „{field}“ stehen andere Zeichen als Kleinbuchstaben und Ziffern. Kopiere den Wert noch einmal aus dem Magento-Admin.</translation>
    </message>
    <message numerus="yes">
        <source>The {field} has %n characters; it must have exactly {length}. Copy the whole value again from the Magento admin.</source>
        <translation>
            <numerusform>Der Wert im Feld „{field}“ hat %n Zeichen, er muss genau {length} haben. Kopiere den ganzen Wert noch einmal aus dem Magento-Admin.</numerusform>
            <numerusform>Der Wert im Feld „{field}“ hat %n Zeichen, er muss genau {length} haben. Kopiere den ganzen Wert noch einmal aus dem Magento-Admin.</numerusform>
        </translation>
    </message>
    <message>
        <source>The {field} is the same as the {first}; all four values differ. Copy the {field} again from the Magento admin.</source>
        <translation>Der Wert im Feld „{field}“ ist derselbe wie im Feld „{first}“, dabei sind alle vier Werte verschieden. Kopiere den Wert für „{field}“ noch einmal aus dem Magento-Admin.</translation>
    </message>
</context>
<context>
    <name>TrustCertificateDialog</name>
    <message>
        <source>Trust this exact certificate?</source>
        <translation>Genau diesem Zertifikat vertrauen?</translation>
    </message>
    <message>
        <source>The shop now presents a different certificate than the one you trusted before. This happens when the certificate was renewed, but it can also mean that someone is intercepting the connection.</source>
        <translation>Der Shop zeigt jetzt ein anderes Zertifikat als das, dem du vorher vertraut hast. Das passiert, wenn das Zertifikat erneuert wurde. Es kann aber auch heißen, dass jemand die Verbindung abfängt.</translation>
    </message>
    <message>
        <source>Your computer does not trust the shop&apos;s certificate: it is self-signed or issued by an unknown authority.</source>
        <translation>Dein Computer vertraut dem Zertifikat des Shops nicht: Es ist selbst signiert oder von einer unbekannten Stelle ausgestellt.</translation>
    </message>
    <message>
        <source>Trusting this one certificate is the weaker choice. The better fix is a certificate from a public authority (for example Let&apos;s Encrypt) on the shop. Only continue if the SHA-256 fingerprint below is exactly the one your hosting provider or developer gives you for this shop. From then on the app accepts only this certificate for this shop; any other one fails.</source>
        <translation>Diesem einen Zertifikat zu vertrauen ist die schwächere Wahl. Besser ist ein Zertifikat einer öffentlichen Stelle (zum Beispiel Let’s Encrypt) auf dem Shop. Mach nur weiter, wenn der SHA-256-Fingerabdruck unten genau der ist, den dir dein Hoster oder Entwickler für diesen Shop nennt. Ab dann nimmt die App für diesen Shop nur dieses Zertifikat an, jedes andere scheitert.</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Ausgestellt für:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Ausgestellt von:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <source>from %1 until %2 (UTC)</source>
        <translation>von %1 bis %2 (UTC)</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate</source>
        <translation>Diesem Zertifikat &amp;vertrauen</translation>
    </message>
</context>
<context>
    <name>UnlockVaultDialog</name>
    <message>
        <source>Unlock your encrypted vault</source>
        <translation>Verschlüsselten Tresor entsperren</translation>
    </message>
    <message>
        <source>Your keys are in the encrypted vault on this computer. Enter your master password to use them.</source>
        <translation>Deine Schlüssel liegen im verschlüsselten Tresor auf diesem Computer. Gib dein Master-Passwort ein, um sie zu nutzen.</translation>
    </message>
    <message>
        <source>Where the vault is</source>
        <translation>Wo der Tresor liegt</translation>
    </message>
    <message>
        <source>Master password</source>
        <translation>Master-Passwort</translation>
    </message>
    <message>
        <source>&amp;Master password:</source>
        <translation>&amp;Master-Passwort:</translation>
    </message>
    <message>
        <source>Why the vault did not open</source>
        <translation>Warum sich der Tresor nicht geöffnet hat</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>&amp;Forgot password?</source>
        <translation>Passwort &amp;vergessen?</translation>
    </message>
    <message>
        <source>Continue &amp;without secrets</source>
        <translation>&amp;Ohne geheime Werte weitermachen</translation>
    </message>
    <message>
        <source>You can see your shops, but cannot copy, test or save keys.</source>
        <translation>Du siehst deine Shops, kannst aber keine Schlüssel kopieren, testen oder speichern.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Wird entsperrt…</translation>
    </message>
    <message>
        <source>Forgot the master password?</source>
        <translation>Master-Passwort vergessen?</translation>
    </message>
    <message>
        <source>The master password cannot be recovered.</source>
        <translation>Das Master-Passwort lässt sich nicht wiederherstellen.</translation>
    </message>
    <message>
        <source>The vault is encrypted with it and neither cobby Desktop nor cobby keeps a copy, so the keys in the vault cannot be read without it.

If you cannot remember it: start a new vault, then enter your keys again. For safety, create new API keys in Magento (and revoke the old ones) and enter the workspace license keys again. The old vault file is kept beside the new one, in case you remember the password later.</source>
        <translation>Der Tresor ist damit verschlüsselt, und weder cobby Desktop noch cobby hat eine Kopie. Ohne das Passwort lassen sich die Schlüssel im Tresor nicht lesen.

Wenn es dir nicht mehr einfällt: Leg einen neuen Tresor an und gib deine Schlüssel neu ein. Lege zur Sicherheit neue API-Schlüssel in Magento an (und widerrufe die alten) und gib die Lizenzschlüssel der Workspaces neu ein. Die alte Tresordatei bleibt neben der neuen liegen, falls dir das Passwort später einfällt.</translation>
    </message>
    <message>
        <source>Start a &amp;new vault…</source>
        <translation>&amp;Neuen Tresor anlegen…</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>Windows Credential Manager is not available to cobby Desktop. Sign in with your normal Windows account (not a restricted or temporary profile) and try again. cobby Desktop will not store secrets in plain text. If this computer has no keychain at all, start the cobby Desktop app: it offers an encrypted local vault with a master password instead (the weaker choice).</source>
        <translation>Die Windows-Anmeldeinformationsverwaltung steht cobby Desktop nicht zur Verfügung. Melde dich mit deinem normalen Windows-Konto an (nicht mit einem eingeschränkten oder temporären Profil) und versuche es noch einmal. cobby Desktop speichert geheime Werte nie im Klartext. Hat dieser Computer gar keinen Schlüsselbund, starte die App cobby Desktop: Sie bietet stattdessen einen verschlüsselten Tresor mit Master-Passwort an (die schwächere Wahl).</translation>
    </message>
    <message>
        <source>The macOS Keychain is not available to cobby Desktop. Sign in to your Mac normally and make sure your login keychain exists (Keychain Access), then try again. cobby Desktop will not store secrets in plain text. If this computer has no keychain at all, start the cobby Desktop app: it offers an encrypted local vault with a master password instead (the weaker choice).</source>
        <translation>Der macOS-Schlüsselbund steht cobby Desktop nicht zur Verfügung. Melde dich normal an deinem Mac an und prüfe, ob dein Anmelde-Schlüsselbund existiert (Schlüsselbundverwaltung). Versuche es dann noch einmal. cobby Desktop speichert geheime Werte nie im Klartext. Hat dieser Computer gar keinen Schlüsselbund, starte die App cobby Desktop: Sie bietet stattdessen einen verschlüsselten Tresor mit Master-Passwort an (die schwächere Wahl).</translation>
    </message>
    <message>
        <source>No keychain was found on this computer. Install and start a Secret Service keychain such as GNOME Keyring or KWallet, sign in to your desktop session, and try again. cobby Desktop will not store secrets in plain text. If this computer has no keychain at all, start the cobby Desktop app: it offers an encrypted local vault with a master password instead (the weaker choice).</source>
        <translation>Auf diesem Computer wurde kein Schlüsselbund gefunden. Installiere und starte einen Secret-Service-Schlüsselbund wie GNOME Keyring oder KWallet, melde dich an deiner Desktop-Sitzung an und versuche es noch einmal. cobby Desktop speichert geheime Werte nie im Klartext. Hat dieser Computer gar keinen Schlüsselbund, starte die App cobby Desktop: Sie bietet stattdessen einen verschlüsselten Tresor mit Master-Passwort an (die schwächere Wahl).</translation>
    </message>
    <message>
        <source>The macOS Keychain is locked or you declined access for cobby Desktop. Unlock your login keychain in Keychain Access, choose Allow when it asks, and try again.</source>
        <translation>Der macOS-Schlüsselbund ist gesperrt, oder du hast cobby Desktop den Zugriff verweigert. Entsperre deinen Anmelde-Schlüsselbund in der Schlüsselbundverwaltung, wähle „Erlauben“, wenn er fragt, und versuche es noch einmal.</translation>
    </message>
    <message>
        <source>Windows Credential Manager is locked. Sign in to Windows again (unlock your session) and try again.</source>
        <translation>Die Windows-Anmeldeinformationsverwaltung ist gesperrt. Melde dich erneut bei Windows an (entsperre deine Sitzung) und versuche es noch einmal.</translation>
    </message>
    <message>
        <source>This entry in your keychain is locked. Unlock it when your keychain asks (for example in the Passwords and Keys app), then try again.</source>
        <translation>Dieser Eintrag in deinem Schlüsselbund ist gesperrt. Entsperre ihn, wenn dein Schlüsselbund fragt (zum Beispiel in der App „Passwörter und Verschlüsselung“), und versuche es dann noch einmal.</translation>
    </message>
    <message>
        <source>Your keychain is locked. Unlock your login keychain (it usually unlocks when you sign in to the desktop, or in the Passwords and Keys app), then try again.</source>
        <translation>Dein Schlüsselbund ist gesperrt. Entsperre deinen Anmelde-Schlüsselbund (meist geschieht das bei der Anmeldung am Desktop, oder in der App „Passwörter und Verschlüsselung“) und versuche es dann noch einmal.</translation>
    </message>
    <message>
        <source>Access to the keychain ({keychain}) was refused, or its prompt was closed without allowing it. Try again and choose Allow (or enter your keychain password) when it asks.</source>
        <translation>Der Zugriff auf den Schlüsselbund ({keychain}) wurde verweigert, oder seine Abfrage wurde ohne Erlaubnis geschlossen. Versuche es noch einmal und wähle „Erlauben“ (oder gib dein Schlüsselbund-Passwort ein), wenn er fragt.</translation>
    </message>
    <message>
        <source>The keychain ({keychain}) could not store a secret ({detail}). Nothing was stored in plain text. Try again; if it keeps failing, sign out and in again or restart the computer.</source>
        <translation>Der Schlüsselbund ({keychain}) konnte einen geheimen Wert nicht speichern ({detail}). Nichts wurde im Klartext gespeichert. Versuche es noch einmal. Scheitert es weiter, melde dich ab und wieder an oder starte den Computer neu.</translation>
    </message>
    <message>
        <source>The keychain ({keychain}) could not read a secret ({detail}). Nothing was stored in plain text. Try again; if it keeps failing, sign out and in again or restart the computer.</source>
        <translation>Der Schlüsselbund ({keychain}) konnte einen geheimen Wert nicht lesen ({detail}). Nichts wurde im Klartext gespeichert. Versuche es noch einmal. Scheitert es weiter, melde dich ab und wieder an oder starte den Computer neu.</translation>
    </message>
    <message>
        <source>The keychain ({keychain}) could not delete a secret ({detail}). Nothing was stored in plain text. Try again; if it keeps failing, sign out and in again or restart the computer.</source>
        <translation>Der Schlüsselbund ({keychain}) konnte einen geheimen Wert nicht löschen ({detail}). Nichts wurde im Klartext gespeichert. Versuche es noch einmal. Scheitert es weiter, melde dich ab und wieder an oder starte den Computer neu.</translation>
    </message>
    <message>
        <source>The keychain ({keychain}) gave back a different value than the one written. Nothing was stored in plain text. Try again; if it keeps failing, sign out and in again or restart the computer.</source>
        <translation>Der Schlüsselbund ({keychain}) hat einen anderen Wert zurückgegeben als den geschriebenen. Nichts wurde im Klartext gespeichert. Versuche es noch einmal. Scheitert es weiter, melde dich ab und wieder an oder starte den Computer neu.</translation>
    </message>
    <message>
        <source>The keychain ({keychain}) did not delete its test entry. Nothing was stored in plain text. Try again; if it keeps failing, sign out and in again or restart the computer.</source>
        <translation>Der Schlüsselbund ({keychain}) hat seinen Testeintrag nicht gelöscht. Nichts wurde im Klartext gespeichert. Versuche es noch einmal. Scheitert es weiter, melde dich ab und wieder an oder starte den Computer neu.</translation>
    </message>
    <message>
        <source>This secret is too long for the keychain ({size} bytes; the limit is {limit}). Check that you pasted only the value itself, then try again.</source>
        <translation>Dieser geheime Wert ist zu lang für den Schlüsselbund ({size} Bytes; die Grenze ist {limit}). Prüfe, ob du nur den Wert selbst eingefügt hast, und versuche es dann noch einmal.</translation>
    </message>
    <message>
        <source>The keychain ({keychain}) did not answer within {seconds} seconds. It may be waiting for you to unlock it or to allow access in a window of its own. Answer it, then try again.</source>
        <translation>Der Schlüsselbund ({keychain}) hat nicht innerhalb von {seconds} Sekunden geantwortet. Vielleicht wartet er in einem eigenen Fenster darauf, dass du ihn entsperrst oder den Zugriff erlaubst. Antworte dort und versuche es dann noch einmal.</translation>
    </message>
    <message>
        <source>The environment variable PYTHON_KEYRING_BACKEND names a keychain backend that cannot be loaded ({name}: {error}). Remove the variable, or set it to an installed backend, then try again.</source>
        <translation>Die Umgebungsvariable PYTHON_KEYRING_BACKEND nennt ein Schlüsselbund-Backend, das sich nicht laden lässt ({name}: {error}). Entferne die Variable oder setze sie auf ein installiertes Backend und versuche es dann noch einmal.</translation>
    </message>
    <message>
        <source>The keychain library&apos;s configuration (keyringrc.cfg) names a backend that cannot be loaded ({error}). Fix or remove that setting, then try again.</source>
        <translation>Die Einstellungen der Schlüsselbund-Bibliothek (keyringrc.cfg) nennen ein Backend, das sich nicht laden lässt ({error}). Korrigiere oder entferne diese Einstellung und versuche es dann noch einmal.</translation>
    </message>
    <message>
        <source>Your keys are in the encrypted local vault on this computer, which is not unlocked. cobby Desktop can show your shops but cannot read or save keys. Restart cobby Desktop and enter your master password to use them.</source>
        <translation>Deine Schlüssel liegen im verschlüsselten Tresor auf diesem Computer, und der ist nicht entsperrt. cobby Desktop kann deine Shops zeigen, aber keine Schlüssel lesen oder speichern. Starte cobby Desktop neu und gib dein Master-Passwort ein, um sie zu nutzen.</translation>
    </message>
    <message>
        <source>The encrypted local vault you chose earlier was not found at {path}. If you moved it, put it back and restart cobby Desktop. Otherwise the keys it held are lost: connect your shops again, or create new keys in Magento and revoke the old ones.</source>
        <translation>Der verschlüsselte Tresor, den du gewählt hattest, liegt nicht mehr unter {path}. Hast du ihn verschoben, leg ihn zurück und starte cobby Desktop neu. Sonst sind die Schlüssel darin verloren: Verbinde deine Shops neu oder leg in Magento neue Schlüssel an und widerrufe die alten.</translation>
    </message>
</context>
<context>
    <name>VaultSetup</name>
    <message>
        <source>Windows Credential Manager</source>
        <translation>die Windows-Anmeldeinformationsverwaltung</translation>
    </message>
    <message>
        <source>the macOS Keychain</source>
        <translation>der macOS-Schlüsselbund</translation>
    </message>
    <message>
        <source>a Secret Service keychain (GNOME Keyring or KWallet)</source>
        <translation>ein Secret-Service-Schlüsselbund (GNOME Keyring oder KWallet)</translation>
    </message>
    <message>
        <source>Encrypted vault not found</source>
        <translation>Verschlüsselter Tresor nicht gefunden</translation>
    </message>
</context>
<context>
    <name>WizardWidgets</name>
    <message>
        <source>Problem: %s</source>
        <translation>Problem: %s</translation>
    </message>
    <message>
        <source>Warning: %s</source>
        <translation>Warnung: %s</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Show %s</source>
        <translation>%s zeigen</translation>
    </message>
    <message>
        <source>Shows the value until this window loses focus.</source>
        <translation>Zeigt den Wert, bis dieses Fenster den Fokus verliert.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy %s</source>
        <translation>%s kopieren</translation>
    </message>
    <message>
        <source>Your browser could not be opened. Copy this address: %1</source>
        <translation>Dein Browser ließ sich nicht öffnen. Kopiere diese Adresse: %1</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>WorkspaceForm</name>
    <message>
        <source>Workspace name</source>
        <translation>Name des Workspaces</translation>
    </message>
    <message>
        <source>for example: Möbel Schmidt</source>
        <translation>zum Beispiel: Möbel Schmidt</translation>
    </message>
    <message>
        <source>Workspace &amp;name:</source>
        <translation>&amp;Name des Workspaces:</translation>
    </message>
    <message>
        <source>License key</source>
        <translation>Lizenzschlüssel</translation>
    </message>
    <message>
        <source>&amp;License key:</source>
        <translation>&amp;Lizenzschlüssel:</translation>
    </message>
    <message>
        <source>Copy the license key from the workspace&apos;s settings in the cobby portal and paste it here. It is kept in this computer&apos;s keychain only.</source>
        <translation>Kopiere den Lizenzschlüssel aus den Einstellungen des Workspaces im cobby-Portal und füge ihn hier ein. Er liegt nur im Schlüsselbund dieses Computers.</translation>
    </message>
    <message>
        <source>You can also add it later with Set license key.</source>
        <translation>Du kannst ihn auch später mit „Lizenzschlüssel setzen“ hinzufügen.</translation>
    </message>
</context>
<context>
    <name>WorkspacePage</name>
    <message>
        <source>Your cobby workspace</source>
        <translation>Dein cobby-Workspace</translation>
    </message>
    <message>
        <source>Each shop belongs to one cobby workspace. Choose it, or add a new one.</source>
        <translation>Jeder Shop gehört zu einem cobby-Workspace. Wähle ihn oder füge einen neuen hinzu.</translation>
    </message>
    <message>
        <source>Loading your workspaces…</source>
        <translation>Deine Workspaces werden geladen…</translation>
    </message>
    <message>
        <source>&amp;Use a workspace I added before</source>
        <translation>Einen schon hinzugefügten Workspace &amp;nutzen</translation>
    </message>
    <message>
        <source>Use a workspace I added before</source>
        <translation>Einen schon hinzugefügten Workspace nutzen</translation>
    </message>
    <message>
        <source>Existing workspace</source>
        <translation>Vorhandener Workspace</translation>
    </message>
    <message>
        <source>Add a ne&amp;w workspace</source>
        <translation>Einen ne&amp;uen Workspace hinzufügen</translation>
    </message>
    <message>
        <source>Add a new workspace</source>
        <translation>Einen neuen Workspace hinzufügen</translation>
    </message>
    <message>
        <source>Workspace name</source>
        <translation>Name des Workspaces</translation>
    </message>
    <message>
        <source>for example: My Shop</source>
        <translation>zum Beispiel: Mein Shop</translation>
    </message>
    <message>
        <source>Workspace na&amp;me:</source>
        <translation>Na&amp;me des Workspaces:</translation>
    </message>
    <message>
        <source>License key</source>
        <translation>Lizenzschlüssel</translation>
    </message>
    <message>
        <source>&amp;License key:</source>
        <translation>&amp;Lizenzschlüssel:</translation>
    </message>
    <message>
        <source>You find the license key in cobby&apos;s portal, in your workspace&apos;s settings. Copy it there and paste it here; it is kept in this computer&apos;s keychain.</source>
        <translation>Den Lizenzschlüssel findest du im cobby-Portal in den Einstellungen deines Workspaces. Kopiere ihn dort und füge ihn hier ein. Er liegt dann im Schlüsselbund dieses Computers.</translation>
    </message>
    <message>
        <source>%1 (already connected to %2)</source>
        <translation>%1 (schon mit %2 verbunden)</translation>
    </message>
</context>
<context>
    <name>Workspaces</name>
    <message>
        <source>Enter the workspace&apos;s license key. The cobby portal shows it in the workspace&apos;s settings.</source>
        <translation>Gib den Lizenzschlüssel des Workspaces ein. Das cobby-Portal zeigt ihn in den Einstellungen des Workspaces.</translation>
    </message>
    <message>
        <source>This is the placeholder the cobby connector shows before cobby has connected, not a license key. Copy the key from the workspace&apos;s settings in the cobby portal.</source>
        <translation>Das ist der Platzhalter, den der cobby-Connector zeigt, bevor cobby sich verbunden hat, kein Lizenzschlüssel. Kopiere den Schlüssel aus den Einstellungen des Workspaces im cobby-Portal.</translation>
    </message>
    <message>
        <source>The license key contains an invisible character, which often comes along when copying from e-mails or documents. Copy it again from the cobby portal.</source>
        <translation>Der Lizenzschlüssel enthält ein unsichtbares Zeichen. Das kommt oft beim Kopieren aus E-Mails oder Dokumenten mit. Kopiere ihn noch einmal aus dem cobby-Portal.</translation>
    </message>
    <message>
        <source>The license key contains a space or a line break. Copy it again from the cobby portal as one piece.</source>
        <translation>Der Lizenzschlüssel enthält ein Leerzeichen oder einen Zeilenumbruch. Kopiere ihn noch einmal am Stück aus dem cobby-Portal.</translation>
    </message>
    <message>
        <source>The license key is too short. Copy the complete key from the cobby portal.</source>
        <translation>Der Lizenzschlüssel ist zu kurz. Kopiere den vollständigen Schlüssel aus dem cobby-Portal.</translation>
    </message>
    <message>
        <source>The license key is too long. Make sure you copied only the key from the cobby portal.</source>
        <translation>Der Lizenzschlüssel ist zu lang. Prüfe, ob du nur den Schlüssel aus dem cobby-Portal kopiert hast.</translation>
    </message>
    <message>
        <source>Enter a name for the workspace.</source>
        <translation>Gib einen Namen für den Workspace ein.</translation>
    </message>
    <message>
        <source>Use a shorter name for the workspace (at most {limit} characters).</source>
        <translation>Nimm einen kürzeren Namen für den Workspace (höchstens {limit} Zeichen).</translation>
    </message>
    <message>
        <source>A workspace called “{name}” already exists. Choose another name so the two can be told apart.</source>
        <translation>Es gibt schon einen Workspace namens „{name}“. Wähle einen anderen Namen, damit man beide unterscheiden kann.</translation>
    </message>
    <message>
        <source>This workspace no longer exists. Please reload the inventory.</source>
        <translation>Diesen Workspace gibt es nicht mehr. Bitte lade die Übersicht neu.</translation>
    </message>
    <message>
        <source>This shop no longer exists. Please reload the inventory.</source>
        <translation>Diesen Shop gibt es nicht mehr. Bitte lade die Übersicht neu.</translation>
    </message>
    <message>
        <source>The workspace “{name}” is already connected to the shop {shop}. A workspace connects to one shop only: create another workspace for this shop, or disconnect the other shop first.</source>
        <translation>Der Workspace „{name}“ ist schon mit dem Shop {shop} verbunden. Ein Workspace verbindet sich nur mit einem Shop: Lege für diesen Shop einen anderen Workspace an oder trenne zuerst den anderen Shop.</translation>
    </message>
    <message>
        <source>Delete the workspace “{name}” from this app?</source>
        <translation>Den Workspace „{name}“ aus dieser App löschen?</translation>
    </message>
    <message>
        <source>Its license key is removed from this computer&apos;s keychain.</source>
        <translation>Sein Lizenzschlüssel wird aus dem Schlüsselbund dieses Computers entfernt.</translation>
    </message>
    <message>
        <source>The shop {shop} stays in the inventory without a workspace.</source>
        <translation>Der Shop {shop} bleibt ohne Workspace in der Übersicht.</translation>
    </message>
    <message>
        <source>The workspace in the cobby portal is not changed.</source>
        <translation>Der Workspace im cobby-Portal bleibt unverändert.</translation>
    </message>
</context>
<context>
    <name>WorkspacesDialog</name>
    <message>
        <source>Workspaces</source>
        <translation>Workspaces</translation>
    </message>
    <message>
        <source>Each cobby workspace connects to one shop and has its own license key, which this app keeps in the keychain to confirm that cobby has connected.</source>
        <translation>Jeder cobby-Workspace ist mit einem Shop verbunden und hat seinen eigenen Lizenzschlüssel. Die App bewahrt ihn im Schlüsselbund auf, um zu bestätigen, dass cobby sich verbunden hat.</translation>
    </message>
    <message>
        <source>Find a workspace or shop…</source>
        <translation>Workspace oder Shop suchen…</translation>
    </message>
    <message>
        <source>Find a workspace</source>
        <translation>Einen Workspace suchen</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>License key</source>
        <translation>Lizenzschlüssel</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>Set license &amp;key…</source>
        <translation>Lizenz&amp;schlüssel setzen…</translation>
    </message>
    <message>
        <source>Connect &amp;shop…</source>
        <translation>Shop &amp;verbinden…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>No shop yet</source>
        <translation>Noch kein Shop</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>Add it with Set license key to confirm cobby&apos;s connection.</source>
        <translation>Füge ihn mit „Lizenzschlüssel setzen“ hinzu, um cobbys Verbindung zu bestätigen.</translation>
    </message>
    <message numerus="yes">
        <source>%n workspaces</source>
        <translation>
            <numerusform>%n Workspace</numerusform>
            <numerusform>%n Workspaces</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Neuer Workspace</translation>
    </message>
    <message>
        <source>Use the name the workspace has in the cobby portal, so you can tell them apart.</source>
        <translation>Nimm den Namen, den der Workspace im cobby-Portal hat. So kannst du sie auseinanderhalten.</translation>
    </message>
    <message>
        <source>Workspace “%1” added.</source>
        <translation>Workspace „%1“ hinzugefügt.</translation>
    </message>
    <message>
        <source>Rename workspace</source>
        <translation>Workspace umbenennen</translation>
    </message>
    <message>
        <source>The new name is used in this app only; the cobby portal is not changed.</source>
        <translation>Der neue Name gilt nur in dieser App. Das cobby-Portal bleibt unverändert.</translation>
    </message>
    <message>
        <source>Renamed to “%1”.</source>
        <translation>Umbenannt in „%1“.</translation>
    </message>
    <message>
        <source>The license key of the workspace “%1”.</source>
        <translation>Der Lizenzschlüssel des Workspaces „%1“.</translation>
    </message>
    <message>
        <source>The key stored now is replaced.</source>
        <translation>Der jetzt gespeicherte Schlüssel wird ersetzt.</translation>
    </message>
    <message>
        <source>Set license key</source>
        <translation>Lizenzschlüssel setzen</translation>
    </message>
    <message>
        <source>The license key is stored in the keychain.</source>
        <translation>Der Lizenzschlüssel ist im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>The shop is saved.</source>
        <translation>Der Shop ist gespeichert.</translation>
    </message>
    <message>
        <source>Delete workspace</source>
        <translation>Workspace löschen</translation>
    </message>
    <message>
        <source>Workspace “%1” deleted.</source>
        <translation>Workspace „%1“ gelöscht.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>Positionsargumente</translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>diese Hilfe zeigen und beenden</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>die Versionsnummer zeigen und beenden</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>diese Argumente fehlen: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>erwartet einen Wert</translation>
    </message>
</context>
</TS>
