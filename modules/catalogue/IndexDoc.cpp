#include "catalogue/IndexDoc.h"

#include "catalogue/Isbn.h"
#include "catalogue/TextFold.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace Aksara::Catalogue {

const char *indexFieldName(IndexField field)
{
    switch (field) {
    case IndexField::Title: return "title";
    case IndexField::Author: return "author";
    case IndexField::Subject: return "subject";
    case IndexField::Series: return "series";
    case IndexField::Publisher: return "publisher";
    case IndexField::Ident: return "ident";
    case IndexField::Other: return "other";
    case IndexField::Facet: return "facet";
    }
    return "";
}

namespace Scoring {
int tierOf(double impact)
{
    if (impact < kTierFloor)
        return -1;
    const int t = int((impact - kTierFloor) / (1.0 - kTierFloor) * kTiers);
    return qBound(0, t, kTiers - 1);
}

double tierLowerBound(int tier)
{
    if (tier >= kTiers)
        return 1.0;
    return kTierFloor + (1.0 - kTierFloor) * double(qMax(0, tier)) / kTiers;
}

double idf(qint64 df, qint64 docs)
{
    const double n = double(qMax<qint64>(docs, df));
    const double d = double(qMax<qint64>(df, 0));
    return std::log(1.0 + (n - d + 0.5) / (d + 0.5));
}
} // namespace Scoring

QString facetToken(QChar kind, const QString &value)
{
    QString t;
    t.reserve(value.size() + 2);
    t += QChar(kFacetMark);
    t += kind;
    for (QChar c : value)
        t += c.isLetterOrNumber() ? c.toLower() : QLatin1Char('x');
    return t;
}

QString tierToken(const QString &term, int tier)
{
    return term + QChar(char16_t(kTierMark + tier));
}

IndexDoc IndexDoc::fromFields(qint64 bibId, const BibFields &b)
{
    IndexDoc d;
    d.bibId = bibId;
    auto add = [&](IndexField f, const QString &text) {
        QString &field = d.fields[int(f)];
        if (field.isEmpty()) {
            Text::appendTokens(text, field);
            return;
        }
        QString value;
        Text::appendTokens(text, value);
        if (value.isEmpty())
            return;
        field += QLatin1Char(' ');
        field += QChar(kValueSeparator);
        field += QLatin1Char(' ');
        field += value;
    };
    add(IndexField::Title, b.title);
    for (const QString &t : b.titles)
        add(IndexField::Title, t);
    for (const QString &a : b.authors)
        add(IndexField::Author, a);
    if (b.authors.isEmpty())
        add(IndexField::Author, b.author);
    add(IndexField::Author, b.responsibility);
    for (const QString &s : b.subjects)
        add(IndexField::Subject, s);
    for (const QString &s : b.series)
        add(IndexField::Series, s);
    add(IndexField::Publisher, b.publisher);
    add(IndexField::Publisher, b.place);
    QString &ident = d.fields[int(IndexField::Ident)];
    auto addIdent = [&](const QString &token) {
        if (token.isEmpty())
            return;
        if (!ident.isEmpty()) {
            ident += QLatin1Char(' ');
            ident += QChar(kValueSeparator);
            ident += QLatin1Char(' ');
        }
        ident += token;
    };
    for (const QString &isbn : b.isbns) {
        addIdent(isbn);
        addIdent(Isbn::toIsbn10(isbn).toLower());
    }
    for (const QString &issn : b.issns)
        addIdent(QString(issn).remove(QLatin1Char('-')).toLower());
    for (const QString &id : b.identifiers)
        add(IndexField::Ident, id);
    add(IndexField::Ident, b.controlNumber);
    for (const QString &n : b.notes)
        add(IndexField::Other, n);
    add(IndexField::Other, b.edition);
    add(IndexField::Other, b.callNumber);

    QString &facet = d.fields[int(IndexField::Facet)];
    auto addFacet = [&](QChar kind, const QString &value) {
        if (value.isEmpty())
            return;
        if (!facet.isEmpty())
            facet += QLatin1Char(' ');
        facet += facetToken(kind, value);
    };
    addFacet(QLatin1Char('t'), b.recordType);
    addFacet(QLatin1Char('l'), b.language);
    if (b.year > 0) {
        addFacet(QLatin1Char('y'), QString::number(b.year));
        addFacet(QLatin1Char('d'), QString::number(b.year / 10));
        addFacet(QLatin1Char('c'), QString::number(b.year / 100));
    }
    return d;
}

IndexDoc IndexDoc::fromBody(qint64 bibId, const QString &body)
{
    IndexDoc d;
    d.bibId = bibId;
    const QStringList parts = body.split(QChar(0x1E));
    for (int i = 0; i < kIndexFields && i < parts.size(); ++i)
        d.fields[i] = parts.at(i);
    return d;
}

QString IndexDoc::body() const
{
    QString out;
    qsizetype n = kIndexFields;
    for (const QString &f : fields)
        n += f.size();
    out.reserve(n);
    for (int i = 0; i < kIndexFields; ++i) {
        if (i)
            out += QChar(0x1E);
        out += fields[i];
    }
    return out;
}

namespace {
// Splits a space-separated token string into views.
void splitTokens(QStringView s, QList<QStringView> &out)
{
    qsizetype start = 0;
    const qsizetype n = s.size();
    for (qsizetype i = 0; i <= n; ++i) {
        if (i == n || s.at(i) == QLatin1Char(' ')) {
            if (i > start)
                out.append(s.mid(start, i - start));
            start = i + 1;
        }
    }
}

double impactFrom(const std::array<int, kTextFields> &tf, const std::array<int, kTextFields> &len)
{
    double t = 0;
    for (int f = 0; f < kTextFields; ++f) {
        if (tf[f] == 0)
            continue;
        const double norm = 1.0 - Scoring::kB[f] + Scoring::kB[f] * double(len[f]) / Scoring::kAvgLen[f];
        t += Scoring::kWeight[f] * tf[f] / norm;
    }
    return t / (Scoring::kK1 + t);
}
} // namespace

