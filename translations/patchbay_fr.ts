<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccountCommands</name>
    <message>
        <source>Unknown provider &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--base-url: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account named &quot;%1&quot; already exists; remove it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token for %1 (input hidden): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token given: put the token on the first line of standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token contains whitespace or control characters, or is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store the token in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the account &quot;%1&quot; (%2, %3); its token is in the keychain.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts. Add one with: patchbay-cli accounts add NAME --provider P
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the token of &quot;%1&quot; from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the token, but could not remove the account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the account &quot;%1&quot; and its keychain entry.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ca-file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountListDelegate</name>
    <message>
        <source>loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 account</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n accounts</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountListModel</name>
    <message>
        <source>All accounts</source>
        <translation>Tous les comptes</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, loading failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints of every account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 account</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n accounts</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 account failed to load:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n accounts failed to load:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n endpoints</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <source>There is no account named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings of account “%1” are damaged; remove the account and add it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account name “%1” starts or ends with spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account name “%1” contains “/” or “\”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account name contains control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account name is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The colour “%1” is neither a #rrggbb value nor a colour name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL must not contain a query (“?…”) or a fragment (“#…”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment label is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment label contains control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account named “%1” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the settings file “%1”: access denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the settings file “%1”: it is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file “%1” must be given as an absolute path.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Environment colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a new account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected account and its token from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Acme production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s documented host unless you point elsewhere. https only (http is allowed for loopback addresses).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the provider&apos;s default base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the provider&apos;s documented host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;olour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the system keychain, never in a file, and never shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the endpoints with this base URL and token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the stored token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL must not contain a query (“?…”) or a fragment (“#…”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current colour: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of the environment label: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account named “%1” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API token of the new account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is longer than %1 characters or contains spaces or control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was not saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was not renamed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved account “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the account “%1”? Its token is deleted from the keychain. The endpoints at the provider are not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a production account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was not removed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token was deleted, but the account could not be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed account “%1” and its token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API token to test the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: a private CA&apos;s certificate (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For hosts whose certificate comes from a private CA (staging, a company proxy). Trusted in addition to the system&apos;s CAs; host name and expiry are still checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA f&amp;ile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA file problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiCall</name>
    <message>
        <source>cancelled by the user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>The base URL &quot;%1&quot; is not a valid absolute URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL must not contain a user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing plain http:// to %1: the token would travel unencrypted. Use https:// (http is allowed only for loopback addresses).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL must use https:// (it uses &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the change was accepted (HTTP %1) but the reply could not be read: %2. Refresh to see the endpoint as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply describes endpoint &quot;%1&quot;, not the requested &quot;%2&quot;; it was not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the change was sent (HTTP %1) but %2. Refresh to see the endpoint as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>no error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused before sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the provider refused the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the provider had a server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>insecure connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (retry after %1 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed by someone else meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkChangeDialog</name>
    <message>
        <source>Re-enable endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: already delivering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: already disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 selected endpoints will be re-enabled with the requests below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 selected endpoints will be disabled with the requests below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This includes production accounts: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-enable 1 endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Re-enable %n endpoints</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Disable 1 endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Disable %n endpoints</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 succeeded, %2 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not sent (cancelled).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeJournal</name>
    <message>
        <source>Cannot read the change journal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the change journal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeJournalDialog</name>
    <message>
        <source>Change journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by account, endpoint, method or result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a change to see the body that was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed with HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 change</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n changes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 damaged line skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n damaged lines skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeRecordModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change undid the previous one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 endpoint %2
