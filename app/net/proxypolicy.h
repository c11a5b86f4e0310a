#pragma once

#include <QCoreApplication>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QString>
#include <optional>

// Which proxy a request goes through, for the client's QNetworkAccessManager.
// - Loopback (localhost, 127.0.0.0/8, ::1) never goes through a proxy.
// - no_proxy / NO_PROXY as curl reads it: "*", host names (a leading "." or "*." is optional and
//   also matches subdomains), IP addresses and CIDR ranges, comma-separated.
// - https requests: https_proxy, HTTPS_PROXY, all_proxy, ALL_PROXY (the first one set);
//   http requests: http_proxy, all_proxy, ALL_PROXY. Values:
//   [http://|socks5://|socks5h://][user:pw@]host[:port].
// - Otherwise the system's proxy configuration (desktop settings, PAC), through Qt.
// An https request through an HTTP proxy is a CONNECT tunnel: the proxy sees the host name and
// encrypted bytes, never the token; the server's certificate is verified as without a proxy.
class ProxyPolicy : public QNetworkProxyFactory
{
    Q_DECLARE_TR_FUNCTIONS(ProxyPolicy)
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;

    // The variable that chooses the proxy for this scheme ("https_proxy", …), or "" when none is set.
    static QString proxyVariableFor(const QString &scheme);
    static bool matchesNoProxy(const QString &host, const QString &noProxy);
    // A proxy from a variable's value; std::nullopt with *error for a scheme Qt cannot speak.
    static std::optional<QNetworkProxy> parseProxy(const QString &text, QString *error);
    // What is wrong with the proxy variables (named, value never shown: it may hold a password);
    // empty when they are usable. The CLI refuses to run with a broken one rather than bypass it.
    static QString environmentProblem();
};
