// content/*.md -> content pages; data/kompas/dna/<code>.md -> DNA texts.
#include <algorithm>

#include "model/build.h"
#include "util/number.h"
#include "util/path.h"
#include "util/text.h"

namespace openwijk {

namespace {

// Front matter keys that hold paths; they must stay inside the repository.
const char* const kPathKeys[] = {"afbeelding", "bestand", "pad", "download"};

Pagina FromDocument(const MarkdownDocument& doc, Diagnostics* diags) {
  Pagina p;
  p.pos = {doc.file, 1, 1};
  p.titel = ScalarField(doc, doc.front, "titel", diags);
  p.samenvatting = ScalarField(doc, doc.front, "samenvatting", diags);
  p.bron = ScalarField(doc, doc.front, "bron", diags);
  std::string volgorde = ScalarField(doc, doc.front, "volgorde", diags);
  int64_t v = 0;
  if (!volgorde.empty()) {
    if (ParseInt(volgorde, &v) && v < 100000) {
      p.volgorde = static_cast<int>(v);
    } else {
      diags->Error(PositionOf(doc, doc.front["volgorde"]), "'volgorde' must be a whole number");
    }
  }
  for (const char* key : kPathKeys) {
    std::string path = ScalarField(doc, doc.front, key, diags);
    std::string why;
    if (!path.empty() && !IsSafeRelativePath(path, &why)) {
      diags->Error(PositionOf(doc, doc.front[key]),
                   "path '" + path + "' in '" + key + "' is not allowed: " + why);
    }
  }
  p.markdown = doc.body;
  return p;
}

// Folder names the generator uses itself; a content page may not take them.
bool Reserved(const std::string& slug) {
  static const char* const kReserved[] = {
      "gemeente",    "gebied",        "wijk",  "buurt",     "downloads",     "assets",
      "publicaties", "vergaderingen", "kaart", "besluiten", "transparantie", "feeds"};
  return std::find(std::begin(kReserved), std::end(kReserved), slug) != std::end(kReserved);
}

}  // namespace

void BuildPaginas(const LoadedFiles& files, Model* model, Diagnostics* diags) {
  for (const auto& [path, doc] : files.documents) {
    if (StartsWith(path, "content/")) {
      if (path.find('/', 8) != std::string::npos) continue;  // only top-level pages
      Pagina p = FromDocument(*doc, diags);
      p.slug = Slugify(StemOf(path));
      if (!doc->front.IsMap() || !doc->front["titel"]) {
        diags->Error({path, 1, 1}, "missing required front matter key 'titel'");
      }
      if (p.slug.empty() || p.slug == "index" || Reserved(p.slug)) {
        diags->Error({path, 0, 0}, "page name '" + StemOf(path) + "' is reserved by the site");
        continue;
      }
      model->paginas.push_back(std::move(p));
    } else if (StartsWith(path, "data/kompas/dna/")) {
      std::string code = StemOf(path);
      int g = model->FindGebied(code);
      if (g < 0) {
        diags->Error({path, 0, 0}, "DNA text for unknown gebied '" + code + "'");
        continue;
      }
      Pagina p = FromDocument(*doc, diags);
      p.slug = code;
      model->dna[g] = std::move(p);
    }
  }
  std::sort(model->paginas.begin(), model->paginas.end(), [](const Pagina& a, const Pagina& b) {
    return std::tie(a.volgorde, a.slug) < std::tie(b.volgorde, b.slug);
  });
}

}  // namespace openwijk
