// The form a desk fills in with a new practitioner beside it: name, licence, specialty, where
// their keystore goes, and the passphrase the practitioner types themselves (twice, masked).
// The passphrase leaves the fields when the dialog closes; the page takes it once, guarded.
#pragma once

#include "client/ClientTypes.h"
#include "crypto/SecureBuffer.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace medchain::ui {

class NewPassphraseFields;
class SaveFileField;

class EnrollPractitionerDialog : public QDialog {
    Q_OBJECT
public:
    explicit EnrollPractitionerDialog(QWidget *parent = nullptr);
    ~EnrollPractitionerDialog() override;

    /// The fields, trimmed.
    client::PractitionerForm form() const;
    QString keystorePath() const;
    /// After accepted(): the passphrase as NFC UTF-8 in guarded memory, once.
    crypto::SecureBuffer takePassphrase();
    /// Why the form cannot be accepted as it stands; empty when it can.
    QString problem() const;

public slots:
    /// Accepts only a complete form: otherwise says what is missing and puts the cursor there.
    void accept() override;
    void done(int result) override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void suggestPath();
    /// The field problem() is about.
    QWidget *problemField() const;

    QLabel *m_intro = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_licenceLabel = nullptr;
    QLineEdit *m_licence = nullptr;
    QLabel *m_specialtyLabel = nullptr;
    QLineEdit *m_specialty = nullptr;
    QLabel *m_pathLabel = nullptr;
    SaveFileField *m_path = nullptr;
    QLabel *m_passphraseNote = nullptr;
    NewPassphraseFields *m_passphrase = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_accept = nullptr;
    QPushButton *m_cancel = nullptr;
    bool m_pathChosen = false; // the clerk typed or browsed a path: stop suggesting one
    bool m_suggesting = false; // the path changes because the name did
    crypto::SecureBuffer m_passphraseUtf8;
};

} // namespace medchain::ui
