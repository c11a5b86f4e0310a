// libFuzzer target: every reply body a provider could send, for every provider, through the
// parsers the client uses. Nothing may crash, hang or read out of bounds; errors are fine.
#include "core/inerttext.h"
#include "net/errormapping.h"
#include "providers/endpointcodec.h"
#include "providers/providerspec.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data), int(size));
    for (ProviderId id : Providers::all()) {
        const ProviderSpec &spec = Providers::spec(id);
        Endpoint endpoint;
        QString error;
        EndpointCodec::parseItemReply(spec, body, &endpoint, &error);
        EndpointPage page;
        EndpointCodec::parsePage(spec, body, 3, &page, &error);
        for (const Endpoint &e : page.endpoints)
            EndpointCodec::toNormalizedJson(e);
    }
    ErrorMapping::fromHttp(422, body, body.left(8));
    // Whatever a server sends, what reaches a terminal holds no control or format character.
    const QString text = QString::fromUtf8(body);
    for (const QString &shown :
         {InertText::escape(text), InertText::escape(text, InertText::Newlines::Keep)}) {
        for (const char32_t c : shown.toUcs4()) {
            if (InertText::isUnsafe(c) && c != U'\n')
                std::abort();
        }
    }
    return 0;
}
