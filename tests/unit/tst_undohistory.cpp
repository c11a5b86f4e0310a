#include "session/undohistory.h"

#include <QtTest>

namespace {

Endpoint endpoint(const QString &account, const QString &url, bool enabled = true)
{
    Endpoint e;
    e.account = account;
    e.id = url;
    e.url = url;
    e.enabled = enabled;
    return e;
}

UndoStep step(const QString &url, const QString &account = QStringLiteral("acme"))
{
    Endpoint before = endpoint(account, url);
    Endpoint after = before;
    after.description = QStringLiteral("changed");
    return UndoStep{before, after, false};
}

UndoStep secretStep(const QString &url)
{
    const Endpoint e = endpoint(QStringLiteral("acme"), url);
    return UndoStep{e, e, true};
}

} // namespace

// The stack behind Edit ▸ Undo / Redo: order, what a new change drops, the depth bound, removed
// accounts, and each step's name.
class TestUndoHistory : public QObject
{
    Q_OBJECT

private slots:
    void undoAndRedoWalkTheStepsInOrder()
    {
        UndoHistory h;
        QVERIFY(!h.canUndo());
        QVERIFY(!h.canRedo());
        h.push(step(QStringLiteral("https://a.example")));
        h.push(step(QStringLiteral("https://b.example")));
        QCOMPARE(h.undoStep().before.url, QStringLiteral("https://b.example"));
        QVERIFY(!h.canRedo());
        h.undone(h.undoStep().before);
        QCOMPARE(h.undoStep().before.url, QStringLiteral("https://a.example"));
        QCOMPARE(h.redoStep().before.url, QStringLiteral("https://b.example"));
        h.undone(h.undoStep().before);
        QVERIFY(!h.canUndo());
        QCOMPARE(h.redoStep().before.url, QStringLiteral("https://a.example"));
        h.redone(h.redoStep().after);
        QCOMPARE(h.undoStep().before.url, QStringLiteral("https://a.example"));
        QCOMPARE(h.redoStep().before.url, QStringLiteral("https://b.example"));
        QCOMPARE(h.position(), 1);
        QCOMPARE(h.size(), 2);
    }

