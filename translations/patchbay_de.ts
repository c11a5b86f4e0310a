<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Patchbay</source>
        <translation>Patchbay</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (erstellt mit %2)</translation>
    </message>
    <message>
        <source>QtKeychain</source>
        <translation>QtKeychain</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 (at build time)</source>
        <translation>%1 (beim Erstellen)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>&amp;Copy version info</source>
        <translation>Versionsinfos &amp;kopieren</translation>
    </message>
    <message>
        <source>About Patchbay</source>
        <translation>Über Patchbay</translation>
    </message>
    <message>
        <source>Patchbay icon</source>
        <translation>Patchbay-Symbol</translation>
    </message>
    <message>
        <source>Patchbay %1</source>
        <translation>Patchbay %1</translation>
    </message>
    <message>
        <source>A console for the webhook endpoints your team registered with OpenTrain, Layers, OptimalDial, Diligent and Atoa.</source>
        <translation>Eine Konsole für die Webhook-Endpunkte, die Ihr Team bei OpenTrain, Layers, OptimalDial, Diligent und Atoa registriert hat.</translation>
    </message>
    <message>
        <source>Versions and licences</source>
        <translation>Versionen und Lizenzen</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Tokens live only in the system keychain.</source>
        <translation>Tokens liegen nur im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Patchbay never writes them to its settings or logs; copied curl commands say $PATCHBAY_TOKEN instead.</source>
        <translation>Patchbay schreibt sie nie in Einstellungen oder Protokolle; kopierte curl-Befehle enthalten stattdessen $PATCHBAY_TOKEN.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <source>Patchbay is proprietary software: © 2026 Patchbay developers, all rights reserved.</source>
        <translation>Patchbay ist proprietäre Software: © 2026 Patchbay-Entwickler, alle Rechte vorbehalten.</translation>
    </message>
    <message>
        <source>Qt 6 (The Qt Company Ltd and other contributors) is used under the %1.</source>
        <translation>Qt 6 (The Qt Company Ltd und weitere Mitwirkende) wird unter der %1 verwendet.</translation>
    </message>
    <message>
        <source>GNU Lesser General Public License version 3 (LGPL-3)</source>
        <translation>GNU Lesser General Public License Version 3 (LGPL-3)</translation>
    </message>
    <message>
        <source>QtKeychain (Frank Osterfeld and other contributors) is used under the %1.</source>
        <translation>QtKeychain (Frank Osterfeld und weitere Mitwirkende) wird unter der %1 verwendet.</translation>
    </message>
    <message>
        <source>BSD 2-Clause licence</source>
        <translation>BSD-2-Clause-Lizenz</translation>
    </message>
    <message>
        <source>Both are the system&apos;s own shared libraries, unmodified; their source code: %1, %2.</source>
        <translation>Beide sind unveränderte Bibliotheken des Systems; ihr Quellcode: %1, %2.</translation>
    </message>
    <message>
        <source>Full licence texts: %1</source>
        <translation>Vollständige Lizenztexte: %1</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
</context>
<context>
    <name>AccountCommands</name>
    <message>
        <source>Unknown provider &quot;%1&quot;.</source>
        <translation>Unbekannter Anbieter &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--base-url: %1</source>
        <translation>--base-url: %1</translation>
    </message>
    <message>
        <source>An account named &quot;%1&quot; already exists; remove it first.</source>
        <translation>Ein Konto namens &quot;%1&quot; existiert bereits; entfernen Sie es zuerst.</translation>
    </message>
    <message>
        <source>API token for %1 (input hidden): </source>
        <translation>API-Token für %1 (Eingabe verborgen): </translation>
    </message>
    <message>
        <source>No token given: put the token on the first line of standard input.</source>
        <translation>Kein Token angegeben: Geben Sie das Token in der ersten Zeile der Standardeingabe an.</translation>
    </message>
    <message>
        <source>The token contains whitespace or control characters, or is longer than %1 characters.</source>
        <translation>Das Token enthält Leer- oder Steuerzeichen oder ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>Added the account &quot;%1&quot; (%2, %3); its token is in the keychain.
</source>
        <translation>Konto &quot;%1&quot; (%2, %3) hinzugefügt; sein Token liegt im Schlüsselbund.
</translation>
    </message>
    <message>
        <source>No accounts. Add one with: patchbay-cli accounts add NAME --provider P
</source>
        <translation>Keine Konten. Fügen Sie eines hinzu mit: patchbay-cli accounts add NAME --provider P
</translation>
    </message>
    <message>
        <source>There is no account named &quot;%1&quot;.</source>
        <translation>Es gibt kein Konto namens &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Removed the account &quot;%1&quot; and its keychain entry.
</source>
        <translation>Konto &quot;%1&quot; und sein Schlüsselbund-Eintrag wurden entfernt.
</translation>
    </message>
    <message>
        <source>--ca-file: %1</source>
        <translation>--ca-file: %1</translation>
    </message>
    <message>
        <source>Renamed the account &quot;%1&quot; to &quot;%2&quot;; its keychain entry moved with it.
</source>
        <translation>Das Konto &quot;%1&quot; heißt jetzt &quot;%2&quot;; sein Schlüsselbundeintrag wurde mit umbenannt.
