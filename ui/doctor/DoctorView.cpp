#include "doctor/DoctorView.h"

#include "client/Session.h"
#include "doctor/AuthoredAmendmentsPage.h"
#include "doctor/EncounterForm.h"
#include "doctor/KeyboardShortcuts.h"
#include "doctor/PatientHeader.h"
#include "doctor/PatientHistory.h"
#include "doctor/PatientLookup.h"

#include <QEvent>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

#include <memory>

namespace medchain::ui {

DoctorView::DoctorView(client::Session &session, QWidget *parent)
    : RoleView(parent), m_session(session)
{
    setObjectName(QStringLiteral("doctorView"));
    buildUi();
    retranslateUi();
    showPatient(std::nullopt);

    m_reloadTimer.setSingleShot(true);
    connect(&m_reloadTimer, &QTimer::timeout, this, &DoctorView::reloadAll);
    connect(&m_session, &client::Session::chainChanged, this, &DoctorView::onChainChanged);
    connect(m_lookup, &PatientLookup::loaded, this, &DoctorView::onPatientsLoaded,
            Qt::SingleShotConnection);
    connect(m_lookup, &PatientLookup::patientSelected, this, &DoctorView::showPatient);
    connect(m_lookup, &PatientLookup::patientUpdated, this,
            [this](const client::PatientEntry &patient) {
                if (m_current != patient.patient.id)
                    return;
                m_header->setPatient(patient);
                m_form->setSelectedPatient(patient);
            });
    connect(m_header, &PatientHeader::newEncounterRequested, this, &DoctorView::openEncounterForm);
    connect(m_history, &PatientHistory::timelineReady, this, &DoctorView::checkLoaded);
    connect(m_history, &PatientHistory::amendmentRequested, this,
            [this](const client::RecordDetail &detail) {
                m_form->startAmendment(detail);
                m_tabs->setCurrentWidget(m_form);
            });
    connect(m_form, &EncounterForm::recordAdded, this, [this] {
        // The record is committed: show it now rather than after the reload interval.
        m_history->reload();
        loadSummary();
        m_lookup->reload();
    });
    connect(m_form, &EncounterForm::amendmentProposed, this, [this] {
        m_history->reload();
        m_amendments->reload();
        m_showAmendmentsNext = true;
    });
    connect(m_form, &EncounterForm::closed, this, [this] {
        m_tabs->setCurrentWidget(std::exchange(m_showAmendmentsNext, false)
                                     ? static_cast<QWidget *>(m_amendments)
                                     : static_cast<QWidget *>(m_history));
    });
    connect(m_amendments, &AuthoredAmendmentsPage::recordWanted, this,
            [this](const client::IdentityId &patient, const client::Hash &record) {
                if (!m_lookup->selectPatient(patient))
                    return;
                m_history->selectRecord(record);
                m_tabs->setCurrentWidget(m_history);
            });
}

void DoctorView::buildUi()
{
    // Created in tab order (the focus chain follows creation): the lookup and its help, the
    // header, the tab bar, then each tab's page.
    m_lookup = new PatientLookup(m_session, this);
    m_shortcuts = new QPushButton(this);
    m_shortcuts->setObjectName(QStringLiteral("keyboardShortcuts"));
    m_shortcuts->setFlat(true);
    connect(m_shortcuts, &QPushButton::clicked, this, [this] { KeyboardShortcuts::show(this); });
    m_header = new PatientHeader(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("doctorTabs"));
    m_tabs->setDocumentMode(true);
    m_history = new PatientHistory(
        m_session, [header = m_header] { return header->purpose(); }, m_tabs);
    m_form = new EncounterForm(m_session, m_tabs);
    m_amendments = new AuthoredAmendmentsPage(m_session, m_tabs);
    m_tabs->addTab(m_history, QString());
    m_tabs->addTab(m_form, QString());
    m_tabs->addTab(m_amendments, QString());

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_lookup, 1);
    leftLayout->addWidget(m_shortcuts, 0, Qt::AlignLeft);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_header);
    rightLayout->addWidget(m_tabs, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    // Room for a pseudonym and the access it gives, the rest for the history.
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    splitter->setSizes({em * 30, em * 70});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    const auto bind = [this](const QKeySequence &keys, auto action) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, action);
    };
    bind(QKeySequence::Find, [this] { m_lookup->focusSearch(); });
    bind(QKeySequence(Qt::CTRL | Qt::Key_N), [this] { openEncounterForm(); });
    bind(QKeySequence(Qt::CTRL | Qt::Key_1), [this] {
        m_tabs->setCurrentWidget(m_history);
        m_history->setFocus(Qt::ShortcutFocusReason);
    });
    bind(QKeySequence(Qt::CTRL | Qt::Key_2), [this] { openEncounterForm(); });
    bind(QKeySequence(Qt::CTRL | Qt::Key_3), [this] {
        m_tabs->setCurrentWidget(m_amendments);
        m_amendments->setFocus(Qt::ShortcutFocusReason);
    });
    bind(QKeySequence(Qt::CTRL | Qt::Key_Slash), [this] { KeyboardShortcuts::show(this); });
}

