#include "net/listingpager.h"

#include "providers/endpointcodec.h"
#include "providers/providerspec.h"

#include <QCryptographicHash>
#include <QLocale>

ListingPager::ListingPager(const ProviderSpec &spec, const Limits &limits) : m_spec(spec), m_limits(limits)
{
    if (spec.paging.style == PagingSpec::Style::PageNumber)
        m_cursor = QStringLiteral("1");
    m_seenCursors.insert(keyOf(m_cursor), m_page);
}

// Cursors come from the server and may be long: a digest keeps the memory per page small.
QByteArray ListingPager::keyOf(const QString &cursor)
{
    return QCryptographicHash::hash(cursor.toUtf8(), QCryptographicHash::Sha256);
}

ListingPager::Step ListingPager::fail(Failure failure, const QString &message)
{
    m_state = Step::Failed;
    m_failure = failure;
    m_error = message;
    return m_state;
}

ListingPager::Step ListingPager::accept(const QByteArray &body)
{
    if (admit(body.size()) != Step::NextPage)
        return m_state;
    return acceptPage(parse(m_spec, m_page, body));
}

ListingPager::Step ListingPager::admit(qint64 replyBytes)
{
    if (m_state != Step::NextPage)
        return m_state;
    m_bytes += replyBytes;
    if (m_bytes > m_limits.maxBytes)
        return fail(Failure::TooManyBytes,
                    tr("the listing passed %1 in total on page %2; stopped (a provider that never stops "
                       "paging?)")
                        .arg(QLocale().formattedDataSize(m_limits.maxBytes, 0))
                        .arg(m_page));
    return m_state;
}

ListingPager::ParsedPage ListingPager::parse(const ProviderSpec &spec, int pageNumber, const QByteArray &body)
{
    ParsedPage parsed;
    parsed.ok = EndpointCodec::parsePage(spec, body, pageNumber, &parsed.page, &parsed.message);
    return parsed;
}

ListingPager::Step ListingPager::acceptPage(ParsedPage parsed)
{
    if (m_state != Step::NextPage)
        return m_state;
    if (!parsed.ok)
        return fail(Failure::Unreadable, tr("page %1: %2").arg(m_page).arg(parsed.message));
    const EndpointPage &page = parsed.page;
    if (qint64(m_count) + page.endpoints.size() > m_limits.maxEndpoints)
        return fail(Failure::TooManyEndpoints,
                    tr("the listing passed %1 endpoints on page %2; stopped (a provider that never stops "
                       "paging?)")
                        .arg(m_limits.maxEndpoints)
                        .arg(m_page));
    m_count += int(page.endpoints.size());
    if (m_keep && m_endpoints.isEmpty())
        m_endpoints = page.endpoints; // shared with the page until either changes
    else if (m_keep)
        m_endpoints += page.endpoints;
    if (!page.hasMore) {
        m_state = Step::Done;
        return m_state;
    }
    if (m_page >= m_limits.maxPages)
        return fail(Failure::TooManyPages,
                    tr("the listing still had more after %1 pages; stopped").arg(m_limits.maxPages));
    const QByteArray key = keyOf(page.nextCursor);
    const auto seen = m_seenCursors.constFind(key);
    if (seen != m_seenCursors.constEnd())
        return fail(Failure::Cycle, tr("the provider's paging goes in a circle: page %1 points back to the "
                                       "cursor of page %2; stopped")
                                        .arg(m_page)
                                        .arg(seen.value()));
    ++m_page;
    m_cursor = page.nextCursor;
    m_seenCursors.insert(key, m_page);
    return m_state;
}
