#pragma once

#include "providers/providerid.h"
#include "sandbox/sandboxhttp.h"

class SandboxStore;

// The list call, paged exactly as the provider's PagingSpec says (providers.cpp): cursor tokens,
// Stripe-style starting_after, or page numbers. The limit parameter is honoured and capped at 100;
// without it a page holds PagingSpec::pageSize endpoints.
namespace SandboxPaging {
SandboxReply list(const SandboxStore &store, ProviderId provider, const QUrlQuery &query);
}