IndexDoc::Terms IndexDoc::analyze() const
{
    struct Token {
        QStringView text;
        int field;
    };
    std::vector<Token> tokens;
    tokens.reserve(160);
    std::array<int, kTextFields> len{};
    for (int f = 0; f < kIndexFields; ++f) {
        QList<QStringView> split;
        splitTokens(fields[f], split);
        for (QStringView t : split) {
            if (isValueSeparator(t))
                continue;
            tokens.push_back({t, f});
            if (f < kTextFields)
                ++len[f];
        }
    }
    std::sort(tokens.begin(), tokens.end(), [](const Token &a, const Token &b) { return a.text < b.text; });
    Terms out;
    out.distinct.reserve(qsizetype(tokens.size()));
    out.tiers.reserve(qsizetype(tokens.size()) * 10);
    for (size_t i = 0; i < tokens.size();) {
        size_t j = i;
        std::array<int, kTextFields> tf{};
        bool text = false;
        while (j < tokens.size() && tokens[j].text == tokens[i].text) {
            if (tokens[j].field < kTextFields) {
                ++tf[tokens[j].field];
                text = true;
            }
            ++j;
        }
        const QString term = tokens[i].text.toString();
        out.distinct << term;
        if (text) {
            const int tier = Scoring::tierOf(impactFrom(tf, len));
            if (tier >= 0) {
                if (!out.tiers.isEmpty())
                    out.tiers += QLatin1Char(' ');
                out.tiers += term;
                out.tiers += QChar(char16_t(kTierMark + tier));
            }
        }
        i = j;
    }
    return out;
}

double scoreBody(QStringView body, const QList<WeightedWord> &words)
{
    constexpr int kMaxWords = 16;
    const int n = int(qMin<qsizetype>(words.size(), kMaxWords));
    std::array<std::array<int, kTextFields>, kMaxWords> tf{};
    std::array<int, kTextFields> len{};
    int field = 0;
    qsizetype start = 0;
    const qsizetype size = body.size();
    for (qsizetype i = 0; i <= size && field < kTextFields; ++i) {
        const bool end = i == size;
        const char16_t c = end ? u' ' : body.at(i).unicode();
        if (c != u' ' && c != 0x1E)
            continue;
        if (i > start) {
            const QStringView token = body.mid(start, i - start);
            if (!isValueSeparator(token)) {
                ++len[field];
                for (int w = 0; w < n; ++w) {
                    const WeightedWord &ww = words.at(w);
                    if (!(ww.fields & (1u << field)))
                        continue;
                    if (ww.prefix ? token.startsWith(ww.word) : token == ww.word)
                        ++tf[w][field];
                }
            }
        }
        start = i + 1;
        if (c == 0x1E)
            ++field;
    }
    double score = 0;
    for (int w = 0; w < n; ++w) {
        bool any = false;
        for (int f = 0; f < kTextFields; ++f)
            any = any || tf[w][f] > 0;
        if (any)
            score += words.at(w).weight * impactFrom(tf[w], len);
    }
    return score;
}

ParsedDoc::ParsedDoc(const QString &body)
    : m_body(body)
{
    QStringView v(m_body);
    int field = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= v.size() && field < kIndexFields; ++i) {
        if (i == v.size() || v.at(i) == QChar(0x1E)) {
            splitTokens(v.mid(start, i - start), m_tokens[field]);
            m_len[field] = int(std::count_if(m_tokens[field].cbegin(), m_tokens[field].cend(),
                                             [](QStringView t) { return !isValueSeparator(t); }));
            ++field;
            start = i + 1;
        }
    }
}

namespace {
bool tokenMatches(QStringView token, QStringView term, bool prefix)
{
    return prefix ? token.startsWith(term) : token == term;
}
} // namespace

double ParsedDoc::impact(QStringView term, unsigned fieldMask, bool prefix) const
{
    std::array<int, kTextFields> tf{};
    std::array<int, kTextFields> len{};
    bool any = false;
    for (int f = 0; f < kTextFields; ++f) {
        len[f] = m_len[f];
        if (!(fieldMask & (1u << f)))
            continue;
        for (QStringView t : m_tokens[f]) {
            if (tokenMatches(t, term, prefix)) {
                ++tf[f];
                any = true;
            }
        }
    }
    return any ? impactFrom(tf, len) : 0.0;
}

bool ParsedDoc::contains(QStringView term, unsigned fieldMask, bool prefix) const
{
    for (int f = 0; f < kIndexFields; ++f) {
        if (!(fieldMask & (1u << f)))
            continue;
        for (QStringView t : m_tokens[f]) {
            if (tokenMatches(t, term, prefix))
                return true;
        }
    }
    return false;
}

bool ParsedDoc::containsPhrase(const QStringList &words, unsigned fieldMask, bool lastIsPrefix) const
{
    if (words.isEmpty())
        return false;
    const qsizetype n = words.size();
    for (int f = 0; f < kIndexFields; ++f) {
        if (!(fieldMask & (1u << f)))
            continue;
        const QList<QStringView> &toks = m_tokens[f];
        for (qsizetype i = 0; i + n <= toks.size(); ++i) {
            bool ok = true;
            for (qsizetype k = 0; k < n && ok; ++k)
                ok = tokenMatches(toks.at(i + k), words.at(k), lastIsPrefix && k == n - 1);
            if (ok)
                return true;
        }
    }
    return false;
}

} // namespace Aksara::Catalogue
