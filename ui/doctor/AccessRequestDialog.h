// Asking a patient for access: what (all records or some kinds), for how long, and why. The
// patient sees the request with its purpose and answers it in their Access tab.
#pragma once

#include "client/ClientTypes.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace medchain::ui {

class AccessRequestDialog : public QDialog {
    Q_OBJECT
public:
    AccessRequestDialog(const client::Party &patient, QWidget *parent = nullptr);

    consent::AccessScope scope() const;
    /// When access asked at now would end.
    qint64 expiry(qint64 now) const;
    QString purpose() const;
    /// What is missing before the request can be sent, or an empty string.
    QString problem() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateState();

    client::Party m_patient;
    QLabel *m_intro = nullptr;
    QGroupBox *m_scopeBox = nullptr;
    QRadioButton *m_scopeAll = nullptr;
    QRadioButton *m_scopeCategories = nullptr;
    QList<QCheckBox *> m_categories; // in kCategories order
    QLabel *m_durationLabel = nullptr;
    QComboBox *m_duration = nullptr;
    QLabel *m_purposeLabel = nullptr;
    QLineEdit *m_purpose = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace medchain::ui
