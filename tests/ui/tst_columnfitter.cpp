#include "columnfitter.h"

#include <QHeaderView>
#include <QMouseEvent>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTableView>
#include <QtTest>

// The table's columns fit its viewport until the user sizes one by hand.
class TestColumnFitter : public QObject
{
    Q_OBJECT

    enum
    {
        Url,
        Health,
        Account,
        Description,
        Date,
        Count
    };
    static QList<ColumnFitter::Column> columns()
    {
        return {{Url, 300, 180, 3},
                {Health, 100, 100, 9},
                {Account, 150, 100, 2},
                {Description, 150, 60, 0},
                {Date, 130, 130, 9}};
    }
    static int rightEdge(const QTableView &view)
    {
        const QHeaderView *header = view.horizontalHeader();
        int edge = 0;
        for (int column = 0; column < header->count(); ++column)
            if (!header->isSectionHidden(column))
                edge = qMax(edge, header->sectionViewportPosition(column) + header->sectionSize(column));
        return edge;
    }

    // A table of the five columns with a fitter, as the window sets it up.
    struct FittedTable
    {
        QStandardItemModel model{3, Count};
        QTableView view;
        ColumnFitter fitter{&view, Url};
        FittedTable()
        {
            view.setModel(&model);
            fitter.setColumns(columns());
        }
    };

private slots:
    void spareWidthGoesToTheStretchColumn()
    {
        const QList<int> w = ColumnFitter::widths(columns(), Url, 1000);
        QCOMPARE(w, (QList<int>{300 + 170, 100, 150, 150, 130}));
    }

    void shortfallShrinksInOrderDownToEachMinimum()
    {
        // 830 wanted, 700 available: Description gives 90 (to 60), then Account 40 of its 50.
        QCOMPARE(ColumnFitter::widths(columns(), Url, 700), (QList<int>{300, 100, 110, 60, 130}));
        // 500 available: everything at its minimum, the rest scrolls.
        QCOMPARE(ColumnFitter::widths(columns(), Url, 500), (QList<int>{180, 100, 100, 60, 130}));
    }

    void fitsTheViewportAsTheWindowChanges()
    {
        FittedTable table;
        QTableView &view = table.view;
        ColumnFitter &fitter = table.fitter;
        view.resize(700, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_COMPARE(view.horizontalScrollBar()->maximum(), 0);
        QVERIFY(rightEdge(view) <= view.viewport()->width());
        const int narrowUrl = view.horizontalHeader()->sectionSize(Url);

        view.resize(1200, 300);
        QTRY_VERIFY(view.horizontalHeader()->sectionSize(Url) > narrowUrl);
        QCOMPARE(view.horizontalScrollBar()->maximum(), 0);

        // A column hidden from the header menu leaves room that the others take.
        const int before = view.horizontalHeader()->sectionSize(Url);
        view.horizontalHeader()->setSectionHidden(Description, true);
        fitter.fit();
        QCOMPARE(view.horizontalHeader()->sectionSize(Url), before + 150);
    }

    void aColumnDraggedByTheUserStaysAsTheyLeftIt()
    {
        FittedTable table;
        QTableView &view = table.view;
        ColumnFitter &fitter = table.fitter;
        view.resize(1000, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy stopped(&fitter, &ColumnFitter::fittingChanged);

        // A drag on the header: press, the section follows the mouse, release.
        QWidget *headerViewport = view.horizontalHeader()->viewport();
        QTest::mousePress(headerViewport, Qt::LeftButton, {}, QPoint(5, 5));
        view.horizontalHeader()->resizeSection(Account, 260);
        QTest::mouseRelease(headerViewport, Qt::LeftButton, {}, QPoint(5, 5));
        QCOMPARE(stopped.count(), 1);
        QVERIFY(!fitter.isFitting());

        view.resize(800, 300); // a shown widget gets its resize event at once
        QCOMPARE(view.horizontalHeader()->sectionSize(Account), 260);

        // "Fit Columns to Window" again.
        fitter.setFitting(true);
        QVERIFY(view.horizontalHeader()->sectionSize(Account) < 260);
        QVERIFY(rightEdge(view) <= view.viewport()->width());
    }

    void programmaticResizesAreNotTheUsers()
    {
        FittedTable table;
        QTableView &view = table.view;
        ColumnFitter &fitter = table.fitter;
        view.horizontalHeader()->resizeSection(Account, 300); // e.g. restoring a saved header
        QVERIFY(fitter.isFitting());
    }
};

QTEST_MAIN(TestColumnFitter)
#include "tst_columnfitter.moc"
