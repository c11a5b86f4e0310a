#pragma once

#include "cli/cliarguments.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

struct Draft;
struct ProviderSpec;

// Applies the CHANGE options of `endpoints update` to a Draft. Pure: the secret read from standard
// input is handed in, so this can be tested without a terminal.
class CliChangeApplier
{
    Q_DECLARE_TR_FUNCTIONS(CliChangeApplier)
public:
    // Each option the provider does not have, as "--option: <why>" naming the provider. A change
    // that happens to equal the current value is still refused: the option itself is wrong here.
    static QStringList unsupportedOptions(const ProviderSpec &spec, const CliChanges &changes);

    // false with *error (never containing a secret) when --authentication-json is not a JSON object.
    static bool apply(const CliChanges &changes, const QString &stdinSecret, Draft *draft, QString *error);

    // The secret values among the changes (the stdin secret, the credential fields of
    // --authentication-json), for the output redactor. Names such as a username stay printable.
    static QStringList secretValues(const ProviderSpec &spec, const CliChanges &changes,
                                    const QString &stdinSecret);
};
