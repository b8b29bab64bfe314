#include "doctor/EncounterFields.h"

#include "doctor/DiagnosisSection.h"
#include "doctor/ExamSection.h"
#include "doctor/FeeSection.h"
#include "doctor/PrescriptionSection.h"
#include "patient/RecordFormat.h"

#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>

namespace medchain::ui {

namespace {
const QList<chain::RecordCategory> kCategories {
    chain::RecordCategory::Encounter, chain::RecordCategory::Laboratory,
    chain::RecordCategory::Imaging, chain::RecordCategory::Prescription,
    chain::RecordCategory::Vaccination};
}

EncounterFields::EncounterFields(QWidget *parent) : QScrollArea(parent)
{
    setObjectName(QStringLiteral("encounterFields"));
    auto *body = new QWidget;
    m_category = new QComboBox(body);
    m_category->setObjectName(QStringLiteral("encounterCategory"));
    m_categoryLabel = new QLabel(body);
    m_categoryLabel->setBuddy(m_category);
    m_time = new QDateTimeEdit(body);
    m_time->setObjectName(QStringLiteral("encounterTime"));
    m_time->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_time->setCalendarPopup(true);
    m_timeLabel = new QLabel(body);
    m_timeLabel->setBuddy(m_time);
    m_complaint = new QLineEdit(body);
    m_complaint->setObjectName(QStringLiteral("encounterComplaint"));
    m_complaintLabel = new QLabel(body);
    m_complaintLabel->setBuddy(m_complaint);
    m_diagnoses = new DiagnosisSection(body);
    m_prescriptions = new PrescriptionSection(body);
    m_exams = new ExamSection(body);
    m_fees = new FeeSection(body);
    m_notes = new QPlainTextEdit(body);
    m_notes->setObjectName(QStringLiteral("encounterNotes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(fontMetrics().height() * 6);
    m_notesLabel = new QLabel(body);
    m_notesLabel->setBuddy(m_notes);
    m_reason = new QLineEdit(body);
    m_reason->setObjectName(QStringLiteral("amendmentReason"));
    m_reasonLabel = new QLabel(body);
    m_reasonLabel->setBuddy(m_reason);

    auto *top = new QFormLayout;
    auto *when = new QHBoxLayout;
    when->addWidget(m_category);
    when->addWidget(m_timeLabel);
    when->addWidget(m_time);
    when->addStretch(1);
    top->addRow(m_categoryLabel, when);
    top->addRow(m_complaintLabel, m_complaint);
    auto *grid = new QGridLayout(body);
    grid->addLayout(top, 0, 0, 1, 2);
    grid->addWidget(m_diagnoses, 1, 0);
    grid->addWidget(m_prescriptions, 2, 0);
    grid->addWidget(m_exams, 1, 1);
    grid->addWidget(m_fees, 2, 1);
    auto *bottom = new QFormLayout;
    bottom->addRow(m_notesLabel, m_notes);
    bottom->addRow(m_reasonLabel, m_reason);
    grid->addLayout(bottom, 3, 0, 1, 2);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    grid->setRowStretch(4, 1);
    setWidget(body);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::NoFocus); // a focused field scrolls itself into view

    const QList<QWidget *> order = focusOrder();
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));

    connect(m_exams, &ExamSection::examOrdered, this,
            [this](const QString &name, qint64 feeFen) { m_fees->addFee(name, feeFen); });
    connect(m_complaint, &QLineEdit::textEdited, this, &EncounterFields::edited);
    connect(m_reason, &QLineEdit::textEdited, this, &EncounterFields::edited);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &EncounterFields::edited);
    for (EncounterSection *section : sections())
        connect(section, &EncounterSection::changed, this, &EncounterFields::edited);
    retranslateUi();
    clear();
}

QList<EncounterSection *> EncounterFields::sections() const
{
    return {m_diagnoses, m_prescriptions, m_exams, m_fees};
}

