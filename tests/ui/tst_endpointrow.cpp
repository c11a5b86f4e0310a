#include "endpointfixtures.h"
#include "endpointrow.h"

#include <QTest>

using namespace Fixtures;

class TestEndpointRow : public QObject
{
    Q_OBJECT
private slots:
    void rawComesBackByteForByte();
    void keysAreStoredOnlyWhenTheyDiffer();
    void everySetOfDatesComesBack();
};

namespace {

EndpointRow::Ptr rowOf(const Endpoint &e, EndpointWords *words)
{
    *words = EndpointWords::of(e);
    words->fill();
    return EndpointRow::make(e, words);
}

} // namespace

void TestEndpointRow::rawComesBackByteForByte()
{
    // A row keeps the URL and the id once, not again inside the raw JSON: the bytes must come back
    // exactly, wherever and however often the texts stand in them.
    struct Case
    {
        const char *id;
        const char *url;
        const char *raw;
    };
    const Case cases[] = {
        {"ep_1", "https://x.example/ep_1", R"({"id":"ep_1","url":"https://x.example/ep_1"})"},
        {"ep_1", "https://x.example/ep_1",
         R"({"a":"ep_1","id":"ep_1","url":"https://x.example/ep_1","z":"https://x.example/ep_1"})"},
        {"same", "same", R"({"id":"same","url":"same"})"},      // two cuts of the same text
        {"same", "same", R"({"id":"same"})"},                   // only one place for both
        {"abc", "https://x/abc", R"({"url":"https://x/abc"})"}, // the id only inside the URL
        {"url", "id", R"({"id":"url","url":"id"})"},            // texts that are also keys
        {"a\"b", "https://x/\u00e9", R"({"id":"a\"b","url":"https://x/\u00e9"})"}, // escaped: kept
        {"x", "https://y", R"("x""https://y")"},                                   // adjacent, not even JSON
        {"x", "https://y", ""},
    };
    for (const Case &c : cases) {
        Endpoint e = active(QStringLiteral("a"), QString::fromUtf8(c.id));
        e.url = QString::fromUtf8(c.url);
        e.raw = QByteArray(c.raw);
        EndpointWords words;
        const EndpointRow::Ptr row = rowOf(e, &words);
        const Endpoint back = row->toEndpoint();
        QCOMPARE(back.raw, e.raw);
        QVERIFY(!back.raw.isNull());
        QCOMPARE(back.id, e.id);
        QCOMPARE(back.url, e.url);
        QCOMPARE(back, e);
    }
}

void TestEndpointRow::keysAreStoredOnlyWhenTheyDiffer()
{
    // Lower-case ASCII texts are their own keys; others get a folded key beside the text.
    Endpoint e = active(QStringLiteral("Prod"), QStringLiteral("ep_1"));
    e.url = QStringLiteral("https://hooks.example/x");
    e.description = QStringLiteral("Café Team");
    EndpointWords words;
    const EndpointRow::Ptr row = rowOf(e, &words);
    QCOMPARE(row->urlKey().data(), row->url().data()); // the same characters, not a copy
    QCOMPARE(row->idKey().data(), row->id().data());
    QCOMPARE(row->descriptionKey().toString(), QStringLiteral("cafe team"));
    QCOMPARE(row->descriptionText(), e.description);
    QCOMPARE(row->words().accountKey, QStringLiteral("prod"));
    QCOMPARE(row->words().eventsText, QStringLiteral("contract.started, payment.sent"));
    QCOMPARE(row->toEndpoint(), e);
}

void TestEndpointRow::everySetOfDatesComesBack()
{
    // Only the dates an endpoint has are stored: each of the 128 combinations comes back, in place.
    for (int present = 0; present < 128; ++present) {
        Endpoint e = active(QStringLiteral("a"), QStringLiteral("ep_%1").arg(present));
        QDateTime *dates[] = {&e.createdAt,     &e.updatedAt,  &e.lastDeliveryAt, &e.lastSuccessAt,
                              &e.lastFailureAt, &e.disabledAt, &e.verifiedAt};
        for (int d = 0; d < 7; ++d)
            if (present & (1 << d))
                *dates[d] = d % 2
                                ? at(d + 1)
                                : QDateTime(QDate(2024, 5, d + 1), QTime(1, d), Qt::OffsetFromUTC, -3600 * d);
        EndpointWords words;
        const Endpoint back = rowOf(e, &words)->toEndpoint();
        QCOMPARE(back, e);
        const QDateTime *backDates[] = {&back.createdAt,     &back.updatedAt,     &back.lastDeliveryAt,
                                        &back.lastSuccessAt, &back.lastFailureAt, &back.disabledAt,
                                        &back.verifiedAt};
        for (int d = 0; d < 7; ++d) {
            QCOMPARE(backDates[d]->isValid(), bool(present & (1 << d)));
            QCOMPARE(backDates[d]->offsetFromUtc(), dates[d]->offsetFromUtc());
            QCOMPARE(backDates[d]->timeSpec(), dates[d]->timeSpec());
        }
    }
}

QTEST_GUILESS_MAIN(TestEndpointRow)
#include "tst_endpointrow.moc"
