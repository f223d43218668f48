#pragma once

#include <QPointer>
#include <QWidget>

#include <QLineEdit>
class QPushButton;

namespace Aksara::Kiosk {

// A large on-screen number pad for touch screens: types digits into the line edit it serves (the
// card number or the PIN), deletes the last digit or clears the field. Its keys never take the
// focus, so a scanner or a keyboard can still type into the same field.
class Keypad : public QWidget {
    Q_OBJECT
public:
    explicit Keypad(QWidget *parent = nullptr);
    void setTarget(QLineEdit *edit);
    QLineEdit *target() const { return m_target; }
    void retranslate();

signals:
    void typed();

private:
    void press(const QString &key);

    QPointer<QLineEdit> m_target;
    QPushButton *m_clear;
    QPushButton *m_back;
};

} // namespace Aksara::Kiosk
