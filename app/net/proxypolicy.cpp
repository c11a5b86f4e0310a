#include "net/proxypolicy.h"

#include "diff/validation.h"

#include <QHostAddress>
#include <QLoggingCategory>
#include <QUrl>

Q_LOGGING_CATEGORY(lcProxy, "patchbay.proxy")

namespace {

const char *const httpsVariables[] = {"https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"};
// Not HTTP_PROXY: like curl, because CGI servers set it from a request's "Proxy:" header.
const char *const httpVariables[] = {"http_proxy", "all_proxy", "ALL_PROXY"};

QString noProxyValue()
{
    const QString lower = qEnvironmentVariable("no_proxy");
    return lower.isEmpty() ? qEnvironmentVariable("NO_PROXY") : lower;
}

bool matchesEntry(const QString &host, const QHostAddress &hostAddress, QString entry)
{
    if (entry == QLatin1String("*"))
        return true;
    if (!hostAddress.isNull()) {
        if (entry.contains(QLatin1Char('/'))) {
            const auto subnet = QHostAddress::parseSubnet(entry);
            return !subnet.first.isNull() && hostAddress.isInSubnet(subnet);
        }
        const QString bare =
            entry.startsWith(QLatin1Char('[')) ? entry.mid(1).section(QLatin1Char(']'), 0, 0) : entry;
        const QHostAddress address(bare);
        if (!address.isNull())
            return address.isEqual(hostAddress, QHostAddress::TolerantConversion);
    }
    // "host:port": the port is not part of the match (as in curl).
    if (entry.count(QLatin1Char(':')) == 1)
        entry = entry.section(QLatin1Char(':'), 0, 0);
    if (entry.startsWith(QLatin1String("*.")))
        entry = entry.mid(2);
    else if (entry.startsWith(QLatin1Char('.')))
        entry = entry.mid(1);
    if (entry.endsWith(QLatin1Char('.')))
        entry.chop(1);
    if (entry.isEmpty())
        return false;
    return host == entry || host.endsWith(QLatin1Char('.') + entry);
}

} // namespace

QString ProxyPolicy::proxyVariableFor(const QString &scheme)
{
    const bool https = scheme.compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
    const auto pick = [](const auto &names) -> QString {
        for (const char *name : names) {
            if (!qEnvironmentVariable(name).trimmed().isEmpty())
                return QString::fromLatin1(name);
        }
        return {};
    };
    return https ? pick(httpsVariables) : pick(httpVariables);
}

bool ProxyPolicy::matchesNoProxy(const QString &host, const QString &noProxy)
{
    QString name = host.toLower();
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    if (name.startsWith(QLatin1Char('[')) && name.endsWith(QLatin1Char(']')))
        name = name.mid(1, name.size() - 2);
    const QHostAddress address(name);
    const QStringList entries = noProxy.toLower().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &entry : entries) {
        const QString trimmed = entry.trimmed();
        if (!trimmed.isEmpty() && matchesEntry(name, address, trimmed))
            return true;
    }
    return false;
}

std::optional<QNetworkProxy> ProxyPolicy::parseProxy(const QString &text, QString *error)
{
    QString value = text.trimmed();
    if (!value.contains(QLatin1String("://")))
        value.prepend(QLatin1String("http://"));
    const QUrl url(value, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    QNetworkProxy::ProxyType type = QNetworkProxy::HttpProxy;
    if (scheme == QLatin1String("socks5") || scheme == QLatin1String("socks5h")) {
        type = QNetworkProxy::Socks5Proxy;
    } else if (scheme != QLatin1String("http")) {
        *error = tr("the proxy scheme \"%1\" is not supported (use http:// or socks5://).").arg(scheme);
        return std::nullopt;
    }
    if (!url.isValid() || url.host().isEmpty()) {
        *error = tr("it is not a valid proxy address (expected [http://]host[:port]).");
        return std::nullopt;
    }
    return QNetworkProxy(type, url.host(), quint16(url.port(1080)), url.userName(QUrl::FullyDecoded),
                         url.password(QUrl::FullyDecoded));
}

QString ProxyPolicy::environmentProblem()
{
    for (const QString &scheme : {QStringLiteral("https"), QStringLiteral("http")}) {
        const QString variable = proxyVariableFor(scheme);
        if (variable.isEmpty())
            continue;
        QString error;
        if (!parseProxy(qEnvironmentVariable(qPrintable(variable)), &error))
            return tr("The environment variable %1 cannot be used: %2").arg(variable, error);
    }
    return {};
}

QList<QNetworkProxy> ProxyPolicy::queryProxy(const QNetworkProxyQuery &query)
{
    const QUrl url = query.url();
    const QString host = url.isValid() ? url.host() : query.peerHostName();
    const QString scheme = url.isValid() ? url.scheme() : query.protocolTag();
    // A loopback server is this machine: a proxy could only see (or reroute) what is meant for it.
    if (Validation::isLoopbackHost(host) || matchesNoProxy(host, noProxyValue()))
        return {QNetworkProxy(QNetworkProxy::NoProxy)};
    const QString variable = proxyVariableFor(scheme);
    if (variable.isEmpty())
        return QNetworkProxyFactory::systemProxyForQuery(query);
    QString error;
    if (const std::optional<QNetworkProxy> proxy =
            parseProxy(qEnvironmentVariable(qPrintable(variable)), &error))
        return {*proxy};
    // The CLI refuses this before sending (environmentProblem); never log the value: it may hold a password.
    qCWarning(lcProxy, "Ignoring %s: %s", qPrintable(variable), qPrintable(error));
    return QNetworkProxyFactory::systemProxyForQuery(query);
}
