// at_least(): the bound check of counts given on the command line (--top, --min-df).
#include "checks.hpp"

#include <charconv>
#include <string>

namespace zz::cli {

CLI::Validator at_least(std::int64_t least) {
  std::string rule = "must be a whole number of at least " + std::to_string(least);
  return CLI::Validator(
      [least, rule](std::string& value) -> std::string {
        std::int64_t n = 0;
        const char* end = value.data() + value.size();
        auto [ptr, ec] = std::from_chars(value.data(), end, n);
        if (ec != std::errc() || ptr != end || n < least) return rule + ", not '" + value + "'";
        return {};
      },
      least == 1 ? std::string("POSITIVE")
                 : "AT LEAST " + std::to_string(least));  // shown in --help
}

}  // namespace zz::cli
