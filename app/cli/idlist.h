#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QIODevice;

// The endpoint IDs of `endpoints update ID... [--ids-from FILE|-]`. A file of IDs is untrusted input
// (made by a script, pasted, downloaded): it is read whole before anything is sent, one ID per line,
// surrounding spaces and blank lines ignored; anything else that is not a usable ID (a control
// character, a NUL, invalid UTF-8, "..", a space inside) refuses the whole list, naming the line.
class IdList
{
    Q_DECLARE_TR_FUNCTIONS(IdList)
public:
    // Far beyond any real bulk change (each ID is one request), small enough to refuse at once.
    static constexpr qint64 maxBytes = 1024 * 1024;
    static constexpr int maxLines = 10000;

    // The positional IDs, then those of `idsFrom` ("" none, "-" standard input): duplicates once, in
    // the order first seen. False with *error (for stderr, exit 2) when the list cannot be used.
    static bool collect(const QStringList &positional, const QString &idsFrom, QStringList *ids,
                        QString *error);
    // The IDs in `device`, read up to maxBytes; `name` names it in errors.
    static bool parse(QIODevice &device, const QString &name, QStringList *ids, QString *error);
    // Why one line's ID cannot be used, or "".
    static QString problem(const QString &id);
};
