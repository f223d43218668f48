#include "desk/MarcEditor.h"

#include "desk/MessageBar.h"

#include "catalogue/Catalogue.h"
#include "catalogue/MarcText.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <limits>

namespace Aksara::Desk {

using Catalogue::MarcField;
using Catalogue::MarcRecord;
using Catalogue::RecordProblem;

namespace {
enum Column { TagColumn, Ind1Column, Ind2Column, DataColumn };

// What a leader position means and the values MARC 21 gives it, for the help under the leader.
struct LeaderValue {
    char value;
    const char *meaning;
};
struct LeaderPosition {
    int from;
    int to;
    const char *name;
    QList<LeaderValue> values; // empty: computed by Aksara
};

const QList<LeaderPosition> &leaderPositions()
{
    static const QList<LeaderPosition> positions{
        {0, 4, QT_TRANSLATE_NOOP("Aksara::Desk::MarcEditor", "record length"), {}},
        {5, 5, QT_TRANSLATE_NOOP("Aksara::Desk::MarcEditor", "record status"),
         {{'a', QT_TRANSLATE_NOOP("Aksara::Desk::MarcEditor", "encoding level raised")}, {'c', QT_TRANSLATE_NOOP("Aksara::Desk::MarcEditor", "corrected or revised")}, {'d', QT_TRANSLATE_NOOP("Aksara::Desk::MarcEditor", "deleted")}, {'n', QT_TRANSLATE_NOOP("Aksara::Desk::MarcEditor", "new")},
          {'p', QT_TRANSLATE_NOOP("Aksara::Desk::MarcEditor", "raised from prepublication")}}},
        {6, 6, QT_TRANSLATE_NOOP("Aksara::Desk::MarcEditor", "type of record"),
         {{'a', QT_TRANSLATE_NOOP("Aksara::Desk::MarcEditor", "language material")}, {'c', QT_TRANSLATE_NOOP("Aksara::Desk::MarcEditor", "notated music")}, {'d', QT_TRANSLATE_NOOP("Aksara::Desk::MarcEditor", "manuscript music")}, {'e', QT_TRANSLATE_NOOP("Aksara::Desk::MarcEditor", "cartographic material")},
          {'f', QT_TRANSLATE_NOOP("Aksara::Desk::MarcEditor", "manuscript map")}, {'g', QT_TRANSLATE_NOOP("Aksara::Desk::MarcEditor", "projected medium (film, video)")}, {'i', QT_TRANSLATE_NOOP("Aksara::Desk::MarcEditor", "nonmusical sound recording")},
          {'j', QT_TRANSLATE_NOOP("Aksara::Desk::MarcEditor", "musical sound recording")}, {'k', QT_TRANSLATE_NOOP("Aksara::Desk::MarcEditor", "two-dimensional graphic")}, {'m', QT_TRANSLATE_NOOP("Aksara::Desk::MarcEditor", "computer file")}, {'o', QT_TRANSLATE_NOOP("Aksara::Desk::MarcEditor", "kit")},
          {'p', QT_TRANSLATE_NOOP("Aksara::Desk::MarcEditor", "mixed materials")}, {'r', QT_TRANSLATE_NOOP("Aksara::Desk::MarcEditor", "three-dimensional object")}, {'t', QT_TRANSLATE_NOOP("Aksara::Desk::MarcEditor", "manuscript language material")}}},
        {7, 7, QT_TRANSLATE_NOOP("Aksara::Desk::MarcEditor", "bibliographic level"),
         {{'a', QT_TRANSLATE_NOOP("Aksara::Desk::MarcEditor", "monographic component part")}, {'b', QT_TRANSLATE_NOOP("Aksara::Desk::MarcEditor", "serial component part")}, {'c', QT_TRANSLATE_NOOP("Aksara::Desk::MarcEditor", "collection")}, {'d', QT_TRANSLATE_NOOP("Aksara::Desk::MarcEditor", "subunit")},
          {'i', QT_TRANSLATE_NOOP("Aksara::Desk::MarcEditor", "integrating resource")}, {'m', QT_TRANSLATE_NOOP("Aksara::Desk::MarcEditor", "monograph")}, {'s', QT_TRANSLATE_NOOP("Aksara::Desk::MarcEditor", "serial")}}},
        {8, 8, QT_TRANSLATE_NOOP("Aksara::Desk::MarcEditor", "type of control"), {{' ', QT_TRANSLATE_NOOP("Aksara::Desk::MarcEditor", "no specified type")}, {'a', QT_TRANSLATE_NOOP("Aksara::Desk::MarcEditor", "archival")}}},
        {9, 9, QT_TRANSLATE_NOOP("Aksara::Desk::MarcEditor", "character coding"), {{'a', QT_TRANSLATE_NOOP("Aksara::Desk::MarcEditor", "Unicode (Aksara always)")}}},
        {10, 10, QT_TRANSLATE_NOOP("Aksara::Desk::MarcEditor", "indicator count"), {{'2', QT_TRANSLATE_NOOP("Aksara::Desk::MarcEditor", "two indicators")}}},
        {11, 11, QT_TRANSLATE_NOOP("Aksara::Desk::MarcEditor", "subfield code length"), {{'2', QT_TRANSLATE_NOOP("Aksara::Desk::MarcEditor", "a delimiter and a code")}}},
        {12, 16, QT_TRANSLATE_NOOP("Aksara::Desk::MarcEditor", "base address of data"), {}},
        {17, 17, QT_TRANSLATE_NOOP("Aksara::Desk::MarcEditor", "encoding level"),
         {{' ', QT_TRANSLATE_NOOP("Aksara::Desk::MarcEditor", "full level")}, {'1', QT_TRANSLATE_NOOP("Aksara::Desk::MarcEditor", "full level, material not examined")}, {'2', QT_TRANSLATE_NOOP("Aksara::Desk::MarcEditor", "less than full, not examined")},
          {'3', QT_TRANSLATE_NOOP("Aksara::Desk::MarcEditor", "abbreviated level")}, {'4', QT_TRANSLATE_NOOP("Aksara::Desk::MarcEditor", "core level")}, {'5', QT_TRANSLATE_NOOP("Aksara::Desk::MarcEditor", "partial (preliminary) level")}, {'7', QT_TRANSLATE_NOOP("Aksara::Desk::MarcEditor", "minimal level")},
          {'8', QT_TRANSLATE_NOOP("Aksara::Desk::MarcEditor", "prepublication level")}, {'u', QT_TRANSLATE_NOOP("Aksara::Desk::MarcEditor", "unknown")}, {'z', QT_TRANSLATE_NOOP("Aksara::Desk::MarcEditor", "not applicable")}}},
        {18, 18, QT_TRANSLATE_NOOP("Aksara::Desk::MarcEditor", "descriptive cataloguing form"),
         {{' ', QT_TRANSLATE_NOOP("Aksara::Desk::MarcEditor", "non-ISBD")}, {'a', QT_TRANSLATE_NOOP("Aksara::Desk::MarcEditor", "AACR 2")}, {'c', QT_TRANSLATE_NOOP("Aksara::Desk::MarcEditor", "ISBD punctuation omitted")}, {'i', QT_TRANSLATE_NOOP("Aksara::Desk::MarcEditor", "ISBD punctuation included")},
          {'n', QT_TRANSLATE_NOOP("Aksara::Desk::MarcEditor", "non-ISBD punctuation omitted")}, {'u', QT_TRANSLATE_NOOP("Aksara::Desk::MarcEditor", "unknown")}}},
        {19, 19, QT_TRANSLATE_NOOP("Aksara::Desk::MarcEditor", "multipart resource level"),
         {{' ', QT_TRANSLATE_NOOP("Aksara::Desk::MarcEditor", "not specified")}, {'a', QT_TRANSLATE_NOOP("Aksara::Desk::MarcEditor", "set")}, {'b', QT_TRANSLATE_NOOP("Aksara::Desk::MarcEditor", "part with independent title")}, {'c', QT_TRANSLATE_NOOP("Aksara::Desk::MarcEditor", "part with dependent title")}}},
        {20, 23, QT_TRANSLATE_NOOP("Aksara::Desk::MarcEditor", "entry map (4500)"), {}},
    };
    return positions;
}

QString trEditor(const char *s)
{
    return QCoreApplication::translate("Aksara::Desk::MarcEditor", s);
}

const LeaderPosition *positionAt(int pos)
{
    for (const LeaderPosition &p : leaderPositions())
        if (pos >= p.from && pos <= p.to)
            return &p;
    return nullptr;
}

QString shownChar(char c)
{
    return c == ' ' ? QStringLiteral("#") : QString(QChar::fromLatin1(c));
}

// A new record's fields: what a cataloguer of a book fills in first.
MarcRecord templateRecord(const QDate &today)
{
    Catalogue::SimpleRecord s;
    MarcRecord built = Catalogue::buildMarc(s, today);
    MarcRecord r;
    r.leader = built.leader;
    r.fields << *built.field(QStringLiteral("008"));
    r.addDataField(QStringLiteral("020"), ' ', ' ', {{'a', QString()}});
    r.addDataField(QStringLiteral("100"), '1', ' ', {{'a', QString()}});
    r.addDataField(QStringLiteral("245"), '1', '0', {{'a', QString()}, {'c', QString()}});
    r.addDataField(QStringLiteral("264"), ' ', '1', {{'a', QString()}, {'b', QString()}, {'c', QString()}});
    r.addDataField(QStringLiteral("300"), ' ', ' ', {{'a', QString()}});
    r.addDataField(QStringLiteral("650"), ' ', '4', {{'a', QString()}});
    return r;
}

QString subfieldText(const MarcField &f)
{
    // The line format without the tag and indicators: "$a ... $b ...".
    return f.isControl() ? f.data : Catalogue::writeMarcLine(f).mid(7);
}
} // namespace

MarcEditor::MarcEditor(DeskSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    build();
    setWindowTitle(tr("New record — MARC"));
    setRecord(templateRecord(QDateTime::fromMSecsSinceEpoch(session.core.clock().nowMs(), Qt::UTC).date()));
    m_table->setCurrentCell(3, DataColumn);
}

MarcEditor::MarcEditor(DeskSession &session, qint64 bibId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_bibId(bibId)
{
    build();
    setWindowTitle(tr("Record %1 — MARC").arg(bibId));
}

void MarcEditor::build()
{
    setObjectName(QStringLiteral("marcEditorDialog"));
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);

    m_leader = new QLineEdit(this);
    m_leader->setObjectName(QStringLiteral("leaderEdit"));
    m_leader->setFont(fixed);
    m_leader->setMaxLength(24);
    m_leader->setFixedWidth(QFontMetrics(fixed).horizontalAdvance(QString(24, QLatin1Char('0'))) + 16);
    m_leaderSummary = new QLabel(this);
    m_leaderSummary->setObjectName(QStringLiteral("leaderSummary"));
    m_leaderSummary->setWordWrap(true);
    m_leaderHelp = new QLabel(this);
    m_leaderHelp->setObjectName(QStringLiteral("leaderHelp"));
    m_leaderHelp->setWordWrap(true);
    m_leaderHelp->setStyleSheet(QStringLiteral("color: #5f6b70;"));
    connect(m_leader, &QLineEdit::cursorPositionChanged, this, &MarcEditor::explainLeader);
    connect(m_leader, &QLineEdit::textEdited, this, [this] {
        explainLeader();
        edited();
    });

    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("marcFieldsTable"));
    m_table->setHorizontalHeaderLabels({tr("Tag"), tr("Ind 1"), tr("Ind 2"), tr("Data and subfields ($a …)")});
    m_table->setFont(fixed);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(QFontMetrics(fixed).height() + 10);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(DataColumn, QHeaderView::Stretch);
    const int cell = QFontMetrics(fixed).horizontalAdvance(QStringLiteral("0000")) + 14;
    m_table->setColumnWidth(TagColumn, cell);
    m_table->setColumnWidth(Ind1Column, qMax(cell, m_table->horizontalHeader()->sectionSizeHint(Ind1Column)));
    m_table->setColumnWidth(Ind2Column, qMax(cell, m_table->horizontalHeader()->sectionSizeHint(Ind2Column)));
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_filling)
            return;
        if (item->column() == TagColumn)
            setRowKind(item->row());
        edited();
    });

    m_problems = new QListWidget(this);
    m_problems->setObjectName(QStringLiteral("marcProblemsList"));
    m_problems->setMaximumHeight(110);
    m_problems->setStyleSheet(QStringLiteral("QListWidget { color: #7a1010; }"));
    connect(m_problems, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) { goToProblem(m_problems->row(item)); });
    connect(m_problems, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) { goToProblem(m_problems->row(item)); });

    auto button = [this](const QString &name, const QString &text, const QString &keys, void (MarcEditor::*slot)()) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setToolTip(keys);
        b->setAutoDefault(false);
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    auto *add = button(QStringLiteral("addFieldButton"), tr("New field"), tr("Insert"), &MarcEditor::addField);
    auto *remove = button(QStringLiteral("removeFieldButton"), tr("Remove"), tr("Ctrl+Delete"), &MarcEditor::removeField);
    auto *up = button(QStringLiteral("moveUpButton"), tr("Up"), tr("Alt+Up"), &MarcEditor::moveUp);
    auto *down = button(QStringLiteral("moveDownButton"), tr("Down"), tr("Alt+Down"), &MarcEditor::moveDown);
    auto *checkNow = button(QStringLiteral("checkButton"), tr("Check"), tr("F5"), &MarcEditor::check);
    for (const auto &[key, slot] : {std::pair{QKeySequence(Qt::Key_Insert), &MarcEditor::addField},
                                    std::pair{QKeySequence(Qt::CTRL | Qt::Key_Return), &MarcEditor::addField},
                                    std::pair{QKeySequence(Qt::CTRL | Qt::Key_Delete), &MarcEditor::removeField},
                                    std::pair{QKeySequence(Qt::ALT | Qt::Key_Up), &MarcEditor::moveUp},
                                    std::pair{QKeySequence(Qt::ALT | Qt::Key_Down), &MarcEditor::moveDown},
                                    std::pair{QKeySequence(Qt::Key_F5), &MarcEditor::check},
                                    std::pair{QKeySequence(Qt::Key_F8), &MarcEditor::nextProblem},
                                    std::pair{QKeySequence(Qt::CTRL | Qt::Key_S), &MarcEditor::save}}) {
        auto *s = new QShortcut(key, this);
        connect(s, &QShortcut::activated, this, slot);
    }

    m_message = new MessageBar(this);
    m_message->setObjectName(QStringLiteral("marcMessage"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    m_saveAnyway = buttons->addButton(tr("Save anyway"), QDialogButtonBox::ActionRole);
    m_saveAnyway->setObjectName(QStringLiteral("marcSaveAnywayButton"));
    m_saveAnyway->setAutoDefault(false);
    m_saveAnyway->hide();
    connect(m_saveAnyway, &QPushButton::clicked, this, &MarcEditor::saveAnyway);
    auto *saveButton = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    saveButton->setObjectName(QStringLiteral("saveMarcButton"));
    saveButton->setToolTip(tr("Ctrl+S"));
    saveButton->setAutoDefault(false);
    connect(saveButton, &QPushButton::clicked, this, &MarcEditor::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *leaderRow = new QHBoxLayout;
    auto *leaderLabel = new QLabel(tr("Leader"), this);
    leaderLabel->setBuddy(m_leader);
    leaderRow->addWidget(leaderLabel);
    leaderRow->addWidget(m_leader);
    leaderRow->addWidget(m_leaderSummary, 1);
    auto *tools = new QHBoxLayout;
    tools->addWidget(add);
    tools->addWidget(remove);
    tools->addWidget(up);
    tools->addWidget(down);
    tools->addStretch(1);
    tools->addWidget(checkNow);
    auto *keys = new QLabel(tr("Insert: new field · Ctrl+Delete: remove · Alt+↑/↓: move · F2: edit a cell · F8: next "
                               "problem · Ctrl+S: save · a blank indicator is # or empty"),
                            this);
    keys->setObjectName(QStringLiteral("marcKeysLabel"));
    keys->setWordWrap(true);
    keys->setStyleSheet(QStringLiteral("color: #5f6b70;"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(leaderRow);
    layout->addWidget(m_leaderHelp);
    layout->addLayout(tools);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problems);
    layout->addWidget(m_message);
    layout->addWidget(keys);
    layout->addWidget(buttons);
    m_problems->hide();
    resize(900, 640);
}

bool MarcEditor::load()
{
    Catalogue::Catalogue catalogue(m_session.core);
    auto r = catalogue.record(m_session.caller, m_bibId);
    if (!r.ok()) {
        m_message->setError(r.error(), tr("The record cannot be opened"));
        return false;
    }
    setWindowTitle(tr("Record %1 — MARC — %2").arg(m_bibId).arg(r->fields.title));
    setRecord(r->marc);
    m_live = true;
    check();
    return true;
}

void MarcEditor::setRecord(const MarcRecord &record)
{
    m_filling = true;
    m_leader->setText(QString::fromLatin1(record.leader));
    m_table->setRowCount(0);
    for (const MarcField &f : record.fields)
        insertRow(m_table->rowCount(), f);
    m_filling = false;
    explainLeader();
}

void MarcEditor::insertRow(int row, const MarcField &f)
{
    const bool old = m_filling;
    m_filling = true;
    m_table->insertRow(row);
    m_table->setItem(row, TagColumn, new QTableWidgetItem(f.tag));
    m_table->setItem(row, Ind1Column, new QTableWidgetItem(f.isControl() ? QString() : shownChar(f.ind1)));
    m_table->setItem(row, Ind2Column, new QTableWidgetItem(f.isControl() ? QString() : shownChar(f.ind2)));
    m_table->setItem(row, DataColumn, new QTableWidgetItem(subfieldText(f)));
    setRowKind(row);
    m_filling = old;
}

// A control field (001-009) has no indicators: their cells are greyed and not editable.
void MarcEditor::setRowKind(int row)
{
    const bool old = m_filling;
    m_filling = true;
    const QString tag = m_table->item(row, TagColumn) ? m_table->item(row, TagColumn)->text().trimmed() : QString();
    const bool control = MarcField::isControlTag(tag);
    for (int c : {Ind1Column, Ind2Column}) {
        QTableWidgetItem *item = m_table->item(row, c);
        if (!item) {
            item = new QTableWidgetItem;
            m_table->setItem(row, c, item);
        }
        item->setTextAlignment(Qt::AlignCenter);
        if (control) {
            item->setText(QString());
            item->setFlags(Qt::ItemIsEnabled);
            item->setBackground(QColor(0xee, 0xf0, 0xf1));
        } else {
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable);
            item->setBackground(QBrush());
        }
    }
    m_filling = old;
}

MarcRecord MarcEditor::record(QList<std::pair<int, RecordProblem>> *problems) const
{
    MarcRecord r;
    r.leader = m_leader->text().toLatin1();
    auto text = [this](int row, int col) { return m_table->item(row, col) ? m_table->item(row, col)->text() : QString(); };
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString tag = text(row, TagColumn).trimmed();
        const QString data = text(row, DataColumn);
        QString ind[2] = {text(row, Ind1Column), text(row, Ind2Column)};
        if (tag.isEmpty() && data.trimmed().isEmpty() && ind[0].trimmed().isEmpty() && ind[1].trimmed().isEmpty())
            continue; // a new row left empty
        if (MarcField::isControlTag(tag)) {
            MarcField f;
            f.tag = tag;
            f.control = true;
            f.data = data;
            r.fields << f;
            continue;
        }
        bool ok = true;
        char inds[2] = {' ', ' '};
        for (int k = 0; k < 2; ++k) {
            const QString v = ind[k] == QLatin1String("#") ? QString() : ind[k];
            if (v.size() > 1 || (v.size() == 1 && v.at(0).unicode() > 0x7e)) {
                RecordProblem p;
                p.code = QStringLiteral("catalogue.marc_bad_indicator");
                p.field = tag;
                p.indicator = k + 1;
                p.message = Catalogue::locationOf(p) + QStringLiteral(": ")
                            + tr("\"%1\" is not an indicator: an indicator is one character (a digit, a lowercase letter, "
                                 "or # for blank).")
                                  .arg(ind[k]);
                if (problems)
                    *problems << std::pair{row, p};
                ok = false;
            } else if (v.size() == 1) {
                inds[k] = char(v.at(0).unicode());
            }
        }
        auto parsed = Catalogue::readMarcLine((tag.isEmpty() ? QStringLiteral("???") : tag) + QLatin1Char(' ') + QChar::fromLatin1(inds[0])
                                              + QChar::fromLatin1(inds[1]) + QLatin1Char(' ') + data);
        if (!parsed.ok()) {
            for (const auto &v : parsed.error().details.value(QStringLiteral("reasons")).toArray()) {
                RecordProblem p;
                p.code = v.toObject().value(QStringLiteral("code")).toString();
                p.field = tag;
                const QString m = v.toObject().value(QStringLiteral("message")).toString();
                p.message = m.left(1).toUpper() + m.mid(1);
                if (problems)
                    *problems << std::pair{row, p};
            }
            continue;
        }
        if (!ok)
            continue;
        parsed->tag = tag;
        r.fields << *parsed;
    }
    return r;
}

void MarcEditor::edited()
{
    m_saveAnyway->hide();
    if (m_live)
        QTimer::singleShot(0, this, &MarcEditor::check);
}

void MarcEditor::check()
{
    m_live = true;
    QList<std::pair<int, RecordProblem>> problems;
    const MarcRecord r = record(&problems);
    // Rows that became fields, in order: field index -> row.
    QList<int> rows;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        bool failed = false;
        for (const auto &p : std::as_const(problems))
            failed = failed || p.first == row;
        const QString tag = m_table->item(row, TagColumn) ? m_table->item(row, TagColumn)->text().trimmed() : QString();
        const QString data = m_table->item(row, DataColumn) ? m_table->item(row, DataColumn)->text().trimmed() : QString();
        if (!failed && !(tag.isEmpty() && data.isEmpty()))
            rows << row;
    }
    for (const RecordProblem &p : Catalogue::checkMarc(r))
        problems << std::pair{p.index >= 0 && p.index < rows.size() ? rows.at(p.index) : -1, p};
    // In the order of the record: the leader, the rows, then what belongs to no row (a missing 245).
    auto order = [](const std::pair<int, RecordProblem> &x) {
        return x.second.field == QLatin1String("leader") ? -1 : x.first >= 0 ? x.first : std::numeric_limits<int>::max();
    };
    std::stable_sort(problems.begin(), problems.end(), [&](const auto &a, const auto &b) { return order(a) < order(b); });
    showProblems(problems);
}

