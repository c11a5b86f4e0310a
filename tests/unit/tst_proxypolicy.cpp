// Which proxy ProxyPolicy picks, from the environment as curl reads it. (The end-to-end tunnel, and
// loopback never being proxied, are in tst_apiclient_tls.)

#include "net/proxypolicy.h"

#include <QtTest>

class TestProxyPolicy : public QObject
{
    Q_OBJECT

    static QNetworkProxy decide(const char *url)
    {
        ProxyPolicy policy;
        const QList<QNetworkProxy> proxies =
            policy.queryProxy(QNetworkProxyQuery(QUrl(QString::fromLatin1(url))));
        return proxies.value(0);
    }

private slots:
    void init()
    {
        for (const char *name : {"https_proxy", "HTTPS_PROXY", "http_proxy", "HTTP_PROXY", "all_proxy",
                                 "ALL_PROXY", "no_proxy", "NO_PROXY"})
            qunsetenv(name);
    }
    void cleanup() { init(); }

    void httpsUsesHttpsProxyThenUpperCaseThenAllProxy()
    {
        qputenv("ALL_PROXY", "socks5://all.example:1080");
        QCOMPARE(decide("https://api.example.com/x").hostName(), QStringLiteral("all.example"));
        QCOMPARE(decide("https://api.example.com/x").type(), QNetworkProxy::Socks5Proxy);
        qputenv("HTTPS_PROXY", "upper.example:3128");
        QCOMPARE(decide("https://api.example.com/x").hostName(), QStringLiteral("upper.example"));
        qputenv("https_proxy", "http://user:p%40ss@lower.example:8080/");
        const QNetworkProxy proxy = decide("https://api.example.com/x");
        QCOMPARE(proxy.type(), QNetworkProxy::HttpProxy); // CONNECT tunnel for https
        QCOMPARE(proxy.hostName(), QStringLiteral("lower.example"));
        QCOMPARE(proxy.port(), quint16(8080));
        QCOMPARE(proxy.user(), QStringLiteral("user"));
        QCOMPARE(proxy.password(), QStringLiteral("p@ss"));
    }

    void httpProxyIsNotUsedForHttps()
    {
        // As in curl, http_proxy is not the choice for https:// (the system configuration, e.g. libproxy,
        // may still pick it). HTTP_PROXY is never read: CGI servers set it from a request header.
        QCOMPARE(ProxyPolicy::proxyVariableFor(QStringLiteral("https")), QString());
        qputenv("http_proxy", "plain.example:80");
        qputenv("HTTP_PROXY", "cgi.example:80");
        QCOMPARE(ProxyPolicy::proxyVariableFor(QStringLiteral("https")), QString());
        QCOMPARE(ProxyPolicy::proxyVariableFor(QStringLiteral("http")), QStringLiteral("http_proxy"));
    }

    void loopbackIsNeverProxied()
    {
        qputenv("https_proxy", "proxy.example:3128");
        qputenv("http_proxy", "proxy.example:3128");
        for (const char *url : {"https://127.0.0.1:8443/", "https://localhost/", "http://127.0.0.2/",
                                "https://[::1]:9/", "https://LOCALHOST/"})
            QVERIFY2(decide(url).type() == QNetworkProxy::NoProxy, url);
        QCOMPARE(decide("https://api.example.com/").type(), QNetworkProxy::HttpProxy);
    }

    void noProxy_data()
    {
        QTest::addColumn<QString>("noProxy");
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("direct");
        QTest::newRow("star") << "*"
                              << "api.example.com" << true;
        QTest::newRow("exact") << "api.example.com"
                               << "api.example.com" << true;
        QTest::newRow("suffix") << "example.com"
                                << "api.example.com" << true;
        QTest::newRow("dot suffix") << ".example.com"
                                    << "api.example.com" << true;
        QTest::newRow("dot matches itself") << ".example.com"
                                            << "example.com" << true;
        QTest::newRow("star-dot suffix") << "*.example.com"
                                         << "api.example.com" << true;
        QTest::newRow("not a suffix of a label") << "example.com"
                                                 << "badexample.com" << false;
        QTest::newRow("list with spaces") << "foo.org, example.com ,bar"
                                          << "api.example.com" << true;
        QTest::newRow("case") << "EXAMPLE.com"
                              << "Api.Example.COM" << true;
        QTest::newRow("port ignored") << "example.com:8443"
                                      << "api.example.com" << true;
        QTest::newRow("ip") << "10.1.2.3"
                            << "10.1.2.3" << true;
        QTest::newRow("other ip") << "10.1.2.3"
                                  << "10.1.2.4" << false;
        QTest::newRow("cidr") << "10.0.0.0/8"
                              << "10.1.2.3" << true;
        QTest::newRow("cidr outside") << "10.0.0.0/8"
                                      << "11.1.2.3" << false;
        QTest::newRow("ipv6 cidr") << "fd00::/8"
                                   << "fd12::1" << true;
        QTest::newRow("empty") << ""
                               << "api.example.com" << false;
        QTest::newRow("other") << "example.org"
                               << "api.example.com" << false;
    }
    void noProxy()
    {
        QFETCH(QString, noProxy);
        QFETCH(QString, host);
        QFETCH(bool, direct);
        QCOMPARE(ProxyPolicy::matchesNoProxy(host, noProxy), direct);
    }

    void noProxyVariableDecides()
    {
        qputenv("https_proxy", "proxy.example:3128");
        qputenv("NO_PROXY", ".internal.example");
        QCOMPARE(decide("https://api.internal.example/").type(), QNetworkProxy::NoProxy);
        QCOMPARE(decide("https://api.example.com/").type(), QNetworkProxy::HttpProxy);
        qputenv("no_proxy", "api.example.com"); // the lower-case one wins, as in curl
        QCOMPARE(decide("https://api.example.com/").type(), QNetworkProxy::NoProxy);
        QCOMPARE(decide("https://api.internal.example/").type(), QNetworkProxy::HttpProxy);
    }

    void unusableProxyIsAProblemThatNeverShowsTheValue()
    {
        QVERIFY(ProxyPolicy::environmentProblem().isEmpty());
        qputenv("https_proxy", "https://user:hunter2@proxy.example:3128");
        const QString problem = ProxyPolicy::environmentProblem();
        QVERIFY(problem.contains(QLatin1String("https_proxy")));
        QVERIFY2(!problem.contains(QLatin1String("hunter2")), qPrintable(problem));
        qputenv("https_proxy", "socks4://proxy.example:1080");
        QVERIFY(!ProxyPolicy::environmentProblem().isEmpty());
        qputenv("https_proxy", "socks5h://proxy.example");
        QVERIFY(ProxyPolicy::environmentProblem().isEmpty());
        QCOMPARE(decide("https://api.example.com/").port(), quint16(1080));
    }
};

QTEST_GUILESS_MAIN(TestProxyPolicy)
#include "tst_proxypolicy.moc"
