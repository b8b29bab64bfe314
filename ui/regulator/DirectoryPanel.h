// One list of the Administration tab: the institutions (with the enrollment of a new one), or the
// practitioners and nodes (with any identity's id typed in, for patients). Revoked ones greyed.
#pragma once

#include "client/ClientTypes.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace medchain::ui {

class PartyTableModel;

class DirectoryPanel : public QWidget {
    Q_OBJECT
public:
    enum class Kind { Institutions, PractitionersAndNodes };

    explicit DirectoryPanel(Kind kind, QWidget *parent = nullptr);

    /// 64 hex digits (spaces ignored) as an identity; nothing for anything else.
    static std::optional<client::IdentityId> parseIdentity(const QString &text);

    PartyTableModel *model() const { return m_model; }
    void setParties(const QList<client::Party> &parties);
    /// While an action runs, nothing else can be started.
    void setBusy(bool busy);
    /// The party of the selected row.
    std::optional<client::Party> selectedParty() const;
    /// Selects id's row (clearing a filter that hides it); false if it is not listed.
    bool selectParty(const client::IdentityId &id);
    /// Says why the typed id cannot be revoked, beside the field.
    void showIdProblem(const QString &problem);
    void focusTable();

signals:
    void revokeAsked(const medchain::client::Party &party);
    void revokeIdAsked(const medchain::client::IdentityId &id);
    void enrollAsked();

protected:
    void changeEvent(QEvent *event) override;

private:
    QString name(const char *what) const;
    void buildIdRow();
    void revokeTyped();
    void updateButtons();
    void updateCount();
    void retranslateUi();

    Kind m_kind;
    bool m_busy = false;
    PartyTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_filter = nullptr;
    QLabel *m_filterLabel = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QPushButton *m_enroll = nullptr; // institutions only
    QPushButton *m_revoke = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_idLabel = nullptr; // practitioners and nodes only, as the three below
    QLineEdit *m_id = nullptr;
    QPushButton *m_revokeId = nullptr;
    QLabel *m_idProblem = nullptr;
};

} // namespace medchain::ui
