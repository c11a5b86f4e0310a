#include "cli/idlist.h"

#include "core/endpointid.h"
#include "core/inerttext.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QStringDecoder>

#include <cstdio>

bool IdList::collect(const QStringList &positional, const QString &idsFrom, QStringList *ids, QString *error)
{
    QStringList all = positional;
    if (!idsFrom.isEmpty()) {
        QFile file;
        QString name = idsFrom;
        if (idsFrom == QLatin1String("-")) {
            name = tr("standard input");
            if (!file.open(stdin, QIODevice::ReadOnly)) {
                *error = tr("Cannot read the endpoint IDs from standard input: %1").arg(file.errorString());
                return false;
            }
        } else {
            file.setFileName(idsFrom);
            if (QFileInfo(idsFrom).isDir() || !file.open(QIODevice::ReadOnly)) {
                *error =
                    tr("Cannot read the endpoint IDs from %1: %2")
                        .arg(idsFrom, QFileInfo(idsFrom).isDir() ? tr("it is a folder") : file.errorString());
                return false;
            }
        }
        QStringList fromFile;
        if (!parse(file, name, &fromFile, error))
            return false;
        if (fromFile.isEmpty() && positional.isEmpty()) {
            *error = tr("%1 holds no endpoint IDs: nothing was sent.").arg(name);
            return false;
        }
        all += fromFile;
    }
    QSet<QString> seen;
    ids->clear();
    for (const QString &id : std::as_const(all)) {
        if (!seen.contains(id)) {
            seen.insert(id);
            *ids << id;
        }
    }
    return true;
}

bool IdList::parse(QIODevice &device, const QString &name, QStringList *ids, QString *error)
{
    // One byte more than allowed tells "too large" from "exactly the limit", without reading on.
    // A pipe hands over what it has so far: read until its end, never just the first chunk.
    QByteArray bytes;
    while (bytes.size() <= maxBytes) {
        const QByteArray chunk = device.read(maxBytes + 1 - bytes.size());
        if (chunk.isEmpty() && (device.atEnd() || !device.waitForReadyRead(-1)))
            break;
        bytes += chunk;
    }
    if (bytes.size() > maxBytes) {
        *error = tr("%1 is larger than %2 KiB: not a list of endpoint IDs. Nothing was sent.")
                     .arg(name)
                     .arg(maxBytes / 1024);
        return false;
    }
    QList<QByteArray> lines = bytes.split('\n');
    if (bytes.endsWith('\n'))
        lines.removeLast(); // the last line's end, not one more line
    if (lines.size() > maxLines) {
        *error = tr("%1 has more than %2 lines: split the change. Nothing was sent.").arg(name).arg(maxLines);
        return false;
    }
    ids->clear();
    for (int i = 0; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = utf8.decode(line);
        QString why;
        if (line.contains('\0'))
            why = tr("it contains a NUL byte");
        else if (utf8.hasError())
            why = tr("it is not valid UTF-8");
        else if (const QString id = text.trimmed(); !id.isEmpty())
            why = problem(id);
        if (!why.isEmpty()) {
            if (!why.endsWith(QLatin1Char('.')))
                why += QLatin1Char('.');
            *error = tr("%1, line %2: %3").arg(name).arg(i + 1).arg(why) + QLatin1Char(' ') +
                     tr("Nothing was sent.");
            return false;
        }
        if (const QString id = text.trimmed(); !id.isEmpty())
            *ids << id;
    }
    return true;
}

QString IdList::problem(const QString &id)
{
    for (auto it = id.cbegin(); it != id.cend(); ++it) {
        char32_t c = it->unicode();
        if (it->isHighSurrogate() && it + 1 != id.cend() && (it + 1)->isLowSurrogate()) {
            c = QChar::surrogateToUcs4(*it, *(it + 1));
            ++it;
        }
        if (InertText::isUnsafe(c))
            return tr("it contains a control or invisible character (%1)")
                .arg(InertText::escape(QString::fromUcs4(&c, 1)));
        if (QChar::isSpace(c))
            return tr("it contains a space: one ID per line");
    }
    if (const QString refusal = EndpointIds::refusal(id); !refusal.isEmpty())
        return refusal;
    return {};
}
