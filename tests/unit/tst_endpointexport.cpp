#include "core/endpoint.h"
#include "providers/endpointcodec.h"
#include "providers/endpointexport.h"
#include "providers/providerspec.h"

#include "common/rfc4180reader.h"
#include "core/inerttext.h"
#include "testendpoints.h"

#include <QBuffer>
#include <QJsonArray>

#include <QtTest>

// The export the CLI and the window write. Server text is hostile: every CSV is read back with a
// small RFC 4180 reader (tests/common/rfc4180reader.h, written from the RFC, not from the writer), and
// a spreadsheet must never be handed a formula.
// A UTF-16 literal with every unit it holds, embedded NULs included (a count typed by hand overran two).
template <std::size_t N> static QString whole(const char16_t (&text)[N])
{
    return QString::fromUtf16(text, qsizetype(N - 1));
}

class TestEndpointExport : public QObject
{
    Q_OBJECT

    // The CSV of `endpoints` read back: the records as column name → cell.
    static QList<QHash<QString, QString>> csvRecords(const QList<Endpoint> &endpoints)
    {
        const QByteArray bytes = EndpointExport::write(endpoints, EndpointExport::Format::Csv);
        QList<QStringList> records;
        if (!readRfc4180(QString::fromUtf8(bytes), &records))
            return {};
        QList<QHash<QString, QString>> out;
        for (qsizetype r = 1; r < records.size(); ++r) {
            QHash<QString, QString> cells;
            for (qsizetype c = 0; c < records.at(r).size(); ++c)
                cells.insert(records.at(0).value(c), records.at(r).at(c));
            out << cells;
        }
        return out;
    }

    static Endpoint layers(const QString &description)
    {
        Endpoint e;
        e.provider = ProviderId::Layers;
        e.account = QStringLiteral("acme");
        e.id = QStringLiteral("ep_1");
        e.url = QStringLiteral("https://hooks.example/in");
        e.events = {QStringLiteral("job.completed"), QStringLiteral("post.failed")};
        e.description = description;
        e.providerStatus = QStringLiteral("active");
        return e;
    }

    // Every optional key the normalized JSON can have, for `provider`.
    static Endpoint everything(ProviderId provider)
    {
        Endpoint e = layers(QStringLiteral("d"));
        e.provider = provider;
        e.enabled = false;
        e.providerStatus = QStringLiteral("auto_paused");
        e.disabledReason = QStringLiteral("too many failures");
        e.secretType = QStringLiteral("BASIC");
        e.environment = QStringLiteral("PRODUCTION");
        e.lastDeliveryStatus = 500;
        e.metadata.insert(QStringLiteral("team"), QStringLiteral("growth"));
        return e;
    }

private slots:
    void headerIsTheJsonFieldNames();
    void everyJsonFieldHasAColumn();
    void utf8WithoutBomAndCrlf();
    void hostileTextReadsBack_data();
    void hostileTextReadsBack();
    void formulasAreNeutralisedInEveryColumn();
    void nullIsAnEmptyCellAndEventsAreJoined();
    void jsonIsTheListArrayAndInert();
    void secretsAreNeverExported();
    void streamedJsonIsTheWholeDocumentByteForByte();
    void streamedCsvIsTheRecordsInOrder();
    void filterSeesEveryChunkOnARecordBoundary();
    void aRefusedWriteIsReported();

private:
    static QList<Endpoint> hostileEndpoints(int count);
};

void TestEndpointExport::headerIsTheJsonFieldNames()
{
    const QStringList names = EndpointExport::fieldNames();
    // The list first, in its order.
    const QStringList required{"account",       "provider", "id",         "url",          "events",
                               "description",   "health",   "disabledBy", "healthReason", "failureCount",
                               "lastDeliveryAt"};
    QCOMPARE(names.mid(0, required.size()), required);
    QCOMPARE(QSet<QString>(names.cbegin(), names.cend()).size(), names.size());
    const QByteArray bytes = EndpointExport::write({}, EndpointExport::Format::Csv);
    QCOMPARE(bytes, names.join(QLatin1Char(',')).toUtf8() + "\r\n");
}

