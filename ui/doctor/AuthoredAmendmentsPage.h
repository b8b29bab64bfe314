// The amendments the doctor proposed and what each patient answered (pending, confirmed,
// rejected). Enter on one selects its patient and record in the history.
#pragma once

#include "client/ClientTypes.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace medchain::client {
class Session;
}

namespace medchain::ui {

class AuthoredAmendmentModel;

class AuthoredAmendmentsPage : public QWidget {
    Q_OBJECT
public:
    explicit AuthoredAmendmentsPage(client::Session &session, QWidget *parent = nullptr);

    /// Reads the list again (coalesced while a read is under way), keeping the selection.
    void reload();
    bool isLoaded() const { return m_loaded; }

signals:
    void loaded();
    /// The doctor wants to see the amended record.
    void recordWanted(const medchain::client::IdentityId &patient,
                      const medchain::client::Hash &record);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    client::Session &m_session;
    AuthoredAmendmentModel *m_model = nullptr;
    QLabel *m_intro = nullptr;
    QTableView *m_table = nullptr;
    bool m_loaded = false;
    bool m_loading = false;
    bool m_reloadWanted = false;
};

} // namespace medchain::ui
