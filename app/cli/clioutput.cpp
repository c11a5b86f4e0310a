#include "cli/clioutput.h"

#include "core/endpoint.h"
#include "core/health.h"
#include "core/inerttext.h"
#include "net/preparedrequest.h"
#include "providers/endpointcodec.h"
#include "providers/providerspec.h"
#include "secrets/account.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// QJsonDocument escapes only C0; DEL, C1 and format characters (U+202E…) are escaped here too, so
// the JSON is safe on a terminal and still parses to the server's exact strings.
QString jsonText(const QJsonDocument &document)
{
    return InertText::escapeJson(QString::fromUtf8(document.toJson(QJsonDocument::Indented)));
}

} // namespace

QString CliOutput::table(const QStringList &headers, const QList<QStringList> &rowsIn)
{
    // Every cell is one line of inert text: a newline, CR or ESC from a server cannot break or
    // repaint the table. Escaped before measuring, so the columns stay aligned.
    QList<QStringList> rows = rowsIn;
    for (QStringList &row : rows) {
        for (QString &cell : row)
            cell = InertText::escape(cell);
    }
    QList<int> widths;
    auto measure = [&widths](const QStringList &cells) {
        for (int i = 0; i < cells.size(); ++i) {
            if (i == widths.size())
                widths << 0;
            widths[i] = qMax(widths[i], cells.at(i).size());
        }
    };
    measure(headers);
    for (const QStringList &row : rows)
        measure(row);
    qsizetype lineLength = 1;
    for (const int width : widths)
        lineLength += width + 2;
    QString text;
    text.reserve(lineLength * (rows.size() + 1));
    // Written in place: a table is a few KiB, built once per command.
    auto appendLine = [&widths, &text](const QStringList &cells) {
        const qsizetype start = text.size();
        for (int i = 0; i < cells.size(); ++i) {
            text += cells.at(i);
            if (i < cells.size() - 1)
                text.resize(text.size() + qMax(0, widths.at(i) - cells.at(i).size()) + 2, QLatin1Char(' '));
        }
        // A trailing empty cell leaves padding behind; keep lines clean for diff and grep.
        qsizetype end = text.size();
        while (end > start && text.at(end - 1) == QLatin1Char(' '))
            --end;
        text.truncate(end);
        text += QLatin1Char('\n');
    };
    if (!headers.isEmpty())
        appendLine(headers);
    for (const QStringList &row : rows)
        appendLine(row);
    return text;
}

QString CliOutput::endpointTable(const QList<Endpoint> &endpoints)
{
    QList<QStringList> rows;
    for (const Endpoint &e : endpoints) {
        // "-": listed with --provider, not through a saved account.
        rows << QStringList{e.account.isEmpty() ? QStringLiteral("-") : e.account,
                            e.id,
                            HealthRules::key(HealthRules::evaluate(e).health),
                            QString::number(e.failureCount),
                            e.url,
                            e.events.join(QLatin1Char(','))};
    }
    return table({tr("ACCOUNT"), tr("ID"), tr("HEALTH"), tr("FAILURES"), tr("URL"), tr("EVENTS")}, rows);
}