void TestEndpointExport::everyJsonFieldHasAColumn()
{
    const QStringList names = EndpointExport::fieldNames();
    for (ProviderId provider : Providers::all()) {
        for (const Endpoint &e : {everything(provider), layers(QString())}) {
            Endpoint copy = e;
            copy.provider = provider;
            const QJsonObject o = EndpointCodec::toNormalizedJson(copy);
            for (const QString &key : o.keys())
                QVERIFY2(names.contains(key),
                         qPrintable(Providers::spec(provider).key + QLatin1Char(' ') + key));
            // The required keys are in every element (null where there is nothing), disabledBy only when
            // disabled.
            for (const char *key : {"account", "provider", "id", "url", "events", "description", "health",
                                    "healthReason", "failureCount", "lastDeliveryAt"})
                QVERIFY2(o.contains(QLatin1String(key)), key);
            QCOMPARE(o.contains(QLatin1String("disabledBy")),
                     o.value(QLatin1String("health")).toString() == QLatin1String("disabled"));
        }
    }
}

void TestEndpointExport::utf8WithoutBomAndCrlf()
{
    const QByteArray bytes = EndpointExport::write({layers(QStringLiteral("Grüße 😀")), layers(QString())},
                                                   EndpointExport::Format::Csv);
    QVERIFY(bytes.startsWith("account,provider,id,")); // no byte order mark
    QVERIFY(bytes.contains("Gr\xc3\xbc\xc3\x9f"
                           "e \xf0\x9f\x98\x80"));
    QCOMPARE(bytes.count("\r\n"), 3);
    QCOMPARE(bytes.count('\n'), 3); // no bare LF
    QVERIFY(bytes.endsWith("\r\n"));
}

void TestEndpointExport::hostileTextReadsBack_data()
{
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("cell"); // as the spreadsheet shows it
    QTest::newRow("plain") << "hello"
                           << "hello";
    QTest::newRow("comma") << "a, b"
                           << "a, b";
    QTest::newRow("quotes") << "say \"hi\"\"\""
                            << "say \"hi\"\"\"";
    QTest::newRow("CRLF inside") << "one\r\ntwo"
                                 << "one\r\ntwo";
    QTest::newRow("LF inside") << "one\ntwo\n"
                               << "one\ntwo\n";
    QTest::newRow("CR inside") << "one\rtwo"
                               << "one\rtwo";
    QTest::newRow("escape sequence") << "\x1b]0;owned\x07\x1b[2J"
                                     << "\\x1b]0;owned\\x07\\x1b[2J";
    QTest::newRow("embedded NUL") << QString::fromUtf16(u"a\0b", 3) << "a\\x00b";
    QTest::newRow("bidi override") << QString::fromUtf16(u"invoice\u202Efdp.exe") << "invoice\\u202efdp.exe";
    QTest::newRow("zero width, line separator")
        << QString::fromUtf16(u"a\u200Bb\u2028c") << "a\\u200bb\\u2028c";
    QTest::newRow("C1 and DEL") << QString::fromUtf16(u"a\u009Bb\u007F") << "a\\x9bb\\x7f";
    QTest::newRow("emoji") << QString::fromUtf16(u"😀 ok") << QString::fromUtf16(u"😀 ok");
    QTest::newRow("lone surrogate") << QString(QChar(0xDC00)) + "x"
                                    << "\\udc00x";
    QTest::newRow("equals") << "=HYPERLINK(\"http://evil\",\"x\")"
                            << "'=HYPERLINK(\"http://evil\",\"x\")";
    QTest::newRow("plus") << "+1+cmd|' /C calc'!A0"
                          << "'+1+cmd|' /C calc'!A0";
    QTest::newRow("minus") << "-2+3"
                           << "'-2+3";
    QTest::newRow("at") << "@SUM(A1:A9)"
                        << "'@SUM(A1:A9)";
    QTest::newRow("tab") << "\t=1"
                         << "'\t=1";
    QTest::newRow("carriage return") << "\r=1"
                                     << "'\r=1";
    QTest::newRow("not at the start") << "a=1, b-2"
                                      << "a=1, b-2";
    QTest::newRow("escape first, then a formula") << "\x1b=1"
                                                  << "\\x1b=1"; // begins with "\" now
    QTest::newRow("empty") << ""
                           << "";
    const QString huge = QString(QStringLiteral("x,\"\r\n")).repeated(300000); // 1.5 M characters
    QTest::newRow("huge") << huge << huge;
}

