#pragma once

#include <QMenu>

namespace Aksara::Shell {

// "Language" / "Bahasa": Indonesian, English, or the system's language, remembered in the settings
// (ui/language) for every Aksara window of this user. `--lang` still chooses for one run. The
// choice applies when a window is next opened; the menu says so.
class LanguageMenu : public QMenu {
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget *parent = nullptr);

    // The remembered choice: "id", "en" or "" (the system's language).
    static QString remembered();
    static void remember(const QString &language);

private:
    void choose(const QString &language);
};

} // namespace Aksara::Shell
