#pragma once

#include <QString>

class SandboxThread;
class Workspace;

// `patchbay --demo`: the embedded sandbox on loopback and one account per provider, with tokens
// held in memory only (nothing reaches the keychain or the settings).
namespace Demo {
// Returns the running sandbox, on its own thread (owned by the workspace: it stops with it), or nullptr
// with *error naming the cause. With `simulateDeliveries` (the interactive demo only: not --screenshot,
// which must show the seed as it is) a few endpoints fail, one is switched off by its provider and
// others recover over the first minute, so that a watching user sees it happen.
SandboxThread *start(Workspace *workspace, int extraEndpointsPerProvider, bool simulateDeliveries,
                     QString *error);
} // namespace Demo