void TestEndpointExport::hostileTextReadsBack()
{
    QFETCH(QString, description);
    QFETCH(QString, cell);
    const QList<QHash<QString, QString>> records =
        csvRecords({layers(description), layers(QStringLiteral("next"))});
    QCOMPARE(records.size(), 2); // the hostile cell neither ate nor split the next record
    QCOMPARE(records.at(0).value(QStringLiteral("description")), cell);
    QCOMPARE(records.at(0).value(QStringLiteral("id")), QStringLiteral("ep_1"));
    QCOMPARE(records.at(0).size(), EndpointExport::fieldNames().size());
    QCOMPARE(records.at(1).value(QStringLiteral("description")), QStringLiteral("next"));
}

void TestEndpointExport::formulasAreNeutralisedInEveryColumn()
{
    Endpoint e = layers(QStringLiteral("ok"));
    e.account = QStringLiteral("=acct()");
    e.id = QStringLiteral("+id");
    e.url = QStringLiteral("-https://x");
    e.events = {QStringLiteral("@event"), QStringLiteral("=second")};
    e.scope = QStringLiteral("\tall");
    e.metadata.insert(QStringLiteral("k"), QStringLiteral("=v"));
    const QList<QHash<QString, QString>> records = csvRecords({e});
    QCOMPARE(records.size(), 1);
    const QHash<QString, QString> &r = records.at(0);
    QCOMPARE(r.value(QStringLiteral("account")), QStringLiteral("'=acct()"));
    QCOMPARE(r.value(QStringLiteral("id")), QStringLiteral("'+id"));
    QCOMPARE(r.value(QStringLiteral("url")), QStringLiteral("'-https://x"));
    QCOMPARE(r.value(QStringLiteral("events")), QStringLiteral("'@event;=second")); // the cell's start only
    QCOMPARE(r.value(QStringLiteral("scope")), QStringLiteral("'\tall"));
    QCOMPARE(r.value(QStringLiteral("metadata")), QStringLiteral("{\"k\":\"=v\"}"));
    // No cell of any record begins with a formula character.
    for (const QString &cell : r)
        QVERIFY2(cell.isEmpty() || !QStringLiteral("=+-@\t\r").contains(cell.front()), qPrintable(cell));
}

void TestEndpointExport::nullIsAnEmptyCellAndEventsAreJoined()
{
    Endpoint e = layers(QString()); // Layers: description null
    e.account.clear();              // --provider: no account
    e.lastDeliveryAt = QDateTime(QDate(2026, 6, 30), QTime(17, 41, 7), Qt::UTC);
    Endpoint noDescription = layers(QStringLiteral("ignored"));
    noDescription.provider = ProviderId::OpenTrain; // has no description at all
    const QList<QHash<QString, QString>> records = csvRecords({e, noDescription});
    QCOMPARE(records.size(), 2);
    const QHash<QString, QString> &r = records.at(0);
    QCOMPARE(r.value(QStringLiteral("account")), QString());
    QCOMPARE(r.value(QStringLiteral("provider")), QStringLiteral("layers"));
    QCOMPARE(r.value(QStringLiteral("description")), QString());
    QCOMPARE(r.value(QStringLiteral("events")), QStringLiteral("job.completed;post.failed"));
    QCOMPARE(r.value(QStringLiteral("health")), QStringLiteral("active"));
    QCOMPARE(r.value(QStringLiteral("disabledBy")), QString());
    QCOMPARE(r.value(QStringLiteral("healthReason")), QString());
    QCOMPARE(r.value(QStringLiteral("failureCount")), QStringLiteral("0"));
    QCOMPARE(r.value(QStringLiteral("lastDeliveryAt")), QStringLiteral("2026-06-30T17:41:07.000Z"));
    QCOMPARE(r.value(QStringLiteral("enabled")), QStringLiteral("true"));
    QCOMPARE(records.at(1).value(QStringLiteral("description")), QString());
    QCOMPARE(records.at(1).value(QStringLiteral("provider")), QStringLiteral("opentrain"));
}

