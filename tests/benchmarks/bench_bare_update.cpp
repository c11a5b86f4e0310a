// The yardstick of bench_cli_update: the least a Qt program does for `endpoints update` at Layers.
// One QNetworkAccessManager GETs the endpoint, then PATCHes its description; nothing else (no
// translations, no settings, no keychain, no JSON model). Qt Core + Network only.
//   bench_bare_update BASE_URL ID DESCRIPTION   (token in PATCHBAY_TOKEN)

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUuid>

#include <cstdio>

namespace {

QNetworkRequest request(const QUrl &url, const QByteArray &token)
{
    QNetworkRequest r(url);
    r.setRawHeader("Authorization", "Bearer " + token);
    r.setRawHeader("Accept", "application/json");
    return r;
}

bool finish(QNetworkReply *reply, QByteArray *body)
{
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    *body = reply->readAll();
    const bool ok = reply->error() == QNetworkReply::NoError;
    if (!ok)
        std::fprintf(stderr, "%s\n", qPrintable(reply->errorString()));
    reply->deleteLater();
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: bench_bare_update BASE_URL ID DESCRIPTION\n");
        return 2;
    }
    const QByteArray token = qgetenv("PATCHBAY_TOKEN");
    const QUrl url(args.at(1) + QStringLiteral("/v1/webhook-endpoints/") + args.at(2));
    QNetworkAccessManager nam;
    QByteArray body;
    if (!finish(nam.get(request(url, token)), &body))
        return 1;
    // Like the CLI, look at the endpoint before changing it (it compares, then sends the change).
    const QJsonObject current = QJsonDocument::fromJson(body).object();
    if (current.value(QStringLiteral("description")).toString() == args.at(3))
        return 0;
    QNetworkRequest patch = request(url, token);
    patch.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    patch.setRawHeader("Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    const QByteArray change = QJsonDocument(QJsonObject{{QStringLiteral("description"), args.at(3)}})
                                  .toJson(QJsonDocument::Compact);
    if (!finish(nam.sendCustomRequest(patch, "PATCH", change), &body))
        return 1;
    return 0;
}
