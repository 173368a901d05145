#include "render/begroting_view.h"

#include <algorithm>
#include <cmath>
#include <string_view>

#include "render/jaar_cijfers.h"
#include "util/number.h"
#include "util/text.h"

namespace openwijk {

namespace {

struct Group {
  std::string naam;  // the programma, or the taakveld's code and name
  Totaal totaal;
};

Data PerInwoner(const Totaal& t, std::optional<double> inwoners) {
  Data d{Data::type::object};
  std::optional<int64_t> per = PerInwonerHeleEuros(t.Huidig(), inwoners);
  bool ok = per && t.begroot.any();
  Put(&d, "bekend", ok);
  Put(&d, "tekst", ok ? FormatEuroRounded(*per) : std::string("niet bekend"));
  return d;
}

Data Row(const std::string& naam, const Totaal& t, std::optional<double> inwoners,
         bool tabel_gewijzigd) {
  Data row{Data::type::object};
  Put(&row, "naam", naam);
  Put(&row, "begroot", BedragCell(t.begroot));
  Put(&row, "gewijzigd", BedragCell(t.GewijzigdKolom(tabel_gewijzigd)));
  Put(&row, "realisatie", BedragCell(t.realisatie));
  Put(&row, "per_inwoner", PerInwoner(t, inwoners));
  return row;
}

Data Table(const std::vector<Group>& groups, const Totaal& totaal, std::optional<double> inwoners) {
  Data rows{Data::type::list};
  const bool gewijzigd = totaal.gewijzigd.any();
  for (const Group& gr : groups) Append(&rows, Row(gr.naam, gr.totaal, inwoners, gewijzigd));
  Data table{Data::type::object};
  Put(&table, "rijen", std::move(rows));
  Put(&table, "totaal", Row("Totaal", totaal, inwoners, gewijzigd));
  Put(&table, "leeg", groups.empty());
  return table;
}

}  // namespace

std::optional<int64_t> PerInwonerCents(int64_t cents, std::optional<double> inwoners) {
  if (!inwoners || !(*inwoners > 0)) return std::nullopt;
  return std::llround(static_cast<double>(cents) / *inwoners);
}

std::optional<int64_t> PerInwonerHeleEuros(int64_t cents, std::optional<double> inwoners) {
  if (!inwoners || !(*inwoners > 0)) return std::nullopt;
  return std::llround(static_cast<double>(cents) / *inwoners / 100.0) * 100;
}

Data BegrotingTables(const RenderContext& ctx, int g, int jaar, const std::string& root,
                     const JaarCijfers& c) {
  const Model& m = ctx.model;
  std::vector<Group> programmas, taakvelden;
  for (const auto& [programma, t] : c.per_programma) programmas.push_back({programma, t});
  for (const TaakveldSom& t : c.per_taakveld) taakvelden.push_back({t.naam, t.totaal});
  int inwoners_jaar = 0;
  std::optional<double> inwoners = ctx.agg.Inwoners(g, jaar, &inwoners_jaar);
  Data d{Data::type::object};
  Put(&d, "jaar", std::to_string(jaar));
  Put(&d, "per_programma", Table(programmas, c.totaal, inwoners));
  Put(&d, "per_taakveld", Table(taakvelden, c.totaal, inwoners));
  // With its year: a buurt's newest figure can be years older than the budget.
  Put(&d, "inwoners",
      inwoners ? FormatNumber(*inwoners, 0) + " (cijfer van " + std::to_string(inwoners_jaar) + ")"
               : std::string("niet bekend"));
  Put(&d, "heeft_regels", c.heeft_regels);
  Put(&d, "csv", root + m.gebieden[g].pad + "/begroting-" + std::to_string(jaar) + ".csv");
  Put(&d, "json", root + m.gebieden[g].pad + "/begroting-" + std::to_string(jaar) + ".json");
  Put(&d, "illustratief", c.illustratief);
  if (!c.grafiek.empty()) Put(&d, "grafiek", c.grafiek);  // bars beside the programma table
  return d;
}

std::string CsvField(const std::string& s) {
  std::string out;
  AppendCsvField(&out, s);
  return out;
}

void AppendCsvField(std::string* out, std::string_view s) {
  // A table, not find_first_of (memchr on the four characters for every
  // byte): the downloads are mostly fields that need no quotes.
  static constexpr auto kSpecial =
      ByteTable([](unsigned char c) { return c == ',' || c == '"' || c == '\n' || c == '\r'; });
  auto special = [](char c) { return kSpecial[static_cast<unsigned char>(c)]; };
  if (std::none_of(s.begin(), s.end(), special)) {
    out->append(s);
    return;
  }
  // Quoted, with every '"' doubled, copied in runs: a run ends with a quote,
  // and the next run starts with the same quote again.
  out->push_back('"');
  size_t run = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '"') continue;
    out->append(s.data() + run, i + 1 - run);
    run = i;
  }
  out->append(s.data() + run, s.size() - run);
  out->push_back('"');
}