void DoctorView::openEncounterForm()
{
    m_tabs->setCurrentWidget(m_form);
    m_form->startNew();
}

void DoctorView::onPatientsLoaded()
{
    QList<client::PatientEntry> granted;
    for (const client::PatientEntry &entry : m_lookup->patients())
        if (entry.granted || entry.emergency)
            granted.append(entry);
    if (granted.isEmpty() || m_current) {
        checkLoaded();
        return;
    }
    openRichestPatient(granted);
}

void DoctorView::openRichestPatient(const QList<client::PatientEntry> &granted)
{
    if (granted.size() == 1) {
        m_firstPatient = granted.first().patient.id;
        m_lookup->selectPatient(*m_firstPatient);
        return;
    }
    // The list does not say how many records each patient has: their summaries do. Asked all at
    // once, they queue on the reader thread; the last answer picks.
    struct Count {
        int answers = 0;
        int best = -1;
        qint64 bestLast = 0;
        std::optional<client::IdentityId> patient;
    };
    auto count = std::make_shared<Count>();
    m_choosing = true;
    const int total = int(granted.size());
    for (const client::PatientEntry &entry : granted)
        m_session.loadClinicalSummary(
            entry.patient.id, this,
            [this, count, total, last = entry.lastEncounter](const client::ClinicalSummary &s) {
                if (s.readable > count->best
                    || (s.readable == count->best && last > count->bestLast)) {
                    count->best = s.readable;
                    count->bestLast = last;
                    count->patient = s.patient;
                }
                if (++count->answers < total)
                    return;
                m_choosing = false;
                if (m_current || !count->patient) {
                    checkLoaded(); // the doctor picked someone meanwhile
                    return;
                }
                m_firstPatient = count->patient;
                if (!m_lookup->selectPatient(*m_firstPatient)) {
                    m_firstPatient.reset();
                    checkLoaded();
                }
            });
}

void DoctorView::showPatient(const std::optional<client::PatientEntry> &patient)
{
    m_current = patient ? std::optional(patient->patient.id) : std::nullopt;
    m_header->setPatient(patient);
    m_form->setSelectedPatient(patient);
    m_history->setPatient(m_current);
    loadSummary();
}

void DoctorView::loadSummary()
{
    if (!m_current)
        return;
    m_session.loadClinicalSummary(*m_current, this, [this](const client::ClinicalSummary &summary) {
        if (summary.patient != m_current)
            return; // another patient is on show now
        m_header->setSummary(summary);
        m_form->setClinicalSummary(summary);
        checkLoaded();
    });
}

void DoctorView::onChainChanged()
{
    // A block can touch any patient: reload what is shown, at most every m_minimumReloadMs.
    if (m_reloadTimer.isActive())
        return;
    const qint64 wait = m_sinceReload.isValid() ? m_minimumReloadMs - m_sinceReload.elapsed() : 0;
    if (wait > 0)
        m_reloadTimer.start(int(wait));
    else
        reloadAll();
}

void DoctorView::reloadAll()
{
    m_sinceReload.start();
    m_lookup->reload();
    m_history->reload();
    loadSummary();
    m_amendments->reload();
}

void DoctorView::checkLoaded()
{
    if (isLoaded() || !m_lookup->isLoaded() || m_choosing)
        return;
    if (m_firstPatient) {
        // The screenshot shows the first patient's history and summary.
        if (m_current != m_firstPatient || !m_history->isReady() || !m_header->hasSummary())
            return;
    }
    markLoaded();
}

void DoctorView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    RoleView::changeEvent(event);
}

void DoctorView::retranslateUi()
{
    m_tabs->setTabText(m_tabs->indexOf(m_history), tr("History"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_history),
                          tr("The records of this patient you may read (Ctrl+1)"));
    m_tabs->setTabText(m_tabs->indexOf(m_form), tr("Encounter"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_form), tr("Write a new record (Ctrl+N)"));
    m_tabs->setTabText(m_tabs->indexOf(m_amendments), tr("Proposed amendments"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_amendments),
                          tr("Amendments you proposed and the patients' answers (Ctrl+3)"));
    m_shortcuts->setText(tr("&Keyboard shortcuts (Ctrl+/)"));
}

} // namespace medchain::ui
