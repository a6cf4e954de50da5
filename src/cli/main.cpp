// zzreport's entry point.
#include <iostream>

#include "cli.hpp"

int main(int argc, char** argv) { return zz::cli::run(argc, argv, std::cout, std::cerr); }
