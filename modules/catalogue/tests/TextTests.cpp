#include "QtCatch.h"

#include "catalogue/BibFields.h"
#include "catalogue/Isbn.h"
#include "catalogue/MarcIo.h"
#include "catalogue/TextFold.h"

using namespace Aksara::Catalogue;

namespace {
QStringList toks(const char *utf8)
{
    return Text::tokens(QString::fromUtf8(utf8));
}
} // namespace

TEST_CASE("search folding: diacritics, case and scripts", "[catalogue][text]")
{
    CHECK(toks("Théâtre") == QStringList{QStringLiteral("theatre")});
    // Decomposed input (as MARC-8 conversions give) folds the same.
    CHECK(Text::tokens(QString::fromUtf8("Théâtre").normalized(QString::NormalizationForm_D)) == QStringList{QStringLiteral("theatre")});
    CHECK(toks("ÉCOLE Française") == QStringList({QStringLiteral("ecole"), QStringLiteral("francaise")}));
    CHECK(toks("ʻAmmān") == QStringList{QStringLiteral("amman")});
    CHECK(toks("Øresund, Łódź, Straße, Æsop") ==
          QStringList({QStringLiteral("oresund"), QStringLiteral("lodz"), QStringLiteral("strasse"), QStringLiteral("aesop")}));
    // Indonesian words are not stemmed or split.
    CHECK(toks("Pembelajaran Bahasa Indonesia untuk Anak-anak") ==
          QStringList({QStringLiteral("pembelajaran"), QStringLiteral("bahasa"), QStringLiteral("indonesia"),
                       QStringLiteral("untuk"), QStringLiteral("anak"), QStringLiteral("anak")}));
    // Ligatures and full-width forms become plain letters.
    CHECK(toks("ﬁnance ＡＢＣ") == QStringList({QStringLiteral("finance"), QStringLiteral("abc")}));
    // Vocalised Hebrew and Arabic equal the unvocalised spelling.
    CHECK(toks("לְתּוֹרָה") == toks("לתורה"));
    CHECK(toks("كِتَاب") == toks("كتاب"));
    // Devanagari keeps its vowel signs (they are letters there, not accents).
    CHECK(toks("नेपाल").first().size() == 5);
    // Cyrillic and Greek fold case and accents.
    CHECK(toks("Россия") == QStringList{QStringLiteral("россия")});
    CHECK(toks("Ἑλλάς") == toks("ελλας"));
    // Korean is recomposed after folding.
    CHECK(toks("한국어") == QStringList{QStringLiteral("한국어")});
    CHECK(toks("") .isEmpty());
    CHECK(toks(" -- / ;").isEmpty());
    QString joined;
    Text::appendTokens(QStringLiteral("Bumi Manusia"), joined);
    Text::appendTokens(QStringLiteral("Toer"), joined);
    CHECK(joined == QStringLiteral("bumi manusia toer"));
}

TEST_CASE("ISBD punctuation is trimmed but initials and abbreviations keep their period", "[catalogue][text]")
{
    CHECK(Text::trimIsbd(QStringLiteral("America without the death penalty :")) == QStringLiteral("America without the death penalty"));
    CHECK(Text::trimIsbd(QStringLiteral("Northeastern University Press,")) == QStringLiteral("Northeastern University Press"));
    CHECK(Text::trimIsbd(QStringLiteral("Galliher, John F.")) == QStringLiteral("Galliher, John F."));
    CHECK(Text::trimIsbd(QStringLiteral("Hasta Mitra Inc.")) == QStringLiteral("Hasta Mitra Inc."));
    CHECK(Text::trimIsbd(QStringLiteral("c2002.")) == QStringLiteral("c2002"));
    CHECK(Text::trimIsbd(QStringLiteral("Political parties.")) == QStringLiteral("Political parties"));
    CHECK(Text::trimIsbd(QStringLiteral("J.R.R.")) == QStringLiteral("J.R.R."));
    CHECK(Text::trimIsbd(QStringLiteral("To be continued...")) == QStringLiteral("To be continued..."));
}

