// The desk's first job: register a patient from the request file their own device wrote. The
// clerk imports it, sees whom it is for, types the ID card's number and the region, registers.
// The national ID leaves the form as soon as it is submitted; only its salted hash goes on chain.
#pragma once

#include "client/ClientTypes.h"
#include "client/Session.h"

#include <QWidget>

#include <optional>

class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace medchain::ui {

class RegisterPatientPage : public QWidget {
    Q_OBJECT
public:
    /// session must outlive the page.
    explicit RegisterPatientPage(client::Session &session, QWidget *parent = nullptr);

    /// Reads the request file at path and shows whom it is for, or plainly what is wrong with
    /// it (then nothing can be registered). The file dialog ends here; tests call it directly.
    void importRequest(const QString &path);
    /// The identity of the request on show, when it is a valid one.
    std::optional<client::IdentityId> requestIdentity() const;
    bool isBusy() const { return m_pending.has_value(); }

public slots:
    /// Asks for the request file (Ctrl+I).
    void chooseRequestFile();
    /// Checks the form and registers the patient (Ctrl+Return).
    void submit();

signals:
    /// The registration of patient was committed.
    void patientRegistered(const medchain::client::IdentityId &patient);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Request {
        QByteArray bytes;
        client::IdentityId identity;
        qint64 created = 0;
        QString path;
    };

    void buildUi();
    void retranslateUi();
    void showRequest();
    void clearRequest();
    void checkNotRegistered();
    void onActionFinished(client::Session::ActionId id, bool ok, const QString &message);
    void updateEnabled();
    void showStatus(const QString &text, bool problem);

    client::Session &m_session;
    std::optional<Request> m_request;
    QString m_requestProblem; // why the last file could not be used
    bool m_alreadyRegistered = false;
    std::optional<client::Session::ActionId> m_pending;
    QString m_pendingPseudonym;

    QGroupBox *m_requestBox = nullptr;
    QPushButton *m_import = nullptr;
    QLabel *m_file = nullptr;
    QLabel *m_pseudonymLabel = nullptr;
    QLabel *m_pseudonym = nullptr;
    QLabel *m_identityLabel = nullptr;
    QLabel *m_identity = nullptr;
    QLabel *m_createdLabel = nullptr;
    QLabel *m_created = nullptr;
    QLabel *m_requestProblemText = nullptr;
    QGroupBox *m_documentBox = nullptr;
    QLabel *m_nationalIdLabel = nullptr;
    QLineEdit *m_nationalId = nullptr;
    QLabel *m_nationalIdHint = nullptr;
    QLabel *m_regionLabel = nullptr;
    QLineEdit *m_region = nullptr;
    QLabel *m_regionHint = nullptr;
    QPushButton *m_register = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace medchain::ui
