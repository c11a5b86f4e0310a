#pragma once

#include "diff/updaterequest.h"

struct Endpoint;
struct Draft;

// The one pure function that decides what is sent: (base, draft) → request, in the provider's
// wire shape (base.provider). Validation runs first; with errors the request is left empty.
namespace Diff {
DiffResult compute(const Endpoint &base, const Draft &draft);
}
