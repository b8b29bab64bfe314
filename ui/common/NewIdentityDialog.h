// File ▸ New Patient Identity…: a patient makes their keys on their own computer. The dialog
// writes their keystore and the registration request a desk imports; keys never leave here.
#pragma once

#include "chain/ChainTypes.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QProgressBar;

namespace medchain::ui {

class NewPassphraseFields;
class SaveFileField;

class NewIdentityDialog : public QDialog {
    Q_OBJECT
public:
    explicit NewIdentityDialog(QWidget *parent = nullptr);

    SaveFileField *keystoreField() const { return m_keystore; }
    SaveFileField *requestField() const { return m_request; }
    NewPassphraseFields *passphrase() const { return m_passphrase; }
    /// The failure or the outcome shown under the form.
    QString message() const;
    bool isBusy() const { return m_busy; }

public slots:
    /// Makes the identity with what the form holds (the Create button).
    void create();

signals:
    /// Both files are written; the request is ready for the desk.
    void created(const medchain::chain::IdentityId &identity, const QString &keystore,
                 const QString &request);

protected:
    void changeEvent(QEvent *event) override;

private:
    void setBusy(bool busy);
    void showDone(const chain::IdentityId &identity);
    void retranslateUi();

    QLabel *m_intro = nullptr;
    QLabel *m_keystoreLabel = nullptr;
    QLabel *m_requestLabel = nullptr;
    SaveFileField *m_keystore = nullptr;
    SaveFileField *m_request = nullptr;
    NewPassphraseFields *m_passphrase = nullptr;
    QLabel *m_message = nullptr;
    QProgressBar *m_progress = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_busy = false;
    bool m_done = false;
};

} // namespace medchain::ui
