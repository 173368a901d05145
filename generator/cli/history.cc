// `openwijk history ID` and `openwijk publications`: the publications
// reachable from a revision, and one budget line through all of them.
#include <cstdio>

#include "cli/command.h"
#include "cli/pipeline.h"
#include "cli/publicaties_carry.h"
#include "cli/publicaties_load.h"
#include "load/site_config.h"
#include "render/begroting_view.h"
#include "render/diff_export.h"
#include "util/number.h"
#include "util/text.h"

namespace openwijk {

bool ParseFormat(const std::string& command, const Flags& flags, std::string* format);

namespace {

// Opens the repository, reads site.json at `rev` for the tag pattern and
// loads the publications reachable from it.
bool LoadFor(const Flags& flags, std::shared_ptr<const Publicaties>* pubs, Diagnostics* diags) {
  std::string error;
  std::unique_ptr<Repository> repo = OpenRepository(flags.Get("repo", "."), &error);
  if (!repo) {
    diags->Error({}, error);
    return false;
  }
  std::string rev = flags.Get("rev", "HEAD");
  std::unique_ptr<Source> source = repo->TreeAt(rev, diags);
  if (!source) return false;
  SiteConfig config;
  std::string text;
  if (source->ReadFile("site.json", &text, &error))
    ParseSiteConfig("site.json", text, &config, diags);
  if (diags->HasErrors()) return false;
  ParseCache cache;
  KeepYearTexts(&cache);
  return LoadPublicaties(*repo, source->commit().id, config.publicatie_patroon, &cache, pubs,
                         diags);
}

}  // namespace

int RunHistory(const std::vector<std::string>& args) {
  Flags flags;
  if (!ParseFlags("history", args, {"format", "repo", "rev"}, {}, &flags)) return kExitUsage;
  if (flags.Has("help")) {
    std::fputs(FindCommand("history")->usage, stdout);
    return kExitOk;
  }
  if (flags.positional.size() != 1) return UsageError("history", "needs one budget line id");
  std::string format;
  if (!ParseFormat("history", flags, &format)) return kExitUsage;
  Diagnostics diags;
  std::shared_ptr<const Publicaties> pubs;
  bool ok = LoadFor(flags, &pubs, &diags);
  const std::string& id = flags.positional[0];
  std::vector<RegelStand> standen;
  if (ok) {
    standen = RegelGeschiedenis(*pubs, id);
    if (standen.empty()) {
      diags.Error({}, "no publication has a budget line with id '" + id + "'");
      ok = false;
    }
  }
  PrintDiagnostics(&diags);
  if (!ok) return kExitData;
  std::string out;
  if (format == "json") {
    // One object per line, each the line as begroting.json has it (amounts
    // as exact numbers, null when not known) after where it was published.
    out = "[";
    for (size_t i = 0; i < standen.size(); ++i) {
      const Publicatie& p = pubs->lijst[standen[i].publicatie];
      std::string regel;
      AppendRegelJson(&regel, *standen[i].regel);
      out += std::string(i ? ",\n " : "\n ") + "{\"publicatie\": " + JsonQuote(p.tag) +
             ", \"datum\": " + JsonQuote(p.datum) + ", \"commit\": " + JsonQuote(p.commit_id) +
             ", " + regel.substr(1);
    }
    out += standen.empty() ? "]\n" : "\n]\n";
  } else if (format == "csv") {
    out = "publicatie,datum,commit";
    for (const std::string& k : BegrotingKolommen()) out += "," + k;
    out += "\n";
    for (const RegelStand& s : standen) {
      const Publicatie& p = pubs->lijst[s.publicatie];
      out += CsvField(p.tag) + "," + p.datum + "," + p.commit_id;
      for (const std::string& k : BegrotingKolommen())
        out += "," + CsvField(RegelVeld(*s.regel, k));
      out += "\n";
    }
  } else {
    for (const RegelStand& s : standen) {
      const Publicatie& p = pubs->lijst[s.publicatie];
      const BegrotingRegel& r = *s.regel;
      out += p.datum + "  " + p.tag + "  " + std::to_string(r.jaar) + "  " + r.gebied_code +
             "  begroot " + BedragTekst(r.begroot) + ", gewijzigd " + BedragTekst(r.gewijzigd) +
             ", realisatie " + BedragTekst(r.realisatie) + "\n";
    }
  }
  std::fputs(out.c_str(), stdout);
  return kExitOk;
}

int RunPublications(const std::vector<std::string>& args) {
  Flags flags;
  if (!ParseFlags("publications", args, {"repo", "rev"}, {}, &flags)) return kExitUsage;
  if (flags.Has("help")) {
    std::fputs(FindCommand("publications")->usage, stdout);
    return kExitOk;
  }
  if (!flags.positional.empty()) {
    return UsageError("publications", "unexpected argument '" + flags.positional[0] + "'");
  }
  Diagnostics diags;
  std::shared_ptr<const Publicaties> pubs;
  bool ok = LoadFor(flags, &pubs, &diags);
  PrintDiagnostics(&diags);
  if (!ok) return kExitData;
  for (size_t i = pubs->lijst.size(); i-- > 0;) {
    const Publicatie& p = pubs->lijst[i];
    std::printf("%s  %-24s %s  %s  %s (%s)\n", p.datum.c_str(),
                p.soort.empty() ? "-" : p.soort.c_str(), p.commit_id.substr(0, 10).c_str(),
                p.tag.c_str(), p.titel.c_str(), WijzigingSamenvatting(*pubs, i).c_str());
  }
  if (pubs->lijst.empty()) std::printf("openwijk: no publications\n");
  return kExitOk;
}

}  // namespace openwijk
