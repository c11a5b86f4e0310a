// libFuzzer target: the Retry-After header of a 429/503. Whatever the server sends, the wait that
// comes out is either none or a whole number of seconds from 0 to a day (the client sleeps on it).
#include "net/errormapping.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray header = QByteArray::fromRawData(reinterpret_cast<const char *>(data), int(size));
    const std::optional<int> seconds = ErrorMapping::retryAfterSeconds(header);
    if (seconds && (*seconds < 0 || *seconds > 24 * 3600))
        abort();
    const ApiError error = ErrorMapping::fromHttp(429, QByteArray(), header);
    if (error.retryAfterSeconds != (seconds ? *seconds : ApiError().retryAfterSeconds))
        abort();
    return 0;
}
