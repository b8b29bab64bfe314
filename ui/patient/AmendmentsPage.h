// The amendments a doctor proposed to the patient's records: each shown as a comparison of the
// version in force with the proposal, to confirm (it then takes effect) or reject.
#pragma once

#include "client/ClientTypes.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace medchain::client {
class Session;
}

namespace medchain::ui {

class AmendmentListModel;
class PendingActions;

class AmendmentsPage : public QWidget {
    Q_OBJECT
public:
    /// Starts loading at once and reloads after every block; session must outlive the page.
    AmendmentsPage(client::Session &session, QWidget *parent = nullptr);
    ~AmendmentsPage() override;

    bool isLoaded() const { return m_loaded; }
    /// Amendments awaiting the patient's answer (for a badge on the tab).
    int pendingCount() const;

signals:
    /// The first list is on screen.
    void loaded();
    void pendingCountChanged(int count);
    /// A list read after loaded() is on screen (after a block or an answer).
    void reloaded();
    /// An answer reached the chain (ok) or was refused (message says why).
    void answerFinished(const QByteArray &amendmentId, bool ok, const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void reload();
    void onLoaded(const QList<client::PendingAmendment> &amendments);
    void showSelected();
    void updateButtons();
    void confirmSelected();
    void rejectSelected();
    void answer(const client::Hash &amendment, bool confirm);
    std::optional<client::PendingAmendment> selected() const;

    client::Session &m_session;
    AmendmentListModel *m_model = nullptr;
    PendingActions *m_pending = nullptr;

    QLabel *m_intro = nullptr;
    QTableView *m_list = nullptr;
    QLabel *m_heading = nullptr;
    QTextBrowser *m_compare = nullptr;
    QPushButton *m_confirm = nullptr;
    QPushButton *m_reject = nullptr;
    QLabel *m_status = nullptr;

    bool m_loaded = false;
    bool m_loading = false;
    bool m_reloadWanted = false;
    int m_lastCount = -1;
};

} // namespace medchain::ui
