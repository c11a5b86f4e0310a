#pragma once

// A property a fuzz target checks: a violation stops libFuzzer (and the replay test) at once.
inline void fuzzCheck(bool condition)
{
    if (!condition)
        __builtin_trap();
}
