// The "grant access" form: a practitioner or institution picked from the on-chain directory, a
// scope (everything or some categories) and a duration. Answering a request prefills all three.
#pragma once

#include "client/ClientTypes.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;

namespace medchain::ui {

class GrantDialog : public QDialog {
    Q_OBJECT
public:
    /// The longest grant offered. The chain's own limit is the genesis maxGrantMs (5 × 366 days
    /// by default), which the session does not report; a year stays well inside it.
    static constexpr qint64 DefaultMaxDurationMs = 365LL * 24 * 60 * 60 * 1000;

    /// now: the clock the durations and the end date are counted from.
    explicit GrantDialog(qint64 now, QWidget *parent = nullptr);

    /// Who can be picked: active practitioners and institutions that give or support care (not
    /// payment gateways or fund managers). Until this is called the list says it is loading.
    void setDirectory(const QList<client::Party> &parties);
    /// Answers request: its requester is the only grantee, its scope and expiry are preset.
    void setRequest(const client::RequestEntry &request);

    std::optional<client::Party> grantee() const;
    consent::AccessScope scope() const;
    /// When a grant made at now (ms since the epoch) would end, or nothing while the choice is
    /// invalid. A duration counts from now, so call it when the grant is made.
    std::optional<qint64> expiry(qint64 now) const;
    std::optional<client::Hash> request() const { return m_request; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillDurations();
    void fillGrantees();
    void filterGrantees(const QString &text);
    /// Enables OK and says what the grant will do, or what is missing.
    void updateState();

    qint64 m_now;
    qint64 m_maxDuration = DefaultMaxDurationMs;
    QList<client::Party> m_parties;
    bool m_directoryLoaded = false;
    std::optional<client::Hash> m_request;
    std::optional<consent::AccessScope> m_requestedScope; // a request's listed records
    std::optional<qint64> m_requestedExpiry;

    QLabel *m_granteeLabel = nullptr;
    QLineEdit *m_search = nullptr;
    QListWidget *m_grantees = nullptr;
    QGroupBox *m_scopeBox = nullptr;
    QRadioButton *m_scopeAll = nullptr;
    QRadioButton *m_scopeCategories = nullptr;
    QRadioButton *m_scopeRecords = nullptr;
    QList<QCheckBox *> m_categories; // in RecordCategory order
    QGroupBox *m_durationBox = nullptr;
    QComboBox *m_duration = nullptr;
    QDateEdit *m_until = nullptr;
    QLabel *m_summary = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace medchain::ui
