#pragma once

#include "catalogue/BibFields.h"

#include <QHash>
#include <QString>
#include <QStringView>

#include <array>

namespace Aksara::Catalogue {

// The fields of the full-text index, in the order of the FTS5 columns and of a document's body.
enum class IndexField : int { Title = 0, Author, Subject, Series, Publisher, Ident, Other, Facet };
inline constexpr int kIndexFields = 8;
inline constexpr int kTextFields = 7; // all but Facet
const char *indexFieldName(IndexField field);

// Private-use characters keep the index's own tokens apart from words: no folded word contains them.
inline constexpr char16_t kTierMark = 0xE100; // "term" + (kTierMark + tier): an impact tier posting
inline constexpr char16_t kFacetMark = 0xE002; // facet tokens: type, language, year, decade, century
// Stands between two values of a field (two subjects, two titles) so that a phrase never spans
// them. Not a word: it is not counted in field lengths and no query contains it.
inline constexpr char16_t kValueSeparator = 0xE001;
inline bool isValueSeparator(QStringView token)
{
    return token.size() == 1 && token.at(0).unicode() == kValueSeparator;
}

// BM25F-style scoring with field weights (a title match outranks a note match). The impact of a
// term in a document is tf~/(k1 + tf~), tf~ = sum over fields of w_f * tf_f / (1 - b_f + b_f * len_f / avg_f),
// so it lies in [0, 1); a query scores sum(idf(t) * impact(t, d)). Average lengths are fixed
// constants (typical catalogue records) so that impacts do not drift as the catalogue grows and a
// stored document can always be scored and removed again with the same numbers.
namespace Scoring {
inline constexpr double kK1 = 1.2;
inline constexpr std::array<double, kTextFields> kWeight{8.0, 5.0, 4.0, 3.0, 1.5, 4.0, 1.0};
inline constexpr std::array<double, kTextFields> kB{0.75, 0.5, 0.6, 0.5, 0.5, 0.0, 0.75};
inline constexpr std::array<double, kTextFields> kAvgLen{10, 6, 10, 5, 5, 3, 30};
// Impact tiers: impacts from kTierFloor up to 1 are cut into kTiers equal bands; a document gets
// one tier token per distinct term whose impact reaches the floor. Below the floor, no token.
// Narrow bands keep the top band of a frequent word small (it has to be scored record by record).
inline constexpr double kTierFloor = 0.5;
inline constexpr int kTiers = 32;
int tierOf(double impact); // -1 below the floor
double tierLowerBound(int tier); // kTierFloor for tier 0, 1.0 for tier kTiers
double idf(qint64 df, qint64 docs);
} // namespace Scoring

// One record as the index sees it: per field, its folded tokens separated by single spaces.
// The body (fields joined by U+001E) is stored in search_docs: it is the forward index used to
// verify and score candidates, and what removing a document from a contentless index needs.
struct IndexDoc {
    qint64 bibId = 0;
    std::array<QString, kIndexFields> fields;

    static IndexDoc fromFields(qint64 bibId, const BibFields &fields);
    static IndexDoc fromBody(qint64 bibId, const QString &body);
    QString body() const;
    const QString &field(IndexField f) const { return fields[int(f)]; }

    // What the index needs besides the fields, computed in one pass (sorting the tokens, no hashing).
    struct Terms {
        QStringList distinct; // every distinct token, facet tokens included (document frequencies), sorted
        QString tiers; // the tier tokens ("term" + U+E100+tier) of the terms whose impact reaches the floor
    };
    Terms analyze() const;
};

// FNV-1a over UTF-16 code units: hashing many short words, it is several times cheaper than qHash.
struct WordHash {
    size_t operator()(const QString &s) const noexcept
    {
        quint64 h = 1469598103934665603ULL;
        for (QChar c : s) {
            h ^= c.unicode();
            h *= 1099511628211ULL;
        }
        return size_t(h);
    }
};

QString facetToken(QChar kind, const QString &value);
QString tierToken(const QString &term, int tier);

// A parsed body for scoring and matching: for each field, its tokens (views into the body).
class ParsedDoc {
public:
    explicit ParsedDoc(const QString &body);
    const QList<QStringView> &tokens(int field) const { return m_tokens[field]; }
    // Impact of `term` in the given fields (a bit mask of 1 << IndexField), or of a prefix.
    double impact(QStringView term, unsigned fieldMask, bool prefix = false) const;
    bool contains(QStringView term, unsigned fieldMask, bool prefix = false) const;
    bool containsPhrase(const QStringList &words, unsigned fieldMask, bool lastIsPrefix = false) const;

private:
    QString m_body;
    std::array<QList<QStringView>, kIndexFields> m_tokens;
    std::array<int, kIndexFields> m_len{}; // words, separators not counted
};

inline constexpr unsigned kAllTextFields = (1u << kTextFields) - 1;

// A word of a query with its weight (idf), for scoring.
struct WeightedWord {
    QString word;
    unsigned fields = kAllTextFields;
    bool prefix = false;
    double weight = 0;
};

// sum(weight * impact) of the words in a body, in one pass over its text (no ParsedDoc): this is
// what ranking does for every candidate, so it allocates nothing.
double scoreBody(QStringView body, const QList<WeightedWord> &words);

} // namespace Aksara::Catalogue
