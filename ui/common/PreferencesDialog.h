// File → Preferences…: how long an unattended session stays open before it locks (QSettings
// session/lockMinutes; 0 never locks), and the doctor's repeated-exam window.
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QSpinBox;

namespace medchain::ui {

class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    QSpinBox *lockMinutes() const { return m_lockMinutes; }
    QSpinBox *repeatExamDays() const { return m_examDays; }

public slots:
    /// Saves the settings, then closes.
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_lockLabel = nullptr;
    QSpinBox *m_lockMinutes = nullptr;
    QLabel *m_lockNote = nullptr;
    QLabel *m_examLabel = nullptr;
    QSpinBox *m_examDays = nullptr;
    QLabel *m_examNote = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace medchain::ui
