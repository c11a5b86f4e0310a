#pragma once

#include "sandbox/sandboxhttp.h"

class SandboxServer;
struct SandboxJournalEntry;

// The control API under /_sandbox/, for tests that run patchbay-sandbox as a separate process. It only
// calls SandboxServer's public API, so in-process and out-of-process tests drive the same thing.
namespace SandboxControl {
bool isControlPath(const QString &path);
SandboxReply handle(SandboxServer &server, const SandboxRequest &request);
QJsonObject journalEntryToJson(const SandboxJournalEntry &entry);
} // namespace SandboxControl