void MarcEditor::showProblems(const QList<std::pair<int, RecordProblem>> &problems)
{
    m_filling = true;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        for (int c : {TagColumn, DataColumn}) {
            if (QTableWidgetItem *item = m_table->item(row, c)) {
                item->setBackground(QBrush());
                item->setToolTip(QString());
            }
        }
    }
    m_leader->setStyleSheet(QString());
    m_problems->clear();
    for (const auto &[row, p] : problems) {
        auto *item = new QListWidgetItem(p.message, m_problems);
        int column = DataColumn;
        if (p.code == QLatin1String("catalogue.marc_bad_tag") || p.code == QLatin1String("catalogue.marc_repeated_field"))
            column = TagColumn;
        else if (p.indicator > 0)
            column = p.indicator == 1 ? Ind1Column : Ind2Column;
        item->setData(Qt::UserRole, p.field == QLatin1String("leader") ? -2 : row);
        item->setData(Qt::UserRole + 1, column);
        item->setData(Qt::UserRole + 2, p.position);
        if (p.field == QLatin1String("leader"))
            m_leader->setStyleSheet(QStringLiteral("QLineEdit { background: #fde8e8; }"));
        if (row >= 0) {
            for (int c : {TagColumn, DataColumn}) {
                if (QTableWidgetItem *cell = m_table->item(row, c)) {
                    cell->setBackground(QColor(0xfd, 0xe8, 0xe8));
                    cell->setToolTip(cell->toolTip().isEmpty() ? p.message : cell->toolTip() + QLatin1Char('\n') + p.message);
                }
            }
        }
    }
    m_problems->setVisible(!problems.isEmpty());
    m_filling = false;
}

