// Placeholder translation unit so that zz_extract is a real library until its extractors land.
#include "zzreport/extract/analysis.hpp"
