#include "regulator/TracePage.h"

#include "patient/PartyText.h"
#include "patient/RecordFormat.h"
#include "patient/TableSetup.h"
#include "regulator/TrailEventModel.h"

#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace medchain::ui {

namespace {

enum Field { Category, Encounter, Patient, Author, Institution, Record, FieldCount };

const QLatin1String kProblemStyle("color: #b00020;");
const QLatin1String kVerifiedStyle("color: #1b7f3b; font-weight: bold;");

QString hexOf(const client::Hash &hash)
{
    return QString::fromLatin1(hash.toHex());
}

} // namespace

TracePage::TracePage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("tracePage"));
    m_model = new TrailEventModel(this);

    m_idLabel = new QLabel(this);
    m_id = new QLineEdit(this);
    m_id->setObjectName(QStringLiteral("traceId"));
    m_id->setClearButtonEnabled(true);
    m_idLabel->setBuddy(m_id);
    m_trace = new QPushButton(this);
    m_trace->setObjectName(QStringLiteral("traceButton"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("traceStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_record = new QGroupBox(this);
    m_record->setObjectName(QStringLiteral("traceRecord"));
    auto *form = new QFormLayout(m_record);
    for (int field = 0; field < FieldCount; ++field) {
        auto *name = new QLabel(m_record);
        auto *value = new QLabel(m_record);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(field != Record);
        m_fieldNames.append(name);
        m_fields.append(value);
        form->addRow(name, value);
    }
    m_fields[Record]->setObjectName(QStringLiteral("traceRecordId"));
    m_proof = new QLabel(m_record);
    m_proof->setObjectName(QStringLiteral("traceProof"));
    m_proof->setWordWrap(true);
    m_proof->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(m_proof);

    m_eventsLabel = new QLabel(this);
    m_events = new QTableView(this);
    m_events->setObjectName(QStringLiteral("traceEvents"));
    setUpTable(m_events, m_model);
    m_eventsLabel->setBuddy(m_events);
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("exportTraceEvidence"));
    m_exportStatus = new QLabel(this);
    m_exportStatus->setObjectName(QStringLiteral("traceExportStatus"));
    m_exportStatus->setWordWrap(true);
    m_exportStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *idRow = new QHBoxLayout;
    idRow->addWidget(m_idLabel);
    idRow->addWidget(m_id, 1);
    idRow->addWidget(m_trace);
    auto *exportRow = new QHBoxLayout;
    exportRow->addWidget(m_export);
    exportRow->addWidget(m_exportStatus, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(idRow);
    layout->addWidget(m_status);
    layout->addWidget(m_record);
    layout->addWidget(m_eventsLabel);
    layout->addWidget(m_events, 1);
    layout->addLayout(exportRow);

    connect(m_id, &QLineEdit::returnPressed, this, &TracePage::traceTyped);
    connect(m_trace, &QPushButton::clicked, this, &TracePage::traceTyped);
    connect(m_export, &QPushButton::clicked, this, [this] {
        if (const auto transaction = chosenTransaction())
            emit evidenceRequested(*transaction);
    });
    connect(m_events->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TracePage::updateActions);
    clearTrail();
    setStatus(QString(), false);
    retranslateUi();
}

std::optional<client::Hash> TracePage::parseId(const QString &text)
{
    QString hex = text;
    hex.remove(QRegularExpression(QStringLiteral("\\s")));
    if (hex.size() != qsizetype(2 * client::Hash::Size))
        return std::nullopt;
    for (const QChar c : std::as_const(hex))
        if (!c.isDigit() && !(c >= QLatin1Char('a') && c <= QLatin1Char('f'))
            && !(c >= QLatin1Char('A') && c <= QLatin1Char('F')))
            return std::nullopt;
    const QByteArray bytes = QByteArray::fromHex(hex.toLatin1());
    client::Hash id;
    std::copy(bytes.begin(), bytes.end(), id.bytes.begin());
    return id;
}

std::optional<client::Hash> TracePage::chosenTransaction() const
{
    if (!m_trail)
        return std::nullopt;
    const QModelIndex current = m_events->currentIndex();
    if (const client::TrailEvent *event = m_model->eventAt(current.isValid() ? current.row() : -1))
        return event->transaction;
    return m_trail->record;
}

void TracePage::traceRecord(const client::Hash &id)
{
    m_id->setText(hexOf(id));
    emit traceRequested(id);
}

void TracePage::traceTyped()
{
    const QString typed = m_id->text().trimmed();
    if (typed.isEmpty()) {
        clearTrail();
        setStatus(tr("Paste a record's id, or the id of one of its amendments, answers or access "
                     "receipts: 64 hexadecimal digits."),
                  true);
        return;
    }
    const std::optional<client::Hash> id = parseId(typed);
    if (!id) {
        clearTrail();
        setStatus(tr("“%1” is not an id: an id has 64 hexadecimal digits (0–9, a–f).").arg(typed),
                  true);
        return;
    }
    emit traceRequested(*id);
}

void TracePage::showTracing(const client::Hash &id)
{
    clearTrail();
    setStatus(tr("Tracing %1…").arg(RecordFormat::shortHex(id.toByteArray())), false);
}

void TracePage::showTrail(const client::RecordTrail &trail)
{
    m_trail = trail;
    m_model->setEvents(trail.events);
    m_record->setVisible(true);
    setStatus(QString(), false);
    m_exportStatus->clear();
    updateRecord();
    // The record's creation is what a dispute usually needs: export it with one click.
    const int creation = m_model->creationRow();
    if (m_model->rowCount() > 0)
        m_events->setCurrentIndex(m_model->index(std::max(0, creation), 0));
    updateActions();
}

void TracePage::showProblem(const QString &message)
{
    clearTrail();
    setStatus(message, true);
}

void TracePage::setExporting(bool exporting)
{
    m_exporting = exporting;
    if (exporting)
        m_exportStatus->clear();
    updateActions();
}

void TracePage::showExportResult(bool ok, const QString &path, const QString &message)
{
    m_exportStatus->setStyleSheet(ok ? QString() : QString(kProblemStyle));
    m_exportStatus->setText(ok ? tr("Saved to %1. Anyone can check it offline: medchain-cli "
                                    "evidence verify.")
                                     .arg(path)
                               : message);
}

void TracePage::focusId()
{
    m_id->setFocus(Qt::ShortcutFocusReason);
    m_id->selectAll();
}

void TracePage::setStatus(const QString &text, bool problem)
{
    m_status->setStyleSheet(problem ? QString(kProblemStyle) : QString());
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void TracePage::clearTrail()
{
    m_trail.reset();
    m_model->setEvents({});
    m_record->setVisible(false);
    m_exportStatus->clear();
    updateActions();
}

void TracePage::updateRecord()
{
    if (!m_trail)
        return;
    const client::RecordTrail &t = *m_trail;
    m_record->setTitle(tr("Record"));
    m_fields[Category]->setText(RecordFormat::category(t.category));
    m_fields[Encounter]->setText(RecordFormat::dateTime(t.encounterTime));
    m_fields[Patient]->setText(RecordFormat::party(t.patient));
    m_fields[Patient]->setToolTip(tr("Identity %1").arg(PartyText::fullId(t.patient.id)));
    m_fields[Author]->setText(PartyText::display(t.author));
    m_fields[Author]->setToolTip(tr("Identity %1").arg(PartyText::fullId(t.author.id)));
    m_fields[Institution]->setText(RecordFormat::party(t.institution));
    m_fields[Institution]->setToolTip(tr("Identity %1").arg(PartyText::fullId(t.institution.id)));
    m_fields[Record]->setText(hexOf(t.record));

    const client::IntegrityProof &proof = t.proof;
    if (proof.verified) {
        const QString block
            = tr("block %1 of %2").arg(proof.height).arg(RecordFormat::dateTime(proof.blockTime));
        m_proof->setText(proof.validators.isEmpty()
                             ? tr("✓ Verified — %1").arg(block)
                             : tr("✓ Verified — %1, signed by validators %2")
                                   .arg(block, proof.validators.join(tr(", "))));
        m_proof->setStyleSheet(kVerifiedStyle);
        m_proof->setToolTip(tr("Its evidence checks offline: the transaction signed by %1, in the "
                               "block's Merkle tree, the block committed by more than two thirds "
                               "of the validators, their certificates up to the network's root.")
                                .arg(proof.signer));
    } else {
        m_proof->setText(
            tr("⚠ Not verified: %1")
                .arg(proof.problem.isEmpty() ? tr("no proof was found.") : proof.problem));
        m_proof->setStyleSheet(kProblemStyle);
        m_proof->setToolTip(QString());
    }
}

void TracePage::updateActions()
{
    m_export->setEnabled(m_trail.has_value() && !m_exporting);
}

void TracePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_model->retranslate();
    }
    QWidget::changeEvent(event);
}

void TracePage::retranslateUi()
{
    m_idLabel->setText(tr("&Record or transaction id:"));
    m_id->setPlaceholderText(tr("64 hexadecimal digits, from a finding, a receipt or evidence"));
    m_trace->setText(tr("&Trace"));
    m_trace->setToolTip(tr("Show everything the chain says about the record (Enter)"));
    const QStringList names = {tr("Category:"),   tr("Encounter:"),   tr("Patient:"),
                               tr("Written by:"), tr("Institution:"), tr("Record id:")};
    for (int field = 0; field < FieldCount; ++field)
        m_fieldNames[field]->setText(names[field]);
    m_eventsLabel->setText(tr("E&vents, oldest first:"));
    m_export->setText(tr("Export &evidence…"));
    m_export->setToolTip(tr("Save the selected event's dispute evidence (the record's creation "
                            "when none is selected), which anyone can verify offline"));
    updateRecord();
}

} // namespace medchain::ui