void TestEndpointExport::jsonIsTheListArrayAndInert()
{
    const QString hostile = whole(u"\x1b[2J\u202Eevil\0\"=1");
    const QList<Endpoint> endpoints{layers(hostile), everything(ProviderId::Atoa)};
    const QByteArray bytes = EndpointExport::write(endpoints, EndpointExport::Format::Json);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(doc.isArray());
    QCOMPARE(doc.array().size(), 2);
    for (int i = 0; i < endpoints.size(); ++i)
        QCOMPARE(doc.array().at(i).toObject(), EndpointCodec::toNormalizedJson(endpoints.at(i)));
    // Exact strings after parsing, nothing raw in the bytes (no formula neutralisation: JSON is data).
    QCOMPARE(doc.array().at(0).toObject().value(QLatin1String("description")).toString(), hostile);
    QVERIFY(!bytes.contains('\x1b'));
    QVERIFY(!bytes.contains('\0'));
    QVERIFY(!bytes.contains("\xe2\x80\xae")); // U+202E
}

void TestEndpointExport::secretsAreNeverExported()
{
    // Servers that echo the write-only secret back: it may sit in the raw reply, never in an export.
    const QString diligentSecret = QStringLiteral("whsec_EchoedBackByTheServer_1");
    const QString atoaPassword = QStringLiteral("pw-EchoedBackByTheServer-2");
    const QList<Endpoint> endpoints{
        endpointFromJson(ProviderId::Diligent,
                         json("{'id': 'd1', 'webhook_url': 'https://h.example', 'is_active': true, "
                              "'has_secret': true, 'status': 'active', 'events': ['search_completed'], "
                              "'secret': 'whsec_EchoedBackByTheServer_1', "
                              "'signing': {'secret': 'whsec_EchoedBackByTheServer_1'}}")),
        endpointFromJson(ProviderId::Atoa,
                         json("{'id': 'a1', 'url': 'https://h.example', 'environment': 'PRODUCTION', "
                              "'events': [{'event': 'PAYMENTS_STATUS', 'label': 'Payment Status'}], "
                              "'hasAuthentication': true, 'authenticationType': 'BASIC', 'failureCount': 0, "
                              "'authentication': {'type': 'BASIC', 'username': 'u', "
                              "'password': 'pw-EchoedBackByTheServer-2'}, "
                              "'createdAt': '2025-05-01T12:00:00.000Z'}")),
    };
    QVERIFY(endpoints.at(0).raw.contains(diligentSecret.toUtf8())); // the test means something
    QVERIFY(endpoints.at(1).raw.contains(atoaPassword.toUtf8()));
    for (const auto format : {EndpointExport::Format::Csv, EndpointExport::Format::Json}) {
        const QByteArray bytes = EndpointExport::write(endpoints, format);
        QVERIFY(!bytes.contains(diligentSecret.toUtf8()));
        QVERIFY(!bytes.contains(atoaPassword.toUtf8()));
        QVERIFY(!bytes.contains("EchoedBack"));
        QVERIFY(bytes.contains("BASIC")); // what is exported instead: whether and which kind
    }
}

QList<Endpoint> TestEndpointExport::hostileEndpoints(int count)
{
    // Every kind of text a server may send: controls, bidi, separators, lone and paired surrogates,
    // tag characters, quotes, backslashes, CRLF, formulas; in every field that carries text.
    const QList<QString> texts{
        whole(u"\x1b[2J\u202Eevil\0\"=1"),
        whole(u"a\u2028b\u2029c\x7f\u0085\u00ad\u200b"),
        QString(QChar(0xd800)) + QStringLiteral("lone high, then low ") + QChar(0xdc00),
        whole(u"\U0001F600 \U000E0001 tag, caf\u00e9"),
        QStringLiteral("=HYPERLINK(\"http://evil\") \\ \"q\" ,;\r\n\tnext line"),
        QStringLiteral("-2+3 @SUM(A1)"),
        QString(),
    };
    QList<Endpoint> endpoints;
    const ProviderId providers[] = {ProviderId::Layers, ProviderId::OpenTrain, ProviderId::OptimalDial,
                                    ProviderId::Diligent, ProviderId::Atoa};
    for (int i = 0; i < count; ++i) {
        Endpoint e = everything(providers[i % 5]);
        const QString &text = texts.at(i % texts.size());
        e.account = text;
        e.id = QStringLiteral("ep_%1").arg(i) + text;
        e.url = text + QStringLiteral("https://h.example/") + QString::number(i);
        e.events = {text, QStringLiteral("job.completed")};
        e.description = text;
        e.disabledReason = text;
        e.providerStatus = i % 3 ? text : QStringLiteral("active");
        e.metadata.insert(text, text);
        e.failureCount = i % 4;
        e.lastDeliveryAt =
            i % 2 ? QDateTime() : QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(i);
        endpoints << e;
    }
    return endpoints;
}