void MarcEditor::goToProblem(int index)
{
    QListWidgetItem *item = m_problems->item(index);
    if (!item)
        return;
    m_problems->setCurrentRow(index);
    const int row = item->data(Qt::UserRole).toInt();
    if (row == -2) {
        m_leader->setFocus();
        m_leader->setCursorPosition(qMax(0, item->data(Qt::UserRole + 2).toInt()));
        return;
    }
    if (row >= 0) {
        m_table->setCurrentCell(row, item->data(Qt::UserRole + 1).toInt());
        m_table->setFocus();
    }
}

void MarcEditor::nextProblem()
{
    if (m_problems->count() == 0)
        return;
    goToProblem((m_problems->currentRow() + 1) % m_problems->count());
}

QStringList MarcEditor::problemMessages() const
{
    QStringList out;
    for (int i = 0; i < m_problems->count(); ++i)
        out << m_problems->item(i)->text();
    return out;
}

void MarcEditor::addField()
{
    const int row = m_table->currentRow() < 0 ? m_table->rowCount() : m_table->currentRow() + 1;
    MarcField f;
    f.tag = QString();
    insertRow(row, f);
    m_table->setCurrentCell(row, TagColumn);
    m_table->setFocus();
    m_table->editItem(m_table->item(row, TagColumn));
}

