#pragma once

#include "core/endpoint.h"
#include "providers/endpointcodec.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

struct ProviderSpec;

// The paging of one listing, without any network: which page and cursor to ask for next, and when
// to stop. Every page is untrusted, so a listing also stops, with a message, when a cursor comes
// back that was already used (a cycle: caught at its first repeat, before it is requested again),
// or when the listing passes its caps on endpoints, reply bytes or pages.
class ListingPager
{
    Q_DECLARE_TR_FUNCTIONS(ListingPager)

public:
    // The defaults leave room for the largest real accounts (100 000 endpoints are about 50 MiB of
    // JSON) and keep a listing that never ends well under a gigabyte of memory.
    struct Limits
    {
        int maxEndpoints = 200000;
        qint64 maxBytes = 128LL * 1024 * 1024; // all page replies together
        int maxPages = 10000;
    };

    enum class Step
    {
        NextPage, // request pageNumber() with cursor()
        Done,
        Failed
    };

    enum class Failure
    {
        None,
        Unreadable, // a page's reply is not the list shape
        Cycle,
        TooManyEndpoints,
        TooManyBytes,
        TooManyPages
    };

    ListingPager(const ProviderSpec &spec, const Limits &limits);

    int pageNumber() const { return m_page; }          // 1-based, of the page to request next
    const QString &cursor() const { return m_cursor; } // to send with it; "" for a first page

    // A page's reply read into endpoints: the costly part, done by parse() on any thread.
    struct ParsedPage
    {
        bool ok = false;
        EndpointPage page;
        QString message; // when not ok
    };

    // Takes the reply body to the current page and says what comes next: admit() + parse() + acceptPage().
    Step accept(const QByteArray &body);
    // The same in three steps, so that a window can parse on another thread. admit() counts the
    // reply's bytes against the cap before anything reads it; parse() touches no pager state and is
    // safe on any thread; acceptPage() takes the result of parsing the current page.
    Step admit(qint64 replyBytes);
    static ParsedPage parse(const ProviderSpec &spec, int pageNumber, const QByteArray &body);
    Step acceptPage(ParsedPage parsed);
    const ProviderSpec &spec() const { return m_spec; }

    Step state() const { return m_state; }
    Failure failure() const { return m_failure; }
    const QString &errorMessage() const { return m_error; } // after Failed, for a person

    // Off: the pager only counts (the caller takes each page as it comes and needs no second copy).
    void setKeepEndpoints(bool keep) { m_keep = keep; }
    int endpointCount() const { return m_count; }
    qint64 bytesRead() const { return m_bytes; }
    const QList<Endpoint> &endpoints() const { return m_endpoints; }
    QList<Endpoint> takeEndpoints() { return std::move(m_endpoints); }

private:
    Step fail(Failure failure, const QString &message);
    static QByteArray keyOf(const QString &cursor);

    const ProviderSpec &m_spec;
    Limits m_limits;
    int m_page = 1;
    QString m_cursor;
    QHash<QByteArray, int> m_seenCursors; // digest of a cursor → the page it was sent for
    QList<Endpoint> m_endpoints;
    int m_count = 0;
    bool m_keep = true;
    qint64 m_bytes = 0;
    Step m_state = Step::NextPage;
    Failure m_failure = Failure::None;
    QString m_error;
};