// The downloads are written by hand, appended to one string, rather than
// through nlohmann::json or by joining temporary strings: a large gemeente
// has hundreds of them, and both dominated the build (the three download
// writers once took a fifth of a gemeente build).
void AppendRegelCsv(std::string* out, const BegrotingRegel& r) {
  auto field = [out](std::string_view s) {
    AppendCsvField(out, s);
    out->push_back(',');
  };
  auto amount = [out](const std::optional<int64_t>& v) {
    if (v) AppendCentsDecimal(out, *v);
    out->push_back(',');
  };
  field(r.id);
  out->append(std::to_string(r.jaar)).push_back(',');
  field(r.gebied_code);
  field(r.programma.str());
  field(r.taakveld.str());
  field(r.omschrijving);
  out->append(r.soort == Soort::kLasten ? "lasten," : "baten,");
  amount(r.begroot);
  amount(r.gewijzigd);
  amount(r.realisatie);
  field(r.financier.str());
  field(r.bron.str());
  AppendCsvField(out, r.besluit.str());
  out->push_back('\n');
}

std::string BegrotingCsv(const RenderContext& ctx, int g, int jaar, const PartWriter* write) {
  const auto& regels = ctx.model.begroting.at(jaar);
  TextParts parts(write);
  std::string& out = *parts.out();
  out.clear();
  for (const std::string& k : BegrotingKolommen()) out += (out.empty() ? "" : ",") + k;
  out += '\n';
  for (int i : ctx.agg.Regels(g, jaar)) {
    ctx.rijen->AppendCsv(&out, regels[i]);
    parts.Mark();
  }
  return parts.Finish();
}

void AppendRegelJson(std::string* out, const BegrotingRegel& r) {
  auto text = [out](const char* key, std::string_view s) {
    out->append(key);
    AppendJsonQuoted(out, s);
  };
  auto amount = [out](const char* key, const std::optional<int64_t>& v) {
    out->append(key);
    if (v)
      AppendCentsDecimal(out, *v);
    else
      out->append("null");
  };
  text("{\"id\": ", r.id);
  out->append(", \"jaar\": ").append(std::to_string(r.jaar));
  text(", \"gebied\": ", r.gebied_code);
  text(", \"programma\": ", r.programma.str());
  text(", \"taakveld\": ", r.taakveld.str());
  text(", \"omschrijving\": ", r.omschrijving);
  out->append(r.soort == Soort::kLasten ? ", \"soort\": \"lasten\"" : ", \"soort\": \"baten\"");
  amount(", \"begroot\": ", r.begroot);
  amount(", \"gewijzigd\": ", r.gewijzigd);
  amount(", \"realisatie\": ", r.realisatie);
  text(", \"financier\": ", r.financier.str());
  text(", \"bron\": ", r.bron.str());
  text(", \"besluit\": ", r.besluit.str());
  out->push_back('}');
}

std::string RegelsJson(const std::vector<const BegrotingRegel*>& regels, const PartWriter* write,
                       const RegelRijen& rijen) {
  TextParts parts(write);
  std::string& out = *parts.out();
  out += "[";
  for (size_t i = 0; i < regels.size(); ++i) {
    out += i ? ",\n " : "\n ";
    rijen.AppendJson(&out, *regels[i]);
    parts.Mark();
  }
  out += regels.empty() ? "]\n" : "\n]\n";
  return parts.Finish();
}

std::string BegrotingJson(const RenderContext& ctx, int g, int jaar, const PartWriter* write) {
  const auto& regels = ctx.model.begroting.at(jaar);
  std::vector<const BegrotingRegel*> lijst;
  for (int i : ctx.agg.Regels(g, jaar)) lijst.push_back(&regels[i]);
  return RegelsJson(lijst, write, *ctx.rijen);
}

void EmitBegrotingDownloads(RenderContext& ctx, int g, int jaar) {
  const std::string pad = ctx.model.gebieden[g].pad + "/begroting-" + std::to_string(jaar);
  ctx.out->AddInParts(pad + ".csv",
                      [&](const PartWriter& write) { return BegrotingCsv(ctx, g, jaar, &write); });
  ctx.out->AddInParts(pad + ".json",
                      [&](const PartWriter& write) { return BegrotingJson(ctx, g, jaar, &write); });
}

}  // namespace openwijk
