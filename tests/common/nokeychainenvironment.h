#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

// The environment of a child process that has no keychain at all: its own HOME (so nothing it
// writes can hide among the user's files) and a session bus address that leads nowhere.
inline QProcessEnvironment noKeychainEnvironment(const QTemporaryDir &home)
{
    const QString runtimeDir = home.filePath(QStringLiteral("run"));
    QDir().mkpath(runtimeDir);
    QFile::setPermissions(runtimeDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral(".config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral(".local/share")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral(".cache")));
    env.insert(QStringLiteral("XDG_STATE_HOME"), home.filePath(QStringLiteral(".local/state")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtimeDir);
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               QStringLiteral("unix:path=") + home.filePath(QStringLiteral("no-such-bus")));
    // Desktop hints would steer QtKeychain to KWallet; without them it uses the Secret Service.
    for (const char *hint :
         {"XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "KDE_FULL_SESSION", "KDE_SESSION_VERSION"})
        env.remove(QLatin1String(hint));
    return env;
}

// What a test function run again in a child copy of this test binary said and how it ended.
struct ChildRun
{
    bool finished = false;
    bool passed = false; // exited normally with code 0
    QString output;      // stdout and stderr, merged
};

inline ChildRun runTestFunctionInChild(const QString &function, const QProcessEnvironment &env)
{
    QProcess child;
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(), {function});
    ChildRun run;
    run.finished = child.waitForFinished(120000);
    run.passed = run.finished && child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0;
    run.output = QString::fromUtf8(child.readAll());
    return run;
}

// Every file below dir (hidden ones too), and those holding the secret as is or base64-encoded
// (or unreadable).
inline QStringList filesBelow(const QString &dir, const QByteArray &secret, QStringList *holdingSecret)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files << path;
        QFile file(path);
        // A file that cannot be read cannot be shown to be clean: it counts as holding the secret.
        const bool readable = file.open(QIODevice::ReadOnly);
        const QByteArray content = readable ? file.readAll() : QByteArray();
        if (!readable || content.contains(secret) || content.contains(secret.toBase64()))
            *holdingSecret << path;
    }
    return files;
}