void TestEndpointExport::streamedJsonIsTheWholeDocumentByteForByte()
{
    // The whole-document export this streaming writer replaced, kept as the reference: one QJsonArray,
    // QJsonDocument::Indented, InertText::escapeJson over all of it.
    const auto wholeDocument = [](const QList<Endpoint> &endpoints) {
        QJsonArray array;
        for (const Endpoint &e : endpoints)
            array.append(EndpointCodec::toNormalizedJson(e));
        return InertText::escapeJson(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)))
            .toUtf8();
    };
    // 600: several 64 KiB chunks; 2600: more blocks of 500 than the threads serialising them hold ahead.
    for (const int count : {0, 1, 2, 7, 600, 2600}) {
        const QList<Endpoint> endpoints = hostileEndpoints(count);
        const QByteArray expected = wholeDocument(endpoints);
        QCOMPARE(EndpointExport::write(endpoints, EndpointExport::Format::Json), expected);
        QBuffer device;
        QVERIFY(device.open(QIODevice::WriteOnly));
        QVERIFY(EndpointExport::write(endpoints, EndpointExport::Format::Json, &device));
        QCOMPARE(device.data(), expected);
    }
}

void TestEndpointExport::streamedCsvIsTheRecordsInOrder()
{
    // The CSV of many endpoints is the header, then each endpoint's record as a one-endpoint export
    // writes it: nothing lost or repeated at a chunk's edge.
    const QList<Endpoint> endpoints = hostileEndpoints(2600);
    const QByteArray header = EndpointExport::write({}, EndpointExport::Format::Csv);
    QVERIFY(header.endsWith("\r\n"));
    QByteArray expected = header;
    for (const Endpoint &e : endpoints)
        expected += EndpointExport::write({e}, EndpointExport::Format::Csv).mid(header.size());
    QBuffer device;
    QVERIFY(device.open(QIODevice::WriteOnly));
    QVERIFY(EndpointExport::write(endpoints, EndpointExport::Format::Csv, &device));
    QVERIFY2(device.data().size() > 2 * 64 * 1024, "several chunks");
    QCOMPARE(device.data(), expected);
    QList<QStringList> records;
    QVERIFY(readRfc4180(QString::fromUtf8(device.data()), &records));
    QCOMPARE(records.size(), endpoints.size() + 1);
}

void TestEndpointExport::filterSeesEveryChunkOnARecordBoundary()
{
    // The CLI redacts what it writes through the filter: every byte passes through it, in chunks that
    // end where a record ends.
    const QList<Endpoint> endpoints = hostileEndpoints(600);
    for (const auto format : {EndpointExport::Format::Csv, EndpointExport::Format::Json}) {
        QBuffer device;
        QVERIFY(device.open(QIODevice::WriteOnly));
        QList<QByteArray> chunks;
        EndpointExport::Writer writer(&device, format, [&chunks](const QByteArray &chunk) {
            chunks << chunk;
            return QByteArray(chunk).replace("job.completed", "<redacted>");
        });
        QVERIFY(writer.begin());
        for (const Endpoint &e : endpoints)
            QVERIFY(writer.add(e));
        QVERIFY(writer.finish());
        QVERIFY(chunks.size() > 2);
        QCOMPARE(chunks.join(), EndpointExport::write(endpoints, format));
        QVERIFY(!device.data().contains("job.completed"));
        QCOMPARE(device.data().count("<redacted>"), endpoints.size());
        for (const QByteArray &chunk : std::as_const(chunks).first(chunks.size() - 1))
            QVERIFY(format == EndpointExport::Format::Csv ? chunk.endsWith("\r\n") : chunk.endsWith('}'));
    }
}

void TestEndpointExport::aRefusedWriteIsReported()
{
    QByteArray bytes;
    QBuffer readOnly(&bytes);
    QVERIFY(readOnly.open(QIODevice::ReadOnly)); // every write fails
    for (const auto format : {EndpointExport::Format::Csv, EndpointExport::Format::Json}) {
        QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): ReadOnly device");
        QVERIFY(!EndpointExport::write(hostileEndpoints(2600), format, &readOnly)); // stops at once
    }
}

QTEST_GUILESS_MAIN(TestEndpointExport)
#include "tst_endpointexport.moc"
