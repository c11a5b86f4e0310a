#pragma once

#include <functional>

// Blocking on top of callbacks, for the CLI: start(finish) begins an asynchronous job that calls
// finish() once; a local QEventLoop spins until then or until timeoutMs passed. Returns whether finish
// ran. Whatever the job's callback captures must be shared (not the caller's stack) in case it answers
// after a timeout.
namespace LocalWait {

// Generous: a keychain may show an unlock prompt and wait for the user.
constexpr int KeychainTimeoutMs = 120000;

bool run(const std::function<void(std::function<void()> finish)> &start, int timeoutMs);

} // namespace LocalWait
