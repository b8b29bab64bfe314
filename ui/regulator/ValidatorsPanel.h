// The Validators section of the Administration tab: the set on chain, edited here (add an active
// node, remove one, change a power), then sent whole after a confirmation that says what changes
// and whether the validators up now could still make blocks under it.
#pragma once

#include "client/AdminTypes.h"
#include "regulator/ValidatorSetCheck.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace medchain::ui {

class ValidatorSetModel;

class ValidatorsPanel : public QWidget {
    Q_OBJECT
public:
    /// A validator's voting power as the chain takes it.
    static constexpr int MaxPower = 1'000'000;

    explicit ValidatorsPanel(QWidget *parent = nullptr);

    ValidatorSetModel *model() const { return m_model; }
    /// The set on chain and every node (revoked ones are not offered).
    void setDirectory(const QList<identity::Validator> &current, const QList<client::Party> &nodes);
    void setHealth(const client::NetworkHealth &health);
    void setBusy(bool busy);
    /// What the confirmation says about the set as edited now.
    ValidatorSetReview review() const;
    void focusTable();

public slots:
    void addCandidate();
    void removeSelected();
    void resetSet();
    /// Asks to confirm the edited set; on yes, validatorsRequested.
    void apply();

signals:
    void validatorsRequested(const QList<medchain::identity::Validator> &validators);

protected:
    void changeEvent(QEvent *event) override;

private:
    int selectedRow() const;
    void fillCandidates();
    void showSelectedPower();
    void updateState();
    void retranslateUi();

    ValidatorSetModel *m_model = nullptr;
    std::optional<client::NetworkHealth> m_health;
    bool m_busy = false;
    QLabel *m_intro = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_candidateLabel = nullptr;
    QComboBox *m_candidate = nullptr;
    QPushButton *m_add = nullptr;
    QLabel *m_powerLabel = nullptr;
    QSpinBox *m_power = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_changes = nullptr;
    QPushButton *m_reset = nullptr;
    QPushButton *m_apply = nullptr;
};

} // namespace medchain::ui
