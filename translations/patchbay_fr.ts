<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
        <translation>%1 (compilé avec %2)</translation>
    </message>
    <message>
        <source>QtKeychain</source>
        <translation>QtKeychain</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>%1 (at build time)</source>
        <translation>%1 (à la compilation)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>&amp;Copy version info</source>
        <translation>&amp;Copier les versions</translation>
    </message>
    <message>
        <source>About Patchbay</source>
        <translation>À propos de Patchbay</translation>
    </message>
    <message>
        <source>Patchbay icon</source>
        <translation>Icône de Patchbay</translation>
    </message>
    <message>
        <source>Patchbay %1</source>
        <translation>Patchbay %1</translation>
    </message>
    <message>
        <source>A console for the webhook endpoints your team registered with OpenTrain, Layers, OptimalDial, Diligent and Atoa.</source>
        <translation>Une console pour les endpoints de webhook que votre équipe a enregistrés chez OpenTrain, Layers, OptimalDial, Diligent et Atoa.</translation>
    </message>
    <message>
        <source>Versions and licences</source>
        <translation>Versions et licences</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Tokens live only in the system keychain.</source>
        <translation>Les jetons ne sont conservés que dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Patchbay never writes them to its settings or logs; copied curl commands say $PATCHBAY_TOKEN instead.</source>
        <translation>Patchbay ne les écrit jamais dans ses réglages ni ses journaux&#xa0;; les commandes curl copiées indiquent $PATCHBAY_TOKEN à la place.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>Patchbay is proprietary software: © 2026 Patchbay developers, all rights reserved.</source>
        <translation>Patchbay est un logiciel propriétaire&#xa0;: © 2026 les développeurs de Patchbay, tous droits réservés.</translation>
    </message>
    <message>
        <source>Qt 6 (The Qt Company Ltd and other contributors) is used under the %1.</source>
        <translation>Qt 6 (The Qt Company Ltd et d’autres contributeurs) est utilisé sous la %1.</translation>
    </message>
    <message>
        <source>GNU Lesser General Public License version 3 (LGPL-3)</source>
        <translation>GNU Lesser General Public License version 3 (LGPL-3)</translation>
    </message>
    <message>
        <source>QtKeychain (Frank Osterfeld and other contributors) is used under the %1.</source>
        <translation>QtKeychain (Frank Osterfeld et d’autres contributeurs) est utilisé sous la %1.</translation>
    </message>
    <message>
        <source>BSD 2-Clause licence</source>
        <translation>licence BSD à 2 clauses</translation>
    </message>
    <message>
        <source>Both are the system&apos;s own shared libraries, unmodified; their source code: %1, %2.</source>
        <translation>Ce sont les bibliothèques partagées du système, non modifiées&#xa0;; leur code source&#xa0;: %1, %2.</translation>
    </message>
    <message>
        <source>Full licence texts: %1</source>
        <translation>Textes complets des licences&#xa0;: %1</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
</context>
<context>
    <name>AccountCommands</name>
    <message>
        <source>Unknown provider &quot;%1&quot;.</source>
        <translation>Fournisseur inconnu &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--base-url: %1</source>
        <translation>--base-url&#xa0;: %1</translation>
    </message>
    <message>
        <source>An account named &quot;%1&quot; already exists; remove it first.</source>
        <translation>Un compte nommé &quot;%1&quot; existe déjà&#xa0;; supprimez-le d’abord.</translation>
    </message>
    <message>
        <source>API token for %1 (input hidden): </source>
        <translation>Jeton API pour %1 (saisie masquée)&#xa0;: </translation>
    </message>
    <message>
        <source>No token given: put the token on the first line of standard input.</source>
        <translation>Aucun jeton fourni&#xa0;: placez le jeton sur la première ligne de l’entrée standard.</translation>
    </message>
    <message>
        <source>The token contains whitespace or control characters, or is longer than %1 characters.</source>
        <translation>Le jeton contient des espaces ou des caractères de contrôle, ou dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>Added the account &quot;%1&quot; (%2, %3); its token is in the keychain.
</source>
        <translation>Compte &quot;%1&quot; (%2, %3) ajouté&#xa0;; son jeton est dans le trousseau.
</translation>
    </message>
    <message>
        <source>No accounts. Add one with: patchbay-cli accounts add NAME --provider P
</source>
        <translation>Aucun compte. Ajoutez-en un avec&#xa0;: patchbay-cli accounts add NAME --provider P
</translation>
    </message>
    <message>
        <source>There is no account named &quot;%1&quot;.</source>
        <translation>Il n’existe aucun compte nommé &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Removed the account &quot;%1&quot; and its keychain entry.
</source>
        <translation>Compte &quot;%1&quot; et son entrée du trousseau supprimés.
</translation>
    </message>
    <message>
        <source>--ca-file: %1</source>
        <translation>--ca-file&#xa0;: %1</translation>
    </message>
    <message>
        <source>Renamed the account &quot;%1&quot; to &quot;%2&quot;; its keychain entry moved with it.
</source>
        <translation>Le compte &quot;%1&quot; s’appelle désormais &quot;%2&quot;&#xa0;; son entrée du trousseau a suivi.
