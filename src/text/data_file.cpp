// DataFile: reading a data file whole, classifying its lines, splitting fields, naming errors.
#include "zzreport/text/data_file.hpp"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <system_error>

#include "zzreport/text/utf8.hpp"

namespace zz::text {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

bool is_blank(char c) { return c == ' ' || c == '\t'; }
bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

std::string_view trim_spaces(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

std::string line_name(std::size_t number) { return "line " + std::to_string(number); }

}  // namespace

std::vector<std::string_view> DataLine::fields() const {
  std::vector<std::string_view> out;
  std::string_view rest = text_;
  for (;;) {
    std::size_t tab = rest.find('\t');
    out.push_back(trim_spaces(rest.substr(0, tab)));
    if (tab == std::string_view::npos) break;
    rest.remove_prefix(tab + 1);
  }
  return out;
}

std::vector<std::string_view> DataLine::fields(std::size_t min, std::size_t max) const {
  std::vector<std::string_view> out = fields();
  // Trailing empty fields (a tab left at the end of a line) count as absent.
  while (out.size() > min && out.back().empty()) out.pop_back();
  if (out.size() < min || out.size() > max) {
    std::string expected =
        min == max ? std::to_string(min) : std::to_string(min) + " to " + std::to_string(max);
    throw error("expected " + expected + " TAB-separated field" + (max == 1 ? "" : "s") +
                ", found " + std::to_string(out.size()));
  }
  return out;
}

bool parse_uint(std::string_view field, std::uint32_t& value) {
  const char* end = field.data() + field.size();
  auto [ptr, ec] = std::from_chars(field.data(), end, value);
  return ec == std::errc() && ptr == end;
}

Error DataLine::error(std::string_view reason) const {
  return Error(ErrorKind::data, std::string(reason), std::string(file_), line_name(number_));
}

DataFile DataFile::read(const std::string& path, std::string_view what) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    throw Error(ErrorKind::data, "is a directory, not " + std::string(what), path);
  }
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) throw Error(ErrorKind::data, "cannot read " + std::string(what), path);
  std::string content(static_cast<std::size_t>(in.tellg()), '\0');
  in.seekg(0);
  if (!in.read(content.data(), static_cast<std::streamsize>(content.size()))) {
    throw Error(ErrorKind::data, "cannot read " + std::string(what), path);
  }
  return DataFile(std::move(content), path);
}

DataFile::DataFile(std::string content, std::string name)
    : content_(std::move(content)), name_(std::move(name)) {}

std::string_view DataFile::text() const {
  std::string_view text = content_;
  if (text.starts_with(kBom)) text.remove_prefix(kBom.size());
  return text;
}

DataFile::LineKind DataFile::classify(std::string_view line, DataDirective& directive) {
  std::size_t first = 0;
  while (first < line.size() && is_blank(line[first])) ++first;
  if (first == line.size()) return LineKind::skipped;
  if (line[first] != '#') return LineKind::data;
  // #documents 1185: a letter right after '#', then a name, a space and a value.
  if (first + 1 < line.size() && is_letter(line[first + 1])) {
    std::string_view rest = line.substr(first + 1);
    std::size_t space = rest.find(' ');
    if (space != std::string_view::npos) {
      std::string_view name = rest.substr(0, space);
      bool is_name = std::all_of(name.begin(), name.end(), [](char c) {
        return is_letter(c) || (c >= '0' && c <= '9') || c == '_';
      });
      if (is_name) {
        directive.name = name;
        directive.value = trim_spaces(rest.substr(space + 1));
        return LineKind::directive;
      }
    }
  }
  return LineKind::skipped;
}

void DataFile::check_utf8(std::string_view text, std::string_view name) {
  std::size_t bad = utf8::find_invalid_utf8(text);
  if (bad == text.size()) return;
  std::size_t line = 1 + static_cast<std::size_t>(std::count(
                             text.begin(), text.begin() + static_cast<std::ptrdiff_t>(bad), '\n'));
  throw Error(ErrorKind::data, "invalid UTF-8", std::string(name), line_name(line));
}

}  // namespace zz::text