%3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliArguments</name>
    <message>
        <source>The option %1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option %1 takes no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option %1 is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot;; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use either --enable or --disable, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--set-metadata needs KEY=VALUE (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--unset-metadata needs a KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>endpoints %1 needs an endpoint ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>endpoints needs a command: list, get or update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;endpoints %1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accounts %1 needs an account NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accounts needs a command: add, list or remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;accounts %1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout needs a whole number of seconds from 1 to %1 (got &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use either --account or --provider, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which provider to talk to: --account NAME or --provider P.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--base-url goes with --provider; an account has its own base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accounts add takes the account NAME as its argument, not --account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accounts add needs --provider P.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accounts %1 does not take %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dry-run goes with endpoints update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a change: it goes with endpoints update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>endpoints update needs at least one change (see --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use either --description or --clear-description, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use either --secret-stdin or --remove-secret, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use either --authentication-json or --remove-authentication, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret options and authentication options cannot be combined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ca-file needs the path of a PEM file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
patchbay-cli [--account NAME | --provider P [--base-url URL]] [--json] [--timeout SECONDS (default 30)] COMMAND
             [--ca-file PEM]   (with endpoints commands and accounts add; see TLS below)
  P: opentrain | layers | optimaldial | diligent | atoa     (--base-url defaults to the provider&apos;s documented host)
  endpoints list
  endpoints get ID
  endpoints update ID [--dry-run] CHANGE...
    --url URL | --events A,B,... | --description TEXT | --clear-description | --enable | --disable
    --set-metadata KEY=VALUE | --unset-metadata KEY | --clear-metadata     (repeatable; Layers)
    --scope own|all_children                                               (Layers)
    --secret-stdin | --remove-secret          (Diligent; the new secret is the first line of standard input)
    --authentication-json JSON | --remove-authentication                   (Atoa)
  accounts add NAME --provider P [--base-url URL] [--ca-file PEM]
                                                    (token: first line of standard input, into the keychain)
  accounts list
  accounts remove NAME                              (removes its keychain entry too)

Token: with --account, from the keychain; with --provider, from the environment variable PATCHBAY_TOKEN.
TLS: certificates are always verified; nothing turns that off. A CA file (PEM) adds CAs to the system&apos;s,
e.g. a staging host&apos;s private CA. One is used, the first given of: --ca-file PEM, the environment variable
PATCHBAY_CA_FILE, the account&apos;s own (accounts add --ca-file PEM, stored as an absolute path).
Proxies: https_proxy, all_proxy and no_proxy as curl reads them, else the system&apos;s settings. localhost is
never proxied; an https request goes through a proxy as an encrypted tunnel (CONNECT).
Exit codes: 0 done or nothing to change; 2 usage or validation error (nothing was sent);
3 the provider refused (4xx); 4 network failure, TLS failure, timeout, 5xx or an unreadable reply.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliChangeApplier</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not support this option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no event list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 endpoints take an authentication object, not a secret; use --authentication-json or --remove-authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 endpoints take a secret, not an authentication object; use --secret-stdin or --remove-secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--authentication-json is not valid JSON: %1 at character %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--authentication-json must be a JSON object, e.g. {&quot;username&quot;: &quot;…&quot;, &quot;password&quot;: &quot;…&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliConnection</name>
    <message>
        <source>There is no account named &quot;%1&quot; (see: patchbay-cli accounts list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the token of the account &quot;%1&quot; from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no token is stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--base-url: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --provider the token comes from the environment variable %1, which is not set. Set it, or use --account NAME with a token in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token in %1 contains whitespace or control characters, or is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliOutput</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last delivery status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HEALTH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILURES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EVENTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BASE URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While you were editing, this endpoint was changed on %1. These fields were changed there and by you. Nothing has been sent yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields changed on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also changed on %1, and kept as it is there: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send your other changes; these fields stay as they are on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send your values for these fields, replacing the other change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send nothing; the form continues from %1&apos;s current values with your edits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Could not start the demo sandbox on 127.0.0.1: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenTrain (payroll)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers (marketing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OptimalDial (calls)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diligent (compliance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atoa (payments)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditEndpointDialog</name>
    <message>
        <source>own: this account&apos;s events only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all_children: this account and all its child accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1 endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving… (Cancel stops waiting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the change (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · account %2 · ID %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider, account and endpoint ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production account: Save asks for confirmation before anything is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with this field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not allow changing the URL; delete and re-create the endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requires https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://, or http:// for localhost only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Events:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 receives the complete list with every change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the description: %1 receives &quot;%2&quot;: null.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delivering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all_children needs an org:admin key; %1 refuses it otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;ope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only changed keys are sent; a removed key is sent as &quot;&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be sent until these are fixed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to send: no field changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused automatically by %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused automatically by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 says %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save sends %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left unticked it stays %1; only %2 sets that status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this change to the production account &quot;%1&quot;?

Endpoint: %2
Fields: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a production endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. The change may or may not have reached %1; your edits are kept, and Save sends the same change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved. %1 answered: %2
Your edits are kept; fix them or press Save to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop waiting for the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed this endpoint on %1 while you were editing; nothing was sent. The form now shows %1&apos;s current values with your edits on top: check them, then Save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent. Your edits are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndpointActions</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Re-&amp;enable</source>
        <translation>&amp;Réactiver</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>Copy &amp;ID</source>
        <translation>Copier l’&amp;ID</translation>
    </message>
    <message>
        <source>Copy &amp;URL</source>
        <translation>Copier l’&amp;URL</translation>
    </message>
    <message>
        <source>&amp;Undo last change</source>
        <translation>&amp;Annuler la dernière modification</translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected endpoint (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-enable the selected endpoints (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable the selected endpoints (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a curl command that reads this endpoint; the token stays $PATCHBAY_TOKEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>curl command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a production account?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

This changes the production account %2. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-enable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-enabling %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabling %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not re-enable %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not disable %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-enabled %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Ctrl+Z to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the %1 to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was already re-enabled on the server; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was already disabled on the server; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndpointCodec</name>
    <message>
        <source>the endpoint has no &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 endpoint %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply has no &quot;%1&quot; object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list reply has no &quot;%1&quot; array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry of &quot;%1&quot; is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; should be a string or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is longer than %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 endpoint: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; should be a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; should be a non-negative integer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndpointCommands</name>
    <message>
        <source>Could not list the %1 endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the %1 endpoint &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not possible with %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused before sending (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change: the %1 endpoint &quot;%2&quot; already has these values; nothing was sent.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was sent. The request would be:

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update the %1 endpoint &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated the %1 endpoint &quot;%2&quot;.

</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndpointDetailPane</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Disabled automatically by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused by a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled (%1 does not say by whom)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit this endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw JSON from the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the raw JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an endpoint to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n endpoints selected.
Use Re-enable or Disable to change them all at once.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consecutive failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set (write-only, never shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (write-only, never shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndpointIds</name>
    <message>
        <source>The endpoint ID is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint ID &quot;%1&quot; is not a usable ID: it would address another resource than one endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndpointTableModel</name>
    <message>
        <source>%1, HTTP %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active, failing or disabled; hover a badge for the provider&apos;s own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No delivery yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorMapping</name>
    <message>
        <source>the reply body is not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no complete reply in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirect refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventListEditor</name>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other event name, e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New event name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepts only these events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangeModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No HTTP reply: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeText</name>
    <message>
        <source>(empty body)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… %1 more bytes not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no body)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No HTTP reply after %1.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 after %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthRules</name>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Disabled automatically by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused by a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled (no reason given by %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled; %1 does not say by whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 failed delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n consecutive failed deliveries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 reports status: failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last delivery answered HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last failure is newer than the last success</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListingPager</name>
    <message>
        <source>the listing passed %1 in total on page %2; stopped (a provider that never stops paging?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the listing passed %1 endpoints on page %2; stopped (a provider that never stops paging?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the listing still had more after %1 pages; stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the provider&apos;s paging goes in a circle: page %1 points back to the cursor of page %2; stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Comptes…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>All health states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation>F&amp;iltre :</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Request &amp;inspector</source>
        <translation>&amp;Inspecteur de requêtes</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Patchbay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload every account&apos;s endpoints (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by URL, description, event or ID  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-&amp;refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every 30 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Patchbay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Patchbay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Patchbay %1&lt;/b&gt;&lt;p&gt;A console for the webhook endpoints your team registered with OpenTrain, Layers, OptimalDial, Diligent and Atoa.&lt;/p&gt;&lt;p&gt;Tokens live only in the system keychain.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1… 1 endpoint read</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Loading %1… %n endpoints read</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No accounts yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an account at OpenTrain, Layers, OptimalDial, Diligent or Atoa. Its token goes straight to the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading endpoints…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 endpoint read so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n endpoints read so far.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load any endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These accounts have no webhook endpoints yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No endpoint matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches the filter and the selected account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shown of %2   ·   %3 active   ·   %4 failing   ·   %5 disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Ctrl+Z to undo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetadataEditor</name>
    <message>
        <source>Add &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add metadata key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected metadata key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove all metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes every key: Layers receives &quot;metadata&quot;: null.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metadata key &quot;%1&quot; is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProxyPolicy</name>
    <message>
        <source>the proxy scheme &quot;%1&quot; is not supported (use http:// or socks5://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a valid proxy address (expected [http://]host[:port]).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment variable %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <source>field &quot;%1&quot; has the unknown value &quot;%2&quot; (expected one of: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot; should be a non-negative integer but is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is not an RFC 3339 date-time: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the required field &quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot; should be a %2 but is %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestInspectorDock</name>
    <message>
        <source>Request inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by method, URL, status or account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the requests whose method, URL, status or account contain this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected request as a curl command (%1). The token is $PATCHBAY_TOKEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected response body, or its error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every request from the inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request as curl command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 request</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n requests</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requests yet. Every request Patchbay sends appears here, with its response, tokens redacted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a request to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestPreviewView</name>
    <message>
        <source>Copy as &amp;curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exact request Save will send (token redacted):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the request as a curl command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies a curl command for this request; the token is written as $PATCHBAY_TOKEN and never copied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveJob</name>
    <message>
        <source>could not re-read the endpoint before saving, so nothing was sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed on the server since it was loaded; nothing was sent. Refresh and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was sent; continue editing from the server&apos;s copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>together with the server&apos;s current values the change is not possible: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled by the user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretEditor</name>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic (user name and password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header (name and value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No authentication is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication is set (%1). Its value is write-only and cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication is set. Its value is write-only and cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secret is set. It is write-only and cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new signing secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatePage</name>
    <message>
        <source>Loading progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TlsTrust</name>
    <message>
        <source>The CA file &quot;%1&quot; cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file name was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is larger than %1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds a private key but no certificate. Choose the CA&apos;s certificate; a private key never belongs here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its certificate is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds no PEM certificate (&quot;-----BEGIN CERTIFICATE-----&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of its certificates are damaged.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>one of its certificates is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds no CA certificate (a server&apos;s own certificate cannot vouch for others). Choose the certificate of the authority that signed the server&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <source>No token stored for account “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is locked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the token of account “%1” from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain (Secret Service) is available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token for account “%1” is empty, longer than %2 characters, or contains spaces or control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is locked: the token of account “%1” could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the token of account “%1” from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account name was given for the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is locked: the token of account “%1” is stored but could not be unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>(no Location)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled by the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no complete reply within %1 s (the limit covers the whole exchange, from connecting to the last byte)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply unpacks (Content-Encoding %1) to more than %2; not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply is larger than %1; not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server redirected to another origin (%1); not followed: the request carries the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server redirected more than %1 times (last to %2); stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply was cut off: %1 of the %2 bytes it announced arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply could not be unpacked within the limits (Content-Encoding %1); a decompression bomb?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply broke off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered the %1 with a redirect to %2. A change is never re-sent to another address, so it may not have been applied: refresh to see the endpoint as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 is not a reply Patchbay can use (Location: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no usable HTTP reply (status %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>The URL is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL must not start or end with spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid absolute URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requires the URL to start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepts http:// only for localhost; use https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL must use https:// (it uses %1://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs at least one event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 needs at least %n events.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 accepts at most %2 events; %3 are selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event &quot;%1&quot; is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an event %2 offers (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 allows at most %2 characters in the description; this one has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an authentication method and fill in its fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authentication field &quot;%1&quot; is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication must use exactly one method, never mixed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not allow changing the URL of an endpoint; delete it and create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no event list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 endpoints have no description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 endpoints cannot be enabled or disabled through the API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 endpoints have no metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A metadata key is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metadata key &quot;%1&quot; has no value; remove the key instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 endpoints have no delivery scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scope must be one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 endpoints have no secret that can be set here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new secret is empty; choose &quot;Remove&quot; to remove the secret.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account of the last change is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret cannot be restored: it is write-only and was never readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous state cannot be sent back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last change left nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last change to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token for this account; add it in File → Accounts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>New secret (input hidden): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try: patchbay-cli --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console for webhook endpoints at OpenTrain, Layers, OptimalDial, Diligent and Atoa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open on the built-in demo: an embedded sandbox on 127.0.0.1, tokens in memory only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add N synthetic endpoints per provider to the demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE once everything has loaded, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo-extra takes a number from 0 to 200000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patchbay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patchbay — demo (embedded sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
