#include "institution/DeskView.h"

#include "client/Session.h"
#include "common/ShortcutListDialog.h"
#include "institution/DeskShortcuts.h"
#include "institution/InvoicesPage.h"
#include "institution/RegisterPatientPage.h"
#include "institution/StaffPage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QVBoxLayout>

namespace medchain::ui {

DeskView::DeskView(client::Session &session, QWidget *parent) : RoleView(parent), m_session(session)
{
    setObjectName(QStringLiteral("deskView"));
    buildUi();
    bindKeys();
    connect(&m_session, &client::Session::ready, this, &DeskView::retranslateUi);
    if (m_staff->isLoaded())
        partLoaded();
    else
        connect(m_staff, &StaffPage::loaded, this, &DeskView::partLoaded, Qt::SingleShotConnection);
    if (m_invoices->isLoaded())
        partLoaded();
    else
        connect(m_invoices, &InvoicesPage::loaded, this, &DeskView::partLoaded,
                Qt::SingleShotConnection);
    retranslateUi();
}

void DeskView::buildUi()
{
    // Created in tab order (the focus chain follows creation): the tab bar, the pages, then the
    // shortcut list's button, which a clerk needs least often.
    m_institution = new QLabel(this);
    m_institution->setObjectName(QStringLiteral("deskInstitution"));
    QFont large = m_institution->font();
    large.setPointSizeF(large.pointSizeF() * 1.4);
    large.setBold(true);
    m_institution->setFont(large);
    m_subtitle = new QLabel(this);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("deskTabs"));
    m_tabs->setDocumentMode(true);
    m_register = new RegisterPatientPage(m_session, m_tabs);
    m_staff = new StaffPage(m_session, m_tabs);
    m_invoices = new InvoicesPage(m_session, m_tabs);
    m_tabs->addTab(m_register, QString());
    m_tabs->addTab(m_staff, QString());
    m_tabs->addTab(m_invoices, QString());
    m_shortcuts = new QPushButton(this);
    m_shortcuts->setObjectName(QStringLiteral("deskShortcuts"));
    m_shortcuts->setFlat(true);
    connect(m_shortcuts, &QPushButton::clicked, this, &DeskView::showShortcuts);

    auto *header = new QHBoxLayout;
    header->addWidget(m_institution);
    header->addWidget(m_subtitle, 1, Qt::AlignBottom);
    header->addWidget(m_shortcuts);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);
}

void DeskView::bindKeys()
{
    const auto bind = [this](const QKeySequence &keys, auto action) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, action);
    };
    bind(QKeySequence(Qt::CTRL | Qt::Key_1), [this] { showPage(m_register); });
    bind(QKeySequence(Qt::CTRL | Qt::Key_2), [this] {
        showPage(m_staff);
        m_staff->focusFilter();
    });
    bind(QKeySequence(Qt::CTRL | Qt::Key_3), [this] {
        showPage(m_invoices);
        m_invoices->focusSearch();
    });
    bind(DeskShortcuts::importRequest(), [this] {
        showPage(m_register);
        m_register->chooseRequestFile();
    });
    bind(QKeySequence::Find, [this] {
        if (m_tabs->currentWidget() == m_invoices)
            m_invoices->focusSearch();
        else {
            showPage(m_staff);
            m_staff->focusFilter();
        }
    });
    bind(QKeySequence(Qt::CTRL | Qt::Key_Slash), [this] { showShortcuts(); });
}

void DeskView::showPage(QWidget *page)
{
    m_tabs->setCurrentWidget(page);
    page->setFocus(Qt::ShortcutFocusReason);
    if (QWidget *first = page->nextInFocusChain(); first && page->isAncestorOf(first))
        first->setFocus(Qt::ShortcutFocusReason);
}

void DeskView::showShortcuts()
{
    ShortcutListDialog::show(this, DeskShortcuts::list());
}

void DeskView::setMinimumReloadInterval(int ms)
{
    m_staff->setMinimumReloadInterval(ms);
    m_invoices->setMinimumReloadInterval(ms);
}

void DeskView::partLoaded()
{
    if (m_partsLoading <= 0)
        return;
    if (--m_partsLoading == 0)
        markLoaded();
}

void DeskView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    RoleView::changeEvent(event);
}

void DeskView::retranslateUi()
{
    m_institution->setText(m_session.displayName());
    m_subtitle->setText(tr("Registration desk"));
    m_tabs->setTabText(m_tabs->indexOf(m_register), tr("&Register patient"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_register),
                          tr("Register a patient from the request their device made (Ctrl+1)"));
    m_tabs->setTabText(m_tabs->indexOf(m_staff), tr("&Staff"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_staff),
                          tr("This institution's practitioners and nodes (Ctrl+2)"));
    m_tabs->setTabText(m_tabs->indexOf(m_invoices), tr("&Invoices"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_invoices),
                          tr("Issue invoices and follow the ones issued (Ctrl+3)"));
    m_shortcuts->setText(tr("&Keyboard shortcuts (Ctrl+/)"));
}

} // namespace medchain::ui
