// Break-glass access to a patient who has not granted it: a stated reason of at least
// MinimumReasonLength characters, and plain words that it is recorded and shown to the patient
// and the regulator.
#pragma once

#include "client/ClientTypes.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace medchain::ui {

class EmergencyAccessDialog : public QDialog {
    Q_OBJECT
public:
    static constexpr int MinimumReasonLength = 10; // characters, not bytes

    EmergencyAccessDialog(const client::Party &patient, QWidget *parent = nullptr);

    QString reason() const;
    /// True when reason is long enough to be sent.
    static bool acceptableReason(const QString &reason);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateState();

    client::Party m_patient;
    QLabel *m_warning = nullptr;
    QLabel *m_reasonLabel = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QLabel *m_hint = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace medchain::ui
