#pragma once

// A field of /proc/self/status in kB (VmRSS:, VmHWM:, VmData:), for the benchmarks that report memory.

#include <QByteArray>
#include <QFile>

namespace ProcStatus {

inline long kb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').value(0).toLong();
    }
    return 0;
}

} // namespace ProcStatus
