// The least a Qt Widgets program does for what `patchbay --demo --screenshot FILE` does: a window with a
// 50-row table, shown, rendered into FILE, then quit. bench_startup compares the two.
#include <QApplication>
#include <QTableWidget>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 2)
        return 2;
    const QString path = QString::fromLocal8Bit(argv[1]);
    QTableWidget table(50, 7);
    for (int row = 0; row < 50; ++row)
        for (int column = 0; column < 7; ++column)
            table.setItem(
                row, column,
                new QTableWidgetItem(QStringLiteral("https://hooks.example/%1/%2").arg(row).arg(column)));
    table.resize(1600, 940);
    table.show();
    QTimer::singleShot(0, &table, [&] { QCoreApplication::exit(table.grab().save(path) ? 0 : 1); });
    return QApplication::exec();
}