</translation>
    </message>
    <message>
        <source>The account is already named &quot;%1&quot;; nothing was changed.</source>
        <translation>Le compte s’appelle déjà &quot;%1&quot;&#xa0;; rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>AccountListDelegate</name>
    <message>
        <source>loading…</source>
        <translation>chargement…</translation>
    </message>
    <message>
        <source>1 account</source>
        <translation>1 compte</translation>
    </message>
    <message numerus="yes">
        <source>%n accounts</source>
        <translation>
            <numerusform>%n compte</numerusform>
            <numerusform>%n comptes</numerusform>
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
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>Loading failed: %1</source>
        <translation>Échec du chargement&#xa0;: %1</translation>
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
        <translation>, chargement</translation>
    </message>
    <message>
        <source>, loading failed: %1</source>
        <translation>, échec du chargement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Endpoints of every account</source>
        <translation>Endpoints de tous les comptes</translation>
    </message>
    <message>
        <source>1 account</source>
        <translation>1 compte</translation>
    </message>
    <message numerus="yes">
        <source>%n accounts</source>
        <translation>
            <numerusform>%n compte</numerusform>
            <numerusform>%n comptes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>1 account failed to load:</source>
        <translation>1 compte n’a pas pu être chargé&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n accounts failed to load:</source>
        <translation>
            <numerusform>%n compte n’a pas pu être chargé&#xa0;:</numerusform>
            <numerusform>%n comptes n’ont pas pu être chargés&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>1 endpoint</source>
        <translation>1 endpoint</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoints</source>
        <translation>
            <numerusform>%n endpoint</numerusform>
            <numerusform>%n endpoints</numerusform>
        </translation>
    </message>
    <message>
        <source>1 needs attention</source>
        <translation>1 à traiter</translation>
    </message>
    <message numerus="yes">
        <source>%n need attention</source>
        <translation>
            <numerusform>%n à traiter</numerusform>
            <numerusform>%n à traiter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountService</name>
    <message>
        <source>%1 The keychain was put back as it was.</source>
        <translation>%1 Le trousseau a été remis dans son état précédent.</translation>
    </message>
    <message>
        <source>%1 Putting the keychain back failed too. %2</source>
        <translation>%1 La remise en état du trousseau a également échoué. %2</translation>
    </message>
    <message>
        <source>The token is empty, longer than %1 characters, or contains spaces or control characters.</source>
        <translation>Le jeton est vide, dépasse %1 caractères ou contient des espaces ou des caractères de contrôle.</translation>
    </message>
    <message>
        <source>The token stays in the keychain under “%1” without an account: %2</source>
        <translation>Le jeton reste dans le trousseau sous «&#xa0;%1&#xa0;», sans compte&#xa0;: %2</translation>
    </message>
    <message>
        <source>The keychain now holds the new token of “%1”, not the previous one: %2</source>
        <translation>Le trousseau contient désormais le nouveau jeton de «&#xa0;%1&#xa0;», et non l’ancien&#xa0;: %2</translation>
    </message>
    <message>
        <source>A copy of the token stays in the keychain under “%1”: %2</source>
        <translation>Une copie du jeton reste dans le trousseau sous «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The token is now stored under “%1” only, while the account is still “%2”: %3</source>
        <translation>Le jeton n’est plus enregistré que sous «&#xa0;%1&#xa0;», alors que le compte s’appelle toujours «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>The token of “%1” is gone from the keychain, but the account is still listed: %2</source>
        <translation>Le jeton de «&#xa0;%1&#xa0;» a disparu du trousseau, mais le compte est toujours présent&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <source>There is no account named “%1”.</source>
        <translation>Il n’existe aucun compte nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The settings of account “%1” are damaged; remove the account and add it again.</source>
        <translation>Les paramètres du compte «&#xa0;%1&#xa0;» sont endommagés&#xa0;; supprimez le compte puis ajoutez-le à nouveau.</translation>
    </message>
    <message>
        <source>The account name is empty.</source>
        <translation>Le nom du compte est vide.</translation>
    </message>
    <message>
        <source>The account name “%1” starts or ends with spaces.</source>
        <translation>Le nom du compte «&#xa0;%1&#xa0;» commence ou se termine par des espaces.</translation>
    </message>
    <message>
        <source>The account name “%1” contains “/” or “\”.</source>
        <translation>Le nom du compte «&#xa0;%1&#xa0;» contient «&#xa0;/&#xa0;» ou «&#xa0;\&#xa0;».</translation>
    </message>
    <message>
        <source>The account name is longer than %1 characters.</source>
        <translation>Le nom du compte dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>The colour “%1” is neither a #rrggbb value nor a colour name.</source>
        <translation>La couleur «&#xa0;%1&#xa0;» n’est ni une valeur #rrggbb ni un nom de couleur.</translation>
    </message>
    <message>
        <source>The base URL must not contain a query (“?…”) or a fragment (“#…”).</source>
        <translation>L’URL de base ne doit contenir ni requête («&#xa0;?…&#xa0;») ni fragment («&#xa0;#…&#xa0;»).</translation>
    </message>
    <message>
        <source>The environment label is longer than %1 characters.</source>
        <translation>Le libellé d’environnement dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>The environment label contains control characters.</source>
        <translation>Le libellé d’environnement contient des caractères de contrôle.</translation>
    </message>
    <message>
        <source>An account named “%1” already exists.</source>
        <translation>Un compte nommé «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>Could not write the settings file “%1”: access denied.</source>
        <translation>Impossible d’écrire le fichier de paramètres «&#xa0;%1&#xa0;»&#xa0;: accès refusé.</translation>
    </message>
    <message>
        <source>Could not write the settings file “%1”: it is malformed.</source>
        <translation>Impossible d’écrire le fichier de paramètres «&#xa0;%1&#xa0;»&#xa0;: il est mal formé.</translation>
    </message>
    <message>
        <source>The CA file “%1” must be given as an absolute path.</source>
        <translation>Le fichier CA «&#xa0;%1&#xa0;» doit être indiqué par un chemin absolu.</translation>
    </message>
    <message>
        <source>The account name contains control or invisible characters.</source>
        <translation>Le nom du compte contient des caractères de contrôle ou invisibles.</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Environment colour</source>
        <translation>Couleur de l’environnement</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <source>Add a new account</source>
        <translation>Ajouter un nouveau compte</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <source>Remove the selected account and its token from the keychain</source>
        <translation>Supprimer le compte sélectionné et son jeton du trousseau</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nom du compte</translation>
    </message>
    <message>
        <source>e.g. Acme production</source>
        <translation>p. ex. Acme production</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Fournisseur&#xa0;:</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <source>The provider&apos;s documented host unless you point elsewhere. https only (http is allowed for loopback addresses).</source>
        <translation>L’hôte documenté du fournisseur, sauf si vous en indiquez un autre. https uniquement (http est autorisé pour les adresses de bouclage).</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Use the provider&apos;s default base URL</source>
        <translation>Utiliser l’URL de base par défaut du fournisseur</translation>
    </message>
    <message>
        <source>Use the provider&apos;s documented host</source>
        <translation>Utiliser l’hôte documenté du fournisseur</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>&amp;URL de base&#xa0;:</translation>
    </message>
    <message>
        <source>Base URL problem</source>
        <translation>Problème d’URL de base</translation>
    </message>
    <message>
        <source>Environment label</source>
        <translation>Libellé d’environnement</translation>
    </message>
    <message>
        <source>C&amp;olour…</source>
        <translation>C&amp;ouleur…</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>En&amp;vironnement&#xa0;:</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Jeton API</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>&amp;Jeton API&#xa0;:</translation>
    </message>
    <message>
        <source>Stored in the system keychain, never in a file, and never shown again.</source>
        <translation>Stocké dans le trousseau du système, jamais dans un fichier, et plus jamais affiché.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>List the endpoints with this base URL and token</source>
        <translation>Lister les endpoints avec cette URL de base et ce jeton</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Résultat du test de connexion</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save account</source>
        <translation>Enregistrer le compte</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Paste the API token</source>
        <translation>Collez le jeton API</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored token</source>
        <translation>Laisser vide pour conserver le jeton enregistré</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Nouveau compte</translation>
    </message>
    <message>
        <source>New account: %1</source>
        <translation>Nouveau compte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Edit account: %1</source>
        <translation>Modifier le compte&#xa0;: %1</translation>
    </message>
    <message>
        <source>The base URL must not contain a query (“?…”) or a fragment (“#…”).</source>
        <translation>L’URL de base ne doit contenir ni requête («&#xa0;?…&#xa0;») ni fragment («&#xa0;#…&#xa0;»).</translation>
    </message>
    <message>
        <source>Current colour: %1</source>
        <translation>Couleur actuelle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Colour of the environment label: %1</source>
        <translation>Couleur du libellé d’environnement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Enter the API token of the new account.</source>
        <translation>Saisissez le jeton API du nouveau compte.</translation>
    </message>
    <message>
        <source>The account was not saved. %1</source>
        <translation>Le compte n’a pas été enregistré. %1</translation>
    </message>
    <message>
        <source>The account was not renamed. %1</source>
        <translation>Le compte n’a pas été renommé. %1</translation>
    </message>
    <message>
        <source>Saved account “%1”.</source>
        <translation>Compte «&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
    <message>
        <source>Remove the account “%1”? Its token is deleted from the keychain. The endpoints at the provider are not changed.</source>
        <translation>Supprimer le compte «&#xa0;%1&#xa0;»&#xa0;? Son jeton est effacé du trousseau. Les endpoints chez le fournisseur ne sont pas modifiés.</translation>
    </message>
    <message>
        <source>“%1” is a production account.</source>
        <translation>«&#xa0;%1&#xa0;» est un compte de production.</translation>
    </message>
    <message>
        <source>The account was not removed. %1</source>
        <translation>Le compte n’a pas été supprimé. %1</translation>
    </message>
    <message>
        <source>Removed account “%1” and its token.</source>
        <translation>Compte «&#xa0;%1&#xa0;» et son jeton supprimés.</translation>
    </message>
    <message>
        <source>Enter the API token to test the connection.</source>
        <translation>Saisissez le jeton API pour tester la connexion.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>Connecté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>CA certificate (PEM)</source>
        <translation>Certificat CA (PEM)</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Extra CA certificate file</source>
        <translation>Fichier de certificat CA supplémentaire</translation>
    </message>
    <message>
        <source>Optional: a private CA&apos;s certificate (PEM)</source>
        <translation>Facultatif&#xa0;: certificat d’une CA privée (PEM)</translation>
    </message>
    <message>
        <source>For hosts whose certificate comes from a private CA (staging, a company proxy). Trusted in addition to the system&apos;s CAs; host name and expiry are still checked.</source>
        <translation>Pour les hôtes dont le certificat provient d’une CA privée (préproduction, proxy d’entreprise). Approuvée en plus des CA du système&#xa0;; le nom d’hôte et l’expiration restent vérifiés.</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Choose the CA certificate file</source>
        <translation>Choisir le fichier de certificat CA</translation>
    </message>
    <message>
        <source>CA f&amp;ile:</source>
        <translation>F&amp;ichier CA&#xa0;:</translation>
    </message>
    <message>
        <source>CA file problem</source>
        <translation>Problème de fichier CA</translation>
    </message>
</context>
<context>
    <name>ApiCall</name>
    <message>
        <source>cancelled by the user</source>
        <translation>annulé par l’utilisateur</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>The base URL &quot;%1&quot; is not a valid absolute URL.</source>
        <translation>L’URL de base &quot;%1&quot; n’est pas une URL absolue valide.</translation>
    </message>
    <message>
        <source>The base URL must not contain a user name or password.</source>
        <translation>L’URL de base ne doit contenir ni nom d’utilisateur ni mot de passe.</translation>
    </message>
    <message>
        <source>Refusing plain http:// to %1: the token would travel unencrypted. Use https:// (http is allowed only for loopback addresses).</source>
        <translation>http:// en clair vers %1 refusé&#xa0;: le jeton circulerait sans chiffrement. Utilisez https:// (http n’est autorisé que pour les adresses de bouclage).</translation>
    </message>
    <message>
        <source>The base URL must use https:// (it uses &quot;%1&quot;).</source>
        <translation>L’URL de base doit utiliser https:// (elle utilise &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>nothing to change</source>
        <translation>rien à modifier</translation>
    </message>
    <message>
        <source>the change was accepted (HTTP %1) but the reply could not be read: %2. Refresh to see the endpoint as it is now.</source>
        <translation>la modification a été acceptée (HTTP %1) mais la réponse est illisible&#xa0;: %2. Actualisez pour voir l’état actuel de l’endpoint.</translation>
    </message>
    <message>
        <source>the reply describes endpoint &quot;%1&quot;, not the requested &quot;%2&quot;; it was not used</source>
        <translation>la réponse décrit l’endpoint &quot;%1&quot; et non &quot;%2&quot; demandé&#xa0;; elle n’a pas été utilisée</translation>
    </message>
    <message>
        <source>the change was sent (HTTP %1) but %2. Refresh to see the endpoint as it is now.</source>
        <translation>la modification a été envoyée (HTTP %1) mais %2. Actualisez pour voir l’état actuel de l’endpoint.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>no error</source>
        <translation>aucune erreur</translation>
    </message>
    <message>
        <source>refused before sending</source>
        <translation>refusé avant l’envoi</translation>
    </message>
    <message>
        <source>the provider refused the request</source>
        <translation>le fournisseur a refusé la requête</translation>
    </message>
    <message>
        <source>the provider had a server error</source>
        <translation>erreur serveur chez le fournisseur</translation>
    </message>
    <message>
        <source>network failure</source>
        <translation>erreur réseau</translation>
    </message>
    <message>
        <source>TLS failure</source>
        <translation>erreur TLS</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <source>unreadable reply</source>
        <translation>réponse illisible</translation>
    </message>
    <message>
        <source>insecure connection refused</source>
        <translation>connexion non sécurisée refusée</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source> (retry after %1 s)</source>
        <translation> (réessayer dans %1 s)</translation>
    </message>
    <message>
        <source>changed by someone else meanwhile</source>
        <translation>modifié entre-temps par quelqu’un d’autre</translation>
    </message>
</context>
<context>
    <name>BoundedRunner</name>
    <message>
        <source>not sent: the provider kept asking to wait (%1)</source>
        <translation>non envoyé&#xa0;: le fournisseur demandait sans cesse d’attendre (%1)</translation>
    </message>
</context>
<context>
    <name>BulkChangeDialog</name>
    <message>
        <source>Re-enable endpoints</source>
        <translation>Réactiver les endpoints</translation>
    </message>
    <message>
        <source>Disable endpoints</source>
        <translation>Désactiver les endpoints</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>Request to send</source>
        <translation>Requête à envoyer</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Changes to send</source>
        <translation>Modifications à envoyer</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Ignoré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Skipped: already delivering</source>
        <translation>Ignoré&#xa0;: déjà actif</translation>
    </message>
    <message>
        <source>Skipped: already disabled</source>
        <translation>Ignoré&#xa0;: déjà désactivé</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>%1 of %2 selected endpoints will be re-enabled with the requests below.</source>
        <translation>%1 des %2 endpoints sélectionnés seront réactivés avec les requêtes ci-dessous.</translation>
    </message>
    <message>
        <source>%1 of %2 selected endpoints will be disabled with the requests below.</source>
        <translation>%1 des %2 endpoints sélectionnés seront désactivés avec les requêtes ci-dessous.</translation>
    </message>
    <message>
        <source>This includes production accounts: %1.</source>
        <translation>Cela inclut des comptes de production&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Re-enable 1 endpoint</source>
        <translation>Réactiver 1 endpoint</translation>
    </message>
    <message numerus="yes">
        <source>Re-enable %n endpoints</source>
        <translation>
            <numerusform>Réactiver %n endpoint</numerusform>
            <numerusform>Réactiver %n endpoints</numerusform>
        </translation>
    </message>
    <message>
        <source>Disable 1 endpoint</source>
        <translation>Désactiver 1 endpoint</translation>
    </message>
    <message numerus="yes">
        <source>Disable %n endpoints</source>
        <translation>
            <numerusform>Désactiver %n endpoint</numerusform>
            <numerusform>Désactiver %n endpoints</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>En attente…</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Not sent (cancelled)</source>
        <translation>Non envoyé (annulé)</translation>
    </message>
    <message>
        <source>%1 succeeded, %2 failed.</source>
        <translation>%1 réussi(s), %2 en échec.</translation>
    </message>
    <message>
        <source>%1 not sent (cancelled).</source>
        <translation>%1 non envoyé(s) (annulé).</translation>
    </message>
    <message numerus="yes">
        <source>Provider asked to wait: sending again in %n s</source>
        <translation>
            <numerusform>Le fournisseur demande d’attendre&#xa0;: nouvel envoi dans %n&#xa0;s</numerusform>
            <numerusform>Le fournisseur demande d’attendre&#xa0;: nouvel envoi dans %n&#xa0;s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeJournal</name>
    <message>
        <source>Cannot read the change journal %1: %2</source>
        <translation>Impossible de lire le journal des modifications %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write the change journal %1: %2</source>
        <translation>Impossible d’écrire le journal des modifications %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>ce n’est pas un fichier régulier</translation>
    </message>
</context>
<context>
    <name>ChangeJournalDialog</name>
    <message>
        <source>Change journal</source>
        <translation>Journal des modifications</translation>
    </message>
    <message>
        <source>Filter by account, endpoint, method or result</source>
        <translation>Filtrer par compte, endpoint, méthode ou résultat</translation>
    </message>
    <message>
        <source>Filter changes</source>
        <translation>Filtrer les modifications</translation>
    </message>
    <message>
        <source>Changes sent</source>
        <translation>Modifications envoyées</translation>
    </message>
    <message>
        <source>Body sent</source>
        <translation>Corps envoyé</translation>
    </message>
    <message>
        <source>Select a change to see the body that was sent.</source>
        <translation>Sélectionnez une modification pour voir le corps envoyé.</translation>
    </message>
    <message>
        <source>Copy body</source>
        <translation>Copier le corps</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>failed with HTTP %1</source>
        <translation>échec avec HTTP %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>1 change</source>
        <translation>1 modification</translation>
    </message>
    <message numerus="yes">
        <source>%n changes</source>
        <translation>
            <numerusform>%n modification</numerusform>
            <numerusform>%n modifications</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>1 damaged line skipped</source>
        <translation>1 ligne endommagée ignorée</translation>
    </message>
    <message numerus="yes">
        <source>%n damaged lines skipped</source>
        <translation>
            <numerusform>%n ligne endommagée ignorée</numerusform>
            <numerusform>%n lignes endommagées ignorées</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Revert…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>Revert this change</source>
        <translation>Restaurer l’état d’avant cette modification</translation>
    </message>
    <message>
        <source>Select a change to revert.</source>
        <translation>Sélectionnez une modification à restaurer.</translation>
    </message>
    <message>
        <source>Send back the values from before this change, after checking that the endpoint still holds what it set.</source>
        <translation>Renvoie les valeurs d’avant cette modification, après avoir vérifié que le point de terminaison a toujours celles qu’elle a définies.</translation>
    </message>
    <message numerus="yes">
        <source>Before this re-enable, %1 had recorded: &quot;%2&quot;, after %n failed deliveries.</source>
        <translation>
            <numerusform>Avant cette réactivation, %1 avait indiqué&#xa0;: «&#xa0;%2&#xa0;», après %n livraison échouée.</numerusform>
            <numerusform>Avant cette réactivation, %1 avait indiqué&#xa0;: «&#xa0;%2&#xa0;», après %n livraisons échouées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent from the command line (patchbay-cli).</source>
        <translation>Envoyé depuis la ligne de commande (patchbay-cli).</translation>
    </message>
</context>
<context>
    <name>ChangeRecordModel</name>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulation</translation>
    </message>
    <message>
        <source>This change undid the previous one</source>
        <translation>Cette modification a annulé la précédente</translation>
    </message>
    <message>
        <source>Succeeded: %1</source>
        <translation>Réussi&#xa0;: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not an undo</source>
        <translation>Pas une annulation</translation>
    </message>
    <message>
        <source>%1 endpoint %2
%3 %4</source>
        <translation>Endpoint %1 %2
%3 %4</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>This change redid one that was undone</source>
        <translation>Cette modification a rétabli une modification annulée</translation>
    </message>
    <message>
        <source>This change reverted one from the journal</source>
        <translation>Cette modification a restauré l’état d’avant une modification du journal</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablissement</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Restauration</translation>
    </message>
</context>
<context>
    <name>CliArguments</name>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>L’option %1 requiert une valeur.</translation>
    </message>
    <message>
        <source>The option %1 takes no value.</source>
        <translation>L’option %1 n’accepte pas de valeur.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Option inconnue %1.</translation>
    </message>
    <message>
        <source>The option %1 is given twice.</source>
        <translation>L’option %1 est indiquée deux fois.</translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot;; use one of: %2.</source>
        <translation>Fournisseur inconnu &quot;%1&quot;&#xa0;; utilisez l’un de&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Use either --enable or --disable, not both.</source>
        <translation>Utilisez soit --enable, soit --disable, pas les deux.</translation>
    </message>
    <message>
        <source>--set-metadata needs KEY=VALUE (got &quot;%1&quot;).</source>
        <translation>--set-metadata requiert KEY=VALUE (reçu&#xa0;: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>--unset-metadata needs a KEY.</source>
        <translation>--unset-metadata requiert une KEY.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Aucune commande indiquée.</translation>
    </message>
    <message>
        <source>endpoints %1 needs an endpoint ID.</source>
        <translation>endpoints %1 requiert l’ID d’un endpoint.</translation>
    </message>
    <message>
        <source>Unknown command &quot;endpoints %1&quot;.</source>
        <translation>Commande inconnue &quot;endpoints %1&quot;.</translation>
    </message>
    <message>
        <source>accounts %1 needs an account NAME.</source>
        <translation>accounts %1 requiert le NAME d’un compte.</translation>
    </message>
    <message>
        <source>Unknown command &quot;accounts %1&quot;.</source>
        <translation>Commande inconnue &quot;accounts %1&quot;.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande inconnue &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argument inattendu &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--timeout needs a whole number of seconds from 1 to %1 (got &quot;%2&quot;).</source>
        <translation>--timeout requiert un nombre entier de secondes de 1 à %1 (reçu&#xa0;: &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>Use either --account or --provider, not both.</source>
        <translation>Utilisez soit --account, soit --provider, pas les deux.</translation>
    </message>
    <message>
        <source>Say which provider to talk to: --account NAME or --provider P.</source>
        <translation>Indiquez le fournisseur&#xa0;: --account NAME ou --provider P.</translation>
    </message>
    <message>
        <source>--base-url goes with --provider; an account has its own base URL.</source>
        <translation>--base-url va avec --provider&#xa0;; un compte a sa propre URL de base.</translation>
    </message>
    <message>
        <source>accounts add takes the account NAME as its argument, not --account.</source>
        <translation>accounts add prend le NAME du compte en argument, pas --account.</translation>
    </message>
    <message>
        <source>accounts add needs --provider P.</source>
        <translation>accounts add requiert --provider P.</translation>
    </message>
    <message>
        <source>accounts %1 does not take %2.</source>
        <translation>accounts %1 n’accepte pas %2.</translation>
    </message>
    <message>
        <source>--dry-run goes with endpoints update.</source>
        <translation>--dry-run va avec endpoints update.</translation>
    </message>
    <message>
        <source>%1 is a change: it goes with endpoints update.</source>
        <translation>%1 est une modification&#xa0;: elle va avec endpoints update.</translation>
    </message>
    <message>
        <source>endpoints update needs at least one change (see --help).</source>
        <translation>endpoints update requiert au moins une modification (voir --help).</translation>
    </message>
    <message>
        <source>Use either --description or --clear-description, not both.</source>
        <translation>Utilisez soit --description, soit --clear-description, pas les deux.</translation>
    </message>
    <message>
        <source>Use either --secret-stdin or --remove-secret, not both.</source>
        <translation>Utilisez soit --secret-stdin, soit --remove-secret, pas les deux.</translation>
    </message>
    <message>
        <source>Use either --authentication-json or --remove-authentication, not both.</source>
        <translation>Utilisez soit --authentication-json, soit --remove-authentication, pas les deux.</translation>
    </message>
    <message>
        <source>Secret options and authentication options cannot be combined.</source>
        <translation>Les options de secret et d’authentification ne peuvent pas être combinées.</translation>
    </message>
    <message>
        <source>--ca-file needs the path of a PEM file.</source>
        <translation>--ca-file requiert le chemin d’un fichier PEM.</translation>
    </message>
    <message>
        <source>patchbay-cli --version (or -v) prints the version; --help (or -h) prints this text.
</source>
        <translation>patchbay-cli --version (ou -v) affiche la version ; --help (ou -h) affiche ce texte.
</translation>
    </message>
    <message>
        <source>Unknown health &quot;%1&quot;; use one of: %2.</source>
        <translation>État « %1 » inconnu&#xa0;; valeurs possibles&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use csv or json.</source>
        <translation>Format « %1 » inconnu&#xa0;; utilisez csv ou json.</translation>
    </message>
    <message>
        <source>--ids-from needs a file name, or - for standard input.</source>
        <translation>--ids-from attend un nom de fichier, ou - pour l’entrée standard.</translation>
    </message>
    <message>
        <source>endpoints update needs one or more endpoint IDs, or --ids-from.</source>
        <translation>endpoints update attend un ou plusieurs ID de points de terminaison, ou --ids-from.</translation>
    </message>
    <message>
        <source>An endpoint ID cannot be empty.</source>
        <translation>Un ID de point de terminaison ne peut pas être vide.</translation>
    </message>
    <message>
        <source>endpoints needs a command: list, export, get or update.</source>
        <translation>endpoints attend une commande&#xa0;: list, export, get ou update.</translation>
    </message>
    <message>
        <source>accounts rename needs the OLD and the NEW name.</source>
        <translation>accounts rename attend l’ancien (OLD) et le nouveau nom (NEW).</translation>
    </message>
    <message>
        <source>accounts needs a command: add, list, rename or remove.</source>
        <translation>accounts attend une commande&#xa0;: add, list, rename ou remove.</translation>
    </message>
    <message>
        <source>endpoints %1 works on one account: give --account once.</source>
        <translation>endpoints %1 agit sur un seul compte&#xa0;: donnez --account une seule fois.</translation>
    </message>
    <message>
        <source>%1 goes with endpoints list and endpoints export.</source>
        <translation>%1 s’utilise avec endpoints list et endpoints export.</translation>
    </message>
    <message>
        <source>endpoints export needs --format csv or --format json.</source>
        <translation>endpoints export attend --format csv ou --format json.</translation>
    </message>
    <message>
        <source>endpoints export takes --format json, not --json.</source>
        <translation>endpoints export prend --format json, pas --json.</translation>
    </message>
    <message>
        <source>%1 goes with endpoints export.</source>
        <translation>%1 s’utilise avec endpoints export.</translation>
    </message>
    <message>
        <source>--ids-from goes with endpoints update.</source>
        <translation>--ids-from s’utilise avec endpoints update.</translation>
    </message>
    <message>
        <source>--secret-stdin and --ids-from - both read standard input: put the IDs in a file.</source>
        <translation>--secret-stdin et --ids-from - lisent tous deux l’entrée standard&#xa0;: mettez les ID dans un fichier.</translation>
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
        <translation>Utilisation :
patchbay-cli [--account NAME]... [--json] [--timeout SECONDS (défaut 30)] [--ca-file PEM] COMMAND
patchbay-cli --provider P [--base-url URL] [--json] [--timeout SECONDS] [--ca-file PEM] COMMAND
  P: opentrain | layers | optimaldial | diligent | atoa     (--base-url vaut par défaut l’hôte documenté du fournisseur)
  Les options peuvent précéder ou suivre la commande.
  endpoints list [--health H] [--filter TEXT]
  endpoints export --format csv|json [--output FILE] [--health H] [--filter TEXT]
    Sans --account ni --provider : tous les comptes enregistrés ; --account est répétable.
    H: active | failing | disabled | attention (en échec, ou désactivé par le fournisseur)
    --filter TEXT : comme le champ de filtre de la fenêtre (partie de l’URL, de la description, d’un événement ou de l’ID)
    --output FILE : écrasé ; sans cette option, la sortie standard
  endpoints get ID
  endpoints update ID... [--ids-from FILE|-] [--dry-run] CHANGE...
    --ids-from : un ID par ligne (- pour l’entrée standard) ; --dry-run affiche les requêtes sans en envoyer
    --url URL | --events A,B,... | --description TEXT | --clear-description | --enable | --disable
    --set-metadata KEY=VALUE | --unset-metadata KEY | --clear-metadata     (répétable ; Layers)
    --scope own|all_children                                               (Layers)
    --secret-stdin | --remove-secret          (Diligent ; le nouveau secret est la première ligne de l’entrée standard)
    --authentication-json JSON | --remove-authentication                   (Atoa)
  (get et update portent sur un compte : --account NAME une fois, ou --provider P)
  accounts add NAME --provider P [--base-url URL] [--ca-file PEM]
                                                    (jeton : première ligne de l’entrée standard, vers le trousseau)
  accounts list
  accounts rename OLD NEW                           (déplace son entrée du trousseau et ses réglages)
  accounts remove NAME                              (supprime aussi son entrée du trousseau)

Jeton : avec --account, depuis le trousseau ; avec --provider, depuis la variable d’environnement PATCHBAY_TOKEN.
TLS : les certificats sont toujours vérifiés ; rien ne le désactive. Un fichier CA (PEM) ajoute des CA à celles du
système, p. ex. la CA privée d’un hôte de préproduction. Le premier fourni est utilisé parmi : --ca-file PEM, la
variable d’environnement PATCHBAY_CA_FILE, celui du compte (accounts add --ca-file PEM, stocké en chemin absolu).
Proxys : https_proxy, all_proxy et no_proxy tels que curl les lit, sinon les réglages du système. localhost ne
passe jamais par un proxy ; une requête https traverse un proxy dans un tunnel chiffré (CONNECT).
CSV : RFC 4180 (UTF-8, CRLF), une ligne d’en-tête avec les noms de champ de --json, événements séparés par « ; », null
en cellule vide ; une cellule qui commence par = + - @, tabulation ou retour chariot reçoit un &apos; initial (un tableur ne l’exécute jamais).
Codes de sortie : 0 terminé ou rien à modifier ; 2 erreur d’utilisation ou de validation (rien n’a été envoyé) ;
3 le fournisseur a refusé (4xx) ; 4 erreur réseau, erreur TLS, délai dépassé, 5xx ou réponse illisible.
Plusieurs comptes ou IDs : le pire code (4 avant 3 avant 2) ; les autres s’exécutent quand même.
</translation>
    </message>
</context>
<context>
    <name>CliChangeApplier</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 does not support this option.</source>
        <translation>%1 ne prend pas en charge cette option.</translation>
    </message>
    <message>
        <source>%1 has no event list.</source>
        <translation>%1 n’a pas de liste d’événements.</translation>
    </message>
    <message>
        <source>%1 endpoints take an authentication object, not a secret; use --authentication-json or --remove-authentication.</source>
        <translation>Les endpoints %1 prennent un objet d’authentification, pas un secret&#xa0;; utilisez --authentication-json ou --remove-authentication.</translation>
    </message>
    <message>
        <source>%1 endpoints take a secret, not an authentication object; use --secret-stdin or --remove-secret.</source>
        <translation>Les endpoints %1 prennent un secret, pas un objet d’authentification&#xa0;; utilisez --secret-stdin ou --remove-secret.</translation>
    </message>
    <message>
        <source>--authentication-json is not valid JSON: %1 at character %2.</source>
        <translation>--authentication-json n’est pas du JSON valide&#xa0;: %1 au caractère %2.</translation>
    </message>
    <message>
        <source>--authentication-json must be a JSON object, e.g. {&quot;username&quot;: &quot;…&quot;, &quot;password&quot;: &quot;…&quot;}.</source>
        <translation>--authentication-json doit être un objet JSON, p. ex. {&quot;username&quot;: &quot;…&quot;, &quot;password&quot;: &quot;…&quot;}.</translation>
    </message>
</context>
<context>
    <name>CliConnection</name>
    <message>
        <source>There is no account named &quot;%1&quot; (see: patchbay-cli accounts list).</source>
        <translation>Il n’existe aucun compte nommé &quot;%1&quot; (voir&#xa0;: patchbay-cli accounts list).</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; cannot be used: %2</source>
        <translation>Le compte &quot;%1&quot; ne peut pas être utilisé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not read the token of the account &quot;%1&quot; from the keychain: %2</source>
        <translation>Impossible de lire dans le trousseau le jeton du compte &quot;%1&quot;&#xa0;: %2</translation>
    </message>
    <message>
        <source>no token is stored</source>
        <translation>aucun jeton n’est enregistré</translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot;.</source>
        <translation>Fournisseur inconnu &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--base-url: %1</source>
        <translation>--base-url&#xa0;: %1</translation>
    </message>
    <message>
        <source>With --provider the token comes from the environment variable %1, which is not set. Set it, or use --account NAME with a token in the keychain.</source>
        <translation>Avec --provider, le jeton vient de la variable d’environnement %1, qui n’est pas définie. Définissez-la, ou utilisez --account NAME avec un jeton dans le trousseau.</translation>
    </message>
    <message>
        <source>The token in %1 contains whitespace or control characters, or is too long.</source>
        <translation>Le jeton dans %1 contient des espaces ou des caractères de contrôle, ou est trop long.</translation>
    </message>
    <message>
        <source>the account &quot;%1&quot;</source>
        <translation>le compte &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>CliOutput</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Health reason</source>
        <translation>Raison de l’état</translation>
    </message>
    <message>
        <source>Provider status</source>
        <translation>Statut chez le fournisseur</translation>
    </message>
    <message>
        <source>Disabled by</source>
        <translation>Désactivé par</translation>
    </message>
    <message>
        <source>Disabled at</source>
        <translation>Désactivé le</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <source>Last delivery</source>
        <translation>Dernière livraison</translation>
    </message>
    <message>
        <source>Last delivery status</source>
        <translation>Statut de la dernière livraison</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Métadonnées</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Secret set</source>
        <translation>Secret défini</translation>
    </message>
    <message>
        <source>Secret type</source>
        <translation>Type de secret</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>HEALTH</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>FAILURES</source>
        <translation>ÉCHECS</translation>
    </message>
    <message>
        <source>EVENTS</source>
        <translation>ÉVÉNEMENTS</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation>FOURNISSEUR</translation>
    </message>
    <message>
        <source>BASE URL</source>
        <translation>URL DE BASE</translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation>ENVIRONNEMENT</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>COMPTE</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu’un d’autre</translation>
    </message>
    <message>
        <source>While you were editing, this endpoint was changed on %1. These fields were changed there and by you. Nothing has been sent yet.</source>
        <translation>Pendant votre modification, cet endpoint a été modifié sur %1. Ces champs ont été modifiés là-bas et par vous. Rien n’a encore été envoyé.</translation>
    </message>
    <message>
        <source>Fields changed on both sides</source>
        <translation>Champs modifiés des deux côtés</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation>À l’ouverture</translation>
    </message>
    <message>
        <source>Now on %1</source>
        <translation>Actuellement sur %1</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Votre valeur</translation>
    </message>
    <message>
        <source>Also changed on %1, and kept as it is there: %2.</source>
        <translation>Également modifié sur %1 et conservé tel quel&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Garder &amp;les leurs</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Garder les &amp;miens</translation>
    </message>
    <message>
        <source>&amp;Back to editing</source>
        <translation>&amp;Retour à l’édition</translation>
    </message>
    <message>
        <source>Send your other changes; these fields stay as they are on %1.</source>
        <translation>Envoyer vos autres modifications&#xa0;; ces champs restent tels qu’ils sont sur %1.</translation>
    </message>
    <message>
        <source>Send your values for these fields, replacing the other change.</source>
        <translation>Envoyer vos valeurs pour ces champs, en remplaçant l’autre modification.</translation>
    </message>
    <message>
        <source>Send nothing; the form continues from %1&apos;s current values with your edits.</source>
        <translation>Ne rien envoyer&#xa0;; le formulaire reprend les valeurs actuelles de %1 avec vos modifications.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Métadonnées</translation>
    </message>
    <message>
        <source>Metadata &quot;%1&quot;</source>
        <translation>Métadonnée &quot;%1&quot;</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>Changed since</source>
        <translation>Modifié depuis</translation>
    </message>
    <message>
        <source>Since that change, this endpoint was changed on %1: these fields no longer hold the values that change set. Reverting them overwrites the later change. Nothing has been sent yet.</source>
        <translation>Depuis cette modification, ce point de terminaison a été modifié sur %1&#xa0;: ces champs n’ont plus les valeurs qu’elle avait définies. Les restaurer écrase la modification ultérieure. Rien n’a encore été envoyé.</translation>
    </message>
    <message>
        <source>Set by that change</source>
        <translation>Défini par cette modification</translation>
    </message>
    <message>
        <source>Before that change</source>
        <translation>Avant cette modification</translation>
    </message>
    <message>
        <source>Revert &amp;anyway</source>
        <translation>Restaurer &amp;quand même</translation>
    </message>
    <message>
        <source>Send the values from before that change, replacing the later change.</source>
        <translation>Envoie les valeurs d’avant cette modification, en remplaçant la modification ultérieure.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Could not start the demo sandbox on 127.0.0.1: %1</source>
        <translation>Impossible de démarrer le bac à sable de démo sur 127.0.0.1&#xa0;: %1</translation>
    </message>
    <message>
        <source>OpenTrain (payroll)</source>
        <translation>OpenTrain (paie)</translation>
    </message>
    <message>
        <source>Layers (marketing)</source>
        <translation>Layers (marketing)</translation>
    </message>
    <message>
        <source>OptimalDial (calls)</source>
        <translation>OptimalDial (appels)</translation>
    </message>
    <message>
        <source>Diligent (compliance)</source>
        <translation>Diligent (conformité)</translation>
    </message>
    <message>
        <source>Atoa (payments)</source>
        <translation>Atoa (paiements)</translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <source>Endpoint failing</source>
        <translation>Endpoint en échec</translation>
    </message>
    <message>
        <source>Endpoint disabled by the provider</source>
        <translation>Endpoint désactivé par le fournisseur</translation>
    </message>
    <message>
        <source>Endpoint disabled</source>
        <translation>Endpoint désactivé</translation>
    </message>
    <message>
        <source>Endpoint recovered</source>
        <translation>Endpoint rétabli</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Compte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Endpoint keeps changing state</source>
        <translation>L’endpoint change sans cesse d’état</translation>
    </message>
    <message numerus="yes">
        <source>Changed state %n times within an hour, now %1. Patchbay stays quiet about it for an hour.</source>
        <translation>
            <numerusform>État changé %n fois en une heure, maintenant %1. Patchbay n’en parle plus pendant une heure.</numerusform>
            <numerusform>État changé %n fois en une heure, maintenant %1. Patchbay n’en parle plus pendant une heure.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n endpoints changed state</source>
        <translation>
            <numerusform>%n endpoint a changé d’état</numerusform>
            <numerusform>%n endpoints ont changé d’état</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1&#xa0;: %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
</context>
<context>
    <name>EditEndpointDialog</name>
    <message>
        <source>own: this account&apos;s events only</source>
        <translation>own&#xa0;: événements de ce compte uniquement</translation>
    </message>
    <message>
        <source>all_children: this account and all its child accounts</source>
        <translation>all_children&#xa0;: ce compte et tous ses sous-comptes</translation>
    </message>
    <message>
        <source>Edit %1 endpoint</source>
        <translation>Modifier l’endpoint %1</translation>
    </message>
    <message>
        <source>Save result</source>
        <translation>Résultat de l’enregistrement</translation>
    </message>
    <message>
        <source>Request preview</source>
        <translation>Aperçu de la requête</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Saving… (Cancel stops waiting)</source>
        <translation>Enregistrement… (Annuler arrête l’attente)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Send the change (Ctrl+Return)</source>
        <translation>Envoyer la modification (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation>URL de l’endpoint</translation>
    </message>
    <message>
        <source>%1 · account %2 · ID %3</source>
        <translation>%1 · compte %2 · ID %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Provider, account and endpoint ID</source>
        <translation>Fournisseur, compte et ID de l’endpoint</translation>
    </message>
    <message>
        <source>Production account: Save asks for confirmation before anything is sent.</source>
        <translation>Compte de production&#xa0;: Enregistrer demande une confirmation avant tout envoi.</translation>
    </message>
    <message>
        <source>Problem with this field</source>
        <translation>Problème dans ce champ</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>%1 does not allow changing the URL; delete and re-create the endpoint.</source>
        <translation>%1 ne permet pas de modifier l’URL&#xa0;; supprimez l’endpoint et recréez-le.</translation>
    </message>
    <message>
        <source>%1 requires https://.</source>
        <translation>%1 exige https://.</translation>
    </message>
    <message>
        <source>https://, or http:// for localhost only.</source>
        <translation>https://, ou http:// pour localhost uniquement.</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Events:</source>
        <translation>É&amp;vénements&#xa0;:</translation>
    </message>
    <message>
        <source>%1 receives the complete list with every change.</source>
        <translation>%1 reçoit la liste complète à chaque modification.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Description length</source>
        <translation>Longueur de la description</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>E&amp;ffacer</translation>
    </message>
    <message>
        <source>Clear the description</source>
        <translation>Effacer la description</translation>
    </message>
    <message>
        <source>Removes the description: %1 receives &quot;%2&quot;: null.</source>
        <translation>Supprime la description&#xa0;: %1 reçoit &quot;%2&quot;: null.</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <source>&amp;Delivering</source>
        <translation>&amp;Livraison active</translation>
    </message>
    <message>
        <source>Delivering</source>
        <translation>Livraison active</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>all_children needs an org:admin key; %1 refuses it otherwise.</source>
        <translation>all_children requiert une clé org:admin&#xa0;; sinon %1 refuse.</translation>
    </message>
    <message>
        <source>Sc&amp;ope:</source>
        <translation>&amp;Portée&#xa0;:</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Métadonnées</translation>
    </message>
    <message>
        <source>Only changed keys are sent; a removed key is sent as &quot;&quot;.</source>
        <translation>Seules les clés modifiées sont envoyées&#xa0;; une clé supprimée est envoyée comme &quot;&quot;.</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation>Secret de signature</translation>
    </message>
    <message>
        <source>Nothing can be sent until these are fixed:</source>
        <translation>Rien ne peut être envoyé tant que ces points ne sont pas corrigés&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing to send: no field changed.</source>
        <translation>Rien à envoyer&#xa0;: aucun champ n’a été modifié.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Paused automatically by %1 (%2).</source>
        <translation>Mis en pause automatiquement par %1 (%2).</translation>
    </message>
    <message>
        <source>Paused automatically by %1: %2</source>
        <translation>Mis en pause automatiquement par %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Disabled by %1: %2</source>
        <translation>Désactivé par %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 says %2.</source>
        <translation>%1 indique %2.</translation>
    </message>
    <message>
        <source>Save sends %1: %2.</source>
        <translation>Enregistrer envoie %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Left unticked it stays %1; only %2 sets that status.</source>
        <translation>Non coché, il reste %1&#xa0;; seul %2 définit ce statut.</translation>
    </message>
    <message>
        <source>Send this change to the production account &quot;%1&quot;?

Endpoint: %2
Fields: %3</source>
        <translation>Envoyer cette modification au compte de production &quot;%1&quot;&#xa0;?

Endpoint&#xa0;: %2
Champs&#xa0;: %3</translation>
    </message>
    <message>
        <source>Send to production</source>
        <translation>Envoyer en production</translation>
    </message>
    <message>
        <source>Change a production endpoint</source>
        <translation>Modifier un endpoint de production</translation>
    </message>
    <message>
        <source>Cancelled. The change may or may not have reached %1; your edits are kept, and Save sends the same change again.</source>
        <translation>Annulé. La modification a pu atteindre %1 ou non&#xa0;; vos modifications sont conservées et Enregistrer renvoie la même modification.</translation>
    </message>
    <message>
        <source>Not saved. %1 answered: %2
Your edits are kept; fix them or press Save to try again.</source>
        <translation>Non enregistré. %1 a répondu&#xa0;: %2
Vos modifications sont conservées&#xa0;; corrigez-les ou appuyez sur Enregistrer pour réessayer.</translation>
    </message>
    <message>
        <source>Stop waiting for the provider</source>
        <translation>Ne plus attendre le fournisseur</translation>
    </message>
    <message>
        <source>Someone changed this endpoint on %1 while you were editing; nothing was sent. The form now shows %1&apos;s current values with your edits on top: check them, then Save again.</source>
        <translation>Quelqu’un a modifié cet endpoint sur %1 pendant votre modification&#xa0;; rien n’a été envoyé. Le formulaire affiche maintenant les valeurs actuelles de %1 avec vos modifications par-dessus&#xa0;: vérifiez-les, puis enregistrez à nouveau.</translation>
    </message>
    <message>
        <source>Not sent. Your edits are kept.</source>
        <translation>Non envoyé. Vos modifications sont conservées.</translation>
    </message>
    <message>
        <source>Clear the URL</source>
        <translation>Effacer l’URL</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Send this change to the account &quot;%1&quot;?

Endpoint: %2
Fields: %3</source>
        <translation>Envoyer cette modification au compte &quot;%1&quot;&#xa0;?

Endpoint&#xa0;: %2
Champs&#xa0;: %3</translation>
    </message>
    <message>
        <source>Send this change?</source>
        <translation>Envoyer cette modification&#xa0;?</translation>
    </message>
</context>
<context>
    <name>EndpointActions</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
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
        <source>Edit the selected endpoint (F2)</source>
        <translation>Modifier l’endpoint sélectionné (F2)</translation>
    </message>
    <message>
        <source>Re-enable the selected endpoints (Ctrl+E)</source>
        <translation>Réactiver les endpoints sélectionnés (Ctrl+E)</translation>
    </message>
    <message>
        <source>Disable the selected endpoints (Ctrl+D)</source>
        <translation>Désactiver les endpoints sélectionnés (Ctrl+D)</translation>
    </message>
    <message>
        <source>Copy a curl command that reads this endpoint; the token stays $PATCHBAY_TOKEN</source>
        <translation>Copier une commande curl qui lit cet endpoint&#xa0;; le jeton reste $PATCHBAY_TOKEN</translation>
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
        <translation>commande curl</translation>
    </message>
    <message>
        <source>Change a production account?</source>
        <translation>Modifier un compte de production&#xa0;?</translation>
    </message>
    <message>
        <source>%1

This changes the production account %2. Continue?</source>
        <translation>%1

Cela modifie le compte de production %2. Continuer&#xa0;?</translation>
    </message>
    <message>
        <source>Re-enable %1</source>
        <translation>Réactiver %1</translation>
    </message>
    <message>
        <source>Disable %1</source>
        <translation>Désactiver %1</translation>
    </message>
    <message>
        <source>Re-enabling %1…</source>
        <translation>Réactivation de %1…</translation>
    </message>
    <message>
        <source>Disabling %1…</source>
        <translation>Désactivation de %1…</translation>
    </message>
    <message>
        <source>Could not re-enable %1: %2</source>
        <translation>Impossible de réactiver %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not disable %1: %2</source>
        <translation>Impossible de désactiver %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Re-enabled %1.</source>
        <translation>%1 réactivé.</translation>
    </message>
    <message>
        <source>Disabled %1.</source>
        <translation>%1 désactivé.</translation>
    </message>
    <message>
        <source>Press Ctrl+Z to undo.</source>
        <translation>Ctrl+Z pour annuler.</translation>
    </message>
    <message>
        <source>Undo failed: %1</source>
        <translation>Échec de l’annulation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Copied the %1 to the clipboard.</source>
        <translation>Copié dans le presse-papiers&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 was already re-enabled on the server; nothing was sent.</source>
        <translation>%1 était déjà réactivé sur le serveur&#xa0;; rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>%1 was already disabled on the server; nothing was sent.</source>
        <translation>%1 était déjà désactivé sur le serveur&#xa0;; rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>Re-enable</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler la modification</translation>
    </message>
    <message>
        <source>Re-e&amp;nable</source>
        <translation>&amp;Réactiver</translation>
    </message>
    <message>
        <source>Copy U&amp;RL</source>
        <translation>Copier l’&amp;URL</translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation>Copier en &amp;curl</translation>
    </message>
    <message>
        <source>Send this change?</source>
        <translation>Envoyer cette modification&#xa0;?</translation>
    </message>
    <message>
        <source>%1

This changes the account %2. Continue?</source>
        <translation>%1

Cela modifie le compte %2. Continuer&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Red&amp;o</source>
        <translation>Ré&amp;tablir</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message numerus="yes">
        <source>%1 disabled it: &quot;%2&quot; after %n failed deliveries. Re-enabling clears that reason and the failure count; they will not come back. The change journal keeps them.</source>
        <translation>
            <numerusform>%1 l’a désactivé&#xa0;: «&#xa0;%2&#xa0;» après %n livraison échouée. La réactivation efface ce motif et le nombre d’échecs&#xa0;; ils ne reviendront pas. Le journal des modifications les conserve.</numerusform>
            <numerusform>%1 l’a désactivé&#xa0;: «&#xa0;%2&#xa0;» après %n livraisons échouées. La réactivation efface ce motif et le nombre d’échecs&#xa0;; ils ne reviendront pas. Le journal des modifications les conserve.</numerusform>
        </translation>
    </message>
    <message>
        <source>Redo failed: %1</source>
        <translation>Échec du rétablissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Redone.</source>
        <translation>Rétabli.</translation>
    </message>
    <message>
        <source>Cannot revert that change: %1</source>
        <translation>Impossible de restaurer l’état d’avant cette modification&#xa0;: %1</translation>
    </message>
    <message>
        <source>Revert the change to %1 sent at %2</source>
        <translation>Restaurer %1 tel qu’avant la modification envoyée le %2</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Nothing was reverted.</source>
        <translation>Rien n’a été restauré.</translation>
    </message>
    <message>
        <source>Could not revert the change to %1: %2</source>
        <translation>Impossible de restaurer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 already holds the values from before that change; nothing was sent.</source>
        <translation>%1 a déjà les valeurs d’avant cette modification&#xa0;; rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>Reverted the change to %1.</source>
        <translation>%1 restauré tel qu’avant la modification.</translation>
    </message>
</context>
<context>
    <name>EndpointCodec</name>
    <message>
        <source>the endpoint has no &quot;%1&quot;</source>
        <translation>l’endpoint n’a pas de &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 endpoint %2: %3</source>
        <translation>Endpoint %1 %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>the reply has no &quot;%1&quot; object</source>
        <translation>la réponse n’a pas d’objet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the list reply has no &quot;%1&quot; array</source>
        <translation>la réponse de liste n’a pas de tableau &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an entry of &quot;%1&quot; is not an object</source>
        <translation>une entrée de &quot;%1&quot; n’est pas un objet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; should be a string or null</source>
        <translation>&quot;%1&quot; devrait être une chaîne ou null</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is longer than %2 characters</source>
        <translation>le champ &quot;%1&quot; dépasse %2 caractères</translation>
    </message>
    <message>
        <source>%1 endpoint: %2</source>
        <translation>Endpoint %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; should be a boolean</source>
        <translation>&quot;%1&quot; devrait être un booléen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; should be a non-negative integer</source>
        <translation>&quot;%1&quot; devrait être un entier positif ou nul</translation>
    </message>
</context>
<context>
    <name>EndpointCommands</name>
    <message>
        <source>Could not read the %1 endpoint &quot;%2&quot;</source>
        <translation>Impossible de lire l’endpoint %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Not possible with %1: %2</source>
        <translation>Impossible avec %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Refused before sending (%1): %2</source>
        <translation>Refusé avant l’envoi (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nothing to change: the %1 endpoint &quot;%2&quot; already has these values; nothing was sent.
</source>
        <translation>Rien à modifier&#xa0;: l’endpoint %1 &quot;%2&quot; a déjà ces valeurs&#xa0;; rien n’a été envoyé.
</translation>
    </message>
    <message>
        <source>Dry run: nothing was sent. The request would be:

</source>
        <translation>Simulation&#xa0;: rien n’a été envoyé. La requête serait&#xa0;:

</translation>
    </message>
    <message>
        <source>Could not update the %1 endpoint &quot;%2&quot;</source>
        <translation>Impossible de mettre à jour l’endpoint %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Updated the %1 endpoint &quot;%2&quot;.

</source>
        <translation>Endpoint %1 &quot;%2&quot; mis à jour.

</translation>
    </message>
    <message>
        <source>Dry run: nothing was sent.</source>
        <translation>Simulation&#xa0;: rien n’a été envoyé.</translation>
    </message>
    <message numerus="yes">
        <source>%1: the provider asked to wait; sending again in %n s.</source>
        <translation>
            <numerusform>%1&#xa0;: le fournisseur demande d’attendre&#xa0;; nouvel envoi dans %n&#xa0;s.</numerusform>
            <numerusform>%1&#xa0;: le fournisseur demande d’attendre&#xa0;; nouvel envoi dans %n&#xa0;s.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: updated</source>
        <translation>%1&#xa0;: mis à jour</translation>
    </message>
    <message>
        <source>%1: nothing to change</source>
        <translation>%1&#xa0;: rien à modifier</translation>
    </message>
    <message>
        <source>%1: dry run, nothing was sent. The request would be:</source>
        <translation>%1&#xa0;: simulation, rien n’a été envoyé. La requête serait&#xa0;:</translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1&#xa0;: échec&#xa0;: %2</translation>
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
        <translation>Désactivé automatiquement par %1</translation>
    </message>
    <message>
        <source>Paused by a person</source>
        <translation>Mis en pause par une personne</translation>
    </message>
    <message>
        <source>Disabled (%1 does not say by whom)</source>
        <translation>Désactivé (%1 ne dit pas par qui)</translation>
    </message>
    <message>
        <source>Endpoint details</source>
        <translation>Détails de l’endpoint</translation>
    </message>
    <message>
        <source>Edit this endpoint</source>
        <translation>Modifier cet endpoint</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Endpoint fields</source>
        <translation>Champs de l’endpoint</translation>
    </message>
    <message>
        <source>Raw JSON from the provider</source>
        <translation>JSON brut du fournisseur</translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation>Copier le JSON</translation>
    </message>
    <message>
        <source>Copy the raw JSON</source>
        <translation>Copier le JSON brut</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>JSON brut</translation>
    </message>
    <message>
        <source>Select an endpoint to see its details.</source>
        <translation>Sélectionnez un endpoint pour voir ses détails.</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoints selected.
Use Re-enable or Disable to change them all at once.</source>
        <translation>
            <numerusform>%n endpoint sélectionné.
Utilisez Réactiver ou Désactiver pour le modifier.</numerusform>
            <numerusform>%n endpoints sélectionnés.
Utilisez Réactiver ou Désactiver pour les modifier tous à la fois.</numerusform>
        </translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Delivering</source>
        <translation>Livraison active</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Disabled at</source>
        <translation>Désactivé le</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Consecutive failures</source>
        <translation>Échecs consécutifs</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Last delivery</source>
        <translation>Dernière livraison</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>Dernier succès</translation>
    </message>
    <message>
        <source>Last failure</source>
        <translation>Dernier échec</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Métadonnées</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation>Secret de signature</translation>
    </message>
    <message>
        <source>Set (write-only, never shown)</source>
        <translation>Défini (en écriture seule, jamais affiché)</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>%1 (write-only, never shown)</source>
        <translation>%1 (en écriture seule, jamais affiché)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
</context>
<context>
    <name>EndpointIds</name>
    <message>
        <source>The endpoint ID is empty.</source>
        <translation>L’ID de l’endpoint est vide.</translation>
    </message>
    <message>
        <source>The endpoint ID &quot;%1&quot; is not a usable ID: it would address another resource than one endpoint.</source>
        <translation>L’ID d’endpoint &quot;%1&quot; n’est pas utilisable&#xa0;: il désignerait une autre ressource qu’un endpoint.</translation>
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
        <translation>Depuis %1</translation>
    </message>
    <message>
        <source>Health: %1</source>
        <translation>État&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Active, failing or disabled; hover a badge for the provider&apos;s own words</source>
        <translation>Actif, en échec ou désactivé&#xa0;; survolez un badge pour lire les termes du fournisseur</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <source>Last delivery</source>
        <translation>Dernière livraison</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>No delivery yet</source>
        <translation>Aucune livraison</translation>
    </message>
    <message>
        <source>%1: none</source>
        <translation>%1&#xa0;: vide</translation>
    </message>
    <message>
        <source>Disabled at %1</source>
        <translation>Désactivé le %1</translation>
    </message>
    <message>
        <source>Failing since %1</source>
        <translation>En échec depuis le %1</translation>
    </message>
    <message>
        <source>Disabled by the provider (%1)</source>
        <translation>Désactivé par le fournisseur (%1)</translation>
    </message>
    <message>
        <source>Disabled by a person</source>
        <translation>Désactivé par une personne</translation>
    </message>
    <message>
        <source>Disabled; by whom is unknown</source>
        <translation>Désactivé&#xa0;; auteur inconnu</translation>
    </message>
    <message>
        <source>When a failing endpoint last failed, or when a disabled one was disabled</source>
        <translation>Dernier échec d’un endpoint en échec, ou date de désactivation d’un endpoint désactivé</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Disabled; the provider does not say since when</source>
        <translation>Désactivé&#xa0;; le fournisseur n’indique pas depuis quand</translation>
    </message>
    <message>
        <source>Failing; the provider does not say since when</source>
        <translation>En échec&#xa0;; le fournisseur n’indique pas depuis quand</translation>
    </message>
</context>
<context>
    <name>ErrorMapping</name>
    <message>
        <source>the reply body is not JSON</source>
        <translation>le corps de la réponse n’est pas du JSON</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>limite de débit atteinte</translation>
    </message>
    <message>
        <source>no complete reply in time</source>
        <translation>pas de réponse complète dans le délai</translation>
    </message>
    <message>
        <source>redirect refused: %1</source>
        <translation>redirection refusée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>EventListEditor</name>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Selected events</source>
        <translation>Événements sélectionnés</translation>
    </message>
    <message>
        <source>Other event name, e.g. %1</source>
        <translation>Autre nom d’événement, p. ex. %1</translation>
    </message>
    <message>
        <source>New event name</source>
        <translation>Nouveau nom d’événement</translation>
    </message>
    <message>
        <source>&amp;Add event</source>
        <translation>&amp;Ajouter l’événement</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>Ajouter l’événement</translation>
    </message>
    <message>
        <source>%1 accepts only these events.</source>
        <translation>%1 n’accepte que ces événements.</translation>
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
        <translation>Heure</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>No HTTP reply: %1</source>
        <translation>Aucune réponse HTTP&#xa0;: %1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ExchangeText</name>
    <message>
        <source>(empty body)</source>
        <translation>(corps vide)</translation>
    </message>
    <message>
        <source>… %1 more bytes not shown</source>
        <translation>… %1 octets de plus non affichés</translation>
    </message>
    <message>
        <source>(no body)</source>
        <translation>(pas de corps)</translation>
    </message>
    <message>
        <source>No HTTP reply after %1.

%2</source>
        <translation>Aucune réponse HTTP après %1.

%2</translation>
    </message>
    <message>
        <source>HTTP %1 after %2</source>
        <translation>HTTP %1 après %2</translation>
    </message>
    <message>
        <source>no reply</source>
        <translation>pas de réponse</translation>
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
        <source>Needs attention</source>
        <translation>À traiter</translation>
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
        <translation>Désactivé automatiquement par %1</translation>
    </message>
    <message>
        <source>Disabled by %1: %2</source>
        <translation>Désactivé par %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Paused by a person</source>
        <translation>Mis en pause par une personne</translation>
    </message>
    <message>
        <source>Disabled (no reason given by %1)</source>
        <translation>Désactivé (aucune raison donnée par %1)</translation>
    </message>
    <message>
        <source>Disabled; %1 does not say by whom</source>
        <translation>Désactivé&#xa0;; %1 ne dit pas par qui</translation>
    </message>
    <message>
        <source>1 failed delivery</source>
        <translation>1 livraison en échec</translation>
    </message>
    <message numerus="yes">
        <source>%n consecutive failed deliveries</source>
        <translation>
            <numerusform>%n échec de livraison consécutif</numerusform>
            <numerusform>%n échecs de livraison consécutifs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 reports status: failing</source>
        <translation>%1 signale le statut&#xa0;: failing</translation>
    </message>
    <message>
        <source>last delivery answered HTTP %1</source>
        <translation>la dernière livraison a reçu HTTP %1</translation>
    </message>
    <message>
        <source>last failure is newer than the last success</source>
        <translation>le dernier échec est plus récent que le dernier succès</translation>
    </message>
    <message numerus="yes">
        <source>Disabled automatically by %1 after %n consecutive failures (inferred: disabled at the time of the last failure)</source>
        <translation>
            <numerusform>Désactivé automatiquement par %1 après %n échec consécutif (déduit&#xa0;: désactivé au moment du dernier échec)</numerusform>
            <numerusform>Désactivé automatiquement par %1 après %n échecs consécutifs (déduit&#xa0;: désactivé au moment du dernier échec)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdList</name>
    <message>
        <source>standard input</source>
        <translation>l’entrée standard</translation>
    </message>
    <message>
        <source>Cannot read the endpoint IDs from standard input: %1</source>
        <translation>Impossible de lire les ID d’endpoints depuis l’entrée standard&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read the endpoint IDs from %1: %2</source>
        <translation>Impossible de lire les ID d’endpoints depuis %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>c’est un dossier</translation>
    </message>
    <message>
        <source>%1 holds no endpoint IDs: nothing was sent.</source>
        <translation>%1 ne contient aucun ID d’endpoint&#xa0;: rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 KiB: not a list of endpoint IDs. Nothing was sent.</source>
        <translation>%1 dépasse %2&#xa0;Kio&#xa0;: ce n’est pas une liste d’ID d’endpoints. Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>%1 has more than %2 lines: split the change. Nothing was sent.</source>
        <translation>%1 a plus de %2 lignes&#xa0;: divisez la modification. Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>it contains a NUL byte</source>
        <translation>elle contient un octet NUL</translation>
    </message>
    <message>
        <source>it is not valid UTF-8</source>
        <translation>ce n’est pas de l’UTF-8 valide</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>it contains a control or invisible character (%1)</source>
        <translation>elle contient un caractère de contrôle ou invisible (%1)</translation>
    </message>
    <message>
        <source>it contains a space: one ID per line</source>
        <translation>elle contient une espace&#xa0;: un ID par ligne</translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <source>The keychain did not answer within %1 seconds.</source>
        <translation>Le trousseau n’a pas répondu dans les %1 secondes.</translation>
    </message>
</context>
<context>
    <name>KeychainLoader</name>
    <message>
        <source>The keychain support could not be loaded (%1).</source>
        <translation>Impossible de charger la prise en charge du trousseau (%1).</translation>
    </message>
</context>
<context>
    <name>ListingCommands</name>
    <message>
        <source>No accounts are saved. Add one with &quot;patchbay-cli accounts add NAME --provider P&quot;, or name a provider with --provider P (the token in %1).</source>
        <translation>Aucun compte n’est enregistré. Ajoutez-en un avec &quot;patchbay-cli accounts add NAME --provider P&quot;, ou indiquez un fournisseur avec --provider P (le jeton dans %1).</translation>
    </message>
    <message>
        <source>There is no account named &quot;%1&quot; (see: patchbay-cli accounts list).</source>
        <translation>Il n’existe aucun compte nommé &quot;%1&quot; (voir&#xa0;: patchbay-cli accounts list).</translation>
    </message>
    <message>
        <source>Could not list the %1 endpoints</source>
        <translation>Impossible de lister les endpoints %1</translation>
    </message>
    <message>
        <source>Could not list the endpoints of the account &quot;%1&quot; (%2)</source>
        <translation>Impossible de lister les endpoints du compte &quot;%1&quot; (%2)</translation>
    </message>
    <message>
        <source>Cannot write the export to &quot;%1&quot;: %2</source>
        <translation>Impossible d’écrire l’export dans &quot;%1&quot;&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not write the export to &quot;%1&quot;: %2 (an existing file is unchanged).</source>
        <translation>Impossible d’écrire l’export dans &quot;%1&quot;&#xa0;: %2 (un fichier existant reste inchangé).</translation>
    </message>
</context>
<context>
    <name>ListingPager</name>
    <message>
        <source>the listing passed %1 in total on page %2; stopped (a provider that never stops paging?)</source>
        <translation>la liste a dépassé %1 au total à la page %2&#xa0;; arrêt (un fournisseur qui pagine sans fin&#xa0;?)</translation>
    </message>
    <message>
        <source>page %1: %2</source>
        <translation>page %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the listing passed %1 endpoints on page %2; stopped (a provider that never stops paging?)</source>
        <translation>la liste a dépassé %1 endpoints à la page %2&#xa0;; arrêt (un fournisseur qui pagine sans fin&#xa0;?)</translation>
    </message>
    <message>
        <source>the listing still had more after %1 pages; stopped</source>
        <translation>la liste continuait encore après %1 pages&#xa0;; arrêt</translation>
    </message>
    <message>
        <source>the provider&apos;s paging goes in a circle: page %1 points back to the cursor of page %2; stopped</source>
        <translation>la pagination du fournisseur tourne en rond&#xa0;: la page %1 renvoie au curseur de la page %2&#xa0;; arrêt</translation>
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
        <source>F&amp;ilter:</source>
        <translation>F&amp;iltre&#xa0;:</translation>
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
        <translation>Affic&amp;hage</translation>
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
        <translation>Patchbay</translation>
    </message>
    <message>
        <source>Reload every account&apos;s endpoints (F5)</source>
        <translation>Recharger les endpoints de tous les comptes (F5)</translation>
    </message>
    <message>
        <source>Change &amp;journal…</source>
        <translation>&amp;Journal des modifications…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Filter by URL, description, event or ID  (Ctrl+F)</source>
        <translation>Filtrer par URL, description, événement ou ID  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter endpoints</source>
        <translation>Filtrer les endpoints</translation>
    </message>
    <message>
        <source>Health filter</source>
        <translation>Filtre d’état</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpoints</translation>
    </message>
    <message>
        <source>Endpoint counts</source>
        <translation>Nombre d’endpoints</translation>
    </message>
    <message>
        <source>&amp;About Patchbay</source>
        <translation>À &amp;propos de Patchbay</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Barre principale</translation>
    </message>
    <message>
        <source>Keychain: %1</source>
        <translation>Trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not load %1: %2</source>
        <translation>Impossible de charger %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Loading %1… 1 endpoint read</source>
        <translation>Chargement de %1… 1 endpoint lu</translation>
    </message>
    <message numerus="yes">
        <source>Loading %1… %n endpoints read</source>
        <translation>
            <numerusform>Chargement de %1… %n endpoint lu</numerusform>
            <numerusform>Chargement de %1… %n endpoints lus</numerusform>
        </translation>
    </message>
    <message>
        <source>No accounts yet</source>
        <translation>Aucun compte pour l’instant</translation>
    </message>
    <message>
        <source>Add an account at OpenTrain, Layers, OptimalDial, Diligent or Atoa. Its token goes straight to the system keychain.</source>
        <translation>Ajoutez un compte OpenTrain, Layers, OptimalDial, Diligent ou Atoa. Son jeton va directement dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Add an account…</source>
        <translation>Ajouter un compte…</translation>
    </message>
    <message>
        <source>Loading endpoints…</source>
        <translation>Chargement des endpoints…</translation>
    </message>
    <message>
        <source>1 endpoint read so far.</source>
        <translation>1 endpoint lu jusqu’ici.</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoints read so far.</source>
        <translation>
            <numerusform>%n endpoint lu jusqu’ici.</numerusform>
            <numerusform>%n endpoints lus jusqu’ici.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load any endpoints</source>
        <translation>Impossible de charger les endpoints</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>No endpoints</source>
        <translation>Aucun endpoint</translation>
    </message>
    <message>
        <source>These accounts have no webhook endpoints yet.</source>
        <translation>Ces comptes n’ont encore aucun endpoint de webhook.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>No endpoint matches</source>
        <translation>Aucun endpoint ne correspond</translation>
    </message>
    <message>
        <source>Nothing matches the filter and the selected account.</source>
        <translation>Rien ne correspond au filtre et au compte sélectionné.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>%1 shown of %2   ·   %3 active   ·   %4 failing   ·   %5 disabled</source>
        <translation>%1 affichés sur %2   ·   %3 actifs   ·   %4 en échec   ·   %5 désactivés</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Press Ctrl+Z to undo.</source>
        <translation>Ctrl+Z pour annuler.</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Effacer le filtre</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Auto-refresh</source>
        <translation>Actualisation a&amp;utomatique</translation>
    </message>
    <message>
        <source>&amp;Fit Columns to Window</source>
        <translation>&amp;Ajuster les colonnes à la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>MetadataEditor</name>
    <message>
        <source>Add &amp;key</source>
        <translation>Ajouter une &amp;clé</translation>
    </message>
    <message>
        <source>&amp;Remove key</source>
        <translation>&amp;Supprimer la clé</translation>
    </message>
    <message>
        <source>Remove a&amp;ll</source>
        <translation>&amp;Tout supprimer</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Métadonnées</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Add metadata key</source>
        <translation>Ajouter une clé de métadonnées</translation>
    </message>
    <message>
        <source>Remove the selected metadata key</source>
        <translation>Supprimer la clé de métadonnées sélectionnée</translation>
    </message>
    <message>
        <source>Remove all metadata</source>
        <translation>Supprimer toutes les métadonnées</translation>
    </message>
    <message>
        <source>Removes every key: Layers receives &quot;metadata&quot;: null.</source>
        <translation>Supprime toutes les clés&#xa0;: Layers reçoit &quot;metadata&quot;: null.</translation>
    </message>
    <message>
        <source>The metadata key &quot;%1&quot; is listed twice.</source>
        <translation>La clé de métadonnées &quot;%1&quot; figure deux fois.</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>Every 30 seconds</source>
        <translation>Toutes les 30 secondes</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>Toutes les minutes</translation>
    </message>
    <message>
        <source>Every 5 minutes</source>
        <translation>Toutes les 5 minutes</translation>
    </message>
    <message>
        <source>Every 15 minutes</source>
        <translation>Toutes les 15 minutes</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>To &amp;production accounts only</source>
        <translation>Aux comptes de &amp;production uniquement</translation>
    </message>
    <message>
        <source>To e&amp;very account</source>
        <translation>À t&amp;ous les comptes</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>System (follows the desktop)</source>
        <translation>Système (suit le bureau)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Auto-refresh</source>
        <translation>Actualisation automatique</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Patchbay uses the new language the next time it starts.</source>
        <translation>Patchbay utilisera la nouvelle langue au prochain démarrage.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <source>Auto-&amp;refresh:</source>
        <translation>A&amp;ctualisation automatique&#xa0;:</translation>
    </message>
    <message>
        <source>Ask before sending a change</source>
        <translation>Demander avant d’envoyer une modification</translation>
    </message>
    <message>
        <source>Changes to production accounts always ask first.</source>
        <translation>Les modifications des comptes de production demandent toujours confirmation.</translation>
    </message>
    <message>
        <source>&amp;Notify only about production accounts</source>
        <translation>&amp;Notifier uniquement pour les comptes de production</translation>
    </message>
    <message>
        <source>Patchbay refreshes and watches for failing endpoints only while it is running; nothing is checked and no notification comes while it is closed.</source>
        <translation>Patchbay n’actualise et ne surveille les endpoints que pendant qu’il tourne&#xa0;; fermé, il ne vérifie rien et n’envoie aucune notification.</translation>
    </message>
    <message>
        <source>Show an &amp;icon in the system tray</source>
        <translation>Afficher une &amp;icône dans la zone de notification</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when the window is closed</source>
        <translation>Continuer dans la zone de notification à la &amp;fermeture de la fenêtre</translation>
    </message>
    <message>
        <source>Watching goes on while Patchbay runs in the tray; File ▸ Quit or Quit in the tray icon&apos;s menu stops it.</source>
        <translation>La surveillance continue tant que Patchbay tourne dans la zone de notification&#xa0;; Fichier ▸ Quitter ou Quitter dans le menu de l’icône l’arrête.</translation>
    </message>
</context>
<context>
    <name>ProxyPolicy</name>
    <message>
        <source>the proxy scheme &quot;%1&quot; is not supported (use http:// or socks5://).</source>
        <translation>le schéma de proxy &quot;%1&quot; n’est pas pris en charge (utilisez http:// ou socks5://).</translation>
    </message>
    <message>
        <source>it is not a valid proxy address (expected [http://]host[:port]).</source>
        <translation>ce n’est pas une adresse de proxy valide (attendu&#xa0;: [http://]host[:port]).</translation>
    </message>
    <message>
        <source>The environment variable %1 cannot be used: %2</source>
        <translation>La variable d’environnement %1 ne peut pas être utilisée&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <source>field &quot;%1&quot; has the unknown value &quot;%2&quot; (expected one of: %3)</source>
        <translation>le champ &quot;%1&quot; a la valeur inconnue &quot;%2&quot; (attendu l’un de&#xa0;: %3)</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; should be a non-negative integer but is %2</source>
        <translation>le champ &quot;%1&quot; devrait être un entier positif ou nul, mais vaut %2</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is not an RFC 3339 date-time: %2</source>
        <translation>le champ &quot;%1&quot; n’est pas une date-heure RFC 3339&#xa0;: %2</translation>
    </message>
    <message>
        <source>the required field &quot;%1&quot; is missing</source>
        <translation>le champ obligatoire &quot;%1&quot; est absent</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; should be a %2 but is %3</source>
        <translation>le champ &quot;%1&quot; devrait être de type %2, mais vaut %3</translation>
    </message>
</context>
<context>
    <name>RequestInspectorDock</name>
    <message>
        <source>Request inspector</source>
        <translation>Inspecteur de requêtes</translation>
    </message>
    <message>
        <source>Filter by method, URL, status or account</source>
        <translation>Filtrer par méthode, URL, statut ou compte</translation>
    </message>
    <message>
        <source>Filter requests</source>
        <translation>Filtrer les requêtes</translation>
    </message>
    <message>
        <source>Shows only the requests whose method, URL, status or account contain this text</source>
        <translation>N’affiche que les requêtes dont la méthode, l’URL, le statut ou le compte contient ce texte</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Copier en curl</translation>
    </message>
    <message>
        <source>Copy the selected request as a curl command (%1). The token is $PATCHBAY_TOKEN.</source>
        <translation>Copier la requête sélectionnée en commande curl (%1). Le jeton est $PATCHBAY_TOKEN.</translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation>Copier l’URL</translation>
    </message>
    <message>
        <source>Copy response</source>
        <translation>Copier la réponse</translation>
    </message>
    <message>
        <source>Copy the selected response body, or its error</source>
        <translation>Copier le corps de la réponse sélectionnée, ou son erreur</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Remove every request from the inspector</source>
        <translation>Retirer toutes les requêtes de l’inspecteur</translation>
    </message>
    <message>
        <source>Clear requests</source>
        <translation>Effacer les requêtes</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Request details</source>
        <translation>Détails de la requête</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>curl</source>
        <translation>curl</translation>
    </message>
    <message>
        <source>Request sent</source>
        <translation>Requête envoyée</translation>
    </message>
    <message>
        <source>Response received</source>
        <translation>Réponse reçue</translation>
    </message>
    <message>
        <source>Request as curl command</source>
        <translation>Requête en commande curl</translation>
    </message>
    <message>
        <source>1 request</source>
        <translation>1 requête</translation>
    </message>
    <message numerus="yes">
        <source>%n requests</source>
        <translation>
            <numerusform>%n requête</numerusform>
            <numerusform>%n requêtes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>No requests yet. Every request Patchbay sends appears here, with its response, tokens redacted.</source>
        <translation>Aucune requête pour l’instant. Chaque requête envoyée par Patchbay apparaît ici avec sa réponse, jetons masqués.</translation>
    </message>
    <message>
        <source>Select a request to see it here.</source>
        <translation>Sélectionnez une requête pour l’afficher ici.</translation>
    </message>
    <message>
        <source>(body dropped: the inspector keeps the newest %1 of bodies)</source>
        <translation>(corps supprimé : l’inspecteur ne garde que les %1 de corps les plus récents)</translation>
    </message>
</context>
<context>
    <name>RequestPreviewView</name>
    <message>
        <source>Copy as &amp;curl</source>
        <translation>Cop&amp;ier en curl</translation>
    </message>
    <message>
        <source>The exact request Save will send (token redacted):</source>
        <translation>La requête exacte qu’Enregistrer enverra (jeton masqué)&#xa0;:</translation>
    </message>
    <message>
        <source>Request preview</source>
        <translation>Aperçu de la requête</translation>
    </message>
    <message>
        <source>Copy the request as a curl command</source>
        <translation>Copier la requête en commande curl</translation>
    </message>
    <message>
        <source>Copies a curl command for this request; the token is written as $PATCHBAY_TOKEN and never copied.</source>
        <translation>Copie une commande curl pour cette requête&#xa0;; le jeton est écrit $PATCHBAY_TOKEN et jamais copié.</translation>
    </message>
</context>
<context>
    <name>RevertPlan</name>
    <message>
        <source>That change did not go through; there is nothing to revert.</source>
        <translation>Cette modification n’a pas abouti&#xa0;; il n’y a rien à restaurer.</translation>
    </message>
    <message>
        <source>The journal does not hold the endpoint as it was before that change.</source>
        <translation>Le journal ne contient pas le point de terminaison tel qu’il était avant cette modification.</translation>
    </message>
    <message>
        <source>The journal does not hold the body that change sent.</source>
        <translation>Le journal ne contient pas le corps envoyé par cette modification.</translation>
    </message>
    <message>
        <source>The secret cannot be restored: it is write-only and was never kept.</source>
        <translation>Le secret ne peut pas être restauré&#xa0;: il est en écriture seule et n’a jamais été conservé.</translation>
    </message>
    <message>
        <source>The previous state cannot be sent back: %1</source>
        <translation>L’état précédent ne peut pas être renvoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>That change left nothing to revert.</source>
        <translation>Cette modification n’a rien laissé à restaurer.</translation>
    </message>
</context>
<context>
    <name>SaveJob</name>
    <message>
        <source>could not re-read the endpoint before saving, so nothing was sent: %1</source>
        <translation>impossible de relire l’endpoint avant l’enregistrement, donc rien n’a été envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 changed on the server since it was loaded; nothing was sent. Refresh and try again.</source>
        <translation>%1 a été modifié sur le serveur depuis son chargement&#xa0;; rien n’a été envoyé. Actualisez et réessayez.</translation>
    </message>
    <message>
        <source>nothing was sent; continue editing from the server&apos;s copy</source>
        <translation>rien n’a été envoyé&#xa0;; poursuivez la modification à partir de la version du serveur</translation>
    </message>
    <message>
        <source>together with the server&apos;s current values the change is not possible: %1</source>
        <translation>avec les valeurs actuelles du serveur, la modification n’est pas possible&#xa0;: %1</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>non envoyé</translation>
    </message>
    <message>
        <source>cancelled by the user</source>
        <translation>annulé par l’utilisateur</translation>
    </message>
</context>
<context>
    <name>SecretEditor</name>
    <message>
        <source>User name:</source>
        <translation>Nom d’utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Header name:</source>
        <translation>Nom de l’en-tête&#xa0;:</translation>
    </message>
    <message>
        <source>Header value:</source>
        <translation>Valeur de l’en-tête&#xa0;:</translation>
    </message>
    <message>
        <source>Basic (user name and password)</source>
        <translation>Basic (nom d’utilisateur et mot de passe)</translation>
    </message>
    <message>
        <source>Header (name and value)</source>
        <translation>En-tête (nom et valeur)</translation>
    </message>
    <message>
        <source>No authentication is set.</source>
        <translation>Aucune authentification n’est définie.</translation>
    </message>
    <message>
        <source>No secret is set.</source>
        <translation>Aucun secret n’est défini.</translation>
    </message>
    <message>
        <source>Authentication is set (%1). Its value is write-only and cannot be shown.</source>
        <translation>L’authentification est définie (%1). Sa valeur est en écriture seule et ne peut pas être affichée.</translation>
    </message>
    <message>
        <source>Authentication is set. Its value is write-only and cannot be shown.</source>
        <translation>L’authentification est définie. Sa valeur est en écriture seule et ne peut pas être affichée.</translation>
    </message>
    <message>
        <source>A secret is set. It is write-only and cannot be shown.</source>
        <translation>Un secret est défini. Il est en écriture seule et ne peut pas être affiché.</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>C&amp;onserver</translation>
    </message>
    <message>
        <source>Re&amp;place</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Suppri&amp;mer</translation>
    </message>
    <message>
        <source>Keep the authentication</source>
        <translation>Conserver l’authentification</translation>
    </message>
    <message>
        <source>Keep the secret</source>
        <translation>Conserver le secret</translation>
    </message>
    <message>
        <source>Replace the authentication</source>
        <translation>Remplacer l’authentification</translation>
    </message>
    <message>
        <source>Replace the secret</source>
        <translation>Remplacer le secret</translation>
    </message>
    <message>
        <source>Remove the authentication</source>
        <translation>Supprimer l’authentification</translation>
    </message>
    <message>
        <source>Remove the secret</source>
        <translation>Supprimer le secret</translation>
    </message>
    <message>
        <source>There is nothing to remove.</source>
        <translation>Il n’y a rien à supprimer.</translation>
    </message>
    <message>
        <source>New secret</source>
        <translation>Nouveau secret</translation>
    </message>
    <message>
        <source>The new signing secret</source>
        <translation>Le nouveau secret de signature</translation>
    </message>
    <message>
        <source>New &amp;secret:</source>
        <translation>Nouveau &amp;secret&#xa0;:</translation>
    </message>
    <message>
        <source>Authentication method</source>
        <translation>Méthode d’authentification</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>Mét&amp;hode&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Endpoint table</source>
        <translation>Tableau des endpoints</translation>
    </message>
    <message>
        <source>Filter field</source>
        <translation>Champ de filtre</translation>
    </message>
    <message>
        <source>Request inspector</source>
        <translation>Inspecteur de requêtes</translation>
    </message>
    <message>
        <source>Edit dialog</source>
        <translation>Fenêtre de modification</translation>
    </message>
    <message>
        <source>Accounts dialog</source>
        <translation>Fenêtre des comptes</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <source>Previous or next endpoint</source>
        <translation>Endpoint précédent ou suivant</translation>
    </message>
    <message>
        <source>A page up or down, the first or last endpoint</source>
        <translation>Une page plus haut ou plus bas, premier ou dernier endpoint</translation>
    </message>
    <message>
        <source>Extend the selection</source>
        <translation>Étendre la sélection</translation>
    </message>
    <message>
        <source>Select every endpoint shown</source>
        <translation>Sélectionner tous les endpoints affichés</translation>
    </message>
    <message>
        <source>Actions for the selection</source>
        <translation>Actions sur la sélection</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Effacer le filtre</translation>
    </message>
    <message>
        <source>Copy the selected request as a curl command</source>
        <translation>Copier la requête sélectionnée en commande curl</translation>
    </message>
    <message>
        <source>Save the change</source>
        <translation>Enregistrer la modification</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Remove the selected account</source>
        <translation>Supprimer le compte sélectionné</translation>
    </message>
    <message>
        <source>Next or previous control (also out of the table)</source>
        <translation>Élément suivant ou précédent (sort aussi du tableau)</translation>
    </message>
    <message>
        <source>Open the menu or control whose letter is underlined</source>
        <translation>Ouvrir le menu ou l’élément dont la lettre est soulignée</translation>
    </message>
    <message>
        <source>underlined letter</source>
        <extracomment>Follows &quot;Alt+&quot;: Alt and the letter underlined in a menu&apos;s or a control&apos;s name.</extracomment>
        <translation>lettre soulignée</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SnoozePanel</name>
    <message>
        <source>Snoozed notifications</source>
        <translation>Notifications suspendues</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Suspendre</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu’à</translation>
    </message>
    <message>
        <source>Resume the selected notifications</source>
        <translation>Reprendre les notifications sélectionnées</translation>
    </message>
    <message>
        <source>Account to snooze</source>
        <translation>Compte à suspendre</translation>
    </message>
    <message>
        <source>Snooze length</source>
        <translation>Durée de la suspension</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Pendant 1 heure</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Jusqu’à demain</translation>
    </message>
    <message>
        <source>Until each endpoint is active</source>
        <translation>Jusqu’à ce que chaque endpoint soit actif</translation>
    </message>
    <message>
        <source>Snooze the account&apos;s notifications</source>
        <translation>Suspendre les notifications du compte</translation>
    </message>
    <message>
        <source>Snooze a whole a&amp;ccount:</source>
        <translation>Suspendre tout un co&amp;mpte&#xa0;:</translation>
    </message>
    <message>
        <source>Resume and Snooze take effect at once; Cancel does not undo them.</source>
        <translation>Reprendre et Suspendre agissent immédiatement&#xa0;; Annuler ne les défait pas.</translation>
    </message>
    <message>
        <source>All endpoints</source>
        <translation>Tous les endpoints</translation>
    </message>
    <message>
        <source>Each endpoint is active</source>
        <translation>Tous les endpoints actifs</translation>
    </message>
    <message>
        <source>It recovers</source>
        <translation>Son rétablissement</translation>
    </message>
</context>
<context>
    <name>StatePage</name>
    <message>
        <source>Loading progress</source>
        <translation>Progression du chargement</translation>
    </message>
    <message>
        <source>State action</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>TlsTrust</name>
    <message>
        <source>The CA file &quot;%1&quot; cannot be used: %2</source>
        <translation>Le fichier CA &quot;%1&quot; ne peut pas être utilisé&#xa0;: %2</translation>
    </message>
    <message>
        <source>no file name was given.</source>
        <translation>aucun nom de fichier n’a été indiqué.</translation>
    </message>
    <message>
        <source>it is a folder, not a file.</source>
        <translation>c’est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>it cannot be read (%1).</source>
        <translation>il ne peut pas être lu (%1).</translation>
    </message>
    <message>
        <source>it is larger than %1 MiB.</source>
        <translation>il dépasse %1 Mio.</translation>
    </message>
    <message>
        <source>it is empty.</source>
        <translation>il est vide.</translation>
    </message>
    <message>
        <source>it holds a private key but no certificate. Choose the CA&apos;s certificate; a private key never belongs here.</source>
        <translation>il contient une clé privée mais aucun certificat. Choisissez le certificat de la CA&#xa0;; une clé privée n’a jamais sa place ici.</translation>
    </message>
    <message>
        <source>its certificate is damaged.</source>
        <translation>son certificat est endommagé.</translation>
    </message>
    <message>
        <source>it holds no PEM certificate (&quot;-----BEGIN CERTIFICATE-----&quot;).</source>
        <translation>il ne contient aucun certificat PEM (&quot;-----BEGIN CERTIFICATE-----&quot;).</translation>
    </message>
    <message numerus="yes">
        <source>%n of its certificates are damaged.</source>
        <translation>
            <numerusform>%n de ses certificats est endommagé.</numerusform>
            <numerusform>%n de ses certificats sont endommagés.</numerusform>
        </translation>
    </message>
    <message>
        <source>one of its certificates is damaged.</source>
        <translation>un de ses certificats est endommagé.</translation>
    </message>
    <message>
        <source>it holds no CA certificate (a server&apos;s own certificate cannot vouch for others). Choose the certificate of the authority that signed the server&apos;s certificate.</source>
        <translation>il ne contient aucun certificat de CA (le certificat propre d’un serveur ne peut pas en garantir d’autres). Choisissez le certificat de l’autorité qui a signé celui du serveur.</translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <source>No token stored for account “%1”.</source>
        <translation>Aucun jeton enregistré pour le compte «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The keychain is locked: %1</source>
        <translation>Le trousseau est verrouillé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not remove the token of account “%1” from the keychain: %2</source>
        <translation>Impossible de supprimer du trousseau le jeton du compte «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>No keychain (Secret Service) is available: %1</source>
        <translation>Aucun trousseau (Secret Service) disponible&#xa0;: %1</translation>
    </message>
    <message>
        <source>The token for account “%1” is empty, longer than %2 characters, or contains spaces or control characters.</source>
        <translation>Le jeton du compte «&#xa0;%1&#xa0;» est vide, dépasse %2 caractères ou contient des espaces ou des caractères de contrôle.</translation>
    </message>
    <message>
        <source>The keychain is locked: the token of account “%1” could not be removed.</source>
        <translation>Le trousseau est verrouillé&#xa0;: le jeton du compte «&#xa0;%1&#xa0;» n’a pas pu être supprimé.</translation>
    </message>
    <message>
        <source>Could not remove the token of account “%1” from the keychain.</source>
        <translation>Impossible de supprimer du trousseau le jeton du compte «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No account name was given for the token.</source>
        <translation>Aucun nom de compte n’a été indiqué pour le jeton.</translation>
    </message>
    <message>
        <source>The keychain is locked: the token of account “%1” is stored but could not be unlocked.</source>
        <translation>Le trousseau est verrouillé&#xa0;: le jeton du compte «&#xa0;%1&#xa0;» est enregistré mais n’a pas pu être déverrouillé.</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>(no Location)</source>
        <translation>(sans Location)</translation>
    </message>
    <message>
        <source>cancelled by the user</source>
        <translation>annulé par l’utilisateur</translation>
    </message>
    <message>
        <source>no complete reply within %1 s (the limit covers the whole exchange, from connecting to the last byte)</source>
        <translation>pas de réponse complète en %1 s (la limite couvre tout l’échange, de la connexion au dernier octet)</translation>
    </message>
    <message>
        <source>the reply unpacks (Content-Encoding %1) to more than %2; not read</source>
        <translation>la réponse décompressée (Content-Encoding %1) dépasse %2&#xa0;; non lue</translation>
    </message>
    <message>
        <source>the reply is larger than %1; not read</source>
        <translation>la réponse dépasse %1&#xa0;; non lue</translation>
    </message>
    <message>
        <source>the server redirected to another origin (%1); not followed: the request carries the token</source>
        <translation>le serveur a redirigé vers une autre origine (%1)&#xa0;; non suivi&#xa0;: la requête porte le jeton</translation>
    </message>
    <message>
        <source>the server redirected more than %1 times (last to %2); stopped</source>
        <translation>le serveur a redirigé plus de %1 fois (en dernier vers %2)&#xa0;; arrêt</translation>
    </message>
    <message>
        <source>the reply was cut off: %1 of the %2 bytes it announced arrived</source>
        <translation>la réponse a été tronquée&#xa0;: %1 des %2 octets annoncés sont arrivés</translation>
    </message>
    <message>
        <source>the reply could not be unpacked within the limits (Content-Encoding %1); a decompression bomb?</source>
        <translation>la réponse n’a pas pu être décompressée dans les limites (Content-Encoding %1)&#xa0;; une bombe de décompression&#xa0;?</translation>
    </message>
    <message>
        <source>the reply broke off: %1</source>
        <translation>la réponse s’est interrompue&#xa0;: %1</translation>
    </message>
    <message>
        <source>the server answered the %1 with a redirect to %2. A change is never re-sent to another address, so it may not have been applied: refresh to see the endpoint as it is now.</source>
        <translation>le serveur a répondu à la requête %1 par une redirection vers %2. Une modification n’est jamais renvoyée à une autre adresse, elle n’a donc peut-être pas été appliquée&#xa0;: actualisez pour voir l’état actuel de l’endpoint.</translation>
    </message>
    <message>
        <source>HTTP %1 is not a reply Patchbay can use (Location: %2)</source>
        <translation>HTTP %1 n’est pas une réponse utilisable par Patchbay (Location&#xa0;: %2)</translation>
    </message>
    <message>
        <source>no usable HTTP reply (status %1)</source>
        <translation>aucune réponse HTTP utilisable (statut %1)</translation>
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
        <translation>Aucun endpoint en échec ou désactivé</translation>
    </message>
    <message>
        <source>1 endpoint failing</source>
        <translation>1 endpoint en échec</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoints failing</source>
        <translation>
            <numerusform>%n endpoint en échec</numerusform>
            <numerusform>%n endpoints en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>1 endpoint disabled</source>
        <translation>1 endpoint désactivé</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoints disabled</source>
        <translation>
            <numerusform>%n endpoint désactivé</numerusform>
            <numerusform>%n endpoints désactivés</numerusform>
        </translation>
    </message>
    <message>
        <source>This desktop has no system tray.</source>
        <translation>Ce bureau n’a pas de zone de notification.</translation>
    </message>
    <message>
        <source>&amp;Show Patchbay</source>
        <translation>&amp;Afficher Patchbay</translation>
    </message>
    <message>
        <source>&amp;Refresh All</source>
        <translation>&amp;Tout actualiser</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Patchbay keeps running</source>
        <translation>Patchbay continue de tourner</translation>
    </message>
    <message>
        <source>Patchbay is still watching your endpoints. Use the tray icon to open it again, or Quit in its menu to stop.</source>
        <translation>Patchbay surveille toujours vos endpoints. Cliquez sur l’icône de la zone de notification pour le rouvrir, ou sur Quitter dans son menu pour l’arrêter.</translation>
    </message>
</context>
<context>
    <name>UndoHistory</name>
    <message>
        <source>Red&amp;o re-enable of %1</source>
        <translation>Ré&amp;tablir la réactivation de %1</translation>
    </message>
    <message>
        <source>&amp;Undo re-enable of %1</source>
        <translation>&amp;Annuler la réactivation de %1</translation>
    </message>
    <message>
        <source>Red&amp;o disable of %1</source>
        <translation>Ré&amp;tablir la désactivation de %1</translation>
    </message>
    <message>
        <source>&amp;Undo disable of %1</source>
        <translation>&amp;Annuler la désactivation de %1</translation>
    </message>
    <message>
        <source>Red&amp;o URL change of %1</source>
        <translation>Ré&amp;tablir le changement d’URL de %1</translation>
    </message>
    <message>
        <source>&amp;Undo URL change of %1</source>
        <translation>&amp;Annuler le changement d’URL de %1</translation>
    </message>
    <message>
        <source>Red&amp;o event change of %1</source>
        <translation>Ré&amp;tablir la modification des événements de %1</translation>
    </message>
    <message>
        <source>&amp;Undo event change of %1</source>
        <translation>&amp;Annuler la modification des événements de %1</translation>
    </message>
    <message>
        <source>Red&amp;o description change of %1</source>
        <translation>Ré&amp;tablir la modification de la description de %1</translation>
    </message>
    <message>
        <source>&amp;Undo description change of %1</source>
        <translation>&amp;Annuler la modification de la description de %1</translation>
    </message>
    <message>
        <source>Red&amp;o secret rotation of %1</source>
        <translation>Ré&amp;tablir le renouvellement du secret de %1</translation>
    </message>
    <message>
        <source>&amp;Undo secret rotation of %1</source>
        <translation>&amp;Annuler le renouvellement du secret de %1</translation>
    </message>
    <message>
        <source>Red&amp;o change of %1</source>
        <translation>Ré&amp;tablir la modification de %1</translation>
    </message>
    <message>
        <source>&amp;Undo change of %1</source>
        <translation>&amp;Annuler la modification de %1</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>The URL is required.</source>
        <translation>L’URL est obligatoire.</translation>
    </message>
    <message>
        <source>The URL must not start or end with spaces.</source>
        <translation>L’URL ne doit pas commencer ni se terminer par des espaces.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid absolute URL.</source>
        <translation>&quot;%1&quot; n’est pas une URL absolue valide.</translation>
    </message>
    <message>
        <source>%1 requires the URL to start with https://.</source>
        <translation>%1 exige que l’URL commence par https://.</translation>
    </message>
    <message>
        <source>%1 accepts http:// only for localhost; use https://.</source>
        <translation>%1 n’accepte http:// que pour localhost&#xa0;; utilisez https://.</translation>
    </message>
    <message>
        <source>The URL must use https:// (it uses %1://).</source>
        <translation>L’URL doit utiliser https:// (elle utilise %1://).</translation>
    </message>
    <message>
        <source>%1 needs at least one event.</source>
        <translation>%1 requiert au moins un événement.</translation>
    </message>
    <message numerus="yes">
        <source>%1 needs at least %n events.</source>
        <translation>
            <numerusform>%1 requiert au moins %n événement.</numerusform>
            <numerusform>%1 requiert au moins %n événements.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 accepts at most %2 events; %3 are selected.</source>
        <translation>%1 accepte au plus %2 événements&#xa0;; %3 sont sélectionnés.</translation>
    </message>
    <message>
        <source>An event name is empty.</source>
        <translation>Un nom d’événement est vide.</translation>
    </message>
    <message>
        <source>The event &quot;%1&quot; is listed twice.</source>
        <translation>L’événement &quot;%1&quot; figure deux fois.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an event %2 offers (%3).</source>
        <translation>&quot;%1&quot; n’est pas un événement proposé par %2 (%3).</translation>
    </message>
    <message>
        <source>%1 allows at most %2 characters in the description; this one has %3.</source>
        <translation>%1 autorise au plus %2 caractères dans la description&#xa0;; celle-ci en a %3.</translation>
    </message>
    <message>
        <source>Choose an authentication method and fill in its fields.</source>
        <translation>Choisissez une méthode d’authentification et remplissez ses champs.</translation>
    </message>
    <message>
        <source>The authentication field &quot;%1&quot; is required.</source>
        <translation>Le champ d’authentification &quot;%1&quot; est obligatoire.</translation>
    </message>
    <message>
        <source>Authentication must use exactly one method, never mixed: %1.</source>
        <translation>L’authentification doit utiliser exactement une méthode, jamais un mélange&#xa0;: %1.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>%1 does not allow changing the URL of an endpoint; delete it and create a new one.</source>
        <translation>%1 ne permet pas de modifier l’URL d’un endpoint&#xa0;; supprimez-le et créez-en un nouveau.</translation>
    </message>
    <message>
        <source>%1 has no event list.</source>
        <translation>%1 n’a pas de liste d’événements.</translation>
    </message>
    <message>
        <source>%1 endpoints have no description.</source>
        <translation>Les endpoints %1 n’ont pas de description.</translation>
    </message>
    <message>
        <source>%1 endpoints cannot be enabled or disabled through the API.</source>
        <translation>Les endpoints %1 ne peuvent pas être activés ou désactivés via l’API.</translation>
    </message>
    <message>
        <source>%1 endpoints have no metadata.</source>
        <translation>Les endpoints %1 n’ont pas de métadonnées.</translation>
    </message>
    <message>
        <source>A metadata key is empty.</source>
        <translation>Une clé de métadonnées est vide.</translation>
    </message>
    <message>
        <source>The metadata key &quot;%1&quot; has no value; remove the key instead.</source>
        <translation>La clé de métadonnées &quot;%1&quot; n’a pas de valeur&#xa0;; supprimez plutôt la clé.</translation>
    </message>
    <message>
        <source>%1 endpoints have no delivery scope.</source>
        <translation>Les endpoints %1 n’ont pas de portée de livraison.</translation>
    </message>
    <message>
        <source>The scope must be one of: %1.</source>
        <translation>La portée doit être l’une de&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 endpoints have no secret that can be set here.</source>
        <translation>Les endpoints %1 n’ont pas de secret modifiable ici.</translation>
    </message>
    <message>
        <source>The new secret is empty; choose &quot;Remove&quot; to remove the secret.</source>
        <translation>Le nouveau secret est vide&#xa0;; choisissez «&#xa0;Supprimer&#xa0;» pour supprimer le secret.</translation>
    </message>
</context>
<context>
    <name>ViewExporter</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Save the endpoints shown, with the filters applied, as CSV or JSON</source>
        <translation>Enregistrer les endpoints affichés, filtres appliqués, en CSV ou JSON</translation>
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
        <translation>Exporter les endpoints</translation>
    </message>
    <message>
        <source>Exported 1 endpoint to %1.</source>
        <translation>1 endpoint exporté vers %1.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n endpoints to %1.</source>
        <translation>
            <numerusform>%n endpoint exporté vers %1.</numerusform>
            <numerusform>%n endpoints exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>Impossible d’exporter vers %1 : %2</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation en cours…</translation>
    </message>
</context>
<context>
    <name>WatchNotifications</name>
    <message>
        <source>S&amp;nooze Notifications</source>
        <translation>Suspendre les &amp;notifications</translation>
    </message>
    <message>
        <source>For 1 &amp;Hour</source>
        <translation>Pendant 1 &amp;heure</translation>
    </message>
    <message>
        <source>Until &amp;Tomorrow</source>
        <translation>Jusqu’à &amp;demain</translation>
    </message>
    <message>
        <source>Until It &amp;Recovers</source>
        <translation>Jusqu’à son &amp;rétablissement</translation>
    </message>
    <message>
        <source>All of %1 for 1 Hour</source>
        <translation>Tout %1 pendant 1 heure</translation>
    </message>
    <message>
        <source>All of %1 until Tomorrow</source>
        <translation>Tout %1 jusqu’à demain</translation>
    </message>
    <message>
        <source>All of %1 until Each Endpoint Is Active</source>
        <translation>Tout %1 jusqu’à ce que chaque endpoint soit actif</translation>
    </message>
    <message>
        <source>Resume &amp;Notifications</source>
        <translation>Reprendre les n&amp;otifications</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Nothing to undo.</source>
        <translation>Rien à annuler.</translation>
    </message>
    <message>
        <source>The secret cannot be restored: it is write-only and was never readable.</source>
        <translation>Le secret ne peut pas être restauré&#xa0;: il est en écriture seule et n’a jamais été lisible.</translation>
    </message>
    <message>
        <source>The previous state cannot be sent back: %1</source>
        <translation>L’état précédent ne peut pas être renvoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The last change left nothing to undo.</source>
        <translation>La dernière modification n’a rien laissé à annuler.</translation>
    </message>
    <message>
        <source>No token for this account; add it in File → Accounts.</source>
        <translation>Aucun jeton pour ce compte&#xa0;; ajoutez-le dans Fichier → Comptes.</translation>
    </message>
    <message>
        <source>Red&amp;o</source>
        <translation>Ré&amp;tablir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation>Rien à rétablir.</translation>
    </message>
    <message>
        <source>The previous undo or redo is still on its way.</source>
        <translation>L’annulation ou le rétablissement précédent est encore en cours.</translation>
    </message>
    <message>
        <source>The account of that change is gone.</source>
        <translation>Le compte de cette modification n’existe plus.</translation>
    </message>
    <message>
        <source>The new secret is not sent again: it was never kept.</source>
        <translation>Le nouveau secret n’est pas renvoyé&#xa0;: il n’a jamais été conservé.</translation>
    </message>
    <message>
        <source>The change cannot be sent again: %1</source>
        <translation>La modification ne peut pas être renvoyée&#xa0;: %1</translation>
    </message>
    <message>
        <source>That change left nothing to redo.</source>
        <translation>Cette modification n’a rien laissé à rétablir.</translation>
    </message>
    <message>
        <source>The account %1 is no longer set up.</source>
        <translation>Le compte %1 n’est plus configuré.</translation>
    </message>
    <message>
        <source>Nothing to redo: a secret rotation cannot be sent again, it was never kept.</source>
        <translation>Rien à rétablir : un changement de secret ne peut pas être renvoyé, le secret n’a jamais été conservé.</translation>
    </message>
    <message>
        <source>Nothing to undo: a secret rotation cannot be undone, secrets are write-only.</source>
        <translation>Rien à annuler : un changement de secret ne peut pas être annulé, les secrets sont en écriture seule.</translation>
    </message>
    <message>
        <source>Skips a secret rotation: it cannot be sent again.</source>
        <translation>Ignore un changement de secret : il ne peut pas être renvoyé.</translation>
    </message>
    <message>
        <source>Skips the newer secret rotation: secrets are write-only and cannot be restored.</source>
        <translation>Ignore le changement de secret plus récent : les secrets sont en écriture seule et ne peuvent pas être restaurés.</translation>
    </message>
    <message numerus="yes">
        <source>Skips %n secret rotations: they cannot be sent again.</source>
        <translation>
            <numerusform>Ignore %n changement de secret : il ne peut pas être renvoyé.</numerusform>
            <numerusform>Ignore %n changements de secret : ils ne peuvent pas être renvoyés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skips %n newer secret rotations: secrets are write-only and cannot be restored.</source>
        <translation>
            <numerusform>Ignore %n changement de secret plus récent : les secrets sont en écriture seule et ne peuvent pas être restaurés.</numerusform>
            <numerusform>Ignore %n changements de secret plus récents : les secrets sont en écriture seule et ne peuvent pas être restaurés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>New secret (input hidden): </source>
        <translation>Nouveau secret (saisie masquée)&#xa0;: </translation>
    </message>
    <message>
        <source>Try: patchbay-cli --help</source>
        <translation>Essayez&#xa0;: patchbay-cli --help</translation>
    </message>
    <message>
        <source>Console for webhook endpoints at OpenTrain, Layers, OptimalDial, Diligent and Atoa.</source>
        <translation>Console des endpoints de webhook chez OpenTrain, Layers, OptimalDial, Diligent et Atoa.</translation>
    </message>
    <message>
        <source>Open on the built-in demo: an embedded sandbox on 127.0.0.1, tokens in memory only.</source>
        <translation>Ouvrir sur la démo intégrée&#xa0;: un bac à sable embarqué sur 127.0.0.1, jetons en mémoire uniquement.</translation>
    </message>
    <message>
        <source>Add N synthetic endpoints per provider to the demo.</source>
        <translation>Ajouter N endpoints synthétiques par fournisseur à la démo.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE once everything has loaded, then quit.</source>
        <translation>Une fois tout chargé, enregistrer une image de la fenêtre dans FILE, puis quitter.</translation>
    </message>
    <message>
        <source>--demo-extra takes a number from 0 to 200000.</source>
        <translation>--demo-extra attend un nombre de 0 à 200000.</translation>
    </message>
    <message>
        <source>Patchbay</source>
        <translation>Patchbay</translation>
    </message>
    <message>
        <source>Patchbay — demo</source>
        <translation>Patchbay — démo</translation>
    </message>
    <message>
        <source>Refresh every account every SECONDS seconds (at least 10) while Patchbay runs, instead of the Auto-refresh setting.</source>
        <translation>Actualiser chaque compte toutes les SECONDS secondes (au moins 10) pendant que Patchbay tourne, au lieu du réglage «&#xa0;Actualisation automatique&#xa0;».</translation>
    </message>
    <message>
        <source>--refresh-interval takes a whole number of seconds from 10 to 86400.</source>
        <translation>--refresh-interval attend un nombre entier de secondes entre 10 et 86400.</translation>
    </message>
</context>
</TS>
