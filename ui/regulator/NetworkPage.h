// The Network tab: this replica's tip, the validators with their newest commits and proposals,
// and the node's peers. Knows no session: NetworkLoader reads the health and calls showHealth().
#pragma once

#include "client/AdminTypes.h"

#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace medchain::ui {

class PeerModel;
class ValidatorHealthModel;

class NetworkPage : public QWidget {
    Q_OBJECT
public:
    explicit NetworkPage(QWidget *parent = nullptr);

    ValidatorHealthModel *validatorModel() const { return m_validatorModel; }
    PeerModel *peerModel() const { return m_peerModel; }
    bool hasHealth() const { return m_hasHealth; }
    const client::NetworkHealth &health() const { return m_health; }

public slots:
    void showHealth(const client::NetworkHealth &health);
    /// The health could not be read (the session failed); the last one shown stays.
    void showProblem(const QString &message);
    /// Ctrl+6: the keyboard in the validators' table.
    void focusTable();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateSummary();
    void retranslateUi();

    ValidatorHealthModel *m_validatorModel = nullptr;
    PeerModel *m_peerModel = nullptr;
    QSortFilterProxyModel *m_validatorSort = nullptr;
    QSortFilterProxyModel *m_peerSort = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_signing = nullptr;
    QLabel *m_equivocations = nullptr;
    QLabel *m_validatorsLabel = nullptr;
    QTableView *m_validators = nullptr;
    QLabel *m_peersLabel = nullptr;
    QTableView *m_peers = nullptr;
    QLabel *m_peerNote = nullptr;
    client::NetworkHealth m_health;
    bool m_hasHealth = false;
    QString m_problem;
};

} // namespace medchain::ui
