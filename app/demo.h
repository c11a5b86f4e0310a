#pragma once

#include <QString>

class SandboxThread;
class Workspace;

// `patchbay --demo`: the embedded sandbox on loopback and one account per provider, with tokens
// held in memory only (nothing reaches the keychain or the settings).
namespace Demo {
// Returns the running sandbox, on its own thread (owned by the workspace: it stops with it), or nullptr
// with *error naming the cause.
SandboxThread *start(Workspace *workspace, int extraEndpointsPerProvider, QString *error);
} // namespace Demo
