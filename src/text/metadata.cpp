// read_metadata(): gathers the lines that may say who gave a report, when and where — date lines,
// speaker lines, titles, the rest of the front matter, the opening sentence — in that order of
// trust, and reads region, level, date, meeting, type and planned year from them.
#include "metadata.hpp"

#include <algorithm>  // std::min
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "front_matter.hpp"
#include "planned_year.hpp"
#include "region_cues.hpp"
#include "report_date.hpp"
#include "u32_text.hpp"
#include "zzreport/text/utf8.hpp"

namespace zz::text {
namespace {

// Paragraphs after the front matter that may hold the opening sentence (各位代表： then
// 现在，我代表市人民政府…; 浙江 1979 puts 革委会主任： before them), and the sentences read in
// each.
constexpr std::size_t kOpeningParagraphs = 3;
constexpr std::size_t kOpeningSentences = 2;
// A speaker line is short: a title and a name (河北省人民政府代省长 钮茂生); so is a date line
// (——2019年1月15日在河北省第十三届人民代表大会第二次会议上), which after the front matter must not
// be mistaken for a paragraph that opens with a year (2003年，在党中央、国务院…领导下).
constexpr std::size_t kMaxSpeakerChars = 40;
constexpr std::size_t kMaxDateLineChars = 60;
// How often the body must name a region to decide: twice where no line tells the kind, once where
// a short form does (内蒙古 2005 says 自治区人民政府, 全区 and 我区, and 内蒙古 once), three times
// to overrule a line's region that the body never names (宿州 2015 names 宿州 24 times, not 苏州).
constexpr int kMinNamed = 2;
constexpr int kMinNamedOfAShortFormsKind = 1;
constexpr int kMinNamedAgainstALine = 3;

constexpr std::array<std::string_view, 10> kTitles = {"总理", "省长", "主席", "市长", "州长",
                                                      "盟长", "专员", "区长", "县长", "旗长"};

bool contains(std::string_view s, std::string_view what) {
  return s.find(what) != std::string_view::npos;
}

/// The lines that may say who gave the report, in order of trust.
struct CueLines {
  std::vector<std::u32string> dates;  ///< date lines: ——2019年1月15日在河北省第十三届…会议上
  std::vector<std::u32string> speakers;  ///< 海拉尔区人民政府区长 杜联合, 国务院总理 李克强
  std::vector<std::u32string> titles;   ///< the YAML or first title, then title lines
  std::vector<std::u32string> others;   ///< the rest of the front matter
  std::vector<std::u32string> opening;  ///< 我代表…, 受…委托, …会议上作的报告

