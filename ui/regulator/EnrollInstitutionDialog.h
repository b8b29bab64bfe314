// The form the authority fills in to enroll an institution: its kind, name and district, where
// its keystore goes, and the passphrase its representative types (twice, masked).
#pragma once

#include "client/AdminTypes.h"
#include "crypto/SecureBuffer.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace medchain::ui {

class NewPassphraseFields;
class SaveFileField;

/// An accepted enrollment form on its way to the session. The passphrase is moved out of its
/// guarded buffer once, by whoever signs the enrollment.
struct InstitutionEnrollment {
    client::InstitutionForm form;
    QString keystorePath;
    std::shared_ptr<crypto::SecureBuffer> passphrase;
};

class EnrollInstitutionDialog : public QDialog {
    Q_OBJECT
public:
    explicit EnrollInstitutionDialog(QWidget *parent = nullptr);
    ~EnrollInstitutionDialog() override;

    /// The fields, trimmed; the region is the code the field starts with.
    client::InstitutionForm form() const;
    QString keystorePath() const;
    /// After accepted(): the form, the path and the passphrase (NFC UTF-8, guarded), once.
    InstitutionEnrollment takeEnrollment();
    /// Why the form cannot be accepted as it stands; empty when it can.
    QString problem() const;

public slots:
    /// Accepts only a complete form: otherwise says what is wrong and puts the cursor there.
    void accept() override;
    void done(int result) override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillKinds();
    void fillRegions();
    void showRegionName();
    void suggestPath();
    QWidget *problemField() const;
    void retranslateUi();

    QLabel *m_intro = nullptr;
    QLabel *m_kindLabel = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_regionLabel = nullptr;
    QComboBox *m_region = nullptr;
    QLabel *m_regionName = nullptr;
    QLabel *m_pathLabel = nullptr;
    SaveFileField *m_path = nullptr;
    QLabel *m_passphraseNote = nullptr;
    NewPassphraseFields *m_passphrase = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_accept = nullptr;
    QPushButton *m_cancel = nullptr;
    bool m_pathChosen = false; // typed or browsed: stop suggesting one
    bool m_suggesting = false; // the path changes because the name did
    crypto::SecureBuffer m_passphraseUtf8;
};

} // namespace medchain::ui
