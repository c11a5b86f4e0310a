#include "providers/jsonslices.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

// JsonSlices must agree with QJsonDocument on every document it answers for, and give up (nullopt)
// whenever agreeing is not certain: a listing then writes the parsed objects out instead.
class TestJsonSlices : public QObject
{
    Q_OBJECT

    static QJsonArray parsedItems(const QByteArray &json, const QString &key)
    {
        return QJsonDocument::fromJson(json).object().value(key).toArray();
    }

    // The slices, each parsed, equal the parser's own entries.
    static bool agrees(const QByteArray &json, const QString &key, const QList<QByteArray> &slices)
    {
        const QJsonArray items = parsedItems(json, key);
        if (items.size() != slices.size())
            return false;
        for (qsizetype i = 0; i < slices.size(); ++i) {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(slices.at(i), &error);
            if (error.error != QJsonParseError::NoError || doc.object() != items.at(i).toObject())
                return false;
        }
        return true;
    }

private slots:
    void keepsTheServersBytesWithoutTheSpaces()
    {
        const QByteArray json = "{\n  \"next\": null,\n  \"data\": [\n    { \"id\" : \"a b\",  \"n\": 1 "
                                ",\"x\":[ 1, {\"y\" : \"}\\\" ]\"} ] },\n"
                                "\t{\"url\":\"https://h.example/p?q={1}\",\"u\":\"\\u00e9\\n\"}\r\n  ]\n}\n";
        const auto slices = JsonSlices::objectsInMember(json, "data");
        QVERIFY(slices);
        QCOMPARE(slices->size(), 2);
        // Spaces inside strings stay, escapes stay as written, key order stays the server's.
        QCOMPARE(slices->at(0), QByteArray("{\"id\":\"a b\",\"n\":1,\"x\":[1,{\"y\":\"}\\\" ]\"}]}"));
        QCOMPARE(slices->at(1), QByteArray("{\"url\":\"https://h.example/p?q={1}\",\"u\":\"\\u00e9\\n\"}"));
        QVERIFY(agrees(json, "data", *slices));
        QCOMPARE(JsonSlices::objectsInMember("{\"data\":[]}", "data")->size(), 0);
    }

    void givesUpWhenNotSureWhatTheParserKept()
    {
        // The key twice (which one QJsonDocument keeps is its business), or written with an escape.
        QVERIFY(!JsonSlices::objectsInMember("{\"data\":[{\"id\":1}],\"data\":[{\"id\":2}]}", "data"));
        QVERIFY(!JsonSlices::objectsInMember("{\"d\\u0061ta\":[{\"id\":1}]}", "data"));
        QVERIFY(!JsonSlices::objectsInMember("{\"d\\u0061ta\":[{\"id\":1}],\"data\":[{\"id\":2}]}", "data"));
        // Not the shape asked for.
        QVERIFY(!JsonSlices::objectsInMember("{\"data\":[{\"id\":1}, 2]}", "data"));
        QVERIFY(!JsonSlices::objectsInMember("{\"data\":{\"id\":1}}", "data"));
        QVERIFY(!JsonSlices::objectsInMember("[{\"data\":[]}]", "data"));
        QVERIFY(!JsonSlices::objectsInMember("{\"other\":[]}", "data"));
        // Broken or trailing bytes.
        QVERIFY(!JsonSlices::objectsInMember("{\"data\":[{\"id\":\"unterminated}]}", "data"));
        QVERIFY(!JsonSlices::objectsInMember("{\"data\":[{\"id\":1}]} {}", "data"));
        QVERIFY(!JsonSlices::objectsInMember("{\"data\":[{\"id\":1}]", "data"));
        QVERIFY(!JsonSlices::objectsInMember("", "data"));
        QVERIFY(!JsonSlices::object("{\"id\":1} x"));
        QVERIFY(!JsonSlices::object("{\"endpoint\":[1]}", "endpoint"));
    }

