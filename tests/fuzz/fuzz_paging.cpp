// libFuzzer target: the paging state machine across many fuzzed pages. The input picks a provider
// and the caps, then holds page bodies separated by 0x1e; they are fed in turn (again from the
// first when they run out, which makes cursors repeat). Whatever the pages say, the pager must
// never ask for a cursor twice, never pass a cap, and stay stopped once stopped.
#include "fuzzcheck.h"
#include "net/listingpager.h"
#include "providers/providerspec.h"

#include <QSet>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 4)
        return 0;
    const QList<ProviderId> providers = Providers::all();
    const ProviderSpec &spec = Providers::spec(providers.at(data[0] % providers.size()));
    ListingPager::Limits limits;
    limits.maxEndpoints = 1 + data[1] % 64;
    limits.maxBytes = 1 + qint64(data[2]) * 64;
    limits.maxPages = 1 + data[3] % 32;
    const QByteArray rest = QByteArray::fromRawData(reinterpret_cast<const char *>(data + 4), int(size - 4));
    const QList<QByteArray> pages = rest.split('\x1e');

    ListingPager pager(spec, limits);
    QSet<QString> asked{pager.cursor()};
    ListingPager::Step step = ListingPager::Step::NextPage;
    for (int i = 0; i < 64 && step == ListingPager::Step::NextPage; ++i) {
        const int page = pager.pageNumber();
        step = pager.accept(pages.at(i % pages.size()));
        fuzzCheck(pager.endpointCount() <= limits.maxEndpoints);
        fuzzCheck(pager.pageNumber() <= limits.maxPages);
        if (step == ListingPager::Step::NextPage) {
            fuzzCheck(pager.pageNumber() == page + 1);
            fuzzCheck(!asked.contains(pager.cursor())); // a cycle is caught before it is requested
            asked.insert(pager.cursor());
            fuzzCheck(pager.bytesRead() <= limits.maxBytes);
        } else if (step == ListingPager::Step::Failed) {
            fuzzCheck(pager.failure() != ListingPager::Failure::None && !pager.errorMessage().isEmpty());
        }
    }
    const ListingPager::Step final = pager.state();
    fuzzCheck(pager.accept("{}") == final || final == ListingPager::Step::NextPage);
    return 0;
}
