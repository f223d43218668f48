#include "shell/LanguageMenu.h"

#include <QActionGroup>
#include <QMessageBox>
#include <QSettings>

namespace Aksara::Shell {

namespace {
const QString kKey = QStringLiteral("ui/language");
}

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(tr("Language / Bahasa"), parent)
{
    setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(this);
    const QString current = remembered();
    // Each language is named in itself, so that a person who cannot read the other finds theirs.
    for (const auto &[code, label] : {std::pair{QStringLiteral("id"), QStringLiteral("Bahasa Indonesia")},
                                      std::pair{QStringLiteral("en"), QStringLiteral("English")},
                                      std::pair{QString(), tr("The system's language")}}) {
        QAction *a = addAction(label);
        a->setObjectName(code.isEmpty() ? QStringLiteral("languageSystem") : QStringLiteral("language_") + code);
        a->setCheckable(true);
        a->setChecked(code == current);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] { choose(code); });
    }
}

QString LanguageMenu::remembered()
{
    const QString v = QSettings().value(kKey).toString();
    return v == QLatin1String("id") || v == QLatin1String("en") ? v : QString();
}

void LanguageMenu::remember(const QString &language)
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(kKey);
    else
        settings.setValue(kKey, language);
}

void LanguageMenu::choose(const QString &language)
{
    if (language == remembered())
        return;
    remember(language);
    // Said in the chosen language as well as in the current one.
    const QString next = language == QLatin1String("id") ? QStringLiteral("Bahasa akan berganti saat jendela dibuka lagi.")
                         : language == QLatin1String("en") ? QStringLiteral("The language changes when the window is opened again.")
                                                            : QString();
    const QString now = tr("The language changes when the window is opened again.");
    auto *box = new QMessageBox(QMessageBox::Information, tr("Language / Bahasa"),
                                next.isEmpty() || next == now ? now : now + QLatin1Char('\n') + next, QMessageBox::Ok,
                                parentWidget());
    box->setObjectName(QStringLiteral("languageChangedBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace Aksara::Shell
