#pragma once

#include <QString>

class SandboxServer;
class Workspace;

// `patchbay --demo`: the embedded sandbox on loopback and one account per provider, with tokens
// held in memory only (nothing reaches the keychain or the settings).
namespace Demo {
// Returns the running sandbox (owned by the workspace), or nullptr with *error naming the cause.
SandboxServer *start(Workspace *workspace, int extraEndpointsPerProvider, QString *error);
} // namespace Demo
