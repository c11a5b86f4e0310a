// The object of patchbay_test_pch: the target that precompiles qtmodules_pch.h for every test (tests/CMakeLists.txt).
