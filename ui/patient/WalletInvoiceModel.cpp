#include "patient/WalletInvoiceModel.h"

#include "client/WalletReads.h"
#include "patient/PartyText.h"
#include "patient/RecordFormat.h"
#include "patient/WalletText.h"

#include <QBrush>
#include <QGuiApplication>
#include <QPalette>

#include <algorithm>

namespace medchain::ui {

namespace {
bool isOpen(const client::InvoiceEntry &invoice)
{
    return invoice.status == chain::InvoiceStatus::Open;
}
} // namespace

void WalletInvoiceModel::setInvoices(const QList<client::InvoiceEntry> &invoices)
{
    beginResetModel();
    m_invoices = invoices;
    std::stable_sort(m_invoices.begin(), m_invoices.end(),
                     [](const client::InvoiceEntry &a, const client::InvoiceEntry &b) {
                         return isOpen(a) != isOpen(b) ? isOpen(a) : a.issued > b.issued;
                     });
    std::erase_if(m_pending, [this](const client::Hash &id) {
        const int row = rowOf(id);
        return row < 0 || !isOpen(m_invoices[row]);
    });
    endResetModel();
}

void WalletInvoiceModel::setPending(const client::Hash &invoice, bool pending)
{
    if (pending)
        m_pending.insert(invoice);
    else
        m_pending.erase(invoice);
    if (const int row = rowOf(invoice); row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

const client::InvoiceEntry *WalletInvoiceModel::invoiceAt(int row) const
{
    return row >= 0 && row < m_invoices.size() ? &m_invoices[row] : nullptr;
}

int WalletInvoiceModel::rowOf(const client::Hash &invoice) const
{
    for (int row = 0; row < m_invoices.size(); ++row)
        if (m_invoices[row].id == invoice)
            return row;
    return -1;
}

void WalletInvoiceModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_invoices.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int WalletInvoiceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_invoices.size());
}

int WalletInvoiceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString WalletInvoiceModel::text(const client::InvoiceEntry &invoice, int column) const
{
    switch (column) {
    case Issued:
        return RecordFormat::date(invoice.issued);
    case Institution:
        return PartyText::display(invoice.institution);
    case Fee:
        return client::WalletReads::feeTypeText(invoice.feeType);
    case Encounter:
        return invoice.encounter ? RecordFormat::date(invoice.encounterTime) : QString();
    case Amount:
        return WalletText::yuan(invoice.amount);
    case State:
        return m_pending.contains(invoice.id) ? tr("Paying…")
                                              : WalletText::invoiceStatus(invoice.status);
    default:
        return QString();
    }
}

QVariant WalletInvoiceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const client::InvoiceEntry &invoice = m_invoices[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return text(invoice, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == Amount)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case Qt::ForegroundRole:
        if (!isOpen(invoice))
            return QBrush(QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text));
        return {};
    case IdRole:
        return invoice.id.toByteArray();
    case AmountRole:
        return invoice.amount;
    case OpenRole:
        return isOpen(invoice);
    case PendingRole:
        return m_pending.contains(invoice.id);
    default:
        return {};
    }
}

QVariant WalletInvoiceModel::headerData(int section, Qt::Orientation orientation, int role) const
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
    case Institution:
        return tr("Institution");
    case Fee:
        return tr("Fee");
    case Encounter:
        return tr("Encounter");
    case Amount:
        return tr("Amount");
    case State:
        return tr("State");
    default:
        return {};
    }
}

} // namespace medchain::ui