TEST_CASE("ISBN-10 and ISBN-13 are validated and normalised", "[catalogue][isbn]")
{
    using namespace Isbn;
    CHECK(check(QStringLiteral("0-306-40615-2")) == Check::Valid);
    CHECK(check(QStringLiteral("978-0-306-40615-7")) == Check::Valid);
    CHECK(check(QStringLiteral("0-8044-2957-X")) == Check::Valid);
    CHECK(check(QStringLiteral("0-8044-2957-x")) == Check::Valid);
    CHECK(check(QStringLiteral("0-306-40615-3")) == Check::BadCheckDigit);
    CHECK(check(QStringLiteral("978-0-306-40615-8")) == Check::BadCheckDigit);
    CHECK(check(QStringLiteral("12345")) == Check::BadLength);
    CHECK(check(QStringLiteral("97X0306406157")) == Check::BadCharacters);
    CHECK(check(QStringLiteral("1230306406157")) == Check::BadCharacters); // neither 978 nor 979
    CHECK(check(QStringLiteral("")) == Check::Empty);
    CHECK(normalize(QStringLiteral("0-306-40615-2")) == std::optional<QString>(QStringLiteral("9780306406157")));
    CHECK(normalize(QStringLiteral("9780306406157")) == std::optional<QString>(QStringLiteral("9780306406157")));
    CHECK_FALSE(normalize(QStringLiteral("0-306-40615-3")).has_value());
    CHECK(toIsbn10(QStringLiteral("9780306406157")) == QStringLiteral("0306406152"));
    CHECK(toIsbn10(QStringLiteral("9791234567896")).isEmpty());
    CHECK(extract(QStringLiteral("1555535291 (cloth : alk. paper)")) == QStringLiteral("1555535291"));
    CHECK(extract(QStringLiteral("978-602-03-1234-5 (pbk.)")) == QStringLiteral("9786020312345"));
    CHECK(extract(QStringLiteral("080442957X")) == QStringLiteral("080442957X"));
    CHECK(extract(QStringLiteral("(pbk.)")).isEmpty());
    CHECK(normalizeIssn(QStringLiteral("0317-8471")) == std::optional<QString>(QStringLiteral("0317-8471")));
    CHECK(normalizeIssn(QStringLiteral("2049-3630")) == std::optional<QString>(QStringLiteral("2049-3630")));
    CHECK_FALSE(normalizeIssn(QStringLiteral("0317-8472")).has_value());
}

TEST_CASE("searchable fields are derived from a MARC record", "[catalogue][fields]")
{
    MarcRecord r;
    r.leader = "02009cam a2200289 a 4500";
    r.addControlField(QStringLiteral("001"), QStringLiteral("99177355940001161"));
    r.addControlField(QStringLiteral("003"), QStringLiteral("MUG"));
    r.addControlField(QStringLiteral("008"), QStringLiteral("121103s2002    mau      b    001 0 eng  "));
    r.addDataField(QStringLiteral("020"), ' ', ' ', {{'a', QStringLiteral("1555535291 (cloth : alk. paper)")}});
    r.addDataField(QStringLiteral("020"), ' ', ' ', {{'a', QStringLiteral("1555535292 (bad check digit)")}});
    r.addDataField(QStringLiteral("022"), ' ', ' ', {{'a', QStringLiteral("0317-8471")}});
    r.addDataField(QStringLiteral("035"), ' ', ' ', {{'a', QStringLiteral("(OCoLC)49576820")}});
    r.addDataField(QStringLiteral("082"), '0', '0', {{'a', QStringLiteral("364.66/0973")}, {'2', QStringLiteral("21")}});
    r.addDataField(QStringLiteral("100"), '1', ' ', {{'a', QStringLiteral("Galliher, John F.,")}, {'d', QStringLiteral("1939-")}});
    r.addDataField(QStringLiteral("245"), '1', '0', {{'a', QStringLiteral("America without the death penalty :")},
                                                     {'b', QStringLiteral("states leading the way /")},
                                                     {'c', QStringLiteral("John F. Galliher ... [et al.].")}});
    r.addDataField(QStringLiteral("246"), '3', '0', {{'a', QStringLiteral("Death penalty in America")}});
    r.addDataField(QStringLiteral("250"), ' ', ' ', {{'a', QStringLiteral("2nd ed.")}});
    r.addDataField(QStringLiteral("260"), ' ', ' ', {{'a', QStringLiteral("Boston :")}, {'b', QStringLiteral("Northeastern University Press,")}, {'c', QStringLiteral("c2002.")}});
    r.addDataField(QStringLiteral("490"), '1', ' ', {{'a', QStringLiteral("Northeastern series on justice ;")}, {'v', QStringLiteral("3")}});
    r.addDataField(QStringLiteral("504"), ' ', ' ', {{'a', QStringLiteral("Includes bibliographical references.")}});
    r.addDataField(QStringLiteral("650"), ' ', '0', {{'a', QStringLiteral("Capital punishment")}, {'z', QStringLiteral("United States")}, {'x', QStringLiteral("States.")}});
    r.addDataField(QStringLiteral("700"), '1', ' ', {{'a', QStringLiteral("Koch, Larry W.")}});
    r.addDataField(QStringLiteral("880"), '1', '0', {{'6', QStringLiteral("245-01/(2/r")}, {'a', QStringLiteral("לתורה בלמועדים :")}});
    const BibFields b = deriveFields(r);
    CHECK(b.controlNumber == QStringLiteral("99177355940001161"));
    CHECK(b.controlSource == QStringLiteral("MUG"));
    CHECK(b.title == QStringLiteral("America without the death penalty : states leading the way"));
    CHECK(b.responsibility == QStringLiteral("John F. Galliher ... [et al.]"));
    CHECK(b.author == QStringLiteral("Galliher, John F., 1939-"));
    CHECK(b.authors == QStringList({QStringLiteral("Galliher, John F., 1939-"), QStringLiteral("Koch, Larry W.")}));
    CHECK(b.titles.contains(QStringLiteral("Death penalty in America")));
    CHECK(b.titles.contains(QStringLiteral("לתורה בלמועדים")));
    CHECK(b.subjects == QStringList{QStringLiteral("Capital punishment -- United States -- States")});
    CHECK(b.series == QStringList{QStringLiteral("Northeastern series on justice")});
    CHECK(b.publisher == QStringLiteral("Northeastern University Press"));
    CHECK(b.place == QStringLiteral("Boston"));
    CHECK(b.year == 2002);
    CHECK(b.language == QStringLiteral("eng"));
    CHECK(b.isbns == QStringList{QStringLiteral("9781555535292")});
    CHECK(b.identifiers.contains(QStringLiteral("1555535292")));
    CHECK(b.identifiers.contains(QStringLiteral("(OCoLC)49576820")));
    CHECK(b.issns == QStringList{QStringLiteral("0317-8471")});
    CHECK(b.callNumber == QStringLiteral("364.660973"));
    CHECK(b.recordType == RecordTypes::Book);
    CHECK(b.edition == QStringLiteral("2nd ed."));
    CHECK(b.notes == QStringList{QStringLiteral("Includes bibliographical references")});

    // Record types come from the leader.
    MarcRecord serial = r;
    serial.setLeaderAt(7, 's');
    CHECK(deriveFields(serial).recordType == RecordTypes::Magazine);
    MarcRecord video = r;
    video.setLeaderAt(6, 'g');
    CHECK(deriveFields(video).recordType == RecordTypes::Video);
    // Without 008 the year comes from the imprint.
    MarcRecord no008 = r;
    no008.removeFields(QStringLiteral("008"));
    CHECK(deriveFields(no008).year == 2002);
    CHECK(deriveFields(no008).language.isEmpty());
}