  template <typename F>
  void for_each(F&& f) const {
    for (const auto* group : {&dates, &speakers, &titles, &others, &opening}) {
      for (const std::u32string& line : *group) {
        if (f(line)) return;
      }
    }
  }
};

bool is_speaker_line(std::string_view text) {
  if (utf8::count_code_points(text) > kMaxSpeakerChars) return false;
  return std::any_of(kTitles.begin(), kTitles.end(),
                     [&](std::string_view t) { return contains(text, t); });
}

/// Files a front-matter line, or a date or speaker line just after the front matter (a subtitle
/// with a comma ends the front matter early: 1978's 团结起来，为建设社会主义的现代化强国而奋斗).
/// Returns false for a line after the front matter that is neither.
bool file_line(const Document& doc, std::size_t p, bool front, CueLines& cues) {
  std::string text(doc.slice(doc.paragraphs[p].range));
  if (front ? is_date_line(text) || contains(text, "会议")
            : is_date_line(text) && utf8::count_code_points(text) <= kMaxDateLineChars) {
    // ——2025年1月15日在合肥市 | 第十七届人民代表大会第四次会议上: one line broken in two.
    if (p + 1 < doc.paragraphs.size() && doc.slice(doc.paragraphs[p + 1].range).starts_with("第")) {
      text += doc.slice(doc.paragraphs[p + 1].range);
    }
    cues.dates.push_back(to_u32(text));
  } else if (is_speaker_line(text)) {
    cues.speakers.push_back(to_u32(text));
  } else if (!front) {
    return false;
  } else if (text != doc.title) {
    (utf8::count_code_points(text) <= kMaxSpeakerChars ? cues.titles : cues.others)
        .push_back(to_u32(text));
  }
  return true;
}

CueLines cue_lines(const Document& doc) {
  CueLines cues;
  if (!doc.title.empty()) cues.titles.push_back(to_u32(doc.title));
  const std::size_t front = std::min<std::size_t>(doc.front_paragraphs, doc.paragraphs.size());
  for (std::size_t p = 0; p < front; ++p) file_line(doc, p, true, cues);
  const std::size_t opening_end = std::min(doc.paragraphs.size(), front + kOpeningParagraphs);
  std::size_t s = 0;
  for (std::size_t p = front; p < opening_end; ++p) {
    if (file_line(doc, p, false, cues)) continue;
    while (s < doc.sentences.size() && doc.sentences[s].paragraph < p) ++s;
    for (std::size_t k = 0; k < kOpeningSentences && s + k < doc.sentences.size() &&
                            doc.sentences[s + k].paragraph == p;
         ++k) {
      std::string_view sentence = doc.slice(doc.sentences[s + k].range);
      if (contains(sentence, "我代表") || contains(sentence, "委托") ||
          contains(sentence, "会议上")) {
        cues.opening.push_back(to_u32(sentence));
      }
    }
  }
  return cues;
}

/// Whether the body (after the front matter) names `cue`'s region: by its name, an alias, or a
/// county's name without its last character (海拉尔区 → 海拉尔).
bool body_names(const Document& doc, const RegionCue& cue, const RegionTable& table) {
  std::size_t begin = doc.front_paragraphs < doc.paragraphs.size()
                          ? doc.paragraphs[doc.front_paragraphs].range.begin
                          : doc.text.size();
  std::string_view body = std::string_view(doc.text).substr(begin);
  auto named = [&](std::string_view name) { return !name.empty() && contains(body, name); };
  if (named(cue.region)) return true;
  if (const Region* region = table.find(cue.region)) {
    return std::any_of(region->aliases.begin(), region->aliases.end(), named);
  }
  std::u32string name = to_u32(cue.region);
  return name.size() > 2 && named(to_utf8(std::u32string_view(name).substr(0, name.size() - 1)));
}

void read_region(Document& doc, const CueLines& cues, const RegionTable& table) {
  std::vector<RegionCue> named;
  std::optional<RegionCue> short_form;
  cues.for_each([&](const std::u32string& line) {
    std::optional<RegionCue> cue = region_in_line(line, table);
    if (cue && !cue->region.empty()) named.push_back(*cue);
    if (cue && cue->region.empty() && !short_form) short_form = cue;
    return false;
  });
  // The most trusted line's region, unless the body never names it while another line's region it
  // does name (宿州 2015: 在苏州市第四届…, a typo, under the title 宿州市政府工作报告).
  std::optional<RegionCue> chosen;
  for (const RegionCue& cue : named) {
    if (body_names(doc, cue, table)) {
      chosen = cue;
      break;
    }
  }
  if (!chosen && (!short_form || short_form->level != RegionLevel::county)) {
    // No line names the region (山东 1995: 省人民政府, 省八届人大三次会议), or none the body names:
    // the body does, among the regions of the kind the lines tell.
    std::string hint = short_form ? short_form->word : "";
    int min_named = hint.empty() ? kMinNamed : kMinNamedOfAShortFormsKind;
    if (!named.empty()) {
      if (hint.empty()) hint = kind_word(named.front().region);
      min_named = kMinNamedAgainstALine;
    }
    std::optional<RegionCue> body = region_in_body(doc.text, table, hint, min_named);
    if (body && !body->region.empty()) chosen = body;
    if (body && !short_form) short_form = body;
  }
  if (!chosen && !named.empty()) chosen = named.front();
  const std::optional<RegionCue>& cue = chosen ? chosen : short_form;
  if (!cue) return;
  doc.region = cue->region;
  doc.level = std::string(to_string(cue->level));
}

/// The kind of document, from its title, front matter and opening (docs/text.md).
std::string document_type(const CueLines& cues) {
  std::string head;
  cues.for_each([&](const std::u32string& line) {
    head += to_utf8(line);
    head += '\n';
    return false;
  });
  std::string title = to_utf8(cues.titles.empty() ? std::u32string() : cues.titles.front());
  if (contains(head, "统计公报")) return "statistical_communique";
  // 中国共产党株洲市第十三次代表大会: a party congress counts its sessions in 次, not 届.
  if (contains(head, "党代会") || (contains(head, "中国共产党") && contains(head, "次代表大会"))) {
    return "party_congress_report";
  }
  bool plan_title = contains(title, "规划") || contains(title, "五年计划");
  if (plan_title && contains(title, "纲要") && !contains(title, "报告")) return "five_year_plan";
  if (contains(head, "政府工作报告") || contains(head, "人民代表大会") || contains(head, "人大") ||
      (contains(head, "我代表") && (contains(head, "政府") || contains(head, "国务院")))) {
    return "government_work_report";
  }
  if (plan_title) return "five_year_plan";
  return "other";
}

}  // namespace

void read_metadata(Document& doc, const RegionTable* regions) {
  CueLines cues = cue_lines(doc);
  if (regions != nullptr) read_region(doc, cues, *regions);
  // The date from the front matter and titles only: an opening sentence may date something else.
  std::optional<ReportDate> date;
  for (const auto* group : {&cues.dates, &cues.titles, &cues.others}) {
    for (auto line = group->begin(); line != group->end() && !date; ++line) date = find_date(*line);
  }
  if (date) doc.date = date->iso();
  cues.for_each([&](const std::u32string& line) {
    doc.meeting = find_meeting(line);
    return !doc.meeting.empty();
  });
  doc.doc_type = document_type(cues);
  doc.year = planned_year(doc, date);
}

}  // namespace zz::text
