// The one helper that turns a failed ICU UErrorCode into a zz::Error (private to zz_text).
#pragma once

#include <unicode/utypes.h>

#include <string>

#include "zzreport/text/error.hpp"

namespace zz::text::detail {

/// Throws zz::Error(internal) naming the ICU call when `status` is a failure.
inline void check_icu(UErrorCode status, const char* what) {
  if (U_FAILURE(status)) {
    throw Error(ErrorKind::internal,
                std::string("ICU ") + what + " failed: " + u_errorName(status));
  }
}

}  // namespace zz::text::detail
