// The tag message format and the rules across publications.
#include <catch2/catch.hpp>

#include "model/publicatie.h"
#include "support/threads_for.h"
#include "util/parallel.h"

using namespace openwijk;

TEST_CASE("a tag message gives title, soort, datum and description", "[model][publicatie]") {
  TagBericht b;
  std::string error;
  REQUIRE(
      ParseTagBericht("Begroting 2025\n\nsoort: begroting\ndatum: 2024-11-07\n\nVastgesteld door "
                      "de raad.\nMet amendementen.\n",
                      &b, &error));
  CHECK(b.titel == "Begroting 2025");
  CHECK(b.soort == "begroting");
  CHECK(b.datum == "2024-11-07");
  CHECK(b.omschrijving == "Vastgesteld door de raad.\nMet amendementen.");

  TagBericht kaal;
  REQUIRE(ParseTagBericht("", &kaal, &error));
  CHECK(kaal.titel.empty());
  CHECK(kaal.soort.empty());
}

TEST_CASE("a tag message with a bad soort or datum is an error", "[model][publicatie]") {
  TagBericht b;
  std::string error;
  CHECK_FALSE(ParseTagBericht("X\nsoort: voorjaarsnota\n", &b, &error));
  CHECK(error ==
        "unknown soort 'voorjaarsnota'; expected begroting, wijziging, tussentijdse-rapportage or "
        "jaarrekening");
  TagBericht c;
  CHECK_FALSE(ParseTagBericht("X\ndatum: 2025-02-30\n", &c, &error));
  CHECK(error == "datum '2025-02-30' is not a date (JJJJ-MM-DD)");
}

TEST_CASE("dates and slugs", "[model][publicatie]") {
  CHECK(IsIsoDatum("2024-02-29"));
  CHECK_FALSE(IsIsoDatum("2025-02-29"));
  CHECK_FALSE(IsIsoDatum("2025-1-01"));
  CHECK_FALSE(IsIsoDatum("2025-13-01"));
  CHECK(PublicatieSlug("publicatie/2025-begroting", "publicatie/*") == "2025-begroting");
  CHECK(PublicatieSlug("publicatie/2025 Wijziging 1", "publicatie/*") == "2025-wijziging-1");
  CHECK(PublicatieSlug("pub-2025", "pub-*") == "2025");
}

TEST_CASE("two publications with the same datum and soort are an error", "[model][publicatie]") {
  Publicaties p;
  for (const char* tag : {"publicatie/b", "publicatie/a"}) {
    Publicatie x;
    x.tag = tag;
    x.slug = std::string(tag).substr(11);
    x.soort = "wijziging";
    x.datum = "2025-03-01";
    x.model = std::make_shared<const Model>();
    p.lijst.push_back(x);
  }
  Diagnostics diags;
  CHECK_FALSE(OrderAndCompare(&p, &diags));
  CHECK(diags.ToString() ==
        "openwijk: error: publications 'publicatie/a' and 'publicatie/b' have the same datum "
        "(2025-03-01) and soort (wijziging)\n");
}

TEST_CASE("publications are ordered by datum and compared in that order", "[model][publicatie]") {
  Publicaties p;
  auto model = [](int64_t begroot) {
    auto m = std::make_shared<Model>();
    BegrotingRegel r;
    r.id = "r1";
    r.jaar = 2025;
    r.begroot = begroot;
    m->begroting[2025].push_back(r);
    return std::shared_ptr<const Model>(m);
  };
  Publicatie later, eerder;
  later.tag = "publicatie/a-later";
  later.slug = "a-later";
  later.datum = "2025-06-01";
  later.model = model(200);
  eerder.tag = "publicatie/z-eerder";
  eerder.slug = "z-eerder";
  eerder.datum = "2024-11-01";
  eerder.model = model(100);
  p.lijst = {later, eerder};
  Diagnostics diags;
  REQUIRE(OrderAndCompare(&p, &diags));
  CHECK(p.lijst[0].tag == "publicatie/z-eerder");
  REQUIRE(p.wijzigingen.size() == 2);
  CHECK(p.wijzigingen[0].toegevoegd == 1);
  CHECK(p.wijzigingen[1].gewijzigd == 1);
  auto hist = RegelGeschiedenis(p, "r1");
  REQUIRE(hist.size() == 2);
  CHECK(*hist[0].regel->begroot == 100);
  CHECK(*hist[1].regel->begroot == 200);
}

TEST_CASE("a duplicated line id is an error with its position", "[model][publicatie]") {
  Model m;
  BegrotingRegel a, b;
  a.id = b.id = "r1";
  a.pos = {"data/begroting/2025.csv", 2, 0};
  b.pos = {"data/begroting/2025.csv", 5, 0};
  m.begroting[2025] = {a, b};
  Diagnostics diags;
  CheckRegelSleutels(m, &diags);
  CHECK(diags.ToString() ==
        "data/begroting/2025.csv:5: error: duplicate id 'r1' (first on line 2)\n");
}

TEST_CASE("publications compare the same on one thread and on four", "[model][publicatie]") {
  auto run = [](int threads) {
    Publicaties p;
    for (int i = 0; i < 6; ++i) {
      auto m = std::make_shared<Model>();
      for (int k = 0; k <= i; ++k) {
        BegrotingRegel r;
        r.id = "r" + std::to_string(k);
        r.jaar = 2025;
        r.begroot = 100 * (k + 1) + (k % 2 ? i : 0);  // odd lines change every time
        m->begroting[2025].push_back(r);
      }
      Publicatie pub;
      pub.tag = "publicatie/" + std::to_string(i);
      pub.slug = std::to_string(i);
      pub.datum = "2025-0" + std::to_string(i + 1) + "-01";
      pub.model = m;
      p.lijst.push_back(pub);
    }
    Diagnostics diags;
    {
      ThreadsFor on(threads);
      REQUIRE(OrderAndCompare(&p, &diags));
    }
    std::vector<std::string> out;
    for (const ModelDiff& d : p.wijzigingen) {
      std::string text;
      for (const RegelWijziging& w : d.regels) {
        text += w.id + ":" + std::to_string(static_cast<int>(w.actie)) + ";";
      }
      out.push_back(text);
    }
    return out;
  };
  std::vector<std::string> one = run(1);
  REQUIRE(one.size() == 6);
  CHECK(one[0] == "r0:0;");
  CHECK(one[3] == "r1:2;r3:0;");
  for (int i = 0; i < 3; ++i) CHECK(run(4) == one);
}