void MarcEditor::removeField()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_table->removeRow(row);
    if (m_table->rowCount() > 0)
        m_table->setCurrentCell(qMin(row, m_table->rowCount() - 1), TagColumn);
    edited();
}

void MarcEditor::moveRow(int from, int to)
{
    if (from < 0 || to < 0 || from >= m_table->rowCount() || to >= m_table->rowCount())
        return;
    const int column = qMax(0, m_table->currentColumn());
    m_filling = true;
    for (int c = 0; c < m_table->columnCount(); ++c) {
        QTableWidgetItem *a = m_table->takeItem(from, c);
        QTableWidgetItem *b = m_table->takeItem(to, c);
        m_table->setItem(from, c, b);
        m_table->setItem(to, c, a);
    }
    m_filling = false;
    setRowKind(from);
    setRowKind(to);
    m_table->setCurrentCell(to, column);
    edited();
}

void MarcEditor::moveUp()
{
    moveRow(m_table->currentRow(), m_table->currentRow() - 1);
}

void MarcEditor::moveDown()
{
    moveRow(m_table->currentRow(), m_table->currentRow() + 1);
}

void MarcEditor::explainLeader()
{
    const QByteArray l = m_leader->text().toLatin1();
    QStringList summary;
    for (int pos : {5, 6, 7, 17, 18}) {
        const LeaderPosition *p = positionAt(pos);
        const char c = pos < l.size() ? l.at(pos) : ' ';
        for (const LeaderValue &v : p->values)
            if (v.value == c)
                summary << trEditor(v.meaning);
    }
    m_leaderSummary->setText(summary.join(QStringLiteral(" · ")));
    const int pos = qBound(0, m_leader->cursorPosition(), 23);
    const LeaderPosition *p = positionAt(pos);
    if (!p)
        return;
    const QString where = p->from == p->to ? tr("Position %1").arg(p->from, 2, 10, QLatin1Char('0'))
                                           : tr("Positions %1–%2").arg(p->from, 2, 10, QLatin1Char('0')).arg(p->to, 2, 10, QLatin1Char('0'));
    QString help = QStringLiteral("<b>%1</b> — %2").arg(where.toHtmlEscaped(), trEditor(p->name).toHtmlEscaped());
    if (p->values.isEmpty()) {
        help += QStringLiteral(": ") + tr("Aksara fills it in when the record is saved.").toHtmlEscaped();
    } else {
        QStringList values;
        const char c = pos < l.size() ? l.at(pos) : ' ';
        for (const LeaderValue &v : p->values) {
            const QString one = QStringLiteral("%1 = %2").arg(shownChar(v.value), trEditor(v.meaning)).toHtmlEscaped();
            values << (v.value == c ? QStringLiteral("<b>%1</b>").arg(one) : one);
        }
        help += QStringLiteral(": ") + values.join(QStringLiteral(", "));
    }
    m_leaderHelp->setText(help);
}

