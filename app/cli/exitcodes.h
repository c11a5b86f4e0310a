#pragma once

// The documented exit codes of patchbay-cli (see `patchbay-cli --help`).
namespace ExitCode {
constexpr int Ok = 0;      // done, or nothing to change
constexpr int Usage = 2;   // usage, validation, keychain or missing token: nothing was sent
constexpr int Refused = 3; // the provider answered 4xx
constexpr int Failure = 4; // network, TLS, timeout, 5xx or an unreadable reply
} // namespace ExitCode
