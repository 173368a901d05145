#include "render/context.h"

#include <ctime>
#include <string_view>

#include "model/publicatie.h"
#include "util/number.h"
#include "util/text.h"

namespace openwijk {

std::string RootPrefix(const std::string& dir) {
  if (dir.empty()) return "";
  std::string out = "../";
  for (char c : dir) {
    if (c == '/') out += "../";
  }
  return out;
}

Data AmountCell(const std::optional<int64_t>& cents) {
  Data d{Data::type::object};
  Put(&d, "bekend", cents.has_value());
  Put(&d, "tekst", cents ? FormatEuroRounded(*cents) : std::string("niet bekend"));
  return d;
}

Data BedragCell(const Bedrag& b) {
  Data d = AmountCell(b.any() ? std::optional<int64_t>(b.cents) : std::nullopt);
  Put(&d, "deels", b.any() && b.missing > 0);
  return d;
}

namespace {

std::tm CommitTm(int64_t time, int offset_minutes) {
  std::time_t t = static_cast<std::time_t>(time + int64_t{offset_minutes} * 60);
  std::tm tm{};
  gmtime_r(&t, &tm);
  return tm;
}

}  // namespace

std::string DutchDate(int64_t time, int offset_minutes) {
  static const char* const kMaanden[] = {"januari",   "februari", "maart",    "april",
                                         "mei",       "juni",     "juli",     "augustus",
                                         "september", "oktober",  "november", "december"};
  std::tm tm = CommitTm(time, offset_minutes);
  return std::to_string(tm.tm_mday) + " " + kMaanden[tm.tm_mon] + " " +
         std::to_string(tm.tm_year + 1900);
}

std::string IsoDate(int64_t time, int offset_minutes) {
  std::tm tm = CommitTm(time, offset_minutes);
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
  return buf;
}

std::string NiveauLabel(const Gebied& g) {
  if (g.niveau == "wijk" && g.soort == "dorp") return "dorp";
  return g.niveau;
}

std::string TitelNaam(const Gebied& g) {
  return g.naam_gedeeld ? g.naam + " (" + NiveauLabel(g) + ")" : g.naam;
}

Data GebiedLink(const Model& model, int g, const std::string& root) {
  const Gebied& a = model.gebieden[g];
  Data d{Data::type::object};
  Put(&d, "naam", a.naam);
  Put(&d, "code", a.code);
  Put(&d, "url", root + a.pad + "/");
  Put(&d, "niveau", NiveauLabel(a));
  return d;
}

bool RenderContext::Mine() {
  if (!next_unit) return true;
  ++unit_;
  if (claimed_ < unit_) claimed_ = next_unit->fetch_add(1);
  return claimed_ == unit_;
}

void EmitFile(RenderContext& ctx, std::string path, std::string content) {
  ctx.out->Add(std::move(path), std::move(content));
}

namespace {

// The publication a build is of, when it was asked for by its tag. "HEAD", a
// branch or a commit id (shown in the footer already) means nothing to a reader.
// Called for every page: compares, allocates nothing.
const Publicatie* BuiltPublicatie(const Model& m) {
  if (!m.publicaties) return nullptr;
  std::string_view rev = m.commit.revision;
  if (StartsWith(rev, "refs/tags/")) rev.remove_prefix(std::string_view("refs/tags/").size());
  for (const Publicatie& p : m.publicaties->lijst) {
    if (rev == p.tag) return &p;
  }
  return nullptr;
}

}  // namespace

void EmitPage(RenderContext& ctx, const std::string& dir, const std::string& template_name,
              Data&& page, const std::string& file) {
  const Model& m = ctx.model;
  std::string root = RootPrefix(dir);
  Put(&page, "root", root);
  Put(&page, "site_titel", m.config.titel);
  if (!ctx.templates.Has(template_name)) {
    ctx.diags->Error({m.config.templates_dir + "/" + template_name + ".mustache", 0, 0},
                     "missing template");
    return;
  }
  std::string body = ctx.templates.Render(template_name, page);
  Data menu{Data::type::list};
  for (const Pagina& p : m.paginas) {
    Data item{Data::type::object};
    Put(&item, "titel", p.titel);
    Put(&item, "url", root + p.slug + "/");
    Append(&menu, std::move(item));
  }
  Put(&page, "menu", std::move(menu));
  Put(&page, "commit_id", m.commit.id);
  Put(&page, "commit_kort", m.commit.short_id);
  Put(&page, "commit_datum", DutchDate(m.commit.time, m.commit.offset_minutes));
  Put(&page, "commit_iso", IsoDate(m.commit.time, m.commit.offset_minutes));
  if (const Publicatie* p = BuiltPublicatie(m)) Put(&page, "revisie", "publicatie " + p->titel);
  Put(&page, "werkversie", m.commit.worktree && m.commit.dirty);
  Put(&page, "licentie_naam", m.config.licentie_naam);
  Put(&page, "licentie_url", m.config.licentie_url);
  EmitFile(ctx, dir.empty() ? file : dir + "/" + file,
           ctx.templates.RenderLayout(&page, std::move(body)));
}

}  // namespace openwijk