void MarcEditor::save()
{
    store(false);
}

void MarcEditor::saveAnyway()
{
    store(true);
}

void MarcEditor::store(bool allowDuplicate)
{
    m_message->clear();
    m_saveAnyway->hide();
    QList<std::pair<int, RecordProblem>> unreadable;
    const MarcRecord r = record(&unreadable);
    if (!unreadable.isEmpty()) {
        // Rows that are not fields at all cannot be sent: say so at each.
        check();
        m_message->setMessage(MessageBar::Kind::Error, tr("Not saved: some rows are not MARC fields yet"));
        goToProblem(0);
        return;
    }
    Catalogue::Catalogue catalogue(m_session.core);
    Error error;
    if (m_bibId > 0) {
        Status st = catalogue.updateRecord(m_session.caller, m_bibId, r);
        if (st.ok()) {
            emit saved(m_bibId, false);
            accept();
            return;
        }
        error = st.error();
    } else {
        auto id = catalogue.createRecord(m_session.caller, r, allowDuplicate);
        if (id.ok()) {
            m_bibId = *id;
            emit saved(*id, true);
            accept();
            return;
        }
        error = id.error();
    }
    if (error.code == QLatin1String("catalogue.duplicate")) {
        m_message->setMessage(MessageBar::Kind::Warning, error.message);
        m_saveAnyway->show();
        return;
    }
    // The module's reasons point at fields (details.reasons[].index): the same marks as the check.
    const QJsonArray reasons = error.details.value(QStringLiteral("reasons")).toArray();
    if (error.isRefusal() && !reasons.isEmpty()) {
        check();
        m_message->setMessage(MessageBar::Kind::Error, tr("Not saved: %n problem(s) in the record", nullptr, int(reasons.size())));
        goToProblem(0);
        return;
    }
    m_message->setError(error, tr("Not saved"));
}

} // namespace Aksara::Desk
