// HtmlSite: the pages of `analyze -f html -o DIR/` and their index.
#include "html_site.hpp"

#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <iostream>
#include <nlohmann/json.hpp>

#include "output.hpp"
#include "zzreport/text/error.hpp"

namespace zz::cli {
namespace {

nlohmann::json to_json(const report::HtmlIndexEntry& e) {
  return {{"title", e.title},
          {"path", e.path},
          {"region", e.region},
          {"year", e.year ? nlohmann::json(*e.year) : nlohmann::json()},
          {"targets", e.targets},
          {"achievements", e.achievements},
          {"formulations", e.formulations},
          {"warnings", e.warnings}};
}

report::HtmlIndexEntry from_json(const nlohmann::json& j) {
  report::HtmlIndexEntry e;
  e.title = j.at("title").get<std::string>();
  e.path = j.at("path").get<std::string>();
  e.region = j.at("region").get<std::string>();
  if (!j.at("year").is_null()) e.year = j.at("year").get<int>();
  e.targets = j.at("targets").get<std::size_t>();
  e.achievements = j.at("achievements").get<std::size_t>();
  e.formulations = j.at("formulations").get<std::size_t>();
  e.warnings = j.at("warnings").get<std::size_t>();
  return e;
}

}  // namespace

bool is_site_output(const std::string& output) {
  if (output.empty() || output == "-") return false;
  if (output.back() == '/') return true;
  struct stat info {};
  return ::stat(output.c_str(), &info) == 0 && S_ISDIR(info.st_mode);
}

std::string frame_page(const report::HtmlIndexEntry& entry, std::string_view page) {
  std::string out = to_json(entry).dump();
  out += '\0';
  out += page;
  return out;
}

HtmlSite::HtmlSite(std::string dir) : dir_(std::move(dir)) {
  while (dir_.size() > 1 && dir_.back() == '/') dir_.pop_back();
  if (::mkdir(dir_.c_str(), 0755) != 0 && errno != EEXIST) {
    throw Error(ErrorKind::output,
                std::string("cannot create the directory: ") + std::strerror(errno), dir_);
  }
  names_.insert("index.html");
}

std::string HtmlSite::page_name(const std::string& path) {
  // The input's file name without its extension (2021.md -> 2021.html); when another page has it,
  // with its folder's name before it (北京市_2021.html), then the whole path, then numbered.
  // Characters that file systems or URLs mind become '_'.
  auto clean = [](std::string_view s) {
    std::string out(s);
    for (char& ch : out) {
      if (std::strchr("/\\:*?\"<>|#%& ", ch) != nullptr || static_cast<unsigned char>(ch) < 0x20) {
        ch = '_';
      }
    }
    return out;
  };
  std::string_view whole = path;
  while (whole.starts_with("./") || whole.starts_with("../") || whole.starts_with("/")) {
    whole.remove_prefix(whole.find('/') + 1);
  }
  std::size_t slash = whole.rfind('/');
  std::string_view file = slash == std::string_view::npos ? whole : whole.substr(slash + 1);
  std::size_t dot = file.rfind('.');
  std::string_view stem = dot != std::string_view::npos && dot > 0 ? file.substr(0, dot) : file;
  std::string_view folder;
  if (slash != std::string_view::npos) {
    std::string_view parent = whole.substr(0, slash);
    folder = parent.substr(parent.rfind('/') == std::string_view::npos ? 0 : parent.rfind('/') + 1);
  }
  std::vector<std::string> candidates{clean(stem)};
  if (!folder.empty()) candidates.push_back(clean(folder) + "_" + clean(stem));
  candidates.push_back(clean(whole.substr(0, whole.size() - (file.size() - stem.size()))));
  for (std::string& c : candidates) {
    if (c.empty()) c = "report";
    if (names_.insert(c + ".html").second) return c + ".html";
  }
  for (int n = 2;; ++n) {
    std::string name = candidates.back() + "-" + std::to_string(n) + ".html";
    if (names_.insert(name).second) return name;
  }
}

void HtmlSite::write(std::string_view framed) {
  std::size_t nul = framed.find('\0');
  if (nul == std::string_view::npos) return;  // a separator or an error record: not a page
  report::HtmlIndexEntry entry = from_json(nlohmann::json::parse(framed.substr(0, nul)));
  entry.href = page_name(entry.path);
  Sink page(dir_ + "/" + entry.href, std::cout);
  page.write(framed.substr(nul + 1));
  page.commit();
  entries_.push_back(std::move(entry));
}

void HtmlSite::finish() {
  Sink index(dir_ + "/index.html", std::cout);
  index.write(report::html_index(entries_));
  index.commit();
}

}  // namespace zz::cli
