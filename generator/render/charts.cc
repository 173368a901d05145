#include "render/charts.h"

#include <algorithm>
#include <map>

#include "render/svg/chart.h"

namespace openwijk {

namespace {

std::optional<double> Cents(const Bedrag& b) {
  if (!b.any()) return std::nullopt;
  return static_cast<double>(b.cents);
}

}  // namespace

std::string ProgrammaBarsSvg(const Model& m, int g, int jaar,
                             const std::map<std::string, Totaal>& per_programma) {
  if (per_programma.empty()) return "";
  BarChartInput in;
  in.id_prefix = "staaf-" + std::to_string(jaar);
  in.title = "Lasten per programma, " + std::to_string(jaar) + ": begroot, gewijzigd en realisatie";
  in.description = "Staafdiagram van de lasten van " + m.gebieden[g].naam +
                   " per programma. Dezelfde bedragen staan in de tabel onder de grafiek.";
  in.category_axis_label = "Programma";
  in.value_axis_label = "Lasten in euro";
  in.series = {"Begroot", "Gewijzigd", "Realisatie"};
  bool gewijzigd = false;  // as in the table: amended somewhere, then every bar
  for (const auto& [programma, t] : per_programma) gewijzigd = gewijzigd || t.gewijzigd.any();
  for (const auto& [programma, t] : per_programma) {
    in.categories.push_back(
        {programma, {Cents(t.begroot), Cents(t.GewijzigdKolom(gewijzigd)), Cents(t.realisatie)}});
  }
  return BarChartSvg(in);
}

std::string VerloopSvg(const KompasReeks& reeks) {
  SparklineInput in;
  in.bridge_gaps = true;  // CBS figures come years apart (2017, 2024)
  in.label = "Verloop van " + reeks.indicator->naam;
  for (const KompasWaarde* w : reeks.waarden) {
    in.values[w->jaar] = *w->waarde;
    in.decimals = std::max(in.decimals, w->decimalen);
  }
  in.unit = reeks.indicator->eenheid.rfind("% ", 0) == 0 ? "%" : reeks.indicator->eenheid;
  return SparklineSvg(in);
}

}  // namespace openwijk
