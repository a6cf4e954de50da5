// Labels shared by the Markdown and terminal writers: how a reader writes a quantity, a horizon, a
// section. One place, so that both views say the same thing.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "zzreport/extract/analysis.hpp"
#include "zzreport/text/document.hpp"

namespace zz::report::detail {

/// A number without needless digits: 70, 2.5, 500000000000.
std::string format_number(double value);

/// The comparator as a reader writes it: 超过, ≥, 低于, ≤, 约, 增加, 下降; empty for eq and range.
std::string_view comparator_label(extract::Op op);

/// Direction, comparator, value and unit: "超过 70%", "≥ 5000亿元", "2-3个", "下降 ≥ 15%"; "—" when
/// there is no value.
std::string quantity_label(const extract::Quantity& q);

/// The horizon as written, with the resolved year when the text does not already say it:
/// "五年（2026）", "到2035年"; empty when there is none.
std::string horizon_label(const extract::Quantity& q);

/// The heading of a section as written ("三、坚持创新驱动"); empty for none or a bad index.
std::string section_label(const text::Document& doc, std::optional<std::uint32_t> section);

/// True for the quoted terms the 提法 sections list: numbered formulations and slogans, not the
/// names and ordinary words a report also puts in quotes (the JSON keeps them all).
bool is_formulation(const extract::Slogan& s);

/// The formulations of `slogans` (is_formulation()).
std::size_t count_formulations(const std::vector<extract::Slogan>& slogans);

/// "市级", "省级", ... for Document::level names; the name itself when unknown.
std::string_view level_label(std::string_view level);

}  // namespace zz::report::detail
