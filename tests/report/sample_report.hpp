// A hand-built Document and Analysis shaped like the seed report, shared by the writer tests so
// that they do not depend on the extractors.
#pragma once

#include "zzreport/extract/analysis.hpp"
#include "zzreport/report/writers.hpp"
#include "zzreport/text/document.hpp"

namespace zz::report::testing {

struct SampleReport {
  text::Document doc;
  extract::Analysis analysis;

  SampleReport() {
    doc.path = "reports/zhuzhou.txt";
    doc.encoding = "UTF-8";
    doc.bytes = 120;
    doc.original = "一、总体要求\n力争地区生产总值超过5000亿元。";
    doc.original_chars = 40;
    doc.title = "株洲市党代会报告";
    doc.year = 2021;
    doc.level = "city";
    doc.paragraphs.resize(3);
    doc.sentences.resize(5);
    text::Section top;
    top.level = 1;
    top.marker = "一、";
    top.title = "总体要求";
    top.span = {0, 6};
    text::Section child;
    child.level = 2;
    child.marker = "（一）";
    child.title = "主要目标";
    child.span = {7, 13};
    child.parent = 0;
    doc.sections = {top, child};
    doc.warnings.push_back({"page_marker", "removed page marker 《上接A1版》", {20, 27}});

    extract::Quantity gdp;
    gdp.kind = extract::QuantityKind::target;
    gdp.indicator = "地区生产总值";
    gdp.op = extract::Op::gt;
    gdp.value_text = "5000";
    gdp.value = 5000;
    gdp.unit = "亿元";
    gdp.magnitude = 5e11;
    gdp.base_unit = "元";
    gdp.hedge = extract::Hedge::strive;
    gdp.horizon = "五年";
    gdp.horizon_year = 2026;
    gdp.section = 1;
    gdp.span = {13, 19};
    gdp.quote = "力争地区生产总值超过5000亿元";
    gdp.quote_span = {7, 23};

    extract::Quantity clusters;
    clusters.kind = extract::QuantityKind::target;
    clusters.indicator = "千亿产业集群|新增";
    clusters.op = extract::Op::range;
    clusters.value_text = "2-3";
    clusters.min = 2;
    clusters.max = 3;
    clusters.unit = "个";
    clusters.base_unit = "个";
    clusters.hedge = extract::Hedge::strive;
    clusters.section = 0;
    clusters.span = {24, 27};
    clusters.quote = "力争新增2-3个千亿产业集群, \"集群\"\n";
    clusters.quote_span = {22, 33};

    extract::Quantity firms;
    firms.kind = extract::QuantityKind::achievement;
    firms.indicator = "高新技术企业";
    firms.op = extract::Op::eq;
    firms.value_text = "1000";
    firms.value = 1000;
    firms.unit = "家";
    firms.magnitude = 1000;
    firms.base_unit = "家";
    firms.span = {30, 35};
    firms.quote = "高新技术企业达到1000家";
    firms.quote_span = {28, 38};

    extract::Quantity year_count;
    year_count.kind = extract::QuantityKind::mention;
    year_count.indicator = "代表";
    year_count.value_text = "500";
    year_count.value = 500;
    year_count.span = {36, 39};
    year_count.quote = "500名代表";
    year_count.quote_span = {36, 40};
    analysis.quantities = {gdp, clusters, firms, year_count};

    analysis.keywords.push_back(
        {"株洲", extract::KeywordType::place, 0.51234567, 12, false, {{1, 3}, {8, 10}}, {10, 2}});
    analysis.keywords.push_back(
        {"长株潭一体化", extract::KeywordType::term, 0.25, 3, true, {{14, 20}}, {3, 0}});
    analysis.slogans.push_back(
        {"三高四新", extract::SloganType::numbered, true, 4, {{2, 6}, {30, 34}}});
    analysis.slogans.push_back({"神24", extract::SloganType::name, true, 1, {{40, 43}}});
  }

  ReportInput input(Selection selection = {}) const {
    return ReportInput{&doc, &analysis, {{"format", "json"}}, selection, {}};
  }
};

}  // namespace zz::report::testing
