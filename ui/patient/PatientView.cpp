#include "patient/PatientView.h"

#include "patient/AccessPage.h"
#include "patient/AmendmentsPage.h"
#include "patient/RecordsPage.h"
#include "patient/WalletPage.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QTabWidget>
#include <QVBoxLayout>

namespace medchain::ui {

PatientView::PatientView(client::Session &session, QWidget *parent) : RoleView(parent)
{
    setObjectName(QStringLiteral("patientView"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("patientTabs"));
    m_tabs->setDocumentMode(true);
    m_records = new RecordsPage(session, m_tabs);
    m_amendments = new AmendmentsPage(session, m_tabs);
    m_access = new AccessPage(session, m_tabs);
    m_wallet = new WalletPage(session, m_tabs);
    m_tabs->addTab(m_records, QString());
    m_tabs->addTab(m_amendments, QString());
    m_tabs->addTab(m_access, QString());
    m_tabs->addTab(m_wallet, QString());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    // Loaded when each page shows its data and the newest record is open (or there is none).
    m_partsLoading = 5;
    connect(m_records, &RecordsPage::loaded, this, &PatientView::partLoaded,
            Qt::SingleShotConnection);
    connect(m_records, &RecordsPage::detailShown, this, [this] {
        if (!m_detailSeen) {
            m_detailSeen = true;
            partLoaded();
        }
    });
    connect(m_records, &RecordsPage::timelineReady, this, [this] {
        // An empty history opens no record.
        const auto *timeline
            = m_records->findChild<QAbstractItemView *>(QStringLiteral("recordTimeline"));
        if (!m_detailSeen && timeline && timeline->model()->rowCount() == 0) {
            m_detailSeen = true;
            partLoaded();
        }
    });
    connect(m_amendments, &AmendmentsPage::loaded, this, &PatientView::partLoaded,
            Qt::SingleShotConnection);
    connect(m_access, &AccessPage::loaded, this, &PatientView::partLoaded,
            Qt::SingleShotConnection);
    connect(m_wallet, &WalletPage::loaded, this, &PatientView::partLoaded,
            Qt::SingleShotConnection);
    connect(m_amendments, &AmendmentsPage::pendingCountChanged, this, [this](int count) {
        m_pendingAmendments = count;
        retranslateUi();
    });
    retranslateUi();
}

void PatientView::partLoaded()
{
    if (m_partsLoading <= 0)
        return;
    if (--m_partsLoading == 0)
        markLoaded();
}

void PatientView::retranslateUi()
{
    m_tabs->setTabText(m_tabs->indexOf(m_records), tr("&Records"));
    m_tabs->setTabText(m_tabs->indexOf(m_amendments),
                       m_pendingAmendments > 0 ? tr("A&mendments (%1)").arg(m_pendingAmendments)
                                               : tr("A&mendments"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_amendments),
                          tr("Changes your doctors proposed to your records, waiting for your "
                             "answer"));
    m_tabs->setTabText(m_tabs->indexOf(m_access), tr("&Access"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_access),
                          tr("Who may read your records, who asked, and who did"));
    m_tabs->setTabText(m_tabs->indexOf(m_wallet), tr("&Wallet"));
}

void PatientView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    RoleView::changeEvent(event);
}

} // namespace medchain::ui
