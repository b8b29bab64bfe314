#include "doctor/AuthoredAmendmentsPage.h"

#include "client/Session.h"
#include "doctor/AuthoredAmendmentModel.h"
#include "patient/TableSetup.h"

#include <QEvent>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace medchain::ui {

AuthoredAmendmentsPage::AuthoredAmendmentsPage(client::Session &session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("authoredAmendmentsPage"));
    m_model = new AuthoredAmendmentModel(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("authoredAmendments"));
    setUpTable(m_table, m_model);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const client::AuthoredAmendment &row = m_model->amendment(index.row());
        emit recordWanted(row.patient.id, row.record);
    });
    retranslateUi();
    reload();
}

void AuthoredAmendmentsPage::reload()
{
    if (m_loading) {
        m_reloadWanted = true;
        return;
    }
    m_loading = true;
    m_session.loadAuthoredAmendments(this, [this](const QList<client::AuthoredAmendment> &list) {
        m_loading = false;
        const QModelIndex current = m_table->currentIndex();
        const QByteArray selected = current.isValid()
            ? current.siblingAtColumn(0).data(AuthoredAmendmentModel::AmendmentIdRole).toByteArray()
            : QByteArray();
        m_model->setAmendments(list);
        for (int row = 0; !selected.isEmpty() && row < m_model->rowCount(); ++row)
            if (m_model->index(row, 0).data(AuthoredAmendmentModel::AmendmentIdRole) == selected) {
                m_table->selectRow(row);
                break;
            }
        if (!m_loaded) {
            m_loaded = true;
            emit loaded();
        }
        if (std::exchange(m_reloadWanted, false))
            reload();
    });
}

void AuthoredAmendmentsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_model->retranslate();
    }
    QWidget::changeEvent(event);
}

void AuthoredAmendmentsPage::retranslateUi()
{
    m_intro->setText(tr("Amendments you proposed take effect only when the patient confirms "
                        "them. Press Enter on one to show its patient and record."));
}

} // namespace medchain::ui
