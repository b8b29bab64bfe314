// The form a desk fills in with a new practitioner beside it: name, licence, specialty, where
// their keystore goes, and the passphrase the practitioner types themselves (twice, masked).
// The passphrase leaves the fields when the dialog closes; the page takes it once, guarded.
#pragma once

#include "client/ClientTypes.h"
#include "common/EnrollDialogBase.h"

class QLabel;
class QLineEdit;

namespace medchain::ui {

class EnrollPractitionerDialog : public EnrollDialogBase {
    Q_OBJECT
public:
    explicit EnrollPractitionerDialog(QWidget *parent = nullptr);

    /// The fields, trimmed.
    client::PractitionerForm form() const;

protected:
    FieldProblem fieldProblem() const override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_licenceLabel = nullptr;
    QLineEdit *m_licence = nullptr;
    QLabel *m_specialtyLabel = nullptr;
    QLineEdit *m_specialty = nullptr;
};

} // namespace medchain::ui
