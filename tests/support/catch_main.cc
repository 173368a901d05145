// The single Catch2 main for the unit and whole-site tests.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
