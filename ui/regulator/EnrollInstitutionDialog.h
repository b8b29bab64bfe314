// The form the authority fills in to enroll an institution: its kind, name and district, where
// its keystore goes, and the passphrase its representative types (twice, masked).
#pragma once

#include "client/AdminTypes.h"
#include "common/EnrollDialogBase.h"
#include "crypto/SecureBuffer.h"

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;

namespace medchain::ui {

/// An accepted enrollment form on its way to the session. The passphrase is moved out of its
/// guarded buffer once, by whoever signs the enrollment.
struct InstitutionEnrollment {
    client::InstitutionForm form;
    QString keystorePath;
    std::shared_ptr<crypto::SecureBuffer> passphrase;
};

class EnrollInstitutionDialog : public EnrollDialogBase {
    Q_OBJECT
public:
    explicit EnrollInstitutionDialog(QWidget *parent = nullptr);

    /// The fields, trimmed; the region is the code the field starts with.
    client::InstitutionForm form() const;
    /// After accepted(): the form, the path and the passphrase (NFC UTF-8, guarded), once.
    InstitutionEnrollment takeEnrollment();

protected:
    FieldProblem fieldProblem() const override;
    void changeEvent(QEvent *event) override;

private:
    void fillKinds();
    void fillRegions();
    void showRegionName();
    void retranslateUi();

    QLabel *m_kindLabel = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_regionLabel = nullptr;
    QComboBox *m_region = nullptr;
    QLabel *m_regionName = nullptr;
};

} // namespace medchain::ui
