#include "institution/IssuedInvoiceModel.h"

#include "client/WalletReads.h"
#include "patient/PartyText.h"
#include "patient/RecordFormat.h"
#include "patient/WalletText.h"

#include <QBrush>
#include <QGuiApplication>
#include <QPalette>

namespace medchain::ui {

void IssuedInvoiceModel::setInvoices(const QList<client::InvoiceEntry> &invoices)
{
    beginResetModel();
    m_invoices = invoices;
    endResetModel();
}

const client::InvoiceEntry *IssuedInvoiceModel::invoiceAt(int row) const
{
    return row >= 0 && row < m_invoices.size() ? &m_invoices[row] : nullptr;
}

int IssuedInvoiceModel::rowOf(const client::Hash &invoice) const
{
    for (int row = 0; row < m_invoices.size(); ++row)
        if (m_invoices[row].id == invoice)
            return row;
    return -1;
}

wallet::Amount IssuedInvoiceModel::openTotal() const
{
    wallet::Amount total = 0;
    for (const client::InvoiceEntry &invoice : m_invoices)
        if (invoice.status == chain::InvoiceStatus::Open)
            total = wallet::checkedAdd(total, invoice.amount).value_or(total);
    return total;
}

int IssuedInvoiceModel::openCount() const
{
    int open = 0;
    for (const client::InvoiceEntry &invoice : m_invoices)
        open += invoice.status == chain::InvoiceStatus::Open ? 1 : 0;
    return open;
}

void IssuedInvoiceModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_invoices.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int IssuedInvoiceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_invoices.size());
}

int IssuedInvoiceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString IssuedInvoiceModel::text(const client::InvoiceEntry &invoice, int column) const
{
    switch (column) {
    case Issued:
        return RecordFormat::dateTime(invoice.issued);
    case Patient:
        return PartyText::display(invoice.patient);
    case Fee:
        return client::WalletReads::feeTypeText(invoice.feeType);
    case Amount:
        return WalletText::yuan(invoice.amount);
    case Status:
        return WalletText::invoiceStatus(invoice.status);
    default:
        return QString();
    }
}

QVariant IssuedInvoiceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const client::InvoiceEntry &invoice = m_invoices[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return text(invoice, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Patient)
            return tr("Identity %1").arg(PartyText::fullId(invoice.patient.id));
        if (index.column() == Fee && invoice.encounter)
            return tr("For the encounter of %1").arg(RecordFormat::date(invoice.encounterTime));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Amount)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case Qt::ForegroundRole:
        if (invoice.status == chain::InvoiceStatus::Cancelled)
            return QBrush(QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text));
        return {};
    case IdRole:
        return invoice.id.toByteArray();
    case PatientIdRole:
        return invoice.patient.id.toByteArray();
    case AmountRole:
        return invoice.amount;
    case StatusRole:
        return int(invoice.status);
    case IssuedRole:
        return invoice.issued;
    default:
        return {};
    }
}

QVariant IssuedInvoiceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole && section == Amount)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Issued:
        return tr("Issued");
    case Patient:
        return tr("Patient");
    case Fee:
        return tr("Fee");
    case Amount:
        return tr("Amount");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace medchain::ui