records::RecordContent EncounterFields::content() const
{
    records::RecordContent content;
    content.chiefComplaint = m_complaint->text().trimmed();
    content.diagnoses = m_diagnoses->items();
    content.prescriptions = m_prescriptions->items();
    content.exams = m_exams->items();
    content.notes = m_notes->toPlainText().trimmed();
    content.fees = m_fees->items();
    return content;
}

void EncounterFields::setContent(const records::RecordContent &content)
{
    m_complaint->setText(content.chiefComplaint);
    m_diagnoses->setItems(content.diagnoses);
    m_prescriptions->setItems(content.prescriptions);
    m_exams->setItems(content.exams);
    m_fees->setItems(content.fees);
    m_notes->setPlainText(content.notes);
}

chain::RecordCategory EncounterFields::category() const
{
    return chain::RecordCategory(m_category->currentData().toInt());
}

void EncounterFields::setCategory(chain::RecordCategory category)
{
    m_category->setCurrentIndex(qMax(0, m_category->findData(int(category))));
}

qint64 EncounterFields::encounterTime() const
{
    return m_time->dateTime().toMSecsSinceEpoch();
}

void EncounterFields::setEncounterTime(qint64 msSinceEpoch)
{
    m_time->setDateTime(QDateTime::fromMSecsSinceEpoch(msSinceEpoch));
}

QString EncounterFields::reason() const
{
    return m_reason->text().trimmed();
}

void EncounterFields::setAmending(bool amending)
{
    m_category->setEnabled(!amending);
    m_time->setEnabled(!amending);
    m_reason->setVisible(amending);
    m_reasonLabel->setVisible(amending);
}

void EncounterFields::setExamHistory(const QList<client::ExamDone> &done, qint64 now, int days)
{
    m_exams->setHistory(done, now, days);
}

bool EncounterFields::hasDraft() const
{
    if (!m_complaint->text().trimmed().isEmpty() || !m_notes->toPlainText().trimmed().isEmpty()
        || !m_reason->text().trimmed().isEmpty())
        return true;
    for (const EncounterSection *section : sections())
        if (section->count() > 0 || section->hasInput())
            return true;
    return false;
}

void EncounterFields::clear()
{
    m_category->setCurrentIndex(0);
    m_time->setDateTime(QDateTime::currentDateTime());
    m_complaint->clear();
    for (EncounterSection *section : sections())
        section->clear();
    m_notes->clear();
    m_reason->clear();
}

QString EncounterFields::addTypedLines()
{
    for (EncounterSection *section : sections())
        if (section->hasInput() && !section->addInput()) {
            ensureWidgetVisible(section);
            section->firstInput()->setFocus(Qt::OtherFocusReason);
            return section->title();
        }
    return {};
}

QList<QWidget *> EncounterFields::focusOrder() const
{
    QList<QWidget *> order {m_category, m_time, m_complaint};
    for (EncounterSection *section : sections())
        order << section->inputs() << section->list();
    order << m_notes << m_reason;
    return order;
}

void EncounterFields::focusComplaint()
{
    m_complaint->setFocus(Qt::ShortcutFocusReason);
}

void EncounterFields::focusReason()
{
    m_reason->setFocus(Qt::OtherFocusReason);
}

void EncounterFields::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QScrollArea::changeEvent(event);
}

void EncounterFields::retranslateUi()
{
    m_categoryLabel->setText(tr("Ca&tegory:"));
    const int chosen = m_category->currentData().toInt();
    {
        const QSignalBlocker blocker(m_category);
        m_category->clear();
        for (const chain::RecordCategory category : kCategories)
            m_category->addItem(RecordFormat::category(category), int(category));
        m_category->setCurrentIndex(qMax(0, m_category->findData(chosen)));
    }
    m_timeLabel->setText(tr("T&ime:"));
    m_complaintLabel->setText(tr("&Chief complaint:"));
    m_complaint->setPlaceholderText(tr("In the patient's words: fever and cough for three days"));
    m_notesLabel->setText(tr("Not&es:"));
    m_reasonLabel->setText(tr("Reason for the amendment (&why):"));
    m_reason->setPlaceholderText(tr("Required: the patient reads it before confirming"));
}

} // namespace medchain::ui
