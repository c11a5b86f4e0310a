#include "sandbox/sandboxpaging.h"

#include "providers/providerspec.h"
#include "sandbox/sandboxrules.h"
#include "sandbox/sandboxstore.h"

namespace {

constexpr int maxLimit = 100;

// Cursor tokens are opaque to clients: base64url("after:<id>").
QString encodeCursor(const QString &lastId)
{
    return QString::fromLatin1(QByteArray("after:" + lastId.toUtf8())
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool decodeCursor(const QString &token, QString *lastId)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        token.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || !decoded.decoded.startsWith("after:"))
        return false;
    *lastId = QString::fromUtf8(decoded.decoded.mid(6));
    return true;
}

// A positive integer query parameter; `fallback` when absent.
bool readPositive(const QUrlQuery &query, const QString &name, int fallback, int *out)
{
    if (!query.hasQueryItem(name)) {
        *out = fallback;
        return true;
    }
    bool ok = false;
    const int v = query.queryItemValue(name).toInt(&ok);
    *out = v;
    return ok && v >= 1;
}

QJsonArray slice(const SandboxStore &store, ProviderId provider, int from, int count)
{
    QJsonArray items;
    const int end = qMin(store.count(provider), from + count);
    for (int i = from; i < end; ++i)
        items.append(store.at(provider, i));
    return items;
}

} // namespace

namespace SandboxPaging {

SandboxReply list(const SandboxStore &store, ProviderId provider, const QUrlQuery &query)
{
    const PagingSpec &paging = Providers::spec(provider).paging;
    const int total = store.count(provider);
    auto refuse = [provider](const QString &param, const QString &why) {
        return SandboxRules::validationError(provider, QStringLiteral("%1 %2").arg(param, why),
                                             QJsonArray{QStringLiteral("query"), param});
    };

    int limit = 0;
    if (!readPositive(query, paging.limitParam, paging.pageSize, &limit))
        return refuse(paging.limitParam, QStringLiteral("must be a positive integer"));
    limit = qMin(limit, maxLimit);

    QJsonObject reply;
    switch (paging.style) {
    case PagingSpec::Style::CursorToken: {
        int from = 0;
        if (query.hasQueryItem(paging.cursorParam)) {
            QString lastId;
            const int at = decodeCursor(query.queryItemValue(paging.cursorParam), &lastId)
                               ? store.indexOf(provider, lastId)
                               : -1;
            if (at < 0)
                return refuse(paging.cursorParam, QStringLiteral("is not a valid cursor"));
            from = at + 1;
        }
        const QJsonArray items = slice(store, provider, from, limit);
        const bool more = from + limit < total;
        reply.insert(paging.itemsKey, items);
        reply.insert(
            paging.nextKey,
            more ? QJsonValue(encodeCursor(items.last().toObject().value(QStringLiteral("id")).toString()))
                 : QJsonValue(QJsonValue::Null));
        break;
    }
    case PagingSpec::Style::StartingAfterId: {
        int from = 0;
        if (query.hasQueryItem(paging.cursorParam)) {
            const int at = store.indexOf(provider, query.queryItemValue(paging.cursorParam));
            if (at < 0)
                return refuse(paging.cursorParam, QStringLiteral("names no endpoint of this org"));
            from = at + 1;
        }
        reply.insert(QStringLiteral("object"), QStringLiteral("list"));
        reply.insert(paging.itemsKey, slice(store, provider, from, limit));
        reply.insert(paging.nextKey, from + limit < total);
        break;
    }
    case PagingSpec::Style::PageNumber: {
        int page = 0;
        if (!readPositive(query, paging.cursorParam, 1, &page))
            return refuse(paging.cursorParam, QStringLiteral("must be a positive integer"));
        // A page past the end is empty, not an error; qint64 keeps a huge page number from overflowing.
        const qint64 from = qint64(page - 1) * limit;
        reply.insert(paging.itemsKey, from < total ? slice(store, provider, int(from), limit) : QJsonArray());
        reply.insert(paging.cursorParam, page);
        reply.insert(paging.limitParam, limit);
        reply.insert(paging.nextKey, total);
        break;
    }
    }
    return SandboxReply::json(200, reply);
}

} // namespace SandboxPaging