TEST_CASE("a record built from simple fields derives back to them", "[catalogue][fields]")
{
    SimpleRecord s;
    s.title = QStringLiteral("Bumi Manusia");
    s.author = QStringLiteral("Toer, Pramoedya Ananta");
    s.otherAuthors = {QStringLiteral("Lane, Max")};
    s.publisher = QStringLiteral("Hasta Mitra");
    s.place = QStringLiteral("Jakarta");
    s.year = 1980;
    s.language = QStringLiteral("ind");
    s.subjects = {QStringLiteral("Novel Indonesia"), QStringLiteral("Sejarah -- Kolonialisme")};
    s.callNumber = QStringLiteral("899.221 3 TOE b");
    s.series = {QStringLiteral("Tetralogi Buru")};
    s.pages = 535;
    s.isbn = QStringLiteral("979-97312-3-3");
    s.recordType = QStringLiteral("dvd");
    const MarcRecord r = buildMarc(s, QDate(2026, 3, 2));
    CHECK(r.leaderAt(6) == 'g');
    CHECK(r.controlField(QStringLiteral("008")).size() == 40);
    CHECK(r.controlField(QStringLiteral("008")).left(6) == QStringLiteral("260302"));
    // It is valid ISO 2709 and survives a round trip.
    auto bytes = writeIso2709(r);
    REQUIRE(bytes.ok());
    auto back = parseIso2709(*bytes);
    REQUIRE(back.ok());
    const BibFields b = deriveFields(*back);
    CHECK(b.title == QStringLiteral("Bumi Manusia"));
    CHECK(b.author == QStringLiteral("Toer, Pramoedya Ananta"));
    CHECK(b.authors.contains(QStringLiteral("Lane, Max")));
    CHECK(b.publisher == QStringLiteral("Hasta Mitra"));
    CHECK(b.place == QStringLiteral("Jakarta"));
    CHECK(b.year == 1980);
    CHECK(b.language == QStringLiteral("ind"));
    CHECK(b.subjects == QStringList({QStringLiteral("Novel Indonesia"), QStringLiteral("Sejarah -- Kolonialisme")}));
    CHECK(b.callNumber == QStringLiteral("899.221 3 TOE b"));
    CHECK(b.series == QStringList{QStringLiteral("Tetralogi Buru")});
    CHECK(b.recordType == RecordTypes::Video);
    CHECK(b.isbns.isEmpty()); // 979-97312-3-3 has a wrong check digit: kept as an identifier, not as an ISBN
    CHECK(b.identifiers.contains(QStringLiteral("9799731233")));
    CHECK(r.field(QStringLiteral("082"))->value('a') == QStringLiteral("899.2213"));
}