    void deepNestingIsRefusedNotRecursedInto()
    {
        // Far deeper than any parser allows: must come back, not overflow the stack.
        const int depth = 200000;
        const QByteArray json =
            "{\"data\":[{\"x\":" + QByteArray(depth, '[') + QByteArray(depth, ']') + "}]}";
        QVERIFY(!JsonSlices::objectsInMember(json, "data"));
        QVERIFY(!JsonSlices::object(json, "data"));
    }

    void theWholeObjectOrAWrappedOne()
    {
        const QByteArray bare = " { \"id\" : \"x\" , \"n\" : [ 1 , 2 ] } ";
        QCOMPARE(*JsonSlices::object(bare), QByteArray("{\"id\":\"x\",\"n\":[1,2]}"));
        const QByteArray wrapped = "{\"meta\":{},\"endpoint\": {\"id\" : \"y\"} }";
        QCOMPARE(*JsonSlices::object(wrapped, "endpoint"), QByteArray("{\"id\":\"y\"}"));
    }

    void agreesWithTheParserOnRandomDocuments()
    {
        // Random pages written by QJsonDocument (compact and indented) and then with random spacing
        // between tokens; and random byte changes: whatever the parser still accepts, the slices either
        // give up or match it entry for entry.
        QRandomGenerator random(20261130);
        const auto text = [&] {
            static const char *pieces[] = {"a",  " ", "{", "}", "[",  "]",  "\"",
                                           "\\", ",", ":", "é", "\n", "\t", "x"};
            QString s;
            for (int i = random.bounded(8); i > 0; --i)
                s += QString::fromUtf8(pieces[random.bounded(int(std::size(pieces)))]);
            return s;
        };
        std::function<QJsonValue(int)> value = [&](int depth) -> QJsonValue {
            switch (random.bounded(depth > 3 ? 4 : 6)) {
            case 0:
                return text();
            case 1:
                return random.bounded(1000) - 500;
            case 2:
                return random.bounded(2) == 1;
            case 3:
                return QJsonValue::Null;
            case 4: {
                QJsonArray a;
                for (int i = random.bounded(4); i > 0; --i)
                    a << value(depth + 1);
                return a;
            }
            default: {
                QJsonObject o;
                for (int i = random.bounded(4); i > 0; --i)
                    o.insert(text(), value(depth + 1));
                return o;
            }
            }
        };
        int answered = 0;
        for (int round = 0; round < 3000; ++round) {
            QJsonArray items;
            for (int i = random.bounded(5); i > 0; --i) {
                QJsonObject o;
                for (int k = random.bounded(5); k > 0; --k)
                    o.insert(text(), value(1));
                items << o;
            }
            QJsonObject page{{QStringLiteral("data"), items}, {QStringLiteral("more"), value(1)}};
            QByteArray json =
                QJsonDocument(page).toJson(round % 2 ? QJsonDocument::Compact : QJsonDocument::Indented);
            if (round % 3 == 0) { // spaces between tokens, outside strings
                QByteArray spaced;
                bool inString = false;
                for (qsizetype i = 0; i < json.size(); ++i) {
                    const char c = json.at(i);
                    spaced += c;
                    if (inString && c == '\\') {
                        spaced += json.at(++i);
                        continue;
                    }
                    if (c == '"')
                        inString = !inString;
                    if (!inString && (c == ',' || c == ':' || c == '{' || c == '['))
                        spaced += QByteArray(random.bounded(3), " \t\r\n"[random.bounded(4)]);
                }
                json = spaced;
            }
            if (round % 5 == 0 && !json.isEmpty()) // a random change
                json[random.bounded(int(json.size()))] = "{}[]\",:\\ a1"[random.bounded(12)];
            QJsonParseError error;
            QJsonDocument::fromJson(json, &error);
            const auto slices = JsonSlices::objectsInMember(json, "data");
            if (error.error != QJsonParseError::NoError) {
                continue; // the codec never gets this far with such a reply
            }
            if (!slices)
                continue;
            ++answered;
            QVERIFY2(agrees(json, QStringLiteral("data"), *slices), json.constData());
        }
        QVERIFY(answered > 2000); // it gives up rarely on well-formed pages
    }
};

QTEST_GUILESS_MAIN(TestJsonSlices)
#include "tst_jsonslices.moc"