    void undoAndRedoKeepTheServersReply()
    {
        UndoHistory h;
        h.push(step(QStringLiteral("https://a.example")));
        Endpoint reply = h.undoStep().before;
        reply.updatedAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4), Qt::UTC);
        h.undone(reply);
        QCOMPARE(h.redoStep().before.updatedAt, reply.updatedAt); // redo starts from what undo left
        Endpoint redone = h.redoStep().after;
        redone.updatedAt = reply.updatedAt.addSecs(60);
        h.redone(redone);
        QCOMPARE(h.undoStep().after.updatedAt, redone.updatedAt);
    }

    void aNewChangeDropsTheRedoSteps()
    {
        UndoHistory h;
        h.push(step(QStringLiteral("https://a.example")));
        h.push(step(QStringLiteral("https://b.example")));
        h.push(step(QStringLiteral("https://c.example")));
        h.undone(h.undoStep().before);
        h.undone(h.undoStep().before);
        h.push(step(QStringLiteral("https://d.example")));
        QVERIFY(!h.canRedo());
        QCOMPARE(h.size(), 2);
        QCOMPARE(h.undoStep().before.url, QStringLiteral("https://d.example"));
        h.undone(h.undoStep().before);
        QCOMPARE(h.undoStep().before.url, QStringLiteral("https://a.example"));
    }

    // A secret rotation cannot be undone; as the newest step it must not block the older ones.
    void undoAndRedoStepOverSecretOnlySteps()
    {
        UndoHistory h;
        h.push(step(QStringLiteral("https://a.example")));
        h.push(secretStep(QStringLiteral("https://b.example")));
        QVERIFY(h.canUndo());
        QCOMPARE(h.undoStep().before.url, QStringLiteral("https://a.example"));
        QCOMPARE(h.skippedByUndo(), 1);
        QCOMPARE(h.size(), 2); // the rotation stays in the history
        h.undone(h.undoStep().before);
        QCOMPARE(h.position(), 0);
        QVERIFY(!h.canUndo());
        QCOMPARE(h.skippedByUndo(), 0);
        QCOMPARE(h.redoStep().before.url, QStringLiteral("https://a.example"));
        QCOMPARE(h.skippedByRedo(), 0);
        // Redo returns to where undo started, past the rotation: nothing is left to redo.
        h.redone(h.redoStep().after);
        QCOMPARE(h.position(), 2);
        QVERIFY(!h.canRedo());
        QCOMPARE(h.undoStep().before.url, QStringLiteral("https://a.example"));

        // Undone again, a new change drops the redo side, the rotation with it.
        h.undone(h.undoStep().before);
        h.push(step(QStringLiteral("https://c.example")));
        QCOMPARE(h.size(), 1);
        QVERIFY(!h.canRedo());
        QCOMPARE(h.undoStep().before.url, QStringLiteral("https://c.example"));
        QCOMPARE(h.skippedByUndo(), 0);
    }

    void onlySecretStepsLeaveNothingToUndo()
    {
        UndoHistory h;
        h.push(secretStep(QStringLiteral("https://a.example")));
        h.push(secretStep(QStringLiteral("https://b.example")));
        QVERIFY(!h.canUndo());
        QVERIFY(!h.canRedo());
        QCOMPARE(h.skippedByUndo(), 2);
        QCOMPARE(h.skippedByRedo(), 0);
        h.undone(Endpoint()); // not a step: nothing moves
        QCOMPARE(h.position(), 2);
        // A step between two rotations is still reached, and the older rotation stays below it.
        h.push(step(QStringLiteral("https://c.example")));
        h.push(secretStep(QStringLiteral("https://d.example")));
        QCOMPARE(h.undoStep().before.url, QStringLiteral("https://c.example"));
        h.undone(h.undoStep().before);
        QCOMPARE(h.position(), 2);
        QVERIFY(!h.canUndo());
        QCOMPARE(h.skippedByUndo(), 2);
        QCOMPARE(h.redoStep().before.url, QStringLiteral("https://c.example"));
    }

    void theDepthIsBounded()
    {
        UndoHistory h(3);
        for (int i = 0; i < 5; ++i)
            h.push(step(QStringLiteral("https://%1.example").arg(i)));
        QCOMPARE(h.size(), 3);
        QCOMPARE(h.position(), 3);
        for (int i = 4; i >= 2; --i) {
            QCOMPARE(h.undoStep().before.url, QStringLiteral("https://%1.example").arg(i));
            h.undone(h.undoStep().before);
        }
        QVERIFY(!h.canUndo()); // the two oldest are gone
        QCOMPARE(UndoHistory().maxDepth(), UndoHistory::DefaultDepth);
    }

    void removingAnAccountDropsItsStepsOnly()
    {
        UndoHistory h;
        h.push(step(QStringLiteral("https://1.example"), QStringLiteral("gone")));
        h.push(step(QStringLiteral("https://2.example"), QStringLiteral("kept")));
        h.push(step(QStringLiteral("https://3.example"), QStringLiteral("gone")));
        h.push(step(QStringLiteral("https://4.example"), QStringLiteral("kept")));
        h.undone(h.undoStep().before); // 4 can be redone; 3 is next to undo
        h.removeAccount(QStringLiteral("gone"));
        QCOMPARE(h.size(), 2);
        QCOMPARE(h.position(), 1);
        QCOMPARE(h.undoStep().before.url, QStringLiteral("https://2.example"));
        QCOMPARE(h.redoStep().before.url, QStringLiteral("https://4.example"));
        h.removeAccount(QStringLiteral("kept"));
        QVERIFY(!h.canUndo());
        QVERIFY(!h.canRedo());
    }

    void eachStepIsNamedAfterWhatItDid_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("undo");
        QTest::addColumn<QString>("redo");
        QTest::newRow("re-enable") << 0 << "Undo re-enable of https://a.example"
                                   << "Redo re-enable of https://a.example";
        QTest::newRow("disable") << 1 << "Undo disable of https://a.example"
                                 << "Redo disable of https://a.example";
        QTest::newRow("url") << 2 << "Undo URL change of https://a.example"
                             << "Redo URL change of https://a.example";
        QTest::newRow("events") << 3 << "Undo event change of https://a.example"
                                << "Redo event change of https://a.example";
        QTest::newRow("description") << 4 << "Undo description change of https://a.example"
                                     << "Redo description change of https://a.example";
        QTest::newRow("secret") << 5 << "Undo secret rotation of https://a.example"
                                << "Redo secret rotation of https://a.example";
        QTest::newRow("several") << 6 << "Undo change of https://a.example"
                                 << "Redo change of https://a.example";
        QTest::newRow("metadata") << 7 << "Undo change of https://a.example"
                                  << "Redo change of https://a.example";
    }
    void eachStepIsNamedAfterWhatItDid()
    {
        QFETCH(int, field);
        QFETCH(QString, undo);
        QFETCH(QString, redo);
        UndoStep s{
            endpoint(QStringLiteral("acme"), QStringLiteral("https://a.example"), field != 0), {}, false};
        s.after = s.before;
        switch (field) {
        case 0:
            s.after.enabled = true;
            break;
        case 1:
            s.after.enabled = false;
            break;
        case 2:
            s.after.url = QStringLiteral("https://b.example");
            break;
        case 3:
            s.after.events = {QStringLiteral("invoice.paid")};
            break;
        case 4:
            s.after.description = QStringLiteral("new");
            break;
        case 5:
            s.touchedSecret = true;
            break;
        case 6:
            s.after.description = QStringLiteral("new");
            s.after.enabled = false;
            break;
        case 7:
            s.after.metadata.insert(QStringLiteral("team"), QStringLiteral("billing"));
            break;
        }
        QCOMPARE(UndoHistory::undoText(s), undo);
        QCOMPARE(UndoHistory::redoText(s), redo);
        QCOMPARE(UndoHistory::undoText(s, true), QString(undo).prepend(QLatin1Char('&')));
        QCOMPARE(UndoHistory::redoText(s, true), QString(redo).insert(3, QLatin1Char('&'))); // Red&o
    }

    void urlsInNamesAreInertShortAndKeepTheirAmpersands()
    {
        const QString hostile = QStringLiteral("https://e.example/?a=1&b=2") + QChar(0x202e) +
                                QStringLiteral("\x1b[2J&c=") + QString(200, QLatin1Char('x')) +
                                QStringLiteral("/end");
        UndoStep s{endpoint(QStringLiteral("acme"), hostile), {}, false};
        s.after = s.before;
        s.after.enabled = false;
        const QString text = UndoHistory::undoText(s);
        QVERIFY(!text.contains(QChar(0x202e)));
        QVERIFY(!text.contains(QChar(0x1b)));
        QVERIFY(text.contains(QChar(0x2026)));
        QVERIFY(text.endsWith(QLatin1String("/end")));
        QVERIFY(text.contains(QLatin1String("a=1&b=2"))); // shown as written
        QVERIFY(UndoHistory::shortUrl(hostile).size() <= 60);
        // In a menu a '&' in the URL must not become a mnemonic.
        QVERIFY(UndoHistory::undoText(s, true).contains(QLatin1String("a=1&&b=2")));
        QCOMPARE(UndoHistory::shortUrl(QStringLiteral("https://a.example")),
                 QStringLiteral("https://a.example"));
    }
};

QTEST_GUILESS_MAIN(TestUndoHistory)
#include "tst_undohistory.moc"
