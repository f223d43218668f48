#include "QtCatch.h"

#include "sip2/Sip2Codec.h"

using namespace Aksara::Sip2;

namespace {
QByteArray withChecksum(QByteArray frame, int seq)
{
    frame += "AY" + QByteArray::number(seq) + "AZ";
    frame += Codec::checksum(frame).toLatin1();
    return frame;
}
const QByteArray kDate = "20260302    093000";
} // namespace

TEST_CASE("the SIP2 checksum agrees with independent implementations", "[sip2]")
{
    // Values published in the test suites of two other SIP2 client libraries.
    CHECK(Codec::checksum("3520130514    132223AOinstitutionId|AApatronId|AY1AZ") == QStringLiteral("F033"));
    CHECK(Codec::checksum("9300CNuser_name|COpw0rd|AY1AZ") == QStringLiteral("F607"));
    CHECK(Codec::checksum("9") == QStringLiteral("FFC7"));
    CHECK(Codec::checksum("") == QStringLiteral("0000"));
}

TEST_CASE("requests parse into fixed and variable fields", "[sip2]")
{
    Codec codec;
    auto p = codec.parse("11YN" + kDate + "                  AOMAIN|AAAKS00000018|ABB0001|AC|ADsecret|BON");
    REQUIRE(p.error == Codec::ParseError::None);
    CHECK(p.message.command == QStringLiteral("11"));
    REQUIRE(p.message.fixed.size() == 4);
    CHECK(p.message.fixed[0] == QStringLiteral("Y"));
    CHECK(p.message.fixed[3].trimmed().isEmpty());
    CHECK(p.message.field(QStringLiteral("AA")) == QStringLiteral("AKS00000018"));
    CHECK(p.message.field(QStringLiteral("AB")) == QStringLiteral("B0001"));
    CHECK(p.message.field(QStringLiteral("BO")) == QStringLiteral("N")); // last field without '|'
    CHECK(p.message.has(QStringLiteral("AC")));
    CHECK(p.message.sequence == -1);
}

TEST_CASE("error detection: a good checksum is accepted, a bad one is reported", "[sip2]")
{
    Codec codec;
    const QByteArray good = withChecksum("9900302.00", 3);
    auto p = codec.parse(good);
    REQUIRE(p.error == Codec::ParseError::None);
    CHECK(p.message.sequence == 3);
    CHECK(p.message.fixed == QStringList{QStringLiteral("0"), QStringLiteral("030"), QStringLiteral("2.00")});

    QByteArray bad = good;
    bad[bad.size() - 1] = bad.back() == '0' ? '1' : '0';
    CHECK(codec.parse(bad).error == Codec::ParseError::BadChecksum);
    // Lower-case hex is accepted.
    CHECK(codec.parse(good.left(good.size() - 4) + good.right(4).toLower()).error == Codec::ParseError::None);
}

TEST_CASE("malformed, truncated, over-long, unknown and invalid frames are classified", "[sip2]")
{
    Codec codec;
    CHECK(codec.parse("").error == Codec::ParseError::Malformed);
    CHECK(codec.parse("X1").error == Codec::ParseError::Malformed);
    CHECK(codec.parse("42whatever").error == Codec::ParseError::UnknownCommand);
    CHECK(codec.parse("11YN2026").error == Codec::ParseError::Malformed);                        // truncated fixed part
    CHECK(codec.parse("11QN" + kDate + "                  AOx|").error == Codec::ParseError::Malformed); // Q is not Y/N
    CHECK(codec.parse("23001" + QByteArray("2026130299999999ZZ") + "AOx|").error == Codec::ParseError::Malformed); // bad date
    CHECK(codec.parse("17" + kDate + "AB" + QByteArray(256, 'x') + "|").error == Codec::ParseError::Malformed);
    CHECK(codec.parse("17" + kDate + "AB" + QByteArray(255, 'x') + "|").error == Codec::ParseError::None);
    CHECK(codec.parse("17" + kDate + "ab12|").error == Codec::ParseError::Malformed); // bad field code
    CHECK(codec.parse("17" + kDate + "A").error == Codec::ParseError::Malformed);     // truncated field code
    CHECK(codec.parse("17" + kDate + "AB\xff\xfe|").error == Codec::ParseError::InvalidBytes);
    CHECK(codec.parse(QByteArray(Codec::kMaxFrame + 1, '9')).error == Codec::ParseError::Malformed);
}

TEST_CASE("responses are built with cleaned, capped fields and an optional trailer", "[sip2]")
{
    Codec codec;
    const QByteArray r = codec.build(QStringLiteral("18"), {QStringLiteral("03"), QStringLiteral("00"), QStringLiteral("01"),
                                                            QString::fromLatin1(kDate)},
                                     {{QStringLiteral("AB"), QStringLiteral("B0001")},
                                      {QStringLiteral("AJ"), QStringLiteral("Title | with bar\r\nand lines")},
                                      {QStringLiteral("AF"), QString(300, QLatin1Char('m'))}},
                                     -1);
    CHECK(r.endsWith('\r'));
    const QString s = QString::fromUtf8(r);
    CHECK(s.contains(QStringLiteral("AJTitle ¦ with bar  and lines|")));
    CHECK(s.contains(QStringLiteral("AF") + QString(255, QLatin1Char('m')) + QStringLiteral("|")));
    CHECK_FALSE(s.contains(QString(256, QLatin1Char('m'))));

    const QByteArray withTrailer = codec.build(QStringLiteral("94"), {QStringLiteral("1")}, {}, 4);
    CHECK(withTrailer.startsWith("941AY4AZ"));
    // The response's own checksum verifies.
    const QByteArray body = withTrailer.left(withTrailer.size() - 1);
    CHECK(Codec::checksum(body.left(body.size() - 4)) == QString::fromLatin1(body.right(4)));
}

TEST_CASE("code page 850 connections round-trip accented names", "[sip2]")
{
    Codec cp(Charset::Cp850);
    const QByteArray frame = cp.build(QStringLiteral("24"), {}, {{QStringLiteral("AE"), QStringLiteral("José Müller")}}, -1);
    CHECK(frame.contains("Jos\x82 M\x81ller"));
    auto text = decode(frame.left(frame.size() - 1), Charset::Cp850);
    REQUIRE(text);
    CHECK(text->contains(QStringLiteral("José Müller")));
    // UTF-8 bytes on a CP850 connection decode to other characters but never fail: every byte is valid.
    CHECK(decode("\xc3\xa9", Charset::Cp850).has_value());
    CHECK_FALSE(decode("\xc3", Charset::Utf8).has_value());
}

TEST_CASE("SIP2 dates", "[sip2]")
{
    CHECK(Codec::isDate(QString::fromLatin1(kDate)));
    CHECK(Codec::isDate(QStringLiteral("20260302   Z093000")));
    CHECK_FALSE(Codec::isDate(QStringLiteral("2026030     093000")));
    CHECK_FALSE(Codec::isDate(QStringLiteral("20261332    093000")));
    const qint64 ms = QDateTime(QDate(2026, 3, 2), QTime(2, 30), Qt::UTC).toMSecsSinceEpoch();
    CHECK(Codec::date(ms, "Asia/Jakarta") == QStringLiteral("20260302    093000"));
}