QString CliOutput::endpointDetails(const Endpoint &endpoint)
{
    // The fields of EndpointCodec::toNormalizedJson, in this order, read from the Endpoint itself:
    // building the JSON first cost ~0.05 ms of a ~5 ms update. tst_cli_process::
    // detailsShowEveryNormalizedField checks every seeded endpoint against the JSON, key for key.
    const ProviderSpec &spec = Providers::spec(endpoint.provider);
    const HealthInfo health = HealthRules::evaluate(endpoint); // the reason in the user's language
    const auto orDash = [](const QString &text) { return text.isEmpty() ? QStringLiteral("-") : text; };
    const auto date = [](const QDateTime &at) {
        return at.isValid() ? at.toString(Qt::ISODateWithMs) : QStringLiteral("-");
    };
    const auto number = [](int n) { return QString::number(double(n)); }; // as a JSON number prints
    const auto yesNo = [](bool yes) { return yes ? tr("yes") : tr("no"); };
    QList<QStringList> rows;
    const auto add = [&rows](const QString &label, const QString &value) {
        rows << QStringList{label + QLatin1Char(':'), value};
    };
    add(tr("ID"), orDash(endpoint.id));
    add(tr("Provider"), spec.key);
    add(tr("Account"), orDash(endpoint.account));
    add(tr("URL"), orDash(endpoint.url));
    QStringList events;
    for (const QString &event : endpoint.events)
        events << orDash(event);
    add(tr("Events"), orDash(events.join(QLatin1String(", "))));
    add(tr("Description"), orDash(spec.hasDescription() ? endpoint.description : QString()));
    if (spec.hasEnabled())
        add(tr("Enabled"), yesNo(endpoint.enabled));
    add(tr("Health"), HealthRules::key(health.health));
    add(tr("Health reason"), orDash(health.reason));
    add(tr("Provider status"), orDash(health.providerWords));
    if (health.disabledBy != DisabledBy::NotDisabled) {
        add(tr("Disabled by"), HealthRules::disabledByKey(health.disabledBy));
        add(tr("Disabled at"), date(endpoint.disabledAt));
    }
    add(tr("Failures"), number(endpoint.failureCount));
    add(tr("Last delivery"), date(endpoint.lastDelivery()));
    if (endpoint.lastDeliveryStatus)
        add(tr("Last delivery status"), number(endpoint.lastDeliveryStatus));
    if (spec.hasMetadata()) {
        QStringList pairs;
        for (auto it = endpoint.metadata.begin(); it != endpoint.metadata.end(); ++it)
            pairs << it.key() + QLatin1Char('=') + it.value();
        add(tr("Metadata"), orDash(pairs.join(QLatin1String(", "))));
    }
    if (spec.hasScope())
        add(tr("Scope"), orDash(endpoint.scope));
    if (spec.hasSecret())
        add(tr("Secret set"), yesNo(endpoint.hasSecret));
    if (!endpoint.secretType.isEmpty())
        add(tr("Secret type"), endpoint.secretType);
    if (!endpoint.environment.isEmpty())
        add(tr("Environment"), endpoint.environment);
    add(tr("Created"), date(endpoint.createdAt));
    return table({}, rows); // no header line: a label/value list, aligned like the table
}

QString CliOutput::endpointJson(const Endpoint &endpoint)
{
    return jsonText(QJsonDocument(EndpointCodec::toNormalizedJson(endpoint)));
}

QString CliOutput::dryRunJson(const PreparedRequest &request)
{
    QJsonObject headers;
    for (const auto &header : request.redactedHeaders())
        headers.insert(QString::fromLatin1(header.first), QString::fromUtf8(header.second));
    const QByteArray body = request.redactedBody();
    const QJsonDocument parsed = QJsonDocument::fromJson(body);
    const QJsonValue bodyValue = body.isEmpty()      ? QJsonValue()
                                 : parsed.isObject() ? QJsonValue(parsed.object())
                                 : parsed.isArray()  ? QJsonValue(parsed.array())
                                                     : QJsonValue(QString::fromUtf8(body));
    return jsonText(QJsonDocument(QJsonObject{{QStringLiteral("dryRun"), true},
                                              {QStringLiteral("method"), QString::fromLatin1(request.method)},
                                              {QStringLiteral("url"), request.url.toString()},
                                              {QStringLiteral("headers"), headers},
                                              {QStringLiteral("body"), bodyValue}}));
}

QString CliOutput::accountTable(const QList<Account> &accounts)
{
    QList<QStringList> rows;
    for (const Account &a : accounts)
        rows << QStringList{a.name, Providers::spec(a.provider).key, a.baseUrl.toString(),
                            a.environment.isEmpty() ? QStringLiteral("-") : a.environment};
    return table({tr("NAME"), tr("PROVIDER"), tr("BASE URL"), tr("ENVIRONMENT")}, rows);
}

QString CliOutput::accountsJson(const QList<Account> &accounts)
{
    QJsonArray array;
    for (const Account &a : accounts)
        array.append(QJsonObject{{QStringLiteral("name"), a.name},
                                 {QStringLiteral("provider"), Providers::spec(a.provider).key},
                                 {QStringLiteral("baseUrl"), a.baseUrl.toString()},
                                 {QStringLiteral("environment"), a.environment},
                                 {QStringLiteral("caFile"), a.caFile}});
    return jsonText(QJsonDocument(array));
}