</translation>
    </message>
    <message>
        <source>The account is already named &quot;%1&quot;; nothing was changed.</source>
        <translation>Das Konto heißt bereits &quot;%1&quot;; nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>AccountListDelegate</name>
    <message>
        <source>loading…</source>
        <translation>wird geladen…</translation>
    </message>
    <message>
        <source>1 account</source>
        <translation>1 Konto</translation>
    </message>
    <message numerus="yes">
        <source>%n accounts</source>
        <translation>
            <numerusform>%n Konto</numerusform>
            <numerusform>%n Konten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountListModel</name>
    <message>
        <source>All accounts</source>
        <translation>Alle Konten</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>Loading failed: %1</source>
        <translation>Laden fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>, loading</source>
        <translation>, wird geladen</translation>
    </message>
    <message>
        <source>, loading failed: %1</source>
        <translation>, Laden fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Endpoints of every account</source>
        <translation>Endpunkte aller Konten</translation>
    </message>
    <message>
        <source>1 account</source>
        <translation>1 Konto</translation>
    </message>
    <message numerus="yes">
        <source>%n accounts</source>
        <translation>
            <numerusform>%n Konto</numerusform>
            <numerusform>%n Konten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>1 account failed to load:</source>
        <translation>1 Konto konnte nicht geladen werden:</translation>
    </message>
    <message numerus="yes">
        <source>%n accounts failed to load:</source>
        <translation>
            <numerusform>%n Konto konnte nicht geladen werden:</numerusform>
            <numerusform>%n Konten konnten nicht geladen werden:</numerusform>
        </translation>
    </message>
    <message>
        <source>1 endpoint</source>
        <translation>1 Endpunkt</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoints</source>
        <translation>
            <numerusform>%n Endpunkt</numerusform>
            <numerusform>%n Endpunkte</numerusform>
        </translation>
    </message>
    <message>
        <source>1 needs attention</source>
        <translation>1 braucht Aufmerksamkeit</translation>
    </message>
    <message numerus="yes">
        <source>%n need attention</source>
        <translation>
            <numerusform>%n braucht Aufmerksamkeit</numerusform>
            <numerusform>%n brauchen Aufmerksamkeit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountService</name>
    <message>
        <source>%1 The keychain was put back as it was.</source>
        <translation>%1 Der Schlüsselbund wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>%1 Putting the keychain back failed too. %2</source>
        <translation>%1 Auch das Wiederherstellen des Schlüsselbunds ist fehlgeschlagen. %2</translation>
    </message>
    <message>
        <source>The token is empty, longer than %1 characters, or contains spaces or control characters.</source>
        <translation>Das Token ist leer, länger als %1 Zeichen oder enthält Leer- oder Steuerzeichen.</translation>
    </message>
    <message>
        <source>The token stays in the keychain under “%1” without an account: %2</source>
        <translation>Das Token bleibt ohne Konto unter „%1“ im Schlüsselbund: %2</translation>
    </message>
    <message>
        <source>The keychain now holds the new token of “%1”, not the previous one: %2</source>
        <translation>Der Schlüsselbund enthält jetzt das neue Token von „%1“, nicht das bisherige: %2</translation>
    </message>
    <message>
        <source>A copy of the token stays in the keychain under “%1”: %2</source>
        <translation>Eine Kopie des Tokens bleibt unter „%1“ im Schlüsselbund: %2</translation>
    </message>
    <message>
        <source>The token is now stored under “%1” only, while the account is still “%2”: %3</source>
        <translation>Das Token liegt jetzt nur unter „%1“, das Konto heißt aber noch „%2“: %3</translation>
    </message>
    <message>
        <source>The token of “%1” is gone from the keychain, but the account is still listed: %2</source>
        <translation>Das Token von „%1“ ist aus dem Schlüsselbund gelöscht, das Konto ist aber noch eingetragen: %2</translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <source>There is no account named “%1”.</source>
        <translation>Es gibt kein Konto namens „%1“.</translation>
    </message>
    <message>
        <source>The settings of account “%1” are damaged; remove the account and add it again.</source>
        <translation>Die Einstellungen des Kontos „%1“ sind beschädigt; entfernen Sie das Konto und fügen Sie es neu hinzu.</translation>
    </message>
    <message>
        <source>The account name is empty.</source>
        <translation>Der Kontoname ist leer.</translation>
    </message>
    <message>
        <source>The account name “%1” starts or ends with spaces.</source>
        <translation>Der Kontoname „%1“ beginnt oder endet mit Leerzeichen.</translation>
    </message>
    <message>
        <source>The account name “%1” contains “/” or “\”.</source>
        <translation>Der Kontoname „%1“ enthält „/“ oder „\“.</translation>
    </message>
    <message>
        <source>The account name is longer than %1 characters.</source>
        <translation>Der Kontoname ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The colour “%1” is neither a #rrggbb value nor a colour name.</source>
        <translation>Die Farbe „%1“ ist weder ein #rrggbb-Wert noch ein Farbname.</translation>
    </message>
    <message>
        <source>The base URL must not contain a query (“?…”) or a fragment (“#…”).</source>
        <translation>Die Basis-URL darf keine Abfrage („?…“) und kein Fragment („#…“) enthalten.</translation>
    </message>
    <message>
        <source>The environment label is longer than %1 characters.</source>
        <translation>Die Umgebungsbezeichnung ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The environment label contains control characters.</source>
        <translation>Die Umgebungsbezeichnung enthält Steuerzeichen.</translation>
    </message>
    <message>
        <source>An account named “%1” already exists.</source>
        <translation>Ein Konto namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>Could not write the settings file “%1”: access denied.</source>
        <translation>Die Einstellungsdatei „%1“ konnte nicht geschrieben werden: Zugriff verweigert.</translation>
    </message>
    <message>
        <source>Could not write the settings file “%1”: it is malformed.</source>
        <translation>Die Einstellungsdatei „%1“ konnte nicht geschrieben werden: Sie ist fehlerhaft.</translation>
    </message>
    <message>
        <source>The CA file “%1” must be given as an absolute path.</source>
        <translation>Die CA-Datei „%1“ muss als absoluter Pfad angegeben werden.</translation>
    </message>
    <message>
        <source>The account name contains control or invisible characters.</source>
        <translation>Der Kontoname enthält Steuer- oder unsichtbare Zeichen.</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Environment colour</source>
        <translation>Umgebungsfarbe</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>Add a new account</source>
        <translation>Neues Konto hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Remove the selected account and its token from the keychain</source>
        <translation>Ausgewähltes Konto und sein Token aus dem Schlüsselbund entfernen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Kontoname</translation>
    </message>
    <message>
        <source>e.g. Acme production</source>
        <translation>z. B. Acme Produktion</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>The provider&apos;s documented host unless you point elsewhere. https only (http is allowed for loopback addresses).</source>
        <translation>Der dokumentierte Host des Anbieters, sofern Sie nichts anderes angeben. Nur https (http ist für Loopback-Adressen erlaubt).</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Use the provider&apos;s default base URL</source>
        <translation>Standard-Basis-URL des Anbieters verwenden</translation>
    </message>
    <message>
        <source>Use the provider&apos;s documented host</source>
        <translation>Dokumentierten Host des Anbieters verwenden</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>Basis-&amp;URL:</translation>
    </message>
    <message>
        <source>Base URL problem</source>
        <translation>Problem mit der Basis-URL</translation>
    </message>
    <message>
        <source>Environment label</source>
        <translation>Umgebungsbezeichnung</translation>
    </message>
    <message>
        <source>C&amp;olour…</source>
        <translation>&amp;Farbe…</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>Um&amp;gebung:</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>API-&amp;Token:</translation>
    </message>
    <message>
        <source>Stored in the system keychain, never in a file, and never shown again.</source>
        <translation>Wird im Schlüsselbund des Systems gespeichert, nie in einer Datei, und nie wieder angezeigt.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>List the endpoints with this base URL and token</source>
        <translation>Endpunkte mit dieser Basis-URL und diesem Token auflisten</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save account</source>
        <translation>Konto speichern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Paste the API token</source>
        <translation>API-Token einfügen</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored token</source>
        <translation>Leer lassen, um das gespeicherte Token zu behalten</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Neues Konto</translation>
    </message>
    <message>
        <source>New account: %1</source>
        <translation>Neues Konto: %1</translation>
    </message>
    <message>
        <source>Edit account: %1</source>
        <translation>Konto bearbeiten: %1</translation>
    </message>
    <message>
        <source>The base URL must not contain a query (“?…”) or a fragment (“#…”).</source>
        <translation>Die Basis-URL darf keine Abfrage („?…“) und kein Fragment („#…“) enthalten.</translation>
    </message>
    <message>
        <source>Current colour: %1</source>
        <translation>Aktuelle Farbe: %1</translation>
    </message>
    <message>
        <source>Colour of the environment label: %1</source>
        <translation>Farbe der Umgebungsbezeichnung: %1</translation>
    </message>
    <message>
        <source>Enter the API token of the new account.</source>
        <translation>Geben Sie das API-Token des neuen Kontos ein.</translation>
    </message>
    <message>
        <source>The account was not saved. %1</source>
        <translation>Das Konto wurde nicht gespeichert. %1</translation>
    </message>
    <message>
        <source>The account was not renamed. %1</source>
        <translation>Das Konto wurde nicht umbenannt. %1</translation>
    </message>
    <message>
        <source>Saved account “%1”.</source>
        <translation>Konto „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Remove the account “%1”? Its token is deleted from the keychain. The endpoints at the provider are not changed.</source>
        <translation>Konto „%1“ entfernen? Sein Token wird aus dem Schlüsselbund gelöscht. Die Endpunkte beim Anbieter bleiben unverändert.</translation>
    </message>
    <message>
        <source>“%1” is a production account.</source>
        <translation>„%1“ ist ein Produktivkonto.</translation>
    </message>
    <message>
        <source>The account was not removed. %1</source>
        <translation>Das Konto wurde nicht entfernt. %1</translation>
    </message>
    <message>
        <source>Removed account “%1” and its token.</source>
        <translation>Konto „%1“ und sein Token entfernt.</translation>
    </message>
    <message>
        <source>Enter the API token to test the connection.</source>
        <translation>Geben Sie das API-Token ein, um die Verbindung zu testen.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>Verbunden: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>CA certificate (PEM)</source>
        <translation>CA-Zertifikat (PEM)</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Extra CA certificate file</source>
        <translation>Zusätzliche CA-Zertifikatsdatei</translation>
    </message>
    <message>
        <source>Optional: a private CA&apos;s certificate (PEM)</source>
        <translation>Optional: Zertifikat einer privaten CA (PEM)</translation>
    </message>
    <message>
        <source>For hosts whose certificate comes from a private CA (staging, a company proxy). Trusted in addition to the system&apos;s CAs; host name and expiry are still checked.</source>
        <translation>Für Hosts, deren Zertifikat von einer privaten CA stammt (Staging, Firmen-Proxy). Wird zusätzlich zu den CAs des Systems vertraut; Hostname und Ablaufdatum werden weiterhin geprüft.</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the CA certificate file</source>
        <translation>CA-Zertifikatsdatei wählen</translation>
    </message>
    <message>
        <source>CA f&amp;ile:</source>
        <translation>&amp;CA-Datei:</translation>
    </message>
    <message>
        <source>CA file problem</source>
        <translation>Problem mit der CA-Datei</translation>
    </message>
</context>
<context>
    <name>ApiCall</name>
    <message>
        <source>cancelled by the user</source>
        <translation>vom Benutzer abgebrochen</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>The base URL &quot;%1&quot; is not a valid absolute URL.</source>
        <translation>Die Basis-URL &quot;%1&quot; ist keine gültige absolute URL.</translation>
    </message>
    <message>
        <source>The base URL must not contain a user name or password.</source>
        <translation>Die Basis-URL darf keinen Benutzernamen und kein Passwort enthalten.</translation>
    </message>
    <message>
        <source>Refusing plain http:// to %1: the token would travel unencrypted. Use https:// (http is allowed only for loopback addresses).</source>
        <translation>Unverschlüsseltes http:// zu %1 abgelehnt: Das Token würde unverschlüsselt übertragen. Verwenden Sie https:// (http ist nur für Loopback-Adressen erlaubt).</translation>
    </message>
    <message>
        <source>The base URL must use https:// (it uses &quot;%1&quot;).</source>
        <translation>Die Basis-URL muss https:// verwenden (sie verwendet &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>nothing to change</source>
        <translation>nichts zu ändern</translation>
    </message>
    <message>
        <source>the change was accepted (HTTP %1) but the reply could not be read: %2. Refresh to see the endpoint as it is now.</source>
        <translation>die Änderung wurde angenommen (HTTP %1), aber die Antwort war nicht lesbar: %2. Aktualisieren Sie, um den aktuellen Stand des Endpunkts zu sehen.</translation>
    </message>
    <message>
        <source>the reply describes endpoint &quot;%1&quot;, not the requested &quot;%2&quot;; it was not used</source>
        <translation>die Antwort beschreibt den Endpunkt &quot;%1&quot;, nicht den angefragten &quot;%2&quot;; sie wurde nicht verwendet</translation>
    </message>
    <message>
        <source>the change was sent (HTTP %1) but %2. Refresh to see the endpoint as it is now.</source>
        <translation>die Änderung wurde gesendet (HTTP %1), aber %2. Aktualisieren Sie, um den aktuellen Stand des Endpunkts zu sehen.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>no error</source>
        <translation>kein Fehler</translation>
    </message>
    <message>
        <source>refused before sending</source>
        <translation>vor dem Senden abgelehnt</translation>
    </message>
    <message>
        <source>the provider refused the request</source>
        <translation>der Anbieter hat die Anfrage abgelehnt</translation>
    </message>
    <message>
        <source>the provider had a server error</source>
        <translation>Serverfehler beim Anbieter</translation>
    </message>
    <message>
        <source>network failure</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>TLS failure</source>
        <translation>TLS-Fehler</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>unreadable reply</source>
        <translation>unlesbare Antwort</translation>
    </message>
    <message>
        <source>insecure connection refused</source>
        <translation>unsichere Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source> (retry after %1 s)</source>
        <translation> (neuer Versuch in %1 s)</translation>
    </message>
    <message>
        <source>changed by someone else meanwhile</source>
        <translation>zwischenzeitlich von jemand anderem geändert</translation>
    </message>
</context>
<context>
    <name>BoundedRunner</name>
    <message>
        <source>not sent: the provider kept asking to wait (%1)</source>
        <translation>nicht gesendet: der Anbieter bat immer wieder zu warten (%1)</translation>
    </message>
</context>
<context>
    <name>BulkChangeDialog</name>
    <message>
        <source>Re-enable endpoints</source>
        <translation>Endpunkte erneut aktivieren</translation>
    </message>
    <message>
        <source>Disable endpoints</source>
        <translation>Endpunkte deaktivieren</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Request to send</source>
        <translation>Zu sendende Anfrage</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Changes to send</source>
        <translation>Zu sendende Änderungen</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
    <message>
        <source>Skipped: already delivering</source>
        <translation>Übersprungen: bereits aktiv</translation>
    </message>
    <message>
        <source>Skipped: already disabled</source>
        <translation>Übersprungen: bereits deaktiviert</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>%1 of %2 selected endpoints will be re-enabled with the requests below.</source>
        <translation>%1 von %2 ausgewählten Endpunkten werden mit den folgenden Anfragen erneut aktiviert.</translation>
    </message>
    <message>
        <source>%1 of %2 selected endpoints will be disabled with the requests below.</source>
        <translation>%1 von %2 ausgewählten Endpunkten werden mit den folgenden Anfragen deaktiviert.</translation>
    </message>
    <message>
        <source>This includes production accounts: %1.</source>
        <translation>Darunter sind Produktivkonten: %1.</translation>
    </message>
    <message>
        <source>Re-enable 1 endpoint</source>
        <translation>1 Endpunkt erneut aktivieren</translation>
    </message>
    <message numerus="yes">
        <source>Re-enable %n endpoints</source>
        <translation>
            <numerusform>%n Endpunkt erneut aktivieren</numerusform>
            <numerusform>%n Endpunkte erneut aktivieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Disable 1 endpoint</source>
        <translation>1 Endpunkt deaktivieren</translation>
    </message>
    <message numerus="yes">
        <source>Disable %n endpoints</source>
        <translation>
            <numerusform>%n Endpunkt deaktivieren</numerusform>
            <numerusform>%n Endpunkte deaktivieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>Warten…</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Not sent (cancelled)</source>
        <translation>Nicht gesendet (abgebrochen)</translation>
    </message>
    <message>
        <source>%1 succeeded, %2 failed.</source>
        <translation>%1 erfolgreich, %2 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1 not sent (cancelled).</source>
        <translation>%1 nicht gesendet (abgebrochen).</translation>
    </message>
    <message numerus="yes">
        <source>Provider asked to wait: sending again in %n s</source>
        <translation>
            <numerusform>Anbieter bittet zu warten: erneutes Senden in %n s</numerusform>
            <numerusform>Anbieter bittet zu warten: erneutes Senden in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeJournal</name>
    <message>
        <source>Cannot read the change journal %1: %2</source>
        <translation>Das Änderungsprotokoll %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot write the change journal %1: %2</source>
        <translation>Das Änderungsprotokoll %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>es ist keine reguläre Datei</translation>
    </message>
</context>
<context>
    <name>ChangeJournalDialog</name>
    <message>
        <source>Change journal</source>
        <translation>Änderungsprotokoll</translation>
    </message>
    <message>
        <source>Filter by account, endpoint, method or result</source>
        <translation>Nach Konto, Endpunkt, Methode oder Ergebnis filtern</translation>
    </message>
    <message>
        <source>Filter changes</source>
        <translation>Änderungen filtern</translation>
    </message>
    <message>
        <source>Changes sent</source>
        <translation>Gesendete Änderungen</translation>
    </message>
    <message>
        <source>Body sent</source>
        <translation>Gesendeter Body</translation>
    </message>
    <message>
        <source>Select a change to see the body that was sent.</source>
        <translation>Wählen Sie eine Änderung, um den gesendeten Body zu sehen.</translation>
    </message>
    <message>
        <source>Copy body</source>
        <translation>Body kopieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>failed with HTTP %1</source>
        <translation>fehlgeschlagen mit HTTP %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>1 change</source>
        <translation>1 Änderung</translation>
    </message>
    <message numerus="yes">
        <source>%n changes</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>1 damaged line skipped</source>
        <translation>1 beschädigte Zeile übersprungen</translation>
    </message>
    <message numerus="yes">
        <source>%n damaged lines skipped</source>
        <translation>
            <numerusform>%n beschädigte Zeile übersprungen</numerusform>
            <numerusform>%n beschädigte Zeilen übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Revert…</source>
        <translation>&amp;Zurücksetzen…</translation>
    </message>
    <message>
        <source>Revert this change</source>
        <translation>Diese Änderung zurücksetzen</translation>
    </message>
    <message>
        <source>Select a change to revert.</source>
        <translation>Wählen Sie eine Änderung zum Zurücksetzen.</translation>
    </message>
    <message>
        <source>Send back the values from before this change, after checking that the endpoint still holds what it set.</source>
        <translation>Sendet die Werte von vor dieser Änderung, nachdem geprüft wurde, dass der Endpunkt noch die damals gesetzten Werte hat.</translation>
    </message>
    <message numerus="yes">
        <source>Before this re-enable, %1 had recorded: &quot;%2&quot;, after %n failed deliveries.</source>
        <translation>
            <numerusform>Vor dieser Reaktivierung hatte %1 vermerkt: „%2“, nach %n fehlgeschlagenen Zustellung.</numerusform>
            <numerusform>Vor dieser Reaktivierung hatte %1 vermerkt: „%2“, nach %n fehlgeschlagenen Zustellungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent from the command line (patchbay-cli).</source>
        <translation>Von der Kommandozeile gesendet (patchbay-cli).</translation>
    </message>
</context>
<context>
    <name>ChangeRecordModel</name>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>This change undid the previous one</source>
        <translation>Diese Änderung hat die vorherige rückgängig gemacht</translation>
    </message>
    <message>
        <source>Succeeded: %1</source>
        <translation>Erfolgreich: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Not an undo</source>
        <translation>Kein Rückgängigmachen</translation>
    </message>
    <message>
        <source>%1 endpoint %2
%3 %4</source>
        <translation>%1-Endpunkt %2
%3 %4</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>This change redid one that was undone</source>
        <translation>Diese Änderung hat eine rückgängig gemachte wiederhergestellt</translation>
    </message>
    <message>
        <source>This change reverted one from the journal</source>
        <translation>Diese Änderung hat eine aus dem Protokoll zurückgesetzt</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
</context>
<context>
    <name>CliArguments</name>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>Die Option %1 braucht einen Wert.</translation>
    </message>
    <message>
        <source>The option %1 takes no value.</source>
        <translation>Die Option %1 nimmt keinen Wert.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Unbekannte Option %1.</translation>
    </message>
    <message>
        <source>The option %1 is given twice.</source>
        <translation>Die Option %1 ist doppelt angegeben.</translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot;; use one of: %2.</source>
        <translation>Unbekannter Anbieter &quot;%1&quot;; verwenden Sie einen von: %2.</translation>
    </message>
    <message>
        <source>Use either --enable or --disable, not both.</source>
        <translation>Verwenden Sie entweder --enable oder --disable, nicht beides.</translation>
    </message>
    <message>
        <source>--set-metadata needs KEY=VALUE (got &quot;%1&quot;).</source>
        <translation>--set-metadata braucht KEY=VALUE (erhalten: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>--unset-metadata needs a KEY.</source>
        <translation>--unset-metadata braucht einen KEY.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>endpoints %1 needs an endpoint ID.</source>
        <translation>endpoints %1 braucht eine Endpunkt-ID.</translation>
    </message>
    <message>
        <source>Unknown command &quot;endpoints %1&quot;.</source>
        <translation>Unbekannter Befehl &quot;endpoints %1&quot;.</translation>
    </message>
    <message>
        <source>accounts %1 needs an account NAME.</source>
        <translation>accounts %1 braucht einen Konto-NAME.</translation>
    </message>
    <message>
        <source>Unknown command &quot;accounts %1&quot;.</source>
        <translation>Unbekannter Befehl &quot;accounts %1&quot;.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unerwartetes Argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--timeout needs a whole number of seconds from 1 to %1 (got &quot;%2&quot;).</source>
        <translation>--timeout braucht eine ganze Zahl von Sekunden von 1 bis %1 (erhalten: &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>Use either --account or --provider, not both.</source>
        <translation>Verwenden Sie entweder --account oder --provider, nicht beides.</translation>
    </message>
    <message>
        <source>Say which provider to talk to: --account NAME or --provider P.</source>
        <translation>Geben Sie den Anbieter an: --account NAME oder --provider P.</translation>
    </message>
    <message>
        <source>--base-url goes with --provider; an account has its own base URL.</source>
        <translation>--base-url gehört zu --provider; ein Konto hat seine eigene Basis-URL.</translation>
    </message>
    <message>
        <source>accounts add takes the account NAME as its argument, not --account.</source>
        <translation>accounts add erwartet den Konto-NAME als Argument, nicht --account.</translation>
    </message>
    <message>
        <source>accounts add needs --provider P.</source>
        <translation>accounts add braucht --provider P.</translation>
    </message>
    <message>
        <source>accounts %1 does not take %2.</source>
        <translation>accounts %1 akzeptiert %2 nicht.</translation>
    </message>
    <message>
        <source>--dry-run goes with endpoints update.</source>
        <translation>--dry-run gehört zu endpoints update.</translation>
    </message>
    <message>
        <source>%1 is a change: it goes with endpoints update.</source>
        <translation>%1 ist eine Änderung: Sie gehört zu endpoints update.</translation>
    </message>
    <message>
        <source>endpoints update needs at least one change (see --help).</source>
        <translation>endpoints update braucht mindestens eine Änderung (siehe --help).</translation>
    </message>
    <message>
        <source>Use either --description or --clear-description, not both.</source>
        <translation>Verwenden Sie entweder --description oder --clear-description, nicht beides.</translation>
    </message>
    <message>
        <source>Use either --secret-stdin or --remove-secret, not both.</source>
        <translation>Verwenden Sie entweder --secret-stdin oder --remove-secret, nicht beides.</translation>
    </message>
    <message>
        <source>Use either --authentication-json or --remove-authentication, not both.</source>
        <translation>Verwenden Sie entweder --authentication-json oder --remove-authentication, nicht beides.</translation>
    </message>
    <message>
        <source>Secret options and authentication options cannot be combined.</source>
        <translation>Secret-Optionen und Authentifizierungsoptionen lassen sich nicht kombinieren.</translation>
    </message>
    <message>
        <source>--ca-file needs the path of a PEM file.</source>
        <translation>--ca-file braucht den Pfad einer PEM-Datei.</translation>
    </message>
    <message>
        <source>patchbay-cli --version (or -v) prints the version; --help (or -h) prints this text.
</source>
        <translation>patchbay-cli --version (oder -v) zeigt die Version; --help (oder -h) zeigt diesen Text.
</translation>
    </message>
    <message>
        <source>Unknown health &quot;%1&quot;; use one of: %2.</source>
        <translation>Unbekannter Zustand &quot;%1&quot;; möglich sind: %2.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use csv or json.</source>
        <translation>Unbekanntes Format &quot;%1&quot;; möglich sind csv und json.</translation>
    </message>
    <message>
        <source>--ids-from needs a file name, or - for standard input.</source>
        <translation>--ids-from braucht einen Dateinamen oder - für die Standardeingabe.</translation>
    </message>
    <message>
        <source>endpoints update needs one or more endpoint IDs, or --ids-from.</source>
        <translation>endpoints update braucht eine oder mehrere Endpunkt-IDs oder --ids-from.</translation>
    </message>
    <message>
        <source>An endpoint ID cannot be empty.</source>
        <translation>Eine Endpunkt-ID darf nicht leer sein.</translation>
    </message>
    <message>
        <source>endpoints needs a command: list, export, get or update.</source>
        <translation>endpoints braucht einen Befehl: list, export, get oder update.</translation>
    </message>
    <message>
        <source>accounts rename needs the OLD and the NEW name.</source>
        <translation>accounts rename braucht den alten (OLD) und den neuen Namen (NEW).</translation>
    </message>
    <message>
        <source>accounts needs a command: add, list, rename or remove.</source>
        <translation>accounts braucht einen Befehl: add, list, rename oder remove.</translation>
    </message>
    <message>
        <source>endpoints %1 works on one account: give --account once.</source>
        <translation>endpoints %1 arbeitet mit einem Konto: --account nur einmal angeben.</translation>
    </message>
    <message>
        <source>%1 goes with endpoints list and endpoints export.</source>
        <translation>%1 gehört zu endpoints list und endpoints export.</translation>
    </message>
    <message>
        <source>endpoints export needs --format csv or --format json.</source>
        <translation>endpoints export braucht --format csv oder --format json.</translation>
    </message>
    <message>
        <source>endpoints export takes --format json, not --json.</source>
        <translation>endpoints export nimmt --format json, nicht --json.</translation>
    </message>
    <message>
        <source>%1 goes with endpoints export.</source>
        <translation>%1 gehört zu endpoints export.</translation>
    </message>
    <message>
        <source>--ids-from goes with endpoints update.</source>
        <translation>--ids-from gehört zu endpoints update.</translation>
    </message>
    <message>
        <source>--secret-stdin and --ids-from - both read standard input: put the IDs in a file.</source>
        <translation>--secret-stdin und --ids-from - lesen beide die Standardeingabe: die IDs bitte in eine Datei schreiben.</translation>
    </message>
    <message>
        <source>Usage:
patchbay-cli [--account NAME]... [--json] [--timeout SECONDS (default 30)] [--ca-file PEM] COMMAND
patchbay-cli --provider P [--base-url URL] [--json] [--timeout SECONDS] [--ca-file PEM] COMMAND
  P: opentrain | layers | optimaldial | diligent | atoa     (--base-url defaults to the provider&apos;s documented host)
  Options may come before or after the command.
  endpoints list [--health H] [--filter TEXT]
  endpoints export --format csv|json [--output FILE] [--health H] [--filter TEXT]
    Without --account or --provider: every saved account; --account may be repeated.
    H: active | failing | disabled | attention (failing, or disabled by the provider)
    --filter TEXT: like the window&apos;s filter box (part of the URL, description, an event or the ID)
    --output FILE: overwritten; without it, standard output
  endpoints get ID
  endpoints update ID... [--ids-from FILE|-] [--dry-run] CHANGE...
    --ids-from: one ID per line (- for standard input); --dry-run prints the requests, sends none
    --url URL | --events A,B,... | --description TEXT | --clear-description | --enable | --disable
    --set-metadata KEY=VALUE | --unset-metadata KEY | --clear-metadata     (repeatable; Layers)
    --scope own|all_children                                               (Layers)
    --secret-stdin | --remove-secret          (Diligent; the new secret is the first line of standard input)
    --authentication-json JSON | --remove-authentication                   (Atoa)
  (get and update work on one account: --account NAME once, or --provider P)
  accounts add NAME --provider P [--base-url URL] [--ca-file PEM]
                                                    (token: first line of standard input, into the keychain)
  accounts list
  accounts rename OLD NEW                           (moves its keychain entry and settings)
  accounts remove NAME                              (removes its keychain entry too)

Token: with --account, from the keychain; with --provider, from the environment variable PATCHBAY_TOKEN.
TLS: certificates are always verified; nothing turns that off. A CA file (PEM) adds CAs to the system&apos;s,
e.g. a staging host&apos;s private CA. One is used, the first given of: --ca-file PEM, the environment variable
PATCHBAY_CA_FILE, the account&apos;s own (accounts add --ca-file PEM, stored as an absolute path).
Proxies: https_proxy, all_proxy and no_proxy as curl reads them, else the system&apos;s settings. localhost is
never proxied; an https request goes through a proxy as an encrypted tunnel (CONNECT).
CSV: RFC 4180 (UTF-8, CRLF), a header row of the --json field names, events joined by &quot;;&quot;, null as an
empty cell; a cell that begins with = + - @, tab or carriage return gets a leading &apos; (a spreadsheet never runs it).
Exit codes: 0 done or nothing to change; 2 usage or validation error (nothing was sent);
3 the provider refused (4xx); 4 network failure, TLS failure, timeout, 5xx or an unreadable reply.
Several accounts or IDs: the worst of them (4 over 3 over 2); the others still run.
</source>
        <translation>Aufruf:
patchbay-cli [--account NAME]... [--json] [--timeout SECONDS (Standard 30)] [--ca-file PEM] COMMAND
patchbay-cli --provider P [--base-url URL] [--json] [--timeout SECONDS] [--ca-file PEM] COMMAND
  P: opentrain | layers | optimaldial | diligent | atoa     (--base-url ist standardmäßig der dokumentierte Host des Anbieters)
  Optionen dürfen vor oder nach dem Befehl stehen.
  endpoints list [--health H] [--filter TEXT]
  endpoints export --format csv|json [--output FILE] [--health H] [--filter TEXT]
    Ohne --account oder --provider: alle gespeicherten Konten; --account ist wiederholbar.
    H: active | failing | disabled | attention (fehlschlagend oder vom Anbieter deaktiviert)
    --filter TEXT: wie das Filterfeld des Fensters (Teil der URL, der Beschreibung, eines Ereignisses oder der ID)
    --output FILE: wird überschrieben; ohne die Option die Standardausgabe
  endpoints get ID
  endpoints update ID... [--ids-from FILE|-] [--dry-run] CHANGE...
    --ids-from: eine ID pro Zeile (- für die Standardeingabe); --dry-run zeigt die Anfragen und sendet keine
    --url URL | --events A,B,... | --description TEXT | --clear-description | --enable | --disable
    --set-metadata KEY=VALUE | --unset-metadata KEY | --clear-metadata     (wiederholbar; Layers)
    --scope own|all_children                                               (Layers)
    --secret-stdin | --remove-secret          (Diligent; das neue Secret ist die erste Zeile der Standardeingabe)
    --authentication-json JSON | --remove-authentication                   (Atoa)
  (get und update arbeiten mit einem Konto: --account NAME einmal, oder --provider P)
  accounts add NAME --provider P [--base-url URL] [--ca-file PEM]
                                                    (Token: erste Zeile der Standardeingabe, in den Schlüsselbund)
  accounts list
  accounts rename OLD NEW                           (verschiebt den Schlüsselbund-Eintrag und die Einstellungen)
  accounts remove NAME                              (entfernt auch den Schlüsselbund-Eintrag)

Token: mit --account aus dem Schlüsselbund; mit --provider aus der Umgebungsvariable PATCHBAY_TOKEN.
TLS: Zertifikate werden immer geprüft; nichts schaltet das ab. Eine CA-Datei (PEM) ergänzt die CAs des Systems,
z. B. um die private CA eines Staging-Hosts. Verwendet wird die erste vorhandene von: --ca-file PEM, der
Umgebungsvariable PATCHBAY_CA_FILE, der des Kontos (accounts add --ca-file PEM, als absoluter Pfad gespeichert).
Proxys: https_proxy, all_proxy und no_proxy wie curl sie liest, sonst die Einstellungen des Systems. localhost
geht nie über einen Proxy; eine https-Anfrage läuft als verschlüsselter Tunnel (CONNECT) durch einen Proxy.
CSV: RFC 4180 (UTF-8, CRLF), eine Kopfzeile mit den Feldnamen von --json, Ereignisse durch „;“ getrennt, null als
leere Zelle; eine Zelle, die mit = + - @, Tabulator oder Wagenrücklauf beginnt, erhält ein führendes &apos; (eine Tabellenkalkulation führt sie nie aus).
Exit-Codes: 0 erledigt oder nichts zu ändern; 2 Aufruf- oder Validierungsfehler (nichts wurde gesendet);
3 der Anbieter hat abgelehnt (4xx); 4 Netzwerkfehler, TLS-Fehler, Zeitüberschreitung, 5xx oder unlesbare Antwort.
Mehrere Konten oder IDs: der schlechteste Code (4 vor 3 vor 2); die übrigen laufen trotzdem.
</translation>
    </message>
</context>
<context>
    <name>CliChangeApplier</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 does not support this option.</source>
        <translation>%1 unterstützt diese Option nicht.</translation>
    </message>
    <message>
        <source>%1 has no event list.</source>
        <translation>%1 hat keine Ereignisliste.</translation>
    </message>
    <message>
        <source>%1 endpoints take an authentication object, not a secret; use --authentication-json or --remove-authentication.</source>
        <translation>%1-Endpunkte nehmen ein Authentifizierungsobjekt, kein Secret; verwenden Sie --authentication-json oder --remove-authentication.</translation>
    </message>
    <message>
        <source>%1 endpoints take a secret, not an authentication object; use --secret-stdin or --remove-secret.</source>
        <translation>%1-Endpunkte nehmen ein Secret, kein Authentifizierungsobjekt; verwenden Sie --secret-stdin oder --remove-secret.</translation>
    </message>
    <message>
        <source>--authentication-json is not valid JSON: %1 at character %2.</source>
        <translation>--authentication-json ist kein gültiges JSON: %1 bei Zeichen %2.</translation>
    </message>
    <message>
        <source>--authentication-json must be a JSON object, e.g. {&quot;username&quot;: &quot;…&quot;, &quot;password&quot;: &quot;…&quot;}.</source>
        <translation>--authentication-json muss ein JSON-Objekt sein, z. B. {&quot;username&quot;: &quot;…&quot;, &quot;password&quot;: &quot;…&quot;}.</translation>
    </message>
</context>
<context>
    <name>CliConnection</name>
    <message>
        <source>There is no account named &quot;%1&quot; (see: patchbay-cli accounts list).</source>
        <translation>Es gibt kein Konto namens &quot;%1&quot; (siehe: patchbay-cli accounts list).</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; cannot be used: %2</source>
        <translation>Das Konto &quot;%1&quot; kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>Could not read the token of the account &quot;%1&quot; from the keychain: %2</source>
        <translation>Das Token des Kontos &quot;%1&quot; konnte nicht aus dem Schlüsselbund gelesen werden: %2</translation>
    </message>
    <message>
        <source>no token is stored</source>
        <translation>es ist kein Token gespeichert</translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot;.</source>
        <translation>Unbekannter Anbieter &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--base-url: %1</source>
        <translation>--base-url: %1</translation>
    </message>
    <message>
        <source>With --provider the token comes from the environment variable %1, which is not set. Set it, or use --account NAME with a token in the keychain.</source>
        <translation>Mit --provider kommt das Token aus der Umgebungsvariable %1, die nicht gesetzt ist. Setzen Sie sie, oder verwenden Sie --account NAME mit einem Token im Schlüsselbund.</translation>
    </message>
    <message>
        <source>The token in %1 contains whitespace or control characters, or is too long.</source>
        <translation>Das Token in %1 enthält Leer- oder Steuerzeichen oder ist zu lang.</translation>
    </message>
    <message>
        <source>the account &quot;%1&quot;</source>
        <translation>das Konto &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>CliOutput</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Health reason</source>
        <translation>Grund des Zustands</translation>
    </message>
    <message>
        <source>Provider status</source>
        <translation>Status beim Anbieter</translation>
    </message>
    <message>
        <source>Disabled by</source>
        <translation>Deaktiviert von</translation>
    </message>
    <message>
        <source>Disabled at</source>
        <translation>Deaktiviert am</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Last delivery</source>
        <translation>Letzte Zustellung</translation>
    </message>
    <message>
        <source>Last delivery status</source>
        <translation>Status der letzten Zustellung</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Secret set</source>
        <translation>Secret gesetzt</translation>
    </message>
    <message>
        <source>Secret type</source>
        <translation>Secret-Typ</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>HEALTH</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>FAILURES</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>EVENTS</source>
        <translation>EREIGNISSE</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation>ANBIETER</translation>
    </message>
    <message>
        <source>BASE URL</source>
        <translation>BASIS-URL</translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation>UMGEBUNG</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>KONTO</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message>
        <source>While you were editing, this endpoint was changed on %1. These fields were changed there and by you. Nothing has been sent yet.</source>
        <translation>Während Sie bearbeitet haben, wurde dieser Endpunkt bei %1 geändert. Diese Felder wurden dort und von Ihnen geändert. Es wurde noch nichts gesendet.</translation>
    </message>
    <message>
        <source>Fields changed on both sides</source>
        <translation>Auf beiden Seiten geänderte Felder</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation>Beim Öffnen</translation>
    </message>
    <message>
        <source>Now on %1</source>
        <translation>Jetzt bei %1</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ihr Wert</translation>
    </message>
    <message>
        <source>Also changed on %1, and kept as it is there: %2.</source>
        <translation>Ebenfalls bei %1 geändert und so belassen wie dort: %2.</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Server-&amp;Werte behalten</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>&amp;Meine Werte behalten</translation>
    </message>
    <message>
        <source>&amp;Back to editing</source>
        <translation>&amp;Zurück zur Bearbeitung</translation>
    </message>
    <message>
        <source>Send your other changes; these fields stay as they are on %1.</source>
        <translation>Ihre übrigen Änderungen senden; diese Felder bleiben wie bei %1.</translation>
    </message>
    <message>
        <source>Send your values for these fields, replacing the other change.</source>
        <translation>Ihre Werte für diese Felder senden und die andere Änderung ersetzen.</translation>
    </message>
    <message>
        <source>Send nothing; the form continues from %1&apos;s current values with your edits.</source>
        <translation>Nichts senden; das Formular übernimmt die aktuellen Werte von %1 mit Ihren Änderungen.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>Metadata &quot;%1&quot;</source>
        <translation>Metadaten &quot;%1&quot;</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>Changed since</source>
        <translation>Seitdem geändert</translation>
    </message>
    <message>
        <source>Since that change, this endpoint was changed on %1: these fields no longer hold the values that change set. Reverting them overwrites the later change. Nothing has been sent yet.</source>
        <translation>Seit dieser Änderung wurde der Endpunkt bei %1 geändert: Diese Felder haben nicht mehr die Werte, die sie gesetzt hat. Sie zurückzusetzen überschreibt die spätere Änderung. Noch wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Set by that change</source>
        <translation>Von dieser Änderung gesetzt</translation>
    </message>
    <message>
        <source>Before that change</source>
        <translation>Vor dieser Änderung</translation>
    </message>
    <message>
        <source>Revert &amp;anyway</source>
        <translation>&amp;Trotzdem zurücksetzen</translation>
    </message>
    <message>
        <source>Send the values from before that change, replacing the later change.</source>
        <translation>Sendet die Werte von vor dieser Änderung und ersetzt die spätere Änderung.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Could not start the demo sandbox on 127.0.0.1: %1</source>
        <translation>Die Demo-Sandbox konnte auf 127.0.0.1 nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>OpenTrain (payroll)</source>
        <translation>OpenTrain (Lohnabrechnung)</translation>
    </message>
    <message>
        <source>Layers (marketing)</source>
        <translation>Layers (Marketing)</translation>
    </message>
    <message>
        <source>OptimalDial (calls)</source>
        <translation>OptimalDial (Anrufe)</translation>
    </message>
    <message>
        <source>Diligent (compliance)</source>
        <translation>Diligent (Compliance)</translation>
    </message>
    <message>
        <source>Atoa (payments)</source>
        <translation>Atoa (Zahlungen)</translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <source>Endpoint failing</source>
        <translation>Endpunkt fehlerhaft</translation>
    </message>
    <message>
        <source>Endpoint disabled by the provider</source>
        <translation>Endpunkt vom Anbieter deaktiviert</translation>
    </message>
    <message>
        <source>Endpoint disabled</source>
        <translation>Endpunkt deaktiviert</translation>
    </message>
    <message>
        <source>Endpoint recovered</source>
        <translation>Endpunkt wieder aktiv</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Konto: %1</translation>
    </message>
    <message>
        <source>Endpoint keeps changing state</source>
        <translation>Endpunkt wechselt ständig den Zustand</translation>
    </message>
    <message numerus="yes">
        <source>Changed state %n times within an hour, now %1. Patchbay stays quiet about it for an hour.</source>
        <translation>
            <numerusform>Zustand %n-mal in einer Stunde gewechselt, jetzt %1. Patchbay meldet ihn eine Stunde lang nicht mehr.</numerusform>
            <numerusform>Zustand %n-mal in einer Stunde gewechselt, jetzt %1. Patchbay meldet ihn eine Stunde lang nicht mehr.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n endpoints changed state</source>
        <translation>
            <numerusform>%n Endpunkt hat den Zustand gewechselt</numerusform>
            <numerusform>%n Endpunkte haben den Zustand gewechselt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
</context>
<context>
    <name>EditEndpointDialog</name>
    <message>
        <source>own: this account&apos;s events only</source>
        <translation>own: nur Ereignisse dieses Kontos</translation>
    </message>
    <message>
        <source>all_children: this account and all its child accounts</source>
        <translation>all_children: dieses Konto und alle Unterkonten</translation>
    </message>
    <message>
        <source>Edit %1 endpoint</source>
        <translation>%1-Endpunkt bearbeiten</translation>
    </message>
    <message>
        <source>Save result</source>
        <translation>Ergebnis des Speicherns</translation>
    </message>
    <message>
        <source>Request preview</source>
        <translation>Anfragevorschau</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Saving… (Cancel stops waiting)</source>
        <translation>Speichern… (Abbrechen beendet das Warten)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Send the change (Ctrl+Return)</source>
        <translation>Änderung senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation>Endpunkt-URL</translation>
    </message>
    <message>
        <source>%1 · account %2 · ID %3</source>
        <translation>%1 · Konto %2 · ID %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Provider, account and endpoint ID</source>
        <translation>Anbieter, Konto und Endpunkt-ID</translation>
    </message>
    <message>
        <source>Production account: Save asks for confirmation before anything is sent.</source>
        <translation>Produktivkonto: Speichern fragt vor dem Senden nach einer Bestätigung.</translation>
    </message>
    <message>
        <source>Problem with this field</source>
        <translation>Problem mit diesem Feld</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>%1 does not allow changing the URL; delete and re-create the endpoint.</source>
        <translation>%1 erlaubt keine Änderung der URL; löschen Sie den Endpunkt und legen Sie ihn neu an.</translation>
    </message>
    <message>
        <source>%1 requires https://.</source>
        <translation>%1 verlangt https://.</translation>
    </message>
    <message>
        <source>https://, or http:// for localhost only.</source>
        <translation>https:// oder http:// nur für localhost.</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Events:</source>
        <translation>&amp;Ereignisse:</translation>
    </message>
    <message>
        <source>%1 receives the complete list with every change.</source>
        <translation>%1 erhält bei jeder Änderung die vollständige Liste.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Description length</source>
        <translation>Länge der Beschreibung</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Clear the description</source>
        <translation>Beschreibung leeren</translation>
    </message>
    <message>
        <source>Removes the description: %1 receives &quot;%2&quot;: null.</source>
        <translation>Entfernt die Beschreibung: %1 erhält &quot;%2&quot;: null.</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <source>&amp;Delivering</source>
        <translation>Zustellung &amp;aktiv</translation>
    </message>
    <message>
        <source>Delivering</source>
        <translation>Zustellung aktiv</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>all_children needs an org:admin key; %1 refuses it otherwise.</source>
        <translation>all_children braucht einen org:admin-Schlüssel; sonst lehnt %1 ab.</translation>
    </message>
    <message>
        <source>Sc&amp;ope:</source>
        <translation>Be&amp;reich:</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>Only changed keys are sent; a removed key is sent as &quot;&quot;.</source>
        <translation>Nur geänderte Schlüssel werden gesendet; ein entfernter Schlüssel wird als &quot;&quot; gesendet.</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation>Signatur-Secret</translation>
    </message>
    <message>
        <source>Nothing can be sent until these are fixed:</source>
        <translation>Nichts kann gesendet werden, bis diese Punkte behoben sind:</translation>
    </message>
    <message>
        <source>Nothing to send: no field changed.</source>
        <translation>Nichts zu senden: Kein Feld wurde geändert.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Paused automatically by %1 (%2).</source>
        <translation>Automatisch pausiert von %1 (%2).</translation>
    </message>
    <message>
        <source>Paused automatically by %1: %2</source>
        <translation>Automatisch pausiert von %1: %2</translation>
    </message>
    <message>
        <source>Disabled by %1: %2</source>
        <translation>Deaktiviert von %1: %2</translation>
    </message>
    <message>
        <source>%1 says %2.</source>
        <translation>%1 meldet %2.</translation>
    </message>
    <message>
        <source>Save sends %1: %2.</source>
        <translation>Speichern sendet %1: %2.</translation>
    </message>
    <message>
        <source>Left unticked it stays %1; only %2 sets that status.</source>
        <translation>Ohne Häkchen bleibt er %1; nur %2 setzt diesen Status.</translation>
    </message>
    <message>
        <source>Send this change to the production account &quot;%1&quot;?

Endpoint: %2
Fields: %3</source>
        <translation>Diese Änderung an das Produktivkonto &quot;%1&quot; senden?

Endpunkt: %2
Felder: %3</translation>
    </message>
    <message>
        <source>Send to production</source>
        <translation>An Produktion senden</translation>
    </message>
    <message>
        <source>Change a production endpoint</source>
        <translation>Produktiv-Endpunkt ändern</translation>
    </message>
    <message>
        <source>Cancelled. The change may or may not have reached %1; your edits are kept, and Save sends the same change again.</source>
        <translation>Abgebrochen. Die Änderung hat %1 möglicherweise erreicht; Ihre Änderungen bleiben erhalten, und Speichern sendet dieselbe Änderung erneut.</translation>
    </message>
    <message>
        <source>Not saved. %1 answered: %2
Your edits are kept; fix them or press Save to try again.</source>
        <translation>Nicht gespeichert. %1 antwortete: %2
Ihre Änderungen bleiben erhalten; korrigieren Sie sie oder drücken Sie Speichern für einen neuen Versuch.</translation>
    </message>
    <message>
        <source>Stop waiting for the provider</source>
        <translation>Nicht mehr auf den Anbieter warten</translation>
    </message>
    <message>
        <source>Someone changed this endpoint on %1 while you were editing; nothing was sent. The form now shows %1&apos;s current values with your edits on top: check them, then Save again.</source>
        <translation>Jemand hat diesen Endpunkt bei %1 geändert, während Sie ihn bearbeitet haben; es wurde nichts gesendet. Das Formular zeigt jetzt die aktuellen Werte von %1 mit Ihren Änderungen darüber: Prüfen Sie sie und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>Not sent. Your edits are kept.</source>
        <translation>Nicht gesendet. Ihre Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Clear the URL</source>
        <translation>URL leeren</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send this change to the account &quot;%1&quot;?

Endpoint: %2
Fields: %3</source>
        <translation>Diese Änderung an das Konto &quot;%1&quot; senden?

Endpunkt: %2
Felder: %3</translation>
    </message>
    <message>
        <source>Send this change?</source>
        <translation>Diese Änderung senden?</translation>
    </message>
</context>
<context>
    <name>EndpointActions</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>Copy &amp;ID</source>
        <translation>&amp;ID kopieren</translation>
    </message>
    <message>
        <source>Edit the selected endpoint (F2)</source>
        <translation>Ausgewählten Endpunkt bearbeiten (F2)</translation>
    </message>
    <message>
        <source>Re-enable the selected endpoints (Ctrl+E)</source>
        <translation>Ausgewählte Endpunkte erneut aktivieren (Strg+E)</translation>
    </message>
    <message>
        <source>Disable the selected endpoints (Ctrl+D)</source>
        <translation>Ausgewählte Endpunkte deaktivieren (Strg+D)</translation>
    </message>
    <message>
        <source>Copy a curl command that reads this endpoint; the token stays $PATCHBAY_TOKEN</source>
        <translation>curl-Befehl kopieren, der diesen Endpunkt liest; das Token bleibt $PATCHBAY_TOKEN</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>curl command</source>
        <translation>curl-Befehl</translation>
    </message>
    <message>
        <source>Change a production account?</source>
        <translation>Ein Produktivkonto ändern?</translation>
    </message>
    <message>
        <source>%1

This changes the production account %2. Continue?</source>
        <translation>%1

Dies ändert das Produktivkonto %2. Fortfahren?</translation>
    </message>
    <message>
        <source>Re-enable %1</source>
        <translation>%1 erneut aktivieren</translation>
    </message>
    <message>
        <source>Disable %1</source>
        <translation>%1 deaktivieren</translation>
    </message>
    <message>
        <source>Re-enabling %1…</source>
        <translation>%1 wird erneut aktiviert…</translation>
    </message>
    <message>
        <source>Disabling %1…</source>
        <translation>%1 wird deaktiviert…</translation>
    </message>
    <message>
        <source>Could not re-enable %1: %2</source>
        <translation>%1 konnte nicht erneut aktiviert werden: %2</translation>
    </message>
    <message>
        <source>Could not disable %1: %2</source>
        <translation>%1 konnte nicht deaktiviert werden: %2</translation>
    </message>
    <message>
        <source>Re-enabled %1.</source>
        <translation>%1 erneut aktiviert.</translation>
    </message>
    <message>
        <source>Disabled %1.</source>
        <translation>%1 deaktiviert.</translation>
    </message>
    <message>
        <source>Press Ctrl+Z to undo.</source>
        <translation>Strg+Z zum Rückgängigmachen.</translation>
    </message>
    <message>
        <source>Undo failed: %1</source>
        <translation>Rückgängigmachen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>Rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Copied the %1 to the clipboard.</source>
        <translation>%1 in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>%1 was already re-enabled on the server; nothing was sent.</source>
        <translation>%1 war auf dem Server bereits wieder aktiviert; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>%1 was already disabled on the server; nothing was sent.</source>
        <translation>%1 war auf dem Server bereits deaktiviert; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Re-enable</source>
        <translation>Erneut aktivieren</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig machen</translation>
    </message>
    <message>
        <source>Re-e&amp;nable</source>
        <translation>&amp;Erneut aktivieren</translation>
    </message>
    <message>
        <source>Copy U&amp;RL</source>
        <translation>&amp;URL kopieren</translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation>Als &amp;curl kopieren</translation>
    </message>
    <message>
        <source>Send this change?</source>
        <translation>Diese Änderung senden?</translation>
    </message>
    <message>
        <source>%1

This changes the account %2. Continue?</source>
        <translation>%1

Dies ändert das Konto %2. Fortfahren?</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Red&amp;o</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message numerus="yes">
        <source>%1 disabled it: &quot;%2&quot; after %n failed deliveries. Re-enabling clears that reason and the failure count; they will not come back. The change journal keeps them.</source>
        <translation>
            <numerusform>%1 hat ihn deaktiviert: „%2“ nach %n fehlgeschlagenen Zustellung. Die Reaktivierung löscht diesen Grund und den Fehlerzähler; sie kommen nicht zurück. Das Änderungsprotokoll bewahrt sie auf.</numerusform>
            <numerusform>%1 hat ihn deaktiviert: „%2“ nach %n fehlgeschlagenen Zustellungen. Die Reaktivierung löscht diesen Grund und den Fehlerzähler; sie kommen nicht zurück. Das Änderungsprotokoll bewahrt sie auf.</numerusform>
        </translation>
    </message>
    <message>
        <source>Redo failed: %1</source>
        <translation>Wiederherstellen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Redone.</source>
        <translation>Wiederhergestellt.</translation>
    </message>
    <message>
        <source>Cannot revert that change: %1</source>
        <translation>Diese Änderung kann nicht zurückgesetzt werden: %1</translation>
    </message>
    <message>
        <source>Revert the change to %1 sent at %2</source>
        <translation>Die am %2 gesendete Änderung an %1 zurücksetzen</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Nothing was reverted.</source>
        <translation>Nichts wurde zurückgesetzt.</translation>
    </message>
    <message>
        <source>Could not revert the change to %1: %2</source>
        <translation>Die Änderung an %1 konnte nicht zurückgesetzt werden: %2</translation>
    </message>
    <message>
        <source>%1 already holds the values from before that change; nothing was sent.</source>
        <translation>%1 hat bereits die Werte von vor dieser Änderung; nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>Reverted the change to %1.</source>
        <translation>Änderung an %1 zurückgesetzt.</translation>
    </message>
</context>
<context>
    <name>EndpointCodec</name>
    <message>
        <source>the endpoint has no &quot;%1&quot;</source>
        <translation>der Endpunkt hat kein &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 endpoint %2: %3</source>
        <translation>%1-Endpunkt %2: %3</translation>
    </message>
    <message>
        <source>the reply has no &quot;%1&quot; object</source>
        <translation>die Antwort hat kein Objekt &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the list reply has no &quot;%1&quot; array</source>
        <translation>die Listenantwort hat kein Array &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an entry of &quot;%1&quot; is not an object</source>
        <translation>ein Eintrag von &quot;%1&quot; ist kein Objekt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; should be a string or null</source>
        <translation>&quot;%1&quot; sollte ein String oder null sein</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is longer than %2 characters</source>
        <translation>Feld &quot;%1&quot; ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <source>%1 endpoint: %2</source>
        <translation>%1-Endpunkt: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; should be a boolean</source>
        <translation>&quot;%1&quot; sollte ein Boolean sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; should be a non-negative integer</source>
        <translation>&quot;%1&quot; sollte eine nicht negative ganze Zahl sein</translation>
    </message>
</context>
<context>
    <name>EndpointCommands</name>
    <message>
        <source>Could not read the %1 endpoint &quot;%2&quot;</source>
        <translation>Der %1-Endpunkt &quot;%2&quot; konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Not possible with %1: %2</source>
        <translation>Mit %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>Refused before sending (%1): %2</source>
        <translation>Vor dem Senden abgelehnt (%1): %2</translation>
    </message>
    <message>
        <source>Nothing to change: the %1 endpoint &quot;%2&quot; already has these values; nothing was sent.
</source>
        <translation>Nichts zu ändern: Der %1-Endpunkt &quot;%2&quot; hat diese Werte bereits; es wurde nichts gesendet.
</translation>
    </message>
    <message>
        <source>Dry run: nothing was sent. The request would be:

</source>
        <translation>Probelauf: Es wurde nichts gesendet. Die Anfrage wäre:

</translation>
    </message>
    <message>
        <source>Could not update the %1 endpoint &quot;%2&quot;</source>
        <translation>Der %1-Endpunkt &quot;%2&quot; konnte nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>Updated the %1 endpoint &quot;%2&quot;.

</source>
        <translation>%1-Endpunkt &quot;%2&quot; aktualisiert.

</translation>
    </message>
    <message>
        <source>Dry run: nothing was sent.</source>
        <translation>Probelauf: Es wurde nichts gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>%1: the provider asked to wait; sending again in %n s.</source>
        <translation>
            <numerusform>%1: Der Anbieter bittet zu warten; erneutes Senden in %n s.</numerusform>
            <numerusform>%1: Der Anbieter bittet zu warten; erneutes Senden in %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: updated</source>
        <translation>%1: aktualisiert</translation>
    </message>
    <message>
        <source>%1: nothing to change</source>
        <translation>%1: nichts zu ändern</translation>
    </message>
    <message>
        <source>%1: dry run, nothing was sent. The request would be:</source>
        <translation>%1: Probelauf, es wurde nichts gesendet. Die Anfrage wäre:</translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1: fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>EndpointDetailPane</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Disabled automatically by %1</source>
        <translation>Automatisch deaktiviert von %1</translation>
    </message>
    <message>
        <source>Paused by a person</source>
        <translation>Von einer Person pausiert</translation>
    </message>
    <message>
        <source>Disabled (%1 does not say by whom)</source>
        <translation>Deaktiviert (%1 sagt nicht, von wem)</translation>
    </message>
    <message>
        <source>Endpoint details</source>
        <translation>Endpunktdetails</translation>
    </message>
    <message>
        <source>Edit this endpoint</source>
        <translation>Diesen Endpunkt bearbeiten</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Endpoint fields</source>
        <translation>Endpunktfelder</translation>
    </message>
    <message>
        <source>Raw JSON from the provider</source>
        <translation>Roh-JSON vom Anbieter</translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation>JSON kopieren</translation>
    </message>
    <message>
        <source>Copy the raw JSON</source>
        <translation>Roh-JSON kopieren</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>Roh-JSON</translation>
    </message>
    <message>
        <source>Select an endpoint to see its details.</source>
        <translation>Wählen Sie einen Endpunkt, um seine Details zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoints selected.
Use Re-enable or Disable to change them all at once.</source>
        <translation>
            <numerusform>%n Endpunkt ausgewählt.
Mit „Erneut aktivieren“ oder „Deaktivieren“ ändern Sie ihn.</numerusform>
            <numerusform>%n Endpunkte ausgewählt.
Mit „Erneut aktivieren“ oder „Deaktivieren“ ändern Sie alle auf einmal.</numerusform>
        </translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Delivering</source>
        <translation>Zustellung aktiv</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Disabled at</source>
        <translation>Deaktiviert am</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Consecutive failures</source>
        <translation>Fehlversuche in Folge</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Last delivery</source>
        <translation>Letzte Zustellung</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>Letzter Erfolg</translation>
    </message>
    <message>
        <source>Last failure</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Nicht verifiziert</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation>Signatur-Secret</translation>
    </message>
    <message>
        <source>Set (write-only, never shown)</source>
        <translation>Gesetzt (nur schreibbar, nie angezeigt)</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>%1 (write-only, never shown)</source>
        <translation>%1 (nur schreibbar, nie angezeigt)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
</context>
<context>
    <name>EndpointIds</name>
    <message>
        <source>The endpoint ID is empty.</source>
        <translation>Die Endpunkt-ID ist leer.</translation>
    </message>
    <message>
        <source>The endpoint ID &quot;%1&quot; is not a usable ID: it would address another resource than one endpoint.</source>
        <translation>Die Endpunkt-ID &quot;%1&quot; ist nicht verwendbar: Sie würde eine andere Ressource als einen Endpunkt ansprechen.</translation>
    </message>
</context>
<context>
    <name>EndpointTableModel</name>
    <message>
        <source>%1, HTTP %2</source>
        <translation>%1, HTTP %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Seit %1</translation>
    </message>
    <message>
        <source>Health: %1</source>
        <translation>Zustand: %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Active, failing or disabled; hover a badge for the provider&apos;s own words</source>
        <translation>Aktiv, fehlerhaft oder deaktiviert; beim Überfahren eines Badges erscheint der Wortlaut des Anbieters</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Last delivery</source>
        <translation>Letzte Zustellung</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>No delivery yet</source>
        <translation>Noch keine Zustellung</translation>
    </message>
    <message>
        <source>%1: none</source>
        <translation>%1: keine</translation>
    </message>
    <message>
        <source>Disabled at %1</source>
        <translation>Deaktiviert am %1</translation>
    </message>
    <message>
        <source>Failing since %1</source>
        <translation>Fehlerhaft seit %1</translation>
    </message>
    <message>
        <source>Disabled by the provider (%1)</source>
        <translation>Vom Anbieter deaktiviert (%1)</translation>
    </message>
    <message>
        <source>Disabled by a person</source>
        <translation>Von einer Person deaktiviert</translation>
    </message>
    <message>
        <source>Disabled; by whom is unknown</source>
        <translation>Deaktiviert; von wem, ist unbekannt</translation>
    </message>
    <message>
        <source>When a failing endpoint last failed, or when a disabled one was disabled</source>
        <translation>Wann ein fehlerhafter Endpunkt zuletzt fehlschlug oder wann ein deaktivierter deaktiviert wurde</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Disabled; the provider does not say since when</source>
        <translation>Deaktiviert; der Anbieter sagt nicht, seit wann</translation>
    </message>
    <message>
        <source>Failing; the provider does not say since when</source>
        <translation>Fehlerhaft; der Anbieter sagt nicht, seit wann</translation>
    </message>
</context>
<context>
    <name>ErrorMapping</name>
    <message>
        <source>the reply body is not JSON</source>
        <translation>der Antwort-Body ist kein JSON</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>Ratenlimit erreicht</translation>
    </message>
    <message>
        <source>no complete reply in time</source>
        <translation>keine vollständige Antwort in der Zeit</translation>
    </message>
    <message>
        <source>redirect refused: %1</source>
        <translation>Weiterleitung abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>EventListEditor</name>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Selected events</source>
        <translation>Ausgewählte Ereignisse</translation>
    </message>
    <message>
        <source>Other event name, e.g. %1</source>
        <translation>Anderer Ereignisname, z. B. %1</translation>
    </message>
    <message>
        <source>New event name</source>
        <translation>Neuer Ereignisname</translation>
    </message>
    <message>
        <source>&amp;Add event</source>
        <translation>Ereignis hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>Ereignis hinzufügen</translation>
    </message>
    <message>
        <source>%1 accepts only these events.</source>
        <translation>%1 akzeptiert nur diese Ereignisse.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>ExchangeModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>No HTTP reply: %1</source>
        <translation>Keine HTTP-Antwort: %1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
</context>
<context>
    <name>ExchangeText</name>
    <message>
        <source>(empty body)</source>
        <translation>(leerer Body)</translation>
    </message>
    <message>
        <source>… %1 more bytes not shown</source>
        <translation>… %1 weitere Bytes nicht angezeigt</translation>
    </message>
    <message>
        <source>(no body)</source>
        <translation>(kein Body)</translation>
    </message>
    <message>
        <source>No HTTP reply after %1.

%2</source>
        <translation>Keine HTTP-Antwort nach %1.

%2</translation>
    </message>
    <message>
        <source>HTTP %1 after %2</source>
        <translation>HTTP %1 nach %2</translation>
    </message>
    <message>
        <source>no reply</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>HealthFilterBox</name>
    <message>
        <source>All health states</source>
        <translation>Alle Zustände</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>Fehlerhaft</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Handlungsbedarf</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>HealthRules</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>Fehlerhaft</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Disabled automatically by %1</source>
        <translation>Automatisch deaktiviert von %1</translation>
    </message>
    <message>
        <source>Disabled by %1: %2</source>
        <translation>Deaktiviert von %1: %2</translation>
    </message>
    <message>
        <source>Paused by a person</source>
        <translation>Von einer Person pausiert</translation>
    </message>
    <message>
        <source>Disabled (no reason given by %1)</source>
        <translation>Deaktiviert (kein Grund von %1 angegeben)</translation>
    </message>
    <message>
        <source>Disabled; %1 does not say by whom</source>
        <translation>Deaktiviert; %1 sagt nicht, von wem</translation>
    </message>
    <message>
        <source>1 failed delivery</source>
        <translation>1 fehlgeschlagene Zustellung</translation>
    </message>
    <message numerus="yes">
        <source>%n consecutive failed deliveries</source>
        <translation>
            <numerusform>%n fehlgeschlagene Zustellung in Folge</numerusform>
            <numerusform>%n fehlgeschlagene Zustellungen in Folge</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 reports status: failing</source>
        <translation>%1 meldet den Status: failing</translation>
    </message>
    <message>
        <source>last delivery answered HTTP %1</source>
        <translation>letzte Zustellung antwortete mit HTTP %1</translation>
    </message>
    <message>
        <source>last failure is newer than the last success</source>
        <translation>letzter Fehler ist neuer als der letzte Erfolg</translation>
    </message>
    <message numerus="yes">
        <source>Disabled automatically by %1 after %n consecutive failures (inferred: disabled at the time of the last failure)</source>
        <translation>
            <numerusform>Automatisch deaktiviert von %1 nach %n Fehlschlag in Folge (abgeleitet: deaktiviert zum Zeitpunkt des letzten Fehlschlags)</numerusform>
            <numerusform>Automatisch deaktiviert von %1 nach %n Fehlschlägen in Folge (abgeleitet: deaktiviert zum Zeitpunkt des letzten Fehlschlags)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdList</name>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>Cannot read the endpoint IDs from standard input: %1</source>
        <translation>Die Endpunkt-IDs können nicht von der Standardeingabe gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the endpoint IDs from %1: %2</source>
        <translation>Die Endpunkt-IDs können nicht aus %1 gelesen werden: %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>%1 holds no endpoint IDs: nothing was sent.</source>
        <translation>%1 enthält keine Endpunkt-IDs: Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 KiB: not a list of endpoint IDs. Nothing was sent.</source>
        <translation>%1 ist größer als %2 KiB: keine Liste von Endpunkt-IDs. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>%1 has more than %2 lines: split the change. Nothing was sent.</source>
        <translation>%1 hat mehr als %2 Zeilen: Teilen Sie die Änderung auf. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>it contains a NUL byte</source>
        <translation>sie enthält ein NUL-Byte</translation>
    </message>
    <message>
        <source>it is not valid UTF-8</source>
        <translation>sie ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>it contains a control or invisible character (%1)</source>
        <translation>sie enthält ein Steuer- oder unsichtbares Zeichen (%1)</translation>
    </message>
    <message>
        <source>it contains a space: one ID per line</source>
        <translation>sie enthält ein Leerzeichen: eine ID pro Zeile</translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <source>The keychain did not answer within %1 seconds.</source>
        <translation>Der Schlüsselbund hat nicht innerhalb von %1 Sekunden geantwortet.</translation>
    </message>
</context>
<context>
    <name>KeychainLoader</name>
    <message>
        <source>The keychain support could not be loaded (%1).</source>
        <translation>Die Schlüsselbund-Unterstützung konnte nicht geladen werden (%1).</translation>
    </message>
</context>
<context>
    <name>ListingCommands</name>
    <message>
        <source>No accounts are saved. Add one with &quot;patchbay-cli accounts add NAME --provider P&quot;, or name a provider with --provider P (the token in %1).</source>
        <translation>Es sind keine Konten gespeichert. Fügen Sie eines mit &quot;patchbay-cli accounts add NAME --provider P&quot; hinzu oder nennen Sie einen Anbieter mit --provider P (das Token in %1).</translation>
    </message>
    <message>
        <source>There is no account named &quot;%1&quot; (see: patchbay-cli accounts list).</source>
        <translation>Es gibt kein Konto namens &quot;%1&quot; (siehe: patchbay-cli accounts list).</translation>
    </message>
    <message>
        <source>Could not list the %1 endpoints</source>
        <translation>Die %1-Endpunkte konnten nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>Could not list the endpoints of the account &quot;%1&quot; (%2)</source>
        <translation>Die Endpunkte des Kontos &quot;%1&quot; (%2) konnten nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>Cannot write the export to &quot;%1&quot;: %2</source>
        <translation>Der Export kann nicht nach &quot;%1&quot; geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not write the export to &quot;%1&quot;: %2 (an existing file is unchanged).</source>
        <translation>Der Export konnte nicht nach &quot;%1&quot; geschrieben werden: %2 (eine vorhandene Datei bleibt unverändert).</translation>
    </message>
</context>
<context>
    <name>ListingPager</name>
    <message>
        <source>the listing passed %1 in total on page %2; stopped (a provider that never stops paging?)</source>
        <translation>die Auflistung überschritt insgesamt %1 auf Seite %2; abgebrochen (ein Anbieter, der nie aufhört zu blättern?)</translation>
    </message>
    <message>
        <source>page %1: %2</source>
        <translation>Seite %1: %2</translation>
    </message>
    <message>
        <source>the listing passed %1 endpoints on page %2; stopped (a provider that never stops paging?)</source>
        <translation>die Auflistung überschritt %1 Endpunkte auf Seite %2; abgebrochen (ein Anbieter, der nie aufhört zu blättern?)</translation>
    </message>
    <message>
        <source>the listing still had more after %1 pages; stopped</source>
        <translation>die Auflistung hatte nach %1 Seiten noch mehr; abgebrochen</translation>
    </message>
    <message>
        <source>the provider&apos;s paging goes in a circle: page %1 points back to the cursor of page %2; stopped</source>
        <translation>die Seitenverweise des Anbieters laufen im Kreis: Seite %1 verweist zurück auf den Cursor von Seite %2; abgebrochen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Konten…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation>F&amp;ilter:</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Request &amp;inspector</source>
        <translation>Anfrage-&amp;Inspektor</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Patchbay</source>
        <translation>Patchbay</translation>
    </message>
    <message>
        <source>Reload every account&apos;s endpoints (F5)</source>
        <translation>Endpunkte aller Konten neu laden (F5)</translation>
    </message>
    <message>
        <source>Change &amp;journal…</source>
        <translation>Änderungs&amp;protokoll…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Filter by URL, description, event or ID  (Ctrl+F)</source>
        <translation>Nach URL, Beschreibung, Ereignis oder ID filtern  (Strg+F)</translation>
    </message>
    <message>
        <source>Filter endpoints</source>
        <translation>Endpunkte filtern</translation>
    </message>
    <message>
        <source>Health filter</source>
        <translation>Zustandsfilter</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <source>Endpoint counts</source>
        <translation>Anzahl der Endpunkte</translation>
    </message>
    <message>
        <source>&amp;About Patchbay</source>
        <translation>&amp;Über Patchbay</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>Keychain: %1</source>
        <translation>Schlüsselbund: %1</translation>
    </message>
    <message>
        <source>Could not load %1: %2</source>
        <translation>%1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>Loading %1… 1 endpoint read</source>
        <translation>%1 wird geladen… 1 Endpunkt gelesen</translation>
    </message>
    <message numerus="yes">
        <source>Loading %1… %n endpoints read</source>
        <translation>
            <numerusform>%1 wird geladen… %n Endpunkt gelesen</numerusform>
            <numerusform>%1 wird geladen… %n Endpunkte gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>No accounts yet</source>
        <translation>Noch keine Konten</translation>
    </message>
    <message>
        <source>Add an account at OpenTrain, Layers, OptimalDial, Diligent or Atoa. Its token goes straight to the system keychain.</source>
        <translation>Fügen Sie ein Konto bei OpenTrain, Layers, OptimalDial, Diligent oder Atoa hinzu. Sein Token kommt direkt in den Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Add an account…</source>
        <translation>Konto hinzufügen…</translation>
    </message>
    <message>
        <source>Loading endpoints…</source>
        <translation>Endpunkte werden geladen…</translation>
    </message>
    <message>
        <source>1 endpoint read so far.</source>
        <translation>Bisher 1 Endpunkt gelesen.</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoints read so far.</source>
        <translation>
            <numerusform>Bisher %n Endpunkt gelesen.</numerusform>
            <numerusform>Bisher %n Endpunkte gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load any endpoints</source>
        <translation>Es konnten keine Endpunkte geladen werden</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>No endpoints</source>
        <translation>Keine Endpunkte</translation>
    </message>
    <message>
        <source>These accounts have no webhook endpoints yet.</source>
        <translation>Diese Konten haben noch keine Webhook-Endpunkte.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>No endpoint matches</source>
        <translation>Kein Endpunkt passt</translation>
    </message>
    <message>
        <source>Nothing matches the filter and the selected account.</source>
        <translation>Nichts passt zum Filter und zum ausgewählten Konto.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>%1 shown of %2   ·   %3 active   ·   %4 failing   ·   %5 disabled</source>
        <translation>%1 von %2 angezeigt   ·   %3 aktiv   ·   %4 fehlerhaft   ·   %5 deaktiviert</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Press Ctrl+Z to undo.</source>
        <translation>Strg+Z zum Rückgängigmachen.</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Filter leeren</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Auto-refresh</source>
        <translation>Automatisch a&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Fit Columns to Window</source>
        <translation>Spalten ans &amp;Fenster anpassen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Einste&amp;llungen…</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>MetadataEditor</name>
    <message>
        <source>Add &amp;key</source>
        <translation>Schlüssel &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove key</source>
        <translation>Schlüssel ent&amp;fernen</translation>
    </message>
    <message>
        <source>Remove a&amp;ll</source>
        <translation>Alle entfer&amp;nen</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Add metadata key</source>
        <translation>Metadaten-Schlüssel hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected metadata key</source>
        <translation>Ausgewählten Metadaten-Schlüssel entfernen</translation>
    </message>
    <message>
        <source>Remove all metadata</source>
        <translation>Alle Metadaten entfernen</translation>
    </message>
    <message>
        <source>Removes every key: Layers receives &quot;metadata&quot;: null.</source>
        <translation>Entfernt alle Schlüssel: Layers erhält &quot;metadata&quot;: null.</translation>
    </message>
    <message>
        <source>The metadata key &quot;%1&quot; is listed twice.</source>
        <translation>Der Metadaten-Schlüssel &quot;%1&quot; ist doppelt aufgeführt.</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Every 30 seconds</source>
        <translation>Alle 30 Sekunden</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>Jede Minute</translation>
    </message>
    <message>
        <source>Every 5 minutes</source>
        <translation>Alle 5 Minuten</translation>
    </message>
    <message>
        <source>Every 15 minutes</source>
        <translation>Alle 15 Minuten</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>To &amp;production accounts only</source>
        <translation>Nur bei &amp;Produktivkonten</translation>
    </message>
    <message>
        <source>To e&amp;very account</source>
        <translation>Bei &amp;jedem Konto</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>System (follows the desktop)</source>
        <translation>System (folgt dem Desktop)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Auto-refresh</source>
        <translation>Automatisch aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Patchbay uses the new language the next time it starts.</source>
        <translation>Patchbay verwendet die neue Sprache ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>Auto-&amp;refresh:</source>
        <translation>Automatisch a&amp;ktualisieren:</translation>
    </message>
    <message>
        <source>Ask before sending a change</source>
        <translation>Vor dem Senden einer Änderung fragen</translation>
    </message>
    <message>
        <source>Changes to production accounts always ask first.</source>
        <translation>Bei Produktivkonten wird vor jeder Änderung gefragt.</translation>
    </message>
    <message>
        <source>&amp;Notify only about production accounts</source>
        <translation>&amp;Nur über Produktivkonten benachrichtigen</translation>
    </message>
    <message>
        <source>Patchbay refreshes and watches for failing endpoints only while it is running; nothing is checked and no notification comes while it is closed.</source>
        <translation>Patchbay aktualisiert und überwacht Endpunkte nur, solange es läuft; geschlossen prüft es nichts und benachrichtigt nicht.</translation>
    </message>
    <message>
        <source>Show an &amp;icon in the system tray</source>
        <translation>S&amp;ymbol im Infobereich anzeigen</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when the window is closed</source>
        <translation>Beim Schließen des Fensters im Infobereich &amp;weiterlaufen</translation>
    </message>
    <message>
        <source>Watching goes on while Patchbay runs in the tray; File ▸ Quit or Quit in the tray icon&apos;s menu stops it.</source>
        <translation>Die Überwachung läuft weiter, solange Patchbay im Infobereich läuft; Datei ▸ Beenden oder Beenden im Menü des Symbols beendet sie.</translation>
    </message>
</context>
<context>
    <name>ProxyPolicy</name>
    <message>
        <source>the proxy scheme &quot;%1&quot; is not supported (use http:// or socks5://).</source>
        <translation>das Proxy-Schema &quot;%1&quot; wird nicht unterstützt (verwenden Sie http:// oder socks5://).</translation>
    </message>
    <message>
        <source>it is not a valid proxy address (expected [http://]host[:port]).</source>
        <translation>es ist keine gültige Proxy-Adresse (erwartet: [http://]host[:port]).</translation>
    </message>
    <message>
        <source>The environment variable %1 cannot be used: %2</source>
        <translation>Die Umgebungsvariable %1 kann nicht verwendet werden: %2</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <source>field &quot;%1&quot; has the unknown value &quot;%2&quot; (expected one of: %3)</source>
        <translation>Feld &quot;%1&quot; hat den unbekannten Wert &quot;%2&quot; (erwartet einer von: %3)</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; should be a non-negative integer but is %2</source>
        <translation>Feld &quot;%1&quot; sollte eine nicht negative ganze Zahl sein, ist aber %2</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is not an RFC 3339 date-time: %2</source>
        <translation>Feld &quot;%1&quot; ist kein RFC-3339-Zeitpunkt: %2</translation>
    </message>
    <message>
        <source>the required field &quot;%1&quot; is missing</source>
        <translation>das Pflichtfeld &quot;%1&quot; fehlt</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; should be a %2 but is %3</source>
        <translation>Feld &quot;%1&quot; sollte vom Typ %2 sein, ist aber %3</translation>
    </message>
</context>
<context>
    <name>RequestInspectorDock</name>
    <message>
        <source>Request inspector</source>
        <translation>Anfrage-Inspektor</translation>
    </message>
    <message>
        <source>Filter by method, URL, status or account</source>
        <translation>Nach Methode, URL, Status oder Konto filtern</translation>
    </message>
    <message>
        <source>Filter requests</source>
        <translation>Anfragen filtern</translation>
    </message>
    <message>
        <source>Shows only the requests whose method, URL, status or account contain this text</source>
        <translation>Zeigt nur Anfragen, deren Methode, URL, Status oder Konto diesen Text enthält</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Als curl kopieren</translation>
    </message>
    <message>
        <source>Copy the selected request as a curl command (%1). The token is $PATCHBAY_TOKEN.</source>
        <translation>Ausgewählte Anfrage als curl-Befehl kopieren (%1). Das Token ist $PATCHBAY_TOKEN.</translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation>URL kopieren</translation>
    </message>
    <message>
        <source>Copy response</source>
        <translation>Antwort kopieren</translation>
    </message>
    <message>
        <source>Copy the selected response body, or its error</source>
        <translation>Body der ausgewählten Antwort oder ihren Fehler kopieren</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Remove every request from the inspector</source>
        <translation>Alle Anfragen aus dem Inspektor entfernen</translation>
    </message>
    <message>
        <source>Clear requests</source>
        <translation>Anfragen leeren</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Request details</source>
        <translation>Anfragedetails</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>curl</source>
        <translation>curl</translation>
    </message>
    <message>
        <source>Request sent</source>
        <translation>Gesendete Anfrage</translation>
    </message>
    <message>
        <source>Response received</source>
        <translation>Empfangene Antwort</translation>
    </message>
    <message>
        <source>Request as curl command</source>
        <translation>Anfrage als curl-Befehl</translation>
    </message>
    <message>
        <source>1 request</source>
        <translation>1 Anfrage</translation>
    </message>
    <message numerus="yes">
        <source>%n requests</source>
        <translation>
            <numerusform>%n Anfrage</numerusform>
            <numerusform>%n Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>No requests yet. Every request Patchbay sends appears here, with its response, tokens redacted.</source>
        <translation>Noch keine Anfragen. Jede Anfrage, die Patchbay sendet, erscheint hier mit ihrer Antwort, Tokens geschwärzt.</translation>
    </message>
    <message>
        <source>Select a request to see it here.</source>
        <translation>Wählen Sie eine Anfrage, um sie hier zu sehen.</translation>
    </message>
    <message>
        <source>(body dropped: the inspector keeps the newest %1 of bodies)</source>
        <translation>(Body verworfen: Der Inspektor behält nur die neuesten %1 an Bodys)</translation>
    </message>
</context>
<context>
    <name>RequestPreviewView</name>
    <message>
        <source>Copy as &amp;curl</source>
        <translation>Als &amp;curl kopieren</translation>
    </message>
    <message>
        <source>The exact request Save will send (token redacted):</source>
        <translation>Genau die Anfrage, die Speichern senden wird (Token geschwärzt):</translation>
    </message>
    <message>
        <source>Request preview</source>
        <translation>Anfragevorschau</translation>
    </message>
    <message>
        <source>Copy the request as a curl command</source>
        <translation>Anfrage als curl-Befehl kopieren</translation>
    </message>
    <message>
        <source>Copies a curl command for this request; the token is written as $PATCHBAY_TOKEN and never copied.</source>
        <translation>Kopiert einen curl-Befehl für diese Anfrage; das Token wird als $PATCHBAY_TOKEN geschrieben und nie kopiert.</translation>
    </message>
</context>
<context>
    <name>RevertPlan</name>
    <message>
        <source>That change did not go through; there is nothing to revert.</source>
        <translation>Diese Änderung ist nicht durchgegangen; es gibt nichts zurückzusetzen.</translation>
    </message>
    <message>
        <source>The journal does not hold the endpoint as it was before that change.</source>
        <translation>Das Protokoll enthält den Endpunkt nicht so, wie er vor dieser Änderung war.</translation>
    </message>
    <message>
        <source>The journal does not hold the body that change sent.</source>
        <translation>Das Protokoll enthält den von dieser Änderung gesendeten Body nicht.</translation>
    </message>
    <message>
        <source>The secret cannot be restored: it is write-only and was never kept.</source>
        <translation>Das Secret kann nicht wiederhergestellt werden: Es ist nur schreibbar und wurde nie aufbewahrt.</translation>
    </message>
    <message>
        <source>The previous state cannot be sent back: %1</source>
        <translation>Der vorherige Zustand kann nicht zurückgesendet werden: %1</translation>
    </message>
    <message>
        <source>That change left nothing to revert.</source>
        <translation>Diese Änderung hat nichts zum Zurücksetzen hinterlassen.</translation>
    </message>
</context>
<context>
    <name>SaveJob</name>
    <message>
        <source>could not re-read the endpoint before saving, so nothing was sent: %1</source>
        <translation>der Endpunkt konnte vor dem Speichern nicht erneut gelesen werden, daher wurde nichts gesendet: %1</translation>
    </message>
    <message>
        <source>%1 changed on the server since it was loaded; nothing was sent. Refresh and try again.</source>
        <translation>%1 wurde seit dem Laden auf dem Server geändert; es wurde nichts gesendet. Aktualisieren Sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>nothing was sent; continue editing from the server&apos;s copy</source>
        <translation>es wurde nichts gesendet; bearbeiten Sie ausgehend vom Stand des Servers weiter</translation>
    </message>
    <message>
        <source>together with the server&apos;s current values the change is not possible: %1</source>
        <translation>zusammen mit den aktuellen Werten des Servers ist die Änderung nicht möglich: %1</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <source>cancelled by the user</source>
        <translation>vom Benutzer abgebrochen</translation>
    </message>
</context>
<context>
    <name>SecretEditor</name>
    <message>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Header name:</source>
        <translation>Header-Name:</translation>
    </message>
    <message>
        <source>Header value:</source>
        <translation>Header-Wert:</translation>
    </message>
    <message>
        <source>Basic (user name and password)</source>
        <translation>Basic (Benutzername und Passwort)</translation>
    </message>
    <message>
        <source>Header (name and value)</source>
        <translation>Header (Name und Wert)</translation>
    </message>
    <message>
        <source>No authentication is set.</source>
        <translation>Keine Authentifizierung gesetzt.</translation>
    </message>
    <message>
        <source>No secret is set.</source>
        <translation>Kein Secret gesetzt.</translation>
    </message>
    <message>
        <source>Authentication is set (%1). Its value is write-only and cannot be shown.</source>
        <translation>Authentifizierung ist gesetzt (%1). Ihr Wert ist nur schreibbar und kann nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>Authentication is set. Its value is write-only and cannot be shown.</source>
        <translation>Authentifizierung ist gesetzt. Ihr Wert ist nur schreibbar und kann nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>A secret is set. It is write-only and cannot be shown.</source>
        <translation>Ein Secret ist gesetzt. Es ist nur schreibbar und kann nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>Beibe&amp;halten</translation>
    </message>
    <message>
        <source>Re&amp;place</source>
        <translation>E&amp;rsetzen</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Entfer&amp;nen</translation>
    </message>
    <message>
        <source>Keep the authentication</source>
        <translation>Authentifizierung beibehalten</translation>
    </message>
    <message>
        <source>Keep the secret</source>
        <translation>Secret beibehalten</translation>
    </message>
    <message>
        <source>Replace the authentication</source>
        <translation>Authentifizierung ersetzen</translation>
    </message>
    <message>
        <source>Replace the secret</source>
        <translation>Secret ersetzen</translation>
    </message>
    <message>
        <source>Remove the authentication</source>
        <translation>Authentifizierung entfernen</translation>
    </message>
    <message>
        <source>Remove the secret</source>
        <translation>Secret entfernen</translation>
    </message>
    <message>
        <source>There is nothing to remove.</source>
        <translation>Es gibt nichts zu entfernen.</translation>
    </message>
    <message>
        <source>New secret</source>
        <translation>Neues Secret</translation>
    </message>
    <message>
        <source>The new signing secret</source>
        <translation>Das neue Signatur-Secret</translation>
    </message>
    <message>
        <source>New &amp;secret:</source>
        <translation>Neues Secre&amp;t:</translation>
    </message>
    <message>
        <source>Authentication method</source>
        <translation>Authentifizierungsmethode</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Endpoint table</source>
        <translation>Endpunkttabelle</translation>
    </message>
    <message>
        <source>Filter field</source>
        <translation>Filterfeld</translation>
    </message>
    <message>
        <source>Request inspector</source>
        <translation>Anfrage-Inspektor</translation>
    </message>
    <message>
        <source>Edit dialog</source>
        <translation>Bearbeiten-Dialog</translation>
    </message>
    <message>
        <source>Accounts dialog</source>
        <translation>Konten-Dialog</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>Previous or next endpoint</source>
        <translation>Vorheriger oder nächster Endpunkt</translation>
    </message>
    <message>
        <source>A page up or down, the first or last endpoint</source>
        <translation>Eine Seite hoch oder runter, erster oder letzter Endpunkt</translation>
    </message>
    <message>
        <source>Extend the selection</source>
        <translation>Auswahl erweitern</translation>
    </message>
    <message>
        <source>Select every endpoint shown</source>
        <translation>Alle angezeigten Endpunkte auswählen</translation>
    </message>
    <message>
        <source>Actions for the selection</source>
        <translation>Aktionen für die Auswahl</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Filter leeren</translation>
    </message>
    <message>
        <source>Copy the selected request as a curl command</source>
        <translation>Ausgewählte Anfrage als curl-Befehl kopieren</translation>
    </message>
    <message>
        <source>Save the change</source>
        <translation>Änderung speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Remove the selected account</source>
        <translation>Ausgewähltes Konto entfernen</translation>
    </message>
    <message>
        <source>Next or previous control (also out of the table)</source>
        <translation>Nächstes oder vorheriges Element (auch aus der Tabelle heraus)</translation>
    </message>
    <message>
        <source>Open the menu or control whose letter is underlined</source>
        <translation>Menü oder Element mit dem unterstrichenen Buchstaben öffnen</translation>
    </message>
    <message>
        <source>underlined letter</source>
        <extracomment>Follows &quot;Alt+&quot;: Alt and the letter underlined in a menu&apos;s or a control&apos;s name.</extracomment>
        <translation>unterstrichener Buchstabe</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>SnoozePanel</name>
    <message>
        <source>Snoozed notifications</source>
        <translation>Pausierte Benachrichtigungen</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>Pa&amp;usieren</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Resume the selected notifications</source>
        <translation>Ausgewählte Benachrichtigungen fortsetzen</translation>
    </message>
    <message>
        <source>Account to snooze</source>
        <translation>Zu pausierendes Konto</translation>
    </message>
    <message>
        <source>Snooze length</source>
        <translation>Pausendauer</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Für 1 Stunde</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Bis morgen</translation>
    </message>
    <message>
        <source>Until each endpoint is active</source>
        <translation>Bis jeder Endpunkt aktiv ist</translation>
    </message>
    <message>
        <source>Snooze the account&apos;s notifications</source>
        <translation>Benachrichtigungen des Kontos pausieren</translation>
    </message>
    <message>
        <source>Snooze a whole a&amp;ccount:</source>
        <translation>Ganzes K&amp;onto pausieren:</translation>
    </message>
    <message>
        <source>Resume and Snooze take effect at once; Cancel does not undo them.</source>
        <translation>Fortsetzen und Pausieren wirken sofort; Abbrechen macht sie nicht rückgängig.</translation>
    </message>
    <message>
        <source>All endpoints</source>
        <translation>Alle Endpunkte</translation>
    </message>
    <message>
        <source>Each endpoint is active</source>
        <translation>Alle Endpunkte wieder aktiv</translation>
    </message>
    <message>
        <source>It recovers</source>
        <translation>Endpunkt wieder aktiv</translation>
    </message>
</context>
<context>
    <name>StatePage</name>
    <message>
        <source>Loading progress</source>
        <translation>Ladefortschritt</translation>
    </message>
    <message>
        <source>State action</source>
        <translation>Aktion</translation>
    </message>
</context>
<context>
    <name>TlsTrust</name>
    <message>
        <source>The CA file &quot;%1&quot; cannot be used: %2</source>
        <translation>Die CA-Datei &quot;%1&quot; kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>no file name was given.</source>
        <translation>es wurde kein Dateiname angegeben.</translation>
    </message>
    <message>
        <source>it is a folder, not a file.</source>
        <translation>sie ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>it cannot be read (%1).</source>
        <translation>sie kann nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>it is larger than %1 MiB.</source>
        <translation>sie ist größer als %1 MiB.</translation>
    </message>
    <message>
        <source>it is empty.</source>
        <translation>sie ist leer.</translation>
    </message>
    <message>
        <source>it holds a private key but no certificate. Choose the CA&apos;s certificate; a private key never belongs here.</source>
        <translation>sie enthält einen privaten Schlüssel, aber kein Zertifikat. Wählen Sie das Zertifikat der CA; ein privater Schlüssel gehört nie hierher.</translation>
    </message>
    <message>
        <source>its certificate is damaged.</source>
        <translation>ihr Zertifikat ist beschädigt.</translation>
    </message>
    <message>
        <source>it holds no PEM certificate (&quot;-----BEGIN CERTIFICATE-----&quot;).</source>
        <translation>sie enthält kein PEM-Zertifikat (&quot;-----BEGIN CERTIFICATE-----&quot;).</translation>
    </message>
    <message numerus="yes">
        <source>%n of its certificates are damaged.</source>
        <translation>
            <numerusform>%n ihrer Zertifikate ist beschädigt.</numerusform>
            <numerusform>%n ihrer Zertifikate sind beschädigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>one of its certificates is damaged.</source>
        <translation>eines ihrer Zertifikate ist beschädigt.</translation>
    </message>
    <message>
        <source>it holds no CA certificate (a server&apos;s own certificate cannot vouch for others). Choose the certificate of the authority that signed the server&apos;s certificate.</source>
        <translation>sie enthält kein CA-Zertifikat (das eigene Zertifikat eines Servers kann nicht für andere bürgen). Wählen Sie das Zertifikat der Stelle, die das Zertifikat des Servers signiert hat.</translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <source>No token stored for account “%1”.</source>
        <translation>Kein Token für Konto „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>The keychain is locked: %1</source>
        <translation>Der Schlüsselbund ist gesperrt: %1</translation>
    </message>
    <message>
        <source>Could not remove the token of account “%1” from the keychain: %2</source>
        <translation>Das Token von Konto „%1“ konnte nicht aus dem Schlüsselbund entfernt werden: %2</translation>
    </message>
    <message>
        <source>No keychain (Secret Service) is available: %1</source>
        <translation>Kein Schlüsselbund (Secret Service) verfügbar: %1</translation>
    </message>
    <message>
        <source>The token for account “%1” is empty, longer than %2 characters, or contains spaces or control characters.</source>
        <translation>Das Token für Konto „%1“ ist leer, länger als %2 Zeichen oder enthält Leer- oder Steuerzeichen.</translation>
    </message>
    <message>
        <source>The keychain is locked: the token of account “%1” could not be removed.</source>
        <translation>Der Schlüsselbund ist gesperrt: Das Token von Konto „%1“ konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Could not remove the token of account “%1” from the keychain.</source>
        <translation>Das Token von Konto „%1“ konnte nicht aus dem Schlüsselbund entfernt werden.</translation>
    </message>
    <message>
        <source>No account name was given for the token.</source>
        <translation>Für das Token wurde kein Kontoname angegeben.</translation>
    </message>
    <message>
        <source>The keychain is locked: the token of account “%1” is stored but could not be unlocked.</source>
        <translation>Der Schlüsselbund ist gesperrt: Das Token von Konto „%1“ ist gespeichert, konnte aber nicht entsperrt werden.</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>(no Location)</source>
        <translation>(ohne Location)</translation>
    </message>
    <message>
        <source>cancelled by the user</source>
        <translation>vom Benutzer abgebrochen</translation>
    </message>
    <message>
        <source>no complete reply within %1 s (the limit covers the whole exchange, from connecting to the last byte)</source>
        <translation>keine vollständige Antwort innerhalb von %1 s (das Limit umfasst den ganzen Austausch, vom Verbindungsaufbau bis zum letzten Byte)</translation>
    </message>
    <message>
        <source>the reply unpacks (Content-Encoding %1) to more than %2; not read</source>
        <translation>die Antwort entpackt sich (Content-Encoding %1) auf mehr als %2; nicht gelesen</translation>
    </message>
    <message>
        <source>the reply is larger than %1; not read</source>
        <translation>die Antwort ist größer als %1; nicht gelesen</translation>
    </message>
    <message>
        <source>the server redirected to another origin (%1); not followed: the request carries the token</source>
        <translation>der Server leitete auf einen anderen Ursprung weiter (%1); nicht gefolgt: Die Anfrage trägt das Token</translation>
    </message>
    <message>
        <source>the server redirected more than %1 times (last to %2); stopped</source>
        <translation>der Server leitete mehr als %1-mal weiter (zuletzt auf %2); abgebrochen</translation>
    </message>
    <message>
        <source>the reply was cut off: %1 of the %2 bytes it announced arrived</source>
        <translation>die Antwort wurde abgeschnitten: %1 der angekündigten %2 Bytes kamen an</translation>
    </message>
    <message>
        <source>the reply could not be unpacked within the limits (Content-Encoding %1); a decompression bomb?</source>
        <translation>die Antwort ließ sich nicht innerhalb der Limits entpacken (Content-Encoding %1); eine Dekompressionsbombe?</translation>
    </message>
    <message>
        <source>the reply broke off: %1</source>
        <translation>die Antwort brach ab: %1</translation>
    </message>
    <message>
        <source>the server answered the %1 with a redirect to %2. A change is never re-sent to another address, so it may not have been applied: refresh to see the endpoint as it is now.</source>
        <translation>der Server beantwortete die %1 mit einer Weiterleitung auf %2. Eine Änderung wird nie an eine andere Adresse erneut gesendet, sie wurde also möglicherweise nicht angewendet: Aktualisieren Sie, um den aktuellen Stand des Endpunkts zu sehen.</translation>
    </message>
    <message>
        <source>HTTP %1 is not a reply Patchbay can use (Location: %2)</source>
        <translation>HTTP %1 ist keine Antwort, die Patchbay verwenden kann (Location: %2)</translation>
    </message>
    <message>
        <source>no usable HTTP reply (status %1)</source>
        <translation>keine verwendbare HTTP-Antwort (Status %1)</translation>
    </message>
</context>
<context>
    <name>TrayPresence</name>
    <message>
        <source>Patchbay</source>
        <translation>Patchbay</translation>
    </message>
    <message>
        <source>No failing or disabled endpoints</source>
        <translation>Keine fehlerhaften oder deaktivierten Endpunkte</translation>
    </message>
    <message>
        <source>1 endpoint failing</source>
        <translation>1 Endpunkt fehlerhaft</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoints failing</source>
        <translation>
            <numerusform>%n Endpunkt fehlerhaft</numerusform>
            <numerusform>%n Endpunkte fehlerhaft</numerusform>
        </translation>
    </message>
    <message>
        <source>1 endpoint disabled</source>
        <translation>1 Endpunkt deaktiviert</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoints disabled</source>
        <translation>
            <numerusform>%n Endpunkt deaktiviert</numerusform>
            <numerusform>%n Endpunkte deaktiviert</numerusform>
        </translation>
    </message>
    <message>
        <source>This desktop has no system tray.</source>
        <translation>Diese Arbeitsumgebung hat keinen Infobereich.</translation>
    </message>
    <message>
        <source>&amp;Show Patchbay</source>
        <translation>Patchbay &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Refresh All</source>
        <translation>Alle a&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Patchbay keeps running</source>
        <translation>Patchbay läuft weiter</translation>
    </message>
    <message>
        <source>Patchbay is still watching your endpoints. Use the tray icon to open it again, or Quit in its menu to stop.</source>
        <translation>Patchbay überwacht Ihre Endpunkte weiter. Über das Symbol im Infobereich öffnen Sie es wieder, mit Beenden in dessen Menü beenden Sie es.</translation>
    </message>
</context>
<context>
    <name>UndoHistory</name>
    <message>
        <source>Red&amp;o re-enable of %1</source>
        <translation>&amp;Wiederherstellen: Reaktivierung von %1</translation>
    </message>
    <message>
        <source>&amp;Undo re-enable of %1</source>
        <translation>&amp;Rückgängig: Reaktivierung von %1</translation>
    </message>
    <message>
        <source>Red&amp;o disable of %1</source>
        <translation>&amp;Wiederherstellen: Deaktivierung von %1</translation>
    </message>
    <message>
        <source>&amp;Undo disable of %1</source>
        <translation>&amp;Rückgängig: Deaktivierung von %1</translation>
    </message>
    <message>
        <source>Red&amp;o URL change of %1</source>
        <translation>&amp;Wiederherstellen: URL-Änderung von %1</translation>
    </message>
    <message>
        <source>&amp;Undo URL change of %1</source>
        <translation>&amp;Rückgängig: URL-Änderung von %1</translation>
    </message>
    <message>
        <source>Red&amp;o event change of %1</source>
        <translation>&amp;Wiederherstellen: Änderung der Ereignisse von %1</translation>
    </message>
    <message>
        <source>&amp;Undo event change of %1</source>
        <translation>&amp;Rückgängig: Änderung der Ereignisse von %1</translation>
    </message>
    <message>
        <source>Red&amp;o description change of %1</source>
        <translation>&amp;Wiederherstellen: Änderung der Beschreibung von %1</translation>
    </message>
    <message>
        <source>&amp;Undo description change of %1</source>
        <translation>&amp;Rückgängig: Änderung der Beschreibung von %1</translation>
    </message>
    <message>
        <source>Red&amp;o secret rotation of %1</source>
        <translation>&amp;Wiederherstellen: Erneuerung des Secrets von %1</translation>
    </message>
    <message>
        <source>&amp;Undo secret rotation of %1</source>
        <translation>&amp;Rückgängig: Erneuerung des Secrets von %1</translation>
    </message>
    <message>
        <source>Red&amp;o change of %1</source>
        <translation>&amp;Wiederherstellen: Änderung von %1</translation>
    </message>
    <message>
        <source>&amp;Undo change of %1</source>
        <translation>&amp;Rückgängig: Änderung von %1</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>The URL is required.</source>
        <translation>Die URL ist erforderlich.</translation>
    </message>
    <message>
        <source>The URL must not start or end with spaces.</source>
        <translation>Die URL darf nicht mit Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid absolute URL.</source>
        <translation>&quot;%1&quot; ist keine gültige absolute URL.</translation>
    </message>
    <message>
        <source>%1 requires the URL to start with https://.</source>
        <translation>%1 verlangt, dass die URL mit https:// beginnt.</translation>
    </message>
    <message>
        <source>%1 accepts http:// only for localhost; use https://.</source>
        <translation>%1 akzeptiert http:// nur für localhost; verwenden Sie https://.</translation>
    </message>
    <message>
        <source>The URL must use https:// (it uses %1://).</source>
        <translation>Die URL muss https:// verwenden (sie verwendet %1://).</translation>
    </message>
    <message>
        <source>%1 needs at least one event.</source>
        <translation>%1 braucht mindestens ein Ereignis.</translation>
    </message>
    <message numerus="yes">
        <source>%1 needs at least %n events.</source>
        <translation>
            <numerusform>%1 braucht mindestens %n Ereignis.</numerusform>
            <numerusform>%1 braucht mindestens %n Ereignisse.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 accepts at most %2 events; %3 are selected.</source>
        <translation>%1 akzeptiert höchstens %2 Ereignisse; %3 sind ausgewählt.</translation>
    </message>
    <message>
        <source>An event name is empty.</source>
        <translation>Ein Ereignisname ist leer.</translation>
    </message>
    <message>
        <source>The event &quot;%1&quot; is listed twice.</source>
        <translation>Das Ereignis &quot;%1&quot; ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an event %2 offers (%3).</source>
        <translation>&quot;%1&quot; ist kein Ereignis, das %2 anbietet (%3).</translation>
    </message>
    <message>
        <source>%1 allows at most %2 characters in the description; this one has %3.</source>
        <translation>%1 erlaubt höchstens %2 Zeichen in der Beschreibung; diese hat %3.</translation>
    </message>
    <message>
        <source>Choose an authentication method and fill in its fields.</source>
        <translation>Wählen Sie eine Authentifizierungsmethode und füllen Sie ihre Felder aus.</translation>
    </message>
    <message>
        <source>The authentication field &quot;%1&quot; is required.</source>
        <translation>Das Authentifizierungsfeld &quot;%1&quot; ist erforderlich.</translation>
    </message>
    <message>
        <source>Authentication must use exactly one method, never mixed: %1.</source>
        <translation>Die Authentifizierung muss genau eine Methode verwenden, nie gemischt: %1.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>%1 does not allow changing the URL of an endpoint; delete it and create a new one.</source>
        <translation>%1 erlaubt keine Änderung der URL eines Endpunkts; löschen Sie ihn und legen Sie einen neuen an.</translation>
    </message>
    <message>
        <source>%1 has no event list.</source>
        <translation>%1 hat keine Ereignisliste.</translation>
    </message>
    <message>
        <source>%1 endpoints have no description.</source>
        <translation>%1-Endpunkte haben keine Beschreibung.</translation>
    </message>
    <message>
        <source>%1 endpoints cannot be enabled or disabled through the API.</source>
        <translation>%1-Endpunkte können nicht über die API aktiviert oder deaktiviert werden.</translation>
    </message>
    <message>
        <source>%1 endpoints have no metadata.</source>
        <translation>%1-Endpunkte haben keine Metadaten.</translation>
    </message>
    <message>
        <source>A metadata key is empty.</source>
        <translation>Ein Metadaten-Schlüssel ist leer.</translation>
    </message>
    <message>
        <source>The metadata key &quot;%1&quot; has no value; remove the key instead.</source>
        <translation>Der Metadaten-Schlüssel &quot;%1&quot; hat keinen Wert; entfernen Sie stattdessen den Schlüssel.</translation>
    </message>
    <message>
        <source>%1 endpoints have no delivery scope.</source>
        <translation>%1-Endpunkte haben keinen Zustellbereich.</translation>
    </message>
    <message>
        <source>The scope must be one of: %1.</source>
        <translation>Der Bereich muss einer der folgenden sein: %1.</translation>
    </message>
    <message>
        <source>%1 endpoints have no secret that can be set here.</source>
        <translation>%1-Endpunkte haben kein Secret, das hier gesetzt werden kann.</translation>
    </message>
    <message>
        <source>The new secret is empty; choose &quot;Remove&quot; to remove the secret.</source>
        <translation>Das neue Secret ist leer; wählen Sie „Entfernen“, um das Secret zu entfernen.</translation>
    </message>
</context>
<context>
    <name>ViewExporter</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Save the endpoints shown, with the filters applied, as CSV or JSON</source>
        <translation>Die angezeigten Endpunkte mit den aktiven Filtern als CSV oder JSON speichern</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export endpoints</source>
        <translation>Endpunkte exportieren</translation>
    </message>
    <message>
        <source>Exported 1 endpoint to %1.</source>
        <translation>1 Endpunkt nach %1 exportiert.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n endpoints to %1.</source>
        <translation>
            <numerusform>%n Endpunkt nach %1 exportiert.</numerusform>
            <numerusform>%n Endpunkte nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>Export nach %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
</context>
<context>
    <name>WatchNotifications</name>
    <message>
        <source>S&amp;nooze Notifications</source>
        <translation>Benachrichtigungen &amp;pausieren</translation>
    </message>
    <message>
        <source>For 1 &amp;Hour</source>
        <translation>Für 1 &amp;Stunde</translation>
    </message>
    <message>
        <source>Until &amp;Tomorrow</source>
        <translation>Bis &amp;morgen</translation>
    </message>
    <message>
        <source>Until It &amp;Recovers</source>
        <translation>Bis er wieder &amp;aktiv ist</translation>
    </message>
    <message>
        <source>All of %1 for 1 Hour</source>
        <translation>Ganz %1 für 1 Stunde</translation>
    </message>
    <message>
        <source>All of %1 until Tomorrow</source>
        <translation>Ganz %1 bis morgen</translation>
    </message>
    <message>
        <source>All of %1 until Each Endpoint Is Active</source>
        <translation>Ganz %1, bis jeder Endpunkt aktiv ist</translation>
    </message>
    <message>
        <source>Resume &amp;Notifications</source>
        <translation>Benachrichtigungen &amp;fortsetzen</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>The secret cannot be restored: it is write-only and was never readable.</source>
        <translation>Das Secret kann nicht wiederhergestellt werden: Es ist nur schreibbar und war nie lesbar.</translation>
    </message>
    <message>
        <source>The previous state cannot be sent back: %1</source>
        <translation>Der vorherige Zustand kann nicht zurückgesendet werden: %1</translation>
    </message>
    <message>
        <source>The last change left nothing to undo.</source>
        <translation>Die letzte Änderung hat nichts zum Rückgängigmachen hinterlassen.</translation>
    </message>
    <message>
        <source>No token for this account; add it in File → Accounts.</source>
        <translation>Kein Token für dieses Konto; fügen Sie es unter Datei → Konten hinzu.</translation>
    </message>
    <message>
        <source>Red&amp;o</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation>Nichts wiederherzustellen.</translation>
    </message>
    <message>
        <source>The previous undo or redo is still on its way.</source>
        <translation>Das vorige Rückgängigmachen oder Wiederherstellen läuft noch.</translation>
    </message>
    <message>
        <source>The account of that change is gone.</source>
        <translation>Das Konto dieser Änderung gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The new secret is not sent again: it was never kept.</source>
        <translation>Das neue Secret wird nicht erneut gesendet: Es wurde nie aufbewahrt.</translation>
    </message>
    <message>
        <source>The change cannot be sent again: %1</source>
        <translation>Die Änderung kann nicht erneut gesendet werden: %1</translation>
    </message>
    <message>
        <source>That change left nothing to redo.</source>
        <translation>Diese Änderung hat nichts zum Wiederherstellen hinterlassen.</translation>
    </message>
    <message>
        <source>The account %1 is no longer set up.</source>
        <translation>Das Konto %1 ist nicht mehr eingerichtet.</translation>
    </message>
    <message>
        <source>Nothing to redo: a secret rotation cannot be sent again, it was never kept.</source>
        <translation>Nichts zum Wiederholen: Ein Geheimniswechsel kann nicht erneut gesendet werden, das Geheimnis wurde nie gespeichert.</translation>
    </message>
    <message>
        <source>Nothing to undo: a secret rotation cannot be undone, secrets are write-only.</source>
        <translation>Nichts zum Rückgängigmachen: Ein Geheimniswechsel lässt sich nicht rückgängig machen, Geheimnisse sind nur schreibbar.</translation>
    </message>
    <message>
        <source>Skips a secret rotation: it cannot be sent again.</source>
        <translation>Überspringt einen Geheimniswechsel: Er kann nicht erneut gesendet werden.</translation>
    </message>
    <message>
        <source>Skips the newer secret rotation: secrets are write-only and cannot be restored.</source>
        <translation>Überspringt den neueren Geheimniswechsel: Geheimnisse sind nur schreibbar und lassen sich nicht wiederherstellen.</translation>
    </message>
    <message numerus="yes">
        <source>Skips %n secret rotations: they cannot be sent again.</source>
        <translation>
            <numerusform>Überspringt %n Geheimniswechsel: Er kann nicht erneut gesendet werden.</numerusform>
            <numerusform>Überspringt %n Geheimniswechsel: Sie können nicht erneut gesendet werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skips %n newer secret rotations: secrets are write-only and cannot be restored.</source>
        <translation>
            <numerusform>Überspringt %n neueren Geheimniswechsel: Geheimnisse sind nur schreibbar und lassen sich nicht wiederherstellen.</numerusform>
            <numerusform>Überspringt %n neuere Geheimniswechsel: Geheimnisse sind nur schreibbar und lassen sich nicht wiederherstellen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>New secret (input hidden): </source>
        <translation>Neues Secret (Eingabe verborgen): </translation>
    </message>
    <message>
        <source>Try: patchbay-cli --help</source>
        <translation>Versuchen Sie: patchbay-cli --help</translation>
    </message>
    <message>
        <source>Console for webhook endpoints at OpenTrain, Layers, OptimalDial, Diligent and Atoa.</source>
        <translation>Konsole für Webhook-Endpunkte bei OpenTrain, Layers, OptimalDial, Diligent und Atoa.</translation>
    </message>
    <message>
        <source>Open on the built-in demo: an embedded sandbox on 127.0.0.1, tokens in memory only.</source>
        <translation>Mit der eingebauten Demo öffnen: eine eingebettete Sandbox auf 127.0.0.1, Tokens nur im Speicher.</translation>
    </message>
    <message>
        <source>Add N synthetic endpoints per provider to the demo.</source>
        <translation>Der Demo N synthetische Endpunkte pro Anbieter hinzufügen.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE once everything has loaded, then quit.</source>
        <translation>Sobald alles geladen ist, ein Bild des Fensters in FILE speichern und beenden.</translation>
    </message>
    <message>
        <source>--demo-extra takes a number from 0 to 200000.</source>
        <translation>--demo-extra erwartet eine Zahl von 0 bis 200000.</translation>
    </message>
    <message>
        <source>Patchbay</source>
        <translation>Patchbay</translation>
    </message>
    <message>
        <source>Patchbay — demo</source>
        <translation>Patchbay — Demo</translation>
    </message>
    <message>
        <source>Refresh every account every SECONDS seconds (at least 10) while Patchbay runs, instead of the Auto-refresh setting.</source>
        <translation>Alle Konten alle SECONDS Sekunden (mindestens 10) aktualisieren, solange Patchbay läuft, statt nach der Einstellung „Automatisch aktualisieren“.</translation>
    </message>
    <message>
        <source>--refresh-interval takes a whole number of seconds from 10 to 86400.</source>
        <translation>--refresh-interval erwartet eine ganze Zahl von Sekunden zwischen 10 und 86400.</translation>
    </message>
</context>
</TS>
