// The ranking, checked against expectations written out by hand from the rules in
// docs/catalogue.md ("Ranking"), not computed by the module: a small catalogue whose every record
// holds the searched word in one known field, the impacts worked out on paper below, and the order
// and score ratios the search must give.
#include "CatalogueFixture.h"

#include <cmath>

using namespace Aksara;
using namespace Aksara::Test;
using Catalogue::SimpleRecord;

namespace {
SimpleRecord titled(const QString &title)
{
    SimpleRecord r;
    r.title = title;
    return r;
}
} // namespace

// The rules (docs/catalogue.md): impact = t / (1.2 + t), t = sum over fields of
// w * tf / (1 - b + b * len / avg), with (w, b, avg) title (8, 0.75, 10), author (5, 0.5, 6),
// subject (4, 0.6, 10), series (3, 0.5, 5), publisher (1.5, 0.5, 5), other (1, 0.75, 30); a record
// scores sum of idf(word) * impact over the query's words, idf(df) = ln(1 + (N - df + 0.5) / (df + 0.5));
// ties go to the newer record. By hand, for "laut" once in a field of `len` words:
//   title, len 1:       t = 8 / 0.325 = 24.615                     impact 0.95352
//   title + a note:     t = 24.615 + 1 / 0.275 = 28.252            impact 0.95926
//   title, len 6:       t = 8 / 0.700 = 11.429                     impact 0.90498
//   subject, len 1:     t = 4 / 0.460 = 8.696                      impact 0.87874
//   author, len 2:      t = 5 / 0.6667 = 7.500                     impact 0.86207
//   series, len 1:      t = 3 / 0.600 = 5.000                      impact 0.80645
//   note, len 1:        t = 1 / 0.275 = 3.636                      impact 0.75188
//   publisher, len 1:   t = 1.5 / 0.600 = 2.500                    impact 0.67568
// (A one-word note outranks a one-word publisher: the note's field is normalised to 30 words.)
TEST_CASE_METHOD(CatalogueFixture, "ranking follows the documented weights, by a hand-made oracle", "[db][catalogue][search][ranking]")
{
    SimpleRecord titleAndNote = titled(QStringLiteral("Laut"));
    titleAndNote.notes = {QStringLiteral("Laut")};
    const qint64 tn = add(titleAndNote);
    const qint64 t = add(titled(QStringLiteral("Laut")));
    const qint64 t6 = add(titled(QStringLiteral("Laut Kota Pantai Utara Selatan Barat")));
    SimpleRecord subject = titled(QStringLiteral("Buku satu"));
    subject.subjects = {QStringLiteral("Laut")};
    const qint64 s = add(subject);
    SimpleRecord author = titled(QStringLiteral("Buku dua"));
    author.author = QStringLiteral("Laut, Budi");
    const qint64 a = add(author);
    SimpleRecord series = titled(QStringLiteral("Buku tiga"));
    series.series = {QStringLiteral("Laut")};
    const qint64 se = add(series);
    SimpleRecord note = titled(QStringLiteral("Buku lima"));
    note.notes = {QStringLiteral("Laut")};
    const qint64 n = add(note);
    SimpleRecord publisher = titled(QStringLiteral("Buku empat"));
    publisher.publisher = QStringLiteral("Laut");
    const qint64 p = add(publisher);
    const qint64 pantai1 = add(titled(QStringLiteral("Pantai")));
    const qint64 pantai2 = add(titled(QStringLiteral("Pantai")));
    const qint64 kota = add(titled(QStringLiteral("Kota")));
    // 11 records; "laut" is in 8 of them, "kota" in 2, "pantai" in 3.

    SECTION("one word: the field weights and lengths decide")
    {
        const auto r = search(QStringLiteral("laut"), 20);
        CHECK(r.total == 8);
        CHECK(ids(r) == QList<qint64>({tn, t, t6, s, a, se, n, p}));
        // One word: every score is idf("laut") times the impact, so the ratios are the impacts'.
        const QList<double> impact{0.95926, 0.95352, 0.90498, 0.87874, 0.86207, 0.80645, 0.75188, 0.67568};
        REQUIRE(r.hits.size() == impact.size());
        const double idfLaut = std::log(1.0 + (11 - 8 + 0.5) / (8 + 0.5)); // 0.34484
        for (qsizetype i = 0; i < impact.size(); ++i) {
            INFO("hit " << i << " score " << r.hits[i].score);
            CHECK(std::abs(r.hits[i].score - idfLaut * impact[i]) < 2e-4);
        }
    }
    SECTION("equal scores: the newer record first")
    {
        // Two one-word titles "Pantai" tie; the six-word title with the word comes after them.
        CHECK(ids(search(QStringLiteral("pantai"))) == QList<qint64>({pantai2, pantai1, t6}));
    }
    SECTION("a fielded word counts only in its field")
    {
        // title:laut — the note of the first record no longer counts, so it ties with the second
        // (one-word title) and the newer one, the second, comes first.
        CHECK(ids(search(QStringLiteral("title:laut"))) == QList<qint64>({t, tn, t6}));
    }
    SECTION("several words: a record scores the sum over the words it holds")
    {
        // idf(kota) = ln(1 + 9.5 / 2.5) = 1.56862; idf(laut) = 0.34484.
        //   "Laut Kota Pantai…" (both, title of 6): 0.90498 * (0.34484 + 1.56862) = 1.73166
        //   "Kota" (title of 1):                     0.95352 * 1.56862 = 1.49571
        //   then the "laut" records as above (0.33079, 0.32881, 0.30303, …).
        const auto r = search(QStringLiteral("kota OR laut"), 20);
        CHECK(ids(r) == QList<qint64>({t6, kota, tn, t, s, a, se, n, p}));
        REQUIRE(r.hits.size() >= 2);
        CHECK(std::abs(r.hits[0].score - 1.73166) < 5e-4);
        CHECK(std::abs(r.hits[1].score - 1.49571) < 5e-4);
        // AND: only the record with both.
        CHECK(ids(search(QStringLiteral("kota laut"))) == QList<qint64>({t6}));
    }
}
